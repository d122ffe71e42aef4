"""The per-OS probe modules on recorded outputs (a Host that replays them), plus the command runner."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from app.probes import linux, macos, windows
from app.probes.common import CommandResult, Host, Targets, gather_parallel, run_command
from app.probes.device import gather_device_facts
from checks.base import CancelToken, Cancelled

DATA = Path(__file__).resolve().parents[2] / "data" / "probes"


def rec(os_name: str, name: str) -> str:
    return (DATA / os_name / name).read_text(encoding="utf-8")


class RecordedHost(Host):
    """Replays outputs: ``commands`` maps a space-joined argv prefix to (rc, stdout, stderr) or an error word."""

    def __init__(self, system: str, commands: dict[str, Any], files: dict[str, Any] | None = None, env: dict[str, str] | None = None) -> None:
        super().__init__(system=system, env=env or {})
        self.commands = commands
        self.files = files or {}
        self.calls: list[tuple[str, ...]] = []

    def command(self, argv: list[str], timeout: float = 5) -> CommandResult:
        self.calls.append(tuple(argv))
        joined = " ".join(argv)
        for prefix, out in self.commands.items():
            if joined.startswith(prefix):
                if isinstance(out, str):
                    return CommandResult(tuple(argv), None, error=out)
                rc, stdout, stderr = out
                return CommandResult(tuple(argv), rc, stdout, stderr)
        return CommandResult(tuple(argv), None, error="not_found")

    def read_bytes(self, path: str, limit: int = 0) -> bytes | None:
        data = self.files.get(path)
        if data is None:
            return None
        return data if isinstance(data, bytes) else data.encode("utf-8")

    def which(self, name: str) -> str | None:
        return f"/usr/bin/{name}" if any(k.split(" ")[0] == name for k in self.commands) else None

    def exists(self, path: str) -> bool:
        return path in self.files or any(k.split(" ")[0] == path for k in self.commands)

    def mtime(self, path: str) -> float | None:
        return 1_000_000.0 if path == "/var/lib/apt/lists" else None

    def now(self) -> float:
        return 1_000_000.0 + 3 * 86400


# -- Linux -----------------------------------------------------------------------------------


def test_linux_gateway_falls_back_to_proc() -> None:
    host = RecordedHost("linux", {"ip -j route": (1, "", "Error")}, {"/proc/net/route": rec("linux", "proc_net_route.txt")})
    assert linux.gateway(host) == {"ok": True, "ip": "192.168.1.1", "interface": "wlp2s0", "family": "ipv4"}


def test_linux_ipv6_only() -> None:
    host = RecordedHost("linux", {"ip -j route": (0, "[]", ""), "ip -6 -j route": (0, rec("linux", "ip6_route_default.json"), "")}, {"/proc/net/route": rec("linux", "proc_net_route_no_default.txt")})
    assert linux.gateway(host) == {"ok": False, "reason": "ipv6_only"}


def test_linux_dns_order() -> None:
    host = RecordedHost("linux", {"resolvectl dns": (0, rec("linux", "resolvectl_dns.txt"), "")})
    assert linux.dns_servers(host)["servers"] == ["192.168.1.1", "fd00::ca0e:14ff:feab:cdef"]
    host = RecordedHost("linux", {}, {"/etc/resolv.conf": rec("linux", "resolv_conf_plain.txt")})
    assert linux.dns_servers(host)["source"] == "/etc/resolv.conf"


def test_linux_wifi() -> None:
    host = RecordedHost("linux", {"nmcli -t -e yes": (0, rec("linux", "nmcli_wifi_mixed_tkip.txt"), "")})
    assert linux.wifi(host) == {"ok": True, "connected": True, "ssid": "TP-Link_3F2A", "mode": "wpa2_tkip", "raw": "WPA1 WPA2"}
    assert linux.wifi(RecordedHost("linux", {}))["reason"] == "not_on_system"
    assert linux.wifi(RecordedHost("linux", {"nmcli": "timeout"}))["reason"] == "timeout"


def test_linux_device_facts() -> None:
    host = RecordedHost(
        "linux",
        {
            "lsblk": (0, rec("linux", "lsblk_luks.json"), ""),
            "/usr/lib/update-notifier/apt-check": (0, "", rec("linux", "apt_check_stderr.txt")),
            "apt-config dump": (0, rec("linux", "apt_config_unattended_on.txt"), ""),
            "gsettings get org.gnome.desktop.screensaver lock-enabled": (0, "true\n", ""),
            "gsettings get org.gnome.desktop.session idle-delay": (0, "uint32 300\n", ""),
            "gsettings get org.gnome.desktop.screensaver lock-delay": (0, "uint32 0\n", ""),
            "google-chrome --version": (0, rec("linux", "chrome_version.txt"), ""),
            "firefox --version": (0, rec("linux", "firefox_version.txt"), ""),
        },
        {
            "/etc/os-release": rec("linux", "os_release_ubuntu.txt"),
            "/etc/ufw/ufw.conf": rec("linux", "ufw_conf_enabled.txt"),
            "/usr/bin/unattended-upgrade": "",
            "/proc/net/tcp": rec("linux", "proc_net_tcp.txt"),
        },
        env={"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"},
    )
    facts = gather_device_facts(host)
    assert facts["os"]["product"] == "ubuntu" and facts["os"]["system"] == "linux"
    assert facts["disk_encryption"] == {"ok": True, "state": "on", "method": "LUKS", "mounts": {"/": True}}
    assert facts["firewall"]["enabled"] is True and facts["firewall"]["product"] == "ufw"
    assert facts["updates"] == {"ok": True, "pending": 12, "security": 4, "source": "apt-check", "lists_age_days": 3}
    assert facts["auto_updates"]["enabled"] is True
    assert facts["screen_lock"] == {"ok": True, "lock_enabled": True, "delay_seconds": 300}
    assert facts["browsers"]["found"] == [{"key": "chrome", "version": "131.0.6778.85"}, {"key": "firefox", "version": "133.0"}]
    assert facts["antivirus"]["reason"] == "not_on_system"


def test_linux_no_desktop_no_firewall_tools() -> None:
    host = RecordedHost("linux", {"lsblk": (0, '{"blockdevices": []}', "")}, {"/etc/os-release": rec("linux", "os_release_debian.txt")})
    facts = gather_device_facts(host)
    assert facts["screen_lock"]["reason"] == "not_on_system"
    assert facts["firewall"]["reason"] == "needs_admin"
    assert facts["disk_encryption"]["reason"] == "failed"


# -- Windows ---------------------------------------------------------------------------------


def ps(script_start: str) -> str:
    return "powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command " + script_start


def test_windows_network_probes() -> None:
    host = RecordedHost(
        "windows",
        {
            ps("Get-NetRoute"): (1, "", rec("windows", "get_netroute_error.txt")),
            "route print": (0, rec("windows", "route_print_de.txt"), ""),
            ps("Get-NetNeighbor"): (0, "", ""),
            "arp -a": (0, rec("windows", "arp_a_de.txt"), ""),
            ps("Get-DnsClientServerAddress"): (0, rec("windows", "dns_client.json"), ""),
            "netsh wlan show interfaces": (1, rec("windows", "netsh_wlan_location_24h2.txt"), ""),
        },
    )
    assert windows.gateway(host)["ip"] == "192.168.178.1"
    assert windows.gateway_mac(host, "192.168.178.1") == "c8:0e:14:ab:cd:ef"
    assert windows.dns_servers(host)["servers"][0] == "192.168.0.1"
    assert windows.wifi(host) == {"ok": False, "reason": "location_permission"}


def test_windows_device_probes() -> None:
    host = RecordedHost(
        "windows",
        {
            r"reg query HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion": (0, rec("windows", "reg_currentversion_win11.txt"), ""),
            ps("(New-Object -ComObject Shell.Application)"): (0, rec("windows", "bitlocker_protection_off.txt"), ""),
            ps("Get-NetFirewallProfile"): (0, rec("windows", "firewall_profiles_public_off.json"), ""),
            ps("$s=(New-Object -ComObject Microsoft.Update.Session)"): "timeout",
            r"reg query HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU": (1, "", rec("windows", "reg_missing.txt")),
            r"reg query HKCU\Control Panel\Desktop": (0, rec("windows", "reg_desktop.txt"), ""),
            ps("Get-CimInstance -Namespace root/SecurityCenter2"): (0, rec("windows", "antivirus.json"), ""),
            r"reg query HKCU\Software\Google\Chrome\BLBeacon": (0, rec("windows", "reg_chrome_blbeacon.txt"), ""),
            r"reg query HKLM\SOFTWARE\Mozilla\Mozilla Firefox": (0, rec("windows", "reg_firefox.txt"), ""),
        },
    )
    facts = gather_device_facts(host)
    assert facts["os"]["major"] == "11" and facts["os"]["display_version"] == "24H2" and facts["os"]["system"] == "windows"
    assert facts["disk_encryption"]["state"] == "off"
    assert facts["firewall"]["enabled"] is False and "Public: off" in facts["firewall"]["evidence"]
    assert facts["updates"] == {"ok": False, "reason": "timeout"}
    assert facts["auto_updates"]["enabled"] is True
    assert facts["screen_lock"]["delay_seconds"] == 600
    assert [p["name"] for p in facts["antivirus"]["products"] if p["enabled"]] == ["Avast Antivirus"]
    assert facts["browsers"]["found"] == [{"key": "chrome", "version": "131.0.6778.86"}, {"key": "firefox", "version": "133.0"}]


def test_windows_access_denied_is_needs_admin() -> None:
    host = RecordedHost("windows", {ps("(New-Object"): (1, "", "Access is denied. (Exception from HRESULT: 0x80070005 (E_ACCESSDENIED))")})
    assert windows.disk_encryption(host)["reason"] == "needs_admin"


# -- macOS -----------------------------------------------------------------------------------


def test_macos_probes() -> None:
    host = RecordedHost(
        "macos",
        {
            "route -n get default": (0, rec("macos", "route_get_default.txt"), ""),
            "arp -n": (0, rec("macos", "arp_n.txt"), ""),
            "scutil --dns": (0, rec("macos", "scutil_dns.txt"), ""),
            "scutil --proxy": (0, rec("macos", "scutil_proxy.txt"), ""),
            "ipconfig getsummary en0": (0, rec("macos", "ipconfig_getsummary_ethernet.txt"), ""),
            "ipconfig getsummary en1": (0, rec("macos", "ipconfig_getsummary_wpa3.txt"), ""),
            "sw_vers": (0, rec("macos", "sw_vers.txt"), ""),
            "fdesetup status": (0, rec("macos", "fdesetup_on.txt"), ""),
            "/usr/libexec/ApplicationFirewall/socketfilterfw": (0, rec("macos", "socketfilterfw_disabled.txt"), ""),
            "softwareupdate -l": (0, rec("macos", "softwareupdate_list.txt"), ""),
            "defaults read /Library": (0, rec("macos", "defaults_softwareupdate.txt"), ""),
            "sysadminctl -screenLock status": (0, "", rec("macos", "sysadminctl_screenlock_300.txt")),
            "defaults -currentHost read com.apple.screensaver idleTime": (0, rec("macos", "defaults_idletime.txt"), ""),
            "pmset -g": (0, rec("macos", "pmset_g.txt"), ""),
            "spctl --status": (0, rec("macos", "spctl_enabled.txt"), ""),
        },
        {"/Applications/Google Chrome.app/Contents/Info.plist": (DATA / "macos" / "chrome_info.plist").read_bytes()},
    )
    assert macos.gateway(host)["ip"] == "192.168.1.254"
    assert macos.gateway_mac(host, "192.168.1.254") == "00:1f:33:0a:0b:0c"
    assert macos.wifi(host)["mode"] == "wpa3"
    assert macos.proxy(host) == {"http": "185.62.190.8:8080"}
    facts = gather_device_facts(host)
    assert facts["os"]["version"] == "14.7.1"
    assert facts["disk_encryption"]["state"] == "on"
    assert facts["firewall"]["enabled"] is False
    assert facts["updates"]["pending"] == 2
    assert facts["auto_updates"]["enabled"] is True
    assert facts["screen_lock"]["delay_seconds"] == 900  # screen saver / display sleep at 600 s, then 300 s until a password is needed
    assert facts["antivirus"]["gatekeeper"] is True
    assert facts["browsers"]["found"] == [{"key": "chrome", "version": "118.0.5993.88"}]


# -- plumbing ----------------------------------------------------------------------------------


def test_run_command_env_timeout_missing() -> None:
    r = run_command([sys.executable, "-c", "import os; print(os.environ['LC_ALL'])"], timeout=20)
    assert r.ok and r.stdout.strip() == "C"
    assert run_command(["hearth-no-such-command-xyz"]).error == "not_found"
    slow = run_command([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5)
    assert slow.error == "timeout" and slow.failure()["reason"] == "timeout"


def test_run_command_cancel() -> None:
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    with pytest.raises(Cancelled):
        run_command([sys.executable, "-c", "import time; time.sleep(30)"], timeout=30, cancel=token)


def test_gather_parallel_isolates_failures_and_deadline() -> None:
    release = threading.Event()

    def hang() -> dict[str, Any]:
        release.wait(5)
        return {"ok": True}

    def broken() -> dict[str, Any]:
        raise RuntimeError("boom")

    try:
        out = gather_parallel({"fine": lambda: {"ok": True}, "broken": broken, "slow": hang}, deadline=0.3)
    finally:
        release.set()
    assert out["fine"] == {"ok": True}
    assert out["broken"] == {"ok": False, "reason": "failed", "detail": "RuntimeError"}
    assert out["slow"] == {"ok": False, "reason": "timeout"}


def test_targets_from_env() -> None:
    t = Targets.from_env({"HEARTH_GATEWAY_OVERRIDE": "127.0.0.1", "HEARTH_PROBE_PORTS": "80:18080, 1900:19000,bad", "HEARTH_DNS_TEST_SERVER": "127.0.0.1:5353"})
    assert t.gateway_override == "127.0.0.1" and t.port(80) == 18080 and t.port(1900) == 19000 and t.port(23) == 23
    assert t.unicast_ssdp and t.dns_server == ("127.0.0.1", 5353)
    assert not Targets.from_env({}).unicast_ssdp


def test_linux_wifi_networkmanager_not_running() -> None:
    host = RecordedHost("linux", {"nmcli -t -e yes": (8, "", "Error: NetworkManager is not running.\n")})
    assert linux.wifi(host) == {"ok": False, "reason": "not_on_system", "detail": "NetworkManager is not running"}
    empty = RecordedHost("linux", {"nmcli -t -e yes": (0, "", "")})
    assert linux.wifi(empty) == {"ok": True, "connected": False}
