"""The network probes against a fake router on loopback: real sockets, real protocols.

Every destination is 127.0.0.1 (``FakeRouter.targets()``), and the probe layer refuses any
other address while pytest runs, so nothing here can reach a real router.
"""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path
from typing import Any

import pytest

from app.core import Hearth
from app.network import gather_network_facts, run_network_check
from app.probes import network as net
from app.probes.common import Host, Refused, Targets, guard, loopback_only
from checks.base import CancelToken, Cancelled
from checks.network import Status, evaluate_network
from tests.helpers.fake_router import FakeDns, FakeRouter, Mapping, RouterConfig, TlsServer, make_cert


@pytest.fixture(autouse=True)
def _fast_and_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_PROBE_LOOPBACK_ONLY", "1")
    monkeypatch.setattr(net, "SSDP_WAIT", 0.8)


class QuietHost(Host):
    """A Host whose local commands say nothing (the network part is what is tested here)."""

    def __init__(self) -> None:
        super().__init__(system="linux", env={})

    def command(self, argv: list[str], timeout: float = 5) -> Any:
        from app.probes.common import CommandResult

        return CommandResult(tuple(argv), None, error="not_found")

    def read_text(self, path: str, limit: int = 0) -> str | None:
        return None


def by_id(items: list[Any]) -> dict[str, Any]:
    return {i.id: i for i in items}


def test_loopback_guard_is_on_in_tests() -> None:
    assert loopback_only()
    guard("127.0.0.1")
    guard("::1")
    with pytest.raises(Refused):
        guard("192.168.1.1")


def test_probes_refuse_a_real_address_before_any_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*a: Any, **k: Any) -> Any:
        raise AssertionError("a socket was opened for a non-loopback address")

    monkeypatch.setattr(net.socket, "socket", boom)
    monkeypatch.setattr(net.socket, "create_connection", boom)
    monkeypatch.setattr(net.http.client, "HTTPConnection", boom)
    with pytest.raises(Refused):
        net.tcp_state("192.0.2.1", 80)
    with pytest.raises(Refused):
        net.http_get("10.0.0.1", 80)
    with pytest.raises(Refused):
        net.ssdp_search("192.0.2.1", Targets())  # multicast is refused in test mode
    log = net.ContactLog()
    assert net.natpmp("192.0.2.1", Targets(), log)["ok"] is False
    assert net.upnp("192.0.2.1", Targets(), log)["ok"] is False
    assert log.items == []


def test_exposed_router(tmp_path: Path, hearth: Hearth) -> None:
    cfg = RouterConfig(
        admin="login",
        https=False,
        open_ports=(80, 23, 7547),
        external_ip="100.72.14.9",
        mappings=(
            Mapping(3074, "UDP", "192.168.1.31", 3074, "Xbox"),
            Mapping(3389, "TCP", "192.168.1.40", 3389, "a8f3c2d19e"),
        ),
        wfa=True,
    )
    with FakeRouter(cfg, tmp_path) as router:
        items = run_network_check(hearth, host=QuietHost(), targets=router.targets())
        assert router.http.requests and all(r.method == "GET" for r in router.http.requests)  # never posts a login
        assert router.soap_calls[0] == "GetExternalIPAddress"
        assert router.soap_calls.count("GetGenericPortMappingEntry") == 3  # two entries, then error 713
    got = by_id(items)
    assert got["router_admin_page"].status is Status.ATTENTION
    assert got["router_telnet"].status is Status.RISKY
    assert got["router_ports"].status is Status.ATTENTION and "7547" in " ".join(got["router_ports"].evidence)
    assert got["upnp"].status is Status.RISKY
    assert any("3389" in e for e in got["upnp"].evidence)
    assert got["wps"].status is Status.ATTENTION
    assert got["natpmp"].status is Status.ATTENTION
    assert got["nat"].status is Status.ATTENTION and "100.72.14.9" in got["nat"].evidence[0]
    assert got["router_maker"].status is Status.GOOD and "NETGEAR" in got["router_maker"].detail
    assert any("routerlogin.net" in step for step in got["upnp"].fix)  # vendor-specific steps
    assert got["dns_hijack"].status is Status.UNKNOWN  # no consent given
    ledger = hearth.ledger.entries()
    assert ledger and {e.host.split(":")[0] for e in ledger} == {"127.0.0.1"}


def test_quiet_router_with_https(tmp_path: Path) -> None:
    pytest.importorskip("cryptography")
    cfg = RouterConfig(admin="redirect", https=True, open_ports=(80, 443), upnp=False, natpmp=False)
    with FakeRouter(cfg, tmp_path) as router:
        facts, log = gather_network_facts(host=QuietHost(), targets=router.targets())
    assert facts["admin_page"]["https"] is True
    assert facts["admin_page"]["http"]["redirect_https"] is True
    assert facts["ports"]["results"]["443"] == "open" and facts["ports"]["results"]["23"] == "closed"
    assert facts["upnp"]["igd"] is None and facts["natpmp"]["answered"] is False
    got = by_id(evaluate_network(facts))
    for key in ("router_admin_page", "router_telnet", "router_ports", "upnp", "natpmp"):
        assert got[key].status is Status.GOOD, key
    assert any(c[2].startswith("tcp://127.0.0.1") for c in log.items)


def test_login_over_http_with_https_available(tmp_path: Path) -> None:
    pytest.importorskip("cryptography")
    with FakeRouter(RouterConfig(admin="basic", https=True, upnp=False), tmp_path) as router:
        facts, _ = gather_network_facts(host=QuietHost(), targets=router.targets())
    assert facts["admin_page"]["http"]["realm"] == "NETGEAR R6250"
    item = by_id(evaluate_network(facts))["router_admin_page"]
    assert item.status is Status.ATTENTION and "https://127.0.0.1/" in item.fix[0]


def test_ssdp_flood_is_capped(tmp_path: Path) -> None:
    with FakeRouter(RouterConfig(ssdp_flood=120, natpmp=False), tmp_path) as router:
        replies = net.ssdp_search("127.0.0.1", router.targets(), wait=0.8)
    assert 0 < len(replies) <= net.MAX_SSDP_REPLIES


def test_ssdp_garbage_and_xml_bomb(tmp_path: Path) -> None:
    with FakeRouter(RouterConfig(ssdp_garbage=True), tmp_path) as router:
        facts, _ = gather_network_facts(host=QuietHost(), targets=router.targets())
    assert facts["upnp"]["ok"] and facts["upnp"]["igd"] is None
    from tests.helpers.fake_router import XML_BOMB

    with FakeRouter(RouterConfig(upnp_description=XML_BOMB), tmp_path) as router:
        facts, _ = gather_network_facts(host=QuietHost(), targets=router.targets())
    assert facts["upnp"]["igd"]["error"] == "description not readable"
    item = by_id(evaluate_network(facts))["upnp"]
    assert item.status is Status.ATTENTION  # it did answer UPnP, even if its description is unreadable


def test_malformed_soap(tmp_path: Path) -> None:
    with FakeRouter(RouterConfig(soap_garbage=True), tmp_path) as router:
        facts, _ = gather_network_facts(host=QuietHost(), targets=router.targets())
    igd = facts["upnp"]["igd"]
    assert igd["manufacturer"] == "NETGEAR, Inc." and igd["mappings"] == [] and "external_ip" not in igd


def test_description_on_another_host_is_not_fetched(tmp_path: Path) -> None:
    with FakeRouter(RouterConfig(upnp_location_host="192.168.1.50"), tmp_path) as router:
        facts, log = gather_network_facts(host=QuietHost(), targets=router.targets())
        assert router.upnp_http.requests == []
    assert "not on the router" in facts["upnp"]["igd"]["error"]
    assert not any("192.168.1.50" in c[2] for c in log.items)


def test_natpmp_reply(tmp_path: Path) -> None:
    with FakeRouter(RouterConfig(upnp=False, natpmp_external_ip="192.168.100.2"), tmp_path) as router:
        fact = net.natpmp("127.0.0.1", router.targets(), net.ContactLog())
        assert router.natpmp.received[0] == b"\x00\x00"
    assert fact == {"ok": True, "answered": True, "external_ip": "192.168.100.2", "result": 0}
    item = by_id(evaluate_network({"gateway": {"ok": True, "ip": "192.168.1.1"}, "natpmp": fact}))["nat"]
    assert "double NAT" in item.detail


def test_gateway_that_accepts_but_never_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(net, "HTTP_TIMEOUT", 0.5)
    silent = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    port = silent.getsockname()[1]
    try:
        targets = Targets(gateway_override="127.0.0.1", ports={80: port, 443: port})
        fact = net.admin_page("127.0.0.1", targets, net.ContactLog())
    finally:
        silent.close()
    assert fact["ok"] and fact["http"] is None and fact["https"] is False  # timed out alone (timing: bench/network_check.py)


def test_cancel_stops_the_check(tmp_path: Path) -> None:
    token = CancelToken()
    with FakeRouter(RouterConfig(), tmp_path) as router:
        timer = threading.Timer(0.2, token.cancel)
        timer.start()
        with pytest.raises(Cancelled):
            gather_network_facts(host=QuietHost(), targets=router.targets(), cancel=token)
        timer.cancel()


def test_progress_is_reported(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    with FakeRouter(RouterConfig(upnp=False), tmp_path) as router:
        gather_network_facts(host=QuietHost(), targets=router.targets(), progress=lambda d, t, s: seen.append((d, t, s)))
    assert seen[-1][0] == seen[-1][1] and any("ports" in s for _, _, s in seen)


class TestConsentedDnsTests:
    def test_honest_resolver_and_real_certificates(self, tmp_path: Path) -> None:
        pytest.importorskip("cryptography")
        ca_cert, _, ca = make_cert(tmp_path, ("Hearth Test CA",), is_ca=True)
        cert, key, _ = make_cert(tmp_path, net.TLS_TEST_HOSTS, ca=ca)
        tls = TlsServer(cert, key)
        dns = FakeDns(rewrite_unknown=False)
        try:
            targets = Targets(dns_server=("127.0.0.1", dns.port), tls_target=("127.0.0.1", tls.port), tls_cafile=str(ca_cert))
            fact = net.dns_hijack(targets, net.ContactLog())
        finally:
            dns.close()
            tls.close()
        assert fact["nxdomain"]["rewritten"] is False and fact["nxdomain"]["rcode"] == 3
        assert [t["result"] for t in fact["tls"]] == ["ok"] * 4
        assert by_id(evaluate_network({"gateway": {"ok": False, "reason": "no_gateway"}, "dns_hijack": fact}))["dns_hijack"].status is Status.GOOD

    def test_rewriting_resolver_and_intercepted_tls(self, tmp_path: Path) -> None:
        pytest.importorskip("cryptography")
        cert, key, _ = make_cert(tmp_path, ("interceptor.local",))
        tls = TlsServer(cert, key)
        dns = FakeDns(rewrite_unknown=True)
        try:
            targets = Targets(dns_server=("127.0.0.1", dns.port), tls_target=("127.0.0.1", tls.port))
            fact = net.dns_hijack(targets, net.ContactLog())
            assert any(n.endswith(".com") and len(n) == 29 for n in dns.names)  # 25 random characters + ".com"
        finally:
            dns.close()
            tls.close()
        assert fact["nxdomain"]["rewritten"] is True
        assert {t["result"] for t in fact["tls"]} == {"bad_certificate"}
        item = by_id(evaluate_network({"gateway": {"ok": False}, "dns_hijack": fact}))["dns_hijack"]
        assert item.status is Status.RISKY

    def test_system_resolver_is_refused_in_tests(self) -> None:
        fact = net.dns_hijack(Targets(), net.ContactLog())
        assert fact["ok"] is False and "test mode" in fact["detail"]


def test_cli_network_check_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from app import cli

    with FakeRouter(RouterConfig(open_ports=(80, 23)), tmp_path) as router:
        monkeypatch.setenv("HEARTH_GATEWAY_OVERRIDE", "127.0.0.1")
        monkeypatch.setenv("HEARTH_PROBE_PORTS", router.env_ports())
        code = cli.main(["network", "check", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    statuses = {i["id"]: i["status"] for i in out["items"]}
    assert statuses["router_telnet"] == "risky"
    assert all(set(i) >= {"id", "title", "status", "detail", "fix"} for i in out["items"])
    assert all(i["status"] in ("good", "attention", "risky", "unknown") for i in out["items"])


def test_gateway_answering_garbage(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(net, "HTTP_TIMEOUT", 1.0)
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    port = srv.getsockname()[1]

    def serve() -> None:
        for _ in range(2):
            try:
                conn, _ = srv.accept()
            except OSError:
                return
            with conn:
                conn.sendall(b"\x00\xff\xfeNOT HTTP AT ALL\r\n\r\n" * 50)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        fact = net.admin_page("127.0.0.1", Targets(gateway_override="127.0.0.1", ports={80: port, 443: port}), net.ContactLog())
    finally:
        srv.close()
    assert fact["ok"] and fact["http"] is None and fact["https"] is False
