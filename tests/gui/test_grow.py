"""Lists and read-only texts grow to their contents: nothing scrolls inside the scrolling page."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QListWidget, QTextBrowser, QVBoxLayout, QWidget

from ui.widgets.grow import grow_to_contents

LONG = "It says a parcel could not be delivered, the story of the most common scam text of all. " * 3


def _settle(qtbot) -> None:  # noqa: ANN001
    for _ in range(5):
        qtbot.wait(1)
        QApplication.processEvents()


def test_a_list_shows_every_row_without_its_own_scroll_bar(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    flags = QListWidget()
    flags.setWordWrap(True)
    layout.addWidget(grow_to_contents(flags))
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
