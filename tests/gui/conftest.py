"""GUI fixtures: a real window over a temporary database (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core import Hearth
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:  # noqa: ARG001
    """Delete the widgets each test left, now. pytest-qt closes them and calls deleteLater, which waits
    for an event loop that may not run again in this worker for many tests; until then every theme
    change restyles them all, and restyling such leftovers crashed a worker now and then."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture(autouse=True)
def _gc_on_gui_thread(qapp) -> Iterator[None]:  # noqa: ANN001
    """As in the app: garbage collection only on the GUI thread (ui/gc_guard.py)."""
    from ui.gc_guard import GarbageCollector

    collector = GarbageCollector(qapp)
    yield
    collector.stop()
    collector.deleteLater()


@pytest.fixture
def ui_ctx(qtbot, hearth: Hearth) -> Iterator[UiContext]:  # noqa: ANN001
    tasks = TaskRunner()
    ctx = UiContext(hearth, tasks)
    yield ctx
    tasks.shutdown()


@pytest.fixture
def window(qtbot, ui_ctx: UiContext) -> MainWindow:  # noqa: ANN001
    w = MainWindow(ui_ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
