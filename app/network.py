"""The home-network check: gather facts (this computer and the default gateway only), then
turn them into items with ``checks.network``.

What is contacted: the router (its web page, its management ports, UPnP/SSDP and NAT-PMP).
With ``consent_dns=True`` also a made-up name and four big websites through the system
resolver. Everything runs in parallel with short timeouts; the whole check ends within
about 13 s even when every probe times out, and stops at once when cancelled.
"""

from __future__ import annotations

import concurrent.futures
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.probes import network as net
from app.probes import os_module
from app.probes.common import Host, Targets, fail, gather_parallel, guard, is_loopback, ok, oui_vendor
from checks.base import CancelToken
from checks.i18n import N_
from checks.network import Item, evaluate_network
from checks.parsers.common import mac_is_locally_administered as mac_is_local

if TYPE_CHECKING:
    from app.core import Hearth

CONSENT_TEXT = N_(
    "Hearth will contact only this computer and your router (its settings page, its doors to the internet, "
    "and whether it opens doors by itself). It never tries to log in and never looks at other devices."
)
CONSENT_DNS_TEXT = N_(
    "Internet tests (optional): look up a made-up website name and check the certificates of "
    "google.com, paypal.com, microsoft.com and apple.com through your normal internet connection."
)
DEADLINE = 14.0  # seconds for the whole network check, router detection included
MIN_PROBE_TIME = 3.0

LABELS = {
    "gateway_mac": N_("Finding the router's maker"),
    "admin_page": N_("Looking at the router's settings page"),
    "ports": N_("Checking the router's doors (ports)"),
    "upnp": N_("Asking about automatic port opening (UPnP)"),
    "natpmp": N_("Asking about automatic port opening (a second way)"),
    "dns": N_("Reading DNS settings"),
    "hosts": N_("Reading the hosts file"),
    "proxy": N_("Reading proxy settings"),
    "wifi": N_("Reading Wi-Fi security"),
    "dns_hijack": N_("Testing for redirected look-ups"),
}

Progress = Callable[[int, int, str], None]


def gather_network_facts(
    *,
    consent_dns: bool = False,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
    host: Host | None = None,
    targets: Targets | None = None,
    offline: bool = False,
) -> tuple[dict[str, Any], net.ContactLog]:
    cancel = cancel or CancelToken()
    host = host or Host(cancel=cancel)
    host.cancel = cancel
    targets = targets or Targets.from_env()
    log = net.ContactLog()
    mod = os_module(host.system)
    started = time.monotonic()
    if progress:
        progress(0, 1, N_("Finding your router"))
    facts: dict[str, Any] = {}
    if targets.gateway_override:
        facts["gateway"] = ok(ip=targets.gateway_override, interface="", family="ipv4", source="override")
    elif mod is None:
        system = host.system
        facts["gateway"] = fail("not_on_system", N_("{system} is not supported", system=system))
    else:
        facts["gateway"] = mod.gateway(host)
    gw = facts["gateway"].get("ip") if facts["gateway"].get("ok") else None

    tasks: dict[str, Callable[[], dict[str, Any]]] = {}
    if mod is not None:
        tasks["dns"] = lambda: mod.dns_servers(host)
        tasks["wifi"] = lambda: mod.wifi(host)
        tasks["proxy"] = lambda: net.proxy_settings(host, mod.proxy)
    tasks["hosts"] = lambda: net.hosts_file(host)
    if gw:
        tasks["gateway_mac"] = lambda: _gateway_mac(host, mod, gw)
        tasks["admin_page"] = lambda: net.admin_page(gw, targets, log, cancel)
        tasks["ports"] = lambda: net.ports(gw, targets, log, cancel)
        tasks["upnp"] = lambda: net.upnp(gw, targets, log, cancel)
        tasks["natpmp"] = lambda: net.natpmp(gw, targets, log, cancel)
    if consent_dns and not offline:
        tasks["dns_hijack"] = lambda: net.dns_hijack(targets, log, cancel)
    budget = max(MIN_PROBE_TIME, DEADLINE - (time.monotonic() - started))
    facts.update(gather_parallel(tasks, cancel=cancel, progress=progress, deadline=budget, labels=LABELS))
    if not consent_dns:
        facts["dns_hijack"] = fail("no_consent")
    elif offline:
        facts["dns_hijack"] = fail("offline")
    return facts, log


def _gateway_mac(host: Host, mod: Any, ip: str) -> dict[str, Any]:
    if is_loopback(ip):
        return fail("not_on_system", N_("the router address is this computer (test setup)"))
    mac = mod.gateway_mac(host, ip) if mod is not None else None
    if not mac:
        return fail("failed", N_("the router's hardware address was not in this computer's neighbour table"))
    local = mac_is_local(mac)
    return ok(mac=mac, vendor=None if local else oui_vendor(mac), local_admin=local)


def run_network_check(
    hearth: Hearth,
    *,
    consent_dns: bool = False,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
    host: Host | None = None,
    targets: Targets | None = None,
) -> list[Item]:
    """Gather the network facts, record what was contacted in the privacy ledger, return the items."""
    offline = bool(hearth.is_offline()) if hearth is not None else False
    facts, log = gather_network_facts(consent_dns=consent_dns, cancel=cancel, progress=progress, host=host, targets=targets, offline=offline)
    if hearth is not None:
        for service, method, url, purpose, outcome in log.items:
            hearth.ledger.record(service=service, method=method, url=url, purpose=purpose, status=None, outcome=outcome)
    return evaluate_network(facts)


__all__ = ["run_network_check", "gather_network_facts", "CONSENT_TEXT", "CONSENT_DNS_TEXT", "guard"]


def run_home_check(
    hearth: Hearth,
    *,
    consent_dns: bool = False,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
) -> dict[str, list[Item]]:
    """Both checks the Network & devices page runs, side by side: {"network": [...], "device": [...]}.

    Each part has its own deadline (about 15 s), and they run at the same time, so the whole
    check ends within about 15 s even when every probe times out."""
    from app import device as app_device

    cancel = cancel or CancelToken()
    lock = threading.Lock()
    done = {"network": 0.0, "device": 0.0}

    def part(name: str) -> Progress:
        def report(d: int, total: int, text: str) -> None:
            with lock:
                done[name] = min(1.0, d / max(total, 1))
                value = int(50 * (done["network"] + done["device"]))
            if progress is not None:
                progress(value, 100, text)

        return report

    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="home-check") as pool:
        net_future = pool.submit(run_network_check, hearth, consent_dns=consent_dns, cancel=cancel, progress=part("network"))
        dev_future = pool.submit(app_device.run_device_check, hearth, cancel=cancel, progress=part("device"))
        network = net_future.result()
        device = dev_future.result()
    cancel.raise_if_cancelled()
    if progress is not None:
        progress(100, 100, N_("Done"))
    return {"network": network, "device": device}
