"""The household dashboard the Home page embeds: a card per member, the household score, recent scam checks.

It only renders ``app.checkup.household_summary`` (a few queries, fast with thousands of
findings). Call :meth:`HouseholdDashboard.reload` after anything changes; it also reloads
itself when members change. Status is given in words and symbols, never by colour alone.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import checkup as C
from app import presenters as P
from ui.context import UiContext
from ui.i18n import guidance, reader_date

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

VERDICT_WORDS = {
    "scam": QT_TRANSLATE_NOOP("Dashboard", "✖ Scam"),
    "suspicious": QT_TRANSLATE_NOOP("Dashboard", "⚠ Suspicious"),
    "likely_safe": QT_TRANSLATE_NOOP("Dashboard", "✔ No red flags found"),
    "unknown": QT_TRANSLATE_NOOP("Dashboard", "? Not sure"),
}


def verdict_text(verdict: str) -> str:
    """A scam-check verdict ("scam", "suspicious", ...) as an icon and words in the interface language."""
    if verdict == "warning_signs":  # "likely_safe" that listed red flags (app.scam.shown_verdict)
        from app.scam import FEW_FLAGS_SHORT  # on use: the scam feature stays off the start-up path

        return "⚠ " + guidance(FEW_FLAGS_SHORT)
    return _tr(VERDICT_WORDS[verdict]) if verdict in VERDICT_WORDS else verdict


def _tr(text: str, n: int = -1) -> str:
    return translate("Dashboard", text, None, n)


def trend_text(trend: int | None) -> str:
    if trend is None:
        return translate("Dashboard", "First checkup: nothing to compare with yet")
    if trend > 0:
        return translate("Dashboard", "▲ up {n} since last time").format(n=trend)
    if trend < 0:
        return translate("Dashboard", "▼ down {n} since last time").format(n=-trend)
    return translate("Dashboard", "● same as last time")


def due_text(card: C.MemberCard, now: dt.datetime) -> str:
    if card.coverage is None:  # never finished a checkup
        return translate("Dashboard", "Next checkup: now (never had one)")
    if card.due_now:
        return translate("Dashboard", "Next checkup: due now")
    days = (card.next_due - now).days
    date = QLocale().toString(
        QDate(card.next_due.year, card.next_due.month, card.next_due.day),
        translate("Dashboard", "d MMM yyyy", "date format of the next checkup"),
    )
    return translate("Dashboard", "Next checkup: {date} (in %n day(s))", None, days).format(date=date)


class MemberCardWidget(QFrame):
    """One member: score, trend, top action, next checkup, and a button to start the checkup."""

    open_checkup = Signal(int)

    def __init__(self, card: C.MemberCard, now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setObjectName("memberCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        name = QLabel(f"<b>{_esc(card.name)}</b>")
        name.setTextFormat(Qt.TextFormat.RichText)
        name.setWordWrap(True)
        layout.addWidget(name)
        if card.coverage is None:
            score_text = translate("Dashboard", "No checkup yet")
        else:  # the shared presenter: the score with its coverage, or why there is none
            score_text = guidance(P.score_text(card.score, card.coverage))
        self.score_label = QLabel(score_text)
        self.score_label.setObjectName("h2")
        self.score_label.setWordWrap(True)
        layout.addWidget(self.score_label)
        self.trend_label = QLabel("" if card.score is None else trend_text(card.trend))
        self.trend_label.setVisible(card.score is not None)
        self.trend_label.setWordWrap(True)  # "First checkup: nothing to compare with yet" is long at 200 %
        layout.addWidget(self.trend_label)
        if card.score is not None:
            score_text += ", " + trend_text(card.trend)
        nothing = translate("Dashboard", "Nothing open on the to-do list.")
        top = guidance(card.top_action) or (nothing if card.score is not None else "")
        if card.top_action:
            top = translate("Dashboard", "Top action: {action}").format(action=top)
        self.top_label = QLabel(top)
        self.top_label.setWordWrap(True)
        layout.addWidget(self.top_label)
        self.due_label = QLabel(due_text(card, now))
        self.due_label.setWordWrap(True)
        layout.addWidget(self.due_label)
        if card.coverage is not None:
            text = translate("Dashboard", "Open checkup")
        else:
            text = translate("Dashboard", "Start checkup")
        self.button = QPushButton(text)
        self.button.setAccessibleName(
            translate("Dashboard", "{action} for {name}").format(action=text, name=card.name)
        )
        self.button.clicked.connect(lambda: self.open_checkup.emit(card.member_id))
        layout.addWidget(self.button)
        summary = ". ".join(
            t for t in (card.name, score_text, self.top_label.text(), self.due_label.text()) if t
        )
        self.setAccessibleName(summary)


def _esc(text: str) -> str:
    import html

    return html.escape(text)


class HouseholdDashboard(QWidget):
    """Member cards, the household score and recent scam checks."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, columns: int = 2) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.columns = columns
        self.summary: C.HouseholdSummary | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.household_label = QLabel()
        self.household_label.setObjectName("h2")
        self.household_label.setWordWrap(True)  # with what it covers, it is long at 200 % text
        self._layout.addWidget(self.household_label)
        # Whom the score counts when it is not everyone, and what to do for the others.
        self.basis_label = QLabel()
        self.basis_label.setWordWrap(True)
        self.basis_label.setTextFormat(Qt.TextFormat.PlainText)  # it holds the members' names
        self._layout.addWidget(self.basis_label)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._grid_host)
        scam_title = QLabel(self.tr("Recent scam checks"))
        scam_title.setObjectName("h2")
        self._layout.addWidget(scam_title)
        self.scam_label = QLabel()
        self.scam_label.setWordWrap(True)
        self.scam_label.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(self.scam_label)
        self._layout.addStretch(1)
        self.cards: list[MemberCardWidget] = []
        ctx.members_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        now = C.utc_now()
        self.summary = summary = C.household_summary(self.ctx.hearth, now)
        if summary.score is None:
            self.household_label.setText(self.tr("Household score: no checkups yet"))
        else:
            covers = P.household_coverage(card.coverage for card in summary.members if card.score is not None)
            self.household_label.setText(
                self.tr("Household score: {n} / 100 ({coverage})").format(n=summary.score, coverage=guidance(covers.words))
                if covers is not None else self.tr("Household score: {n} / 100").format(n=summary.score))
        basis = P.household_basis((card.name, card.score) for card in summary.members)
        self.basis_label.setText(guidance(basis) if basis is not None else "")
        self.basis_label.setVisible(basis is not None)
        self.household_label.setAccessibleName(
            self.household_label.text() + (". " + self.basis_label.text() if basis is not None else ""))
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for i, data in enumerate(summary.members):
            card = MemberCardWidget(data, now)
            card.open_checkup.connect(self._open_checkup)
            self._grid.addWidget(card, i // self.columns, i % self.columns)
            self.cards.append(card)
        if summary.recent_scam_checks:
            lines = []
            for row in summary.recent_scam_checks:
                who = f"{row.member}: " if row.member else ""
                lines.append(f"{reader_date(row.at)} · {who}{verdict_text(row.verdict)} · {_clip(row.excerpt, 80)}")
            self.scam_label.setText("\n".join(lines))
        else:
            self.scam_label.setText(self.tr("No scam checks yet."))
        self.scam_label.setAccessibleName(self.scam_label.text())

    def _open_checkup(self, member_id: int) -> None:
        member = next((m for m in self.ctx.hearth.members.list() if m.id == member_id), None)
        if member is not None:
            self.ctx.select_member(member)
        self.ctx.navigate.emit("checkup")


def _clip(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut between words with an ellipsis (never mid-word)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return (cut if cut else text[:limit]) + "…"
