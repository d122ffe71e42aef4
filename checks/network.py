"""Rules over home-network facts: the router, its ports, UPnP/NAT-PMP, DNS and Wi-Fi.

Facts come from ``app/probes`` as plain dicts, one per probe. Every probe fact has ``"ok"``;
when it is false, ``"reason"`` is one of :data:`REASONS` (and ``"detail"`` may add words).
:func:`evaluate_network` turns them into :class:`Item` s: good / attention / risky / unknown,
each with plain words and, where something is to be done, step-by-step fixes (naming the
router's maker's menus when the maker is known). Pure: no I/O, no clock.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Mapping
from typing import Any

from checks.base import Finding, Severity, Subject
from checks.i18n import N_, NP_, Msg, from_data
from checks.parsers.common import ip_kind


class Status(str, enum.Enum):
    GOOD = "good"
    ATTENTION = "attention"
    RISKY = "risky"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return {"good": "Good", "attention": "Needs attention", "risky": "Risky", "unknown": "Couldn't check"}[self.value]


#: why a probe could not tell: reason code -> plain words
REASONS: dict[str, str] = {
    "needs_admin": N_("needs administrator rights"),
    "location_permission": N_("Wi-Fi location permission is off"),
    "not_on_system": N_("not on this system"),
    "no_command": N_("the tool needed for this is not installed"),
    "timeout": N_("the check took too long"),
    "failed": N_("the check did not work"),
    "unreadable": N_("the answer could not be read"),
    "no_gateway": N_("no router was found: this computer has no default route"),
    "ipv6_only": N_("this network uses only IPv6, which this check does not cover yet"),
    "no_consent": N_("you did not allow the internet tests"),
    "cancelled": N_("the check was stopped"),
    "not_connected": N_("this computer is not on Wi-Fi right now"),
    "offline": N_("Hearth is set to work offline"),
}


def reason_parts(fact: Mapping[str, Any] | None) -> tuple[str, str]:
    """(why, extra words from the probe or "") for a fact that could not be checked."""
    if not fact:
        return REASONS["failed"], ""
    text = REASONS.get(str(fact.get("reason", "failed")), REASONS["failed"])
    detail = fact.get("detail") or ""
    if isinstance(detail, dict):
        detail = from_data(detail)  # a message stored as data
    if not isinstance(detail, Msg):
        detail = str(detail).strip()
    return text, detail


def reason_text(fact: Mapping[str, Any] | None) -> str:
    text, extra = reason_parts(fact)
    return text + " (" + extra + ")" if extra else text


def couldnt_check(fact: Mapping[str, Any] | None) -> str:
    """ "Couldn't check: <why>." in words that can be translated (the probe's extra words in brackets)."""
    reason, detail = reason_parts(fact)
    if detail:
        return N_("Couldn't check: {reason} ({detail}).", reason=reason, detail=detail)
    return N_("Couldn't check: {reason}.", reason=reason)


@dataclasses.dataclass(frozen=True)
class Item:
    """One line of the Network & devices result.

    Attributes:
        id: stable id ("router_telnet").
        title: short headline.
        status: good / attention / risky / unknown.
        detail: what we saw, in plain words (and why it matters).
        fix: ordered steps; empty only when nothing needs doing.
        evidence: the raw observations (addresses, ports), never a secret.
        severity: how much it matters when it is not good (for the checkup score).
    """

    id: str
    title: str
    status: Status
    detail: str
    fix: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    severity: Severity = Severity.INFO

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", Status(self.status))
        object.__setattr__(self, "fix", tuple(self.fix))
        object.__setattr__(self, "evidence", tuple(self.evidence))
        if self.status in (Status.ATTENTION, Status.RISKY) and not self.fix:
            raise ValueError(f"item {self.id!r} needs fix steps")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "status": self.status.value,
            "detail": self.detail,
            "fix": list(self.fix),
            "evidence": list(self.evidence),
            "severity": self.severity.name.lower(),
        }

    def to_finding(self, subject: Subject, check_id: str) -> Finding | None:
        if self.status not in (Status.ATTENTION, Status.RISKY):
            return None
        return Finding(
            check_id=f"{check_id}.{self.id}",
            subject=subject,
            severity=self.severity,
            title=self.title,
            why=self.detail,
            fix=self.fix,
            evidence=self.evidence,
        )


#: When Hearth cannot read the Wi-Fi's security mode, how to look it up by hand.
WIFI_CHECK_YOURSELF = (
    N_("To check it yourself, open your router's settings page (its address is usually on a sticker on the "
       "router) and look under Wireless or Wi-Fi security."),
    N_("It should say WPA2 or WPA3. If it says WEP, WPA (without a number after it) or Open/None, change it to "
       "WPA2 or WPA3 and choose a long Wi-Fi password."),
)


def unknown_item(item_id: str, title: str, fact: Mapping[str, Any] | None, how_to_check: tuple[str, ...] = ()) -> Item:
    return Item(item_id, title, Status.UNKNOWN, couldnt_check(fact), how_to_check)


# -- router makers ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Vendor:
    name: str
    admin: str  # how to open the settings page
    upnp: str  # where UPnP is switched off
    firmware: str  # where firmware updates are
    wifi: str  # where the Wi-Fi security mode is chosen
    provider_box: bool = False  # usually handed out by an internet provider


VENDORS: dict[str, Vendor] = {
    "netgear": Vendor(
        "NETGEAR",
        N_("Open http://routerlogin.net (or the Nighthawk app) and sign in."),
        N_("Go to Advanced > Advanced Setup > UPnP, untick 'Turn UPnP On' and click Apply."),
        N_("Go to Advanced > Administration > Firmware Update (or Router Update) and click Check."),
        N_("Go to Wireless (Basic > Wireless) and under Security Options choose WPA2-PSK [AES] or WPA3-Personal."),
    ),
    "tplink": Vendor(
        "TP-Link",
        N_("Open http://tplinkwifi.net (or the Tether / Deco app) and sign in."),
        N_("Go to Advanced > NAT Forwarding > UPnP and switch it off."),
        N_("Go to Advanced > System > Firmware Update and click Check for Upgrade."),
        N_("Go to Wireless (Advanced > Wireless > Wireless Settings) and set Security to WPA2-PSK (AES) or WPA3."),
    ),
    "avm": Vendor(
        "AVM FRITZ!Box",
        N_("Open http://fritz.box and sign in."),
        N_("Go to Internet > Permit Access > Port Sharing (older: Home Network > Network > Network Settings) and "
           "untick 'Permit independent port sharing for this device' for each device."),
        N_("Go to System > Update and switch on automatic updates ('Install new FRITZ!OS automatically')."),
        N_("Go to Wi-Fi > Security > Encryption and choose 'WPA2 + WPA3' or 'WPA2 (CCMP)'."),
    ),
    "asus": Vendor(
        "ASUS",
        N_("Open http://router.asus.com (or the ASUS Router app) and sign in."),
        N_("Go to WAN > Internet Connection, set 'Enable UPnP' to No and click Apply."),
        N_("Go to Administration > Firmware Upgrade and click Check; switch on automatic security updates."),
        N_("Go to Wireless > General and set Authentication Method to WPA2-Personal or WPA3-Personal."),
    ),
    "linksys": Vendor(
        "Linksys",
        N_("Open http://myrouter.local (or the Linksys app) and sign in."),
        N_("Go to Connectivity > Administration and untick UPnP."),
        N_("Go to Connectivity > Basic > Firmware Update and tick 'Automatic'."),
        N_("Go to Wi-Fi Settings > Wireless and set Security Mode to WPA2/WPA3 Mixed Personal."),
    ),
    "dlink": Vendor(
        "D-Link",
        N_("Open http://dlinkrouter.local (or the router's address) and sign in."),
        N_("Go to Features > Advanced Network (older: Advanced > Advanced Network) and untick 'Enable UPnP'."),
        N_("Go to Management > Upgrade and click Check for New Firmware."),
        N_("Go to Settings > Wireless and set Security Mode to WPA2 or WPA3."),
    ),
    "ubiquiti": Vendor(
        "Ubiquiti (UniFi)",
        N_("Open the UniFi Network app or https://unifi.ui.com and pick this site."),
        N_("Go to Settings > Internet > WAN (or Settings > Routing) and switch UPnP off."),
        N_("Go to Settings > Control Plane > Updates and switch on automatic updates."),
        N_("Go to Settings > WiFi, pick the network and set Security Protocol to WPA2/WPA3."),
    ),
    "eero": Vendor(
        "eero",
        N_("Open the eero app on your phone."),
        N_("Go to Settings > Network Settings > UPnP and switch it off."),
        N_("eero updates itself; check Settings > Software Updates shows a recent date."),
        N_("Go to Settings > Network Settings > WPA3 and switch it on."),
    ),
    "google": Vendor(
        "Google Nest Wifi",
        N_("Open the Google Home app on your phone."),
        N_("Go to Wi-Fi > Settings > Advanced networking > UPnP and switch it off."),
        N_("Nest Wifi updates itself automatically."),
        N_("Go to Wi-Fi > Settings > Advanced networking > WPA3 and switch it on."),
    ),
    "huawei": Vendor(
        "Huawei",
        N_("Open http://192.168.3.1 or http://192.168.8.1 (or the AI Life app) and sign in."),
        N_("Go to More Functions > Network Settings > UPnP and switch it off."),
        N_("Go to More Functions > System Settings > Update and switch on automatic updates."),
        N_("Go to My Wi-Fi > Security and choose WPA2-PSK or WPA3."),
        provider_box=True,
    ),
}

_VENDOR_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("netgear", re.compile(r"netgear", re.I)),
    ("tplink", re.compile(r"tp-?link|deco", re.I)),
    ("avm", re.compile(r"\bAVM\b|fritz", re.I)),
    ("asus", re.compile(r"asus", re.I)),
    ("linksys", re.compile(r"linksys|belkin", re.I)),
    ("dlink", re.compile(r"d-?link", re.I)),
    ("ubiquiti", re.compile(r"ubiquiti|unifi", re.I)),
    ("eero", re.compile(r"\beero\b", re.I)),
    ("google", re.compile(r"^google|nest wifi", re.I)),
    ("huawei", re.compile(r"huawei", re.I)),
]

#: makers of boxes that providers usually hand out; advice: ask the provider
PROVIDER_MAKERS = re.compile(r"sagemcom|technicolor|arcadyan|zte|sercomm|arris|commscope|hitron|compal|askey|actiontec|nokia|zyxel|vantiva", re.I)


def vendor_key(*names: str) -> str | None:
    for name in names:
        for key, pattern in _VENDOR_PATTERNS:
            if name and pattern.search(name):
                return key
    return None


def _generic_vendor(name: str) -> Vendor:
    return Vendor(
        name or "your router's maker",
        N_("Type the router's address into your web browser (it is printed on a sticker on the router) and sign in "
           "with the admin password from that sticker or your provider's letter."),
        N_("Look for 'UPnP' (often under Advanced, NAT or Network) and switch it off."),
        N_("Look for 'Firmware update' (often under Administration or System) and switch on automatic updates."),
        N_("Look for Wireless or Wi-Fi > Security and choose WPA2-Personal (AES) or WPA3."),
        provider_box=bool(name and PROVIDER_MAKERS.search(name)),
    )


def router_vendor(facts: Mapping[str, Any]) -> tuple[Vendor, str]:
    """The best guess at the router's maker (Vendor, raw maker text) from OUI, UPnP and the admin page."""
    mac = facts.get("gateway_mac") or {}
    upnp = (facts.get("upnp") or {}).get("igd") or {}
    page = ((facts.get("admin_page") or {}).get("http")) or {}
    names = [
        str(upnp.get("manufacturer") or ""),
        str(mac.get("vendor") or ""),
        str(page.get("realm") or ""),
        str(page.get("title") or ""),
    ]
    key = vendor_key(*names)
    raw = next((n for n in names[:2] if n), "")
    if key:
        return VENDORS[key], raw
    return _generic_vendor(raw), raw


def _model(facts: Mapping[str, Any]) -> str:
    igd = ((facts.get("upnp") or {}).get("igd")) or {}
    parts = [str(igd.get("model_name") or ""), str(igd.get("model_number") or "")]
    return " ".join(p for p in parts if p).strip()


# -- the rules -------------------------------------------------------------------------------

WELL_KNOWN_RESOLVERS: dict[str, str] = {
    "8.8.8.8": "Google",
    "8.8.4.4": "Google",
    "2001:4860:4860::8888": "Google",
    "2001:4860:4860::8844": "Google",
    "1.1.1.1": "Cloudflare",
    "1.0.0.1": "Cloudflare",
    "1.1.1.2": "Cloudflare for Families",
    "1.0.0.2": "Cloudflare for Families",
    "1.1.1.3": "Cloudflare for Families",
    "1.0.0.3": "Cloudflare for Families",
    "2606:4700:4700::1111": "Cloudflare",
    "2606:4700:4700::1001": "Cloudflare",
    "9.9.9.9": "Quad9",
    "149.112.112.112": "Quad9",
    "9.9.9.11": "Quad9",
    "2620:fe::fe": "Quad9",
    "208.67.222.222": "OpenDNS",
    "208.67.220.220": "OpenDNS",
    "208.67.222.123": "OpenDNS FamilyShield",
    "208.67.220.123": "OpenDNS FamilyShield",
    "94.140.14.14": "AdGuard",
    "94.140.15.15": "AdGuard",
    "94.140.14.15": "AdGuard Family",
    "94.140.15.16": "AdGuard Family",
    "185.228.168.9": "CleanBrowsing",
    "185.228.169.9": "CleanBrowsing",
    "185.228.168.168": "CleanBrowsing Family",
    "76.76.2.0": "Control D",
    "76.76.10.0": "Control D",
    "45.90.28.0": "NextDNS",
    "45.90.30.0": "NextDNS",
}

RISKY_MAPPED_PORTS = {21, 22, 23, 135, 139, 445, 1433, 3306, 3389, 5900, 5985, 8291}
SUSPICIOUS_DESCRIPTION = re.compile(r"^$|^(?:[0-9a-f]{8,}|[A-Za-z0-9+/=]{24,})$|proxy|socks|miner|tor\b|backdoor|shell", re.I)
DEFAULT_SSID = re.compile(
    r"^(NETGEAR\d{2}(-5G)?|TP-Link_[0-9A-F]{4}(_5G)?|Linksys\d{5}(_5GHz)?|BTHub|BT-[A-Z0-9]{6}|SKY[A-Z0-9]{5}|"
    r"FRITZ!Box|Vodafone-[A-Z0-9]{4,}|VM[0-9]{6,}|ASUS(_[0-9A-F]{2})?(_5G)?$|dlink-[0-9A-F]{4}|"
    r"HUAWEI-[A-Z0-9]{4}|TALKTALK[A-Z0-9]{6}|Livebox-[0-9A-F]{4}|Bbox-[0-9A-F]{6,}|xfinitywifi$|ATT[A-Za-z0-9]{3}|"
    r"MySpectrumWiFi|Telstra[0-9A-F]{4}|Optus_[0-9A-F]{6}|Ziggo\d+|KPN[0-9A-F]{4})",
    re.I,
)
SENSITIVE_HOST = re.compile(
    r"(^|\.)(google|gmail|youtube|facebook|instagram|whatsapp|microsoft|live|outlook|office|windowsupdate|apple|icloud|"
    r"amazon|paypal|ebay|netflix|twitter|x|linkedin|yahoo|bankofamerica|chase|wellsfargo|citi|hsbc|barclays|"
    r"lloydsbank|natwest|santander|ing|bnpparibas|deutsche-bank|sparkasse|commbank|westpac|rbc|td|"
    r"[a-z0-9-]*bank[a-z0-9-]*|avast|avg|kaspersky|norton|mcafee|eset|bitdefender|malwarebytes|sophos|"
    r"virustotal)\.(com|net|org|co\.uk|de|fr|com\.au|ca|[a-z]{2,3})$",
    re.I,
)
#: security update sites: blocking them (even to 127.0.0.1) is what malware does
SECURITY_HOST = re.compile(
    r"(^|\.)(windowsupdate\.(com|microsoft\.com)|update\.microsoft\.com|(avast|avg|kaspersky|norton|mcafee|eset|bitdefender|"
    r"malwarebytes|sophos|virustotal|symantec|trendmicro)\.(com|net|org))$",
    re.I,
)
SINKHOLE = {"0.0.0.0", "127.0.0.1", "::", "::1", "::0", "0:0:0:0:0:0:0:0"}

WIFI_MODE_WORDS = {
    "open": N_("no password protection (open)"),
    "wep": N_("WEP, which can be broken in minutes"),
    "wpa_tkip": N_("the old WPA (TKIP) protection"),
    "wpa2_tkip": N_("WPA2 mixed with the old TKIP protection"),
    "wpa2": "WPA2 (AES)",
    "wpa2_wpa3": "WPA2/WPA3",
    "wpa3": "WPA3",
    "enterprise": N_("WPA Enterprise (a company-style login)"),
}


def _gateway_item(facts: Mapping[str, Any]) -> Item:
    gw = facts.get("gateway") or {}
    if not gw.get("ok"):
        return unknown_item(
            "gateway",
            N_("Your router"),
            gw,
            (N_("Check that this computer is connected to your home network, then run the check again."),),
        )
    ip = str(gw.get("ip"))
    kind = ip_kind(ip)
    if kind in ("public", "cgnat"):
        return Item(
            "gateway",
            N_("Your router"),
            Status.ATTENTION,
            N_("This computer's way to the internet ({ip}) is not a usual home-router address. That happens when a VPN is on, or when the computer is plugged straight into the provider's modem with no router in between.", ip=ip),
            (
                N_("If you use a VPN, this is expected: you can ignore it."),
                N_("If not, ask your provider whether you have a router with a firewall between your computers and the internet."),
            ),
            (N_("gateway {ip}", ip=ip),),
            Severity.INFO,
        )
    if gw.get("source") == "override":
        detail = N_("Your router's address is {ip} (set by hand for testing).", ip=ip)
    else:
        detail = N_("Your router's address is {ip}.", ip=ip)
    return Item("gateway", N_("Your router"), Status.GOOD, detail, (), (N_("gateway {ip}", ip=ip),))


def _maker_item(facts: Mapping[str, Any]) -> Item | None:
    if not (facts.get("gateway") or {}).get("ok"):
        return None
    vendor, raw = router_vendor(facts)
    mac = facts.get("gateway_mac") or {}
    model = _model(facts)
    if not raw and vendor.name == "your router's maker":
        if mac.get("ok") and mac.get("local_admin"):
            words = N_(
                "Couldn't tell who made your router: its network address is a private, made-up one (common on mesh "
                "systems and some provider boxes). The steps below are general ones."
            )
        elif mac.get("ok"):
            words = N_("Couldn't tell who made your router: its maker is not in the offline list. The steps below are general ones.")
        else:
            why, more = reason_parts(mac)
            if more:
                words = N_("Couldn't tell who made your router: {why} ({more}). The steps below are general ones.", why=why, more=more)
            else:
                words = N_("Couldn't tell who made your router: {why}. The steps below are general ones.", why=why)
        return Item(
            "router_maker",
            N_("Router maker"),
            Status.UNKNOWN,
            words,
            (N_("Look at the sticker on the router: it shows the maker, the model and the address of its settings page."),),
        )
    name = f"{vendor.name} {model}".strip() if model else vendor.name
    if raw and raw.lower() not in vendor.name.lower():
        detail = N_("Your router seems to be made by {name} ({raw}). The steps Hearth shows are for this maker.", name=name, raw=raw)
    else:
        detail = N_("Your router seems to be made by {name}. The steps Hearth shows are for this maker.", name=name)
    if vendor.provider_box:
        detail += " " + N_("Routers like this are often provided by an internet provider, who may manage its settings.")
    return Item(
        "router_maker",
        N_("Router maker"),
        Status.GOOD,
        detail,
        (
            vendor.admin,
            vendor.firmware,
            N_("Have you ever changed the router's admin password? If not, change it now to a long one you keep in your "
               "password manager (this is not your Wi-Fi password)."),
        ),
        tuple(e for e in (f"MAC {mac.get('mac')}" if mac.get("mac") else "", N_("model {model}", model=model) if model else "") if e),
    )


def _admin_page_item(facts: Mapping[str, Any], vendor: Vendor) -> Item | None:
    page = facts.get("admin_page")
    if page is None:
        return None
    if not page.get("ok"):
        return unknown_item("router_admin_page", N_("Router settings page"), page)
    http = page.get("http")
    https = page.get("https")
    ip = (facts.get("gateway") or {}).get("ip", "the router")
    evidence = []
    if http:
        code, server = http.get("status"), http.get("server")
        evidence.append(N_("http://{ip}/ answered {code} ({server})", ip=ip, code=code, server=server) if server else N_("http://{ip}/ answered {code}", ip=ip, code=code))
    evidence.append(N_("https://{ip}/ answered", ip=ip) if https else N_("https://{ip}/ did not answer", ip=ip))
    if not http and not https:
        return Item(
            "router_admin_page",
            N_("Router settings page"),
            Status.GOOD,
            N_("The router's settings page did not answer from this computer (it may use an app, or another address)."),
            (),
            tuple(evidence),
        )
    if http and http.get("redirect_https"):
        return Item(
            "router_admin_page",
            N_("Router settings page"),
            Status.GOOD,
            N_("The router's settings page sends you to its encrypted (https) version, so the admin password is not sent in plain text."),
            (),
            tuple(evidence),
        )
    login_over_http = bool(http and (http.get("password_form") or http.get("basic_auth")))
    if login_over_http and not https:
        return Item(
            "router_admin_page",
            N_("Router settings page"),
            Status.ATTENTION,
            N_("The router's settings page asks for its password over plain http with no encrypted option. Someone on "
               "your Wi-Fi could read the password as you type it in."),
            (
                N_("Change the router's settings only from home, on a computer connected to it."),
                vendor.admin,
                N_("If there is an 'HTTPS' or 'secure management' option, switch it on."),
                N_("Make sure 'remote management' (access from the internet) is off."),
                vendor.firmware,
            ),
            tuple(evidence),
            Severity.MEDIUM,
        )
    if login_over_http and https:
        return Item(
            "router_admin_page",
            N_("Router settings page"),
            Status.ATTENTION,
            N_("The router's settings page also works over plain http, which sends the admin password unencrypted. "
               "It has an encrypted (https) version too."),
            (
                N_("Open the settings page as https://{ip}/ instead of http:// (a warning about the certificate is normal for routers).", ip=ip),
                N_("If the router has an option to redirect http to https or to turn off http management, switch it on."),
                N_("Make sure 'remote management' (access from the internet) is off."),
            ),
            tuple(evidence),
            Severity.LOW,
        )
    return Item(
        "router_admin_page",
        N_("Router settings page"),
        Status.GOOD,
        N_("The router's settings page answers, and no password form was seen over plain http."),
        (),
        tuple(evidence),
    )


def _port_items(facts: Mapping[str, Any], vendor: Vendor) -> list[Item]:
    ports = facts.get("ports")
    if ports is None:
        return []
    if not ports.get("ok"):
        return [unknown_item("router_ports", N_("Router's open doors (ports)"), ports)]
    results: Mapping[str, str] = ports.get("results") or {}
    open_ports = sorted(int(p) for p, s in results.items() if s == "open")
    unanswered = sorted(int(p) for p, s in results.items() if s not in ("open", "closed"))
    items: list[Item] = []
    listed = ", ".join(map(str, open_ports))
    silent = ", ".join(map(str, unanswered))
    evidence = (N_("open: {listed}", listed=listed) if open_ports else N_("open: none"),) + ((N_("no answer: {silent}", silent=silent),) if unanswered else ())
    if 23 in open_ports:
        items.append(
            Item(
                "router_telnet",
                N_("Old 'Telnet' login on the router"),
                Status.RISKY,
                N_("Your router still accepts the old unencrypted 'Telnet' login. Viruses that take over routers "
                   "(like Mirai) try factory passwords on exactly this door."),
                (
                    vendor.admin,
                    N_("Look for 'Telnet' (often under Administration, Remote management or Advanced) and switch it off."),
                    N_("If you cannot find it, ask your provider to turn Telnet off."),
                    N_("Change the router's admin password if it is still the one printed on the sticker."),
                    vendor.firmware,
                ),
                (N_("port 23 open"),),
                Severity.HIGH,
            )
        )
    elif "23" in results and results.get("23") == "closed":
        items.append(Item("router_telnet", N_("Old 'Telnet' login on the router"), Status.GOOD, N_("The router does not accept Telnet logins."), (), (N_("port 23 closed"),)))
    extras = [p for p in open_ports if p in (22, 7547)]
    if extras:
        words = []
        if 22 in extras:
            words.append(N_("a remote command login (SSH, port 22)"))
        if 7547 in extras:
            words.append(N_("the provider's remote-management door (TR-069, port 7547)"))
        if len(words) == 2:
            first, second = words
            accepts = N_(
                "Your router accepts {first} and {second} from inside your home. That is normal on some provider boxes, but it is one more way in if the router's password is weak or its software is old.", first=first, second=second
            )
        else:
            door = words[0]
            accepts = N_(
                "Your router accepts {door} from inside your home. That is normal on some provider boxes, but it is one more way in if the router's password is weak or its software is old.", door=door
            )
        items.append(
            Item(
                "router_ports",
                N_("Router's open doors (ports)"),
                Status.ATTENTION,
                accepts,
                (
                    N_("Make sure the router's admin password is not the factory one."),
                    vendor.firmware,
                    N_("If you don't use SSH on the router, switch it off in its settings; ask your provider about TR-069."),
                ),
                evidence,
                Severity.LOW,
            )
        )
    else:
        items.append(
            Item(
                "router_ports",
                N_("Router's open doors (ports)"),
                Status.GOOD,
                N_("Only the usual doors are open on your router ({listed}).", listed=listed) if open_ports else N_("Only the usual doors are open on your router."),
                (),
                evidence,
            )
        )
    return items


def _mapping_suspicious(m: Mapping[str, Any]) -> bool:
    client = str(m.get("internal_client") or "")
    if client and ip_kind(client) not in ("private", "link_local", "loopback"):
        return True
    if int(m.get("internal_port") or 0) in RISKY_MAPPED_PORTS or int(m.get("external_port") or 0) in RISKY_MAPPED_PORTS:
        return True
    return bool(SUSPICIOUS_DESCRIPTION.search(str(m.get("description") or "").strip()))


def _upnp_items(facts: Mapping[str, Any], vendor: Vendor) -> list[Item]:
    upnp = facts.get("upnp")
    if upnp is None:
        return []
    if not upnp.get("ok"):
        return [unknown_item("upnp", N_("Automatic port opening (UPnP)"), upnp)]
    items: list[Item] = []
    igd = upnp.get("igd")
    others = int(upnp.get("other_devices") or 0)
    if not igd:
        if others:
            quiet = NP_(
                "Your router did not answer UPnP requests, so programs cannot ask it to open doors to the internet by "
                "themselves. ({n} other device at home speaks UPnP; that is normal for TVs and speakers.)",
                "Your router did not answer UPnP requests, so programs cannot ask it to open doors to the internet by "
                "themselves. ({n} other devices at home speak UPnP; that is normal for TVs and speakers.)", n=others
            )
        else:
            quiet = N_(
                "Your router did not answer UPnP requests, so programs cannot ask it to open doors to the internet by themselves."
            )
        items.append(Item("upnp", N_("Automatic port opening (UPnP)"), Status.GOOD, quiet))
    else:
        mappings = list(igd.get("mappings") or [])
        bad = [m for m in mappings if _mapping_suspicious(m)]
        described = [
            f"{m.get('protocol')} {m.get('external_port')} → {m.get('internal_client')}:{m.get('internal_port')}"
            f" '{m.get('description') or 'no name'}'"
            for m in mappings[:20]
        ]
        detail = N_(
            "Your router lets programs open doors from the internet to your computers by themselves (UPnP). "
            "A virus on any device at home could use this too."
        )
        count, odd = len(mappings), len(bad)
        if count:
            detail += " " + NP_("Right now, {n} door is open.", "Right now, {n} doors are open.", n=count)
        status, sev = Status.ATTENTION, Severity.MEDIUM
        if bad:
            status, sev = Status.RISKY, Severity.HIGH
            if odd == 1 and count == 1:
                detail += " " + N_("It looks unusual (pointing outside your home, to a remote-login port, or with an odd name).")
            else:
                detail += " " + NP_(
                    "Of these, {n} looks unusual (pointing outside your home, to a remote-login port, or with an odd name).",
                    "Of these, {n} look unusual (pointing outside your home, to remote-login ports, or with an odd name).",
                    n=odd,
                )
        items.append(
            Item(
                "upnp",
                N_("Automatic port opening (UPnP)"),
                status,
                detail,
                (
                    N_("Unless a game console or other device really needs it, switch UPnP off."),
                    vendor.admin,
                    vendor.upnp,
                    N_("Restart the router afterwards; doors opened by programs will close."),
                )
                + ((N_("If you do not recognise a door in the list, scan the device it points to with antivirus software."),) if bad else ()),
                tuple(described),
                sev,
            )
        )
    if upnp.get("wfa"):
        items.append(
            Item(
                "wps",
                N_("Wi-Fi push-button setup (WPS)"),
                Status.ATTENTION,
                N_("Your router announces WPS, a quick-connect feature whose PIN can be guessed by someone nearby."),
                (vendor.admin, N_("Look for 'WPS' in the Wi-Fi settings and switch it off (you can still type the Wi-Fi password).")),
                (),
                Severity.LOW,
            )
        )
    return items


def _natpmp_item(facts: Mapping[str, Any], vendor: Vendor) -> Item | None:
    nat = facts.get("natpmp")
    if nat is None:
        return None
    if not nat.get("ok"):
        return unknown_item("natpmp", N_("Automatic port opening (NAT-PMP)"), nat)
    ext = nat.get("external_ip")
    if not nat.get("answered"):
        return Item("natpmp", N_("Automatic port opening (NAT-PMP)"), Status.GOOD, N_("Your router did not answer NAT-PMP requests."))
    return Item(
        "natpmp",
        N_("Automatic port opening (NAT-PMP)"),
        Status.ATTENTION,
        N_("Your router answers NAT-PMP: like UPnP, it lets programs open doors from the internet by themselves."),
        (
            vendor.admin,
            N_("Look for 'NAT-PMP', 'PCP' or 'UPnP' (often on the same page) and switch it off unless a device needs it."),
        ),
        (N_("external address {ext}", ext=ext),) if ext else (),
        Severity.MEDIUM,
    )


def _nat_item(facts: Mapping[str, Any]) -> Item | None:
    ext = ((facts.get("upnp") or {}).get("igd") or {}).get("external_ip") or (facts.get("natpmp") or {}).get("external_ip")
    if not ext:
        return None
    kind = ip_kind(str(ext))
    if kind == "cgnat":
        words = N_("Your provider shares one internet address between many customers (carrier-grade NAT).")
    elif kind == "private":
        words = N_("Your router sits behind another router (double NAT).")
    else:
        return Item("nat", N_("Internet address"), Status.GOOD, N_("Your router has its own internet address."), (), (N_("external address {ext}", ext=ext),))
    return Item(
        "nat",
        N_("Internet address"),
        Status.ATTENTION,
        words + " " + N_("This is not dangerous, but two routers mean two sets of settings to keep updated."),
        (
            N_("If you have a provider modem and your own router, make sure both have a changed admin password and up-to-date software."),
            N_("Games or cameras that need open doors may not work; ask your provider if that matters to you."),
        ),
        (N_("external address {ext}", ext=ext),),
        Severity.INFO,
    )


def classify_resolver(ip: str) -> str:
    """'local' (router, this computer), 'known:<name>' or 'unknown_public'."""
    if ip in WELL_KNOWN_RESOLVERS:
        return "known:" + WELL_KNOWN_RESOLVERS[ip]
    kind = ip_kind(ip)
    if kind in ("private", "loopback", "link_local"):
        return "local"
    if kind == "cgnat":
        return "local"
    return "unknown_public"


def _resolver_evidence(server: str) -> str:
    kind = classify_resolver(server)
    if kind == "local":
        return N_("{server}: your router or this computer", server=server)
    if kind == "unknown_public":
        return N_("{server}: unknown public server", server=server)
    return f"{server}: " + kind.replace("known:", "")  # a service's name


def _dns_item(facts: Mapping[str, Any], vendor: Vendor) -> Item | None:
    dns = facts.get("dns")
    if dns is None:
        return None
    if not dns.get("ok") or not dns.get("servers"):
        return unknown_item("dns_servers", N_("Internet phone book (DNS)"), dns if not dns.get("ok") else {"reason": "unreadable"})
    servers = [str(s) for s in dns["servers"]]
    unknown = [s for s in servers if classify_resolver(s) == "unknown_public"]
    evidence = tuple(_resolver_evidence(s) for s in servers)
    if unknown:
        listed = ", ".join(unknown)
        return Item(
            "dns_servers",
            N_("Internet phone book (DNS)"),
            Status.RISKY,
            N_(
                "Your computer uses an unfamiliar DNS server (the internet's phone book): {listed}. Some viruses change this to send you to fake bank sites. It can also be your provider's own server.", listed=listed
            ),
            (
                N_("If you or your provider did not set this on purpose, change it back to 'automatic' in this computer's network settings."),
                vendor.admin,
                N_("In the router's internet or DHCP settings, check the DNS server fields; set them to automatic."),
                N_("Change the router's admin password and update its firmware."),
                N_("If it keeps coming back, call your provider."),
            ),
            evidence,
            Severity.HIGH,
        )
    return Item(
        "dns_servers",
        N_("Internet phone book (DNS)"),
        Status.GOOD,
        N_("Your computer uses your router or a well-known DNS service to look up websites."),
        (),
        evidence,
    )


def _hijack_items(facts: Mapping[str, Any]) -> list[Item]:
    hj = facts.get("dns_hijack")
    if hj is None:
        return []
    if not hj.get("ok"):
        return [
            unknown_item(
                "dns_hijack",
                N_("Look-ups are not being redirected"),
                hj,
                (N_("To run it, start the check with the internet tests allowed (it looks up a made-up name and checks a few big websites' certificates)."),)
                if hj.get("reason") == "no_consent"
                else (),
            )
        ]
    items: list[Item] = []
    nx = hj.get("nxdomain") or {}
    tls = list(hj.get("tls") or [])
    failures = [t for t in tls if t.get("result") == "bad_certificate"]
    reached = [t for t in tls if t.get("result") in ("ok", "bad_certificate")]
    if failures:
        sites = ", ".join(str(t.get("host")) for t in failures)  # host names: data
        items.append(
            Item(
                "dns_hijack",
                N_("Look-ups are not being redirected"),
                Status.RISKY,
                N_(
                    "Some well-known websites did not show their real security certificate: {sites}. Someone may be redirecting or reading your traffic. Antivirus 'web shields' and hotel or café Wi-Fi login pages can also cause this.", sites=sites
                ),
                (
                    N_("If you are on public Wi-Fi, finish its sign-in page and run the check again."),
                    N_("If your antivirus scans encrypted web traffic, this can be the cause; otherwise continue."),
                    N_("Restart your router, change its admin password and update its firmware."),
                    N_("Check the DNS settings on this computer and the router (set them to automatic)."),
                    N_("Until fixed, do not log in to your bank from this network; use your phone's mobile data."),
                ),
                tuple(f"{t.get('host')}: {t.get('error') or t.get('result')}" for t in tls),
                Severity.HIGH,
            )
        )
    elif nx.get("rewritten"):
        items.append(
            Item(
                "dns_hijack",
                N_("Look-ups are not being redirected"),
                Status.ATTENTION,
                N_("A made-up website name still got an answer. Your provider or router is rewriting failed look-ups "
                   "(often to show search adverts); malware on the router can do the same."),
                (
                    N_("In your provider's account settings, look for 'DNS assistance', 'search help' or 'error redirect' and switch it off."),
                    N_("Or set the router's DNS to a well-known service such as 1.1.1.1 or 9.9.9.9."),
                ),
                tuple(N_("made-up name resolved to {a}", a=a) for a in (nx.get("addresses") or [])[:4]),
                Severity.MEDIUM,
            )
        )
    elif not reached and not nx.get("checked"):
        items.append(Item("dns_hijack", N_("Look-ups are not being redirected"), Status.UNKNOWN, N_("Couldn't check: the test websites could not be reached.")))
    else:
        items.append(
            Item(
                "dns_hijack",
                N_("Look-ups are not being redirected"),
                Status.GOOD,
                N_("Made-up names got no answer and big websites showed their real certificates."),
                (),
                tuple(f"{t.get('host')}: {t.get('result')}" for t in tls),
            )
        )
    return items


def _hosts_item(facts: Mapping[str, Any]) -> Item | None:
    hosts = facts.get("hosts")
    if hosts is None:
        return None
    if not hosts.get("ok"):
        return unknown_item("hosts_file", N_("Hosts file"), hosts)
    bad = [
        (ip, name)
        for ip, name in hosts.get("entries") or []
        if (SENSITIVE_HOST.search(name) and ip not in SINKHOLE and ip_kind(ip) == "public") or SECURITY_HOST.search(name)
    ]
    if not bad:
        return Item("hosts_file", N_("Hosts file"), Status.GOOD, N_("No popular or banking sites are redirected in this computer's hosts file."))
    return Item(
        "hosts_file",
        N_("Hosts file"),
        Status.RISKY,
        N_("This computer's hosts file sends some well-known sites to other addresses. Malware does this to show fake "
           "login pages or to block security updates."),
        (
            N_("If you did not add these lines yourself (some developers do), remove them."),
            N_("Windows: open Notepad as administrator and edit C:\\Windows\\System32\\drivers\\etc\\hosts. "
               "macOS/Linux: run 'sudo nano /etc/hosts'."),
            N_("Then run a full antivirus scan."),
        ),
        tuple(f"{name} → {ip}" for ip, name in bad[:10]),
        Severity.HIGH,
    )


def _proxy_item(facts: Mapping[str, Any]) -> Item | None:
    proxy = facts.get("proxy")
    if proxy is None:
        return None
    if not proxy.get("ok"):
        return unknown_item("proxy", N_("Web proxy"), proxy)
    settings = {k: v for k, v in (proxy.get("proxies") or {}).items() if k != "no" and v}
    pac = proxy.get("pac") or ""
    if not settings and not pac:
        return Item("proxy", N_("Web proxy"), Status.GOOD, N_("Your web traffic goes straight out; no proxy is set."))
    shown = [f"{k}: {v}" for k, v in settings.items()] + ([N_("automatic configuration: {pac}", pac=pac)] if pac else [])
    return Item(
        "proxy",
        N_("Web proxy"),
        Status.ATTENTION,
        N_("This computer sends web traffic through a proxy. Workplaces and some security tools set one on purpose; "
           "malware sets one to read or change what you see."),
        (
            N_("If you (or your workplace) did not set it up, switch it off."),
            N_("Windows: Settings > Network & internet > Proxy. macOS: System Settings > Network > your network > Details > Proxies. "
               "Linux (GNOME): Settings > Network > Network Proxy."),
            N_("Then run a full antivirus scan."),
        ),
        tuple(shown[:6]),
        Severity.MEDIUM,
    )


def _wifi_items(facts: Mapping[str, Any], vendor: Vendor) -> list[Item]:
    wifi = facts.get("wifi")
    if wifi is None:
        return []
    if not wifi.get("ok"):
        how: tuple[str, ...] = WIFI_CHECK_YOURSELF
        if wifi.get("reason") == "location_permission":
            how = (
                N_("Windows 11 only shows Wi-Fi details to apps allowed to use location."),
                N_(
                    "Open Settings > Privacy & security > Location, switch on 'Location services' and "
                    "'Let desktop apps access your location', then run the check again."
                ),
            )
        return [unknown_item("wifi_security", N_("Wi-Fi protection"), wifi, how)]
    if not wifi.get("connected"):
        return [Item("wifi_security", N_("Wi-Fi protection"), Status.UNKNOWN, N_("Couldn't check: this computer is not on Wi-Fi right now."),
                     WIFI_CHECK_YOURSELF)]
    mode = str(wifi.get("mode") or "unknown")
    words = WIFI_MODE_WORDS.get(mode, "")
    ssid = str(wifi.get("ssid") or "")
    named = bool(ssid) and ssid not in ("<redacted>", "<hidden>")
    raw = str(wifi.get("raw") or mode)
    fix_steps = (
        vendor.admin,
        vendor.wifi,
        N_("Save, then reconnect your phones, laptops and other devices with the Wi-Fi password."),
        N_("Very old devices that cannot connect afterwards are a security risk themselves: think about replacing them."),
    )
    items: list[Item] = []
    uses = _wifi_uses(ssid if named else "", words)
    open_to_all = (Status.RISKY, Severity.HIGH, N_("Neighbours or passers-by could join it or read your traffic."))
    weak = {
        "open": open_to_all,
        "wep": open_to_all,
        "wpa_tkip": open_to_all,
        "wpa2_tkip": (Status.ATTENTION, Severity.MEDIUM, N_("TKIP is outdated and slows your Wi-Fi.")),
    }
    if mode in weak:
        status, severity, risk = weak[mode]
        items.append(
            Item("wifi_security", N_("Wi-Fi protection"), status, uses + " " + risk, fix_steps,
                 (N_("security: {raw}", raw=raw),), severity)
        )
    elif mode in ("wpa2", "wpa2_wpa3", "wpa3", "enterprise"):
        better = " " + N_("If all your devices support it, WPA3 is even better.") if mode == "wpa2" else ""
        items.append(
            Item("wifi_security", N_("Wi-Fi protection"), Status.GOOD, uses + better, (), (N_("security: {raw}", raw=raw),))
        )
    else:
        items.append(Item("wifi_security", N_("Wi-Fi protection"), Status.UNKNOWN, N_("Couldn't check: the Wi-Fi security mode ({raw}) was not recognised.", raw=raw)
                          if wifi.get("raw") else N_("Couldn't check: the Wi-Fi security mode (empty) was not recognised."),
                          WIFI_CHECK_YOURSELF))
    if ssid and DEFAULT_SSID.match(ssid):
        items.append(
            Item(
                "wifi_name",
                N_("Wi-Fi name"),
                Status.ATTENTION,
                N_("Your Wi-Fi still has its factory name ('{ssid}'). That tells others the router's model and suggests its settings were never reviewed.", ssid=ssid),
                (
                    vendor.admin,
                    N_("Give the Wi-Fi a new name that does not include your family name or address, and set a new long Wi-Fi password."),
                    N_("Check the admin password, UPnP and firmware update settings while you are there."),
                ),
                (N_("name: {ssid}", ssid=ssid),),
                Severity.LOW,
            )
        )
    return items


def _wifi_uses(ssid: str, words: str) -> str:
    """The first sentence of the Wi-Fi protection item: which protection the network uses."""
    return N_("'{ssid}' uses {words}.", ssid=ssid, words=words) if ssid else N_("Your Wi-Fi uses {words}.", words=words)


def evaluate_network(facts: Mapping[str, Any]) -> list[Item]:
    """All network items, in reading order."""
    vendor, _ = router_vendor(facts)
    items: list[Item] = [_gateway_item(facts)]
    for maybe in (_maker_item(facts), _admin_page_item(facts, vendor)):
        if maybe:
            items.append(maybe)
    items += _port_items(facts, vendor)
    items += _upnp_items(facts, vendor)
    for maybe in (_natpmp_item(facts, vendor), _nat_item(facts)):
        if maybe:
            items.append(maybe)
    items += _wifi_items(facts, vendor)
    for maybe in (_dns_item(facts, vendor),):
        if maybe:
            items.append(maybe)
    items += _hijack_items(facts)
    for maybe in (_hosts_item(facts), _proxy_item(facts)):
        if maybe:
            items.append(maybe)
    return items


