"""Large text in a long language still fits the window: no page needs sideways scrolling.

With text at 200 % and the interface in Spanish (longer than English), every page's minimum width
must fit the content area of a 1280-pixel-wide window (1280 minus the sidebar and the scroll bar).
Labels wrap, combo boxes shrink, check boxes wrap their words, and rows of buttons wrap.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QVBoxLayout, QWidget

from app import settings as S
from app.core import Hearth
from ui import i18n, theme
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.pages import AREAS
from ui.pages.base import fit_width, wrapping

SCREEN_WIDTH = 1280


@pytest.fixture
def large_spanish_window(qtbot, qapp, ui_ctx: UiContext, hearth: Hearth) -> Iterator[MainWindow]:  # noqa: ANN001
    translators = i18n.install("es", qapp)
    hearth.members.add("Rosa", "senior")
    ui_ctx.refresh_members()
    hearth.settings.set(S.TEXT_SCALE, 2.0)
    theme.apply(qapp, hearth.settings)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, 800)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        hearth.settings.set(S.TEXT_SCALE, 1.0)
        theme.apply(qapp, hearth.settings)
        i18n.remove(translators, qapp)


def test_every_page_fits_a_1280_pixel_window_at_200_percent_in_spanish(large_spanish_window: MainWindow) -> None:
    window = large_spanish_window
    too_wide = {}
    for area in AREAS:
        window.show_area(area.key)
        QApplication.processEvents()  # layouts settle on the next turn of the event loop
        page = window.page(area.key)
        sidebar = window.width() - window.stack.width()
        available = SCREEN_WIDTH - sidebar - 20  # the page's scroll bar
        if page.minimumSizeHint().width() > available:
            too_wide[area.key] = (page.minimumSizeHint().width(), available)
    assert not too_wide, too_wide


def test_a_wrapped_check_box_keeps_its_name_shortcut_and_click(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    box = QCheckBox("&Work offline: never contact any online service")
    layout.addWidget(wrapping(box))
    label = host.findChild(QLabel)
    assert label is not None and label.wordWrap() and label.buddy() is box
    assert box.accessibleName() == "Work offline: never contact any online service"
    assert box.text() == ""
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    box.setEnabled(False)
    assert not label.isEnabled()


def test_fit_width_wraps_long_labels_only(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    short, long = QLabel("Name:"), QLabel("Where you live (so Hearth knows where to report a scam):")
    layout.addWidget(short)
    layout.addWidget(long)
    fit_width(host)
    assert long.wordWrap() and not short.wordWrap()


def test_the_scam_page_with_a_result_fits_the_window_the_app_opens_with(large_spanish_window: MainWindow,
                                                                        hearth: Hearth) -> None:
    # The result appears after the page was laid out: its lines ("Puntuación: 56 de 100 (cuanto más alta, más
    # señales de estafa).") must wrap too, or at 200 % they push the page wider than the window the app first
    # opens with (DEFAULT_SIZE), and the result needs sideways scrolling.
    from app import scam
    from ui.main_window import DEFAULT_SIZE

    window = large_spanish_window
    window.show_area("scam")
    page = window.page("scam")
    text = ("Le informamos que nuestros datos bancarios han cambiado. Por favor realice el pago de la factura "
            "F-2025/0412 a la nueva cuenta ES91 2100 0418 4502 0005 1332")
    page.show_result(scam.check(hearth, text, offline=True, store=False))
    QApplication.processEvents()
    sidebar = window.width() - window.stack.width()
    available = DEFAULT_SIZE[0] - sidebar - 20  # the page's scroll bar
    assert page.result_box.isVisible()
    assert page.minimumSizeHint().width() <= available, (page.minimumSizeHint().width(), available)
