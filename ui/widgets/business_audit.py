"""The small-business self-audit form: one answer and an evidence note per question (``app.business``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.business import ANSWER_LABELS, ANSWERS, MAX_EVIDENCE, BusinessAudit, load_questions
from app.core import Hearth
from app.errors import UserFacingError
from ui.i18n import guidance
from ui.pages.base import error_text

#: app.business.ANSWER_LABELS (English), shown through self.tr()
_ANSWER_WORDS = (
    QT_TRANSLATE_NOOP("BusinessAuditDialog", "Yes"),
    QT_TRANSLATE_NOOP("BusinessAuditDialog", "Partly"),
    QT_TRANSLATE_NOOP("BusinessAuditDialog", "No"),
    QT_TRANSLATE_NOOP("BusinessAuditDialog", "Not needed here"),
)


class BusinessAuditDialog(QDialog):
    """Answer the self-audit for one (business) member; Save stores answers and turns gaps into to-dos."""

    def __init__(self, hearth: Hearth, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hearth = hearth
        self.member_id = member_id
        self.audit = BusinessAudit(hearth)
        self.setWindowTitle(self.tr("Small-business self-audit"))
        self.setMinimumSize(640, 560)
        outer = QVBoxLayout(self)
        intro, _ = load_questions()
        head = QLabel(guidance(intro))
        head.setWordWrap(True)
        outer.addWidget(head)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = QWidget()
        body = QVBoxLayout(host)
        scroll.setWidget(host)
        outer.addWidget(scroll, 1)
        self.boxes: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        for n, current in enumerate(self.audit.answers(member_id), 1):
            q = current.question
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            lay = QVBoxLayout(frame)
            control = guidance(q.control)
            title = QLabel(f"{n}. {control}")
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            lay.addWidget(title)
            question = QLabel(guidance(q.question))
            question.setWordWrap(True)
            lay.addWidget(question)
            refs = QLabel("; ".join(f"{fw}: {item}" for fw, item in q.refs))
            refs.setWordWrap(True)
            refs.setObjectName("muted")  # the framework items, after the question, in small print
            small = refs.font()
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
            refs.setFont(small)
            lay.addWidget(refs)
            box = QComboBox()
            box.addItem(self.tr("Not answered yet"), "")
            for value in ANSWERS:
                box.addItem(self._answer_label(ANSWER_LABELS[value]), value)
            box.setCurrentIndex(max(0, box.findData(current.answer)))
            box.setAccessibleName(self.tr("Answer: {control}").format(control=control))
            question.setBuddy(box)
            lay.addWidget(box)
            note = QLineEdit(current.evidence)
            note.setMaxLength(MAX_EVIDENCE)
            note.setPlaceholderText(self.tr("Evidence or note (optional): what you have, where it is written down"))
            note.setAccessibleName(self.tr("Evidence note: {control}").format(control=control))
            lay.addWidget(note)
            body.addWidget(frame)
            self.boxes[q.id] = box
            self.notes[q.id] = note
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _answer_label(self, label: str) -> str:
        """An answer (``app.business.ANSWER_LABELS``) in the interface language."""
        translated = self.tr(label)
        return translated if translated != label else guidance(label)

    def save(self) -> None:
        answers = {
            qid: (box.currentData(), self.notes[qid].text()) for qid, box in self.boxes.items() if box.currentData()
        }
        try:
            self.audit.save(self.member_id, answers)
        except UserFacingError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
