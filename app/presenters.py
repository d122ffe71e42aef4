"""Presenters shared by the window and the command line, so both show the same thing the same way.

Network and device items: one risk order (risky first, then attention, couldn't check, good),
stable within a status so the probes' own order is kept.

The checkup summary: each step's one outcome (with a symbol, never colour alone), how many things
it looked at, and the score with its coverage ("Score: 85 out of 100 (covers 3 of 7 areas)"), or why
there is no score. The Checkup page, Home, ``hearth checkup run`` and the reports all use it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from checks.i18n import N_
from checks.network import Item, Status

if TYPE_CHECKING:
    from app.checkup import Checkup, Coverage

#: lower comes first
RISK_ORDER: dict[Status, int] = {Status.RISKY: 0, Status.ATTENTION: 1, Status.UNKNOWN: 2, Status.GOOD: 3}
ICONS: dict[Status, str] = {Status.GOOD: "✔", Status.ATTENTION: "⚠", Status.RISKY: "✖", Status.UNKNOWN: "?"}


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
