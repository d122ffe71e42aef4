"""Windows probes: PowerShell (JSON out), reg, netsh, route, arp; no administrator rights needed.

``netsh``/``route``/``arp`` print localized labels; the parsers key on values, not labels.
Everything is an argv list run without a shell (PowerShell gets its script as one argument).
"""

from __future__ import annotations

from typing import Any

from app.probes.common import Host, fail, ok
from checks.i18n import N_
from checks.parsers import windows as P


def powershell(host: Host, script: str, timeout: float = 8) -> Any:
    return host.command(
        ["powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command", script],
        timeout=timeout,
    )


def gateway(host: Host) -> dict[str, Any]:
    r = powershell(
        host,
        "Get-NetRoute -DestinationPrefix 0.0.0.0/0 -ErrorAction SilentlyContinue | "
        "Select-Object NextHop,InterfaceAlias,RouteMetric,InterfaceMetric | ConvertTo-Json -Compress",
    )
    gw = P.parse_netroute_json(r.stdout) if r.ok else None
    if gw is None:
        r = host.command(["route", "print", "-4", "0.0.0.0"], timeout=4)
        gw = P.parse_route_print(r.stdout) if r.ok else None
    if gw is None:
        return fail("no_gateway")
    return ok(ip=gw["ip"], interface=gw["interface"], family="ipv4")


def gateway_mac(host: Host, ip: str) -> str | None:
    r = powershell(
        host,
        f"Get-NetNeighbor -IPAddress '{ip}' -ErrorAction SilentlyContinue | Select-Object IPAddress,LinkLayerAddress,State | ConvertTo-Json -Compress",
        timeout=5,
    )
    mac = P.parse_netneighbor_json(r.stdout, ip) if r.ok else None
    if mac:
        return mac
    r = host.command(["arp", "-a", ip], timeout=3)
    return P.parse_arp_a(r.stdout, ip) if r.ok else None


def dns_servers(host: Host) -> dict[str, Any]:
    r = powershell(
        host,
        "Get-DnsClientServerAddress -AddressFamily IPv4 | Select-Object InterfaceAlias,ServerAddresses | ConvertTo-Json -Compress",
    )
    if not r.ok:
        return r.failure()
    return ok(servers=P.parse_dns_client_json(r.stdout), source="Get-DnsClientServerAddress")


def wifi(host: Host) -> dict[str, Any]:
    r = host.command(["netsh", "wlan", "show", "interfaces"], timeout=5)
    if r.error:
        return r.failure()
    info = P.parse_netsh_wlan_interfaces(r.stdout + "\n" + r.stderr)
    state = info["state"]
    if state == "location_permission":
        return fail("location_permission")
    if state == "no_wifi":
        return fail("not_on_system", N_("no Wi-Fi adapter"))
    if state == "disconnected":
        return ok(connected=False)
    if state != "connected":
        return fail("unreadable")
    mode = P.wifi_mode_from_netsh(info["authentication"], info["cipher"])
    return ok(connected=True, ssid=info.get("ssid", ""), mode=mode, raw=f"{info['authentication']} {info['cipher']}".strip())


def proxy(host: Host) -> dict[str, Any]:
    r = host.command(["reg", "query", r"HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings"], timeout=4)
    values = P.parse_reg_query(r.stdout) if r.ok else {}
    out: dict[str, Any] = {}
    if values.get("ProxyEnable") == "1" and values.get("ProxyServer"):
        out["windows_proxy"] = values["ProxyServer"]
    if values.get("AutoConfigURL"):
        out["pac"] = values["AutoConfigURL"]
    return out


# -- this computer ----------------------------------------------------------------------------


def _reg(host: Host, key: str) -> dict[str, str]:
    r = host.command(["reg", "query", key], timeout=4)
    return P.parse_reg_query(r.stdout) if r.ok else {}


def os_info(host: Host) -> dict[str, Any]:
    values = _reg(host, r"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion")
    info = P.windows_version_from_registry(values)
    if info is None:
        return fail("failed", N_("could not read the Windows version"))
    info["ltsc"] = "ltsc" in values.get("ProductName", "").lower() or "ltsc" in values.get("EditionID", "").lower()
    return ok(system="windows", **info)


def disk_encryption(host: Host) -> dict[str, Any]:
    drive = host.env.get("SystemDrive", "C:")
    r = powershell(
        host,
        f"(New-Object -ComObject Shell.Application).NameSpace('{drive}').Self.ExtendedProperty('System.Volume.BitLockerProtection')",
    )
    if not r.ok:
        return r.failure()
    state = P.parse_bitlocker_protection(r.stdout)
    if state is None:
        return fail("unreadable")
    return ok(state=state, method="BitLocker / Device encryption")


def firewall(host: Host) -> dict[str, Any]:
    r = powershell(host, "Get-NetFirewallProfile -PolicyStore ActiveStore | Select-Object Name,Enabled | ConvertTo-Json -Compress")
    if not r.ok:
        return r.failure()
    profiles = P.parse_firewall_profiles_json(r.stdout)
    if not profiles:
        return fail("unreadable")
    evidence = [f"{k}: {'on' if v else 'off'}" for k, v in profiles.items()]
    return ok(enabled=all(profiles.values()), product="Windows Defender Firewall", evidence=evidence)


WU_SCRIPT = (
    "$s=(New-Object -ComObject Microsoft.Update.Session).CreateUpdateSearcher();"
    "$r=$s.Search(\"IsInstalled=0 and Type='Software' and IsHidden=0\");"
    "$sec=@($r.Updates | Where-Object { $_.MsrcSeverity -or ($_.Categories | Where-Object { $_.Name -eq 'Security Updates' }) }).Count;"
    "@{Count=$r.Updates.Count;Security=$sec} | ConvertTo-Json -Compress"
)


def updates(host: Host) -> dict[str, Any]:
    r = powershell(host, WU_SCRIPT, timeout=12)
    if not r.ok:
        return r.failure()
    counts = P.parse_update_search_json(r.stdout)
    if counts is None:
        return fail("unreadable")
    return ok(pending=counts[0], security=counts[1], source="Windows Update")


def auto_updates(host: Host) -> dict[str, Any]:
    policy = _reg(host, r"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU")
    ux = _reg(host, r"HKLM\SOFTWARE\Microsoft\WindowsUpdate\UX\Settings")
    evidence = []
    enabled = True
    if policy.get("NoAutoUpdate") == "1":
        enabled = False
        evidence.append("policy NoAutoUpdate=1")
    if ux.get("PauseUpdatesExpiryTime"):
        enabled = False
        evidence.append(f"paused until {ux['PauseUpdatesExpiryTime']}")
    r = host.command(["sc", "qc", "wuauserv"], timeout=4)
    if r.ok and "DISABLED" in r.stdout:
        enabled = False
        evidence.append("Windows Update service disabled")
    return ok(enabled=enabled, evidence=evidence)


def screen_lock(host: Host) -> dict[str, Any]:
    desktop = _reg(host, r"HKCU\Control Panel\Desktop")
    policy = _reg(host, r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System")
    if not desktop:
        return fail("failed", N_("could not read the screen saver settings"))
    return ok(**P.screen_lock_from_registry(desktop, policy))


def antivirus(host: Host) -> dict[str, Any]:
    r = powershell(
        host,
        "Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct -ErrorAction Stop | "
        "Select-Object displayName,productState | ConvertTo-Json -Compress",
    )
    if not r.ok:
        if "invalid namespace" in (r.stderr + r.stdout).lower():
            return fail("not_on_system", N_("Security Center is only on desktop Windows"))
        return r.failure()
    return ok(products=P.parse_antivirus_json(r.stdout))


BROWSER_KEYS = (
    ("chrome", r"HKCU\Software\Google\Chrome\BLBeacon"),
    ("edge", r"HKCU\Software\Microsoft\Edge\BLBeacon"),
    ("brave", r"HKCU\Software\BraveSoftware\Brave-Browser\BLBeacon"),
    ("firefox", r"HKLM\SOFTWARE\Mozilla\Mozilla Firefox"),
)


def browsers(host: Host) -> dict[str, Any]:
    found = []
    for key, reg_key in BROWSER_KEYS:
        values = _reg(host, reg_key)
        version = values.get("version") or values.get("CurrentVersion", "").split(" ", 1)[0]
        if version:
            found.append({"key": key, "version": version})
    return ok(found=found)
