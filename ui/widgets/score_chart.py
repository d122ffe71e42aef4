"""A small score-history chart drawn with QPainter (no Qt Charts: it would add megabytes to the bundle).

Scores are 0-100 on the vertical axis, checkups in date order on the horizontal axis (evenly
spaced, each labelled with its date). Every point is also drawn as a value label, and the
accessible description lists them all, so nothing depends on seeing the line or its colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def _label(when: dt.datetime) -> str:
    return QLocale().toString(QDate(when.year, when.month, when.day), "d MMM")


class ScoreChart(QWidget):
    """Line chart of (date, score) points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[dt.datetime, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Score history"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._update_description()

    def set_points(self, points: Sequence[tuple[dt.datetime, int]]) -> None:
        self._points = [(when, max(0, min(100, int(score)))) for when, score in points]
        self._update_description()
        self.update()

    def points(self) -> list[tuple[dt.datetime, int]]:
        return list(self._points)

    def description(self) -> str:
        if not self._points:
            return self.tr("No finished checkups yet, so there is no history to show.")
        parts = [
            self.tr("{score} on {date} {year}").format(score=score, date=_label(when), year=when.year)
            for when, score in self._points
        ]
        return self.tr("Scores out of 100, oldest first: ") + "; ".join(parts) + "."

    def _update_description(self) -> None:
        text = self.description()
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:  # noqa: N802
        line = self.fontMetrics().height()
        return QSize(480, max(220, 12 * line))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        line = self.fontMetrics().height()
        return QSize(320, max(180, 10 * line))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802, ARG002
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fg = pal.color(QPalette.ColorRole.WindowText)
        bg = pal.color(QPalette.ColorRole.Window)
        grid = QColor(fg)
        grid.setAlpha(60)
        fm = p.fontMetrics()
        left = fm.horizontalAdvance("100") + 12
        bottom = fm.height() + 10
        top = fm.height() + 6
        pad = fm.horizontalAdvance("88 Mmm") / 2 + 4  # room for the first and last date labels
        plot = QRectF(left + pad, top + fm.height(), max(10, self.width() - left - 2 * pad),
                      max(10, self.height() - top - fm.height() - bottom))
        axis_left = left

        p.setPen(QPen(grid, 1))
        for v in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * v / 100
            p.drawLine(QPointF(axis_left, y), QPointF(plot.right() + pad, y))
            p.setPen(fg)
            p.drawText(QRectF(0, y - fm.height() / 2, left - 6, fm.height()), Qt.AlignmentFlag.AlignRight, str(v))
            p.setPen(QPen(grid, 1))

        if not self._points:
            p.setPen(fg)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.description())
            p.end()
            return

        n = len(self._points)
        step = plot.width() / max(1, n - 1) if n > 1 else 0
        coords = []
        for i, (_, score) in enumerate(self._points):
            x = plot.left() + (i * step if n > 1 else plot.width() / 2)
            y = plot.bottom() - plot.height() * score / 100
            coords.append(QPointF(x, y))

        path = QPainterPath(coords[0])
        for c in coords[1:]:
            path.lineTo(c)
        p.setPen(QPen(fg, 3))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)

        bold = QFont(p.font())
        bold.setBold(True)
        every = max(1, int(n / max(1, plot.width() / (fm.horizontalAdvance("88 Mmm") + 8))))
        for i, (c, (when, score)) in enumerate(zip(coords, self._points, strict=True)):
            p.setPen(QPen(fg, 2))
            p.setBrush(bg)
            p.drawEllipse(c, 5.5, 5.5)
            if i % every == 0 or i == n - 1:
                p.setFont(bold)
                p.drawText(QRectF(c.x() - 30, c.y() - fm.height() - 6, 60, fm.height()),
                           Qt.AlignmentFlag.AlignCenter, str(score))
                p.setFont(self.font())
                p.drawText(QRectF(c.x() - 40, plot.bottom() + 4, 80, fm.height()),
                           Qt.AlignmentFlag.AlignCenter, _label(when))
        p.end()
