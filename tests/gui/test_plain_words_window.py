"""Issue 14 item 8 in the window: technical detail folded behind "Advanced", dates in the reader's form."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel

from app.core import Hearth
from ui.context import UiContext
from ui.pages import settings as settings_page
from ui.pages.scam import ScamServicesSettings
from ui.widgets.dashboard import HouseholdDashboard

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def test_the_ledger_keeps_exact_addresses_behind_advanced(qtbot, ui_ctx: UiContext, hearth: Hearth) -> None:  # noqa: ANN001
    hearth.ledger.record(service="network", method="SSDP", url="udp://239.255.255.250:1900",
                         purpose="ask whether the router opens ports automatically", status=None, outcome="ok")
    page = settings_page.Page(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.reload_ledger()
    assert page.ledger.rowCount() == 1 and "239.255.255.250" in page.ledger.item(0, 2).text()
    assert page.ledger.isColumnHidden(2)  # folded away at first
    page.ledger_addresses.setChecked(True)
    assert not page.ledger.isColumnHidden(2)
    page.ledger_addresses.setChecked(False)
    assert page.ledger.isColumnHidden(2)


def test_the_language_model_address_is_advanced(qtbot, ui_ctx: UiContext) -> None:  # noqa: ANN001
    w = ScamServicesSettings(ui_ctx)
    qtbot.addWidget(w)
    w.show()
    shown = [lab.text() for lab in w.findChildren(QLabel) if lab.isVisible()]
    assert not any("Server address" in t or "Model name" in t for t in shown)
    assert not w.llm_url.isVisible() and not w.llm_model.isVisible()
    w.llm_details.button.click()
    assert w.llm_url.isVisible() and w.llm_model.isVisible()


def test_recent_scam_checks_on_home_show_the_day_in_words(qtbot, ui_ctx: UiContext, hearth: Hearth) -> None:  # noqa: ANN001
    hearth.scam_checks.add(member_id=None, kind="text", excerpt="Your parcel is waiting", verdict="likely_scam",
                           score=90, reasons=[], sources=[], at="2026-03-04T10:00:00+00:00")
    board = HouseholdDashboard(ui_ctx)
    qtbot.addWidget(board)
    board.reload()
    text = board.scam_label.text()
    assert "Your parcel is waiting" in text
    assert "4 March 2026" in text and not ISO_DAY.search(text), text


def test_scam_history_shows_the_time_in_words(qtbot, ui_ctx: UiContext, hearth: Hearth) -> None:  # noqa: ANN001
    from ui.pages.scam import Page

    hearth.scam_checks.add(member_id=None, kind="text", excerpt="Your parcel is waiting", verdict="likely_scam",
                           score=90, reasons=[], sources=[], at="2026-03-04T10:00:00+00:00")
    page = Page(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.history_list.count() == 1 and "parcel" in page.history_list.item(0).text())
    line = page.history_list.item(0).text()
    assert "2026" in line and not ISO_DAY.search(line), line
