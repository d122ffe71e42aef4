"""The findings a member has, with their state (open, fixed, dismissed); the SQL is in app/storage/findings.py."""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from app.checkup.steps import _iso, step_def, utc_now
from app.errors import InvalidInput, NotFound
from app.storage.messages import load_list, load_text
from checks.base import Finding, Severity
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth

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
            step = step_def(self.source)
        except KeyError:
            step = None
        if step is not None and step.owns(self.check_id):
            return step.title
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
    """A member's findings and their states (through ``hearth.findings``)."""

    def __init__(self, hearth: Hearth) -> None:
        self._repo = hearth.findings

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
        self._repo.record(member_id, run_id, source, findings, _iso(now), only_check_ids=only_check_ids)

    def list(self, member_id: int, status: str | None = None) -> list[StoredFinding]:
        return [_stored(r) for r in self._repo.list(member_id, status)]

    def get(self, finding_id: int) -> StoredFinding:
        row = self._repo.get(finding_id)
        if row is None:
            raise NotFound(N_("That item is no longer in the list."))
        return _stored(row)

    def dismiss(self, finding_id: int, reason: str, now: dt.datetime | None = None) -> StoredFinding:
        reason = " ".join((reason or "").split())
        if not reason:
            raise InvalidInput(
                N_("Please say in a few words why you are dismissing this."),
                hint=N_("For example: \"I don't use this account any more\". It is kept with the item."),
            )
        if len(reason) > MAX_REASON:
            raise InvalidInput(N_("Please keep the reason to {limit} characters or fewer.", limit=MAX_REASON))
        self.get(finding_id)
        self._repo.set_status(finding_id, DISMISSED, _iso(now or utc_now()), reason)
        return self.get(finding_id)

    def reopen(self, finding_id: int) -> StoredFinding:
        self.get(finding_id)
        self._repo.set_status(finding_id, OPEN, None)
        return self.get(finding_id)

    def set_fixed(self, finding_id: int, now: dt.datetime) -> StoredFinding:
        self._repo.set_status(finding_id, FIXED, _iso(now))
        return self.get(finding_id)

    def open_by_member(self) -> dict[int, builtins.list[tuple[int, str, int]]]:
        """(id, source, severity) of every open finding, by member, in one query (for dashboards)."""
        return self._repo.open_by_member()
