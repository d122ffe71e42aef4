"""Checkup: the wizard that renders ``app.checkup.Checkup``, one step per screen, ending in the to-do list.

The page decides nothing: it shows the state machine's current step, sends the person's
answers to it, runs automatic steps through ``ctx.tasks`` (with progress and Cancel), and
shows the score and the to-do list that ``app.checkup`` computes.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import checkup as C
from app import presenters as P
from app import reports as R
from app.errors import UserFacingError
from app.storage.repos import Member
from ui.context import UiContext
from ui.dialogs import NEXT_SAVE_PATH, ask_save_path  # noqa: F401 - NEXT_SAVE_PATH: tests
from ui.i18n import guidance, guidance_all, guidance_title, word
from ui.pages.base import ButtonLabel, PageBase, error_text
from ui.widgets.score_chart import ScoreChart
from ui.widgets.todo_cards import TodoCards, TodoEntry
from ui.widgets.verdict import SeverityBadge
from ui.widgets.wizard_parts import AnswerChoices, Expander, ReservedLabel, StepResult

log = logging.getLogger(__name__)

STATUS_ICONS = {
    C.PENDING: "○",
    C.DONE: "✔",
    C.SKIPPED: "↷",
    C.UNAVAILABLE: "–",
    C.CANCELLED: "■",
    C.FAILED: "✖",
}
#: Tests pre-answer the "why are you dismissing this?" question here.
NEXT_REASON: list[str | None] = []
#: Opens a saved report or its folder; tests replace it to see what would be opened.
open_url = QDesktopServices.openUrl


def _file_name(name: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in name).strip().replace(" ", "-")
    return f"hearth-{keep or 'report'}-{dt.date.today().isoformat()}.pdf"


def ask_reason(parent: QWidget, title: str) -> str | None:
    if NEXT_REASON:
        return NEXT_REASON.pop(0)
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("CheckupPage", "Dismiss this item"),
        QCoreApplication.translate(
            "CheckupPage", "Why does \u201c{title}\u201d not apply to you? (This is kept with the item.)"
        ).format(title=title),
    )
    return text if ok else None


def _clear(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


class CheckupPage(PageBase):
    """The guided checkup for the selected member."""

    AREA = "checkup"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.checkup: C.Checkup | None = None
        self.task: Any = None
        self.save_task: Any = None
        self._quiz_groups: dict[str, QButtonGroup] = {}
        self._question_choices: dict[str, AnswerChoices] = {}
        self.todo_list: TodoCards | None = None
        self.last_saved: Path | None = None

        # Only the Back/Next row (and the status line above it) stays fixed; the title, the step and
        # the progress scroll with the results, so at 200 % text the results get the page's height.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 20)
        outer.setSpacing(10)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_host = QWidget()
        host = QVBoxLayout(self.body_host)
        host.setContentsMargins(0, 0, 8, 0)
        host.setSpacing(10)
        self.title = self.heading(self.tr("Checkup"))
        host.addWidget(self.title)
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)
        host.addWidget(self.step_label)
        self.steps_bar = QProgressBar()
        self.steps_bar.setAccessibleName(self.tr("Checkup progress"))
        self.steps_bar.setFormat(self.tr("%v of %m steps"))
        host.addWidget(self.steps_bar)
        self.body = QVBoxLayout()  # what render() fills (and clears)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(10)
        host.addLayout(self.body, 1)
        self.scroll.setWidget(self.body_host)
        outer.addWidget(self.scroll, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        outer.addWidget(self.status)

        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.back_button.clicked.connect(self.go_back)
        # After Finish: the report, printed, saved or shared (ui/pages/reports.py makes the same file).
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the report of this checkup"))
        self.print_button.clicked.connect(lambda: self.save_report("print"))
        self.save_report_button = QPushButton(self.tr("S&ave…"))
        self.save_report_button.setAccessibleName(self.tr("Save the report of this checkup as a PDF"))
        self.save_report_button.clicked.connect(lambda: self.save_report("save"))
        self.share_button = QPushButton(self.tr("S&hare…"))
        self.share_button.setAccessibleName(self.tr("Share the report of this checkup"))
        self.share_button.clicked.connect(lambda: self.save_report("share"))
        self.skip_button = QPushButton(self.tr("&Skip this step"))
        self.skip_button.setAccessibleName(self.tr("Skip this step for now"))
        self.skip_button.clicked.connect(self.skip)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.setProperty("primary", True)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        # The report buttons have a row of their own, just above: beside "Start a new checkup" they do
        # not fit in Spanish at 200 % text.
        report_row = QHBoxLayout()
        for b in (self.print_button, self.save_report_button, self.share_button):
            report_row.addWidget(b)
        report_row.addStretch(1)
        outer.addLayout(report_row)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.skip_button)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)

        self.on_member_changed(ctx.current_member())

    # -- member ----------------------------------------------------------------------------

    def on_member_changed(self, member: Member | None) -> None:
        """Everything shown belongs to the member selected now: the checkup, the score, the status line."""
        self.cancel_running()
        self.checkup = None
        self.status.setText("")
        if member is not None:
            try:
                self.checkup = C.Checkup.to_show(self.ctx.hearth, member.id)
            except UserFacingError as exc:
                self.status.setText(error_text(exc))
        self.render()

    def on_shown(self) -> None:
        if self.checkup is None:
            self.on_member_changed(self.ctx.current_member())

    # -- rendering -------------------------------------------------------------------------

    def render(self) -> None:
        _clear(self.body)
        self._quiz_groups = {}
        self._question_choices = {}
        self.todo_list = None
        self.focus_target: QWidget | None = None
        self._report_buttons(False)
        member = self.ctx.current_member()
        if member is None:
            self.title.setText(self.tr("Checkup"))
            self.step_label.setText("")
            self.body.addWidget(self.paragraph(self.tr("Add a family member on the Home page first.")))
            self._nav(False, False, False)
            self.steps_bar.setVisible(False)
            self.body.addStretch(1)
            return
        self.title.setText(self.tr("Checkup for {name}").format(name=member.name))
        if self.checkup is None:
            self._render_start(member)
        elif self.checkup.at_summary:
            self._render_summary()
        else:
            self._render_step()
        self.body.addStretch(1)

    def _focus(self, widget: QWidget | None) -> None:
        """Move the keyboard focus to the new content (a step's heading or result), not the member switcher.

        A widget just added is shown on the next turn of the event loop, and only a shown widget can
        take the focus: so the focus (and the scroll that brings it to the top) waits for that turn."""
        if widget is None:
            return
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        def focus() -> None:
            if not self.body_host.isAncestorOf(widget):
                return  # rendered again since
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.body_host.layout().activate()
            top = widget.mapTo(self.body_host, widget.rect().topLeft()).y()
            bar = self.scroll.verticalScrollBar()
            bar.setValue(min(bar.maximum(), max(0, top - 16)))  # the new content at the top of the view

        QTimer.singleShot(0, widget, focus)  # dropped if the widget goes away first

    def _nav(self, back: bool, skip: bool, nxt: bool, next_text: str | None = None) -> None:
        self.back_button.setVisible(back)
        self.skip_button.setVisible(skip)
        self.next_button.setVisible(nxt)
        self.next_button.setText(next_text or self.tr("&Next"))
        self.next_button.setAccessibleName((next_text or self.tr("Next step")).replace("&", ""))

    def _report_buttons(self, shown: bool) -> None:
        for b in (self.print_button, self.save_report_button, self.share_button):
            b.setVisible(shown)

    def _update_progress(self) -> None:
        assert self.checkup is not None
        done, total = self.checkup.progress()
        self.steps_bar.setVisible(True)
        self.steps_bar.setRange(0, total)
        self.steps_bar.setValue(done)

    def _render_start(self, member: Member) -> None:
        self.steps_bar.setVisible(False)
        self.step_label.setText(self.tr("About 15 minutes. You can stop at any time and carry on later."))
        steps = C.steps_for(member)
        if any(step.key == "business" for step in steps):
            about = self.tr(
                "Hearth walks you through eight short steps: passwords, data breaches, two-step verification, "
                "getting back into your accounts, this computer, your home network, your business e-mail and a "
                "quick scam quiz. At the end you get a score and a short to-do list."
            )
        else:
            about = self.tr(
                "Hearth walks you through seven short steps: passwords, data breaches, two-step verification, "
                "getting back into your accounts, this computer, your home network and a quick scam quiz. "
                "At the end you get a score and a short to-do list."
            )
        self.body.addWidget(self.paragraph(about))
        for step in steps:
            self.body.addWidget(self.paragraph(f"○ {guidance(step.title)}"))
        start = QPushButton(self.tr("&Start the checkup"))
        start.setObjectName("bigAction")
        start.setProperty("primary", True)
        start.setAccessibleName(self.tr("Start the checkup for {name}").format(name=member.name))
        start.clicked.connect(self.start)
        self.body.addWidget(start)
        self.start_button = start
        self._add_history(member.id)
        self._nav(False, False, False)

    def _has_result(self, view: C.StepView) -> bool:
        """The step ran or was answered: there is something to read, and Next moves on."""
        return bool(view.outcome) and view.outcome != C.SKIPPED

    def _render_step(self) -> None:
        assert self.checkup is not None
        step = self.checkup.current
        assert step is not None
        index = self.checkup.step_number(step.key) - 1
        total = len(self.checkup.step_defs)
        self._update_progress()
        title = guidance(step.title)
        self.step_label.setText(self.tr("Step {n} of {total}: {title}").format(
            n=index + 1, total=total, title=title))
        self.step_heading = self.heading(title, level=2)
        self.body.addWidget(self.step_heading)
        self.body.addWidget(self.paragraph(guidance(step.intro)))
        view = next(v for v in self.checkup.steps() if v.key == step.key)
        # What the person does first, then (below it, so answering moves nothing above) the result.
        if step.kind == C.AUTO:
            self._render_auto(step, view)
        elif step.kind == C.QUESTIONS:
            self._render_questions(step, view)
        else:
            self._render_quiz()
        self.step_state = StepResult()
        self._set_state(view)
        self.body.addWidget(self.step_state)
        self._add_details(view)
        if step.kind == C.AUTO:
            self._add_found(step.key)
        self._step_nav(view)

    def _step_nav(self, view: C.StepView) -> None:
        """Skip is its own choice while the step has no result; Next appears once it has one."""
        assert self.checkup is not None
        index = self.checkup.step_number(view.key) - 1
        last = index == len(self.checkup.step_defs) - 1
        done = self._has_result(view)
        self._nav(index > 0, not done, done, self.tr("See my &results") if last else None)

    def _set_state(self, view: C.StepView) -> None:
        """The step's outcome (its own symbol and words) and its message; its status while it has no outcome."""
        line = next(s for s in P.step_lines(self.checkup) if s.key == view.key) if self.checkup else None
        if line is not None and line.outcome:
            self.step_state.set_result(line.outcome, line.icon, word(line.outcome_label), guidance(view.message))
        else:
            icon = STATUS_ICONS.get(view.status, "○") if view.status != C.DONE else "·"
            self.step_state.set_result("", icon, word(view.status_label), guidance(view.message))
        self.step_state.setAccessibleName(self.step_state.text())

    def _add_details(self, view: C.StepView) -> None:
        """What could not be checked and how to check it by hand; what to add, with a button to add it."""
        if view.details:
            self.details_label = self.paragraph("\n".join(guidance_all(view.details)))
            self.details_label.setAccessibleName(self.details_label.text())
            self.body.addWidget(self.details_label)
        pages = {"accounts": self.tr("Open the &Accounts page"), "passwords": self.tr("Open the &Passwords page"),
                 "business": self.tr("Open the S&mall business page")}
        if view.outcome == C.NOTHING_TO_CHECK and view.offer in pages:
            self.offer_button = QPushButton(pages[view.offer])
            self.offer_button.setAccessibleName(pages[view.offer].replace("&", ""))
            self.offer_button.clicked.connect(lambda _=False, area=view.offer: self.ctx.navigate.emit(area))
            self.body.addWidget(self.offer_button)

    def _render_auto(self, step: C.StepDef, view: C.StepView) -> None:
        avail = self.checkup.availability(step.key) if self.checkup else C.Availability(False, "")
        row = QHBoxLayout()
        ran = self._has_result(view)
        self.run_button = QPushButton(self.tr("&Run this step") if not ran else self.tr("&Run again"))
        self.run_button.setProperty("primary", not ran)  # once it ran, Next is the main action
        self.run_button.setAccessibleName(self.tr("Run the {title} step").format(title=guidance(step.title)))
        self.run_button.clicked.connect(self.run_current)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel this step"))
        self.cancel_button.clicked.connect(self.cancel_running)
        self.cancel_button.setEnabled(False)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.run_progress = QProgressBar()
        self.run_progress.setAccessibleName(self.tr("Progress of this step"))
        self.run_progress.setVisible(False)
        self.body.addWidget(self.run_progress)
        if not avail.available:
            note = self.paragraph("– " + guidance(avail.message))
            note.setObjectName("comingSoon")
            self.body.addWidget(note)

    def _add_found(self, key: str) -> None:
        """What the step found, one row each: the severity badge (icon and word), then the title."""
        assert self.checkup is not None
        step = C.step_def(key)
        items = [f for f in C.FindingsStore(self.ctx.hearth).list(self.checkup.member_id)
                 if f.source == key and step.owns(f.check_id)]
        self.found_rows: list[str] = []
        if items:
            self.body.addWidget(self.heading(self.tr("What this step found"), level=2))
        for f in items:
            mark = {"open": "", "fixed": self.tr(" (fixed)"), "dismissed": self.tr(" (dismissed)")}[f.status]
            words = word(f.severity.label)
            title = guidance_title(f.display_title, f.title) + mark
            row = QHBoxLayout()
            row.addWidget(SeverityBadge(f.severity, words), 0, Qt.AlignmentFlag.AlignTop)
            label = self.paragraph(title)
            row.addWidget(label, 1)
            self.body.addLayout(row)
            self.found_rows.append(f"{words}: {title}")

    def _render_questions(self, step: C.StepDef, view: C.StepView) -> None:
        assert self.checkup is not None
        choices = [(value, self._answer_label(value)) for value in C.ANSWERS]
        for q in self.checkup.questions(step.key):
            text = guidance(q.text)
            label = QLabel(text)
            label.setWordWrap(True)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            self.body.addWidget(label)
            hint = self.paragraph(guidance(q.help))
            hint.setObjectName("muted")
            self.body.addWidget(hint)
            saved = self.checkup.state["answers"].get(f"{step.key}.{q.id}") or ""
            answers = AnswerChoices(text, choices, saved)
            self.body.addWidget(answers)
            self.body.addSpacing(8)
            self._question_choices[q.id] = answers
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("S&ave my answers"))
        self.save_button.setAccessibleName(self.tr("Save my answers"))
        self.save_button.setProperty("primary", not self._has_result(view))
        self.save_button.clicked.connect(self.save_answers)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def _render_quiz(self) -> None:
        assert self.checkup is not None
        try:
            quiz = self.checkup.quiz()
        except UserFacingError as exc:
            self.body.addWidget(self.paragraph(error_text(exc)))
            return
        for n, q in enumerate(quiz, 1):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            lay = QVBoxLayout(frame)
            question = QLabel(f"{n}. {guidance(q.question)}")
            question.setWordWrap(True)
            lay.addWidget(question)
            group = QButtonGroup(frame)
            # The feedback takes its full height from the start: answering moves nothing below it.
            feedback = ReservedLabel([self._feedback_text(True, q.choices[q.answer], q.explain),
                                      self._feedback_text(False, q.choices[q.answer], q.explain)])
            chosen = self.checkup.state["quiz"].get(q.id)
            for i, choice in enumerate(guidance_all(q.choices)):
                # A radio button's own text never wraps, so the choice is a wrapping label beside it
                # (clicking the label picks the choice too): nothing is cut off at large text sizes.
                radio = QRadioButton()
                radio.setAccessibleName(choice)
                group.addButton(radio, i)
                text = ButtonLabel(choice, radio)
                line = QHBoxLayout()
                line.addWidget(radio, 0, Qt.AlignmentFlag.AlignTop)
                line.addWidget(text, 1)
                lay.addLayout(line)
                if chosen == i:
                    radio.setChecked(True)
            lay.addWidget(feedback)
            if isinstance(chosen, int):
                self._show_feedback(feedback, chosen == q.answer, q.choices[q.answer], q.explain)
            group.idClicked.connect(lambda i, qid=q.id, fb=feedback: self.answer_quiz(qid, i, fb))
            self._quiz_groups[q.id] = group
            self.body.addWidget(frame)

        self.body.addWidget(self.heading(self.tr("A family safe word"), level=2))
        self.body.addWidget(self.paragraph(guidance(C.SAFE_WORD_QUESTION.help)))
        label = QLabel(guidance(C.SAFE_WORD_QUESTION.text))
        label.setWordWrap(True)
        self.body.addWidget(label)
        saved = self.checkup.state["answers"].get("scam.safe_word") or ""
        box = AnswerChoices(label.text(), [(value, self._answer_label(value)) for value in C.ANSWERS], saved)
        box.answered.connect(self.answer_safe_word)
        self.safe_word_box = box
        self.body.addWidget(box)
        row = QHBoxLayout()
        suggest = QPushButton(self.tr("Su&ggest a safe word"))
        suggest.setAccessibleName(self.tr("Suggest a safe word"))
        suggest.clicked.connect(self.suggest_word)
        row.addWidget(suggest)
        self.safe_word_label = QLabel()
        self.safe_word_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.safe_word_label, 1)
        self.body.addLayout(row)
        self.body.addWidget(self.paragraph(self.tr(
            "Hearth does not save the safe word. Tell your family in person, and print the card from Reports.")))

    def _answer_label(self, value: str) -> str:
        """Yes / No / Not sure (``app.checkup.ANSWER_LABELS``) in the interface language."""
        label = C.ANSWER_LABELS[value]
        translated = self.tr(label)
        return translated if translated != label else guidance(label)

    @staticmethod
    def _feedback_text(correct: bool, right: str, explain: str) -> str:
        right, explain = guidance(right), guidance(explain)
        head = (
            QCoreApplication.translate("CheckupPage", "✔ Right.")
            if correct
            else QCoreApplication.translate("CheckupPage", "✖ Not quite. The best answer: {answer}").format(answer=right)
        )
        return f"{head}\n{explain}"

    @classmethod
    def _show_feedback(cls, label: QLabel, correct: bool, right: str, explain: str) -> None:
        label.setText(cls._feedback_text(correct, right, explain))
        label.setAccessibleName(label.text())

    def _render_summary(self) -> None:
        assert self.checkup is not None
        self._update_progress()
        hearth = self.ctx.hearth
        member_id = self.checkup.member_id
        finished = self.checkup.status == "finished"
        self.step_label.setText(self.tr("Your results") if finished else self.tr("Your results so far"))
        score = self.checkup.score()
        summary = P.checkup_summary(self.checkup)
        self.score_label = QLabel(guidance(summary.score_text))
        self.score_label.setObjectName("h1")
        self.score_label.setWordWrap(True)
        self.score_label.setAccessibleName(self.score_label.text())
        self.body.addWidget(self.score_label)
        # How the score is counted is there for who wants it, folded away.
        self.score_help = Expander(self.tr("How is this worked out?"), self.paragraph(guidance(C.SCORE_MODEL_TEXT)))
        self.body.addWidget(self.score_help)
        self.body.addWidget(self.heading(self.tr("Checkup steps"), level=2))
        self.outcome_labels: list[QLabel] = []
        for line in summary.steps:
            text = P.step_text(line, word)  # outcome words: the window's status words first
            if line.details:  # what could not be checked and why, then how to check by hand
                text += "\n" + "\n".join("    " + d for d in guidance_all(line.details))
            label = self.paragraph(text)
            label.setAccessibleName(label.text())
            self.outcome_labels.append(label)
            self.body.addWidget(label)
        if not finished and any(not s.outcome or s.outcome in (C.NEEDS_ANSWERS, C.SKIPPED) for s in summary.steps):
            self.body.addWidget(self.paragraph(self.tr("Use Back to do the steps not done yet.")))
        items = C.todo(hearth, member_id)
        entries = [self._entry(f) for f in items]
        del score
        if items:
            self.todo_list = TodoCards(entries, C.THIS_WEEK)
            self.todo_list.fix_clicked.connect(self.mark_fixed)
            self.todo_list.dismiss_clicked.connect(self.dismiss)
            self.body.addWidget(self.todo_list)
        else:
            self.body.addWidget(self.heading(self.tr("To do"), level=2))
            self.body.addWidget(self.paragraph(self.tr("Nothing open on the to-do list. Well done.")))
        dismissed = C.FindingsStore(hearth).list(member_id, C.DISMISSED)
        if dismissed:
            self.body.addWidget(self.heading(self.tr("Dismissed"), level=2))
            for f in dismissed:
                self.body.addWidget(
                    self.paragraph(
                        self.tr("– {title} (reason: {reason})").format(
                            title=guidance_title(f.display_title, f.title), reason=f.dismiss_reason
                        )
                    )
                )
        self._add_history(member_id)
        if finished:
            self._nav(False, False, True, self.tr("Start a &new checkup"))
            self._report_buttons(True)
        else:
            self._nav(True, False, True, self.tr("&Finish the checkup"))

    def _entry(self, f: C.StoredFinding) -> TodoEntry:
        title = guidance_title(f.display_title, f.title)
        steps = "\n".join(f"  {i}. {s}" for i, s in enumerate(guidance_all(f.fix), 1))
        details = self.tr("Why it matters: {why}\n\nHow to fix it:\n{steps}").format(why=guidance(f.why), steps=steps)
        return TodoEntry(f.id, f.severity, word(f.severity.label), title, f.effort_minutes, details)

    @property
    def detail(self) -> QLabel:
        """The unfolded card's why and steps."""
        card = self.todo_list.currentItem() if self.todo_list is not None else None
        return card.detail if card is not None else QLabel()

    def _add_history(self, member_id: int) -> None:
        points = C.history(self.ctx.hearth, member_id)
        if not points:
            return
        self.body.addWidget(self.heading(self.tr("Score history"), level=2))
        self.chart = ScoreChart()
        self.chart.set_points([(p.finished_at, p.score) for p in points])
        self.body.addWidget(self.chart)

    # -- actions ---------------------------------------------------------------------------

    def _guard(self, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except UserFacingError as exc:
            self.status.setText(error_text(exc))
            if "no longer" in exc.message:
                self.checkup = None
                self.ctx.refresh_members()
                self.render()
            return None

    def _render_and_focus(self) -> None:
        """Render, then give the keyboard focus to the new step's heading or the results' score."""
        self.render()
        if self.checkup is not None and self.checkup.at_summary:
            self._focus(self.score_label)
        elif self.checkup is not None:
            self._focus(self.step_heading)

    def start(self) -> None:
        member = self.ctx.current_member()
        if member is None:
            return
        self.checkup = self._guard(C.Checkup.start, self.ctx.hearth, member.id)
        self.status.setText("")
        self._render_and_focus()

    def go_next(self) -> None:
        if self.checkup is None:
            return
        if self.checkup.at_summary:
            if self.checkup.status == "finished":
                self.checkup = None
                self.start()
            else:
                score = self._guard(self.checkup.finish)
                if score is not None:
                    shown = P.score_text(score.shown, score.coverage)
                    self.status.setText(self.tr("Checkup saved. {score}").format(score=guidance(shown)))
                    self.ctx.members_changed.emit()
                self._render_and_focus()
            return
        self._guard(self.checkup.next)
        self.status.setText("")
        self._render_and_focus()

    def go_back(self) -> None:
        if self.checkup is not None:
            self._guard(self.checkup.back)
            self.status.setText("")
            self._render_and_focus()

    def skip(self) -> None:
        if self.checkup is not None:
            self._guard(self.checkup.skip)
            self.status.setText("")
            self._render_and_focus()

    def run_current(self) -> None:
        if self.checkup is None or self.checkup.current is None or self.task is not None:
            return
        key = self.checkup.current.key
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        for b in (self.back_button, self.skip_button, self.next_button):
            b.setEnabled(False)
        self.run_progress.setVisible(True)
        self.run_progress.setRange(0, 0)
        self.status.setText(self.tr("Working…"))
        self.task = self.ctx.tasks.run(
            self.checkup.run_step,
            key,
            on_finished=self._step_finished,
            on_failed=self._step_failed,
            on_progress=self._step_progress,
            owner=self,
        )

    def _step_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.run_progress.setRange(0, total)
            self.run_progress.setValue(done)
        self.status.setText(guidance(text))

    def _end_task(self) -> None:
        self.task = None
        for b in (self.back_button, self.skip_button, self.next_button):
            b.setEnabled(True)

    def _settled(self, key: str, outcome: str, message: str) -> None:
        """A step has its result: nothing to decide (all clear) moves on; anything else stays to be read."""
        icon = P.OUTCOME_ICONS.get(outcome, "")
        if outcome == C.CLEAN and self.checkup is not None and self.checkup.current is not None \
                and self.checkup.current.key == key:
            title = guidance(C.step_def(key).title)
            self._guard(self.checkup.next)
            self._render_and_focus()
            self.status.setText(f"{icon} {title}: {guidance(message)}".strip())
            return
        self.render()
        self.status.setText(f"{icon} {guidance(message)}".strip())
        if self.checkup is not None and not self.checkup.at_summary:
            self._focus(self.step_state)

    def _step_finished(self, outcome: C.StepOutcome) -> None:
        self._end_task()
        self._settled(outcome.key, outcome.outcome, outcome.message)

    def _step_failed(self, error: BaseException) -> None:
        self._end_task()
        if isinstance(error, UserFacingError) and "no longer" in error.message:
            self.checkup = None
            self.ctx.refresh_members()
        self.status.setText(error_text(error))
        self.render()

    def cancel_running(self) -> None:
        task, self.task = self.task, None
        if task is None:
            return
        task.cancel()
        # The worker notices the token and saves the step as "stopped"; its result is dropped.
        key = self.checkup.current.key if self.checkup and self.checkup.current else None
        if self.checkup is not None and key:
            self.checkup.state["steps"][key]["status"] = C.CANCELLED
            self.checkup.state["steps"][key]["message"] = self.tr(
                "You stopped this step. Run it again when you are ready.")
        self._end_task()
        self.status.setText(self.tr("■ Stopped. Nothing from this step was saved."))
        self.render()

    def save_answers(self) -> None:
        if self.checkup is None or self.checkup.current is None:
            return
        answers = {qid: box.value() for qid, box in self._question_choices.items() if box.value()}
        if not answers:
            self.status.setText(self.tr("Choose an answer for at least one question, or press Skip this step."))
            return
        key = self.checkup.current.key
        out = self._guard(self.checkup.answer, answers, key)
        if out is not None:
            self._settled(key, out.outcome, out.message)

    def answer_quiz(self, question_id: str, choice: int, feedback: QLabel) -> None:
        if self.checkup is None:
            return
        fb = self._guard(self.checkup.quiz_answer, question_id, choice)
        if fb is not None:
            self._show_feedback(feedback, fb.correct, fb.right_choice, fb.explain)
            self._refresh_step_state()

    def answer_safe_word(self, value: str) -> None:
        if self.checkup is None or not value:
            return
        out = self._guard(self.checkup.safe_word_answer, value)
        if out is not None:
            self._refresh_step_state()

    def _refresh_step_state(self) -> None:
        if self.checkup is None or self.checkup.current is None:
            return
        view = next(v for v in self.checkup.steps() if v.key == self.checkup.current.key)
        self._set_state(view)
        self._step_nav(view)
        self._update_progress()

    def suggest_word(self) -> None:
        if self.checkup is None:
            return
        word = self._guard(self.checkup.suggest_safe_word)
        if word:
            self.safe_word_label.setText(self.tr("Suggestion: {w}").format(w=word))
            self.safe_word_label.setAccessibleName(self.safe_word_label.text())

    def mark_fixed(self, fid: int) -> None:
        if self.task is not None:
            return
        self.status.setText(self.tr("Checking again…"))
        self.task = self.ctx.tasks.run(
            C.mark_fixed, self.ctx.hearth, fid,
            on_finished=self._fixed_done, on_failed=self._step_failed, owner=self,
        )

    def _fixed_done(self, outcome: C.FixOutcome) -> None:
        self._end_task()
        mark = "✔" if outcome.confirmed and outcome.finding.status == C.FIXED else "⚠"
        self.render()
        self.status.setText(f"{mark} {guidance(outcome.message)}")

    def dismiss(self, fid: int, title: str) -> None:
        reason = ask_reason(self, title)
        if reason is None:
            return
        done = self._guard(C.FindingsStore(self.ctx.hearth).dismiss, fid, reason)
        if done is not None:
            self.render()
            self.status.setText(self.tr("Dismissed. It stays dismissed, and costs no points."))

    # -- the report, after Finish ----------------------------------------------------------

    def save_report(self, purpose: str) -> None:
        """Print (save to a temporary file and open it to print), Save (choose where) or Share (choose
        where, then open its folder to attach it). The file is written off the GUI thread."""
        member = self.ctx.current_member()
        if member is None or self.save_task is not None:
            return
        if purpose == "print":
            path: str | None = str(Path(tempfile.mkdtemp(prefix="hearth-print-")) / _file_name(member.name))
        else:
            title = self.tr("Save the report") if purpose == "save" else self.tr("Save the report to share")
            path = ask_save_path(self, title, _file_name(member.name), self.tr("PDF (*.pdf)"))
        if not path:
            return
        self.status.setText(self.tr("Saving…"))
        self.save_task = self.ctx.tasks.run(
            R.export, self.ctx.hearth, path, "pdf", member_id=member.id,
            on_finished=lambda saved: self._report_saved(purpose, saved),
            on_failed=self._report_failed, owner=self,
        )

    def _report_saved(self, purpose: str, path: Path) -> None:
        self.save_task = None
        self.last_saved = Path(path)
        if purpose == "print":
            self.status.setText(self.tr("✔ The report is open in your PDF viewer. Print it from there."))
            open_url(QUrl.fromLocalFile(str(path)))
        elif purpose == "save":
            self.status.setText(self.tr("✔ Saved to {path}.").format(path=path))
            open_url(QUrl.fromLocalFile(str(path)))
        else:
            self.status.setText(self.tr(
                "✔ Saved to {path}. Its folder is open: attach the file to an e-mail or a message.").format(path=path))
            open_url(QUrl.fromLocalFile(str(Path(path).parent)))

    def _report_failed(self, error: BaseException) -> None:
        self.save_task = None
        self.status.setText("✖ " + error_text(error))


#: The name ``ui.main_window`` looks for; the class has its own name so that its ``tr()`` texts have
#: their own translation context ("CheckupPage"), not one shared by every page.
Page = CheckupPage
