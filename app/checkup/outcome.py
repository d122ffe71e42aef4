"""One outcome per step, from what its runner saw (pure: no I/O)."""

from __future__ import annotations

import dataclasses

from app.checkup.runners import StepResult
from app.checkup.steps import CLEAN, COULDNT_CHECK, FINDINGS, NEEDS_ANSWERS, NOTHING_TO_CHECK
from checks.i18n import N_, Msg


@dataclasses.dataclass(frozen=True)
class Judged:
    outcome: str
    checked: int
    message: str
    details: tuple[str, ...] = ()  # what could not be checked and why, then how to check by hand
    offer: str = ""


# Counted texts are written as two N_() forms: the guidance catalogue does not extract NP_() yet.


def clean_message(checked: int) -> Msg:
    if checked == 1:
        return N_("Hearth looked at 1 thing and found nothing to do.")
    return N_("Hearth looked at {n} things and found nothing to do.", n=checked)


def found_message(n: int) -> Msg:
    return N_("1 thing to look at.") if n == 1 else N_("{n} things to look at.", n=n)


def missing_message(n: int) -> Msg:
    return N_("{n} question still to answer.", n=n) if n == 1 else N_("{n} questions still to answer.", n=n)


def couldnt_other(n: int) -> Msg:
    if n == 1:
        return N_("Hearth couldn't check 1 other thing here (see below).")
    return N_("Hearth couldn't check {n} other things here (see below).", n=n)


def couldnt_message(n: int) -> Msg:
    if n == 1:
        return N_("Hearth couldn't check 1 thing here, so this step is not marked clean. Why, and how to check it "
                  "yourself, is below.")
    return N_("Hearth couldn't check {n} things here, so this step is not marked clean. Why, and how to check "
              "them yourself, is below.", n=n)


HOW_BY_HAND = N_("To check it yourself:")


def _details(result: StepResult) -> tuple[str, ...]:
    if not result.couldnt:
        return ()
    return (*result.couldnt, *((HOW_BY_HAND, *result.by_hand) if result.by_hand else ()))


def judge(result: StepResult) -> Judged:
    """The step's outcome: findings win; then anything that could not be checked; then nothing to look at;
    clean only when something was looked at and everything could be checked."""
    details = _details(result)
    n = len(result.findings)
    if n:
        message: Msg = found_message(n)
        if result.couldnt:
            message = message + " " + couldnt_other(len(result.couldnt))
        return Judged(FINDINGS, result.checked, message, details)
    if result.couldnt:
        message = couldnt_message(len(result.couldnt))
        return Judged(COULDNT_CHECK, result.checked, message, details)
    if result.checked <= 0:
        return Judged(NOTHING_TO_CHECK, 0, result.to_add or N_("There was nothing here for Hearth to check."),
                      offer=result.offer)
    return Judged(CLEAN, result.checked, clean_message(result.checked))


def judge_answers(found: int, answered: int, missing: int) -> Judged:
    """Question steps: needs answers until every question is answered; then clean or findings."""
    if missing:
        return Judged(NEEDS_ANSWERS, answered, missing_message(missing))
    if found:
        return Judged(FINDINGS, answered, found_message(found))
    return Judged(CLEAN, answered, clean_message(answered))
