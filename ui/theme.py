"""Themes: light, dark (following the OS) and high contrast, at any text size from 1.0x to 2.0x.

The style sheet in resources/styles/base.qss is a template; this module fills in colours
and sizes and applies it to the whole application, so every page follows the settings.
"""

from __future__ import annotations

import logging
import string
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app import settings as S
from app.resources import resource_path
from app.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 11.0

LIGHT = {
    "fg": "#1f1f1f", "bg": "#fbfaf7", "side_bg": "#f1ece3", "border": "#cfc6b6", "accent": "#7a3b12",
    "accent_fg": "#ffffff", "focus": "#1f5fbf", "note_bg": "#fff6d6", "note_fg": "#3d3000", "note_border": "#d8bd5a",
    "error": "#8a1c1c", "button_border": "#b3a995", "button_bg": "#ffffff", "button_hover": "#f4ece0",
    "muted": "#6e6e6e", "field_bg": "#ffffff", "alt_bg": "#f7f3ec", "select_bg": "#e7d8c3", "select_fg": "#111111",
    "danger": "#b3261e", "danger_bg": "#fde8e6", "warning": "#8a5a00", "warning_bg": "#fff3d6",
    "ok": "#1e6b34", "ok_bg": "#e3f4e7", "info": "#1f5f9f", "info_bg": "#e6effa", "primary": "#7a3b12", "primary_fg": "#ffffff",
}
DARK = {
    "fg": "#ece8e1", "bg": "#1e1c1a", "side_bg": "#282522", "border": "#4a4540", "accent": "#e39a5b",
    "accent_fg": "#1a1a1a", "focus": "#7fb2ff", "note_bg": "#3a3320", "note_fg": "#f3e6b5", "note_border": "#8a7a3c",
    "error": "#ff9b9b", "button_border": "#5b554e", "button_bg": "#2c2926", "button_hover": "#38342f",
    "muted": "#9a948c", "field_bg": "#262320", "alt_bg": "#2a2724", "select_bg": "#5a4330", "select_fg": "#ffffff",
    "danger": "#ff8a80", "danger_bg": "#3d1f1c", "warning": "#f2c14e", "warning_bg": "#3a3018",
    "ok": "#7fd49a", "ok_bg": "#1b3323", "info": "#8cbcf0", "info_bg": "#1c2a3a", "primary": "#e39a5b", "primary_fg": "#1a1a1a",
}
HIGH_CONTRAST = {
    "fg": "#000000", "bg": "#ffffff", "side_bg": "#ffffff", "border": "#000000", "accent": "#000000",
    "accent_fg": "#ffff00", "focus": "#0000ff", "note_bg": "#ffffff", "note_fg": "#000000", "note_border": "#000000",
    "error": "#b00000", "button_border": "#000000", "button_bg": "#ffffff", "button_hover": "#ffff99",
    "muted": "#333333", "field_bg": "#ffffff", "alt_bg": "#f0f0f0", "select_bg": "#000000", "select_fg": "#ffff00",
    "danger": "#b00000", "danger_bg": "#ffffff", "warning": "#000000", "warning_bg": "#ffffff",
    "ok": "#005a00", "ok_bg": "#ffffff", "info": "#000000", "info_bg": "#ffffff", "primary": "#000000", "primary_fg": "#ffff00",
}


def os_prefers_dark() -> bool:
    # PySide builds every enum of Qt's namespace the first time ``Qt`` is used (~15 ms of CPU), and
    # colorScheme() answers with one: the window asks just after its first paint (see follow()).
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return bool(scheme and scheme() == Qt.ColorScheme.Dark)


def palette_looks_dark(qapp: QApplication) -> bool:
    """A guess at the OS colour scheme that needs no ``Qt`` enum: the palette the platform gave the
    application (dark when the OS is dark on Windows, macOS, KDE and most GNOME set-ups).
    Call it before :func:`apply`, which replaces that palette."""
    return qapp.palette().color(QPalette.ColorRole.Window).lightness() < 128


def style_sheet(scale: float, *, high_contrast: bool, dark: bool) -> str:
    colours = HIGH_CONTRAST if high_contrast else (DARK if dark else LIGHT)
    scale = min(2.0, max(1.0, scale))

    def pt(size: float) -> str:
        return f"{size * scale:.1f}"

    values = {
        **colours,
        "base": pt(BASE_POINT_SIZE),
        "nav": pt(12),
        "big": pt(12),
        "h1": pt(20),
        "h2": pt(14),
        "small": pt(10),  # small print (technical names, framework items): still large at 200 %
        "brand": pt(20),
        "border_w": "2" if high_contrast else "1",
        "focus_w": "3" if high_contrast else "2",
        "indicator": str(round(16 * scale)),
        "verdict_icon": pt(22),
        "verdict": pt(17),
        "edge_w": "6" if not high_contrast else "8",  # check boxes and radio buttons grow with the text
        "hc_w": "3",  # high contrast: outlines of boxes, buttons, fields and cards
        "radio_r": str(round(16 * scale) // 2 + 3),
        "check_icon": resource_path("icons", "hc-check.svg").as_posix(),
        # combo box and spin box arrows drawn by the style sheet (Fusion's own, under a styled border,
        # came out as a clipped sliver), in the text's colour, growing with the text
        "arrow_down": resource_path("icons", f"arrow-down-{'light' if dark else 'dark'}.svg").as_posix(),
        "arrow_up": resource_path("icons", f"arrow-up-{'light' if dark else 'dark'}.svg").as_posix(),
        "arrow": str(round(14 * scale)),
        "arrow_box": str(round(22 * scale)),
    }
    text = resource_path("styles", "base.qss").read_text(encoding="utf-8")
    if high_contrast:  # thick dark outlines, added last so they win over the base rules
        text += "\n" + resource_path("styles", "high_contrast.qss").read_text(encoding="utf-8")
    return string.Template(text).safe_substitute(values)


def current_colours(settings: Settings) -> dict[str, str]:
    high_contrast = settings.get(S.HIGH_CONTRAST)
    return HIGH_CONTRAST if high_contrast else (DARK if os_prefers_dark() else LIGHT)


def tinted_icon(name: str, colour: str, selected_colour: str, size: int = 22) -> QIcon:
    """An SVG icon from resources/icons drawn in the theme's colours (the files use currentColor)."""
    from PySide6.QtCore import QBuffer  # icons are drawn after the first paint: these load then
    from PySide6.QtGui import QIcon, QImageReader, QPixmap

    path = resource_path("icons", f"{name}.svg")
    icon = QIcon()
    try:
        svg = path.read_text(encoding="utf-8")
    except OSError:
        return icon
    ratio = 2  # drawn at twice the size, so it stays sharp on high-resolution screens
    for mode, fill in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Selected, selected_colour)):
        data = QByteArray(svg.replace("currentColor", fill).encode("utf-8"))
        buffer = QBuffer(data)
        reader = QImageReader(buffer, QByteArray(b"svg"))
        reader.setScaledSize(QSize(size * ratio, size * ratio))  # rendered at that size: sharp when large
        image = reader.read()
        if not image.isNull():
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            icon.addPixmap(pixmap, mode)
    return icon


# Set on the application once its style is Fusion (a dynamic property: asking ``qapp.style()`` from
# Python would build PySide's QStyle type and its enums, ~8 ms of CPU on the way to the first paint).
FUSION_SET = "hearthFusionStyle"
# Hearth's own start-up creates the application with Fusion already (see ui/application.py).
APPLICATION_ARGS = ("-style", "Fusion")


def use_fusion(qapp: QApplication) -> None:
    """The Fusion style everywhere (the same look on every OS), set once: a new style object
    re-polishes every widget."""
    if not qapp.property(FUSION_SET):
        qapp.setStyle("Fusion")
        qapp.setProperty(FUSION_SET, True)


def _palette(palette: QPalette, colours: dict[str, str]) -> QPalette:
    """The theme's colours in every role widgets draw with, so nothing is left to the platform's
    palette (the shades of frames and bevels derived from the background, as Fusion does)."""
    for role, key in (
        (QPalette.ColorRole.Window, "bg"),
        (QPalette.ColorRole.WindowText, "fg"),
        (QPalette.ColorRole.Base, "field_bg"),
        (QPalette.ColorRole.AlternateBase, "alt_bg"),
        (QPalette.ColorRole.Text, "fg"),
        (QPalette.ColorRole.PlaceholderText, "muted"),
        (QPalette.ColorRole.Button, "button_bg"),
        (QPalette.ColorRole.ButtonText, "fg"),
        (QPalette.ColorRole.ToolTipBase, "note_bg"),
        (QPalette.ColorRole.ToolTipText, "note_fg"),
        (QPalette.ColorRole.Highlight, "select_bg"),
        (QPalette.ColorRole.HighlightedText, "select_fg"),
        (QPalette.ColorRole.Link, "focus"),
        (QPalette.ColorRole.LinkVisited, "focus"),
    ):
        palette.setColor(role, QColor(colours[key]))
    bg = QColor(colours["bg"])
    mid = bg.darker(130)
    dark = bg.darker(150)
    for role, colour in (
        (QPalette.ColorRole.Light, bg.lighter(150)),
        (QPalette.ColorRole.Mid, mid),
        (QPalette.ColorRole.Midlight, mid.lighter(110)),
        (QPalette.ColorRole.Dark, dark),
        (QPalette.ColorRole.Shadow, dark.darker(135)),
    ):
        palette.setColor(role, colour)
    return palette


def apply(qapp: QApplication, settings: Settings, *, os_dark: bool | None = None, scale: float | None = None) -> None:
    """Apply the theme from the settings (call again whenever they change); ``os_dark``: whether
    the OS prefers dark colours, when already known (default: ask the OS); ``scale``: a text size
    to show instead of the saved one (the first-run welcome previews its choice)."""
    scale = settings.get(S.TEXT_SCALE) if scale is None else scale
    high_contrast = settings.get(S.HIGH_CONTRAST)
    dark = (os_prefers_dark() if os_dark is None else os_dark) and not high_contrast
    use_fusion(qapp)
    colours = HIGH_CONTRAST if high_contrast else (DARK if dark else LIGHT)
    qapp.setPalette(_palette(qapp.palette(), colours))  # a copy (QPalette(...) would build Qt's enums)
    font = QFont(qapp.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    qapp.setFont(font)
    try:
        qapp.setStyleSheet(style_sheet(scale, high_contrast=high_contrast, dark=dark))
    except OSError:
        log.warning("style sheet missing; using the default look")


def follow(qapp: QApplication, settings: Settings, *, defer_os_check: bool = False) -> Callable[[], None]:
    """Apply now, and again when the settings or the OS colour scheme change.

    With ``defer_os_check`` (the window's start-up), the theme is applied now with the palette's
    guess at the OS colour scheme (no ``Qt`` enum needed) and the returned function, called just
    after the first paint, asks the OS, re-applies the theme if the guess was wrong, and starts
    following its changes. Without it, all of that is done now (the returned function does nothing).
    """
    guess = palette_looks_dark(qapp) if defer_os_check else None
    apply(qapp, settings, os_dark=guess)
    settings.subscribe(lambda setting, _v: setting in (S.TEXT_SCALE, S.HIGH_CONTRAST) and apply(qapp, settings))

    def follow_os() -> None:
        if guess is not None and os_prefers_dark() != guess:
            apply(qapp, settings)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda *_: apply(qapp, settings))

    if guess is None:
        follow_os()
        return lambda: None
    return follow_os
