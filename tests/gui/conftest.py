"""GUI fixtures: a real window over a temporary database (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core import Hearth
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


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
