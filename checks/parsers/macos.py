"""Parsers for macOS command output (pure)."""

from __future__ import annotations

import ipaddress
import json
import plistlib
import re
from typing import Any

from checks.parsers.common import normalize_mac


def parse_route_get_default(text: str) -> dict[str, str] | None:
    """``route -n get default``: '    gateway: 192.168.1.1' / '  interface: en0'."""
    gw = iface = ""
    for line in text.splitlines():
        key, _, value = line.strip().partition(":")
        if key == "gateway":
            gw = value.strip()
        elif key == "interface":
            iface = value.strip()
    try:
        ipaddress.ip_address(gw.split("%", 1)[0])
    except ValueError:
        return None
    return {"ip": gw, "interface": iface}


def parse_arp_n(text: str, ip: str) -> str | None:
    """``arp -n <ip>``: '? (192.168.1.1) at a0:4:60:11:22:33 on en0 ifscope [ethernet]'."""
    m = re.search(r"\(" + re.escape(ip) + r"\)\s+at\s+([0-9a-fA-F:]+)", text)
    return normalize_mac(m.group(1)) if m else None


def parse_scutil_dns(text: str) -> list[str]:
    """``scutil --dns``: 'nameserver[0] : 192.168.1.1' in each resolver (the first one is the default)."""
    out: list[str] = []
    for m in re.finditer(r"nameserver\[\d+\]\s*:\s*(\S+)", text):
        try:
            ip = str(ipaddress.ip_address(m.group(1).split("%", 1)[0]))
        except ValueError:
            continue
        if ip not in out:
            out.append(ip)
    return out


def parse_system_profiler_wifi(text: str) -> dict[str, Any] | None:
    """``system_profiler SPAirPortDataType -json``: the current network's SSID (maybe '<redacted>') and mode."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return None
    try:
        entries = data["SPAirPortDataType"]
    except (KeyError, TypeError):
        return None
    for entry in entries if isinstance(entries, list) else []:
        for iface in entry.get("spairport_airport_interfaces", []) if isinstance(entry, dict) else []:
            cur = iface.get("spairport_current_network_information") if isinstance(iface, dict) else None
            if isinstance(cur, dict):
                return {
                    "ssid": str(cur.get("_name", "")),
                    "security": str(cur.get("spairport_security_mode", "")),
                }
    return {"ssid": "", "security": ""}  # Wi-Fi present but not connected


def parse_ipconfig_summary(text: str) -> dict[str, Any] | None:
    """``ipconfig getsummary en0``: 'Security : WPA2_PSK', 'SSID : <redacted>'."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.strip().partition(" : ")
        if sep and key in ("Security", "SSID", "InterfaceType"):
            out[key] = value.strip()
    if "Security" not in out:
        return None
    return {"ssid": out.get("SSID", ""), "security": out["Security"]}


def wifi_mode_from_macos(security: str) -> str:
    """'spairport_security_mode_wpa2_personal', 'WPA2 Personal', 'WPA2_PSK', 'WPA3_SAE', 'NONE'... → mode."""
    s = security.lower().replace("spairport_security_mode_", "").replace("-", "_").replace(" ", "_")
    if s in ("none", "open", "") or s.startswith("none"):
        return "open" if s else "unknown"
    if "enterprise" in s or "8021x" in s or "eap" in s:
        return "enterprise"
    if "wep" in s:
        return "wep"
    if "wpa3" in s or "sae" in s:
        return "wpa2_wpa3" if "wpa2" in s else "wpa3"
    if "wpa2" in s or "rsn" in s:
        return "wpa2_tkip" if ("wpa1" in s or "wpa/wpa2" in s or "wpa_wpa2" in s or s.startswith("wpa_")) else "wpa2"
    if "wpa" in s:
        return "wpa_tkip"
    return "unknown"


def parse_fdesetup_status(text: str) -> str | None:
    """``fdesetup status`` → 'on' / 'off' / 'encrypting' / 'decrypting'."""
    t = text.strip()
    if re.search(r"Encryption in progress", t, re.I):
        return "encrypting"
    if re.search(r"Decryption in progress", t, re.I):
        return "decrypting"
    if re.search(r"FileVault is On", t, re.I):
        return "on"
    if re.search(r"FileVault is Off", t, re.I):
        return "off"
    return None


def parse_socketfilterfw_state(text: str) -> int | None:
    """'Firewall is enabled. (State = 1)' → 1; 0 off, 2 block all."""
    m = re.search(r"State\s*=\s*(\d)", text)
    if m:
        return int(m.group(1))
    if re.search(r"Firewall is (enabled|on)", text, re.I):
        return 1
    if re.search(r"Firewall is (disabled|off)", text, re.I):
        return 0
    return None


def parse_softwareupdate_list(text: str) -> tuple[int, int] | None:
    """``softwareupdate -l`` → (updates, of which need a restart or are security/macOS); None if unreadable."""
    if re.search(r"No new software available", text, re.I):
        return (0, 0)
    labels = re.findall(r"^\s*\*\s*Label:\s*(.+)$", text, re.M)
    if not labels:
        labels = re.findall(r"^\s*\*\s+(\S.*)$", text, re.M)  # pre-10.15 format: '   * macOS..-1.0'
    if not labels and "Software Update found" not in text:
        return None
    important = sum(1 for line in re.findall(r"Title:.*$", text, re.M) if re.search(r"restart|Security|macOS", line, re.I))
    important = max(important, sum(1 for lab in labels if re.search(r"Security|macOS|XProtect", lab, re.I)))
    return (len(labels), important)


def parse_defaults_plist_text(text: str) -> dict[str, str]:
    """The old-style plist ``defaults read`` prints: '{ AutomaticCheckEnabled = 1; ... }'."""
    out: dict[str, str] = {}
    for m in re.finditer(r'^\s*"?([A-Za-z0-9_.]+)"?\s*=\s*"?([^;"]*)"?;\s*$', text, re.M):
        out[m.group(1)] = m.group(2).strip()
    return out


def auto_updates_from_defaults(values: dict[str, str]) -> dict[str, bool]:
    """Missing keys mean the default (on)."""

    def flag(key: str) -> bool:
        return values.get(key, "1").strip().lower() not in ("0", "false", "no")

    return {
        "check": flag("AutomaticCheckEnabled"),
        "download": flag("AutomaticDownload"),
        "security": flag("CriticalUpdateInstall") and flag("ConfigDataInstall"),
        "macos": values.get("AutomaticallyInstallMacOSUpdates", "0").strip().lower() in ("1", "true", "yes"),
    }


def parse_sysadminctl_screenlock(text: str) -> dict[str, Any] | None:
    """``sysadminctl -screenLock status`` (stderr, timestamped): how soon a password is needed once
    the screen saver starts or the display sleeps. 'screenLock delay is immediate' / '... is 300
    seconds' / 'screenLock is off' / '... is -1.000000 seconds' (off)."""
    if re.search(r"screenLock is off", text, re.I):
        return {"lock_enabled": False, "delay_seconds": None}
    if re.search(r"screenLock delay is immediate", text, re.I):
        return {"lock_enabled": True, "delay_seconds": 0}
    m = re.search(r"screenLock delay is (-?\d+)(?:\.\d+)? seconds?", text, re.I)
    if m:
        value = int(m.group(1))
        return {"lock_enabled": False, "delay_seconds": None} if value < 0 else {"lock_enabled": True, "delay_seconds": value}
    return None


def parse_defaults_int(text: str) -> int | None:
    """``defaults -currentHost read com.apple.screensaver idleTime`` → 600; None when the key does not exist."""
    m = re.fullmatch(r"\s*(-?\d+)\s*", text or "")
    return int(m.group(1)) if m else None


def parse_pmset_displaysleep(text: str) -> int | None:
    """Minutes from ``pmset -g`` (' displaysleep         10'); 0 = never."""
    m = re.search(r"^\s*displaysleep\s+(\d+)", text, re.M)
    return int(m.group(1)) if m else None


def combine_screen_lock(password: dict[str, Any], idle_seconds: int | None, display_minutes: int | None) -> dict[str, Any]:
    """Time until the screen locks = first of (screen saver, display sleep) + the password delay."""
    if not password.get("lock_enabled"):
        return {"lock_enabled": False, "delay_seconds": None}
    idle = 1200 if idle_seconds is None else idle_seconds  # macOS default screen saver start: 20 min
    triggers = [t for t in (idle, (display_minutes or 0) * 60) if t > 0]
    if not triggers:
        return {"lock_enabled": False, "delay_seconds": None}
    return {"lock_enabled": True, "delay_seconds": min(triggers) + int(password.get("delay_seconds") or 0)}


def parse_sw_vers(text: str) -> dict[str, str] | None:
    out = {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    if not out.get("ProductVersion"):
        return None
    return {"name": out.get("ProductName", "macOS"), "version": out["ProductVersion"], "build": out.get("BuildVersion", "")}


def parse_info_plist_version(data: bytes) -> str | None:
    try:
        plist = plistlib.loads(data)
    except Exception:  # plistlib raises several types on garbage
        return None
    v = plist.get("CFBundleShortVersionString") if isinstance(plist, dict) else None
    return str(v) if v else None


def parse_spctl_status(text: str) -> bool | None:
    if "assessments enabled" in text:
        return True
    if "assessments disabled" in text:
        return False
    return None
