"""Presenters shared by the window and the command line, so both show the same thing the same way.

- Network and device items: one risk order (risky first, then attention, couldn't check, good),
  stable within a status so the probes' own order is kept, and one word per status.
- The checkup summary: each step's one outcome (with a symbol, never colour alone), how many things
  it looked at, and the score with its coverage ("Score: 85 out of 100 (covers 3 of 7 areas)"), or why
  there is no score. The Checkup page, Home, ``hearth checkup run`` and the reports all use it.
- The 2FA look-up result (:func:`lookup_view`) and the scam-check result (:func:`scam_view`):
  which lines are shown, in which order, with which words.

Presenters decide and word; the front-ends translate and lay out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from checks.i18n import N_, NP_, Msg, listed
from checks.network import Item, Status

if TYPE_CHECKING:
    from app.checkup import Checkup, Coverage
    from app.scam import ScamResult
    from checks.twofa import LookupResult

#: lower comes first
RISK_ORDER: dict[Status, int] = {Status.RISKY: 0, Status.ATTENTION: 1, Status.UNKNOWN: 2, Status.GOOD: 3}
ICONS: dict[Status, str] = {Status.GOOD: "✔", Status.ATTENTION: "⚠", Status.RISKY: "✖", Status.UNKNOWN: "?"}
#: one word per status, beside every icon (the window shows the same through ui.i18n.word)
STATUS_WORDS: dict[Status, Msg] = {
    Status.GOOD: N_("Good"), Status.ATTENTION: N_("Needs attention"), Status.RISKY: N_("Risky"),
    Status.UNKNOWN: N_("Couldn't check"),
}


def in_risk_order(items: Iterable[Item]) -> list[Item]:
    """The items, most urgent first (stable: equal statuses keep their order)."""
    return sorted(items, key=lambda i: RISK_ORDER[i.status])


# ---------------------------------------------------------------------------------------------
# the checkup summary: one outcome per step, the score with its coverage (window, CLI, reports)

#: a symbol for each step outcome, shown beside its words (never by colour alone)
OUTCOME_ICONS: dict[str, str] = {
    "clean": "✔",
    "findings": "⚠",
    "nothing_to_check": "○",
    "couldnt_check": "?",
    "skipped": "↷",
    "needs_answers": "…",
}


@dataclasses.dataclass(frozen=True)
class StepLine:
    """One step of a checkup as every surface shows it."""

    key: str
    title: str
    outcome: str  # "" while the step has not been run
    outcome_label: str
    icon: str
    checked: int
    message: str
    details: tuple[str, ...]  # what could not be checked and why, then how to check by hand
    offer: str  # the page that adds what was missing ("accounts", "passwords") or ""
    status_label: str = ""  # where the wizard is with the step ("Not done yet"), for a step with no outcome yet

    def to_dict(self) -> dict[str, Any]:
        return {
            "step": self.key,
            "outcome": self.outcome or None,
            "checked": self.checked,
            "message": self.message,
            "details": list(self.details),
            "offer": self.offer or None,
        }


@dataclasses.dataclass(frozen=True)
class CheckupSummary:
    score: int | None  # None until something was checked
    coverage: Coverage | None
    score_text: str
    steps: tuple[StepLine, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "coverage": self.coverage.to_dict() if self.coverage is not None else None,
            "steps": [s.to_dict() for s in self.steps],
        }


NO_SCORE_YET = N_("No score yet: it comes when a checkup is finished.")
NO_SCORE_NOTHING_CHECKED = N_("No score: this checkup could not check any area yet.")


def score_text(score: int | None, coverage: Coverage | None) -> str:
    """The score line, "Score: 85 out of 100 (covers 3 of 7 areas)", or why there is no score."""
    if coverage is None:
        return NO_SCORE_YET
    if score is None or coverage.checked == 0:
        return NO_SCORE_NOTHING_CHECKED
    return N_("Score: {score} out of 100 ({coverage})", score=score, coverage=coverage.words)


def household_coverage(coverages: Iterable[Coverage | None]) -> Coverage | None:
    """What the household score covers: the areas checked in the last checkup of each member it
    counts, over all their areas ("covers 4 of 14 areas"); None when no one is counted."""
    from app.checkup import Coverage

    counted = [c for c in coverages if c is not None and c.checked]
    if not counted:
        return None
    return Coverage(sum(c.checked for c in counted), sum(c.of for c in counted))


def household_score_text(score: int, coverage: Coverage | None) -> str:
    """The household score with what it covers: "Household score: 85 out of 100 (covers 4 of 14 areas)"."""
    if coverage is None:
        return N_("Household score: {score} out of 100", score=score)
    return N_("Household score: {score} out of 100 ({coverage})", score=score, coverage=coverage.words)


#: The e-mail domain check's items as a person reads them first (plain words), with the technical name
#: for the small print after (the checks' own titles start with it: "SPF: which servers ...").
DOMAIN_ITEM_WORDS: dict[str, tuple[Msg, str]] = {
    "mx": (N_("Where e-mail to your business arrives"), "MX"),
    "spf": (N_("Which servers may send e-mail as your business"), "SPF"),
    "dkim": (N_("A hidden signature on every e-mail you send"), "DKIM"),
    "dmarc": (N_("What other e-mail services do with fakes of your e-mail"), "DMARC"),
    "mta_sts": (N_("E-mail sent to you stays private on the way"), "MTA-STS, TLS-RPT"),
}


def domain_item_words(item_id: str, title: str) -> tuple[str, str]:
    """An e-mail domain item's plain title and its technical name ("" when it has none); an item this
    table does not know keeps the check's own title."""
    plain, technical = DOMAIN_ITEM_WORDS.get(item_id, (title, ""))
    return plain, technical


def household_basis(members: Iterable[tuple[str, int | None]]) -> Msg | None:
    """Whom the household score counts, when it is not everyone: "Based on 2 of 3 people. Leo has no
    score yet: finish a checkup with them ... to count them in." ``members``: each member's name and score
    (None: not counted). None when everyone is counted, or no one is (then there is no score)."""
    members = list(members)
    missing = [name for name, score in members if score is None]
    counted = len(members) - len(missing)
    if not missing or not counted:
        return None
    based = NP_("Based on {counted} of {n} person.", "Based on {counted} of {n} people.", n=len(members),
                counted=counted)
    todo = NP_(
        "{names} has no score yet: finish a checkup with them (the button on their card below) to count "
        "them in.",
        "{names} have no score yet: finish a checkup with each of them (the button on their cards below) "
        "to count them in.",
        n=len(missing), names=listed(missing),
    )
    return based + " " + todo


def step_lines(checkup: Checkup) -> tuple[StepLine, ...]:
    from app.checkup import OUTCOME_LABELS

    return tuple(
        StepLine(v.key, v.title, v.outcome, OUTCOME_LABELS.get(v.outcome, ""), OUTCOME_ICONS.get(v.outcome, "·"),
                 v.checked, v.message, v.details, v.offer, v.status_label)
        for v in checkup.steps()
    )


def checkup_summary(checkup: Checkup) -> CheckupSummary:
    """The summary of one checkup: its steps' outcomes and the member's score with this checkup's coverage."""
    score = checkup.score()
    coverage = score.coverage
    shown = score.shown
    return CheckupSummary(shown, coverage, score_text(shown, coverage), step_lines(checkup))


def outcome_words(line: StepLine, translate: Any = str) -> str:
    """The outcome as a symbol and words ("✔ Checked: nothing to do"), or "·" for a step not run yet."""
    return f"{line.icon} {translate(line.outcome_label)}" if line.outcome else line.icon


def step_text(line: StepLine, translate: Any = str) -> str:
    """One line for plain text (CLI, PDF): "✔ Passwords: Checked: nothing to do. Hearth looked at …"."""
    label = translate(line.outcome_label if line.outcome else line.status_label) if (
        line.outcome or line.status_label) else ""
    head = f"{line.icon} {translate(line.title)}" + (f": {label}." if label else ":")
    return f"{head} {translate(line.message)}".rstrip()


# The 2FA look-up result: one set of lines and words for the Accounts page and `hearth twofa lookup`.
# The front-ends only translate (window: ui.i18n.guidance; CLI: app.i18n.translate) and lay them out.

#: the Passkeys Directory's levels, as words (JSON keeps the directory's own values)
PASSKEY_LEVELS: dict[str, Msg] = {"allowed": N_("allowed"), "required": N_("required")}


@dataclasses.dataclass(frozen=True)
class MethodLine:
    """One rung of the method ladder, strongest first."""

    label: str  # the method's name (a Msg from checks.twofa)
    tier_label: str
    trade_off: str
    offered: bool
    recommended: bool
    status: Msg  # "Offered" / "Not offered": words, so status is never shown by an icon alone


@dataclasses.dataclass(frozen=True)
class LookupView:
    """What a 2FA look-up result shows, in order. Texts are Msgs (translate them) or the directory's
    own data (site and app names, notes, addresses: shown as they are)."""

    title: str
    summary: str
    methods_heading: Msg | None
    methods: tuple[MethodLine, ...]
    recommended_word: Msg
    company_apps: Msg | None
    company_devices: Msg | None
    passkeys_heading: Msg
    passkeys: tuple[Msg, ...]  # what the Passkeys Directory says, or that it does not list the site
    passkey_notes: str
    links: tuple[tuple[Msg, str], ...]  # (what it is, http(s) address)
    note_heading: Msg
    note: str
    advice_heading: Msg
    advice: tuple[str, ...]
    related: Msg | None
    attribution: Msg


def _level(value: str) -> str:
    return PASSKEY_LEVELS.get(value, value)


def _web(url: str | None) -> bool:
    return bool(url) and str(url).lower().startswith(("https://", "http://"))


def lookup_view(result: LookupResult) -> LookupView:
    """The lines of a 2FA look-up result, the same for the window and the command line."""
    from app.twofa import ATTRIBUTION

    title = f"{result.name} ({result.matched_domain})" if result.name and result.matched_domain else (
        result.matched_domain or result.display_domain)
    listed = result.matched and bool(result.offered)
    methods = tuple(
        MethodLine(r.label, r.tier_label, r.trade_off, r.offered, r.recommended,
                   N_("Offered") if r.offered else N_("Not offered"))
        for r in result.ladder
    ) if listed else ()
    passkeys: list[Msg] = []
    passkey_guide = None
    if result.passkeys is not None:
        if result.passkeys.passwordless:
            passkeys.append(N_("You can sign in with a passkey instead of a password ({how}).",
                               how=_level(result.passkeys.passwordless)))
        if result.passkeys.mfa:
            passkeys.append(N_("A passkey can be the second step ({how}).", how=_level(result.passkeys.mfa)))
        passkey_guide = result.passkeys.documentation
    elif result.matched:
        passkeys.append(N_("The Passkeys Directory does not list this site."))
    links = tuple(
        (label, str(url)) for label, url in (
            (N_("How to turn on two-step verification"), result.documentation),
            (N_("If you are locked out"), result.recovery),
            (N_("How to set up a passkey"), passkey_guide),
        ) if _web(url)
    )
    related = None
    if result.related:
        names = ", ".join(f"{n or d} ({d})" for d, n in result.related[:8])
        related = N_("Listed sites under this address: {names}", names=names)
    return LookupView(
        title=title,
        summary=result.summary,
        methods_heading=N_("Ways to add a second step, strongest first:") if listed else None,
        methods=methods,
        recommended_word=N_("Hearth recommends this"),
        company_apps=N_("Company apps: {names}", names=", ".join(result.custom_software))
        if listed and result.custom_software else None,
        company_devices=N_("Company devices: {names}", names=", ".join(result.custom_hardware))
        if listed and result.custom_hardware else None,
        passkeys_heading=N_("Passkeys:"),
        passkeys=tuple(passkeys),
        passkey_notes=(result.passkeys.notes or "") if result.passkeys is not None else "",
        links=links,
        note_heading=N_("Note from the directory:"),
        note=result.notes or "",
        advice_heading=N_("What to do:"),
        advice=tuple(result.advice),
        related=related,
        attribution=ATTRIBUTION,
    )


# ---------------------------------------------------------------------------------------------
# The scam-check result: one set of lines for the Scam page and `hearth scam check`.

#: how much of the quoted evidence (what the person pasted) a red flag shows
EVIDENCE_CHARS = 80


@dataclasses.dataclass(frozen=True)
class ReasonLine:
    message: str  # a Msg: translate it
    evidence: str  # what the person pasted, shortened, shown as it is ("" when none)
    start: int
    end: int


@dataclasses.dataclass(frozen=True)
class ScamView:
    """What a scam-check result shows, in order (texts are Msgs unless said otherwise)."""

    verdict: str  # app.scam.VERDICT_WORDS, the same words on every surface
    score: Msg  # how sure Hearth is, in words (how_sure), not the raw number
    reasons_heading: Msg
    reasons: tuple[ReasonLine, ...]
    no_reasons: Msg | None  # said when there is no red flag: never "safe"
    advice_heading: Msg
    advice: tuple[str, ...]
    sources_heading: Msg
    sources: tuple[tuple[str, str], ...]  # (service's name, what it said)
    notes: tuple[Msg, ...]  # "Note: ..." lines
    offer_emergency: bool  # "I already clicked / paid / gave details" help
    shown_first: int = 0  # reasons[:shown_first] are shown first, the rest behind "Show all" (0: all)


def short_evidence(text: str, limit: int = EVIDENCE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: At most this many red flags are shown first; the others are behind "Show all" (issue 12 item 6).
SHOWN_FIRST = 5


#: How sure Hearth is, in words (issue 12 item 5: "how sure it is in words, not a raw number"). The score's lines
#: fall at 30 ("Be careful") and 60 ("Likely scam"); the raw number stays in ``hearth scam check --json``.
VERY_SURE_AT = 85
WORDING_LIKE_AT = 15


def how_sure(verdict: str, score: int, has_reasons: bool) -> Msg:
    """One sentence on how sure Hearth is, never "safe": a "No red flags found" that scored close to the line says
    so, instead of a bare number beside it."""
    if verdict == "scam":
        return N_("Hearth is very sure this is a scam.") if score >= VERY_SURE_AT else N_(
            "Hearth is fairly sure this is a scam.")
    if verdict == "suspicious":
        return N_("Hearth is not sure: parts of it look like a scam.")
    if verdict == "likely_safe":
        if has_reasons:
            return N_("Hearth is not sure: it saw a few warning signs, but not enough to call it a scam.")
        if score >= WORDING_LIKE_AT:
            return N_("Hearth is not sure: it found no red flag, but the wording is a little like some scams.")
        return N_("Nothing in it looks like a scam to Hearth.")
    return N_("Hearth could not tell.")


def scam_view(result: ScamResult) -> ScamView:
    """The lines of a scam-check result, the same for the window and the command line.

    Red flags come in the order they are shown: the analyser's first ones (strongest, without repeats),
    then what online services said (a listed link is strong evidence), then the analyser's others."""
    local = [r for r in result.reasons if r.source == "local"]
    online = [r for r in result.reasons if r.source != "local"]
    first = min(len(local), result.shown_first or SHOWN_FIRST)
    ordered = local[:first] + online + local[first:]
    return ScamView(
        verdict=result.verdict_words,
        score=how_sure(result.verdict, result.score, bool(result.reasons)),
        reasons_heading=N_("Red flags:"),
        reasons=tuple(ReasonLine(r.message, short_evidence(r.evidence) if r.evidence else "", r.start, r.end)
                      for r in ordered),
        shown_first=first + len(online) if len(ordered) > first + len(online) else 0,
        no_reasons=None if result.reasons else N_(
            "None found. That does not prove it is genuine: if in doubt, ask someone you trust."),
        advice_heading=N_("What to do now:"),
        advice=tuple(result.advice),
        sources_heading=N_("Online services:"),
        # kept as they are (not str()): a Msg keeps its template and parameters for translation
        sources=tuple((s.get("label") or s.get("service") or "", s.get("message") or "") for s in result.sources),
        notes=tuple(N_("Note: {note}", note=n) for n in result.notes),
        offer_emergency=result.verdict in ("scam", "suspicious"),
    )
