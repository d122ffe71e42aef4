"""The registry of checks, so the checkup runner can find every check by category."""

from __future__ import annotations

from checks.base import Check

_CHECKS: dict[str, Check] = {}


def register(check: Check) -> Check:
    """Add a check. Its id must be unique; registering the same object twice is harmless."""
    if not isinstance(check, Check):
        raise TypeError(f"{check!r} does not follow the Check protocol")
    existing = _CHECKS.get(check.id)
    if existing is not None and existing is not check:
        raise ValueError(f"two checks share the id {check.id!r}")
    _CHECKS[check.id] = check
    return check


def unregister(check_id: str) -> None:
    _CHECKS.pop(check_id, None)


def get(check_id: str) -> Check:
    return _CHECKS[check_id]


def all_checks(category: str | None = None) -> list[Check]:
    """Registered checks, optionally of one category, in id order."""
    found = [c for c in _CHECKS.values() if category is None or c.category == category]
    return sorted(found, key=lambda c: c.id)
