"""Presenters shared by the window and the command line, so both show the same thing the same way.

Network and device items: one risk order (risky first, then attention, couldn't check, good),
stable within a status so the probes' own order is kept.
"""

from __future__ import annotations

from collections.abc import Iterable

from checks.network import Item, Status

#: lower comes first
RISK_ORDER: dict[Status, int] = {Status.RISKY: 0, Status.ATTENTION: 1, Status.UNKNOWN: 2, Status.GOOD: 3}
ICONS: dict[Status, str] = {Status.GOOD: "✔", Status.ATTENTION: "⚠", Status.RISKY: "✖", Status.UNKNOWN: "?"}


def in_risk_order(items: Iterable[Item]) -> list[Item]:
    """The items, most urgent first (stable: equal statuses keep their order)."""
    return sorted(items, key=lambda i: RISK_ORDER[i.status])
