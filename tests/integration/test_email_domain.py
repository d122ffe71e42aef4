"""The e-mail domain check against a real DNS server on loopback (tests/helpers/fake_dns.py)."""

from __future__ import annotations

import pytest

from app import email_domain as ED
from tests.helpers.fake_dns import FakeDns

KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "q" * 400 + "IDAQAB"  # > 255 bytes: two strings, TCP
SOUND = {
    "example.com": {"MX": [(1, "smtp.google.com")],
                    "TXT": [("v=spf1 include:_spf.google.com", " -all"), "google-site-verification=abc"]},
    "_spf.google.com": {"TXT": ["v=spf1 ip4:35.190.247.0/24 ~all"]},
    "servers.mcsv.net": {"TXT": ["v=spf1 ip4:205.201.128.0/20 -all"]},
    "_dmarc.example.com": {"TXT": ["v=DMARC1; p=reject; rua=mailto:dmarc@example.com"]},
    "google._domainkey.example.com": {"TXT": ["v=DKIM1; k=rsa; p=" + KEY]},
    "_mta-sts.example.com": {"TXT": ["v=STSv1; id=2024"]},
    "_smtp._tls.example.com": {"TXT": ["v=TLSRPTv1; rua=mailto:tls@example.com"]},
}


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch):
    with FakeDns({k: dict(v) for k, v in SOUND.items()}) as server:
        monkeypatch.setenv("HEARTH_DNS_SERVER", server.address)
        yield server


def statuses(report: ED.DomainReport) -> dict[str, str]:
    return {i.id: i.status for i in report.items}


def test_sound_domain_is_good_and_every_query_went_to_the_server(hearth, fake) -> None:
    report = ED.check_domain(hearth, "Example.COM")
    assert statuses(report) == dict.fromkeys(("mx", "spf", "dkim", "dmarc", "mta_sts"), "good")
    assert report.provider == "Google Workspace"
    ledger = [e for e in hearth.ledger.entries() if e.service == "dns"]
    assert ledger and {e.host for e in ledger} == {fake.address}
    assert {(e.path.lstrip("/"), e.method) for e in ledger} == set(fake.asked())
    assert ("google._domainkey.example.com", "TXT") in fake.asked("tcp")  # the long key came over TCP


@pytest.mark.parametrize(
    ("change", "item", "status", "record"),
    [
        (("example.com", "TXT", ["v=spf1 include:_spf.google.com +all"]), "spf", "risky",
         "v=spf1 include:_spf.google.com ~all"),
        (("example.com", "TXT", ["v=spf1 include:_spf.google.com -all", "v=spf1 include:servers.mcsv.net ~all"]),
         "spf", "risky", "v=spf1 include:_spf.google.com include:servers.mcsv.net ~all"),
        (("_dmarc.example.com", "TXT", ["v=DMARC1; p=none; rua=mailto:d@example.com"]), "dmarc", "attention",
         "v=DMARC1; p=quarantine; rua=mailto:d@example.com"),
        (("_dmarc.example.com", "TXT", None), "dmarc", "risky",
         "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com"),
    ],
)
def test_each_problem_is_caught_with_a_fix_and_a_record(hearth, fake, change, item, status, record) -> None:
    name, rdtype, value = change
    if value is None:
        fake.remove(name)
    else:
        fake.set(name, rdtype, value)
    found = {i.id: i for i in ED.check_domain(hearth, "example.com").items}[item]
    assert (found.status, found.record) == (status, record) and found.fix, str(found.detail)


def test_spf_chain_past_ten_lookups(hearth, fake) -> None:
    for i in range(6):
        fake.set(f"svc{i}.example.net", "TXT", [f"v=spf1 a mx include:deep{i}.example.net"])
        fake.set(f"deep{i}.example.net", "TXT", ["v=spf1 ip4:192.0.2.1 -all"])
    fake.set("example.com", "TXT",
             ["v=spf1 include:_spf.google.com " + " ".join(f"include:svc{i}.example.net" for i in range(6)) + " -all"])
    spf = {i.id: i for i in ED.check_domain(hearth, "example.com").items}["spf"]
    assert spf.status == "risky" and "25 DNS look-ups" in spf.detail and spf.record and spf.fix


def test_timeouts_and_servfail_are_unknown(hearth, fake) -> None:
    fake.mute(["*"])
    report = ED.check_domain(hearth, "example.com", timeout=0.3, deadline=2)
    assert set(statuses(report).values()) == {"unknown"}
    fake.silent.clear()
    fake.fail(["_dmarc.example.com"])
    report = ED.check_domain(hearth, "example.com", timeout=0.5)
    assert statuses(report)["dmarc"] == "unknown" and statuses(report)["spf"] == "good"


def test_member_domain_recheck_marks_the_fix(hearth, fake) -> None:
    from app import checkup as C
    from app.reports import render_gap_html

    member = hearth.members.add("Shop", role="business")
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com +all"])
    ED.check_member(hearth, member.id, "example.com")
    open_ids = {f.check_id for f in C.FindingsStore(hearth).list(member.id, "open")}
    assert "business.email_domain.spf" in open_ids
    assert "v=spf1 include:_spf.google.com ~all" in render_gap_html(hearth, member.id)
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com -all"])
    ED.check_member(hearth, member.id)
    assert "business.email_domain.spf" not in {f.check_id for f in C.FindingsStore(hearth).list(member.id, "open")}


def test_spf_include_loop_over_real_dns_ends_and_is_risky(hearth, fake) -> None:
    fake.set("a.example.net", "TXT", ["v=spf1 include:b.example.net -all"])
    fake.set("b.example.net", "TXT", ["v=spf1 include:a.example.net -all"])
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com include:a.example.net -all"])
    report = ED.check_domain(hearth, "example.com")
    spf = {i.id: i for i in report.items}["spf"]
    assert spf.status == "risky" and "circle" in spf.detail and spf.record and spf.fix
    assert fake.asked().count(("a.example.net", "TXT")) == 1  # each name asked once, the loop is not followed


def test_timeouts_and_servfail_are_unknown_with_the_reason_never_good(hearth, fake) -> None:
    fake.fail(["example.com"])
    report = ED.check_domain(hearth, "example.com", timeout=0.5)
    items = {i.id: i for i in report.items}
    assert items["spf"].status == "unknown" and "SERVFAIL" in items["spf"].detail
    assert items["mx"].status == "unknown"
    assert "good" not in {items["spf"].status, items["mx"].status}
    fake.servfail.clear()
    fake.mute(["_dmarc.example.com"])
    report = ED.check_domain(hearth, "example.com", timeout=0.3, deadline=3)
    dmarc = {i.id: i for i in report.items}["dmarc"]
    assert dmarc.status == "unknown" and "did not answer in time" in dmarc.detail and dmarc.fix


def test_every_lookup_of_a_check_reached_the_configured_server(hearth, fake) -> None:
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com include:servers.mcsv.net ~all"])
    before, before_udp = len(fake.asked()), len(fake.asked("udp"))
    report = ED.check_domain(hearth, "example.com")
    asked = fake.asked()[before:]
    # each look-up reached the server over UDP once (a long answer is then asked again over TCP)
    assert report.lookups == len(fake.asked("udp")[before_udp:]) == len(set(asked)) > 10
    assert report.server == fake.address
    assert ("servers.mcsv.net", "TXT") in asked and ("google._domainkey.example.com", "TXT") in asked
