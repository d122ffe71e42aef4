from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from checks.base import CancelToken
from ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot) -> TaskRunner:  # noqa: ANN001
    r = TaskRunner()
    yield r
    r.shutdown()


def test_results_and_progress_arrive_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:  # noqa: ANN001
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work(n: int, progress) -> int:  # noqa: ANN001
        seen["worker"] = threading.get_ident()
        for i in range(n):
            progress(i + 1, n, f"step {i + 1}")
        return n * 2

    steps: list[tuple[int, int, str, int]] = []
    runner.run(
        work,
        3,
        on_finished=lambda r: seen.update(result=r, thread=threading.get_ident()),
        on_progress=lambda d, t, s: steps.append((d, t, s, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 6 and seen["thread"] == gui and seen["worker"] != gui
    assert [s[:3] for s in steps] == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]
    assert all(s[3] == gui for s in steps)


def test_failure_is_delivered(qtbot, runner: TaskRunner) -> None:  # noqa: ANN001
    errors: list[BaseException] = []
    runner.run(lambda: 1 / 0, on_failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_cancel_reaches_the_work_and_drops_the_result(qtbot, runner: TaskRunner) -> None:  # noqa: ANN001
    started = threading.Event()
    stopped = threading.Event()
    results: list[object] = []

    def work(cancel: CancelToken) -> str:
        started.set()
        while not cancel.cancelled:
            cancel.raise_if_cancelled()
            threading.Event().wait(0.01)
        stopped.set()
        return "late"

    handle = runner.run(work, on_finished=results.append, on_failed=results.append)
    assert started.wait(5)
    handle.cancel()
    assert stopped.wait(5)
    qtbot.wait(100)
    assert results == []


def test_results_for_a_closed_page_are_dropped(qtbot, runner: TaskRunner) -> None:  # noqa: ANN001
    page = QWidget()
    gate = threading.Event()
    results: list[object] = []
    handle = runner.run(lambda: gate.wait(5) and "done", on_finished=results.append, owner=page)
    page.deleteLater()
    qtbot.wait(50)
    gate.set()
    assert handle.done.wait(5)
    qtbot.wait(100)
    assert results == []


def test_garbage_is_collected_on_the_gui_thread_only(qtbot) -> None:  # noqa: ANN001
    import gc

    from ui.gc_guard import GarbageCollector

    collector = GarbageCollector(interval_ms=50)
    try:
        assert not gc.isenabled()

        class Node:
            pass

        for _ in range(gc.get_threshold()[0] + 50):  # cycles the automatic collector would take
            a, b = Node(), Node()
            a.other, b.other = b, a
        before = gc.get_count()[0]
        qtbot.waitUntil(lambda: gc.get_count()[0] < before, timeout=3000)
    finally:
        collector.stop()
        collector.deleteLater()
    assert gc.isenabled()
