"""The window probe: what a person would find cut off or needing sideways scrolling.

``probe(window)`` looks at what is on screen now (the sidebar and the current page) and lists:
- a horizontal scroll bar that is needed (the page is wider than its view);
- sidebar areas that are out of sight (the area list itself has to scroll);
- labels whose words do not fit their box (cut at the side or at the bottom);
- buttons, check boxes and radio buttons narrower or lower than their words need;
- choices (combo boxes) too narrow to show the chosen entry;
- a scroll area inside a scroll area.

It is used by tests/gui/test_window_probe.py over every sidebar page, at 100 % and 200 % text, in
English and Spanish, on a 1280x800 window.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTextEdit,
    QToolButton,
    QWidget,
)

#: Slack for rounding in font measurements (pixels).
SLACK = 2


def _inside_view(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QAbstractItemView, QTextEdit, QPlainTextEdit, QComboBox)):
            return True
        if type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or not label.pixmap().isNull():
        return None
    rect = label.contentsRect()
    margin = label.margin() * 2 + label.indent() if label.indent() > 0 else label.margin() * 2
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"cut at the bottom ({label.height()} of {need} px high)"
        # one word longer than the line
        widest_word = max((label.fontMetrics().horizontalAdvance(w) for w in re.split(r"[\s\u200b]+", text) if w), default=0)
        if label.textFormat() != Qt.TextFormat.RichText and widest_word > rect.width() - margin + SLACK and "<" not in text:
            return f"a word wider than the label ({widest_word} > {rect.width()} px)"
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK:
        return f"cut at the side ({label.width()} of {hint.width()} px wide)"
    if hint.height() > label.height() + SLACK:
        return f"cut at the bottom ({label.height()} of {hint.height()} px high)"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text().strip():
        return None
    hint = button.minimumSizeHint() if isinstance(button, (QCheckBox, QRadioButton)) else button.sizeHint()
    if isinstance(button, (QPushButton, QToolButton)):
        # the words themselves (the style's padding may shrink a little without cutting them)
        words = button.fontMetrics().horizontalAdvance(button.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
        if words > button.contentsRect().width() + SLACK:
            return f"words cut ({button.width()} px for {words} px of words)"
        if button.fontMetrics().height() > button.height():
            return f"words cut at the bottom ({button.height()} px high)"
        return None
    if hint.width() > button.width() + SLACK:
        return f"cut at the side ({button.width()} of {hint.width()} px wide)"
    if hint.height() > button.height() + SLACK:
        return f"cut at the bottom ({button.height()} of {hint.height()} px high)"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    words = combo.fontMetrics().horizontalAdvance(text)
    if words > field.width() - icon + SLACK:
        return f"chosen entry cut ({field.width() - icon} px for {words} px of words)"
    return None


def _nav_problem(nav: QListWidget) -> list[str]:
    problems = []
    viewport = nav.viewport().rect()
    for i in range(nav.count()):
        rect = nav.visualItemRect(nav.item(i))
        if not viewport.contains(rect):
            problems.append(f"sidebar: {nav.item(i).text()!r} out of sight")
        elif nav.item(i).text() and nav.fontMetrics().horizontalAdvance(nav.item(i).text()) + nav.iconSize().width() > rect.width():
            problems.append(f"sidebar: {nav.item(i).text()!r} cut")
    return problems


def _read_only(widget: QWidget) -> bool:
    """A list or text that only shows things (a field you type into may scroll)."""
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.isReadOnly()
    return True


def _describe(widget: QWidget) -> str:
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or widget.objectName()
    return f"{type(widget).__name__} {str(name)[:50]!r}"


def probe(window: QWidget, page: QWidget | None = None) -> list[str]:
    """Every problem on the window as it is now, one plain line each."""
    problems: list[str] = []
    roots = [window]
    for root in roots:
        for widget in root.findChildren(QWidget):
            if not _shown(widget, window) or _inside_view(widget, window):
                continue
            if widget.objectName().startswith("qt_"):
                continue
            problem = None
            if isinstance(widget, QLabel):
                problem = _label_problem(widget)
            elif isinstance(widget, QAbstractButton):
                problem = _button_problem(widget)
            elif isinstance(widget, QComboBox):
                problem = _combo_problem(widget)
            elif isinstance(widget, QListWidget) and widget.objectName() == "nav":
                problems += _nav_problem(widget)
            if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, (QAbstractItemView, QTextEdit, QPlainTextEdit)):
                bar = widget.horizontalScrollBar()
                if bar.maximum() > 0 and widget.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                    problem = f"needs a horizontal scroll bar ({bar.maximum()} px too wide)"
                outer = widget.parentWidget()
                while outer is not None and not isinstance(outer, QScrollArea):
                    outer = outer.parentWidget()
                if isinstance(widget, QScrollArea) and outer is not None:
                    problem = (problem + "; " if problem else "") + "a scroll area inside a scroll area"
            if isinstance(widget, (QAbstractItemView, QTextEdit, QPlainTextEdit)) and not isinstance(widget, QComboBox):
                outer = widget.parentWidget()
                while outer is not None and not isinstance(outer, QScrollArea):
                    outer = outer.parentWidget()
                bar = widget.verticalScrollBar()
                if outer is not None and bar.maximum() > 0 and _read_only(widget):
                    problem = "scrolls inside the scrolling page (its words do not all show)"
            if problem:
                problems.append(f"{_describe(widget)}: {problem}")
    return problems
