"""The steps of the checkup, their states and their outcomes (no I/O).

A step's *status* is where the wizard is with it (``pending``, ``done``, ``skipped``,
``unavailable``, ``cancelled``, ``failed``). Its *outcome* is what it honestly found:

- ``clean``: it looked at ``checked`` > 0 things, could check every one, and found nothing to do;
- ``findings``: it found things to do (some items may also have been uncheckable: said too);
- ``nothing_to_check``: there was nothing to look at (the message says what to add; ``offer`` names the
  page that adds it);
- ``couldnt_check``: something it should look at could not be checked (the message says why and how
  to check by hand);
- ``skipped``: the person skipped it;
- ``needs_answers``: questions still to answer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from checks.email_domain import CHECK_PREFIX as EMAIL_DOMAIN_PREFIX
from checks.i18n import N_

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(when: dt.datetime) -> str:
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).isoformat(timespec="seconds")


def parse_time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)



AUTO, QUESTIONS, QUIZ = "auto", "questions", "quiz"

PENDING, DONE, SKIPPED, UNAVAILABLE, CANCELLED, FAILED = (
    "pending",
    "done",
    "skipped",
    "unavailable",
    "cancelled",
    "failed",
)
STATUS_LABELS = {
    PENDING: N_("Not done yet"),
    DONE: N_("Done"),
    SKIPPED: N_("Skipped"),
    UNAVAILABLE: N_("Not available"),
    CANCELLED: N_("Stopped"),
    FAILED: N_("Could not finish"),
}



CLEAN, FINDINGS, NOTHING_TO_CHECK, COULDNT_CHECK, NEEDS_ANSWERS = (
    "clean",
    "findings",
    "nothing_to_check",
    "couldnt_check",
    "needs_answers",
)
OUTCOMES = (CLEAN, FINDINGS, NOTHING_TO_CHECK, COULDNT_CHECK, SKIPPED, NEEDS_ANSWERS)
OUTCOME_LABELS = {
    CLEAN: N_("Checked: nothing to do"),
    FINDINGS: N_("Things to do"),
    NOTHING_TO_CHECK: N_("Nothing to check yet"),
    COULDNT_CHECK: N_("Couldn't check"),
    SKIPPED: N_("Skipped"),
    NEEDS_ANSWERS: N_("Needs your answers"),
}
#: outcomes that count as "this area was checked" for the score's coverage
CHECKED_OUTCOMES = (CLEAN, FINDINGS)


@dataclasses.dataclass(frozen=True)
class StepDef:
    """One step of the checkup.

    Attributes:
        key: stable id, also the ``source`` of the findings it produces.
        title, intro: plain words shown at the top of the step.
        kind: "auto" (runs checks through its runner in ``app.checkup.runners.RUNNERS``),
            "questions" (the person answers), "quiz".
        applies: which members the step is for (``None``: everyone). A checkup holds only the steps
            that apply to its member when it begins: its progress, summary and coverage count those.
        check_prefix: when set, only findings whose ``check_id`` starts with it are this step's
            (another part of Hearth shares the source: the small-business self-audit also uses
            "business").
    """

    key: str
    title: str
    intro: str
    kind: str = AUTO
    applies: Callable[[Any], bool] | None = None
    check_prefix: str = ""

    def applies_to(self, member: Any) -> bool:
        return self.applies is None or bool(self.applies(member))

    def owns(self, check_id: str) -> bool:
        """Whether a finding of this step's source with this check id is this step's."""
        return not self.check_prefix or str(check_id).startswith(self.check_prefix)


def is_business(member: Any) -> bool:
    """A small-business member (role "business")."""
    return getattr(member, "role", "") == "business"


STEPS: tuple[StepDef, ...] = (
    StepDef(
        "passwords",
        N_("Passwords"),
        N_("Hearth looks at how strong the passwords you checked are, and whether any are used twice."),
    ),
    StepDef(
        "breaches",
        N_("Data breaches"),
        N_("Hearth looks at whether the websites you use had a data breach since you last changed the password."),
    ),
    StepDef(
        "twofa",
        N_("Two-step verification on key accounts"),
        N_(
            "A second step (a code or a key) stops someone who learns your password. "
            "Hearth looks at your e-mail, bank, phone and other key accounts first."
        ),
    ),
    StepDef(
        "recovery",
        N_("Getting back into your accounts"),
        N_("If you lose your phone or forget a password, these make sure you, and only you, can get back in."),
        kind=QUESTIONS,
    ),
    StepDef(
        "device",
        N_("This computer"),
        N_("Hearth looks at this computer's updates, firewall, screen lock and disk encryption."),
    ),
    StepDef(
        "network",
        N_("Home network"),
        N_(
            "Hearth looks at your router and Wi-Fi from this computer. It contacts only this computer and your "
            "router (its settings page, its doors to the internet, and whether it opens doors by itself), never tries "
            "to log in and never looks at "
            "other devices. Running this step is your OK for that."
        ),
    ),
    StepDef(
        "business",
        N_("Your business e-mail"),
        N_(
            "Hearth looks up your business's e-mail domain to see whether someone could send e-mail that looks "
            "like it came from you. This step uses the internet: it asks DNS servers for your domain's public "
            "records (SPF, DKIM, DMARC, MTA-STS and mail servers) and sends nothing else."
        ),
        applies=is_business,
        check_prefix=EMAIL_DOMAIN_PREFIX,
    ),
    StepDef(
        "scam",
        N_("Scam readiness"),
        N_("Five quick questions about common scams, and a family safe word against fake calls."),
        kind=QUIZ,
    ),
)
STEP_KEYS = tuple(s.key for s in STEPS)
#: the steps every member has (no ``applies``): a stored checkup always holds these
COMMON_KEYS = tuple(s.key for s in STEPS if s.applies is None)


def steps_for(member: Any) -> tuple[StepDef, ...]:
    """The steps of a checkup for this member, in the wizard's order."""
    return tuple(s for s in STEPS if s.applies_to(member))


def steps_in(keys: Iterable[str]) -> tuple[StepDef, ...]:
    """The steps with these keys, in the wizard's order (unknown keys are left out)."""
    wanted = set(keys)
    return tuple(s for s in STEPS if s.key in wanted)


def step_def(key: str) -> StepDef:
    for step in STEPS:
        if step.key == key:
            return step
    raise KeyError(key)
