"""The small-business self-audit: a questionnaire mapped to recognised small-business controls.

Questions live in ``resources/guidance/business_audit.json``; each names the control and the
framework items behind it (UK NCSC Cyber Essentials, CISA Cyber Essentials, CISA CPGs, FTC
Cybersecurity for Small Business, NIST CSF 2.0 Small Business Quick-Start). Answers ("yes",
"partly", "no", "not_needed") and an evidence note per answer are kept in ``business_answers``
(migration 5). Every "no" or "partly" is a *gap*: it is also stored as a checkup finding (source
"business"), so it shows in the member's to-do list and score, and it is listed in the printable
gap report (``app.reports.render_gap_*``) with the framework items behind it.

The e-mail domain check (SPF, DKIM, DMARC, MTA-STS records by DNS) is ``app.email_domain``: its
findings use the same source, and the gap report shows its last result. ``DNS_NOTE`` is the old
stand-in sentence, kept only for its existing translation.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from app import checkup as C
from app.errors import InvalidInput, UserFacingError
from app.resources import resource_path
from checks.base import Finding, Severity, Subject
from checks.i18n import N_, Msg

if TYPE_CHECKING:
    from app.core import Hearth

ANSWERS = ("yes", "partly", "no", "not_needed")
ANSWER_LABELS = {"yes": N_("Yes"), "partly": N_("Partly"), "no": N_("No"), "not_needed": N_("Not needed here")}
MAX_EVIDENCE = 500
SOURCE = "business"
SEVERITIES = {"low": Severity.LOW, "medium": Severity.MEDIUM, "high": Severity.HIGH, "critical": Severity.CRITICAL}
DNS_NOTE = N_(
    "Hearth does not yet look up your e-mail domain's SPF, DMARC and MTA-STS records itself: "
    "ask your e-mail provider, or answer the e-mail authentication question from what they tell you."
)


@dataclasses.dataclass(frozen=True)
class AuditQuestion:
    id: str
    control: str
    question: str
    severity: Severity
    refs: tuple[tuple[str, str], ...]  # (framework name, item)
    fix: tuple[str, ...]
    effort_minutes: int


@dataclasses.dataclass(frozen=True)
class AuditAnswer:
    question: AuditQuestion
    answer: str  # "" when not answered yet
    evidence: str
    updated_at: str

    @property
    def is_gap(self) -> bool:
        return self.answer in ("no", "partly")

    @property
    def answer_label(self) -> str:
        return ANSWER_LABELS.get(self.answer, N_("Not answered"))


def load_questions() -> tuple[str, tuple[AuditQuestion, ...]]:
    """(intro, questions) from the guidance file."""
    path = resource_path("guidance", "business_audit.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        names = data["frameworks"]
        out = []
        for q in data["questions"]:
            out.append(
                AuditQuestion(
                    id=str(q["id"]),
                    control=Msg(str(q["control"])),  # prose of the guidance file: in the catalogue
                    question=Msg(str(q["question"])),
                    severity=SEVERITIES[q["severity"]],
                    refs=tuple((str(names[k]), str(v)) for k, v in q["refs"].items()),
                    fix=tuple(Msg(str(s)) for s in q["fix"]),
                    effort_minutes=int(q.get("effort_minutes", 30)),
                )
            )
        return str(data["intro"]), tuple(out)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserFacingError(
            N_("Hearth could not read its small-business questionnaire."),
            hint=N_("Reinstalling Hearth should fix it ({path}).", path=str(path)),
        ) from exc


def _gap_finding(q: AuditQuestion, answer: str) -> Finding:
    severity = q.severity if answer == "no" else Severity(max(int(Severity.LOW), int(q.severity) - 1))
    frameworks = "; ".join(f"{name}: {item}" for name, item in q.refs)
    control, question = q.control, q.question
    if answer == "no":
        why = N_("You answered 'no' to: {question} Recognised controls: {frameworks}.", question=question,
                 frameworks=frameworks)
        evidence = N_("answer: no")
    else:
        why = N_("You answered 'partly' to: {question} Recognised controls: {frameworks}.", question=question,
                 frameworks=frameworks)
        evidence = N_("answer: partly")
    return Finding(
        check_id=f"business.{q.id}",
        subject=Subject.HOUSEHOLD,
        severity=severity,
        title=N_("Close the gap: {control}", control=control),
        why=why,
        fix=q.fix,
        evidence=(evidence,),
        effort_minutes=q.effort_minutes,
    )


class BusinessAudit:
    def __init__(self, hearth: Hearth) -> None:
        self.hearth = hearth

    def answers(self, member_id: int) -> list[AuditAnswer]:
        self.hearth.members.get(member_id)
        _, questions = load_questions()
        rows = self.hearth.business_answers.answers(member_id)
        return [AuditAnswer(q, *rows.get(q.id, ("", "", ""))) for q in questions]

    def save(self, member_id: int, answers: Mapping[str, tuple[str, str] | str], now: dt.datetime | None = None) -> list[
        AuditAnswer
    ]:
        """Save answers ({question_id: answer or (answer, evidence)}) and turn gaps into findings."""
        now = now or C.utc_now()
        _, questions = load_questions()
        by_id = {q.id: q for q in questions}
        clean: dict[str, tuple[str, str]] = {}
        for qid, value in answers.items():
            answer, evidence = (value, "") if isinstance(value, str) else value
            answer = str(answer).strip().lower()
            if qid not in by_id:
                raise InvalidInput(N_("There is no question {qid} in the self-audit.", qid=repr(qid)))
            if answer not in ANSWERS:
                raise InvalidInput(N_("Please answer yes, partly, no or not needed."))
            evidence = " ".join(str(evidence or "").split())
            if len(evidence) > MAX_EVIDENCE:
                limit = MAX_EVIDENCE
                raise InvalidInput(N_("Please keep each evidence note to {limit} characters or fewer.", limit=limit))
            clean[qid] = (answer, evidence)
        stamp = now.astimezone(dt.UTC).isoformat(timespec="seconds")
        self.hearth.business_answers.save(member_id, clean, stamp)  # NotFound when the member was removed
        current = self.answers(member_id)
        answered = [a for a in current if a.answer]
        gaps = [_gap_finding(a.question, a.answer) for a in answered if a.is_gap]
        C.FindingsStore(self.hearth).record(
            member_id, None, SOURCE, gaps, now, only_check_ids=[f"business.{a.question.id}" for a in answered]
        )
        return current

    def gaps(self, member_id: int) -> list[AuditAnswer]:
        order = {"no": 0, "partly": 1}
        gaps = [a for a in self.answers(member_id) if a.is_gap]
        return sorted(gaps, key=lambda a: (order[a.answer], -int(a.question.severity), a.question.effort_minutes))

    def progress(self, member_id: int) -> tuple[int, int]:
        items = self.answers(member_id)
        return sum(1 for a in items if a.answer), len(items)
