"""Worst-case duration of the Network & devices check: every command hangs, the router is silent.

Everything is on loopback: the gateway is overridden to 127.0.0.1 and the management ports
point to a listener that accepts connections but never answers (HTTP and TLS hang until their
timeouts), SSDP and NAT-PMP get no reply. Every local command hangs until its own timeout.
Prints the seconds each part took.

    .venv/bin/python bench/network_check.py
"""

from __future__ import annotations

import os
import socket
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["HEARTH_PROBE_LOOPBACK_ONLY"] = "1"

from app import network as app_network  # noqa: E402
from app.probes.common import CommandResult, Host, Targets  # noqa: E402
from app.probes.device import gather_device_facts  # noqa: E402
from checks.base import CancelToken, Cancelled  # noqa: E402


class HangingHost(Host):
    """Every command runs until its timeout; no file can be read."""

    def command(self, argv: list[str], timeout: float = 5) -> CommandResult:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.cancel.cancelled:
                raise Cancelled()
            time.sleep(0.05)
        return CommandResult(tuple(argv), None, error="timeout")

    def read_bytes(self, path: str, limit: int = 0) -> bytes | None:
        return None

    def which(self, name: str) -> str | None:
        return f"/usr/bin/{name}"

    def exists(self, path: str) -> bool:
        return True


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    silent = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    silent.bind(("127.0.0.1", 0))
    silent.listen(64)
    tcp = silent.getsockname()[1]
    # UDP sockets that receive but never answer (SSDP, NAT-PMP)
    sinks = [socket.socket(socket.AF_INET, socket.SOCK_DGRAM) for _ in range(2)]
    for s in sinks:
        s.bind(("127.0.0.1", 0))
    ports = {p: tcp for p in (80, 443, 8080, 8443, 22, 23, 7547)}
    ports[1900] = sinks[0].getsockname()[1]
    ports[5351] = sinks[1].getsockname()[1]
    targets = Targets(gateway_override="127.0.0.1", ports=ports)
    try:
        for system in ("linux", "windows", "macos"):
            t0 = time.monotonic()
            facts, _ = app_network.gather_network_facts(host=HangingHost(system=system, env={}), targets=targets)
            t1 = time.monotonic()
            gather_device_facts(HangingHost(system=system, env={}))
            t2 = time.monotonic()
            timeouts = sorted(k for k, v in facts.items() if v.get("reason") == "timeout")
            print(f"{system:8s} network {t1 - t0:5.1f} s (timed out: {', '.join(timeouts) or 'none'}); device {t2 - t1:5.1f} s")
        token = CancelToken()
        t0 = time.monotonic()
        import threading

        threading.Timer(1.0, token.cancel).start()
        try:
            app_network.gather_network_facts(host=HangingHost(system="linux", env={}), targets=targets, cancel=token)
        except Cancelled:
            pass
        print(f"cancel after 1.0 s returned after {time.monotonic() - t0:4.1f} s")
        # run_home_check runs both halves side by side
        t0 = time.monotonic()
        orig = app_network.Host

        class _H(HangingHost):
            def __init__(self, **kw: object) -> None:
                super().__init__(system="linux", env={})

        app_network.Host = _H  # type: ignore[misc]
        from app import device as app_device

        orig_dev = app_device.Host
        app_device.Host = _H  # type: ignore[misc]
        os.environ["HEARTH_GATEWAY_OVERRIDE"] = "127.0.0.1"
        os.environ["HEARTH_PROBE_PORTS"] = ",".join(f"{a}:{b}" for a, b in ports.items())
        app_network.run_home_check(None)
        app_network.Host = orig  # type: ignore[misc]
        app_device.Host = orig_dev  # type: ignore[misc]
        print(f"whole page check (network + device side by side), all hanging: {time.monotonic() - t0:4.1f} s")
    finally:
        silent.close()
        for s in sinks:
            s.close()


if __name__ == "__main__":
    main()
