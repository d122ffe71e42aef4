"""The checkup state machine: one member's run, where it is, each step's outcome, the moves between steps.

Every transition is saved at once in ``checkup_runs.state`` (JSON), so closing the window or a
crash resumes where it stopped. Automatic steps run through the explicit table
``app.checkup.runners.RUNNERS`` (a ``Checkup`` can be given another table: tests do).
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import json
import logging
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from app.checkup import outcome as O
from app.checkup.questions import ANSWERS, RECOVERY_QUESTIONS, SAFE_WORD_QUESTION, Question, _question_finding
from app.checkup.quiz import QuizFeedback, QuizQuestion, load_quiz, quiz_title, suggest_safe_word
from app.checkup.runners import PARALLEL, RUNNERS, Runner, StepContext, StepResult
from app.checkup.score import Coverage, Score, compute_score, coverage_of
from app.checkup.steps import (
    AUTO,
    CANCELLED,
    CLEAN,
    COMMON_KEYS,
    COULDNT_CHECK,
    DONE,
    FAILED,
    FINDINGS,
    NEEDS_ANSWERS,
    OUTCOME_LABELS,
    OUTCOMES,
    PENDING,
    SKIPPED,
    STATUS_LABELS,
    STEP_KEYS,
    UNAVAILABLE,
    Clock,
    StepDef,
    _iso,
    step_def,
    steps_for,
    steps_in,
    utc_now,
)
from app.checkup.store import FIXED, OPEN, FindingsStore, StoredFinding
from app.errors import InvalidInput, NotFound, UserFacingError
from checks.base import Cancelled, CancelToken, Finding, Severity, Subject
from checks.i18n import N_, from_data, to_data

if TYPE_CHECKING:
    from app.core import Hearth

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class Availability:
    available: bool
    message: str


NOT_BUILT = N_("This part of Hearth is not built yet, so this step was skipped.")


def availability(step: StepDef, runners: Mapping[str, Runner] | None = None) -> Availability:
    """Whether an automatic step can run now, and if not, why (in plain words)."""
    if step.kind != AUTO:
        return Availability(True, "")
    if (RUNNERS if runners is None else runners).get(step.key) is None:
        return Availability(False, NOT_BUILT)
    return Availability(True, "")


def run_auto_step(
    hearth: Hearth,
    member: Any,
    step: StepDef,
    now: Any,
    cancel: CancelToken | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    runners: Mapping[str, Runner] | None = None,
) -> StepResult:
    """Run an automatic step's runner. Raises UserFacingError when it has none."""
    runner = (RUNNERS if runners is None else runners).get(step.key)
    if runner is None:
        raise UserFacingError(NOT_BUILT)

    def report(done: int, total: int, text: str = "") -> None:
        if progress is not None:
            progress(int(done), int(total), text)

    ctx = StepContext(hearth, member, now, cancel or CancelToken(), report)
    report(0, 1, step.title)
    result = runner(ctx)
    ctx.cancel.raise_if_cancelled()
    report(1, 1, step.title)
    return result


@dataclasses.dataclass(frozen=True)
class StepView:
    key: str
    title: str
    intro: str
    kind: str
    status: str
    message: str
    found: int
    outcome: str = ""
    checked: int = 0
    details: tuple[str, ...] = ()
    offer: str = ""

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def outcome_label(self) -> str:
        return OUTCOME_LABELS.get(self.outcome, "")


@dataclasses.dataclass(frozen=True)
class StepOutcome:
    key: str
    status: str
    message: str
    findings: tuple[Finding, ...] = ()
    outcome: str = ""
    checked: int = 0
    details: tuple[str, ...] = ()
    offer: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "step": self.key,
            "outcome": self.outcome,
            "checked": self.checked,
            "message": self.message,
            "details": list(self.details),
            "status": self.status,
        }


@dataclasses.dataclass(frozen=True)
class FixOutcome:
    finding: StoredFinding
    confirmed: bool
    message: str


STATE_VERSION = 2


def _entry() -> dict[str, Any]:
    return {"status": PENDING, "message": "", "found": 0, "outcome": "", "checked": 0, "details": [], "offer": ""}


def _new_state(keys: tuple[str, ...] = COMMON_KEYS) -> dict[str, Any]:
    """A fresh state holding the steps ``keys`` (those that apply to the member: ``steps_for``)."""
    return {
        "version": STATE_VERSION,
        "position": 0,
        "steps": {key: _entry() for key in STEP_KEYS if key in keys},
        "answers": {},
        "quiz": {},
        "safe_word_suggested": False,
    }


def _message(data: Any) -> str:
    try:
        value = from_data(data)
    except (ValueError, TypeError, KeyError):
        return ""
    return value if isinstance(value, str) else ""


#: Checkups saved before outcomes existed (state version 1): a "done" step counts as checked, as it did
#: then, so existing scores stay on Home and in reports; the next checkup is judged the new way.
_LEGACY_OUTCOMES = {DONE: CLEAN, SKIPPED: SKIPPED, UNAVAILABLE: COULDNT_CHECK, FAILED: COULDNT_CHECK,
                    CANCELLED: COULDNT_CHECK}


def _clean_state(raw: Any) -> dict[str, Any]:
    """A saved state made safe to use: unknown or damaged parts fall back to defaults.

    The checkup's steps are every member's steps plus the member-only steps (business) the saved
    state holds: older states have no business key and keep the steps they had."""
    if not isinstance(raw, dict):
        return _new_state()
    steps = raw.get("steps")
    extra = tuple(k for k in steps if k in STEP_KEYS) if isinstance(steps, dict) else ()
    state = _new_state((*COMMON_KEYS, *extra))
    legacy = not isinstance(raw.get("version"), int) or raw["version"] < STATE_VERSION
    if isinstance(steps, dict):
        for key in state["steps"]:
            got = steps.get(key)
            if isinstance(got, dict) and got.get("status") in STATUS_LABELS:
                details = got.get("details")
                found = int(got.get("found") or 0)
                outcome = got.get("outcome") if got.get("outcome") in OUTCOMES else ""
                if legacy and not outcome:
                    outcome = _LEGACY_OUTCOMES.get(got["status"], "")
                    if outcome == CLEAN and found:
                        outcome = FINDINGS
                state["steps"][key] = {
                    "status": got["status"],
                    "message": _message(got.get("message")),
                    "found": found,
                    "outcome": outcome,
                    "checked": int(got.get("checked") or 0),
                    "details": [m for m in (_message(d) for d in details) if m] if isinstance(details, list) else [],
                    "offer": str(got.get("offer") or ""),
                }
    pos = raw.get("position")
    if isinstance(pos, int) and 0 <= pos <= len(state["steps"]):
        state["position"] = pos
    for part in ("answers", "quiz"):
        if isinstance(raw.get(part), dict):
            state[part] = {str(k): v for k, v in raw[part].items() if isinstance(v, (str, int))}
    state["safe_word_suggested"] = bool(raw.get("safe_word_suggested"))
    return state


def _dump(state: dict[str, Any]) -> dict[str, Any]:
    """The state as JSON-able data: messages keep their template and parameters."""
    out = dict(state)
    out["steps"] = {
        k: {**v, "message": to_data(v["message"]), "details": to_data(list(v["details"]))}
        for k, v in state["steps"].items()
    }
    return out


def _load(text: str | None) -> dict[str, Any]:
    try:
        return _clean_state(json.loads(text or "{}"))
    except ValueError:
        return _new_state()


class Checkup:
    """One member's checkup run: where it is, what each step found, and the moves between steps.

    Every change is saved at once. Use :meth:`start` to begin or resume.
    """

    def __init__(self, hearth: Hearth, run_id: int, member_id: int, state: dict[str, Any], *,
                 status: str = "in_progress", clock: Clock = utc_now,
                 runners: Mapping[str, Runner] | None = None) -> None:
        self.hearth = hearth
        self.run_id = run_id
        self.member_id = member_id
        self.state = state
        self.status = status
        self.clock = clock
        self.runners = runners  # None: the module's RUNNERS table, read at each run
        self.findings = FindingsStore(hearth)
        self._lock = threading.RLock()

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def start(cls, hearth: Hearth, member_id: int, *, clock: Clock = utc_now, fresh: bool = False) -> Checkup:
        """Resume the member's unfinished checkup, or begin a new one."""
        member = hearth.members.get(member_id)  # NotFound in plain words
        if not fresh:
            existing = cls.unfinished(hearth, member_id, clock=clock)
            if existing is not None:
                return existing
        state = _new_state(tuple(s.key for s in steps_for(member)))
        # Carry the person's earlier answers over, so a re-check only asks them to confirm.
        previous = hearth.checkup_runs.latest_state(member_id)
        if previous is not None:
            state["answers"] = _load(previous)["answers"]
        run_id = hearth.checkup_runs.add(member_id, _iso(clock()), _dump(state))
        return cls(hearth, run_id, member_id, state, clock=clock)

    @classmethod
    def unfinished(cls, hearth: Hearth, member_id: int, *, clock: Clock = utc_now) -> Checkup | None:
        row = hearth.checkup_runs.unfinished(member_id)
        if row is None:
            return None
        return cls(hearth, row[0], member_id, _load(row[1]), clock=clock)

    @classmethod
    def to_show(cls, hearth: Hearth, member_id: int, *, clock: Clock = utc_now) -> Checkup | None:
        """The checkup a member's page opens on: the unfinished one, else the last finished one
        (its results and the current to-do list), else None (the member never had one)."""
        found = cls.unfinished(hearth, member_id, clock=clock)
        if found is not None:
            return found
        row = hearth.checkup_runs.last_finished(member_id)
        return None if row is None else cls.load(hearth, row[0], clock=clock)

    @classmethod
    def load(cls, hearth: Hearth, run_id: int, *, clock: Clock = utc_now) -> Checkup:
        row = hearth.checkup_runs.get(run_id)
        if row is None:
            raise NotFound(N_("That checkup is no longer stored."))
        return cls(hearth, run_id, row[0], _load(row[1]), status=row[2], clock=clock)

    # -- where we are ----------------------------------------------------------------------

    @property
    def member(self) -> Any:
        return self.hearth.members.get(self.member_id)

    @property
    def step_defs(self) -> tuple[StepDef, ...]:
        """This checkup's steps, in order: those that applied to its member when it began."""
        return steps_in(self.state["steps"])

    def has_step(self, key: str) -> bool:
        return key in self.state["steps"]

    def step_number(self, key: str) -> int:
        """1-based place of the step in this checkup ("step 3 of 8")."""
        return [s.key for s in self.step_defs].index(key) + 1

    def _step(self, key: str) -> StepDef:
        """The step ``key`` of this checkup; InvalidInput when it is not part of it."""
        if not self.has_step(key):
            raise InvalidInput(N_("That step is not part of this checkup."))
        return step_def(key)

    @property
    def position(self) -> int:
        return int(self.state["position"])

    @property
    def at_summary(self) -> bool:
        return self.position >= len(self.step_defs)

    @property
    def current(self) -> StepDef | None:
        return None if self.at_summary else self.step_defs[self.position]

    def step_status(self, key: str) -> str:
        return str(self.state["steps"][key]["status"])

    def step_outcome(self, key: str) -> str:
        return str(self.state["steps"][key]["outcome"])

    def steps(self) -> list[StepView]:
        out = []
        for step in self.step_defs:
            s = self.state["steps"][step.key]
            out.append(StepView(step.key, step.title, step.intro, step.kind, s["status"], s["message"], s["found"],
                                s["outcome"], s["checked"], tuple(s["details"]), s["offer"]))
        return out

    def progress(self) -> tuple[int, int]:
        """(steps settled, steps in all): settled means done, skipped or not available."""
        settled = sum(1 for s in self.state["steps"].values() if s["status"] in (DONE, SKIPPED, UNAVAILABLE))
        return settled, len(self.step_defs)

    def coverage(self) -> Coverage:
        """How many areas this checkup really checked (outcome clean or findings)."""
        return coverage_of(self.state["steps"])

    # -- moving ----------------------------------------------------------------------------

    def _save(self, finished_at: str | None = None) -> int | None:
        score = self.score()
        value = score.value if score.coverage is not None and score.coverage.checked else None
        with self._lock:
            self.hearth.checkup_runs.save(self.run_id, _dump(self.state), self.status, value, finished_at)
        return value

    def _set(self, key: str, status: str, message: str = "", found: int | None = None, *,
             judged: O.Judged | None = None, outcome: str | None = None) -> None:
        entry = self.state["steps"][key]
        entry["status"] = status
        entry["message"] = message
        if found is not None:
            entry["found"] = found
        if judged is not None:
            entry.update(outcome=judged.outcome, checked=judged.checked, details=list(judged.details),
                         offer=judged.offer)
        elif outcome is not None:
            entry.update(outcome=outcome, checked=0, details=[], offer="")

    def next(self) -> StepDef | None:
        """Move forward one step (to the summary after the last)."""
        self.state["position"] = min(self.position + 1, len(self.step_defs))
        self._save()
        return self.current

    def back(self) -> StepDef | None:
        self.state["position"] = max(self.position - 1, 0)
        self._save()
        return self.current

    def go_to(self, key: str) -> StepDef:
        step = self._step(key)
        self.state["position"] = [s.key for s in self.step_defs].index(key)
        self._save()
        return step

    def skip(self) -> StepDef | None:
        """Skip the current step (it can be done later) and move on."""
        step = self.current
        if step is not None and self.step_status(step.key) != DONE:
            self._set(step.key, SKIPPED, N_("You skipped this step. You can come back to it any time."),
                      outcome=SKIPPED)
        return self.next()

    # -- automatic steps -------------------------------------------------------------------

    def availability(self, key: str | None = None) -> Availability:
        step = self._step(key) if key else self.current
        if step is None:
            return Availability(False, "")
        return availability(step, self.runners)

    def run_step(
        self,
        key: str | None = None,
        cancel: CancelToken | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> StepOutcome:
        """Run an automatic step (the current one by default). Safe to call from a worker thread."""
        step = self._step(key) if key else self.current
        if step is None or step.kind != AUTO:
            raise InvalidInput(N_("This step has questions to answer rather than checks to run."))
        avail = availability(step, self.runners)
        if not avail.available:
            return self._settle_failure(step.key, UNAVAILABLE, avail.message)
        member = self.member
        with self._lock:
            self._set(step.key, PENDING, N_("Running…"))
        try:
            result = run_auto_step(self.hearth, member, step, self.clock(), cancel, progress, self.runners)
            if cancel is not None:
                cancel.raise_if_cancelled()  # stopped after the last check: keep nothing
        except Cancelled:
            return self._settle_failure(step.key, CANCELLED, N_(
                "You stopped this step. Nothing it found so far was saved; run it again when you are ready."))
        except NotFound:
            raise
        except UserFacingError as exc:
            message = exc.message + " " + exc.hint if exc.hint else exc.message
            return self._settle_failure(step.key, FAILED, message)
        except Exception:  # noqa: BLE001 - one broken area must not end the checkup
            log.exception("checkup step %s failed", step.key)
            return self._settle_failure(step.key, FAILED, N_(
                "Something went wrong in this step, so it was not finished. The rest of the checkup still works."))
        judged = O.judge(result)
        with self._lock:
            self.findings.record(self.member_id, self.run_id, step.key, result.findings, self.clock(),
                                 only_check_ids=result.only_check_ids)
            self._set(step.key, DONE, judged.message, len(result.findings), judged=judged)
            self._save()
        return StepOutcome(step.key, DONE, judged.message, tuple(result.findings), judged.outcome, judged.checked,
                           judged.details, judged.offer)

    def _settle_failure(self, key: str, status: str, message: str) -> StepOutcome:
        """A step that did not run to the end: its outcome is "couldn't check", with why."""
        with self._lock:
            self._set(key, status, message, 0, outcome=COULDNT_CHECK)
            self._save()
        return StepOutcome(key, status, message, (), COULDNT_CHECK, 0)

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
                raise InvalidInput(N_("There is no question '{question}' in this step.", question=qid))
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
        judged = O.judge_answers(len(found), len(answered) - len(missing), len(missing))
        self._set(key, status, judged.message, len(found), judged=judged)
        self._save()
        return StepOutcome(key, status, judged.message, tuple(found), judged.outcome, judged.checked)

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
                        title=quiz_title(q),
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
        missing = sum(1 for qid in quiz if qid not in self.state["quiz"]) + (0 if sw else 1)
        judged = O.judge_answers(len(found), len(answered_ids), missing)
        if not complete:
            judged = dataclasses.replace(judged, message=N_("Some questions still to answer."))
        self._set("scam", status, judged.message, len(found), judged=judged)
        self._save()
        return StepOutcome("scam", status, judged.message, tuple(found), judged.outcome, judged.checked)

    # -- the end ---------------------------------------------------------------------------

    def score(self) -> Score:
        """The member's score now, with this checkup's coverage."""
        items = self.hearth.findings.open_items(self.member_id)
        return dataclasses.replace(compute_score(items), coverage=self.coverage())

    def finish(self) -> Score:
        """End the checkup: saves the time and the score (a point in the member's history).

        Steps never run and questions never answered are settled: "needs answers" for questions,
        "couldn't check" for automatic steps that were not run. The score is kept only when at least
        one area was checked."""
        with self._lock:
            self.state["position"] = len(self.step_defs)
            for step in self.step_defs:
                entry = self.state["steps"][step.key]
                if entry["status"] == PENDING and not entry["outcome"]:
                    if step.kind == AUTO:
                        self._set(step.key, PENDING, N_("This step was not run."), 0, outcome=COULDNT_CHECK)
                    else:
                        entry["outcome"] = NEEDS_ANSWERS
                        entry["message"] = entry["message"] or N_("Some questions still to answer.")
            self.status = "finished"
            self._save(_iso(self.clock()))
        score = self.score()
        from app import care  # noqa: PLC0415 - loaded only when a checkup ends

        care.after_change(self.hearth, self.member_id)  # a caregiver at a distance gets an update (issue 18)
        return score

    def run_automatic(
        self, cancel: CancelToken | None = None, progress: Callable[[int, int, str], None] | None = None
    ) -> list[StepOutcome]:
        """Run every automatic step (for ``hearth checkup run``); question steps are left as they are.

        Steps in ``PARALLEL`` (device, network: slow probes, independent) run at the same time,
        the others one after the other. Outcomes come back in the steps' order."""
        autos = [s for s in self.step_defs if s.kind == AUTO]
        total = len(autos)
        done = [0]
        lock = threading.Lock()

        def tick(title: str) -> None:
            with lock:
                done[0] += 1
                n = done[0]
            if progress is not None:
                progress(n, total, title)

        def one(step: StepDef) -> StepOutcome:
            if cancel is not None:
                cancel.raise_if_cancelled()
            out = self.run_step(step.key, cancel=cancel)
            tick(step.title)
            return out

        outcomes: dict[str, StepOutcome] = {}
        together = [s for s in autos if s.key in PARALLEL]
        if progress is not None:
            progress(0, total, autos[0].title if autos else "")
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, len(together)),
                                                   thread_name_prefix="checkup") as pool:
            futures = {s.key: pool.submit(one, s) for s in together}
            for step in autos:
                if step.key not in futures:
                    outcomes[step.key] = one(step)
            for key, fut in futures.items():
                outcomes[key] = fut.result()
        if progress is not None:
            progress(total, total, N_("Done"))
        return [outcomes[s.key] for s in autos]


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
        step: StepDef | None = step_def(finding.source)
    except KeyError:
        step = None
    if step is not None and not step.owns(finding.check_id):
        step = None  # same source, another area (the small-business self-audit): the person's word
    if step is None or step.kind != AUTO:
        done = store.set_fixed(finding_id, clock())
        return FixOutcome(done, True, N_("Marked fixed. Well done!"))
    member = hearth.members.get(finding.member_id)
    if not availability(step).available or not step.applies_to(member):
        done = store.set_fixed(finding_id, clock())
        return FixOutcome(done, False, N_("Marked fixed on your word: Hearth cannot re-check this part yet."))
    result = run_auto_step(hearth, member, step, clock(), cancel, progress)
    store.record(finding.member_id, finding.run_id, step.key, result.findings, clock(),
                 only_check_ids=result.only_check_ids)
    after = store.get(finding_id)
    if after.status == OPEN and result.only_check_ids is not None and finding.check_id not in result.only_check_ids:
        return FixOutcome(after, False, N_(
            "Hearth couldn't check this again just now, so it is still on the list. Try again later."))
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
