"""Lists and read-only texts as tall as their contents, so they never scroll inside a scrolling page.

A list of red flags or a guide's steps in a small box with its own scroll bar, inside a page that
scrolls too, hides words and puts two scroll bars side by side (issue 14 §3). ``grow_to_contents``
makes such a view exactly as tall as what it shows, at whatever width it gets, and switches its
own vertical scroll bar off; the page scrolls as a whole.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)

#: A view never gets shorter than this (an empty list still shows as a box).
MIN_HEIGHT = 36


def _content_height(view: QWidget) -> int:
    """The height ``view`` needs to show everything: its contents plus its own frame and margins."""
    chrome = max(0, view.height() - view.viewport().height())  # frame, margins, the style's padding
    if isinstance(view, QTextEdit):
        doc = view.document()
        doc.setTextWidth(view.viewport().width())
        return math.ceil(doc.size().height()) + chrome + 1
    if isinstance(view, QPlainTextEdit):
        lines = view.document().documentLayout().documentSize().height()
        return math.ceil(lines * view.fontMetrics().lineSpacing()) + chrome + 8
    if isinstance(view, QAbstractItemView):
        view.doItemsLayout()  # the rows' places for the current width (Qt lays them out later otherwise)
        model = view.model()
        rows = model.rowCount() if model is not None else 0
        height = 0
        for row in range(rows):
            rect = view.visualRect(model.index(row, 0))
            height = max(height, rect.bottom() + 1 + view.verticalOffset())
        spacing = view.spacing() if isinstance(view, QListView) else 0
        return height + spacing + chrome + 1
    return view.sizeHint().height()


#: The style sheet's padding around a list row's text, left and right together (``QListWidget::item { padding: 6px }``).
ROW_PADDING = 12


class _WrapDelegate(QStyledItemDelegate):
    """Word-wrapped rows measured at the width their text is painted at.

    Qt wraps a row's text at the view's width when it measures the row, but paints it inside the style sheet's
    padding: a sentence that only just fits on one line was measured as one line, painted in a narrower box and cut
    short with "..." ("if in doubt, ask someone you ..."). Measuring at the width less the padding makes such a row
    two lines tall."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        view = self.parent()
        if isinstance(view, QListView) and view.wordWrap():
            opt = QStyleOptionViewItem(option)
            opt.rect.setWidth(max(1, view.viewport().width() - ROW_PADDING))
            size = super().sizeHint(opt, index)
            return QSize(min(size.width(), view.viewport().width()), size.height())
        return super().sizeHint(option, index)


class _Grower(QObject):
    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.view = view
        self._pending = False
        self._width = -1
        self._extra = 0  # room the style adds that the measurement does not see
        self._last = 0
        self._last_estimate = -1

    def schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        self._pending = False
        view = self.view
        bar = view.verticalScrollBar()
        estimate = _content_height(view)
        if bar.maximum() > 0 and view.height() == self._last and estimate == self._last_estimate:
            # Still scrolls at the height we set for these contents: the style adds room the
            # measurement does not see (item padding); remember it for later fits too.
            self._extra += bar.maximum()
        height = max(MIN_HEIGHT, estimate + self._extra)
        self._last, self._last_estimate = height, estimate
        if view.height() != height or view.minimumHeight() != height:
            view.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self.view and self.view.width() != self._width:
            self._width = self.view.width()
            self.schedule()
        elif event.type() in (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.schedule()
        return False


def grow_to_contents(view: QWidget) -> QWidget:
    """Make ``view`` (a list or a read-only text) as tall as its contents; returns it, to chain."""
    if view.property("hearthGrows"):
        return view
    view.setProperty("hearthGrows", True)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    grower = _Grower(view)
    view.installEventFilter(grower)
    if isinstance(view, (QTextEdit, QPlainTextEdit)):
        view.document().contentsChanged.connect(grower.schedule)
        view.setMinimumHeight(MIN_HEIGHT)
    elif isinstance(view, QAbstractItemView):
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        if isinstance(view, QListView):
            view.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-wrap when the width changes
            if type(view.itemDelegate()) is QStyledItemDelegate:
                view.setItemDelegate(_WrapDelegate(view))  # ...at the width they are painted at
        model = view.model()
        if model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged, model.layoutChanged):
                signal.connect(grower.schedule)
    view.verticalScrollBar().rangeChanged.connect(grower.schedule)  # still scrolls: fit again
    grower.schedule()
    return view
