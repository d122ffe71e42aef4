"""The score (transparent: every point lost is a visible finding), its coverage, and the to-do order."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from app.checkup.steps import CHECKED_OUTCOMES, COMMON_KEYS, STEP_KEYS
from app.checkup.store import StoredFinding
from checks.base import Severity
from checks.i18n import N_, Msg

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
    "medium 8, low 3, for your information 0. One area can lose at most {cap} points. Fixed and "
    "dismissed items lose no points. The score covers only the areas Hearth could check, and says how many. "
    "The household score is the average of the members who had a checkup.",
    cap=AREA_CAP,
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
    """``value`` is 100 minus the points the open findings cost; ``coverage`` says how many areas the
    checkup could really check (None when there was no checkup). Show no score when nothing was checked."""

    value: int
    lines: tuple[ScoreLine, ...]
    coverage: Coverage | None = None

    @property
    def shown(self) -> int | None:
        """The score to show: None until something was checked."""
        return self.value if self.coverage is not None and self.coverage.checked > 0 else None

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



@dataclasses.dataclass(frozen=True)
class Coverage:
    """How many of the checkup's areas (steps) were really checked (outcome clean or findings)."""

    checked: int
    of: int

    @property
    def words(self) -> Msg:
        # Two N_() forms: the guidance catalogue does not extract NP_() yet.
        if self.of == 1:
            return N_("covers {checked} of 1 area", checked=self.checked)
        return N_("covers {checked} of {n} areas", checked=self.checked, n=self.of)

    def to_dict(self) -> dict[str, int]:
        return {"checked": self.checked, "of": self.of}


def coverage_of(steps: Mapping[str, Mapping[str, Any]]) -> Coverage:
    """The coverage of a checkup from its saved step states ({key: {"outcome": ...}}).

    It counts the checkup's own steps: every member's steps, and a step for some members only (the
    business e-mail step) when the checkup holds it. A senior's checkup never counts the business step."""
    keys = [k for k in STEP_KEYS if k in COMMON_KEYS or k in steps]
    done = sum(1 for k in keys if (steps.get(k) or {}).get("outcome") in CHECKED_OUTCOMES)
    return Coverage(done, len(keys))
