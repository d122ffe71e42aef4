"""Parsers for Windows command output (pure).

Where possible the probes ask PowerShell for JSON (``ConvertTo-Json``), whose keys are not
localized. ``netsh``, ``arp`` and ``route`` print localized labels, so those parsers key on
the values' shapes (addresses, WPA/WEP names) rather than on the labels.
"""

from __future__ import annotations

import ipaddress
import json
import re
from typing import Any

from checks.parsers.common import normalize_mac


def parse_ps_json(text: str) -> list[dict[str, Any]]:
    """ConvertTo-Json prints one object or an array of objects; always give a list of dicts."""
    text = (text or "").strip().lstrip("\ufeff")
    if not text:
        return []
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return []
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return [d for d in data if isinstance(d, dict)]
    return []


def _ipv4(text: str) -> str | None:
    try:
        ip = ipaddress.ip_address(str(text).strip())
    except ValueError:
        return None
    return str(ip)


# -- gateway -----------------------------------------------------------------------------


def parse_netroute_json(text: str) -> dict[str, str] | None:
    """``Get-NetRoute -DestinationPrefix 0.0.0.0/0 | Select NextHop,InterfaceAlias,RouteMetric,InterfaceMetric``."""
    best = None
    for r in parse_ps_json(text):
        hop = _ipv4(r.get("NextHop", ""))
        if not hop or hop in ("0.0.0.0", "::"):
            continue
        try:
            metric = int(r.get("RouteMetric") or 0) + int(r.get("InterfaceMetric") or 0)
        except (TypeError, ValueError):
            metric = 0
        if best is None or metric < best[0]:
            best = (metric, {"ip": hop, "interface": str(r.get("InterfaceAlias") or "")})
    return best[1] if best else None


def parse_route_print(text: str) -> dict[str, str] | None:
    """``route print -4 0.0.0.0``: the row '0.0.0.0  0.0.0.0  <gateway>  <interface>  <metric>' (any language)."""
    best = None
    for line in text.splitlines():
        cols = line.split()
        if len(cols) >= 5 and cols[0] == "0.0.0.0" and cols[1] == "0.0.0.0":
            gw = _ipv4(cols[2])
            if not gw:
                continue  # "On-link" / "Auf Verbindung"
            try:
                metric = int(cols[4])
            except ValueError:
                metric = 0
            if best is None or metric < best[0]:
                best = (metric, {"ip": gw, "interface": cols[3]})
    return best[1] if best else None


def parse_netneighbor_json(text: str, ip: str) -> str | None:
    for r in parse_ps_json(text):
        if str(r.get("IPAddress", "")) == ip:
            mac = normalize_mac(str(r.get("LinkLayerAddress") or ""))
            if mac:
                return mac
    return None


def parse_arp_a(text: str, ip: str) -> str | None:
    """``arp -a <ip>``: '  192.168.1.1   a0-04-60-11-22-33   dynamic' (the last word is localized)."""
    for line in text.splitlines():
        cols = line.split()
        if len(cols) >= 2 and cols[0] == ip:
            return normalize_mac(cols[1])
    return None


def parse_dns_client_json(text: str) -> list[str]:
    """``Get-DnsClientServerAddress -AddressFamily IPv4 | Select InterfaceAlias,ServerAddresses``."""
    out: list[str] = []
    for r in parse_ps_json(text):
        alias = str(r.get("InterfaceAlias", ""))
        if alias.lower().startswith("loopback"):
            continue
        addrs = r.get("ServerAddresses") or []
        if isinstance(addrs, str):
            addrs = [addrs]
        for a in addrs:
            ip = _ipv4(a)
            if ip and ip not in out:
                out.append(ip)
    return out


# -- Wi-Fi ---------------------------------------------------------------------------------

_LOCATION_HINTS = ("location permission", "ms-settings:privacy-location", "standortberechtigung", "autorisation de localisation", "permiso de ubicación")
_NO_WLAN = ("no wireless interface", "wlan autoconfig service", "keine drahtlose schnittstelle", "aucune interface sans fil", "wlansvc")
_OPEN_WORDS = ("open", "offen", "ouvrir", "ouvert", "abierta", "aberto", "aperto", "open systeem")


def parse_netsh_wlan_interfaces(text: str) -> dict[str, Any]:
    """``netsh wlan show interfaces`` in any language.

    Returns {"state": "connected"|"disconnected"|"location_permission"|"no_wifi"|"unknown",
    "ssid", "authentication", "cipher"}. Labels are localized, so the authentication and
    cipher lines are recognised by their values (WPA2-Personal, CCMP, ...).
    """
    low = text.lower()
    if any(h in low for h in _LOCATION_HINTS):
        return {"state": "location_permission"}
    if any(h in low for h in _NO_WLAN) and ":" not in low.replace("ms-settings:", ""):
        return {"state": "no_wifi"}
    auth = cipher = ssid = ""
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            continue
        key_s = key.strip()
        value = value.strip()
        if key_s == "SSID":
            ssid = value
        elif not auth and re.fullmatch(r"(WPA3|WPA2|WPA)(-?(Personal|Enterprise|Persönlich|Personnel|Personal|Entreprise|Unternehmen|Empresarial|PSK))?|WEP|Shared|" + "|".join(_OPEN_WORDS), value, re.I):
            auth = value
        elif not cipher and re.fullmatch(r"CCMP|GCMP(-256)?|TKIP|WEP|None|Keine|Aucun|Ninguno", value, re.I):
            cipher = value
    if not auth:
        if any(h in low for h in _NO_WLAN):
            return {"state": "no_wifi"}
        return {"state": "disconnected" if "ssid" not in low else "unknown"}
    return {"state": "connected", "ssid": ssid, "authentication": auth, "cipher": cipher}


def wifi_mode_from_netsh(authentication: str, cipher: str) -> str:
    a = authentication.upper()
    c = cipher.upper()
    if a.lower() in _OPEN_WORDS:
        return "open"
    if "ENTERPRISE" in a or "ENTREPRISE" in a or "UNTERNEHMEN" in a or "EMPRESARIAL" in a:
        return "enterprise"
    if a.startswith("WEP") or a == "SHARED" or c == "WEP":
        return "wep"
    if a.startswith("WPA3"):
        return "wpa3"
    if a.startswith("WPA2"):
        return "wpa2_tkip" if c == "TKIP" else "wpa2"
    if a.startswith("WPA"):
        return "wpa_tkip"
    return "unknown"


# -- this computer ---------------------------------------------------------------------------

BITLOCKER_PROTECTION = {
    0: "not_encryptable",
    1: "on",
    2: "off",
    3: "encrypting",
    4: "decrypting",
    5: "on",  # on, unlocked
    6: "on",  # on, locked
}


def parse_bitlocker_protection(text: str) -> str | None:
    """``...ExtendedProperty('System.Volume.BitLockerProtection')`` → 'on'/'off'/'encrypting'/... (undocumented values)."""
    m = re.search(r"-?\d+", (text or "").strip())
    if not m:
        return "off" if not (text or "").strip() else None
    return BITLOCKER_PROTECTION.get(int(m.group(0)))


def parse_firewall_profiles_json(text: str) -> dict[str, bool]:
    """``Get-NetFirewallProfile -PolicyStore ActiveStore | Select Name,Enabled`` → {"Domain": True, ...}.

    Enabled is a GpoBoolean: ConvertTo-Json gives 1/0 (or True/False on newer shells)."""
    out: dict[str, bool] = {}
    for r in parse_ps_json(text):
        name = str(r.get("Name", ""))
        en = r.get("Enabled")
        if isinstance(en, bool):
            out[name] = en
        elif isinstance(en, int):
            out[name] = en == 1
        elif isinstance(en, str):
            out[name] = en.strip().lower() in ("true", "1")
    return out


def decode_product_state(state: int) -> dict[str, Any]:
    """WSC productState (undocumented): bits 12-15 on/off/snoozed/expired, 4-7 up to date, 8-11 vendor."""
    on = (state >> 12) & 0xF
    return {
        "enabled": on == 1,
        "snoozed": on == 2,
        "expired": on == 3,
        "up_to_date": ((state >> 4) & 0xF) == 0,
        "microsoft": ((state >> 8) & 0xF) == 1,
    }


def parse_antivirus_json(text: str) -> list[dict[str, Any]]:
    """``Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct | Select displayName,productState``."""
    out = []
    for r in parse_ps_json(text):
        try:
            state = int(r["productState"])
        except (KeyError, TypeError, ValueError):
            continue
        out.append({"name": str(r.get("displayName", ""))[:80], "state": state, **decode_product_state(state)})
    return out


def parse_reg_query(text: str) -> dict[str, str]:
    """``reg query KEY [/v NAME]``: '    Name    REG_SZ    value' → {name: value}. Missing key → {}."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        m = re.match(r"^\s{2,}(.+?)\s{2,}(REG_[A-Z_]+)\s{2,}(.*)$", line)
        if not m:
            m2 = re.match(r"^\s{2,}(.+?)\s{2,}(REG_[A-Z_]+)\s*$", line)
            if m2:
                out[m2.group(1).strip()] = ""
            continue
        name, kind, value = m.group(1).strip(), m.group(2), m.group(3).strip()
        if kind == "REG_DWORD" and value.lower().startswith("0x"):
            try:
                value = str(int(value, 16))
            except ValueError:
                pass
        out[name] = value
    return out


def windows_version_from_registry(values: dict[str, str]) -> dict[str, Any] | None:
    """From ``HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion``: ProductName lies on 11, so use the build."""
    try:
        build = int(values.get("CurrentBuild") or values.get("CurrentBuildNumber") or "")
    except ValueError:
        return None
    major = "11" if build >= 22000 else "10" if build >= 10240 else "older"
    edition = values.get("EditionID", "")
    return {
        "product": "windows",
        "major": major,
        "build": build,
        "display_version": values.get("DisplayVersion") or values.get("ReleaseId") or "",
        "edition": edition,
        "enterprise": edition.lower().startswith(("enterprise", "education", "iot")),
        "name": f"Windows {major} {values.get('DisplayVersion', '')}".strip(),
    }


def parse_update_search_json(text: str) -> tuple[int, int] | None:
    """Our WUA script prints {"Count": N, "Security": M}."""
    rows = parse_ps_json(text)
    if not rows:
        return None
    try:
        return int(rows[0]["Count"]), int(rows[0].get("Security") or 0)
    except (KeyError, TypeError, ValueError):
        return None


def screen_lock_from_registry(desktop: dict[str, str], policy: dict[str, str]) -> dict[str, Any]:
    """Screen saver with password, or the machine inactivity limit (policy), → {"lock_enabled", "delay_seconds"}."""
    try:
        inactivity = int(policy.get("InactivityTimeoutSecs", "") or 0)
    except ValueError:
        inactivity = 0
    active = desktop.get("ScreenSaveActive", "0") == "1" or bool(desktop.get("SCRNSAVE.EXE"))
    secure = desktop.get("ScreenSaverIsSecure", "0") == "1"
    try:
        timeout = int(desktop.get("ScreenSaveTimeOut", "") or 0)
    except ValueError:
        timeout = 0
    if inactivity > 0:
        return {"lock_enabled": True, "delay_seconds": inactivity}
    if active and secure and timeout > 0:
        return {"lock_enabled": True, "delay_seconds": timeout}
    return {"lock_enabled": False, "delay_seconds": None}
