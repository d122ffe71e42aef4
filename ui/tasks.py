"""Run work off the GUI thread; deliver results back on it.

``TaskRunner.run(fn, *args, on_finished=..., on_failed=..., on_progress=..., owner=widget)``
runs ``fn`` on a QThreadPool. If ``fn`` declares a ``cancel`` parameter it gets a
CancelToken; if it declares ``progress`` it gets a ``progress(done, total, text)``
callable. Callbacks always run on the GUI thread (queued signals). Results that
arrive after the owner widget was destroyed, or after ``cancel()``, are dropped.
Worker code never touches a widget.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from checks.cancel import Cancelled, CancelToken

log = logging.getLogger(__name__)


class _Emitter(QObject):
    """Lives on the GUI thread. Signals emitted from the worker are queued to its own
    slots (the receiver is this object, so Qt delivers them on the GUI thread), which
    then call the Python callbacks.

    Signals:
        finished(object): the result.
        failed(object): the exception.
        progress(int, int, str): done, total, text.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)

    def __init__(
        self,
        on_finished: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        on_progress: Callable[[int, int, str], None],
        parent: QObject,
    ) -> None:
        # A parent owns the C++ object, so dropping the Python wrapper on a worker thread
        # never deletes it there; deleteLater() on the GUI thread does.
        super().__init__(parent)
        self._cb_finished = on_finished
        self._cb_failed = on_failed
        self._cb_progress = on_progress
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)
        self.progress.connect(self._on_progress)

    @Slot(object)
    def _on_finished(self, result: Any) -> None:
        self._cb_finished(result)

    @Slot(object)
    def _on_failed(self, error: Any) -> None:
        self._cb_failed(error)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self._cb_progress(done, total, text)


class TaskHandle:
    """A running task. ``cancel()`` asks the work to stop and drops its result."""

    def __init__(self, token: CancelToken) -> None:
        self.token = token
        self.done = threading.Event()

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled


class _Runnable(QRunnable):
    def __init__(self, call: Callable[[], Any], emitter: _Emitter, handle: TaskHandle) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._call = call
        self._emitter = emitter
        self._handle = handle

    def run(self) -> None:
        try:
            result = self._call()
        except Cancelled as exc:
            self._emit(self._emitter.failed, exc)
        except BaseException as exc:  # noqa: BLE001 - delivered to on_failed
            self._emit(self._emitter.failed, exc)
        else:
            self._emit(self._emitter.finished, result)
        finally:
            self._call = None  # type: ignore[assignment]
            self._emitter = None  # type: ignore[assignment]
            self._handle.done.set()

    def _emit(self, signal: Any, value: Any) -> None:
        if self._emitter is not None and shiboken6.isValid(self._emitter):
            signal.emit(value)


class TaskRunner(QObject):
    """The one way the GUI runs work in the background."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._live: set[_Emitter] = set()
        self._handles: set[TaskHandle] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        owner: QObject | None = None,
        **kwargs: Any,
    ) -> TaskHandle:
        token = CancelToken()
        handle = TaskHandle(token)
        params = _parameters(fn)
        box: list[_Emitter] = []
        if "cancel" in params:
            kwargs["cancel"] = token
        if "progress" in params:

            def progress(done: int, total: int, text: str = "") -> None:
                if not token.cancelled and box and shiboken6.isValid(box[0]):
                    box[0].progress.emit(int(done), int(total), str(text))

            kwargs["progress"] = progress

        owner_alive = [True]
        if owner is not None:
            owner.destroyed.connect(lambda *_: owner_alive.__setitem__(0, False))

        def wanted() -> bool:
            return owner_alive[0] and not token.cancelled

        def finish(result: Any) -> None:
            self._forget(box.pop(), handle)
            if wanted() and on_finished is not None:
                on_finished(result)

        def fail(error: BaseException) -> None:
            self._forget(box.pop(), handle)
            if isinstance(error, Cancelled) or not wanted():
                return
            if on_failed is not None:
                on_failed(error)
            else:
                log.error("background task failed", exc_info=error)

        def report(done: int, total: int, text: str) -> None:
            if wanted() and on_progress is not None:
                on_progress(done, total, text)

        emitter = _Emitter(finish, fail, report, self)  # created on the GUI thread, so its slots run there
        box.append(emitter)
        self._live.add(emitter)
        self._handles.add(handle)
        self.pool.start(_Runnable(lambda: fn(*args, **kwargs), emitter, handle))
        return handle

    def _forget(self, emitter: _Emitter, handle: TaskHandle) -> None:
        self._live.discard(emitter)
        self._handles.discard(handle)
        # Break the emitter <-> callback cycle here, on the GUI thread, so the garbage
        # collector never has to free it (possibly on a worker thread).
        emitter._cb_finished = emitter._cb_failed = emitter._cb_progress = _ignore  # type: ignore[assignment]
        emitter.deleteLater()

    def cancel_all(self) -> None:
        for handle in list(self._handles):
            handle.cancel()

    def shutdown(self, timeout_ms: int = 3000) -> None:
        """Cancel everything and wait a little for workers to notice (called on quit)."""
        self.cancel_all()
        self.pool.waitForDone(timeout_ms)


def _ignore(*_args: Any) -> None:
    return None


def _parameters(fn: Callable[..., Any]) -> set[str]:
    try:
        return set(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return set()
