"""The Qt part of ``hearth --self-test`` (see ``app/selftest.py``, which loads this by name).

It creates a QApplication on the ``offscreen`` platform (or reuses the running one), paints a
widget, renders the app's SVG icon, and looks for a native platform plugin for this OS, so a
frozen bundle that lost its Qt plugins fails here instead of on the user's screen.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from app.resources import resource_path

if TYPE_CHECKING:
    from app.core import Hearth

#: The platform plugins a real window needs on each OS.
NATIVE_PLATFORMS = {"linux": ("xcb", "wayland"), "win32": ("windows",), "darwin": ("cocoa",)}


def platform_plugins() -> tuple[list[Path], list[str]]:
    """The folders Qt searches for plugins, and the platform plugins found there (``xcb``, ...)."""
    folders = [Path(p) for p in QCoreApplication.libraryPaths()]
    folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
    found: set[str] = set()
    for folder in folders:
        platforms = folder / "platforms"
        if platforms.is_dir():
            found.update(_plugin_name(p) for p in platforms.iterdir() if p.suffix in (".so", ".dll", ".dylib"))
    return folders, sorted(found)


def _plugin_name(path: Path) -> str:
    name = path.stem.removeprefix("lib")
    return name[1:] if name.startswith("q") else name


def check_qt_platform(platform: str = "offscreen") -> tuple[bool, str]:
    """(passed, detail) for the Qt check."""
    folders, found = platform_plugins()
    if platform not in found:
        where = ", ".join(str(f) for f in folders) or "nowhere"
        return False, f"the Qt platform plugin {platform!r} is missing (searched {where})"
    qapp = QApplication.instance()
    if qapp is None:
        qapp = QApplication([sys.argv[0] if sys.argv else "hearth", "-platform", platform])
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.addWidget(QLabel("Hearth"))
    widget.resize(120, 60)
    painted = not widget.grab().isNull()
    icon = QIcon(str(resource_path("icons", "hearth.svg")))
    svg = not icon.pixmap(32, 32).isNull()
    widget.deleteLater()
    native = NATIVE_PLATFORMS.get(sys.platform, ())
    has_native = not native or any(n in found for n in native)
    detail = (
        f"Qt {qVersion()} on {QApplication.platformName()}: widget {'painted' if painted else 'did NOT paint'}, "
        f"SVG icon {'rendered' if svg else 'did NOT render'}; platform plugins: {', '.join(found)}"
    )
    if not has_native:
        detail += f"; no native plugin ({' or '.join(native)}), so no window can open"
    return painted and svg and has_native, detail


def check_main_window(hearth: Hearth) -> tuple[bool, str]:
    """(passed, detail): build the main window over ``hearth`` and open every area's page once."""
    from ui.application import build_window
    from ui.pages import AREAS
    from ui.pages.base import ComingSoonPage

    if QApplication.instance() is None:
        return False, "no QApplication (the qt check did not run)"
    window = build_window(hearth)
    built: list[str] = []
    soon: list[str] = []
    problems: list[str] = []
    try:
        for area in AREAS:
            try:
                window.show_area(area.key)
                page = window.page(area.key)
            except Exception as exc:  # noqa: BLE001 - a page that cannot open is the finding
                problems.append(f"{area.key} ({type(exc).__name__}: {exc})")
                continue
            (soon if isinstance(page, ComingSoonPage) else built).append(area.key)
    finally:
        window.ctx.tasks.shutdown()
        window.deleteLater()
    if problems:
        return False, "pages that do not open: " + "; ".join(problems)
    detail = f"main window and {len(built)} pages open ({', '.join(built)})"
    if soon:
        detail += f"; not built yet: {', '.join(soon)}"
    return True, detail
