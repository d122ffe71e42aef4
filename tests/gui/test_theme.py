from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app import settings as S
from app.core import Hearth
from ui import theme
from ui.main_window import MainWindow


def test_text_size_and_high_contrast_follow_through(qtbot, window: MainWindow, hearth: Hearth) -> None:  # noqa: ANN001
    qapp = QApplication.instance()
    theme.follow(qapp, hearth.settings)
    try:
        page = window.page("settings")
        base = qapp.font().pointSizeF()
        page.text_size.setCurrentIndex(page.text_size.count() - 1)  # 200%
        assert hearth.settings.get(S.TEXT_SCALE) == 2.0
        assert qapp.font().pointSizeF() == base * 2
        assert "font-size: 22.0pt" in qapp.styleSheet()
        page.high_contrast.setChecked(True)
        assert "#ffff00" in qapp.styleSheet() and hearth.settings.get(S.HIGH_CONTRAST)
    finally:
        hearth.settings.set(S.TEXT_SCALE, 1.0)
        hearth.settings.set(S.HIGH_CONTRAST, False)
        qapp.setStyleSheet("")


def test_style_sheet_has_no_unfilled_placeholders() -> None:
    for hc in (False, True):
        for dark in (False, True):
            qss = theme.style_sheet(1.5, high_contrast=hc, dark=dark)
            assert "${" not in qss and "16.5pt" in qss
