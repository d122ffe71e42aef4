"""Parsers for Linux command output and files (pure; see LOCAL_CHECKS.md parts A and B)."""

from __future__ import annotations

import ipaddress
import json
import re
import socket
import struct
from typing import Any

from checks.parsers.common import normalize_mac

# -- gateway ------------------------------------------------------------------------------


def parse_proc_net_route(text: str) -> dict[str, str] | None:
    """The IPv4 default route from /proc/net/route: {"ip", "interface"}; lowest metric wins."""
    best: tuple[int, dict[str, str]] | None = None
    for line in text.splitlines()[1:]:
        cols = line.split()
        if len(cols) < 8:
            continue
        iface, dest, gw, flags, metric = cols[0], cols[1], cols[2], cols[3], cols[6]
        try:
            if int(dest, 16) != 0 or not int(flags, 16) & 0x2:
                continue
            ip = socket.inet_ntoa(struct.pack("<L", int(gw, 16)))
            m = int(metric)
        except (ValueError, struct.error):
            continue
        if best is None or m < best[0]:
            best = (m, {"ip": ip, "interface": iface})
    return best[1] if best else None


def parse_ip_route_json(text: str) -> dict[str, str] | None:
    """The default route from ``ip -j route show default`` (IPv4 or ``ip -6``)."""
    try:
        routes = json.loads(text or "[]")
    except json.JSONDecodeError:
        return None
    best = None
    for r in routes if isinstance(routes, list) else []:
        if not isinstance(r, dict) or r.get("dst") != "default" or not r.get("gateway"):
            continue
        metric = r.get("metric", 0) if isinstance(r.get("metric", 0), int) else 0
        if best is None or metric < best[0]:
            best = (metric, {"ip": str(r["gateway"]), "interface": str(r.get("dev", ""))})
    return best[1] if best else None


def parse_proc_net_arp(text: str, ip: str) -> str | None:
    """The MAC for ``ip`` in /proc/net/arp (flags 0x2 = complete)."""
    for line in text.splitlines()[1:]:
        cols = line.split()
        if len(cols) >= 4 and cols[0] == ip and cols[2] != "0x0":
            return normalize_mac(cols[3])
    return None


def parse_ip_neigh(text: str, ip: str) -> str | None:
    """The MAC for ``ip`` from ``ip neigh show`` lines like '192.168.1.1 dev wlp2s0 lladdr aa:.. REACHABLE'."""
    for line in text.splitlines():
        parts = line.split()
        if parts and parts[0] == ip and "lladdr" in parts:
            i = parts.index("lladdr")
            if i + 1 < len(parts) and "FAILED" not in parts and "INCOMPLETE" not in parts:
                return normalize_mac(parts[i + 1])
    return None


# -- DNS ------------------------------------------------------------------------------------


def _valid_ips(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for t in tokens:
        t = t.strip().split("#", 1)[0]  # resolvectl may print 1.1.1.1#cloudflare-dns.com
        try:
            ip = str(ipaddress.ip_address(t.split("%", 1)[0]))
        except ValueError:
            continue
        if ip not in out:
            out.append(ip)
    return out


def parse_resolv_conf(text: str) -> list[str]:
    return _valid_ips([line.split()[1] for line in text.splitlines() if line.strip().startswith("nameserver") and len(line.split()) > 1])


def parse_resolvectl_dns(text: str) -> list[str]:
    """Servers from ``resolvectl dns``: 'Global: 1.1.1.1' / 'Link 3 (wlp2s0): 192.168.1.1 fd00::1'."""
    tokens: list[str] = []
    for line in text.splitlines():
        if ":" not in line:
            continue
        head, _, rest = line.partition("):") if "):" in line else line.partition(":")
        tokens.extend(rest.split())
    return _valid_ips(tokens)


def parse_nmcli_dns(text: str) -> list[str]:
    """Servers from ``nmcli -t -f IP4.DNS,IP6.DNS device show``: 'IP4.DNS[1]:192.168.1.1'."""
    tokens = []
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.startswith(("IP4.DNS", "IP6.DNS")):
            tokens.append(value.replace("\\:", ":"))
    return _valid_ips(tokens)


# -- Wi-Fi ----------------------------------------------------------------------------------


def split_nmcli_terse(line: str) -> list[str]:
    """Split one ``nmcli -t -e yes`` line on ':' honouring '\\:' and '\\\\' escapes."""
    fields, cur, i = [], [], 0
    while i < len(line):
        ch = line[i]
        if ch == "\\" and i + 1 < len(line):
            cur.append(line[i + 1])
            i += 2
            continue
        if ch == ":":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    fields.append("".join(cur))
    return fields


def parse_nmcli_wifi(text: str) -> dict[str, Any] | None:
    """The active network from ``nmcli -t -e yes -f ACTIVE,SSID,SECURITY,WPA-FLAGS,RSN-FLAGS device wifi list``.

    Returns {"ssid", "security", "wpa_flags", "rsn_flags"} or None when no row is active.
    """
    for line in text.splitlines():
        fields = split_nmcli_terse(line)
        if len(fields) < 5:
            continue
        active = fields[0].strip().lower()
        if active not in ("yes", "*"):
            continue
        return {
            "ssid": fields[1],
            "security": fields[2].strip(),
            "wpa_flags": fields[3].strip(),
            "rsn_flags": fields[4].strip(),
        }
    return None


def wifi_mode_from_nmcli(security: str, wpa_flags: str = "", rsn_flags: str = "") -> str:
    """One of 'open', 'wep', 'wpa', 'wpa2', 'wpa2_tkip', 'wpa2_wpa3', 'wpa3', 'enterprise', 'unknown'."""
    sec = security.upper().replace("--", "").strip()
    rsn = rsn_flags.lower()
    wpa = wpa_flags.lower()
    if not sec:
        return "open"
    if "802.1X" in sec:
        return "enterprise"
    if "WEP" in sec:
        return "wep"
    if "WPA3" in sec or "sae" in rsn or "owe" in rsn:
        if "WPA2" in sec or "psk" in rsn.replace("sae", ""):
            return "wpa2_wpa3"
        return "wpa3"
    if "WPA2" in sec:
        if "pair_tkip" in rsn and "pair_ccmp" not in rsn:
            return "wpa_tkip"
        if "WPA1" in sec or "pair_tkip" in rsn or "pair_tkip" in wpa:
            return "wpa2_tkip"
        return "wpa2"
    if "WPA1" in sec or "WPA" in sec:
        return "wpa_tkip"
    return "unknown"


# -- this computer ----------------------------------------------------------------------------


def parse_os_release(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        if "=" not in line or line.lstrip().startswith("#"):
            continue
        k, _, v = line.partition("=")
        v = v.strip()
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
            v = v[1:-1]
        out[k.strip()] = v
    return out


def parse_lsblk_encryption(text: str, mountpoints: tuple[str, ...] = ("/", "/home")) -> dict[str, Any] | None:
    """From ``lsblk -J -s -o NAME,TYPE,FSTYPE,MOUNTPOINTS`` (inverse tree): is '/' on a crypt device?

    Returns {"mounts": {"/": True|False, ...}, "method": "LUKS"|""} or None if unreadable.
    """
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return None
    devices = data.get("blockdevices") if isinstance(data, dict) else None
    if not isinstance(devices, list):
        return None

    def encrypted(dev: dict[str, Any]) -> bool:
        if dev.get("type") == "crypt" or dev.get("fstype") == "crypto_LUKS":
            return True
        return any(encrypted(c) for c in dev.get("children") or [] if isinstance(c, dict))

    found: dict[str, bool] = {}
    for dev in devices:
        if not isinstance(dev, dict):
            continue
        mps = dev.get("mountpoints")
        if mps is None and "mountpoint" in dev:
            mps = [dev.get("mountpoint")]
        for mp in mps or []:
            if mp in mountpoints:
                found[mp] = encrypted(dev)
    if not found:
        return None
    return {"mounts": found, "method": "LUKS" if any(found.values()) else ""}


def parse_ufw_conf(text: str) -> bool | None:
    for line in text.splitlines():
        m = re.match(r"\s*ENABLED\s*=\s*(\w+)", line)
        if m:
            return m.group(1).lower() == "yes"
    return None


def parse_apt_check(stderr: str) -> tuple[int, int] | None:
    """``/usr/lib/update-notifier/apt-check`` prints 'N;M' (updates;security) on stderr."""
    m = re.search(r"^(\d+);(\d+)\s*$", stderr.strip(), re.M)
    return (int(m.group(1)), int(m.group(2))) if m else None


def parse_apt_list_upgradable(text: str) -> tuple[int, int]:
    """(updates, security) from ``apt list --upgradable``; security = from a *-security pocket."""
    total = security = 0
    for line in text.splitlines():
        if "/" not in line or "[upgradable from" not in line:
            continue
        total += 1
        origin = line.split("/", 1)[1].split(" ", 1)[0]
        if "-security" in origin:
            security += 1
    return total, security


def parse_apt_config_unattended(text: str) -> bool | None:
    """``apt-config dump APT::Periodic::Unattended-Upgrade`` → True for "1"."""
    m = re.search(r'APT::Periodic::Unattended-Upgrade\s+"([^"]*)"', text)
    if not m:
        return None
    return m.group(1).strip() not in ("0", "", "false")


def parse_gsettings_value(text: str) -> Any:
    """'true' / 'false' / 'uint32 300' / "'none'" / '@as []' → Python values (None if unreadable)."""
    t = text.strip()
    if t in ("true", "false"):
        return t == "true"
    m = re.fullmatch(r"(?:u?int(?:16|32|64)\s+)?(-?\d+)", t)
    if m:
        return int(m.group(1))
    m = re.fullmatch(r"'(.*)'", t)
    if m:
        return m.group(1)
    return None


def parse_kreadconfig(text: str) -> str | None:
    t = text.strip()
    return t or None


def parse_version_output(text: str) -> str | None:
    """'Google Chrome 131.0.6778.85 ' / 'Mozilla Firefox 133.0' / 'Chromium 130.0.6723.116 snap' → version."""
    m = re.search(r"(\d+\.\d+(?:\.\d+){0,2})", text or "")
    return m.group(1) if m else None


def parse_proc_net_tcp_listeners(text: str) -> list[tuple[str, int]]:
    """Listening sockets (state 0A) on non-loopback addresses from /proc/net/tcp or tcp6."""
    out: list[tuple[str, int]] = []
    for line in text.splitlines()[1:]:
        cols = line.split()
        if len(cols) < 4 or cols[3] != "0A":
            continue
        addr_hex, _, port_hex = cols[1].partition(":")
        try:
            port = int(port_hex, 16)
            raw = bytes.fromhex(addr_hex)
            if len(raw) == 4:
                ip = ipaddress.ip_address(raw[::-1])
            elif len(raw) == 16:
                ip = ipaddress.ip_address(b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4)))
                if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
                    ip = ip.ipv4_mapped
            else:
                continue
        except ValueError:
            continue
        if ip.is_loopback:
            continue
        out.append((str(ip), port))
    return out
