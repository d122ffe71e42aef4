"""Issue 16 item 5: nothing on the path to the window's first paint builds ``Qt``'s enums (PySide
makes every enum of the namespace at once, ~15 ms of CPU), loads ``logging.handlers`` or the SVG
icon; all wait until just after it, and behave as before."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication

from app import logs
from app.core import Hearth
from ui import main_window, theme
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import logging, sys
import PySide6.QtCore as core
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import ui.application as application

class Probe(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print("at-paint qt", "Qt" in core.__dict__, "handlers", "logging.handlers" in sys.modules,
                  "icon", not QApplication.windowIcon().isNull(), flush=True)
        return False

def after():
    files = [h for h in logging.getLogger().handlers if type(h).__name__ == "RotatingFile"]
    print("after-paint icon", not QApplication.windowIcon().isNull(), "log-files", len(files), flush=True)
    QApplication.quit()

real = application.build_window
def build(*args, **kwargs):
    window = real(*args, **kwargs)
    window.installEventFilter(Probe(window))
    # queued after the start-up's own after-first-paint calls (run() adds them after this one)
    window.after_first_paint.append(lambda: QTimer.singleShot(0, after))
    return window
application.build_window = build
sys.exit(application.run([]))
"""


def test_first_paint_path_builds_no_qt_enums_and_no_log_file(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEARTH_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    env.pop("HEARTH_BENCH_FIRST_PAINT", None)
    # Someone in the household already, so the first-run welcome (a dialog before the window) is not shown.
    added = subprocess.run([sys.executable, "-m", "app", "members", "add", "Rose"], env=env, capture_output=True,
                           text=True, timeout=120, cwd=ROOT)
    assert added.returncode == 0, added.stderr[-2000:]
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    # before the first paint: no Qt enums, no logging.handlers, no SVG icon
    assert "at-paint qt False handlers False icon False" in out.stdout, out.stdout + out.stderr[-2000:]
    # just after it: the icon is set and the rotating log file is open
    assert "after-paint icon True log-files 1" in out.stdout, out.stdout + out.stderr[-2000:]


def test_role_and_policy_numbers_are_qts() -> None:
    assert Qt.ItemDataRole.UserRole.value == main_window.USER_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == main_window.ACCESSIBLE_TEXT_ROLE
    assert Qt.ScrollBarPolicy.ScrollBarAsNeeded.value == main_window.SCROLL_BAR_AS_NEEDED
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value == main_window.SCROLL_BAR_ALWAYS_OFF


def test_deferred_window_sets_the_same_scroll_policies_and_shortcuts(qtbot, ui_ctx) -> None:  # noqa: ANN001
    window = MainWindow(ui_ctx, first_page_after_paint=True)
    qtbot.addWidget(window)
    assert window.nav.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert window.nav.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    assert window.nav.item(0).data(Qt.ItemDataRole.UserRole) == "home"
    actions = {a.text(): a for a in window.findChildren(QAction)}
    # the keys are set just after the first paint (not before: QKeySequence's enum costs CPU)
    assert actions["&Quit"].shortcuts() == [] and not window.findChildren(QShortcut)
    assert window._offline_label.parent() is None  # noqa: SLF001 - the status bar comes after the paint
    assert not hasattr(window, "keyring_banner")  # and so does the (hidden) keyring banner
    called: list[str] = []
    window.after_first_paint.append(lambda: called.append("after"))
    window.show()
    qtbot.waitUntil(lambda: called == ["after"] and window.current_page() is not None)
    qtbot.waitUntil(window._offline_label.isVisible)  # noqa: SLF001
    for text, key in (("&Quit", QKeySequence.StandardKey.Quit), ("A short &guide to Hearth", QKeySequence.StandardKey.HelpContents)):
        reference = QAction(text)
        reference.setShortcut(key)  # the usual way, which builds Qt's enums
        assert actions[text].shortcuts() == reference.shortcuts(), text
    assert actions["A short &guide to Hearth"].shortcut().toString() == "F1"
    right = window._right  # noqa: SLF001
    assert right.indexOf(window.keyring_banner) == right.indexOf(window.stack) - 1  # just above the page
    label = window._offline_label  # noqa: SLF001
    assert label.isVisibleTo(window) and window.statusBar().isAncestorOf(label) and "look-ups" in label.text()
    keys = sorted(s.key().toString() for s in window.findChildren(QShortcut))
    assert keys == sorted(f"Ctrl+{(i + 1) % 10}" for i in range(10))  # Ctrl+1 ... Ctrl+9, Ctrl+0


def test_deferred_os_colour_check_corrects_a_wrong_guess(qapp: QApplication, hearth: Hearth) -> None:
    original = qapp.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    qapp.setPalette(dark)  # the platform "looks" dark, but the OS (offscreen) prefers no dark colours
    try:
        assert theme.palette_looks_dark(qapp) and not theme.os_prefers_dark()
        follow_os = theme.follow(qapp, hearth.settings, defer_os_check=True)
        assert theme.DARK["bg"] in qapp.styleSheet()  # the guess, applied before the first paint
        follow_os()
        assert theme.DARK["bg"] not in qapp.styleSheet() and theme.LIGHT["bg"] in qapp.styleSheet()
        # not deferred: the OS is asked at once, and the returned function has nothing left to do
        qapp.setPalette(dark)
        theme.follow(qapp, hearth.settings)()
        assert theme.LIGHT["bg"] in qapp.styleSheet()
    finally:
        qapp.setPalette(original)
        qapp.setStyleSheet("")


def test_records_logged_before_the_file_opens_are_written_to_it(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    logs.hold_early_records()
    try:
        logging.getLogger("test.early").warning("database set aside; password=%s", "Hunter22")
        handler = logs.setup_logging(tmp_path / "hearth.log")
        logging.getLogger("test.early").warning("after the first paint")
        handler.flush()
        text = (tmp_path / "hearth.log").read_text(encoding="utf-8")
        assert text.index("database set aside") < text.index("after the first paint")
        assert "Hunter22" not in text and "[redacted]" in text
        assert not any(isinstance(h, logs._EarlyRecords) for h in root.handlers)  # noqa: SLF001
    finally:
        for h in [h for h in root.handlers if h not in before]:
            root.removeHandler(h)
            h.close()


def test_on_the_start_up_path_every_sidebar_icon_fits_at_200_percent(qtbot, qapp, ui_ctx) -> None:  # noqa: ANN001
    """The icons are first loaded just after the first paint; the sidebar fits them to its height then
    (measured with the icons set), so the last area is not cut in the default window at 200 %."""
    from app import settings as S
    from PySide6.QtCore import QSize

    hearth = ui_ctx.hearth
    hearth.settings.set(S.TEXT_SCALE, 2.0)
    theme.apply(qapp, hearth.settings)
    try:
        window = MainWindow(ui_ctx, first_page_after_paint=True)
        qtbot.addWidget(window)
        window.resize(QSize(1100, 720))
        window.show()
        qtbot.waitUntil(lambda: window.current_page() is not None and not window.nav.item(0).icon().isNull())
        nav = window.nav
        qtbot.waitUntil(lambda: nav.visualItemRect(nav.item(nav.count() - 1)).bottom() < nav.viewport().height())
        assert nav.verticalScrollBar().maximum() == 0
    finally:
        hearth.settings.set(S.TEXT_SCALE, 1.0)
        theme.apply(qapp, hearth.settings)
