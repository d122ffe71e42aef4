"""A stand-in device runner for the checkup's step table, so tests run no real OS probes, router contacts
or directory look-ups (the other automatic steps are switched off)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app import checkup as C
from checks.base import Finding

OTHERS = ("network", "passwords", "breaches", "twofa")


def plug(monkeypatch: pytest.MonkeyPatch, runner: C.Runner, *, others_off: bool = True) -> None:
    """Make ``runner`` the device step's runner; with ``others_off`` the other automatic steps have none."""
    if others_off:
        for key in OTHERS:
            monkeypatch.delitem(C.RUNNERS, key, raising=False)
    monkeypatch.setitem(C.RUNNERS, "device", runner)


def fake_device(monkeypatch: pytest.MonkeyPatch, *, checked: int = 5, label: str = "looking",
                others_off: bool = True) -> list[Finding]:
    """A device runner that looks at ``checked`` things and finds what is in the returned list."""
    current: list[Finding] = []

    def runner(ctx: C.StepContext) -> C.StepResult:
        ctx.progress(0, 1, label)
        ctx.cancel.raise_if_cancelled()
        return C.StepResult(tuple(current), checked=checked)

    plug(monkeypatch, runner, others_off=others_off)
    return current


def raising(exc: Exception) -> Callable[[C.StepContext], C.StepResult]:
    def runner(ctx: C.StepContext) -> C.StepResult:
        raise exc

    return runner
