"""Settings: the privacy ledger shows the newest requests in full (no box scrolling inside the page),
the rest behind "Show all", with times in the reader's form, never ISO."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from app.core import Hearth
from ui.context import UiContext
from ui.pages import settings as settings_page


def _fill(hearth: Hearth, n: int) -> None:
    for i in range(n):
        hearth.ledger.record(service="pwned", method="GET", url=f"https://api.example/range/{i:05X}",
                             purpose="check a password against breach lists", status=200, outcome="ok")


def test_ledger_shows_the_newest_then_all_on_request(qtbot, ui_ctx: UiContext, hearth: Hearth) -> None:  # noqa: ANN001
    _fill(hearth, settings_page.LEDGER_FIRST + 5)
    page = settings_page.Page(ui_ctx)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.reload_ledger()
    assert page.ledger.rowCount() == settings_page.LEDGER_FIRST
    assert page.ledger_more.isVisible() and "25" in page.ledger_more.text()
    assert page.ledger.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff  # grows instead
    when = page.ledger.item(0, 0).text()
    assert not re.search(r"\d{4}-\d{2}-\d{2}", when) and re.search(r"\d{4}", when), when
    qtbot.mouseClick(page.ledger_more, Qt.MouseButton.LeftButton)
    assert page.ledger.rowCount() == settings_page.LEDGER_FIRST + 5 and not page.ledger_more.isVisible()


def test_few_requests_need_no_show_all(qtbot, ui_ctx: UiContext, hearth: Hearth) -> None:  # noqa: ANN001
    _fill(hearth, 3)
    page = settings_page.Page(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.reload_ledger()
    assert page.ledger.rowCount() == 3 and not page.ledger_more.isVisible()
