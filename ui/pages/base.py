"""The base class of every page, and small helpers pages share."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

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

    def on_member_changed(self, member: Member | None) -> None:
        """Override when the page shows something about the selected member."""

    def on_shown(self) -> None:
        """Called each time the page becomes visible."""

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
