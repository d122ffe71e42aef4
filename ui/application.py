"""Start the window: QApplication, logging, the app core, the main window.

This is the GUI's composition root: everything is built once here and passed down.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

# isort: off
# Hearth's own modules that need no Qt come before PySide6: once PySide6 is loaded, its import hook
# reads the source of every module imported after it (looking for "PySide6"), ~10 ms of CPU for
# these and the standard modules they use (issue 16 item 5).
import app
from app import config, logs
from app import settings as S
from app.core import Hearth
from app.errors import StorageError, UserFacingError
from app.paths import Paths
from app.resources import resource_path
from app.storage.db import DamagedDatabase
from app.storage.repos import Member  # noqa: F401 - imported early, see above (ui.context, ui.main_window)
import app.i18n
import checks.cancel  # noqa: F401 - imported early, see above (ui.tasks)

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication
# isort: on

from ui import i18n, theme
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

log = logging.getLogger(__name__)


def _error_text(error: UserFacingError) -> str:
    """The message and hint of an error from ``app`` in the interface language."""
    return f"{i18n.guidance(error.message)}\n\n{i18n.guidance(error.hint)}".strip()


def _ask_fresh_start(error: DamagedDatabase) -> bool:
    from PySide6.QtWidgets import QMessageBox  # only when there is a problem (its enums cost ~2 ms)

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Hearth")
    box.setText(_error_text(error))
    fresh = box.addButton(
        QCoreApplication.translate("Application", "Start with a fresh database"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("Application", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is fresh


def open_core(paths: Paths) -> Hearth | None:
    """Open the database, explaining any problem; None means the user chose to quit."""
    while True:
        try:
            return Hearth.open(paths)
        except DamagedDatabase as exc:
            if not _ask_fresh_start(exc):
                return None
            kept = exc.set_aside()
            log.warning("damaged database set aside as %s", kept)
        except UserFacingError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "Hearth", _error_text(exc))
            return None


def build_window(hearth: Hearth, *, first_page_after_paint: bool = False) -> MainWindow:
    tasks = TaskRunner()
    ctx = UiContext(hearth, tasks)
    window = MainWindow(ctx, first_page_after_paint=first_page_after_paint)
    tasks.setParent(window)
    ctx.setParent(window)
    return window


def theme_then_welcome(qapp: QApplication, hearth: Hearth) -> Callable[[], None]:
    """Theme the application, then (first run) show the welcome, so it has the window's colours, text
    size and high contrast; returns the call that follows the OS colour scheme after the first paint."""
    # The OS colour scheme is asked just after the first paint (ui/theme.py: follow)
    follow_os_colours = theme.follow(qapp, hearth.settings, defer_os_check=True)
    # First run: household, country, language, text size (not while measuring the first paint; the
    # welcome's module is loaded only when the household is empty). The text size chosen there is
    # applied by theme.follow, which follows the setting.
    if not config.current().bench_first_paint and not hearth.members.list():
        from ui.welcome import maybe_welcome

        if maybe_welcome(hearth):
            i18n.setup(qapp, hearth.settings.get(S.LANGUAGE))
    return follow_os_colours


def run(argv: Sequence[str] = ()) -> int:
    qapp = QApplication.instance()
    if qapp is None:
        qapp = QApplication([sys.argv[0], *theme.APPLICATION_ARGS, *argv])
        qapp.setProperty(theme.FUSION_SET, True)
    qapp.setApplicationName("Hearth")
    qapp.setApplicationDisplayName("Hearth")
    qapp.setApplicationVersion(app.__version__)
    qapp.setOrganizationName("Hearth")
    qapp.setDesktopFileName("hearth")
    from ui.gc_guard import GarbageCollector

    qapp.hearth_gc = GarbageCollector(qapp)  # lives as long as the application
    try:
        paths = Paths.default().ensure()
    except StorageError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Hearth", _error_text(exc))
        return 1
    # The log file opens just after the first paint (logging.handlers costs ~12 ms of CPU); what is
    # logged before then is held and written to it then (app/logs.py).
    logs.hold_early_records()
    logging_started = False

    def start_logging() -> None:
        nonlocal logging_started
        if not logging_started:
            logging_started = True
            logs.setup_logging(paths.log_file)

    sys.excepthook = _excepthook
    i18n.setup(qapp, "")  # the computer's language, for any problem met while opening the database
    hearth = open_core(paths)
    if hearth is None:
        start_logging()
        return 1
    i18n.setup(qapp, hearth.settings.get(S.LANGUAGE))  # the user's choice, before the window is built
    if not config.current().bench_first_paint and not hearth.members.list():
        follow_os_colours = theme_then_welcome(qapp, hearth)  # first run: themed before the welcome shows
        window = build_window(hearth, first_page_after_paint=True)
    else:
        window = build_window(hearth, first_page_after_paint=True)
        # The theme after the window is built and before it is shown: its widgets are then styled once,
        # when they are first shown, not again each time one is added to a layout (~3 ms of CPU).
        # The OS colour scheme is asked just after the first paint (ui/theme.py: follow).
        follow_os_colours = theme.follow(qapp, hearth.settings, defer_os_check=True)
    window.after_first_paint.extend([
        start_logging,
        follow_os_colours,
        _set_window_icon,  # the SVG loads just after the first paint (a 0 ms timer queued here ran before it)
        # what a killed breach-list build left behind, off the GUI thread (app/breach_store.py)
        lambda: window.ctx.tasks.run(_cleanup_breach_files, paths.data, on_failed=lambda _e: None),
    ])
    QTimer.singleShot(1500, lambda: _start_reminders(window))  # not needed for the first paint
    if config.current().bench_first_paint:
        _report_first_paint(window)
    window.show()
    # Let Ctrl+C in a terminal close the window.
    timer = QTimer(window)
    timer.start(500)
    timer.timeout.connect(lambda: None)
    try:
        return int(qapp.exec())
    finally:
        start_logging()  # if the window closed before its first paint
        window.ctx.tasks.shutdown()
        hearth.close()


def _cleanup_breach_files(data_dir: object) -> list[str]:
    from app import breach_store

    return breach_store.cleanup(data_dir)  # type: ignore[arg-type]


def _set_window_icon() -> None:
    from PySide6.QtGui import QIcon

    QApplication.setWindowIcon(QIcon(str(resource_path("icons", "hearth.svg"))))


def _start_reminders(window: MainWindow) -> None:
    from ui.reminders import ReminderTray

    window.reminders = ReminderTray(window.ctx, window)  # type: ignore[attr-defined]


class _FirstPaint(QObject):
    """For bench/startup.py: print the wall-clock time of the window's first paint (with
    ``HEARTH_BENCH_FIRST_PAINT=home``: the first paint of the Home page) and the CPU time the
    process had used by then, then quit."""

    def __init__(self, window: MainWindow) -> None:
        from PySide6.QtCore import QEvent  # only for the bench: QEvent's enums cost ~1.5 ms to build

        super().__init__(window)
        self.PAINT = QEvent.Type.Paint
        self.window = window
        self.home = config.current().bench_paint_home
        self.done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == self.PAINT and not self.done:
            if self.home:
                page = self.window._pages.get("home")  # noqa: SLF001 - bench probe
                if page is None or not (obj is page or page.isAncestorOf(obj)):  # type: ignore[arg-type]
                    return False
            self.done = True
            QTimer.singleShot(0, lambda: (print(f"first-paint {time.time():.6f} {time.process_time():.6f}", flush=True), QApplication.quit()))
        return False


def _report_first_paint(window: MainWindow) -> None:
    probe = _FirstPaint(window)
    target = QApplication.instance() if probe.home else window
    if target is not None:
        target.installEventFilter(probe)


def _excepthook(exc_type, exc, tb) -> None:  # noqa: ANN001
    log.error("unhandled error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is not None:
        from PySide6.QtWidgets import QMessageBox

        from ui.pages.base import error_text

        QMessageBox.warning(None, "Hearth", error_text(exc))
