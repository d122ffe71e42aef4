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


def _rules(qss: str) -> list[tuple[str, str]]:
    """(selectors, declarations) pairs of a style sheet, comments removed."""
    import re

    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    return [(sel.strip(), body) for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", qss)]


def _dark(colour: str) -> bool:
    colour = colour.lstrip("#")
    r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 80


def test_high_contrast_draws_thick_dark_outlines_on_boxes_fields_buttons_and_cards(qtbot, window: MainWindow, hearth: Hearth) -> None:  # noqa: ANN001, E501
    import re

    qapp = QApplication.instance()
    theme.follow(qapp, hearth.settings)
    try:
        window.page("settings").high_contrast.setChecked(True)
        applied = qapp.styleSheet()
    finally:
        hearth.settings.set(S.HIGH_CONTRAST, False)
        qapp.setStyleSheet("")
    wanted = ["QCheckBox::indicator", "QRadioButton::indicator", "QFrame#card", "QFrame#memberCard",
              '.QFrame[frameShape="6"]', "QGroupBox", "QLineEdit", "QComboBox", "QPlainTextEdit", "QPushButton"]
    found: dict[str, tuple[int, str]] = {}
    for selectors, body in _rules(applied):
        m = re.search(r"(?<![-\w])border:\s*(\d+)px\s+solid\s+(#[0-9a-fA-F]{6})", body)
        if not m:
            continue
        for sel in (s.strip() for s in selectors.split(",")):
            if sel in wanted:
                found[sel] = (int(m.group(1)), m.group(2))  # the last rule wins, as in Qt
    assert set(found) == set(wanted), set(wanted) - set(found)
    for sel, (width, colour) in found.items():
        assert width >= 2 and _dark(colour), (sel, width, colour)
    # A ticked box stays visible as ticked: filled dark with a light tick, not only a thicker edge.
    assert any("QCheckBox::indicator:checked" in s and "image: url(" in b for s, b in _rules(applied))
    # Light and dark themes keep their finer look.
    assert "QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator {" not in theme.style_sheet(
        1.0, high_contrast=False, dark=False)


def test_light_theme_still_has_pale_outlines_so_the_high_contrast_test_can_fail() -> None:
    light = dict(_rules(theme.style_sheet(1.0, high_contrast=False, dark=False)))
    assert not _dark(theme.LIGHT["border"]) and "${border}" not in light.get("QFrame#card", "")
