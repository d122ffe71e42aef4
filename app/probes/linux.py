"""Linux probes: local files and read-only commands, no root needed (LOCAL_CHECKS.md A1-A8, B1-B8).

Each function takes a :class:`~app.probes.common.Host` and returns a fact dict (``ok`` +
data, or ``ok: False`` + reason). Parsing happens in ``checks.parsers.linux``.
"""

from __future__ import annotations

from typing import Any

from app.probes.common import Host, fail, ok
from checks.i18n import N_
from checks.parsers import linux as P


def gateway(host: Host) -> dict[str, Any]:
    r = host.command(["ip", "-j", "route", "show", "default"], timeout=3)
    gw = P.parse_ip_route_json(r.stdout) if r.ok else None
    if gw is None:
        text = host.read_text("/proc/net/route")
        gw = P.parse_proc_net_route(text) if text else None
    if gw is not None:
        return ok(ip=gw["ip"], interface=gw["interface"], family="ipv4")
    r6 = host.command(["ip", "-6", "-j", "route", "show", "default"], timeout=3)
    if r6.ok and P.parse_ip_route_json(r6.stdout):
        return fail("ipv6_only")
    return fail("no_gateway")


def gateway_mac(host: Host, ip: str) -> str | None:
    text = host.read_text("/proc/net/arp")
    mac = P.parse_proc_net_arp(text, ip) if text else None
    if mac:
        return mac
    r = host.command(["ip", "neigh", "show", ip], timeout=3)
    return P.parse_ip_neigh(r.stdout, ip) if r.ok else None


def dns_servers(host: Host) -> dict[str, Any]:
    r = host.command(["resolvectl", "dns"], timeout=3)
    servers = P.parse_resolvectl_dns(r.stdout) if r.ok else []
    source = "resolvectl"
    if not servers:
        r = host.command(["nmcli", "-t", "-f", "IP4.DNS,IP6.DNS", "device", "show"], timeout=3)
        servers = P.parse_nmcli_dns(r.stdout) if r.ok else []
        source = "nmcli"
    if not servers:
        text = host.read_text("/etc/resolv.conf")
        if text is None:
            return fail("failed", N_("no resolver settings found"))
        servers = P.parse_resolv_conf(text)
        source = "/etc/resolv.conf"
    return ok(servers=servers, source=source)


def wifi(host: Host) -> dict[str, Any]:
    r = host.command(
        ["nmcli", "-t", "-e", "yes", "-f", "ACTIVE,SSID,SECURITY,WPA-FLAGS,RSN-FLAGS", "device", "wifi", "list", "--rescan", "no"],
        timeout=5,
    )
    if r.error == "not_found":
        return fail("not_on_system", N_("NetworkManager (nmcli) is not installed"))
    if not r.ok:
        text = (r.stderr + r.stdout).lower()
        if "networkmanager is not running" in text:
            return fail("not_on_system", N_("NetworkManager is not running"))
        if "no wi-fi device" in text or "no wifi device" in text:
            return fail("not_on_system", N_("no Wi-Fi adapter"))
        return r.failure()
    row = P.parse_nmcli_wifi(r.stdout)
    if row is None:
        return ok(connected=False)
    mode = P.wifi_mode_from_nmcli(row["security"], row["wpa_flags"], row["rsn_flags"])
    return ok(connected=True, ssid=row["ssid"], mode=mode, raw=row["security"] or "open")


def proxy(host: Host) -> dict[str, Any]:
    mode = host.command(["gsettings", "get", "org.gnome.system.proxy", "mode"], timeout=3)
    out: dict[str, Any] = {}
    if mode.ok and P.parse_gsettings_value(mode.stdout) == "auto":
        url = host.command(["gsettings", "get", "org.gnome.system.proxy", "autoconfig-url"], timeout=3)
        out["pac"] = P.parse_gsettings_value(url.stdout) or "automatic"
    elif mode.ok and P.parse_gsettings_value(mode.stdout) == "manual":
        h = host.command(["gsettings", "get", "org.gnome.system.proxy.http", "host"], timeout=3)
        out["gnome_manual"] = P.parse_gsettings_value(h.stdout) or "manual"
    return out


# -- this computer ----------------------------------------------------------------------------


def os_info(host: Host) -> dict[str, Any]:
    text = host.read_text("/etc/os-release") or host.read_text("/usr/lib/os-release")
    if not text:
        return fail("failed", N_("no /etc/os-release"))
    rel = P.parse_os_release(text)
    product = rel.get("ID", "").lower()
    if product not in ("ubuntu", "debian", "fedora", "linuxmint"):
        like = rel.get("ID_LIKE", "").lower().split()
        product = product or (like[0] if like else "")
    version = rel.get("VERSION_ID", "")
    return ok(system="linux", product=product, version=version, name=rel.get("PRETTY_NAME") or f"{product} {version}".strip())


def disk_encryption(host: Host) -> dict[str, Any]:
    r = host.command(["lsblk", "-J", "-s", "-o", "NAME,TYPE,FSTYPE,MOUNTPOINTS"], timeout=5)
    if not r.ok:
        r = host.command(["lsblk", "-J", "-s", "-o", "NAME,TYPE,FSTYPE,MOUNTPOINT"], timeout=5)
    if not r.ok:
        return r.failure()
    info = P.parse_lsblk_encryption(r.stdout)
    if info is None:
        return fail("failed", N_("could not find the disk that holds the system (a container or unusual setup?)"))
    state = "on" if info["mounts"].get("/") else "off"
    return ok(state=state, method=info["method"], mounts=info["mounts"])


def firewall(host: Host) -> dict[str, Any]:
    listeners = _listeners(host)
    evidence: list[str] = []
    text = host.read_text("/etc/ufw/ufw.conf")
    if text is not None:
        enabled = P.parse_ufw_conf(text)
        evidence.append(f"ufw.conf ENABLED={'yes' if enabled else 'no'}")
        if enabled:
            return ok(enabled=True, product="ufw", evidence=evidence, listeners=listeners)
    fc = host.command(["firewall-cmd", "--state"], timeout=4)
    if fc.error != "not_found":
        evidence.append(f"firewall-cmd --state: {(fc.stdout or fc.stderr).strip()[:40]}")
        if fc.ok:
            return ok(enabled=True, product="firewalld", evidence=evidence, listeners=listeners)
    if text is not None or fc.error != "not_found":
        return ok(enabled=False, evidence=evidence, listeners=listeners)
    # Neither ufw nor firewalld: nftables/iptables rules can only be listed as root.
    return fail("needs_admin", N_("no ufw or firewalld; other firewall rules can only be read by an administrator"))


def _listeners(host: Host) -> int:
    found: set[tuple[str, int]] = set()
    for path in ("/proc/net/tcp", "/proc/net/tcp6"):
        text = host.read_text(path)
        if text:
            found.update(P.parse_proc_net_tcp_listeners(text))
    return len(found)


def updates(host: Host) -> dict[str, Any]:
    if host.exists("/usr/lib/update-notifier/apt-check"):
        r = host.command(["/usr/lib/update-notifier/apt-check"], timeout=20)
        counts = P.parse_apt_check(r.stderr) if r.returncode == 0 else None
        if counts:
            return ok(pending=counts[0], security=counts[1], source="apt-check", lists_age_days=_lists_age(host))
    if host.which("apt"):
        r = host.command(["apt", "list", "--upgradable"], timeout=20)
        if r.ok:
            total, sec = P.parse_apt_list_upgradable(r.stdout)
            return ok(pending=total, security=sec, source="apt list", lists_age_days=_lists_age(host))
        return r.failure()
    if host.which("dnf"):
        r = host.command(["dnf", "-q", "--cacheonly", "check-update"], timeout=20)
        if r.returncode == 0:
            return ok(pending=0, security=0, source="dnf")
        if r.returncode == 100:
            lines = [line for line in r.stdout.splitlines() if line.strip() and not line.startswith((" ", "Obsoleting"))]
            return ok(pending=len(lines), security=0, source="dnf")
        return r.failure()
    return fail("not_on_system", N_("no apt or dnf package manager"))


def _lists_age(host: Host) -> int | None:
    m = host.mtime("/var/lib/apt/lists")
    return None if m is None else max(0, int((host.now() - m) // 86400))


def auto_updates(host: Host) -> dict[str, Any]:
    if host.which("apt-config"):
        r = host.command(["apt-config", "dump", "APT::Periodic::Unattended-Upgrade"], timeout=4)
        flag = P.parse_apt_config_unattended(r.stdout) if r.ok else None
        installed = host.exists("/usr/bin/unattended-upgrade")
        return ok(enabled=bool(flag and installed), evidence=[f"Unattended-Upgrade={'1' if flag else '0'}", f"unattended-upgrades {'installed' if installed else 'missing'}"])
    if host.which("systemctl"):
        for unit in ("dnf-automatic.timer", "dnf5-automatic.timer", "dnf-automatic-install.timer"):
            r = host.command(["systemctl", "is-enabled", unit], timeout=4)
            if r.ok and r.stdout.strip() == "enabled":
                return ok(enabled=True, evidence=[f"{unit} enabled"])
        if host.which("dnf"):
            return ok(enabled=False, evidence=["no dnf-automatic timer enabled"])
    return fail("not_on_system", N_("no known automatic-update tool"))


def screen_lock(host: Host) -> dict[str, Any]:
    desktop = (host.env.get("XDG_CURRENT_DESKTOP", "") + ":" + host.env.get("DESKTOP_SESSION", "")).lower()
    if "kde" in desktop or "plasma" in desktop:
        tool = host.which("kreadconfig6") and "kreadconfig6" or "kreadconfig5"
        auto = host.command([tool, "--file", "kscreenlockerrc", "--group", "Daemon", "--key", "Autolock"], timeout=3)
        minutes = host.command([tool, "--file", "kscreenlockerrc", "--group", "Daemon", "--key", "Timeout"], timeout=3)
        if not auto.ok:
            return auto.failure()
        enabled = (P.parse_kreadconfig(auto.stdout) or "true").lower() != "false"
        try:
            delay = int(P.parse_kreadconfig(minutes.stdout) or "5") * 60
        except ValueError:
            delay = None
        return ok(lock_enabled=enabled, delay_seconds=delay)
    if not desktop.strip(":") or not host.which("gsettings"):
        return fail("not_on_system", N_("no desktop session found"))
    lock = host.command(["gsettings", "get", "org.gnome.desktop.screensaver", "lock-enabled"], timeout=3)
    idle = host.command(["gsettings", "get", "org.gnome.desktop.session", "idle-delay"], timeout=3)
    extra = host.command(["gsettings", "get", "org.gnome.desktop.screensaver", "lock-delay"], timeout=3)
    if not lock.ok or not idle.ok:
        return (lock if not lock.ok else idle).failure()
    enabled = P.parse_gsettings_value(lock.stdout)
    idle_s = P.parse_gsettings_value(idle.stdout)
    extra_s = P.parse_gsettings_value(extra.stdout) if extra.ok else 0
    if not isinstance(enabled, bool) or not isinstance(idle_s, int):
        return fail("unreadable")
    if idle_s == 0:
        return ok(lock_enabled=False, delay_seconds=None)
    return ok(lock_enabled=enabled, delay_seconds=idle_s + (extra_s if isinstance(extra_s, int) else 0))


def antivirus(host: Host) -> dict[str, Any]:
    return fail("not_on_system")


BROWSERS = (
    ("chrome", ["google-chrome", "google-chrome-stable"]),
    ("chromium", ["chromium", "chromium-browser"]),
    ("edge", ["microsoft-edge", "microsoft-edge-stable"]),
    ("brave", ["brave-browser", "brave"]),
    ("firefox", ["firefox"]),
)


def browsers(host: Host) -> dict[str, Any]:
    found = []
    for key, names in BROWSERS:
        for name in names:
            if not host.which(name):
                continue
            r = host.command([name, "--version"], timeout=6)
            version = P.parse_version_output(r.stdout) if r.ok else None
            if version:
                found.append({"key": key, "version": version})
                break
    return ok(found=found)
