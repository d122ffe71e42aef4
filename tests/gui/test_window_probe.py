"""The window probe over every sidebar page: 1280x800, text at 100 % and 200 %, English and Spanish.

Nothing may need sideways scrolling, no words may be cut, and every sidebar area stays in sight
(issue 14, "Must reach"). The probe itself is in tests/gui/window_probe.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from app import checkup as C
from app import scam
from app import settings as S
from app.core import Hearth
from tests.gui.window_probe import _nav_problem, probe
from tests.helpers.checkup_runners import fake_device
from ui import i18n, theme
from ui.context import UiContext
from ui.main_window import MainWindow, default_size
from ui.pages import AREAS

SCAM_TEXT = (
    "USPS: your parcel is on hold. Pay the 1.99 redelivery fee now at http://usps-redelivery.top/pay "
    "or it will be returned today. Reply STOP to opt out."
)


#: The window's first-start size on a screen with room for it (1100x720), and the acceptance size.
SIZES = {"default": default_size(QSize(1920, 1040)), "1280x800": QSize(1280, 800)}


@pytest.fixture(params=[(lang, scale, size) for size in SIZES for lang in ("en", "es") for scale in (1.0, 2.0)],
                ids=lambda p: f"{p[0]}-{int(p[1] * 100)}-{p[2]}")
def probed_window(request, qtbot, qapp, ui_ctx: UiContext, hearth: Hearth,  # noqa: ANN001
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    language, scale, size = request.param
    translators = i18n.install(language, qapp)
    rosa = hearth.members.add("Rosa", "senior")
    hearth.members.add("Ana")
    # A finished checkup of Rosa's: Home shows the household score with what it covers (a long headline).
    fake_device(monkeypatch)
    checkup = C.Checkup.start(hearth, rosa.id)
    checkup.run_step("device")
    checkup.finish()
    # Something on the pages that show results: two accounts with problems, one without.
    hearth.accounts.add(rosa.id, "Gmail", domain="gmail.com", login_hint="rosa.martinez.garcia@example.com",
                        strength_score=0, breach_count=12)
    hearth.accounts.add(rosa.id, "Banco Santander Particulares", domain="bancosantander.es", strength_score=1)
    hearth.accounts.add(rosa.id, "Biblioteca", domain="biblioteca.example", strength_score=4, breach_count=0)
    ui_ctx.refresh_members()
    ui_ctx.select_member(rosa)
    hearth.settings.set(S.TEXT_SCALE, scale)
    theme.apply(qapp, hearth.settings)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)  # deleted by pytest-qt (deleting it here, before the theme below, crashed 1 run in ~10)
    window.resize(SIZES[size])
    window.show()
    qtbot.waitExposed(window)
    window.load_icons()
    window.page("scam").show_result(scam.check(hearth, SCAM_TEXT, offline=True))  # several red flags
    try:
        yield window
    finally:
        window.close()
        hearth.settings.set(S.TEXT_SCALE, 1.0)
        theme.apply(qapp, hearth.settings)
        i18n.remove(translators, qapp)


def probe_every_page(window: MainWindow) -> dict[str, list[str]]:
    found = {}
    for area in AREAS:
        window.show_area(area.key)
        problems = []
        for _ in range(30):  # layouts settle over a few turns of the event loop; a real problem stays
            QTest.qWait(20)  # turns of the event loop, with time for timers (a busy machine is slow)
            problems = probe(window)
            if not problems:
                break
        if problems:
            found[area.key] = problems
    return found


def test_every_sidebar_page_fits_with_nothing_cut(probed_window: MainWindow) -> None:
    found = probe_every_page(probed_window)
    assert found == {}


def test_the_default_size_probed_is_the_first_start_size() -> None:
    assert SIZES["default"] == QSize(1100, 720)


def test_the_default_size_is_never_bigger_than_the_screen() -> None:
    assert default_size(QSize(2560, 1400)) == QSize(1100, 720)
    assert default_size(QSize(1024, 560)) == QSize(1024, 560)
    assert default_size(QSize(1366, 690)) == QSize(1100, 690)


def test_the_window_opens_within_the_screen(qtbot, ui_ctx: UiContext, hearth: Hearth) -> None:  # noqa: ANN001
    """The offscreen test screen is smaller than 1100 px: the window takes its free area, and a size
    saved on a larger screen is brought within it."""
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry().size()
    assert free.width() < 1100  # what this test relies on
    assert window.size() == default_size(free) and window.width() == free.width()
    window.resize(1600, 1000)
    window.save_geometry()
    again = MainWindow(ui_ctx)
    qtbot.addWidget(again)
    assert again.width() <= free.width() and again.height() <= free.height()
    assert QByteArray.fromBase64(hearth.settings.get(S.WINDOW_GEOMETRY).encode()).size() > 0


@pytest.mark.parametrize(("size", "switched"), [(QSize(1100, 720), False), (QSize(1100, 720), True),
                                               (QSize(760, 520), False)], ids=["default", "default-switched", "small"])
def test_every_sidebar_area_stays_in_sight_at_200_percent(qtbot, qapp, ui_ctx: UiContext, hearth: Hearth,  # noqa: ANN001
                                                          size: QSize, switched: bool) -> None:
    """Icons only at 200 %: they shrink a little when the window is too low for all of them (also when
    the text size is changed in Settings while the window is open)."""
    if not switched:
        hearth.settings.set(S.TEXT_SCALE, 2.0)
        theme.apply(qapp, hearth.settings)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    try:
        window.resize(size)
        window.show()
        qtbot.waitExposed(window)
        window.load_icons()
        if switched:
            hearth.settings.set(S.TEXT_SCALE, 2.0)
            theme.apply(qapp, hearth.settings)
            window.load_icons()
        nav = window.nav
        for _ in range(10):  # layouts settle over a few turns of the event loop; a real problem stays
            QApplication.processEvents()
            if not _nav_problem(nav):
                break
        bottoms = [nav.visualItemRect(nav.item(i)).bottom() for i in range(nav.count())]
        assert nav.count() == len(AREAS) and _nav_problem(nav) == [], (bottoms, nav.viewport().rect())
        assert nav.iconSize().width() >= 16
        if size.height() >= 720:
            assert nav.iconSize().width() >= 36  # still large icons at the default size
    finally:
        window.close()
        hearth.settings.set(S.TEXT_SCALE, 1.0)
        theme.apply(qapp, hearth.settings)


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
