"""Spanish for the home-network check: every text the network rules and probes produce translates.

The real rules (``checks.network``) run over many fact combinations (router makers, UPnP,
WPS, Telnet, TR-069, DNS hijack signs, Wi-Fi kinds, every "couldn't check" reason) and the real
probes (``app.probes``, ``app.network``) run on scripted hosts and a fake router on loopback.
Each text they produce must have a Spanish translation (``strict=True``), differ from the
English, and keep no English sentence from the sources of these files.
"""

from __future__ import annotations

import importlib.util
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import i18n
from app import network as app_network
from app.probes import device as device_probes
from app.probes import linux, macos, windows
from app.probes import network as net
from app.probes.common import CommandResult, Host, Refused, Targets, guard
from checks.base import Subject
from checks.i18n import N_
from checks.network import (
    REASONS,
    VENDORS,
    WIFI_MODE_WORDS,
    Item,
    evaluate_network,
    unknown_item,
)

ROOT = Path(__file__).resolve().parents[3]
MY_FILES = ("checks/network.py", "app/network.py", "app/probes/")


def _catalogue_module() -> Any:
    spec = importlib.util.spec_from_file_location("guidance_catalogue_network_es", ROOT / "packaging" / "guidance_catalogue.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GC = _catalogue_module()
SOURCES = [source for context, source in GC.extract() if context.startswith(MY_FILES)]
SPANISH = {m.source: m.translation for m in i18n.read_ts(i18n.catalogue_path("es")) if m.finished}
#: English runs of three words or more from these files' sources (not also in their own Spanish)
CHUNKS = sorted(
    {
        chunk.strip()
        for source in SOURCES
        for chunk in i18n.PLACEHOLDER.split(source)
        if len(chunk.split()) >= 3 and chunk.strip() not in SPANISH.get(source, "")
    },
    key=len,
    reverse=True,
)


@pytest.fixture(autouse=True, scope="module")
def _fresh_catalogue() -> Iterator[None]:
    i18n.reload()
    yield
    i18n.reload()


def check_spanish(text: str) -> str:
    """The Spanish of ``text``; fails when it is missing, the same as the English, or keeps English sentences."""
    spanish = i18n.translate(text, "es", strict=True)
    if any(c.isalpha() for c in text):
        assert spanish != text, f"not translated: {text!r}"
    left = [chunk for chunk in CHUNKS if chunk in spanish]
    assert not left, f"English left in {spanish!r} (from {text!r}): {left}"
    return spanish


# -- technical evidence that is shown as it is (addresses, ports, names, codes) ---------------

_TECHNICAL_EVIDENCE = (
    re.compile(r"^MAC [0-9a-f:]+$"),
    re.compile(r"^(TCP|UDP|None) \S+ → \S+ '.*'$"),  # a UPnP door: protocol, ports, device, its own name
    re.compile(r"^\S+ → \S+$"),  # hosts file line
    re.compile(r"^\S+: (ok|unreachable|bad_certificate|self-signed certificate|certificate has expired|name did not resolve|\S+Error)$"),
    re.compile(r"^(http|https|socks|windows_proxy|gnome_manual): \S+$"),  # a proxy setting
    re.compile(r"^\S+: (Google|Cloudflare|Cloudflare for Families|Quad9|OpenDNS|OpenDNS FamilyShield|AdGuard|AdGuard Family|CleanBrowsing|CleanBrowsing Family|Control D|NextDNS)$"),
)


def technical(evidence: str) -> bool:
    return any(p.match(evidence) for p in _TECHNICAL_EVIDENCE)


# -- fact combinations ---------------------------------------------------------------------------

GW = {"ok": True, "ip": "192.168.1.1", "interface": "wlp2s0"}
MAKERS = {
    "netgear": "NETGEAR",
    "tplink": "TP-LINK TECHNOLOGIES CO.,LTD.",
    "avm": "AVM Audiovisuelles Marketing und Computersysteme GmbH",
    "asus": "ASUSTek COMPUTER INC.",
    "linksys": "Belkin International Inc.",
    "dlink": "D-Link International",
    "ubiquiti": "Ubiquiti Inc",
    "eero": "eero inc.",
    "google": "Google, Inc.",
    "huawei": "HUAWEI TECHNOLOGIES CO.,LTD",
}
REASON_FACTS = [{"ok": False, "reason": r} for r in REASONS] + [
    {"ok": False, "reason": "failed", "detail": "TimeoutError"},
    # the probes' details are messages (app/probes), not finished English matched back
    {"ok": False, "reason": "needs_admin", "detail": N_("no ufw or firewalld; other firewall rules can only be read by an administrator")},
    {"ok": False, "reason": "failed", "detail": N_("could not send the UPnP search ({why})", why="Network is unreachable")},
    {"ok": False, "reason": "not_on_system", "detail": N_("the router address is this computer (test setup)")},
    {"ok": False, "reason": "something_new"},
    {},
]
LOGIN = {"status": 200, "password_form": True, "redirect_https": False}
GAME = {"external_port": 3074, "protocol": "UDP", "internal_client": "192.168.1.31", "internal_port": 3074, "description": "Xbox"}
SSH_DOOR = {"external_port": 22, "protocol": "TCP", "internal_client": "192.168.1.9", "internal_port": 22, "description": ""}
OUTSIDE = dict(GAME, internal_client="45.9.1.2", description="a8f3c2d19e77")
TLS_OK = [{"host": h, "result": "ok", "error": ""} for h in net.TLS_TEST_HOSTS]


def scenarios() -> Iterator[dict[str, Any]]:
    # the router itself and every reason a probe gives for "couldn't check"
    for fact in REASON_FACTS:
        yield {"gateway": fact, "dns": fact, "wifi": fact, "hosts": fact, "proxy": fact, "dns_hijack": fact}
        yield {"gateway": GW, "gateway_mac": fact, "admin_page": fact, "ports": fact, "upnp": fact, "natpmp": fact}
    yield {"gateway": {"ok": True, "ip": "81.2.69.160"}}
    yield {"gateway": {"ok": True, "ip": "100.64.1.1"}}
    yield {"gateway": {"ok": True, "ip": "127.0.0.1", "source": "override"}}
    # router makers: every vendor's steps, the generic ones, the provider note, models
    for key, maker in MAKERS.items():
        mac = {"ok": True, "mac": "a0:04:60:12:34:56", "vendor": maker, "local_admin": False}
        yield {
            "gateway": GW,
            "gateway_mac": mac,
            "admin_page": {"ok": True, "http": LOGIN, "https": False},
            "upnp": {"ok": True, "igd": {"mappings": [GAME]}},
            "wifi": {"ok": True, "connected": True, "ssid": "Miller Family", "mode": "wep", "raw": "WEP"},
            "dns": {"ok": True, "servers": ["85.255.112.36"]},
        }
    for maker in ("Sagemcom Broadband SAS", "Acme Networks"):
        mac = {"ok": True, "mac": "00:11:22:33:44:55", "vendor": maker, "local_admin": False}
        yield {"gateway": GW, "gateway_mac": mac, "upnp": {"ok": True, "igd": {"mappings": []}}, "natpmp": {"ok": True, "answered": True}}
    model = {"manufacturer": "NETGEAR", "model_name": "Nighthawk", "model_number": "R7000", "mappings": []}
    yield {"gateway": GW, "gateway_mac": {"ok": True, "mac": "a0:04:60:12:34:56", "vendor": "NETGEAR, Inc."}, "upnp": {"ok": True, "igd": model}}
    yield {"gateway": GW, "gateway_mac": {"ok": True, "mac": "02:11:22:33:44:55", "vendor": None, "local_admin": True}}
    yield {"gateway": GW, "gateway_mac": {"ok": True, "mac": "00:00:5e:00:53:01", "vendor": None, "local_admin": False}}
    yield {"gateway": GW, "admin_page": {"ok": True, "http": {"status": 401, "basic_auth": True, "realm": "TP-LINK Archer C7"}, "https": True}}
    # the settings page
    for http, https in [
        (LOGIN, False),
        (LOGIN, True),
        (dict(LOGIN, server="lighttpd/1.4"), True),
        ({"status": 302, "password_form": False, "redirect_https": True}, True),
        (None, True),
        (None, False),
        ({"status": 200, "password_form": False}, False),
    ]:
        yield {"gateway": GW, "admin_page": {"ok": True, "http": http, "https": https}}
    # open doors
    for results in [
        {"80": "open", "23": "open", "22": "open", "7547": "open", "443": "closed"},
        {"80": "open", "22": "open"},
        {"7547": "open", "23": "closed", "8080": "filtered"},
        {"80": "open", "443": "open", "23": "closed"},
        {"23": "filtered", "80": "closed"},
    ]:
        yield {"gateway": GW, "ports": {"ok": True, "results": results}}
    # UPnP, WPS, NAT-PMP, NAT
    for others in (0, 1, 3):
        yield {"gateway": GW, "upnp": {"ok": True, "igd": None, "other_devices": others, "wfa": others == 1}}
    for mappings in ([], [GAME], [SSH_DOOR], [GAME, OUTSIDE], [GAME, SSH_DOOR, OUTSIDE], [SSH_DOOR, OUTSIDE]):
        yield {"gateway": GW, "upnp": {"ok": True, "igd": {"mappings": mappings, "external_ip": "100.72.1.1"}, "wfa": True}}
    for external in ("100.72.1.1", "192.168.0.20", "81.2.69.160", None):
        yield {"gateway": GW, "natpmp": {"ok": True, "answered": True, "external_ip": external}}
    yield {"gateway": GW, "natpmp": {"ok": True, "answered": False}}
    # Wi-Fi: every kind of protection, with and without a name, factory names
    for mode in (*WIFI_MODE_WORDS, "weird", ""):
        for ssid in ("Miller Family", "<redacted>", "", "NETGEAR42"):
            raw = {"": "", "weird": "WPA9-Magic"}.get(mode, mode.upper())
            yield {"gateway": GW, "wifi": {"ok": True, "connected": True, "ssid": ssid, "mode": mode, "raw": raw}}
    yield {"gateway": GW, "wifi": {"ok": True, "connected": False}}
    # DNS servers, redirected look-ups, hosts file, proxy
    for servers in (["192.168.1.1"], ["1.1.1.1", "9.9.9.9", "fe80::1"], ["85.255.112.36", "85.255.112.37", "127.0.0.53"], []):
        yield {"gateway": GW, "dns": {"ok": True, "servers": servers}}
    bad_tls = [{"host": "www.paypal.com", "result": "bad_certificate", "error": "self-signed certificate"}, *TLS_OK[:1]]
    for hijack in [
        {"ok": True, "nxdomain": {"checked": True, "rewritten": False}, "tls": TLS_OK},
        {"ok": True, "nxdomain": {"checked": True, "rewritten": True, "addresses": ["92.242.132.24", "92.242.132.25"]}, "tls": TLS_OK},
        {"ok": True, "nxdomain": {"checked": True}, "tls": bad_tls},
        {"ok": True, "nxdomain": {"checked": False}, "tls": [{"host": "www.google.com", "result": "unreachable", "error": "OSError"}]},
    ]:
        yield {"gateway": GW, "dns_hijack": hijack}
    bad_hosts = [["185.141.25.12", "www.paypal.com"], ["127.0.0.1", "update.avast.com"], ["0.0.0.0", "www.facebook.com"]]
    for entries in (bad_hosts, [["127.0.0.1", "localhost"]]):
        yield {"gateway": GW, "hosts": {"ok": True, "entries": entries}}
    for proxy in ({"proxies": {}, "pac": ""}, {"proxies": {"http": "http://185.62.190.8:8080"}, "pac": ""}, {"proxies": {}, "pac": "http://wpad/wpad.dat"}):
        yield {"gateway": GW, "proxy": {"ok": True, **proxy}}


def item_texts(item: Item) -> Iterator[str]:
    yield item.title
    yield item.detail
    yield from item.fix
    yield from (e for e in item.evidence if not technical(e))


def produced_texts() -> list[str]:
    texts: list[str] = []
    for facts in scenarios():
        for item in evaluate_network(facts):
            texts.extend(item_texts(item))
            finding = item.to_finding(Subject.NETWORK, "network.hygiene")
            if finding is not None:
                texts.extend([finding.title, finding.why, *finding.fix])
    return list(dict.fromkeys(texts))


TEXTS = produced_texts()


def test_the_scenarios_reach_every_rule() -> None:
    ids = set()
    statuses = set()
    for facts in scenarios():
        for item in evaluate_network(facts):
            ids.add(item.id)
            statuses.add((item.id, item.status.value))
    assert ids >= {"gateway", "router_maker", "router_admin_page", "router_telnet", "router_ports", "upnp", "wps", "natpmp",
                   "nat", "wifi_security", "wifi_name", "dns_servers", "dns_hijack", "hosts_file", "proxy"}
    assert {("upnp", "risky"), ("wifi_security", "risky"), ("dns_hijack", "risky"), ("wifi_security", "unknown"), ("router_telnet", "good")} <= statuses
    assert len(TEXTS) > 250


@pytest.mark.parametrize("text", TEXTS)
def test_every_network_text_has_spanish(text: str) -> None:
    check_spanish(text)


def test_spanish_keeps_the_values_and_translates_the_words_put_in() -> None:
    item = {i.id: i for i in evaluate_network({"gateway": GW, "wifi": {"ok": True, "connected": True, "ssid": "Miller Family", "mode": "wep"}})}
    spanish = check_spanish(item["wifi_security"].detail)
    assert spanish.startswith("'Miller Family' usa WEP, que se puede romper en minutos.")
    spanish = check_spanish(unknown_item("x", "X", {"ok": False, "reason": "failed", "detail": N_("{program} exited with {code}", program="nmcli", code=2)}).detail)
    assert spanish == "No se pudo comprobar: la comprobación no funcionó (nmcli terminó con el código 2)."
    item = {i.id: i for i in evaluate_network({"gateway": GW, "ports": {"ok": True, "results": {"22": "open", "7547": "open"}}})}
    spanish = check_spanish(item["router_ports"].detail)
    assert "un acceso remoto por comandos (SSH, puerto 22)" in spanish and "(TR-069, puerto 7547)" in spanish


def test_every_marked_source_of_the_network_rules_is_reached() -> None:
    """Each marked text of checks/network.py appears in what the scenarios produce (templates filled in)."""
    joined = "\n".join(TEXTS)
    unreached = []
    for context, source in GC.extract():
        if context != "checks/network.py":
            continue
        pattern = "".join(re.escape(p) if not i18n.PLACEHOLDER.fullmatch(p) else ".+?" for p in re.split(r"(\{[^{}\n]+\})", source))
        if not re.search(pattern, joined):
            unreached.append(source)
    assert not unreached


# -- app.network and the probes ------------------------------------------------------------------


class ScriptedHost(Host):
    """Answers commands from a table (argv prefix -> (rc, stdout, stderr) or an error word); files from a dict."""

    def __init__(self, system: str, commands: dict[str, Any] | None = None, files: dict[str, str] | None = None, env: dict[str, str] | None = None) -> None:
        super().__init__(system=system, env=env or {})
        self.commands = commands or {}
        self.files = files or {}

    def command(self, argv: list[str], timeout: float = 5) -> CommandResult:
        joined = " ".join(argv)
        for prefix, out in self.commands.items():
            if joined.startswith(prefix):
                if isinstance(out, str):
                    return CommandResult(tuple(argv), None, error=out)
                rc, stdout, stderr = out
                return CommandResult(tuple(argv), rc, stdout, stderr)
        return CommandResult(tuple(argv), None, error="not_found")

    def read_bytes(self, path: str, limit: int = 0) -> bytes | None:
        text = self.files.get(path)
        return None if text is None else text.encode("utf-8")

    def which(self, name: str) -> str | None:
        return f"/usr/bin/{name}" if any(k.split(" ")[0] == name for k in self.commands) else None

    def exists(self, path: str) -> bool:
        return path in self.files

    def mtime(self, path: str) -> float | None:
        return None


PS = "powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "


def probe_facts() -> list[dict[str, Any]]:
    """Facts from the real probe functions on scripted hosts, each one that could not check."""
    bare = ScriptedHost("linux")
    out = [
        linux.dns_servers(bare),
        linux.wifi(bare),
        linux.wifi(ScriptedHost("linux", {"nmcli": (8, "", "Error: NetworkManager is not running.")})),
        linux.wifi(ScriptedHost("linux", {"nmcli": (10, "", "Error: No Wi-Fi device found.")})),
        linux.wifi(ScriptedHost("linux", {"nmcli": (2, "", "Error: odd")})),
        linux.os_info(bare),
        linux.disk_encryption(ScriptedHost("linux", {"lsblk": (0, '{"blockdevices": []}', "")})),
        linux.firewall(bare),
        linux.updates(bare),
        linux.auto_updates(bare),
        linux.screen_lock(bare),
        macos.os_info(ScriptedHost("macos")),
        macos.wifi(ScriptedHost("macos", {"system_profiler": (0, "not json", "")})),
        windows.wifi(ScriptedHost("windows", {"netsh": (1, "There is no wireless interface on the system.", "")})),
        windows.os_info(ScriptedHost("windows")),
        windows.screen_lock(ScriptedHost("windows")),
        windows.antivirus(ScriptedHost("windows", {PS: (1, "", "Get-CimInstance : Invalid namespace")})),
        net.hosts_file(bare),
    ]
    facts, _ = app_network.gather_network_facts(host=ScriptedHost("plan9"), targets=Targets())
    out += [facts["gateway"], facts["dns_hijack"]]
    facts, _ = app_network.gather_network_facts(host=ScriptedHost("plan9"), targets=Targets(), consent_dns=True, offline=True)
    out.append(facts["dns_hijack"])
    out.append(device_probes.gather_device_facts(ScriptedHost("plan9"))["os"])
    out.append(app_network._gateway_mac(bare, linux, "127.0.0.1"))
    out.append(app_network._gateway_mac(bare, linux, "192.0.2.1"))  # no neighbour entry: nothing is sent
    out.append(net.dns_hijack(Targets(), net.ContactLog()))  # refused: the system resolver in test mode
    return out


def test_probe_details_have_spanish() -> None:
    facts = probe_facts()
    details = [f["detail"] for f in facts if f.get("detail")]
    assert len(details) >= 20 and all(f["ok"] is False for f in facts)
    assert "nmcli exited with 2" in details and "plan9 is not supported" in details
    for fact in facts:
        if fact.get("detail"):
            check_spanish(fact["detail"])
        item = unknown_item("probe", "Wi-Fi protection", fact)
        assert check_spanish(item.detail).startswith("No se pudo comprobar: ")


def test_refusals_and_send_errors_have_spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    messages = []
    with pytest.raises(Refused) as refused:
        guard("192.0.2.1")
    messages.append(str(refused.value))
    with pytest.raises(Refused) as refused:
        net.ssdp_search("192.0.2.1", Targets())  # multicast is refused before any socket
    messages.append(str(refused.value))
    with pytest.raises(Refused) as refused:
        net.resolve("example.com", Targets())
    messages.append(str(refused.value))

    def unreachable(*args: Any, **kwargs: Any) -> Any:
        raise OSError(101, "Network is unreachable")

    monkeypatch.setattr(net, "ssdp_search", unreachable)
    fact = net.upnp("127.0.0.1", Targets(gateway_override="127.0.0.1"), net.ContactLog())
    messages.append(fact["detail"])
    assert fact["detail"] == "could not send the UPnP search (Network is unreachable)"
    for message in messages:
        check_spanish(message)


def test_consent_words_and_progress_labels_have_spanish() -> None:
    for text in (app_network.CONSENT_TEXT, app_network.CONSENT_DNS_TEXT, *app_network.LABELS.values(), *device_probes.LABELS.values()):
        check_spanish(text)
    said: list[str] = []
    facts, _ = app_network.gather_network_facts(host=ScriptedHost("linux"), targets=Targets(), progress=lambda d, t, text: said.append(text))
    assert said[0] == "Finding your router" and facts["gateway"]["reason"] == "no_gateway"
    for text in said:
        check_spanish(text)
    assert check_spanish("Done") == "Hecho"  # run_home_check's last progress word


def test_ledger_purposes_against_a_fake_router_have_spanish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The privacy ledger shows why each packet was sent: those purposes translate (loopback only)."""
    from tests.helpers.fake_router import FakeDns, FakeRouter, Mapping, RouterConfig

    monkeypatch.setattr(net, "SSDP_WAIT", 0.8)
    cfg = RouterConfig(admin="login", open_ports=(80, 23), mappings=(Mapping(3074, "UDP", "192.168.1.31", 3074, "Xbox"),), wfa=True)
    with FakeRouter(cfg, tmp_path) as router:
        targets = router.targets()
        assert targets.gateway_override == "127.0.0.1"
        facts, log = app_network.gather_network_facts(host=ScriptedHost("linux"), targets=targets)
    dns = FakeDns(rewrite_unknown=True)
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    try:
        dns_log = net.ContactLog()
        net.dns_hijack(Targets(dns_server=("127.0.0.1", dns.port), tls_target=("127.0.0.1", closed.getsockname()[1])), dns_log)
    finally:
        dns.close()
        closed.close()
    purposes = {purpose for _, _, _, purpose, _ in [*log.items, *dns_log.items]}
    assert len(purposes) >= 8, purposes
    for purpose in purposes:
        check_spanish(purpose)
    for item in evaluate_network(facts):
        for text in item_texts(item):
            check_spanish(text)


def test_reason_and_mode_words_have_spanish() -> None:
    for words in REASONS.values():
        check_spanish(words)
    for mode, words in WIFI_MODE_WORDS.items():
        if mode not in ("wpa2", "wpa2_wpa3", "wpa3"):  # technical names, shown as they are
            check_spanish(words)
    for vendor in VENDORS.values():
        for step in (vendor.admin, vendor.upnp, vendor.firmware, vendor.wifi):
            check_spanish(step)
