"""macOS probes: route, arp, scutil, system_profiler/ipconfig, fdesetup, socketfilterfw,
softwareupdate, defaults, sysadminctl, sw_vers, spctl and app Info.plist files; no sudo."""

from __future__ import annotations

from typing import Any

from app.probes.common import Host, fail, ok
from checks.i18n import N_
from checks.parsers import macos as P


def gateway(host: Host) -> dict[str, Any]:
    r = host.command(["route", "-n", "get", "default"], timeout=3)
    gw = P.parse_route_get_default(r.stdout) if r.ok else None
    if gw is None:
        r6 = host.command(["route", "-n", "get", "-inet6", "default"], timeout=3)
        if r6.ok and P.parse_route_get_default(r6.stdout):
            return fail("ipv6_only")
        return fail("no_gateway")
    return ok(ip=gw["ip"], interface=gw["interface"], family="ipv4")


def gateway_mac(host: Host, ip: str) -> str | None:
    r = host.command(["arp", "-n", ip], timeout=3)
    return P.parse_arp_n(r.stdout, ip) if r.ok else None


def dns_servers(host: Host) -> dict[str, Any]:
    r = host.command(["scutil", "--dns"], timeout=4)
    if not r.ok:
        return r.failure()
    return ok(servers=P.parse_scutil_dns(r.stdout), source="scutil --dns")


def wifi(host: Host) -> dict[str, Any]:
    # ipconfig is fast and works with the SSID redacted; system_profiler is slow but reads older systems.
    for iface in ("en0", "en1"):
        r = host.command(["ipconfig", "getsummary", iface], timeout=4)
        info = P.parse_ipconfig_summary(r.stdout) if r.ok else None
        if info:
            mode = P.wifi_mode_from_macos(info["security"])
            return ok(connected=True, ssid=info["ssid"], mode=mode, raw=info["security"])
    r = host.command(["system_profiler", "SPAirPortDataType", "-json"], timeout=12)
    if not r.ok:
        return r.failure()
    info = P.parse_system_profiler_wifi(r.stdout)
    if info is None:
        return fail("not_on_system", N_("no Wi-Fi adapter"))
    if not info["security"]:
        return ok(connected=False)
    return ok(connected=True, ssid=info["ssid"], mode=P.wifi_mode_from_macos(info["security"]), raw=info["security"])


def proxy(host: Host) -> dict[str, Any]:
    r = host.command(["scutil", "--proxy"], timeout=3)
    out: dict[str, Any] = {}
    if r.ok:
        values = {}
        for line in r.stdout.splitlines():
            k, sep, v = line.strip().partition(" : ")
            if sep:
                values[k.strip()] = v.strip()
        if values.get("ProxyAutoConfigEnable") == "1" and values.get("ProxyAutoConfigURLString"):
            out["pac"] = values["ProxyAutoConfigURLString"]
        for kind in ("HTTP", "HTTPS", "SOCKS"):
            if values.get(f"{kind}Enable") == "1" and values.get(f"{kind}Proxy"):
                out[kind.lower()] = f"{values[f'{kind}Proxy']}:{values.get(f'{kind}Port', '')}"
    return out


# -- this computer ----------------------------------------------------------------------------


def os_info(host: Host) -> dict[str, Any]:
    r = host.command(["sw_vers"], timeout=3)
    info = P.parse_sw_vers(r.stdout) if r.ok else None
    if info is None:
        return fail("failed", N_("could not read the macOS version"))
    return ok(system="macos", product="macos", version=info["version"], name=f"{info['name']} {info['version']}")


def disk_encryption(host: Host) -> dict[str, Any]:
    r = host.command(["fdesetup", "status"], timeout=4)
    if not r.ok:
        return r.failure()
    state = P.parse_fdesetup_status(r.stdout)
    return ok(state=state, method="FileVault") if state else fail("unreadable")


def firewall(host: Host) -> dict[str, Any]:
    r = host.command(["/usr/libexec/ApplicationFirewall/socketfilterfw", "--getglobalstate"], timeout=4)
    if not r.ok:
        return r.failure()
    state = P.parse_socketfilterfw_state(r.stdout)
    if state is None:
        return fail("unreadable")
    return ok(enabled=state >= 1, product="macOS firewall", evidence=[r.stdout.strip()[:80]])


def updates(host: Host) -> dict[str, Any]:
    r = host.command(["softwareupdate", "-l"], timeout=12)
    if r.error:
        return r.failure()
    counts = P.parse_softwareupdate_list(r.stdout + "\n" + r.stderr)
    if counts is None:
        return fail("unreadable")
    return ok(pending=counts[0], security=counts[1], source="softwareupdate")


def auto_updates(host: Host) -> dict[str, Any]:
    r = host.command(["defaults", "read", "/Library/Preferences/com.apple.SoftwareUpdate"], timeout=4)
    values = P.parse_defaults_plist_text(r.stdout) if r.ok else {}
    flags = P.auto_updates_from_defaults(values)
    return ok(enabled=flags["check"] and flags["security"], evidence=[f"{k}: {'on' if v else 'off'}" for k, v in flags.items()])


def screen_lock(host: Host) -> dict[str, Any]:
    r = host.command(["sysadminctl", "-screenLock", "status"], timeout=4)
    if r.error:
        return r.failure()
    info = P.parse_sysadminctl_screenlock(r.stderr + "\n" + r.stdout)
    if not info:
        return fail("unreadable")
    idle = host.command(["defaults", "-currentHost", "read", "com.apple.screensaver", "idleTime"], timeout=3)
    pm = host.command(["pmset", "-g"], timeout=3)
    idle_s = P.parse_defaults_int(idle.stdout) if idle.ok else None
    display = P.parse_pmset_displaysleep(pm.stdout) if pm.ok else None
    return ok(**P.combine_screen_lock(info, idle_s, display))


def antivirus(host: Host) -> dict[str, Any]:
    r = host.command(["spctl", "--status"], timeout=4)
    state = P.parse_spctl_status(r.stdout + r.stderr)
    if state is None:
        return r.failure() if r.error else fail("unreadable")
    return ok(gatekeeper=state)


BROWSER_APPS = (
    ("chrome", "/Applications/Google Chrome.app"),
    ("edge", "/Applications/Microsoft Edge.app"),
    ("brave", "/Applications/Brave Browser.app"),
    ("firefox", "/Applications/Firefox.app"),
    ("safari", "/Applications/Safari.app"),
)


def browsers(host: Host) -> dict[str, Any]:
    found = []
    for key, app in BROWSER_APPS:
        data = host.read_bytes(f"{app}/Contents/Info.plist")
        version = P.parse_info_plist_version(data) if data else None
        if version and key != "safari":  # Safari follows macOS updates
            found.append({"key": key, "version": version})
    return ok(found=found)
