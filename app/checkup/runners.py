"""The automatic steps' runners: one plain function per step, in an explicit table.

A runner takes a :class:`StepContext` and returns a :class:`StepResult`: what it found, how many
things it looked at (``checked``), what it could not check (why, and how to check by hand), and,
when there was nothing to look at, what to add. ``app.checkup.outcome.judge`` turns that into the
step's one outcome. Runners raise ``UserFacingError`` for a problem the person can act on and
``checks.base.Cancelled`` when stopped; anything else fails only their own step.

Adding a step (the small-business e-mail domain step, ``business``, was added this way)
    1. ``app/checkup/steps.py``: add ``StepDef("key", N_("Title"), N_("Intro"))`` to ``STEPS``
       (its position is its place in the wizard; the key is also the ``source`` of its findings).
       A step for some members only says so with ``applies=lambda member: ...``: a checkup holds
       the steps that applied to its member when it began. When another part of Hearth shares the
       source, ``check_prefix`` says which check ids are the step's.
    2. here: write ``def key(ctx: StepContext) -> StepResult`` (import the area's module inside
       it) and add ``"key": key`` to :data:`RUNNERS`; add the key to :data:`PARALLEL` if it
       is slow and independent of the others (network probes). Return ``only_check_ids`` when
       only some of the step's checks were judged this time.
    3. Spanish for the new title and intro (``.notes/tr/...-guidance.json``).
    A step in ``STEPS`` with no runner here shows "not built yet" and counts as not checked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from app.checkup.steps import is_business
from checks.base import CancelToken, Finding, Subject
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth

Progress = Callable[[int, int, str], None]


@dataclasses.dataclass(frozen=True)
class StepContext:
    """What a runner gets: the household, the member, the time, a cancel token and a progress callback."""

    hearth: Hearth
    member: Any
    now: dt.datetime
    cancel: CancelToken
    progress: Progress


@dataclasses.dataclass(frozen=True)
class StepResult:
    """What a runner saw.

    Attributes:
        findings: the things to do.
        checked: how many things it looked at and could tell about (accounts, settings, answers).
        couldnt: one line per thing it should have looked at but could not: what, and why.
        by_hand: how to check those by hand, step by step.
        to_add: when there was nothing to look at, what to add so there is.
        offer: the page that adds it ("accounts", "passwords", "business"); the window offers to open it.
        only_check_ids: when not None, the check ids really judged this time: open findings of the
            step's source with other check ids are left as they are (an item that could not be
            looked up keeps its old finding; another area sharing the source is not touched).
    """

    findings: tuple[Finding, ...] = ()
    checked: int = 0
    couldnt: tuple[str, ...] = ()
    by_hand: tuple[str, ...] = ()
    to_add: str = ""
    offer: str = ""
    only_check_ids: tuple[str, ...] | None = None


Runner = Callable[[StepContext], StepResult]

ADD_ACCOUNTS = N_(
    "Hearth has no accounts for you yet, so there was nothing to check. Add your key accounts (e-mail, bank, "
    "phone) on the Accounts page, or import your passwords on the Passwords page."
)
ADD_PASSWORDS = N_(
    "Hearth has no passwords of yours to check yet. On the Passwords page, import them from your browser or "
    "password manager: Hearth keeps only how strong each one is, never the password."
)
NO_BREACH_LIST = N_("Hearth has no copy of the list of known data breaches yet.")
BREACHES_BY_HAND = (
    N_(
        "On the Passwords page, import your passwords with \"Also check the passwords against breach lists\" "
        "ticked (this needs the internet), then run this step again."
    ),
    N_("Or look up your e-mail address yourself on haveibeenpwned.com."),
)


def _is_breach(check_id: str) -> bool:
    return "breach" in check_id


def _with_password(accounts: Iterable[Any]) -> list[Any]:
    return [a for a in accounts if a.strength_score is not None or a.reuse_cluster]


def passwords(ctx: StepContext) -> StepResult:
    """How strong the member's imported passwords are, and whether any are used twice."""
    from app import passwords as area

    accounts = ctx.hearth.accounts.list(ctx.member.id)
    if not accounts:
        return StepResult(to_add=ADD_ACCOUNTS, offer="passwords")
    checked = _with_password(accounts)
    if not checked:
        return StepResult(to_add=ADD_PASSWORDS, offer="passwords")
    ctx.progress(0, 1, N_("Passwords"))
    rows = area.account_health(ctx.hearth, ctx.member.id, today=ctx.now.date())
    found = tuple(p for row in rows for p in row.problems if isinstance(p, Finding) and not _is_breach(p.check_id))
    ctx.progress(1, 1, N_("Passwords"))
    return StepResult(found, len(checked))


def breaches(ctx: StepContext) -> StepResult:
    """Whether the member's websites had a breach since the password was last changed (the cached list)."""
    from app import passwords as area
    from app.services import hibp

    accounts = ctx.hearth.accounts.list(ctx.member.id)
    if not accounts:
        return StepResult(to_add=ADD_ACCOUNTS, offer="accounts")
    if hibp.cached_catalogue(ctx.hearth) is None:
        return StepResult(couldnt=(NO_BREACH_LIST,), by_hand=BREACHES_BY_HAND)
    rows = area.account_health(ctx.hearth, ctx.member.id, today=ctx.now.date())
    found = tuple(p for row in rows for p in row.problems if isinstance(p, Finding) and _is_breach(p.check_id))
    return StepResult(found, len(accounts))


def twofa(ctx: StepContext) -> StepResult:
    """Two-step verification on the member's accounts (the cached directory; no network)."""
    from app import twofa as area

    accounts = ctx.hearth.accounts.list(ctx.member.id)
    if not accounts:
        return StepResult(to_add=ADD_ACCOUNTS, offer="accounts")
    found = tuple(area.member_findings(ctx.hearth, ctx.member.id))
    return StepResult(found, len(accounts))


def items_result(items: Iterable[Any], subject: Subject, check_id: str) -> StepResult:
    """A result from network / device items: "Couldn't check" items are named, with how to check by hand."""
    from checks.network import Status

    items = list(items)
    found = tuple(f for f in (i.to_finding(subject, check_id) for i in items) if f is not None)
    unknown = [i for i in items if i.status == Status.UNKNOWN]
    couldnt = tuple(N_("About {what}: {why}", what=i.title, why=i.detail) for i in unknown)
    by_hand = tuple(step for i in unknown for step in i.fix)
    return StepResult(found, len(items) - len(unknown), couldnt, by_hand)


def device(ctx: StepContext) -> StepResult:
    """This computer's updates, firewall, screen lock, disk encryption and browsers."""
    from app import device as area

    items = area.run_device_check(ctx.hearth, cancel=ctx.cancel, progress=ctx.progress, today=ctx.now.date())
    return items_result(items, Subject.DEVICE, "device.hygiene")


def network(ctx: StepContext) -> StepResult:
    """The router and Wi-Fi, seen from this computer (see the step's intro for what is contacted)."""
    from app import network as area

    items = area.run_network_check(ctx.hearth, cancel=ctx.cancel, progress=ctx.progress)
    return items_result(items, Subject.NETWORK, "network.hygiene")


ADD_DOMAIN = N_(
    "Hearth has no e-mail domain for your business yet, so there was nothing to look up. On the Small business "
    "page, type your business's e-mail domain (for anna@example.com it is example.com), then run this step again."
)
DOMAIN_BY_HAND = (
    N_("When this computer is online, run this step again, or press 'Check my e-mail domain' on the Small "
       "business page."),
    N_("Or ask whoever set up your business e-mail to check the domain's SPF, DKIM and DMARC records, or look "
       "them up yourself with a free checker such as mxtoolbox.com."),
)


def business(ctx: StepContext) -> StepResult:
    """A small-business member's e-mail domain: SPF, DKIM, DMARC, MTA-STS and MX, looked up by DNS.

    Uses the network (DNS): in offline mode nothing is asked and the step says it couldn't check.
    Only the items really judged this time touch the to-do list (``only_check_ids``): an item that
    could not be looked up keeps its old finding, and the self-audit's findings (same source) stay."""
    from app import email_domain as area
    from app.errors import NotFound, OfflineError, ServiceError
    from checks.email_domain import UNKNOWN

    if not is_business(ctx.member):
        return StepResult(to_add=area.OUTCOME_WORDS[area.NOT_BUSINESS], only_check_ids=())
    if not area.member_domain(ctx.hearth, ctx.member.id):
        return StepResult(to_add=ADD_DOMAIN, offer="business", only_check_ids=())
    try:
        if ctx.hearth.is_offline():
            raise OfflineError(N_("the e-mail domain check"))
        outcome, judged, found = area.findings_for_member(ctx.hearth, ctx.member, ctx.cancel, ctx.progress,
                                                          now=ctx.now)
    except (OfflineError, ServiceError, NotFound) as exc:
        why = exc.message + " " + exc.hint if exc.hint else exc.message
        return StepResult(couldnt=(why,), by_hand=DOMAIN_BY_HAND, only_check_ids=())
    if outcome == area.NOT_BUSINESS:
        return StepResult(to_add=area.OUTCOME_WORDS[area.NOT_BUSINESS], only_check_ids=())
    if outcome == area.NO_DOMAIN:
        return StepResult(to_add=ADD_DOMAIN, offer="business", only_check_ids=())
    report = area.last_report(ctx.hearth, ctx.member.id)
    unknown = [i for i in (report.items if report is not None else ()) if i.status == UNKNOWN]
    couldnt = tuple(N_("About {what}: {why}", what=i.title, why=i.detail) for i in unknown)
    by_hand = tuple(step for i in unknown for step in i.fix) or (DOMAIN_BY_HAND if unknown else ())
    return StepResult(tuple(found), len(judged), couldnt, by_hand, only_check_ids=tuple(judged))


#: step key -> runner. Tests and the lead plug steps in here (see the module docstring).
RUNNERS: dict[str, Runner] = {
    "passwords": passwords,
    "breaches": breaches,
    "twofa": twofa,
    "device": device,
    "network": network,
    "business": business,
}

#: automatic steps that are slow and independent: ``Checkup.run_automatic`` runs them at the same time.
PARALLEL: frozenset[str] = frozenset({"device", "network", "business"})


def runner_for(key: str, runners: Mapping[str, Runner] | None = None) -> Runner | None:
    return (RUNNERS if runners is None else runners).get(key)
