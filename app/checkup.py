"""The guided checkup: a state machine over the steps, the findings store, the score and the to-do list.

No Qt here: the wizard in ``ui/pages/checkup.py`` only renders a :class:`Checkup`, and the CLI
(``hearth checkup run``) drives the same object without asking anything.

Steps, in order
    passwords, breaches, twofa (key accounts), recovery (questions the person answers), device,
    network, scam readiness (a short quiz and a family safe word). A step is ``pending``, ``done``,
    ``skipped`` (the person chose to skip it), ``unavailable`` (the part of Hearth it needs is not
    built yet, or needs something missing: said plainly), ``cancelled`` or ``failed``.
    Every transition is saved at once in ``checkup_runs.state`` (JSON), so closing the window or a
    crash resumes where it stopped.

Automatic steps and the other parts of Hearth
    Each automatic step belongs to an area (``app.passwords``, ``app.twofa``, ``app.network`` …)
    whose modules are imported *lazily* with importlib: if they are missing the step says "not
    built yet" and is skipped honestly. An area plugs in with any one of these, looked for in order:

    1. ``app.<area>.checkup_findings(hearth, member_id, *, cancel, progress) -> list[Finding]``
    2. checks registered in ``checks.registry`` under the step's categories, run over the facts
       returned by ``app.<area>.checkup_facts(...)`` or ``app.<area>.gather_facts(...)`` (same
       arguments; ``{"accounts": <the member's accounts>}`` is always there);
    3. ``app.<area>.member_findings(hearth, member_id) -> list[Finding]``.

    ``cancel`` and ``progress`` are passed only to functions that declare them.

Findings
    Stored in ``findings``, one row per member + check_id + subject_ref. A finding is ``open``,
    ``fixed`` or ``dismissed`` (with the person's reason). Re-running a step updates its open
    findings; an open finding the step no longer sees becomes ``fixed``; a dismissed finding stays
    dismissed across re-runs. "Mark fixed" re-runs the finding's step to confirm.

The score (transparent: every point lost is a visible finding)
    A member starts at 100. Each OPEN finding loses points by severity: urgent 25, high 15,
    medium 8, low 3, for-your-information 0. One area (step) can lose at most 35 points, so one
    bad area cannot hide the rest: findings beyond the cap are still listed, with "0 points (this
    area is already at its limit)". The score never goes below 0. Dismissed and fixed findings
    lose no points (dismissed ones are listed with their reason). The household score is the
    average of the members who have had a checkup.

The to-do list
    Open findings ranked by risk, then effort: severity first, then the quickest fix first, then
    the oldest. The first three are "this week".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
import json
import logging
import secrets
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from app import i18n
from app import settings as S
from app.errors import InvalidInput, NotFound, UserFacingError
from app.resources import resource_path
from app.storage.messages import dump_list, dump_text, load_list, load_text
from checks import registry
from checks.base import Cancelled, CancelToken, CheckContext, Finding, MemberFacts, Severity, Subject
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]

CHECKUP_INTERVAL = S.CHECKUP_INTERVAL  # declared in app/settings.py


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


# ---------------------------------------------------------------------------------------------
# steps


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


@dataclasses.dataclass(frozen=True)
class StepDef:
    """One step of the checkup.

    Attributes:
        key: stable id, also the ``source`` of the findings it produces.
        title, intro: plain words shown at the top of the step.
        kind: "auto" (runs checks), "questions" (the person answers), "quiz".
        area: the ``app.<area>`` module that gathers facts (auto steps).
        check_modules: modules that register the step's checks (imported lazily).
        categories: registry categories the step runs.
        id_prefixes: registered checks whose id starts with one of these also belong here.
        needs_facts: the checks need facts only the area module can gather.
    """

    key: str
    title: str
    intro: str
    kind: str = AUTO
    area: str = ""
    check_modules: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    id_prefixes: tuple[str, ...] = ()
    needs_facts: bool = False


STEPS: tuple[StepDef, ...] = (
    StepDef(
        "passwords",
        N_("Passwords"),
        N_("Hearth looks at how strong the passwords you checked are, and whether any are used twice."),
        area="passwords",
        check_modules=("checks.passwords",),
        categories=("passwords",),
        id_prefixes=("password", "passwords"),
    ),
    StepDef(
        "breaches",
        N_("Data breaches"),
        N_("Hearth looks at whether the websites you use had a data breach since you last changed the password."),
        area="passwords",
        check_modules=("checks.passwords", "checks.breaches"),
        categories=("breaches",),
        id_prefixes=("breach", "breaches"),
    ),
    StepDef(
        "twofa",
        N_("Two-step verification on key accounts"),
        N_(
            "A second step (a code or a key) stops someone who learns your password. "
            "Hearth looks at your e-mail, bank, phone and other key accounts first."
        ),
        area="twofa",
        check_modules=("checks.twofa",),
        categories=("twofa",),
        id_prefixes=("twofa",),
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
        area="device",
        check_modules=("checks.device",),
        categories=("device",),
        id_prefixes=("device",),
        needs_facts=True,
    ),
    StepDef(
        "network",
        N_("Home network"),
        N_(
            "Hearth looks at your router and Wi-Fi from this computer. It contacts only this computer and your "
            "router (its settings page, its ports, UPnP and NAT-PMP), never tries to log in and never looks at "
            "other devices. Running this step is your OK for that."
        ),
        area="network",
        check_modules=("checks.network",),
        categories=("network",),
        id_prefixes=("network",),
        needs_facts=True,
    ),
    StepDef(
        "scam",
        N_("Scam readiness"),
        N_("Five quick questions about common scams, and a family safe word against fake calls."),
        kind=QUIZ,
    ),
)
STEP_KEYS = tuple(s.key for s in STEPS)


def step_def(key: str) -> StepDef:
    for step in STEPS:
        if step.key == key:
            return step
    raise KeyError(key)


# ---------------------------------------------------------------------------------------------
# questions: recovery


@dataclasses.dataclass(frozen=True)
class Question:
    """A yes / no / not sure question whose "no" or "not sure" becomes a finding."""

    id: str
    text: str
    help: str
    severity_no: Severity
    title: str
    why: str
    fix: tuple[str, ...]
    effort_minutes: int = 10


ANSWERS = ("yes", "no", "unsure")
ANSWER_LABELS = {"yes": N_("Yes"), "no": N_("No"), "unsure": N_("Not sure")}

RECOVERY_QUESTIONS: tuple[Question, ...] = (
    Question(
        "email_current",
        N_("Is the recovery e-mail on your main accounts one you can still open?"),
        N_("Websites send a reset link there when you forget your password."),
        Severity.HIGH,
        N_("Check the recovery e-mail on your main accounts"),
        N_(
            "If the recovery e-mail is old or someone else's, you could be locked out, or someone else could take "
            "over your account."
        ),
        (
            N_("Log in to your main e-mail account and open its security or account settings."),
            N_("Find 'recovery e-mail' and make sure it is an address you can open today."),
            N_("Do the same for your bank and your phone company accounts."),
            N_("In Hearth, answer this question again to confirm."),
        ),
    ),
    Question(
        "phone_current",
        N_("Is the recovery phone number on your main accounts your current number?"),
        N_("Many sites text a code to this number when you sign in from a new place."),
        Severity.HIGH,
        N_("Check the recovery phone number on your main accounts"),
        N_("An old phone number may now belong to someone else, who would then receive your codes."),
        (
            N_("Log in to your main e-mail account and open its security settings."),
            N_("Find 'recovery phone' and make sure it is your current mobile number."),
            N_("Do the same for your bank and other key accounts."),
            N_("In Hearth, answer this question again to confirm."),
        ),
    ),
    Question(
        "codes_saved",
        N_("Have you saved the backup (recovery) codes for accounts that have two-step verification?"),
        N_("Backup codes let you in if you lose your phone."),
        Severity.MEDIUM,
        N_("Save the backup codes for your key accounts"),
        N_("Without backup codes, losing your phone can lock you out of your accounts for weeks."),
        (
            N_("Log in to each key account and open its two-step verification settings."),
            N_("Choose 'backup codes' or 'recovery codes' and print them, or write them down."),
            N_("Keep them where you would keep your passport, not in the same bag as your phone."),
            N_("Never type them into a website someone sent you, and never read them out to a caller."),
        ),
        effort_minutes=15,
    ),
    Question(
        "legacy_contact",
        N_("Have you chosen someone who can reach your accounts if something happens to you (a legacy contact)?"),
        N_("Google, Apple and Facebook let you choose a trusted person in advance."),
        Severity.LOW,
        N_("Choose a legacy contact for your key accounts"),
        N_("Without one, your family may be unable to reach your photos, e-mail or accounts after an emergency."),
        (
            N_("Google: open myaccount.google.com, 'Data & privacy', then 'Make a plan for your digital legacy'."),
            N_("Apple: on iPhone open Settings, your name, 'Sign-In & Security', then 'Legacy Contact'."),
            N_("Facebook: open Settings, 'Accounts Center', then 'Memorialization'."),
            N_("Tell the person you chose, and note it in Hearth's legacy checklist."),
        ),
        effort_minutes=20,
    ),
)


def _question_finding(q: Question, answer: str) -> Finding | None:
    if answer == "yes":
        return None
    severity = q.severity_no if answer == "no" else Severity(max(int(Severity.LOW), int(q.severity_no) - 1))
    return Finding(
        check_id=f"recovery.{q.id}",
        subject=Subject.MEMBER,
        severity=severity,
        title=q.title,
        why=q.why,
        fix=q.fix,
        evidence=(N_("answer: no") if answer == "no" else N_("answer: not sure"),),
        effort_minutes=q.effort_minutes,
    )


# ---------------------------------------------------------------------------------------------
# quiz and safe word


@dataclasses.dataclass(frozen=True)
class QuizQuestion:
    id: str
    question: str
    choices: tuple[str, ...]
    answer: int
    explain: str
    fix: tuple[str, ...]
    effort_minutes: int = 5


@dataclasses.dataclass(frozen=True)
class QuizFeedback:
    question_id: str
    correct: bool
    right_choice: str
    explain: str


def load_quiz() -> tuple[QuizQuestion, ...]:
    """The scam-readiness quiz from ``resources/guidance/quiz.json``."""
    path = resource_path("guidance", "quiz.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        out = []
        for q in data["questions"]:
            choices = tuple(str(c) for c in q["choices"])
            answer = int(q["answer"])
            if not 0 <= answer < len(choices):
                raise ValueError(f"question {q['id']} has no right answer")
            out.append(
                QuizQuestion(
                    id=str(q["id"]),
                    question=str(q["question"]),
                    choices=choices,
                    answer=answer,
                    explain=str(q["explain"]),
                    fix=tuple(str(s) for s in q["fix"]),
                    effort_minutes=int(q.get("effort_minutes", 5)),
                )
            )
        return tuple(out)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserFacingError(
            N_("Hearth could not read its scam quiz file."),
            hint=N_(f"Reinstalling Hearth should fix it ({path})."),
        ) from exc


SAFE_WORD_QUESTION = Question(
    "safe_word",
    N_("Has your family agreed a safe word for phone calls asking for money?"),
    N_("A safe word is a word only your family knows. A caller who cannot say it is not who they claim."),
    Severity.MEDIUM,
    N_("Agree a family safe word"),
    N_(
        "Criminals can copy a relative's voice from a short video and call in a panic asking for money. "
        "A safe word lets you check in seconds."
    ),
    (
        N_("Pick two ordinary words together, for example with Hearth's suggestion."),
        N_("Tell each family member in person, not by text or e-mail, and never post it online."),
        N_("Print the safe word card and keep it somewhere private at home."),
        N_("If a caller asks for money, ask for the safe word. No word: hang up and call back on a number you know."),
    ),
    effort_minutes=10,
)

#: Short, common, concrete words that are easy to say on the phone and hard to guess as a pair.
SAFE_WORDS: tuple[str, ...] = (
    "apple", "anchor", "badger", "banjo", "basket", "beacon", "biscuit", "blanket", "bottle", "bucket",
    "butter", "cabbage", "camel", "candle", "canoe", "carrot", "castle", "cherry", "cobweb", "comet",
    "copper", "cotton", "cricket", "crystal", "cushion", "daisy", "dolphin", "donkey", "dragon", "feather",
    "ferry", "fiddle", "garden", "ginger", "giraffe", "glacier", "goblet", "gravel", "hammock", "harbour",
    "hazel", "helmet", "honey", "island", "jacket", "jigsaw", "kettle", "kitten", "ladder", "lantern",
    "lemon", "lobster", "magnet", "mango", "maple", "marble", "meadow", "mitten", "muffin", "nutmeg",
    "oyster", "paddle", "panda", "parrot", "peanut", "pebble", "pepper", "pickle", "pillow", "pirate",
    "planet", "pocket", "potato", "puffin", "pumpkin", "puzzle", "rabbit", "raisin", "ribbon", "rocket",
    "saddle", "salmon", "sandal", "sparrow", "spinach", "sponge", "squirrel", "teapot", "thimble", "tiger",
    "toffee", "tomato", "trumpet", "tulip", "turnip", "velvet", "violin", "walnut", "walrus", "willow",
    "window", "wizard", "yogurt", "zebra", "acorn", "almond", "bramble", "buttercup", "caramel", "chestnut",
)


#: Spanish words for a Spanish-speaking household: everyday nouns, easy to say on the phone.
SAFE_WORDS_ES: tuple[str, ...] = (
    "abeja", "aceituna", "almendra", "ancla", "árbol", "ardilla", "arena", "avellana", "ballena", "banco",
    "barco", "bellota", "bicicleta", "bigote", "botella", "brújula", "bufanda", "burro", "caballo", "cabra",
    "cacao", "calabaza", "camello", "campana", "canela", "canoa", "caracol", "castillo", "cebolla", "cereza",
    "cesta", "chaqueta", "ciruela", "cometa", "conejo", "cuchara", "delfín", "dragón", "escoba", "espiga",
    "faro", "flauta", "fresa", "galleta", "gaviota", "girasol", "globo", "guitarra", "hamaca", "hormiga",
    "isla", "jirafa", "lámpara", "lechuza", "limón", "linterna", "llave", "lobo", "loro", "luna",
    "madera", "maleta", "mango", "manzana", "mariposa", "melón", "mochila", "molino", "montaña", "naranja",
    "nube", "nuez", "oveja", "palmera", "paloma", "panda", "paraguas", "pato", "pelota", "pepino",
    "perla", "pimienta", "pingüino", "piña", "planeta", "plátano", "pluma", "puente", "queso", "rana",
    "ratón", "río", "rosa", "sandía", "sartén", "semilla", "sombrero", "tambor", "tetera", "tigre",
    "tomate", "tortuga", "trompeta", "tulipán", "uva", "vaca", "vela", "violín", "yogur", "zapato",
)


def suggest_safe_word(
    avoid: Iterable[str] = (), *, rng: secrets.SystemRandom | None = None, language: str | None = None
) -> str:
    """Two random common words ("velvet walrus", "tortuga linterna" in Spanish), avoiding the
    member's own personal words. The words are in the household's language.

    Hearth never stores the safe word: it is shown once and can be printed on the card.
    """
    rng = rng or secrets.SystemRandom()
    banned = {w.casefold() for w in avoid}
    words = SAFE_WORDS_ES if (language or i18n.current()) == "es" else SAFE_WORDS
    pool = [w for w in words if w not in banned]
    first, second = rng.sample(pool, 2)
    return f"{first} {second}"


# ---------------------------------------------------------------------------------------------
# findings store


@dataclasses.dataclass(frozen=True)
class StoredFinding:
    """A finding as stored for a member, with its state."""

    id: int
    member_id: int
    run_id: int | None
    source: str
    check_id: str
    subject: str
    subject_ref: str
    severity: Severity
    title: str
    why: str
    fix: tuple[str, ...]
    evidence: tuple[str, ...]
    effort_minutes: int
    status: str
    dismiss_reason: str
    first_seen: str
    last_seen: str
    resolved_at: str | None

    @property
    def display_title(self) -> str:
        """The title, with the account it is about when the title does not say ("Gmail: ...")."""
        ref = self.subject_ref if self.subject_ref and "." not in self.subject_ref else ""
        return f"{ref}: {self.title}" if ref and ref.lower() not in self.title.lower() else self.title

    @property
    def step_title(self) -> str:
        try:
            return step_def(self.source).title
        except KeyError:
            return OTHER_SOURCES.get(self.source, self.source or N_("Other"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "check_id": self.check_id,
            "source": self.source,
            "subject": self.subject,
            "subject_ref": self.subject_ref,
            "severity": self.severity.name.lower(),
            "severity_label": self.severity.label,
            "title": self.title,
            "why": self.why,
            "fix": list(self.fix),
            "effort_minutes": self.effort_minutes,
            "status": self.status,
            "dismiss_reason": self.dismiss_reason,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
        }


def _stored(row: Mapping[str, Any]) -> StoredFinding:
    return StoredFinding(
        id=row["id"],
        member_id=row["member_id"],
        run_id=row["run_id"],
        source=row["source"] or "",
        check_id=row["check_id"],
        subject=row["subject"],
        subject_ref=row["subject_ref"] or "",
        severity=Severity(int(row["severity"])),
        title=load_text(row["title"]),
        why=load_text(row["why"]),
        fix=load_list(row["fix"]),
        evidence=load_list(row["evidence"]),
        effort_minutes=int(row["effort_minutes"] or 0),
        status=row["status"],
        dismiss_reason=row["dismiss_reason"] or "",
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
        resolved_at=row["resolved_at"],
    )


#: Findings that come from outside the wizard's steps (e.g. the small-business self-audit).
OTHER_SOURCES = {"business": N_("Small-business self-audit")}

OPEN, FIXED, DISMISSED = "open", "fixed", "dismissed"
MAX_REASON = 300


class FindingsStore:
    """Reads and writes the ``findings`` table."""

    def __init__(self, hearth: Hearth) -> None:
        self._database = hearth.database

    def record(
        self,
        member_id: int,
        run_id: int | None,
        source: str,
        findings: Sequence[Finding],
        now: dt.datetime,
        *,
        only_check_ids: Iterable[str] | None = None,
    ) -> None:
        """Store what a step found and resolve what it no longer finds.

        New findings are ``open``; ones seen before are updated (a ``fixed`` one that is back
        reopens; a ``dismissed`` one stays dismissed). Open findings of ``source`` that were
        not produced this time become ``fixed``. ``only_check_ids`` limits that to some checks
        (used when only some questions were answered).
        """
        stamp = _iso(now)
        keys = set()
        only = None if only_check_ids is None else set(only_check_ids)
        try:
            with self._database.transaction() as db:
                if db.execute("select 1 from members where id = ?", [member_id]).fetchone() is None:
                    raise NotFound(N_("That member is no longer in the household, so nothing was saved."))
                for f in findings:
                    key = (f.check_id, f.subject_ref or "")
                    if key in keys:
                        continue
                    keys.add(key)
                    row = db.execute(
                        "select id, status from findings where member_id = ? and check_id = ? and subject_ref = ?",
                        [member_id, key[0], key[1]],
                    ).fetchone()
                    values = [
                        run_id,
                        source,
                        f.subject.value,
                        int(f.severity),
                        dump_text(f.title),
                        dump_text(f.why),
                        dump_list(f.fix),
                        dump_list(f.evidence),
                        int(f.effort_minutes),
                        stamp,
                    ]
                    if row is None:
                        db.execute(
                            "insert into findings (run_id, source, subject, severity, title, why, fix, evidence, "
                            "effort_minutes, last_seen, member_id, check_id, subject_ref, status, first_seen) "
                            "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)",
                            [*values, member_id, key[0], key[1], stamp],
                        )
                    else:
                        status = DISMISSED if row[1] == DISMISSED else OPEN
                        db.execute(
                            "update findings set run_id = ?, source = ?, subject = ?, severity = ?, title = ?, "
                            "why = ?, fix = ?, evidence = ?, effort_minutes = ?, last_seen = ?, status = ?, "
                            "resolved_at = case when ? = 'open' then null else resolved_at end where id = ?",
                            [*values, status, status, row[0]],
                        )
                for fid, check_id, ref in db.execute(
                    "select id, check_id, subject_ref from findings where member_id = ? and source = ? "
                    "and status = 'open'",
                    [member_id, source],
                ).fetchall():
                    if (check_id, ref) in keys or (only is not None and check_id not in only):
                        continue
                    db.execute(
                        "update findings set status = 'fixed', resolved_at = ? where id = ?", [stamp, fid]
                    )
        except sqlite3.IntegrityError as exc:  # the member was removed at the same moment
            raise NotFound(N_("That member is no longer in the household, so nothing was saved.")) from exc

    def list(self, member_id: int, status: str | None = None) -> list[StoredFinding]:
        sql = "select * from findings where member_id = ?"
        params: list[Any] = [member_id]
        if status:
            sql += " and status = ?"
            params.append(status)
        sql += " order by severity desc, effort_minutes, first_seen, id"
        with self._database.read() as db:
            return [_stored(r) for r in db.query(sql, params)]

    def get(self, finding_id: int) -> StoredFinding:
        with self._database.read() as db:
            rows = list(db.query("select * from findings where id = ?", [finding_id]))
        if not rows:
            raise NotFound(N_("That item is no longer in the list."))
        return _stored(rows[0])

    def dismiss(self, finding_id: int, reason: str, now: dt.datetime | None = None) -> StoredFinding:
        reason = " ".join((reason or "").split())
        if not reason:
            raise InvalidInput(
                N_("Please say in a few words why you are dismissing this."),
                hint=N_("For example: \"I don't use this account any more\". It is kept with the item."),
            )
        if len(reason) > MAX_REASON:
            limit = MAX_REASON
            raise InvalidInput(N_(f"Please keep the reason to {limit} characters or fewer."))
        self.get(finding_id)
        with self._database.transaction() as db:
            db.execute(
                "update findings set status = 'dismissed', dismiss_reason = ?, resolved_at = ? where id = ?",
                [reason, _iso(now or utc_now()), finding_id],
            )
        return self.get(finding_id)

    def reopen(self, finding_id: int) -> StoredFinding:
        self.get(finding_id)
        with self._database.transaction() as db:
            db.execute(
                "update findings set status = 'open', dismiss_reason = '', resolved_at = null where id = ?",
                [finding_id],
            )
        return self.get(finding_id)

    def set_fixed(self, finding_id: int, now: dt.datetime) -> StoredFinding:
        with self._database.transaction() as db:
            db.execute(
                "update findings set status = 'fixed', resolved_at = ? where id = ?", [_iso(now), finding_id]
            )
        return self.get(finding_id)

    def open_by_member(self) -> dict[int, list[tuple[int, str, int]]]:
        """(id, source, severity) of every open finding, by member, in one query (for dashboards)."""
        out: dict[int, list[tuple[int, str, int]]] = {}
        with self._database.read() as db:
            for fid, mid, source, sev in db.execute(
                "select id, member_id, source, severity from findings where status = 'open' "
                "order by member_id, severity desc, effort_minutes, first_seen, id"
            ).fetchall():
                out.setdefault(mid, []).append((fid, source or "", int(sev)))
        return out


# ---------------------------------------------------------------------------------------------
# score and to-do


SEVERITY_POINTS: dict[Severity, int] = {
    Severity.CRITICAL: 25,
    Severity.HIGH: 15,
    Severity.MEDIUM: 8,
    Severity.LOW: 3,
    Severity.INFO: 0,
}
AREA_CAP = 35

SCORE_MODEL_TEXT = N_(
    "Everyone starts at 100. Each open item loses points by how much it matters: urgent 25, high 15, "
    f"medium 8, low 3, for your information 0. One area can lose at most {AREA_CAP} points. Fixed and "
    "dismissed items lose no points. The household score is the average of the members who had a checkup."
)


@dataclasses.dataclass(frozen=True)
class ScoreLine:
    finding_id: int
    source: str
    severity: Severity
    points: int
    capped: bool


@dataclasses.dataclass(frozen=True)
class Score:
    value: int
    lines: tuple[ScoreLine, ...]

    @property
    def points_lost(self) -> int:
        return sum(line.points for line in self.lines)

    def points_for(self, finding_id: int) -> int:
        return next((line.points for line in self.lines if line.finding_id == finding_id), 0)


def compute_score(items: Iterable[tuple[int, str, int | Severity]]) -> Score:
    """The score from open findings given as (finding_id, source, severity).

    Findings are taken worst first; each loses its severity's points until its area reaches
    :data:`AREA_CAP`. ``value == max(0, 100 - sum(points))`` and every point is tied to a finding.
    """
    ordered = sorted(((fid, src, Severity(int(sev))) for fid, src, sev in items), key=lambda t: (-t[2], t[0]))
    used: dict[str, int] = {}
    lines = []
    for fid, src, sev in ordered:
        want = SEVERITY_POINTS[sev]
        room = AREA_CAP - used.get(src, 0)
        points = max(0, min(want, room))
        used[src] = used.get(src, 0) + points
        lines.append(ScoreLine(fid, src, sev, points, capped=points < want))
    lost = sum(line.points for line in lines)
    # The total can exceed 100 only with many areas; the floor keeps "points lost" honest:
    # trim the last lines so the points shown add up to exactly 100 - value.
    if lost > 100:
        excess = lost - 100
        trimmed = []
        for line in reversed(lines):
            cut = min(excess, line.points)
            excess -= cut
            trimmed.append(dataclasses.replace(line, points=line.points - cut, capped=line.capped or cut > 0))
        lines = list(reversed(trimmed))
        lost = 100
    return Score(100 - lost, tuple(lines))


def score_from_counts(counts: Iterable[tuple[str, int | Severity, int]]) -> int:
    """The same score as :func:`compute_score`, from (source, severity, how many) rows (for dashboards)."""
    used: dict[str, int] = {}
    for src, sev, n in sorted(counts, key=lambda t: -int(t[1])):
        want = SEVERITY_POINTS[Severity(int(sev))] * int(n)
        used[src] = used.get(src, 0) + max(0, min(want, AREA_CAP - used.get(src, 0)))
    return max(0, 100 - sum(used.values()))


def todo_order(findings: Iterable[StoredFinding]) -> list[StoredFinding]:
    """Risk first (severity), then effort (quickest first), then the oldest."""
    return sorted(findings, key=lambda f: (-int(f.severity), f.effort_minutes, f.first_seen, f.id))


THIS_WEEK = 3


# ---------------------------------------------------------------------------------------------
# area adapters (lazy, tolerant of missing modules)


@dataclasses.dataclass(frozen=True)
class Availability:
    available: bool
    message: str


NOT_BUILT = N_("This part of Hearth is not built yet, so this step was skipped.")


def _import(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and (name == exc.name or name.startswith(exc.name + ".")):
            return None
        log.warning("could not import %s", name, exc_info=True)
        return None
    except Exception:  # noqa: BLE001 - a broken area must not break the checkup
        log.warning("could not import %s", name, exc_info=True)
        return None


def _checks_for(step: StepDef) -> list[Any]:
    for module in step.check_modules:
        _import(module)
    out = []
    for check in registry.all_checks():
        prefix = check.id.split(".")[0]
        if check.category in step.categories or prefix in step.id_prefixes:
            out.append(check)
    return out


def _hook(module: Any | None, *names: str) -> Callable[..., Any] | None:
    if module is None:
        return None
    for name in names:
        fn = getattr(module, name, None)
        if callable(fn):
            return fn
    return None


def _call(fn: Callable[..., Any], hearth: Hearth, member: Any, cancel: CancelToken, progress: Any) -> Any:
    """Call an area's function as ``fn(hearth[, member_id | member], [cancel=..., progress=...])``."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        params = {}
    positional = [
        p for p in params.values()
        if p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]
    args: list[Any] = [hearth]
    if len(positional) >= 2 and positional[1].name not in ("cancel", "progress"):
        args.append(member if positional[1].name == "member" else member.id)
    kwargs: dict[str, Any] = {}
    if "cancel" in params:
        kwargs["cancel"] = cancel
    if "progress" in params:
        kwargs["progress"] = progress
    return fn(*args, **kwargs)


#: Public functions the other areas already have, turned into findings (used when an area has no
#: ``checkup_findings`` hook and no registered checks with a facts hook). Each entry:
#: step key -> (module, function, how to turn its result into findings).
def _from_items(subject: Subject, check_id: str) -> Callable[[Any], list[Finding]]:
    def convert(result: Any) -> list[Finding]:
        out = []
        for item in result or ():
            to_finding = getattr(item, "to_finding", None)
            f = to_finding(subject, check_id) if callable(to_finding) else None
            if isinstance(f, Finding):
                out.append(f)
        return out

    return convert


def _from_health(keep: Callable[[str], bool]) -> Callable[[Any], list[Finding]]:
    def convert(result: Any) -> list[Finding]:
        return [
            p for row in result or () for p in getattr(row, "problems", ()) if isinstance(p, Finding) and keep(p.check_id)
        ]

    return convert


def _is_breach(check_id: str) -> bool:
    return "breach" in check_id


ADAPTERS: dict[str, tuple[str, str, Callable[[Any], list[Finding]]]] = {
    "passwords": ("app.passwords", "account_health", _from_health(lambda cid: not _is_breach(cid))),
    "breaches": ("app.passwords", "account_health", _from_health(_is_breach)),
    "device": ("app.device", "run_device_check", _from_items(Subject.DEVICE, "device.hygiene")),
    "network": ("app.network", "run_network_check", _from_items(Subject.NETWORK, "network.hygiene")),
}


def _resolve(step: StepDef) -> tuple[str, Any]:
    """How an automatic step runs now: ("hook" | "checks" | "adapter" | "member_findings" | "none", detail)."""
    module = _import(f"app.{step.area}") if step.area else None
    hook = _hook(module, "checkup_findings")
    if hook is not None:
        return "hook", hook
    checks = _checks_for(step)
    gather = _hook(module, "checkup_facts", "gather_facts")
    if checks and (gather is not None or not step.needs_facts):
        return "checks", (checks, gather)
    adapter = ADAPTERS.get(step.key)
    if adapter is not None:
        fn = _hook(_import(adapter[0]), adapter[1])
        if fn is not None:
            return "adapter", (fn, adapter[2])
    hook = _hook(module, "member_findings")
    if hook is not None:
        return "member_findings", hook
    if checks:
        return "none", N_("This step's checks exist, but Hearth cannot gather what they need yet, so it was skipped.")
    return "none", NOT_BUILT


def availability(step: StepDef) -> Availability:
    """Whether an automatic step can run now, and if not, why (in plain words)."""
    if step.kind != AUTO:
        return Availability(True, "")
    how, detail = _resolve(step)
    if how == "none":
        return Availability(False, str(detail))
    return Availability(True, "")


def run_auto_step(
    hearth: Hearth,
    member: Any,
    step: StepDef,
    now: dt.datetime,
    cancel: CancelToken | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[Finding]:
    """Gather facts and run an automatic step's checks. Raises UserFacingError when unavailable."""
    cancel = cancel or CancelToken()

    def report(done: int, total: int, text: str = "") -> None:
        if progress is not None:
            progress(int(done), int(total), str(text))

    how, detail = _resolve(step)
    if how == "none":
        raise UserFacingError(str(detail))
    if how in ("hook", "member_findings", "adapter"):
        fn, convert = (detail, None) if how != "adapter" else detail
        report(0, 1, step.title)
        result = _call(fn, hearth, member, cancel, report)
        cancel.raise_if_cancelled()
        found = convert(result) if convert is not None else [f for f in (result or ()) if isinstance(f, Finding)]
        report(1, 1, step.title)
        return found
    checks, gather = detail
    facts: dict[str, Any] = {"accounts": hearth.accounts.list(member.id)}
    total = len(checks) + (1 if gather else 0)
    done = 0
    if gather is not None:
        report(0, total, N_("Gathering what the checks need…"))
        facts.update(dict(_call(gather, hearth, member, cancel, lambda *a: None) or {}))
        done = 1
    cancel.raise_if_cancelled()
    ctx = CheckContext(
        now=now,
        member=MemberFacts(name=member.name, role=member.role, personal_words=tuple(member.personal_words)),
        facts=facts,
        cancel=cancel,
        progress=lambda *a: None,
    )
    found: list[Finding] = []
    for check in checks:
        cancel.raise_if_cancelled()
        report(done, total, check.title)
        found.extend(f for f in check.run(ctx) if isinstance(f, Finding))
        done += 1
    report(total, total, N_("Done"))
    return found


# ---------------------------------------------------------------------------------------------
# the checkup state machine


@dataclasses.dataclass(frozen=True)
class StepView:
    key: str
    title: str
    intro: str
    kind: str
    status: str
    message: str
    found: int

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


@dataclasses.dataclass(frozen=True)
class StepOutcome:
    key: str
    status: str
    message: str
    findings: tuple[Finding, ...] = ()


@dataclasses.dataclass(frozen=True)
class FixOutcome:
    finding: StoredFinding
    confirmed: bool
    message: str


STATE_VERSION = 1


def _new_state() -> dict[str, Any]:
    return {
        "version": STATE_VERSION,
        "position": 0,
        "steps": {key: {"status": PENDING, "message": "", "found": 0} for key in STEP_KEYS},
        "answers": {},
        "quiz": {},
        "safe_word_suggested": False,
    }


def _clean_state(raw: Any) -> dict[str, Any]:
    """A saved state made safe to use: unknown or damaged parts fall back to defaults."""
    state = _new_state()
    if not isinstance(raw, dict):
        return state
    steps = raw.get("steps")
    if isinstance(steps, dict):
        for key in STEP_KEYS:
            got = steps.get(key)
            if isinstance(got, dict) and got.get("status") in STATUS_LABELS:
                state["steps"][key] = {
                    "status": got["status"],
                    "message": str(got.get("message") or ""),
                    "found": int(got.get("found") or 0),
                }
    pos = raw.get("position")
    if isinstance(pos, int) and 0 <= pos <= len(STEPS):
        state["position"] = pos
    for part in ("answers", "quiz"):
        if isinstance(raw.get(part), dict):
            state[part] = {str(k): v for k, v in raw[part].items() if isinstance(v, (str, int))}
    state["safe_word_suggested"] = bool(raw.get("safe_word_suggested"))
    return state


class Checkup:
    """One member's checkup run: where it is, what each step found, and the moves between steps.

    Every change is saved at once. Use :meth:`start` to begin or resume.
    """

    def __init__(self, hearth: Hearth, run_id: int, member_id: int, state: dict[str, Any], *,
                 status: str = "in_progress", clock: Clock = utc_now) -> None:
        self.hearth = hearth
        self.run_id = run_id
        self.member_id = member_id
        self.state = state
        self.status = status
        self.clock = clock
        self.findings = FindingsStore(hearth)

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def start(cls, hearth: Hearth, member_id: int, *, clock: Clock = utc_now, fresh: bool = False) -> Checkup:
        """Resume the member's unfinished checkup, or begin a new one."""
        hearth.members.get(member_id)  # NotFound in plain words
        if not fresh:
            existing = cls.unfinished(hearth, member_id, clock=clock)
            if existing is not None:
                return existing
        state = _new_state()
        # Carry the person's earlier answers over, so a re-check only asks them to confirm.
        with hearth.database.read() as db:
            row = db.execute(
                "select state from checkup_runs where member_id = ? order by id desc limit 1", [member_id]
            ).fetchone()
        if row is not None:
            try:
                state["answers"] = _clean_state(json.loads(row[0] or "{}"))["answers"]
            except ValueError:
                pass
        try:
            with hearth.database.transaction() as db:
                db.execute(
                    "insert into checkup_runs (member_id, started_at, status, state) values (?, ?, 'in_progress', ?)",
                    [member_id, _iso(clock()), json.dumps(state)],
                )
                run_id = db.execute("select last_insert_rowid()").fetchone()[0]
        except sqlite3.IntegrityError as exc:
            raise NotFound(N_("That member is no longer in the household.")) from exc
        return cls(hearth, run_id, member_id, state, clock=clock)

    @classmethod
    def unfinished(cls, hearth: Hearth, member_id: int, *, clock: Clock = utc_now) -> Checkup | None:
        with hearth.database.read() as db:
            row = db.execute(
                "select id, state from checkup_runs where member_id = ? and status = 'in_progress' "
                "order by id desc limit 1",
                [member_id],
            ).fetchone()
        if row is None:
            return None
        try:
            raw = json.loads(row[1] or "{}")
        except ValueError:
            raw = {}
        return cls(hearth, row[0], member_id, _clean_state(raw), clock=clock)

    @classmethod
    def to_show(cls, hearth: Hearth, member_id: int, *, clock: Clock = utc_now) -> Checkup | None:
        """The checkup a member's page opens on: the unfinished one, else the last finished one
        (its results and the current to-do list), else None (the member never had one)."""
        found = cls.unfinished(hearth, member_id, clock=clock)
        if found is not None:
            return found
        with hearth.database.read() as db:
            row = db.execute(
                "select id from checkup_runs where member_id = ? and status = 'finished' order by id desc limit 1",
                [member_id],
            ).fetchone()
        return None if row is None else cls.load(hearth, row[0], clock=clock)

    @classmethod
    def load(cls, hearth: Hearth, run_id: int, *, clock: Clock = utc_now) -> Checkup:
        with hearth.database.read() as db:
            row = db.execute("select member_id, state, status from checkup_runs where id = ?", [run_id]).fetchone()
        if row is None:
            raise NotFound(N_("That checkup is no longer stored."))
        try:
            raw = json.loads(row[1] or "{}")
        except ValueError:
            raw = {}
        return cls(hearth, run_id, row[0], _clean_state(raw), status=row[2], clock=clock)

    # -- where we are ----------------------------------------------------------------------

    @property
    def member(self) -> Any:
        return self.hearth.members.get(self.member_id)

    @property
    def position(self) -> int:
        return int(self.state["position"])

    @property
    def at_summary(self) -> bool:
        return self.position >= len(STEPS)

    @property
    def current(self) -> StepDef | None:
        return None if self.at_summary else STEPS[self.position]

    def step_status(self, key: str) -> str:
        return str(self.state["steps"][key]["status"])

    def steps(self) -> list[StepView]:
        out = []
        for step in STEPS:
            s = self.state["steps"][step.key]
            out.append(StepView(step.key, step.title, step.intro, step.kind, s["status"], s["message"], s["found"]))
        return out

    def progress(self) -> tuple[int, int]:
        """(steps settled, steps in all): settled means done, skipped or not available."""
        settled = sum(1 for s in self.state["steps"].values() if s["status"] in (DONE, SKIPPED, UNAVAILABLE))
        return settled, len(STEPS)

    # -- moving ----------------------------------------------------------------------------

    def _save(self) -> None:
        score = self.score().value
        try:
            with self.hearth.database.transaction() as db:
                cur = db.execute(
                    "update checkup_runs set state = ?, status = ?, score = ? where id = ?",
                    [json.dumps(self.state, ensure_ascii=False), self.status, score, self.run_id],
                )
                if cur.rowcount == 0:
                    raise NotFound(N_("This checkup is no longer stored (was the member removed?)."))
        except sqlite3.IntegrityError as exc:
            raise NotFound(N_("That member is no longer in the household.")) from exc

    def _set(self, key: str, status: str, message: str = "", found: int | None = None) -> None:
        entry = self.state["steps"][key]
        entry["status"] = status
        entry["message"] = message
        if found is not None:
            entry["found"] = found

    def next(self) -> StepDef | None:
        """Move forward one step (to the summary after the last)."""
        self.state["position"] = min(self.position + 1, len(STEPS))
        self._save()
        return self.current

    def back(self) -> StepDef | None:
        self.state["position"] = max(self.position - 1, 0)
        self._save()
        return self.current

    def go_to(self, key: str) -> StepDef:
        self.state["position"] = STEP_KEYS.index(key)
        self._save()
        return STEPS[self.position]

    def skip(self) -> StepDef | None:
        """Skip the current step (it can be done later) and move on."""
        step = self.current
        if step is not None and self.step_status(step.key) != DONE:
            self._set(step.key, SKIPPED, N_("You skipped this step. You can come back to it any time."))
        return self.next()

    # -- automatic steps -------------------------------------------------------------------

    def availability(self, key: str | None = None) -> Availability:
        step = step_def(key) if key else self.current
        if step is None:
            return Availability(False, "")
        return availability(step)

    def run_step(
        self,
        key: str | None = None,
        cancel: CancelToken | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> StepOutcome:
        """Run an automatic step (the current one by default). Safe to call from a worker thread."""
        step = step_def(key) if key else self.current
        if step is None or step.kind != AUTO:
            raise InvalidInput(N_("This step has questions to answer rather than checks to run."))
        avail = availability(step)
        if not avail.available:
            self._set(step.key, UNAVAILABLE, avail.message, 0)
            self._save()
            return StepOutcome(step.key, UNAVAILABLE, avail.message)
        member = self.member
        self._set(step.key, PENDING, N_("Running…"))
        try:
            found = run_auto_step(self.hearth, member, step, self.clock(), cancel, progress)
            if cancel is not None:
                cancel.raise_if_cancelled()  # stopped after the last check: keep nothing
        except Cancelled:
            self._set(step.key, CANCELLED, N_("You stopped this step. Nothing it found so far was saved; run it "
                                              "again when you are ready."))
            self._save()
            return StepOutcome(step.key, CANCELLED, self.state["steps"][step.key]["message"])
        except NotFound:
            raise
        except UserFacingError as exc:
            message = f"{exc.message} {exc.hint}".strip()
            self._set(step.key, FAILED, message)
            self._save()
            return StepOutcome(step.key, FAILED, message)
        except Exception:  # noqa: BLE001 - one broken area must not end the checkup
            log.exception("checkup step %s failed", step.key)
            message = N_(
                "Something went wrong in this step, so it was not finished. The rest of the checkup still works."
            )
            self._set(step.key, FAILED, message)
            self._save()
            return StepOutcome(step.key, FAILED, message)
        self.findings.record(self.member_id, self.run_id, step.key, found, self.clock())
        message = _found_message(len(found))
        self._set(step.key, DONE, message, len(found))
        self._save()
        return StepOutcome(step.key, DONE, message, tuple(found))

    # -- questions -------------------------------------------------------------------------

    @staticmethod
    def questions(key: str = "recovery") -> tuple[Question, ...]:
        if key != "recovery":
            raise KeyError(key)
        return RECOVERY_QUESTIONS

    def answer(self, answers: Mapping[str, str], key: str = "recovery") -> StepOutcome:
        """Record yes / no / unsure answers; "no" and "not sure" become findings."""
        qs = {q.id: q for q in self.questions(key)}
        clean: dict[str, str] = {}
        for qid, value in answers.items():
            if qid not in qs:
                raise InvalidInput(N_(f"There is no question {qid!r} in this step."))
            value = str(value).strip().lower()
            if value not in ANSWERS:
                raise InvalidInput(N_("Please answer yes, no or not sure."))
            clean[qid] = value
        for qid, value in clean.items():
            self.state["answers"][f"{key}.{qid}"] = value
        answered = {qid: self.state["answers"].get(f"{key}.{qid}") for qid in qs}
        found = [f for qid, a in answered.items() if a for f in [_question_finding(qs[qid], a)] if f]
        self.findings.record(
            self.member_id,
            self.run_id,
            key,
            found,
            self.clock(),
            only_check_ids=[f"{key}.{qid}" for qid, a in answered.items() if a],
        )
        missing = [qid for qid, a in answered.items() if not a]
        status = DONE if not missing else PENDING
        message = _found_message(len(found)) if not missing else _missing_message(len(missing))
        self._set(key, status, message, len(found))
        self._save()
        return StepOutcome(key, status, message, tuple(found))

    # -- quiz and safe word ----------------------------------------------------------------

    @staticmethod
    def quiz() -> tuple[QuizQuestion, ...]:
        return load_quiz()

    def quiz_answer(self, question_id: str, choice: int) -> QuizFeedback:
        quiz = {q.id: q for q in load_quiz()}
        q = quiz.get(question_id)
        if q is None:
            raise InvalidInput(N_("That question is not in the quiz."))
        if not isinstance(choice, int) or not 0 <= choice < len(q.choices):
            raise InvalidInput(N_("Please pick one of the answers."))
        self.state["quiz"][question_id] = choice
        self._settle_scam_step(quiz)
        return QuizFeedback(question_id, choice == q.answer, q.choices[q.answer], q.explain)

    def safe_word_answer(self, answer: str) -> StepOutcome:
        """Record whether the family has a safe word (the word itself is never stored)."""
        answer = str(answer).strip().lower()
        if answer not in ANSWERS:
            raise InvalidInput(N_("Please answer yes, no or not sure."))
        self.state["answers"]["scam.safe_word"] = answer
        return self._settle_scam_step({q.id: q for q in load_quiz()})

    def suggest_safe_word(self) -> str:
        word = suggest_safe_word(self.member.personal_words)
        self.state["safe_word_suggested"] = True
        self._save()
        return word

    def _settle_scam_step(self, quiz: Mapping[str, QuizQuestion]) -> StepOutcome:
        found: list[Finding] = []
        answered_ids = []
        for qid, q in quiz.items():
            if qid not in self.state["quiz"]:
                continue
            answered_ids.append(f"scam.quiz.{qid}")
            if self.state["quiz"][qid] != q.answer:
                found.append(
                    Finding(
                        check_id=f"scam.quiz.{qid}",
                        subject=Subject.MEMBER,
                        severity=Severity.LOW,
                        title=_quiz_title(q),
                        why=q.explain,
                        fix=q.fix,
                        evidence=(N_("quiz answer"),),
                        effort_minutes=q.effort_minutes,
                    )
                )
        sw = self.state["answers"].get("scam.safe_word")
        if sw:
            answered_ids.append("scam.safe_word")
            f = _question_finding(SAFE_WORD_QUESTION, sw)
            if f is not None:
                found.append(dataclasses.replace(f, check_id="scam.safe_word"))
        self.findings.record(self.member_id, self.run_id, "scam", found, self.clock(), only_check_ids=answered_ids)
        complete = all(qid in self.state["quiz"] for qid in quiz) and bool(sw)
        status = DONE if complete else PENDING
        self._set("scam", status, _found_message(len(found)) if complete else N_("Some questions still to answer."),
                  len(found))
        self._save()
        return StepOutcome("scam", status, self.state["steps"]["scam"]["message"], tuple(found))

    # -- the end ---------------------------------------------------------------------------

    def score(self) -> Score:
        return member_score(self.hearth, self.member_id)

    def finish(self) -> Score:
        """End the checkup: saves the time and the score (a point in the member's history)."""
        self.state["position"] = len(STEPS)
        self.status = "finished"
        score = self.score()
        try:
            with self.hearth.database.transaction() as db:
                cur = db.execute(
                    "update checkup_runs set state = ?, status = 'finished', score = ?, finished_at = ? where id = ?",
                    [json.dumps(self.state, ensure_ascii=False), score.value, _iso(self.clock()), self.run_id],
                )
                if cur.rowcount == 0:
                    raise NotFound(N_("This checkup is no longer stored (was the member removed?)."))
        except sqlite3.IntegrityError as exc:
            raise NotFound(N_("That member is no longer in the household.")) from exc
        return score

    def run_automatic(
        self, cancel: CancelToken | None = None, progress: Callable[[int, int, str], None] | None = None
    ) -> list[StepOutcome]:
        """Run every automatic step in turn (for ``hearth checkup run``); question steps are left as they are."""
        outcomes = []
        autos = [s for s in STEPS if s.kind == AUTO]
        for i, step in enumerate(autos):
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                progress(i, len(autos), step.title)
            outcomes.append(self.run_step(step.key, cancel=cancel))
        if progress is not None:
            progress(len(autos), len(autos), N_("Done"))
        return outcomes


def _found_message(n: int) -> str:
    if n == 0:
        return N_("Nothing to do here for now.")
    return N_("1 thing to look at.") if n == 1 else N_(f"{n} things to look at.")


def _missing_message(n: int) -> str:
    return N_(f"{n} question still to answer.") if n == 1 else N_(f"{n} questions still to answer.")


#: The title of a finding made from a wrong quiz answer, by question id: a short name of the
#: trick, so that it can be translated (the fallback cuts the question's first sentence).
QUIZ_TITLES = {
    "grandchild_call": N_("Learn this scam trick: the panicked call from a grandchild who needs money"),
    "bank_code": N_("Learn this scam trick: the \"bank\" caller who asks for your code"),
    "tech_support_popup": N_("Learn this scam trick: the fake virus warning with a phone number"),
    "gift_cards": N_("Learn this scam trick: being told to pay with gift cards"),
    "delivery_text": N_("Learn this scam trick: the fake delivery text that asks for a fee"),
}


def _quiz_title(q: QuizQuestion) -> str:
    title = QUIZ_TITLES.get(q.id)
    if title is not None:
        return title
    trick = _short(q.question)
    return N_(f"Learn this scam trick: {trick}")


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    first = text.split(". ")[0].rstrip(".?")
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------------------------------------
# per-member and household views


def has_checkup(hearth: Hearth, member_id: int) -> bool:
    with hearth.database.read() as db:
        return db.execute("select 1 from checkup_runs where member_id = ? limit 1", [member_id]).fetchone() is not None


def member_score(hearth: Hearth, member_id: int) -> Score:
    with hearth.database.read() as db:
        rows = db.execute(
            "select id, source, severity from findings where member_id = ? and status = 'open'", [member_id]
        ).fetchall()
    return compute_score((r[0], r[1] or "", r[2]) for r in rows)


def todo(hearth: Hearth, member_id: int, limit: int | None = None) -> list[StoredFinding]:
    items = todo_order(FindingsStore(hearth).list(member_id, OPEN))
    return items if limit is None else items[:limit]


def mark_fixed(
    hearth: Hearth,
    finding_id: int,
    *,
    clock: Clock = utc_now,
    cancel: CancelToken | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> FixOutcome:
    """Confirm a fix by re-running the finding's step; answered questions are taken at the person's word."""
    store = FindingsStore(hearth)
    finding = store.get(finding_id)
    if finding.status == FIXED:
        return FixOutcome(finding, True, N_("This was already marked fixed."))
    try:
        step = step_def(finding.source)
    except KeyError:
        step = None
    if step is None or step.kind != AUTO:
        done = store.set_fixed(finding_id, clock())
        return FixOutcome(done, True, N_("Marked fixed. Well done!"))
    if not availability(step).available:
        done = store.set_fixed(finding_id, clock())
        return FixOutcome(done, False, N_("Marked fixed on your word: Hearth cannot re-check this part yet."))
    member = hearth.members.get(finding.member_id)
    found = run_auto_step(hearth, member, step, clock(), cancel, progress)
    store.record(finding.member_id, finding.run_id, step.key, found, clock())
    after = store.get(finding_id)
    if after.status == OPEN:
        return FixOutcome(
            after,
            False,
            N_(
                "Hearth checked again and still sees this. Have another look at the steps, or dismiss it with a "
                "reason if it does not apply to you."
            ),
        )
    return FixOutcome(after, True, N_("Checked again: fixed. Well done!"))


@dataclasses.dataclass(frozen=True)
class RunPoint:
    run_id: int
    finished_at: dt.datetime
    score: int


def history(hearth: Hearth, member_id: int, limit: int = 50) -> list[RunPoint]:
    """Finished checkups of a member, oldest first."""
    with hearth.database.read() as db:
        rows = db.execute(
            "select id, finished_at, score from checkup_runs where member_id = ? and status = 'finished' "
            "and score is not null order by finished_at desc, id desc limit ?",
            [member_id, limit],
        ).fetchall()
    out = []
    for rid, finished, score in reversed(rows):
        when = parse_time(finished)
        if when is not None:
            out.append(RunPoint(rid, when, int(score)))
    return out


def interval_days(hearth: Hearth) -> int:
    return int(hearth.settings.get(CHECKUP_INTERVAL))


def next_due(hearth: Hearth, member_id: int, now: dt.datetime | None = None) -> dt.datetime:
    """When the member's next checkup is due: the last finished one + the interval; now if never.

    A last checkup dated in the future (the clock jumped back) is not trusted: it is due now.
    """
    now = now or utc_now()
    with hearth.database.read() as db:
        row = db.execute(
            "select max(finished_at) from checkup_runs where member_id = ? and status = 'finished'", [member_id]
        ).fetchone()
    last = parse_time(row[0] if row else None)
    if last is None or last > now + dt.timedelta(days=1):
        return now
    return last + dt.timedelta(days=interval_days(hearth))


@dataclasses.dataclass(frozen=True)
class DueMember:
    member_id: int
    name: str
    due: dt.datetime
    never: bool


def due_members(hearth: Hearth, now: dt.datetime | None = None) -> list[DueMember]:
    now = now or utc_now()
    out = []
    for m in hearth.members.list():
        due = next_due(hearth, m.id, now)
        if due <= now:
            out.append(DueMember(m.id, m.name, due, not has_checkup(hearth, m.id)))
    return out


@dataclasses.dataclass(frozen=True)
class MemberCard:
    member_id: int
    name: str
    role: str
    score: int | None
    trend: int | None  # change since the previous finished checkup
    open_count: int
    top_action: str
    next_due: dt.datetime
    due_now: bool


@dataclasses.dataclass(frozen=True)
class ScamCheckRow:
    at: str
    member: str
    kind: str
    verdict: str
    excerpt: str


@dataclasses.dataclass(frozen=True)
class HouseholdSummary:
    score: int | None
    members: tuple[MemberCard, ...]
    recent_scam_checks: tuple[ScamCheckRow, ...]


def household_summary(hearth: Hearth, now: dt.datetime | None = None, scam_limit: int = 5) -> HouseholdSummary:
    """Everything the Home dashboard shows, in a few indexed queries (fast with thousands of findings)."""
    now = now or utc_now()
    members = hearth.members.list()
    interval = dt.timedelta(days=interval_days(hearth))
    counts: dict[int, list[tuple[str, int, int]]] = {}
    # Plain SQL (Database.sql): the Home page calls this at start-up, and the sqlite-utils
    # wrapper behind Database.read() costs ~0.1 s to import.
    with hearth.database.sql() as db:
        for mid, source, sev, n in db.execute(
            "select member_id, source, severity, count(*) from findings where status = 'open' "
            "group by member_id, source, severity"
        ).fetchall():
            counts.setdefault(mid, []).append((source or "", int(sev), int(n)))
        runs: dict[int, list[tuple[str | None, int | None]]] = {}
        for mid, finished, score in db.execute(
            "select member_id, finished_at, score from checkup_runs where status = 'finished' and score is not null "
            "order by member_id, finished_at desc, id desc"
        ).fetchall():
            runs.setdefault(mid, []).append((finished, score))
        checked = {r[0] for r in db.execute("select distinct member_id from checkup_runs").fetchall()}
        tops: dict[int, str] = {}
        for m in members:
            row = db.execute(
                "select title from findings where member_id = ? and status = 'open' "
                "order by severity desc, effort_minutes, first_seen, id limit 1",
                [m.id],
            ).fetchone()
            if row:
                tops[m.id] = row[0]
        scams = db.execute(
            "select s.at, coalesce(m.name, ''), s.kind, s.verdict, s.excerpt from scam_checks s "
            "left join members m on m.id = s.member_id order by s.at desc, s.id desc limit ?",
            [scam_limit],
        ).fetchall()
    cards = []
    for m in members:
        score = score_from_counts(counts.get(m.id, [])) if (m.id in checked or m.id in counts) else None
        finished = runs.get(m.id, [])
        trend = int(finished[0][1]) - int(finished[1][1]) if len(finished) >= 2 else None
        last = parse_time(finished[0][0]) if finished else None
        due = now if last is None or last > now + dt.timedelta(days=1) else last + interval
        cards.append(
            MemberCard(
                m.id,
                m.name,
                m.role,
                score,
                trend,
                sum(n for _, _, n in counts.get(m.id, [])),
                tops.get(m.id, ""),
                due,
                due <= now,
            )
        )
    scored = [c.score for c in cards if c.score is not None]
    household = round(sum(scored) / len(scored)) if scored else None
    return HouseholdSummary(
        household,
        tuple(cards),
        tuple(ScamCheckRow(*r) for r in scams),
    )
