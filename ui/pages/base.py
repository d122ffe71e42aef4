"""The base class of every page, and small helpers pages share."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserFacingError
from app.storage.repos import Member
from ui.context import UiContext
from ui.i18n import guidance

log = logging.getLogger(__name__)


class PageBase(QWidget):
    """A page of the main window.

    Attributes:
        ctx: the shared UiContext (``ctx.hearth``, ``ctx.tasks``, ``ctx.current_member()``).
        AREA: the area key this page renders.
    """

    AREA = ""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.member_changed.connect(self._on_ctx_member_changed)

    def _on_ctx_member_changed(self, member: object) -> None:
        self.on_member_changed(member if isinstance(member, Member) else None)
        fit_width(self)

    def on_member_changed(self, member: Member | None) -> None:
        """Override when the page shows something about the selected member."""

    def on_shown(self) -> None:
        """Called each time the page becomes visible."""

    def showEvent(self, event: QEvent) -> None:  # noqa: N802
        fit_width(self)  # also covers what the page built since it was last shown
        super().showEvent(event)

    # -- helpers -------------------------------------------------------------------------

    @staticmethod
    def heading(text: str, level: int = 1) -> QLabel:
        label = QLabel(text)
        label.setObjectName("h1" if level == 1 else "h2")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(text)
        return label

    @staticmethod
    def button(text: str, slot: Callable[[], Any]) -> QPushButton:
        """A push button named for screen readers by its words (without a trailing "…")."""
        b = QPushButton(text)
        b.setAccessibleName(text.rstrip("…"))
        b.clicked.connect(slot)
        return b

    @staticmethod
    def paragraph(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(text)
        return label

    def show_error(self, error: BaseException, *, title: str = "") -> None:
        show_error(self, error, title=title)

    def reveal(self, widget: QWidget) -> None:
        """Scroll the page so that ``widget`` (e.g. a new result) is at the top of the view."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QScrollArea

        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            area = parent

            def scroll() -> None:
                inner = area.widget()
                if inner is not None and inner.layout() is not None:
                    inner.layout().activate()  # a widget just shown has no position yet
                if inner is None:
                    return
                top = widget.mapTo(inner, widget.rect().topLeft()).y()
                bar = area.verticalScrollBar()
                bar.setValue(min(bar.maximum(), max(0, top - 16)))  # the new content at the top

            QTimer.singleShot(30, area, scroll)  # dropped if the page goes away first


def error_text(error: BaseException) -> str:
    if isinstance(error, UserFacingError):
        return f"{guidance(error.message)}\n\n{guidance(error.hint)}".strip()
    from app.paths import Paths

    return QCoreApplication.translate(
        "PageBase",
        "Something went wrong inside Hearth. Nothing you stored was lost.\n\n"
        "Details were written to the log: {path}",
    ).format(path=Paths.default().log_file)


def show_error(parent: QWidget | None, error: BaseException, *, title: str = "") -> None:
    if not isinstance(error, UserFacingError):
        log.error("unexpected error", exc_info=error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or "Hearth")
    box.setText(error_text(error))
    box.setAccessibleName(title or QCoreApplication.translate("PageBase", "Problem"))
    box.exec()


class ComingSoonPage(PageBase):
    """An area that is not built yet, and says so plainly."""

    def __init__(self, ctx: UiContext, title: str, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(self.heading(title))
        layout.addWidget(self.paragraph(summary))
        note = self.paragraph(
            QCoreApplication.translate(
                "PageBase", "Coming soon. This part of Hearth is not built yet, so it does not check anything for now."
            )
        )
        note.setObjectName("comingSoon")
        layout.addWidget(note)
        layout.addStretch(1)


class ButtonGrid(QWidget):
    """Big buttons in two columns, or one when the page is too narrow (large text, small window)."""

    def __init__(self, spacing: int = 10, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QGridLayout, QLayout

        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._buttons: list[QWidget] = []
        self._columns = 2

    def add(self, button: QWidget) -> None:
        self._buttons.append(button)
        self._place()

    def _widest(self) -> int:
        return max((b.sizeHint().width() for b in self._buttons), default=0)

    def columns_for(self, width: int) -> int:
        return 2 if width >= 2 * self._widest() + self._grid.spacing() else 1

    def _place(self) -> None:
        for b in self._buttons:
            self._grid.removeWidget(b)
        for i, b in enumerate(self._buttons):
            self._grid.addWidget(b, i // self._columns, i % self._columns)

    def minimumSizeHint(self):  # noqa: ANN201, N802
        from PySide6.QtCore import QSize

        rows = len(self._buttons)
        height = sum(b.sizeHint().height() for b in self._buttons) + self._grid.spacing() * max(0, rows - 1)
        return QSize(self._widest(), height // max(1, self._columns) if self._columns == 2 else height)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        columns = self.columns_for(event.size().width())
        if columns != self._columns:
            self._columns = columns
            self._place()
            self.updateGeometry()
        super().resizeEvent(event)


# -- fitting the page to the window's width ------------------------------------------------------
# With large text (up to 2x) and longer languages, one long label, combo box or check box beside
# something else would make the page wider than the window, and people would have to scroll
# sideways to read. These helpers let such controls shrink and wrap instead.

#: Labels shorter than this stay on one line (short field names, numbers, icons).
WRAP_FROM = 24


def fit_width(root: QWidget) -> None:
    """Let the labels and combo boxes under ``root`` get narrower than their text.

    Labels of more than a few words wrap; combo boxes stop growing to their longest entry (the
    open list still shows entries in full). Widgets inside lists and text boxes are left alone.
    """
    for child in root.findChildren(QWidget):
        if child.property("hearthFitted"):
            continue
        if _part_of_a_view(child, root):
            continue
        child.setProperty("hearthFitted", True)
        if isinstance(child, QLabel):
            if not child.wordWrap() and len(child.text()) >= WRAP_FROM and child.pixmap().isNull():
                child.setWordWrap(True)
        elif isinstance(child, QGroupBox) and len(child.title()) >= WRAP_FROM:
            _wrap_group_title(child)
        elif isinstance(child, QComboBox):
            child.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            child.setMinimumContentsLength(min(child.minimumContentsLength() or 14, 14))
            # QComboBox keeps the minimum size it measured first; a style change makes it measure again.
            sheet = child.styleSheet()
            child.setStyleSheet(sheet + " ")
            child.setStyleSheet(sheet)


def _wrap_group_title(box: QGroupBox) -> None:
    """A group box's title never wraps: a long one moves into a wrapping bold label inside the box."""
    layout = box.layout()
    if not isinstance(layout, (QBoxLayout, QFormLayout)):
        return
    title = box.title().replace("&&", "\0").replace("&", "").replace("\0", "&")
    label = QLabel(title)
    label.setWordWrap(True)
    label.setObjectName("groupTitle")
    label.setProperty("hearthFitted", True)
    label.setAccessibleName(title)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    if not box.accessibleName():
        box.setAccessibleName(title)
    box.setTitle("")
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, label)
    else:
        layout.insertRow(0, label)


def _part_of_a_view(widget: QWidget, root: QWidget) -> bool:
    """Whether ``widget`` is a part of a list, table, text box or combo box (not page content)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QAbstractItemView, QTextEdit, QPlainTextEdit, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


class ButtonLabel(QLabel):
    """The wrapping words of a check box or radio button; clicking them clicks the button."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)  # its &-shortcut moves the focus to the button
        self.setProperty("hearthFitted", True)

    def mousePressEvent(self, event: QEvent) -> None:  # noqa: N802
        if self.button.isEnabled():
            self.button.click()
        event.accept()


def wrapping(button: QAbstractButton) -> QWidget:
    """``button`` (a check box or radio button) with its words in a label that wraps.

    Qt check boxes never wrap their text, so a long one sets the page's width. The button keeps its
    accessible name (the words, without the "&"); the label keeps the keyboard shortcut.
    """
    text = button.text()
    if not button.accessibleName():
        button.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    button.setText("")
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    label = ButtonLabel(text, button)
    label.setEnabled(button.isEnabled())
    button.installEventFilter(_EnabledFollower(label, button))
    row.addWidget(label, 1)
    button.setProperty("wrappedLabel", label)
    return box


class _EnabledFollower(QObject):
    """Greys the label out with its button."""

    def __init__(self, label: QLabel, button: QAbstractButton) -> None:
        super().__init__(button)
        self.label = label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.EnabledChange:
            self.label.setEnabled(watched.isEnabled())
        return False
