"""Lists and read-only texts grow to their contents: nothing scrolls inside the scrolling page."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QListWidget, QTextBrowser, QVBoxLayout, QWidget

from ui.widgets.grow import grow_to_contents

LONG = "It says a parcel could not be delivered, the story of the most common scam text of all. " * 3


def _settle(qtbot) -> None:  # noqa: ANN001
    for _ in range(5):
        qtbot.wait(1)
        QApplication.processEvents()


def _grown_list(qtbot) -> tuple[QWidget, QListWidget]:  # noqa: ANN001
    """A word-wrapped list that grows to its contents, alone in a window (not shown yet)."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    flags = QListWidget()
    flags.setWordWrap(True)
    layout.addWidget(grow_to_contents(flags))
    return host, flags


def test_a_list_shows_every_row_without_its_own_scroll_bar(qtbot) -> None:  # noqa: ANN001
    host, flags = _grown_list(qtbot)
    host.resize(400, 200)
    host.show()
    qtbot.waitExposed(host)
    for i in range(8):
        flags.addItem(f"{i + 1}. {LONG}")
    _settle(qtbot)
    assert flags.verticalScrollBar().maximum() == 0
    last = flags.visualItemRect(flags.item(7))
    assert last.top() >= 0 and last.bottom() < flags.viewport().height()  # the last row shows whole
    tall = flags.height()
    host.resize(800, 200)  # wider: the rows wrap less, the list gets shorter
    _settle(qtbot)
    assert flags.height() < tall
    assert flags.visualItemRect(flags.item(7)).bottom() < flags.viewport().height()
    assert flags.verticalScrollBar().maximum() == 0


def test_a_guide_text_shows_all_its_words(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    steps = QTextBrowser()
    steps.setMinimumHeight(300)
    layout.addWidget(grow_to_contents(steps))
    host.resize(500, 200)
    host.show()
    qtbot.waitExposed(host)
    steps.setHtml("<ol>" + "".join(f"<li>{LONG}</li>" for _ in range(6)) + "</ol>")
    _settle(qtbot)
    assert steps.verticalScrollBar().maximum() == 0
    assert steps.height() > 300
    steps.setPlainText("One short line.")
    _settle(qtbot)
    assert steps.height() < 100


def test_a_wrapped_row_is_never_cut_short_by_the_style_sheets_padding(qtbot) -> None:  # noqa: ANN001
    # A sentence that only just fits the list's width on one line was measured as one line and painted inside the
    # style sheet's padding, cut short: "if in doubt, ask someone you ..." (seen in the window at 1100 pixels).
    from PySide6.QtCore import QRect, Qt

    from ui import theme
    from ui.widgets.grow import ROW_PADDING

    QApplication.instance().setStyleSheet(theme.style_sheet(1.0, high_contrast=False, dark=False))
    host, flags = _grown_list(qtbot)
    text = "Hearth found no red flags. That does not prove it is genuine: if in doubt, ask someone you trust."
    flags.addItem(text)
    host.show()
    qtbot.waitExposed(host)
    one_line = flags.fontMetrics().horizontalAdvance(text)
    cut = []
    try:
        # every width around the one where the sentence just fits on a line
        for width in range(one_line - 10, one_line + 40, 2):
            host.resize(width + 40, 300)
            _settle(qtbot)
            rect = flags.visualItemRect(flags.item(0))
            painted = min(rect.width(), flags.viewport().width()) - ROW_PADDING
            need = flags.fontMetrics().boundingRect(QRect(0, 0, painted, 10_000), int(Qt.TextFlag.TextWordWrap), text)
            if rect.height() < need.height() + ROW_PADDING:
                cut.append((width, rect.width(), flags.viewport().width(), rect.height()))
    finally:
        QApplication.instance().setStyleSheet("")
    assert not cut
