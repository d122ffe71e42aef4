"""The window probe over every sidebar page: 1280x800, text at 100 % and 200 %, English and Spanish.

Nothing may need sideways scrolling, no words may be cut, and every sidebar area stays in sight
(issue 14, "Must reach"). The probe itself is in tests/gui/window_probe.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from app import scam
from app import settings as S
from app.core import Hearth
from tests.gui.window_probe import probe
from ui import i18n, theme
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.pages import AREAS

SCAM_TEXT = (
    "USPS: your parcel is on hold. Pay the 1.99 redelivery fee now at http://usps-redelivery.top/pay "
    "or it will be returned today. Reply STOP to opt out."
)


@pytest.fixture(params=[("en", 1.0), ("en", 2.0), ("es", 1.0), ("es", 2.0)], ids=["en-100", "en-200", "es-100", "es-200"])
def probed_window(request, qtbot, qapp, ui_ctx: UiContext, hearth: Hearth) -> Iterator[MainWindow]:  # noqa: ANN001
    language, scale = request.param
    translators = i18n.install(language, qapp)
    rosa = hearth.members.add("Rosa", "senior")
    # Something on the pages that show results: two accounts with problems, one without.
    hearth.accounts.add(rosa.id, "Gmail", domain="gmail.com", login_hint="rosa.martinez.garcia@example.com",
                        strength_score=0, breach_count=12)
    hearth.accounts.add(rosa.id, "Banco Santander Particulares", domain="bancosantander.es", strength_score=1)
    hearth.accounts.add(rosa.id, "Biblioteca", domain="biblioteca.example", strength_score=4, breach_count=0)
    ui_ctx.refresh_members()
    ui_ctx.select_member(rosa)
    hearth.settings.set(S.TEXT_SCALE, scale)
    theme.apply(qapp, hearth.settings)
    # Not qtbot.addWidget: the window is deleted below, before the theme is put back (restyling a
    # window with every page built takes seconds).
    window = MainWindow(ui_ctx)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.load_icons()
    window.page("scam").show_result(scam.check(hearth, SCAM_TEXT, offline=True))  # several red flags
    try:
        yield window
    finally:
        window.close()
        hearth.settings.set(S.TEXT_SCALE, 1.0)  # while the window that listens to it still exists
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        theme.apply(qapp, hearth.settings)
        i18n.remove(translators, qapp)


def probe_every_page(window: MainWindow) -> dict[str, list[str]]:
    found = {}
    for area in AREAS:
        window.show_area(area.key)
        problems = []
        for _ in range(10):  # layouts settle over a few turns of the event loop; a real problem stays
            QApplication.processEvents()
            problems = probe(window)
            if not problems:
                break
        if problems:
            found[area.key] = problems
    return found


def test_every_sidebar_page_fits_with_nothing_cut(probed_window: MainWindow) -> None:
    found = probe_every_page(probed_window)
    assert found == {}


def test_the_probe_finds_cut_words_and_sideways_scrolling(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    label = QLabel("A long sentence that cannot fit in a narrow box at all")
    button = QPushButton("A button with far too many words on it")
    layout.addWidget(label)
    layout.addWidget(button)
    host.show()
    qtbot.waitExposed(host)
    label.setFixedWidth(60)
    button.setFixedWidth(60)
    QApplication.processEvents()
    problems = probe(host)
    assert any(p.startswith("QLabel") and "cut at the side" in p for p in problems)
    assert any(p.startswith("QPushButton") and "words cut" in p for p in problems)
    label.setWordWrap(True)
    label.setFixedSize(60, 10)
    QApplication.processEvents()
    assert any(p.startswith("QLabel") and "cut at the bottom" in p for p in probe(host))
