"""Caregiver mode: a member cared for by another member, with consent the member can withdraw.

A link (``care_links``, migration 5) records who cares for whom, what the caregiver may see
(the *scopes*: findings, scam history, reports) and when the member agreed. Withdrawing keeps
the row (so the member can see the history of what they agreed to) but ends the access.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput, NotFound
from app.storage.repos import now_iso
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth

SCOPES = ("findings", "scam_history", "reports")
SCOPE_LABELS = {
    "findings": N_("the checkup results and to-do list"),
    "scam_history": N_("the scam checks they ran"),
    "reports": N_("printable reports"),
}
#: The same labels joined, one text per choice of several, so that a translation can be found for
#: each (in the order of SCOPES).
_SCOPES_JOINED = {
    ("findings", "scam_history"): N_("the checkup results and to-do list, the scam checks they ran"),
    ("findings", "reports"): N_("the checkup results and to-do list, printable reports"),
    ("scam_history", "reports"): N_("the scam checks they ran, printable reports"),
    ("findings", "scam_history", "reports"): N_(
        "the checkup results and to-do list, the scam checks they ran, printable reports"
    ),
}


def scopes_text(scopes: Iterable[str]) -> str:
    """What a caregiver may see, in words ("the scam checks they ran, printable reports")."""
    chosen = tuple(s for s in SCOPES if s in set(scopes))
    if not chosen:
        return N_("nothing")
    if len(chosen) == 1:
        return SCOPE_LABELS[chosen[0]]
    return _SCOPES_JOINED[chosen]


@dataclasses.dataclass(frozen=True)
class CareLink:
    id: int
    member_id: int
    member_name: str
    caregiver_id: int
    caregiver_name: str
    scopes: tuple[str, ...]
    consent_at: str
    withdrawn_at: str | None
    note: str

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None

    @property
    def consent_sentence(self) -> str:
        member, carer, agreed = self.member_name, self.caregiver_name, _day(self.consent_at)
        what = scopes_text(self.scopes)
        if self.withdrawn_at is None:
            return N_("{member} agreed on {agreed} that {carer} may see {what}, and can withdraw this at any time.",
                      member=member, agreed=agreed, carer=carer, what=what)
        return N_("{member} agreed on {agreed} that {carer} may see {what}, and withdrew it on {withdrawn}.",
                  member=member, agreed=agreed, carer=carer, what=what, withdrawn=_day(self.withdrawn_at))


def _day(stamp: str) -> dt.date | str:
    """The day of an ISO time stamp (shown in the reader's form), or the text itself if it is not one."""
    try:
        return dt.date.fromisoformat(stamp[:10])
    except ValueError:
        return stamp


class CareLinks:
    def __init__(self, hearth: Hearth) -> None:
        self._links = hearth.care_links
        self._members = hearth.members

    def _rows(self, *, member_id: int | None = None, caregiver_id: int | None = None) -> list[CareLink]:
        return [
            CareLink(r[0], r[1], r[2], r[3], r[4], tuple(s for s in json.loads(r[5] or "[]") if s in SCOPES),
                     r[6], r[7], r[8] or "")
            for r in self._links.rows(member_id=member_id, caregiver_id=caregiver_id)
        ]

    def grant(self, member_id: int, caregiver_id: int, scopes: Iterable[str] = SCOPES, note: str = "") -> CareLink:
        """Record the member's consent that ``caregiver_id`` may see ``scopes``."""
        scopes = tuple(dict.fromkeys(scopes))
        bad = [s for s in scopes if s not in SCOPES]
        if bad or not scopes:
            raise InvalidInput(N_("Choose what the caregiver may see: findings, scam history and/or reports."))
        if member_id == caregiver_id:
            raise InvalidInput(N_("A person cannot be their own caregiver."))
        member = self._members.get(member_id)
        self._members.get(caregiver_id)
        note = " ".join((note or "").split())[:200]
        self._links.upsert(member.id, caregiver_id, json.dumps(list(scopes)), now_iso(), note)
        return self.link(member_id, caregiver_id)

    def withdraw(self, member_id: int, caregiver_id: int) -> CareLink:
        if not self._links.withdraw(member_id, caregiver_id, now_iso()):
            raise NotFound(N_("There is no consent to withdraw for that caregiver."))
        return self.link(member_id, caregiver_id)

    def link(self, member_id: int, caregiver_id: int) -> CareLink:
        found = self._rows(member_id=member_id, caregiver_id=caregiver_id)
        if not found:
            raise NotFound(N_("There is no caregiver link between those two people."))
        return found[0]

    def caregivers_of(self, member_id: int, *, include_withdrawn: bool = False) -> list[CareLink]:
        links = self._rows(member_id=member_id)
        return links if include_withdrawn else [lk for lk in links if lk.active]

    def cared_for_by(self, caregiver_id: int) -> list[CareLink]:
        return [lk for lk in self._rows(caregiver_id=caregiver_id) if lk.active]

    def can_see(self, caregiver_id: int, member_id: int, scope: str) -> bool:
        """True for the member themself, or for a caregiver with active consent for that scope."""
        if caregiver_id == member_id:
            return True
        return any(lk.active and scope in lk.scopes for lk in self._rows(member_id=member_id, caregiver_id=caregiver_id))


@dataclasses.dataclass(frozen=True)
class CaredForView:
    """What a caregiver may see about one person they look after (only the consented parts)."""

    link: CareLink
    score: int | None
    todo: tuple[Any, ...]  # app.checkup.StoredFinding, when "findings" is consented
    scam_checks: tuple[tuple[str, str, str, str], ...]  # (at, kind, verdict, redacted excerpt), when consented
    can_report: bool


def scam_history(hearth: Hearth, member_id: int, limit: int = 20) -> list[tuple[str, str, str, str]]:
    """The member's recent scam checks: (at, kind, verdict as shown, excerpt). Excerpts are stored redacted. The
    verdict is app.scam.shown_verdict's: "warning_signs" for a likely-fine check that listed red flags."""
    return [(r.at, r.kind, r.shown_verdict, r.excerpt) for r in hearth.scam_checks.list(member_id, limit)]


def caregiver_view(hearth: Hearth, caregiver_id: int) -> list[CaredForView]:
    """Everything a caregiver may see, per person they look after, limited to that person's consent."""
    from app import checkup as C

    out = []
    for link in CareLinks(hearth).cared_for_by(caregiver_id):
        findings = "findings" in link.scopes
        score = None
        todo: tuple[Any, ...] = ()
        if findings and C.has_checkup(hearth, link.member_id):
            score = C.member_score(hearth, link.member_id).shown  # None until something was checked
            todo = tuple(C.todo(hearth, link.member_id))
        scams = tuple(scam_history(hearth, link.member_id)) if "scam_history" in link.scopes else ()
        out.append(CaredForView(link, score, todo, scams, "reports" in link.scopes))
    return out
