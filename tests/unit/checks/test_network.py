"""Rules over network facts (pure): statuses, reasons, vendor advice, findings."""

from __future__ import annotations

from typing import Any

import pytest

from checks.base import Severity, Subject
from checks.network import (
    Item,
    Status,
    classify_resolver,
    evaluate_network,
    reason_text,
    router_vendor,
    vendor_key,
)

GW = {"ok": True, "ip": "192.168.1.1", "interface": "wlp2s0"}


def items(**facts: Any) -> dict[str, Item]:
    facts.setdefault("gateway", GW)
    return {i.id: i for i in evaluate_network(facts)}


def test_every_problem_has_fix_steps_and_contract_statuses() -> None:
    facts = {
        "gateway": GW,
        "gateway_mac": {"ok": True, "mac": "a0:04:60:12:34:56", "vendor": "NETGEAR", "local_admin": False},
        "admin_page": {"ok": True, "http": {"status": 200, "password_form": True, "redirect_https": False}, "https": False},
        "ports": {"ok": True, "results": {"80": "open", "23": "open", "22": "open", "443": "closed"}},
        "upnp": {"ok": True, "igd": {"mappings": [{"external_port": 22, "protocol": "TCP", "internal_client": "192.168.1.9", "internal_port": 22, "description": ""}]}, "wfa": True},
        "natpmp": {"ok": True, "answered": True, "external_ip": "100.64.3.3"},
        "wifi": {"ok": True, "connected": True, "ssid": "NETGEAR42", "mode": "wep", "raw": "WEP"},
        "dns": {"ok": True, "servers": ["85.255.112.36"]},
        "hosts": {"ok": True, "entries": [["185.141.25.12", "www.paypal.com"]]},
        "proxy": {"ok": True, "proxies": {"http": "http://185.62.190.8:8080"}, "pac": ""},
        "dns_hijack": {"ok": False, "reason": "no_consent"},
    }
    result = evaluate_network(facts)
    assert {i.status for i in result} >= {Status.RISKY, Status.ATTENTION, Status.UNKNOWN}
    for item in result:
        d = item.to_dict()
        assert d["status"] in ("good", "attention", "risky", "unknown")
        assert isinstance(d["fix"], list)
        if item.status in (Status.ATTENTION, Status.RISKY):
            assert item.fix, item.id
    got = {i.id: i for i in result}
    assert got["wifi_security"].status is Status.RISKY
    assert got["wifi_name"].status is Status.ATTENTION
    assert got["dns_servers"].status is Status.RISKY and "85.255.112.36" in got["dns_servers"].detail
    assert got["hosts_file"].status is Status.RISKY
    assert got["proxy"].status is Status.ATTENTION
    assert got["upnp"].status is Status.RISKY  # mapping to SSH with no description
    assert "NETGEAR" in got["router_maker"].detail


def test_attention_item_without_fix_is_refused() -> None:
    with pytest.raises(ValueError):
        Item("x", "X", Status.RISKY, "bad", ())


def test_unknown_items_say_why() -> None:
    got = items(
        gateway={"ok": False, "reason": "no_gateway"},
        wifi={"ok": False, "reason": "location_permission"},
        dns={"ok": False, "reason": "timeout"},
    )
    assert got["gateway"].status is Status.UNKNOWN and "no router was found" in got["gateway"].detail
    assert "location permission" in got["wifi_security"].detail
    assert any("Let desktop apps access your location" in s for s in got["wifi_security"].fix)
    assert "took too long" in got["dns_servers"].detail
    assert "router_admin_page" not in got  # nothing to say about a router we did not find


@pytest.mark.parametrize(
    ("reason", "words"),
    [("needs_admin", "needs administrator"), ("not_on_system", "not on this system"), ("location_permission", "location permission is off")],
)
def test_reason_words(reason: str, words: str) -> None:
    assert words in reason_text({"reason": reason})


def test_public_gateway_is_a_note() -> None:
    item = items(gateway={"ok": True, "ip": "81.2.69.160"})["gateway"]
    assert item.status is Status.ATTENTION and item.severity is Severity.INFO and "VPN" in item.detail


@pytest.mark.parametrize(
    ("mode", "status"),
    [
        ("open", Status.RISKY),
        ("wep", Status.RISKY),
        ("wpa_tkip", Status.RISKY),
        ("wpa2_tkip", Status.ATTENTION),
        ("wpa2", Status.GOOD),
        ("wpa2_wpa3", Status.GOOD),
        ("wpa3", Status.GOOD),
        ("enterprise", Status.GOOD),
        ("weird", Status.UNKNOWN),
    ],
)
def test_wifi_rating(mode: str, status: Status) -> None:
    assert items(wifi={"ok": True, "connected": True, "ssid": "Miller Family", "mode": mode})["wifi_security"].status is status


def test_wifi_not_connected_and_redacted_name() -> None:
    assert items(wifi={"ok": True, "connected": False})["wifi_security"].status is Status.UNKNOWN
    got = items(wifi={"ok": True, "connected": True, "ssid": "<redacted>", "mode": "wpa2"})
    assert "wifi_name" not in got and got["wifi_security"].detail.startswith("Your Wi-Fi")


@pytest.mark.parametrize("ssid", ["NETGEAR42", "TP-Link_3F2A", "Linksys01234", "BTHub6-XY12", "SKY1A2B3", "FRITZ!Box 7590 XY", "Vodafone-A1B2"])
def test_factory_wifi_names(ssid: str) -> None:
    assert items(wifi={"ok": True, "connected": True, "ssid": ssid, "mode": "wpa2"})["wifi_name"].status is Status.ATTENTION


def test_own_wifi_name_is_fine() -> None:
    assert "wifi_name" not in items(wifi={"ok": True, "connected": True, "ssid": "Miller Family", "mode": "wpa2"})


def test_admin_page_cases() -> None:
    login = {"status": 200, "password_form": True, "redirect_https": False}
    assert items(admin_page={"ok": True, "http": login, "https": False})["router_admin_page"].status is Status.ATTENTION
    assert items(admin_page={"ok": True, "http": login, "https": True})["router_admin_page"].severity is Severity.LOW
    redirect = {"status": 302, "password_form": False, "redirect_https": True}
    assert items(admin_page={"ok": True, "http": redirect, "https": True})["router_admin_page"].status is Status.GOOD
    assert items(admin_page={"ok": True, "http": None, "https": True})["router_admin_page"].status is Status.GOOD
    assert items(admin_page={"ok": False, "reason": "timeout"})["router_admin_page"].status is Status.UNKNOWN


def test_ports() -> None:
    got = items(ports={"ok": True, "results": {"80": "open", "23": "closed", "7547": "filtered"}})
    assert got["router_telnet"].status is Status.GOOD and got["router_ports"].status is Status.GOOD
    assert "no answer: 7547" in got["router_ports"].evidence
    got = items(ports={"ok": True, "results": {"23": "open"}})
    assert got["router_telnet"].status is Status.RISKY and got["router_telnet"].severity is Severity.HIGH


def test_upnp_mapping_rules() -> None:
    game = {"external_port": 3074, "protocol": "UDP", "internal_client": "192.168.1.31", "internal_port": 3074, "description": "Xbox"}
    assert items(upnp={"ok": True, "igd": {"mappings": [game]}})["upnp"].status is Status.ATTENTION
    outside = dict(game, internal_client="45.9.1.2")
    assert items(upnp={"ok": True, "igd": {"mappings": [outside]}})["upnp"].status is Status.RISKY
    assert items(upnp={"ok": True, "igd": None, "other_devices": 2})["upnp"].status is Status.GOOD


def test_nat_and_cgnat() -> None:
    assert "carrier-grade" in items(natpmp={"ok": True, "answered": True, "external_ip": "100.72.1.1"})["nat"].detail
    assert items(natpmp={"ok": True, "answered": True, "external_ip": "81.2.69.160"})["nat"].status is Status.GOOD


def test_resolver_classes() -> None:
    assert classify_resolver("192.168.1.1") == "local"
    assert classify_resolver("127.0.0.53") == "local"
    assert classify_resolver("1.1.1.1") == "known:Cloudflare"
    assert classify_resolver("2620:fe::fe") == "known:Quad9"
    assert classify_resolver("85.255.112.36") == "unknown_public"
    assert items(dns={"ok": True, "servers": ["192.168.1.1", "9.9.9.9"]})["dns_servers"].status is Status.GOOD
    assert items(dns={"ok": True, "servers": []})["dns_servers"].status is Status.UNKNOWN


def test_hosts_file_rules() -> None:
    blocking = [["0.0.0.0", "www.facebook.com"], ["127.0.0.1", "localhost"], ["192.168.1.50", "nas.home"], ["192.168.1.9", "office.lan"]]
    assert items(hosts={"ok": True, "entries": blocking})["hosts_file"].status is Status.GOOD
    av_blocked = [["127.0.0.1", "update.avast.com"]]
    assert items(hosts={"ok": True, "entries": av_blocked})["hosts_file"].status is Status.RISKY
    bank = [["185.141.25.12", "online.lloydsbank.co.uk"]]
    assert "lloydsbank" in items(hosts={"ok": True, "entries": bank})["hosts_file"].evidence[0]


def test_hijack_results() -> None:
    ok_tls = [{"host": "www.google.com", "result": "ok"}]
    assert items(dns_hijack={"ok": True, "nxdomain": {"checked": True, "rewritten": False}, "tls": ok_tls})["dns_hijack"].status is Status.GOOD
    rewritten = {"checked": True, "rewritten": True, "addresses": ["92.242.132.24"]}
    assert items(dns_hijack={"ok": True, "nxdomain": rewritten, "tls": ok_tls})["dns_hijack"].status is Status.ATTENTION
    bad = [{"host": "www.paypal.com", "result": "bad_certificate", "error": "self-signed certificate"}]
    assert items(dns_hijack={"ok": True, "nxdomain": {"checked": True}, "tls": bad})["dns_hijack"].status is Status.RISKY
    nothing = [{"host": "www.google.com", "result": "unreachable"}]
    assert items(dns_hijack={"ok": True, "nxdomain": {"checked": False}, "tls": nothing})["dns_hijack"].status is Status.UNKNOWN


@pytest.mark.parametrize(
    ("names", "key"),
    [
        (("NETGEAR",), "netgear"),
        (("TP-LINK TECHNOLOGIES CO.,LTD.",), "tplink"),
        (("AVM Audiovisuelles Marketing und Computersysteme GmbH",), "avm"),
        (("ASUSTek COMPUTER INC.",), "asus"),
        (("", "FRITZ!Box"), "avm"),
        (("Sagemcom Broadband SAS",), None),
    ],
)
def test_vendor_keys(names: tuple[str, ...], key: str | None) -> None:
    assert vendor_key(*names) == key


def test_provider_box_gets_generic_steps() -> None:
    vendor, raw = router_vendor({"gateway_mac": {"ok": True, "vendor": "Sagemcom Broadband SAS"}})
    assert raw == "Sagemcom Broadband SAS" and vendor.provider_box and "sticker" in vendor.admin


def test_locally_administered_mac() -> None:
    item = items(gateway_mac={"ok": True, "mac": "02:11:22:33:44:55", "vendor": None, "local_admin": True})["router_maker"]
    assert item.status is Status.UNKNOWN and "private, made-up" in item.detail


def test_items_become_checkup_findings() -> None:
    """What the checkup's network step records: a finding for each item that needs doing."""
    got = evaluate_network({"gateway": GW, "ports": {"ok": True, "results": {"23": "open"}}})
    findings = [f for f in (i.to_finding(Subject.NETWORK, "network.hygiene") for i in got) if f is not None]
    assert [f.check_id for f in findings] == ["network.hygiene.router_telnet"]
    assert findings[0].subject is Subject.NETWORK and findings[0].fix
