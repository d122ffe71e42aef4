from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from checks import registry
from checks.base import CancelToken, Cancelled, Check, CheckContext, Finding, Severity, Subject


def _finding(**overrides: object) -> Finding:
    fields = dict(
        check_id="demo.weak",
        subject=Subject.ACCOUNT,
        severity=Severity.HIGH,
        title="Weak password",
        why="It can be guessed in minutes.",
        fix=("Open the site's settings.", "Choose a new passphrase."),
    )
    fields.update(overrides)
    return Finding(**fields)  # type: ignore[arg-type]


def test_finding_is_frozen_and_serialises() -> None:
    f = _finding(evidence=["score 0 of 4"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.title = "x"  # type: ignore[misc]
    d = f.to_dict()
    assert d["severity"] == "high" and d["fix"] == ["Open the site's settings.", "Choose a new passphrase."]
    assert d["evidence"] == ["score 0 of 4"] and isinstance(f.evidence, tuple)


@pytest.mark.parametrize("fix", [(), ("",), "just a string"])
def test_no_finding_without_a_fix(fix: object) -> None:
    with pytest.raises(ValueError, match="next step|no fix"):
        _finding(fix=fix)


def test_finding_needs_title_and_reason() -> None:
    with pytest.raises(ValueError):
        _finding(title=" ")
    with pytest.raises(ValueError):
        _finding(why="")


def test_severity_orders_by_risk_and_has_words() -> None:
    assert sorted([Severity.LOW, Severity.CRITICAL, Severity.INFO]) == [Severity.INFO, Severity.LOW, Severity.CRITICAL]
    assert Severity.CRITICAL.label == "Urgent"


class _ReuseCheck:
    id = "test.reuse"
    title = "Reused passwords"
    category = "test"

    def run(self, ctx: CheckContext) -> list[Finding]:
        ctx.cancel.raise_if_cancelled()
        n = ctx.facts.get("reused", 0)
        ctx.progress(1, 1, "done")
        return [_finding(check_id=self.id)] if n else []


def test_registry_and_protocol() -> None:
    check = _ReuseCheck()
    assert isinstance(check, Check)
    registry.register(check)
    try:
        assert registry.get("test.reuse") is check
        assert check in registry.all_checks("test")
        registry.register(check)  # same object again: harmless
        other = _ReuseCheck()
        with pytest.raises(ValueError, match="share the id"):
            registry.register(other)
    finally:
        registry.unregister("test.reuse")
    assert check not in registry.all_checks()
    with pytest.raises(TypeError):
        registry.register(object())  # type: ignore[arg-type]


def test_context_carries_clock_progress_and_cancel() -> None:
    seen: list[tuple[int, int, str]] = []
    ctx = CheckContext(now=dt.datetime(2026, 1, 1), facts={"reused": 2}, progress=lambda d, t, s: seen.append((d, t, s)))
    assert len(_ReuseCheck().run(ctx)) == 1 and seen == [(1, 1, "done")]
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        _ReuseCheck().run(CheckContext(now=dt.datetime(2026, 1, 1), cancel=token))
