"""The guided checkup: steps, outcomes, findings, the score and its coverage, the to-do list.

No Qt here: the wizard in ``ui/pages/checkup.py`` only renders a :class:`Checkup`, and the CLI
(``hearth checkup run``) drives the same object without asking anything.

Modules
    steps      the steps (``STEPS``), their statuses and outcomes
    runners    the automatic steps' runners, in an explicit table (``RUNNERS``; how to add a step is there)
    outcome    one outcome per step from what its runner saw
    questions  the recovery questions and the safe-word question
    quiz       the scam-readiness quiz and safe-word suggestions
    store      the findings and their states (SQL in ``app/storage/findings.py``)
    score      the score, its coverage and the to-do order
    run        the checkup state machine (``Checkup``) and ``mark_fixed``
    views      per-member and household views: history, who is due, Home, reports

Steps, in order
    passwords, breaches, twofa (key accounts), recovery (questions the person answers), device,
    network, your business e-mail (small-business members only: the e-mail domain's SPF, DKIM, DMARC,
    MTA-STS and MX, looked up by DNS), scam readiness (a short quiz and a family safe word). A step
    can apply to some members only (``StepDef.applies``): a checkup holds the steps that applied to
    its member when it began, and its progress, summary and coverage count only those. Each step ends with one outcome
    (``clean``, ``findings``, ``nothing_to_check``, ``couldnt_check``, ``skipped``, ``needs_answers``)
    and ``checked``, the number of things it looked at: "clean" needs ``checked > 0`` and nothing
    that could not be checked.

Findings
    Stored in ``findings``, one row per member + check_id + subject_ref. A finding is ``open``,
    ``fixed`` or ``dismissed`` (with the person's reason). Re-running a step updates its open
    findings; an open finding the step no longer sees becomes ``fixed``; a dismissed finding stays
    dismissed across re-runs. "Mark fixed" re-runs the finding's step to confirm.

The score (transparent: every point lost is a visible finding)
    A member starts at 100. Each OPEN finding loses points by severity: urgent 25, high 15,
    medium 8, low 3, for-your-information 0. One area (step) can lose at most 35 points. The score
    never goes below 0. It comes with its coverage ("covers 3 of 7 areas"), and a member has no score
    until a checkup of theirs finished with at least one area checked. The household score is the
    average of the members who have a score.

The to-do list
    Open findings ranked by risk, then effort: severity first, then the quickest fix first, then
    the oldest. The first three are "this week".
"""

from __future__ import annotations

from app.checkup.outcome import Judged, judge, judge_answers
from app.checkup.questions import (
    ANSWER_LABELS,
    ANSWERS,
    RECOVERY_QUESTIONS,
    SAFE_WORD_QUESTION,
    Question,
    _question_finding,
)
from app.checkup.quiz import (
    QUIZ_TITLES,
    SAFE_WORDS,
    SAFE_WORDS_ES,
    QuizFeedback,
    QuizQuestion,
    _quiz_title,
    load_quiz,
    quiz_title,
    suggest_safe_word,
)
from app.checkup.run import (
    NOT_BUILT,
    Availability,
    Checkup,
    FixOutcome,
    StepOutcome,
    StepView,
    availability,
    mark_fixed,
    run_auto_step,
)
from app.checkup.runners import PARALLEL, RUNNERS, Runner, StepContext, StepResult, items_result
from app.checkup.score import (
    AREA_CAP,
    SCORE_MODEL_TEXT,
    SEVERITY_POINTS,
    THIS_WEEK,
    Coverage,
    Score,
    ScoreLine,
    compute_score,
    coverage_of,
    score_from_counts,
    todo_order,
)
from app.checkup.steps import (
    AUTO,
    CANCELLED,
    CHECKED_OUTCOMES,
    CLEAN,
    COMMON_KEYS,
    COULDNT_CHECK,
    DONE,
    FAILED,
    FINDINGS,
    NEEDS_ANSWERS,
    NOTHING_TO_CHECK,
    OUTCOME_LABELS,
    OUTCOMES,
    PENDING,
    QUESTIONS,
    QUIZ,
    SKIPPED,
    STATUS_LABELS,
    STEP_KEYS,
    STEPS,
    UNAVAILABLE,
    Clock,
    StepDef,
    is_business,
    parse_time,
    step_def,
    steps_for,
    steps_in,
    utc_now,
)
from app.checkup.store import DISMISSED, FIXED, MAX_REASON, OPEN, OTHER_SOURCES, FindingsStore, StoredFinding
from app.checkup.views import (
    CHECKUP_INTERVAL,
    DueMember,
    HouseholdSummary,
    MemberCard,
    RunPoint,
    ScamCheckRow,
    due_members,
    has_checkup,
    history,
    household_summary,
    interval_days,
    last_coverage,
    member_score,
    next_due,
    todo,
)

__all__ = [
    "ANSWERS",
    "ANSWER_LABELS",
    "AREA_CAP",
    "AUTO",
    "Availability",
    "CANCELLED",
    "CHECKED_OUTCOMES",
    "CHECKUP_INTERVAL",
    "CLEAN",
    "COMMON_KEYS",
    "COULDNT_CHECK",
    "Checkup",
    "Clock",
    "Coverage",
    "DISMISSED",
    "DONE",
    "DueMember",
    "FAILED",
    "FINDINGS",
    "FIXED",
    "FindingsStore",
    "FixOutcome",
    "HouseholdSummary",
    "Judged",
    "MAX_REASON",
    "MemberCard",
    "NEEDS_ANSWERS",
    "NOTHING_TO_CHECK",
    "NOT_BUILT",
    "OPEN",
    "OTHER_SOURCES",
    "OUTCOMES",
    "OUTCOME_LABELS",
    "PARALLEL",
    "PENDING",
    "QUESTIONS",
    "QUIZ",
    "QUIZ_TITLES",
    "Question",
    "QuizFeedback",
    "QuizQuestion",
    "RECOVERY_QUESTIONS",
    "RUNNERS",
    "RunPoint",
    "Runner",
    "SAFE_WORDS",
    "SAFE_WORDS_ES",
    "SAFE_WORD_QUESTION",
    "SCORE_MODEL_TEXT",
    "SEVERITY_POINTS",
    "SKIPPED",
    "STATUS_LABELS",
    "STEPS",
    "STEP_KEYS",
    "ScamCheckRow",
    "Score",
    "ScoreLine",
    "StepContext",
    "StepDef",
    "StepOutcome",
    "StepResult",
    "StepView",
    "StoredFinding",
    "THIS_WEEK",
    "UNAVAILABLE",
    "_question_finding",
    "_quiz_title",
    "availability",
    "compute_score",
    "coverage_of",
    "due_members",
    "has_checkup",
    "history",
    "household_summary",
    "interval_days",
    "items_result",
    "judge",
    "judge_answers",
    "last_coverage",
    "load_quiz",
    "mark_fixed",
    "member_score",
    "next_due",
    "parse_time",
    "quiz_title",
    "run_auto_step",
    "score_from_counts",
    "step_def",
    "steps_for",
    "steps_in",
    "is_business",
    "suggest_safe_word",
    "todo",
    "todo_order",
    "utc_now",
]
