"""GUI fixtures: a real window over a temporary database (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core import Hearth
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


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
