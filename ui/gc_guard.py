"""Run Python's garbage collector on the GUI thread only.

Python collects reference cycles on whichever thread happens to allocate when a
threshold is crossed. If that is a worker thread and a cycle holds Qt objects, Qt
objects are destroyed off the GUI thread, which can crash the process (seen here as
a segmentation fault while a worker ran). The usual remedy for PyQt/PySide
applications: turn off automatic collection and collect from a timer on the GUI
thread instead. Reference counting still frees everything else immediately.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GarbageCollector(QObject):
    """Collects generation 0 every second on the GUI thread, older generations as their counts grow."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] > self.threshold[0]:
            generation = 0
            if counts[1] > self.threshold[1]:
                generation = 1
                if counts[2] > self.threshold[2]:
                    generation = 2
            gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
