"""Cancelling long work: a flag the work polls, and the exception it raises when set.

Its own module (re-exported by ``checks.base``) so that the window can take a cancel token on the
path to its first paint without loading the findings' classes (issue 16 item 5).
"""

from __future__ import annotations

import threading

__all__ = ["CancelToken", "Cancelled"]


class Cancelled(Exception):
    """Raised inside work that noticed its cancel token was set."""


class CancelToken:
    """A thread-safe flag that long work polls to stop early."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()
