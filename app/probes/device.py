"""Gather this computer's facts (encryption, firewall, updates, screen lock, antivirus, OS,
browsers) with the per-OS probe module, all in parallel, each failing alone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.probes import os_module
from app.probes.common import Host, fail, gather_parallel
from checks.base import CancelToken
from checks.i18n import N_

PROBES = ("os_info", "disk_encryption", "firewall", "updates", "auto_updates", "screen_lock", "antivirus", "browsers")
FACT_NAMES = {"os_info": "os"}
LABELS = {
    "os_info": N_("Reading the system version"),
    "disk_encryption": N_("Checking disk encryption"),
    "firewall": N_("Checking the firewall"),
    "updates": N_("Looking for waiting updates"),
    "auto_updates": N_("Checking automatic updates"),
    "screen_lock": N_("Checking the screen lock"),
    "antivirus": N_("Checking virus protection"),
    "browsers": N_("Checking browser versions"),
}
DEADLINE = 14.0  # seconds for all device probes at once


def gather_device_facts(
    host: Host, *, cancel: CancelToken | None = None, progress: Callable[[int, int, str], None] | None = None
) -> dict[str, Any]:
    cancel = cancel or CancelToken()
    host.cancel = cancel
    mod = os_module(host.system)
    if mod is None:
        system = host.system
        return {"os": fail("not_on_system", N_("{system} is not supported", system=system)), **{FACT_NAMES.get(p, p): fail("not_on_system") for p in PROBES[1:]}}
    tasks = {FACT_NAMES.get(p, p): (lambda fn=getattr(mod, p): fn(host)) for p in PROBES}
    labels = {FACT_NAMES.get(k, k): v for k, v in LABELS.items()}
    facts = gather_parallel(tasks, cancel=cancel, progress=progress, deadline=DEADLINE, labels=labels)
    facts["os"] = {**facts.get("os", {}), "system": host.system} if facts.get("os", {}).get("ok") else {**facts.get("os", fail("failed")), "system": host.system}
    return facts
