"""Per-member and household views: scores with their coverage, the to-do list, history, who is due."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from app import settings as S
from app.checkup.run import _load
from app.checkup.score import Coverage, Score, compute_score, coverage_of, score_from_counts, todo_order
from app.checkup.steps import parse_time, utc_now
from app.checkup.store import OPEN, FindingsStore, StoredFinding

if TYPE_CHECKING:
    from app.core import Hearth

CHECKUP_INTERVAL = S.CHECKUP_INTERVAL  # declared in app/settings.py


def has_checkup(hearth: Hearth, member_id: int) -> bool:
    """Whether the member finished a checkup (an unfinished one, or a business-audit answer, is not one)."""
    return hearth.checkup_runs.has_finished(member_id)


def last_coverage(hearth: Hearth, member_id: int) -> Coverage | None:
    """The coverage of the member's last finished checkup, or None (never finished one)."""
    row = hearth.checkup_runs.last_finished(member_id)
    return None if row is None else coverage_of(_load(row[2])["steps"])


def member_score(hearth: Hearth, member_id: int) -> Score:
    """The member's score now (from the open findings), with the coverage of their last finished checkup.

    ``Score.shown`` is None until a checkup of theirs finished with at least one area checked."""
    score = compute_score(hearth.findings.open_items(member_id))
    return dataclasses.replace(score, coverage=last_coverage(hearth, member_id))


def todo(hearth: Hearth, member_id: int, limit: int | None = None) -> list[StoredFinding]:
    items = todo_order(FindingsStore(hearth).list(member_id, OPEN))
    return items if limit is None else items[:limit]


@dataclasses.dataclass(frozen=True)
class RunPoint:
    run_id: int
    finished_at: dt.datetime
    score: int


def history(hearth: Hearth, member_id: int, limit: int = 50) -> list[RunPoint]:
    """Finished checkups of a member that have a score, oldest first."""
    out = []
    for rid, finished, score in reversed(hearth.checkup_runs.finished_scores(member_id, limit)):
        when = parse_time(finished)
        if when is not None:
            out.append(RunPoint(rid, when, score))
    return out


def interval_days(hearth: Hearth) -> int:
    return int(hearth.settings.get(CHECKUP_INTERVAL))


def next_due(hearth: Hearth, member_id: int, now: dt.datetime | None = None) -> dt.datetime:
    """When the member's next checkup is due: the last finished one + the interval; now if never.

    A last checkup dated in the future (the clock jumped back) is not trusted: it is due now.
    """
    now = now or utc_now()
    last = parse_time(hearth.checkup_runs.last_finished_at(member_id))
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
    score: int | None  # None until a checkup of theirs finished with something checked
    trend: int | None  # change since the previous finished checkup
    open_count: int
    top_action: str
    next_due: dt.datetime
    due_now: bool
    coverage: Coverage | None = None  # of the last finished checkup


@dataclasses.dataclass(frozen=True)
class ScamCheckRow:
    at: str
    member: str
    kind: str
    verdict: str  # as shown: app.scam.shown_verdict ("warning_signs" for "likely_safe" with red flags listed)
    excerpt: str


@dataclasses.dataclass(frozen=True)
class HouseholdSummary:
    score: int | None
    members: tuple[MemberCard, ...]
    recent_scam_checks: tuple[ScamCheckRow, ...]


def household_summary(hearth: Hearth, now: dt.datetime | None = None, scam_limit: int = 5) -> HouseholdSummary:
    """Everything the Home dashboard shows, in a few indexed queries (fast with thousands of findings).

    A member's score shows only once a checkup of theirs finished and checked at least one area: an
    answer in the business self-audit, or a checkup left half-way, gives no score."""
    now = now or utc_now()
    members = hearth.members.list()
    interval = dt.timedelta(days=interval_days(hearth))
    counts = hearth.findings.open_counts()
    runs = hearth.checkup_runs.finished_by_member()
    names = {m.id: m.name for m in members}
    scams = [
        ScamCheckRow(r.at, names.get(r.member_id, "") if r.member_id is not None else "", r.kind, r.shown_verdict,
                     r.excerpt)
        for r in hearth.scam_checks.list(limit=scam_limit)
    ]
    cards = []
    for m in members:
        finished = runs.get(m.id, [])
        coverage = coverage_of(_load(finished[0][2])["steps"]) if finished else None
        score = score_from_counts(counts.get(m.id, [])) if coverage is not None and coverage.checked else None
        scored = [s for _, s, _ in finished if s is not None]
        trend = int(scored[0]) - int(scored[1]) if score is not None and len(scored) >= 2 else None
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
                hearth.findings.top_title(m.id),
                due,
                due <= now,
                coverage,
            )
        )
    scored_cards = [c.score for c in cards if c.score is not None]
    household = round(sum(scored_cards) / len(scored_cards)) if scored_cards else None
    return HouseholdSummary(household, tuple(cards), tuple(scams))
