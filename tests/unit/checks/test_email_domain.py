"""checks.email_domain: parsing and judging SPF, DMARC, DKIM, MTA-STS and MX records (pure)."""

from __future__ import annotations

import datetime as dt

import pytest

from checks import email_domain as E
from checks.email_domain import DnsAnswer, DomainRecords

TODAY = dt.date(2026, 12, 2)
KEY_2048 = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "x" * 300 + "IDAQAB"
KEY_1024 = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC" + "y" * 130 + "IDAQAB"


def ok(*records: str) -> DnsAnswer:
    return DnsAnswer("ok", records)


NX = DnsAnswer("nxdomain")
NODATA = DnsAnswer("nodata")
TIMEOUT = DnsAnswer("timeout", reason="no answer within 0.3 s")
SERVFAIL = DnsAnswer("servfail", reason="the server answered SERVFAIL")


def records(**over: object) -> DomainRecords:
    base: dict[str, object] = {
        "domain": "example.com",
        "mx": ok("1 smtp.google.com."),
        "txt": ok("v=spf1 include:_spf.google.com -all", "google-site-verification=abc"),
        "dmarc": ok("v=DMARC1; p=reject; rua=mailto:dmarc@example.com"),
        "mta_sts": ok("v=STSv1; id=20240101"),
        "tls_rpt": ok("v=TLSRPTv1; rua=mailto:tls@example.com"),
        "dkim": {"google": ok("v=DKIM1; k=rsa; p=" + KEY_2048), "selector1": NX},
        "spf_chain": {"_spf.google.com": ok("v=spf1 include:_netblocks.google.com ~all"),
                      "_netblocks.google.com": ok("v=spf1 ip4:35.190.247.0/24 ~all")},
        "org_domain": "example.com",
    }
    base.update(over)
    return DomainRecords(**base)  # type: ignore[arg-type]


def judge(**over: object) -> E.Judgement:
    return E.judge(records(**over), TODAY)


# -- the domain typed ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "domain"),
    [("Example.COM.", "example.com"), ("anna@Example.com", "example.com"), ("https://shop.example.com/x?y", "shop.example.com"),
     ("bücher.de", "xn--bcher-kva.de"), ("  example.co.uk ", "example.co.uk")],
)
def test_domains_are_normalised(typed: str, domain: str) -> None:
    assert E.parse_domain(typed) == (domain, "")


@pytest.mark.parametrize(
    ("typed", "words"),
    [("", "Please type"), ("192.0.2.1", "internet address (IP)"), ("[2001:db8::1]", "internet address (IP)"),
     ("x" * 300, "too long"), ("a." * 150 + "com", "too long"), ("not a domain", "is not a domain"),
     ("localhost", "is not a domain"), ("☃.com", "not a domain Hearth can look up"), ("-bad-.com", "not a domain Hearth")],
)
def test_bad_input_gets_a_plain_message(typed: str, words: str) -> None:
    domain, problem = E.parse_domain(typed)
    assert domain == "" and words in problem


# -- SPF ----------------------------------------------------------------------------------------


def test_spf_parser_reads_mechanisms_modifiers_and_mistakes() -> None:
    r = E.parse_spf("v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a mx/24 a:mail.example.com/28 include:x.com "
                    "exists:%{i}.x.com ?ptr redirect=y.com exp=e.example.com foo=bar")
    assert not r.errors and not r.unknown
    assert [t.name for t in r.terms][:6] == ["ip4", "ip6", "a", "mx", "a", "include"]
    assert r.redirect == "y.com" and r.all_qualifier is None
    assert r.targets() == ["x.com", "y.com"]  # a macro is not followed
    bad = E.parse_spf("v=spf1 ip4:300.1.1.1 include: all:x.com inlcude:_spf.google.com mx/99 ~all")
    assert len(bad.errors) == 4 and bad.unknown == ("inlcude:_spf.google.com",)
    assert E.parse_spf("v=spf1 redirect=a.com redirect=b.com").errors
    assert not E.is_spf("v=spf10 -all") and E.is_spf("V=SPF1 -all")


def test_lookups_are_counted_through_includes_loops_and_broken_ones() -> None:
    chain = {f"s{i}.example.net": ok(f"v=spf1 include:s{i + 1}.example.net a mx") for i in range(5)}
    chain["s5.example.net"] = ok("v=spf1 ip4:192.0.2.1 -all")
    rec = E.parse_spf("v=spf1 include:s0.example.net mx -all")
    count = E.count_lookups("example.com", rec, chain)
    assert count.total == 1 + 5 * 3 + 1 and count.per_target["s0.example.net"] == 16
    loop = E.count_lookups("example.com", E.parse_spf("v=spf1 include:a.net -all"),
                           {"a.net": ok("v=spf1 include:b.net"), "b.net": ok("v=spf1 include:a.net -all")})
    assert loop.loops == ("a.net",)
    self_loop = E.count_lookups("example.com", E.parse_spf("v=spf1 include:example.com -all"), {})
    assert self_loop.loops == ("example.com",)
    broken = E.count_lookups("example.com", E.parse_spf("v=spf1 include:gone.net -all"), {"gone.net": NX})
    assert broken.broken == (("gone.net", "no SPF record"),)
    unread = E.count_lookups("example.com", E.parse_spf("v=spf1 include:slow.net -all"), {"slow.net": TIMEOUT})
    assert unread.unread and unread.unread[0][0] == "slow.net"


def test_corrected_spf_keeps_senders_adds_provider_and_fixes_typos() -> None:
    google = E.PROVIDERS[0]
    one = E.parse_spf("v=spf1 ip4:192.0.2.1 inlcude:mailgun.org +all")
    two = E.parse_spf("v=spf1 include:servers.mcsv.net -all")
    assert E.corrected_spf([one, two], google, final_all="~") == (
        "v=spf1 include:_spf.google.com ip4:192.0.2.1 include:mailgun.org include:servers.mcsv.net ~all")
    assert E.corrected_spf([E.parse_spf("v=spf1 include:_spf.google.com include:gone.net -all")], google,
                           drop=["gone.net"]) == "v=spf1 include:_spf.google.com -all"


def test_sound_domain_is_good_everywhere() -> None:
    result = judge()
    assert result.provider.key == "google" and result.provider_label == "Google Workspace"
    assert {i.id: i.status for i in result.items} == dict.fromkeys(E.ITEM_IDS, "good")
    assert E.to_findings(result) == [] and len(E.checked_ids(result)) == 5


def test_spf_missing_gets_the_providers_record() -> None:
    spf = judge(txt=ok("google-site-verification=abc")).item("spf")
    assert spf.status == "risky" and spf.record == "v=spf1 include:_spf.google.com ~all"
    assert spf.record_name == "example.com" and any("Google Admin console" in s for s in spf.fix)
    micro = judge(txt=NX, mx=ok("0 example-com.mail.protection.outlook.com.")).item("spf")
    assert micro.record == "v=spf1 include:spf.protection.outlook.com ~all"
    assert any("Microsoft 365 admin center" in s for s in micro.fix)
    other = judge(txt=NODATA, mx=ok("10 mx.small-host.example.")).item("spf")
    assert other.record == "v=spf1 mx ~all" and other.needs_it and any("IT person" in s for s in other.fix)


@pytest.mark.parametrize("ending", ["+all", "all", "?all"])
def test_plus_and_neutral_all_are_risky_and_move_to_softfail(ending: str) -> None:
    spf = judge(txt=ok(f"v=spf1 include:_spf.google.com {ending}")).item("spf")
    assert spf.status == "risky" and spf.record == "v=spf1 include:_spf.google.com ~all"
    assert spf.fix and "all" in spf.detail


def test_softfail_is_attention_until_dmarc_enforces() -> None:
    soft = ok("v=spf1 include:_spf.google.com ~all")
    spf = judge(txt=soft, dmarc=ok("v=DMARC1; p=none; rua=mailto:d@example.com")).item("spf")
    assert spf.status == "attention" and spf.record == "v=spf1 include:_spf.google.com -all"
    assert any("Do not do this before the reports are clean" in s for s in spf.fix)
    assert judge(txt=soft).item("spf").status == "good"  # p=reject turns fakes away


def test_two_spf_records_are_merged_into_one() -> None:
    spf = judge(txt=ok("v=spf1 include:_spf.google.com -all", "v=spf1 include:servers.mcsv.net ~all")).item("spf")
    assert spf.status == "risky" and "2 SPF records" in spf.detail
    assert spf.record == "v=spf1 include:_spf.google.com include:servers.mcsv.net ~all"
    assert any("Delete every TXT record" in s for s in spf.fix)


def test_more_than_ten_lookups_is_risky_with_the_cost_of_each_include() -> None:
    includes = [f"svc{i}.example.net" for i in range(6)]
    chain = {d: ok("v=spf1 a mx -all") for d in includes}
    chain.update(records().spf_chain)
    txt = ok("v=spf1 include:_spf.google.com " + " ".join(f"include:{d}" for d in includes) + " -all")
    spf = judge(txt=txt, spf_chain=chain).item("spf")
    assert spf.status == "risky" and "needs 20 DNS look-ups" in spf.detail
    assert spf.record.startswith("v=spf1 include:_spf.google.com include:svc0.example.net") and spf.needs_it
    assert any("svc0.example.net (3)" in s for s in spf.fix)


def test_unknown_mechanism_syntax_loop_and_broken_include_are_risky() -> None:
    typo = judge(txt=ok("v=spf1 inlcude:_spf.google.com -all")).item("spf")
    assert typo.status == "risky" and "inlcude" in typo.detail and typo.record == "v=spf1 include:_spf.google.com -all"
    syntax = judge(txt=ok("v=spf1 include:_spf.google.com ip4:192.0.2.300 -all")).item("spf")
    assert syntax.status == "risky" and "written wrongly" in syntax.detail
    assert syntax.record == "v=spf1 include:_spf.google.com -all"
    loop = judge(txt=ok("v=spf1 include:_spf.google.com include:a.example.net -all"),
                 spf_chain={**records().spf_chain, "a.example.net": ok("v=spf1 include:example.com -all")}).item("spf")
    assert loop.status == "risky" and "circle" in loop.detail
    gone = judge(txt=ok("v=spf1 include:_spf.google.com include:gone.example.net -all"),
                 spf_chain={**records().spf_chain, "gone.example.net": NX}).item("spf")
    assert gone.status == "risky" and gone.record == "v=spf1 include:_spf.google.com -all"


def test_spf_without_the_providers_include_needs_attention() -> None:
    spf = judge(txt=ok("v=spf1 ip4:192.0.2.1 -all"), spf_chain={}).item("spf")
    assert spf.status == "attention" and spf.record == "v=spf1 include:_spf.google.com ip4:192.0.2.1 -all"


def test_domain_that_sends_no_mail_gets_the_lock_down_record() -> None:
    result = judge(mx=NODATA, txt=NODATA)
    assert result.item("mx").status == "attention"
    spf = result.item("spf")
    assert spf.record == "v=spf1 -all" and any("Only if nobody ever sends" in s for s in spf.fix)
    assert judge(mx=ok("0 ."), txt=NODATA).item("mx").status == "good"


# -- DMARC --------------------------------------------------------------------------------------


def test_dmarc_parser_finds_mistakes() -> None:
    good = E.parse_dmarc("v=DMARC1; p=quarantine; sp=reject; pct=50; rua=mailto:a@example.com,mailto:b@x.org; adkim=s;")
    assert not good.errors and good.policy == "quarantine" and good.pct == 50 and good.subdomain_policy == "reject"
    bad = E.parse_dmarc("p=reject; v=DMARC1; pct=abc; rua=a@example.com; adkim=x; zz=1")
    assert len(bad.errors) == 4 and any("zz" in w for w in bad.warnings)
    assert E.parse_dmarc("v=DMARC1; rua=mailto:a@example.com").policy == "none"  # RFC 7489 6.6.3
    assert E.parse_dmarc("v=DMARC1; p=maybe").errors


def test_no_dmarc_gets_p_none_with_reports_and_a_dated_plan() -> None:
    item = judge(dmarc=NX).item("dmarc")
    assert item.status == "risky" and item.record_name == "_dmarc.example.com"
    assert item.record == "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com"
    steps = " ".join(item.fix)
    assert "30 December 2026" in steps and "p=quarantine" in steps and "27 January 2027" in steps and "p=reject" in steps


def test_p_none_with_reports_plans_quarantine_then_reject() -> None:
    item = judge(dmarc=ok("v=DMARC1; p=none; rua=mailto:d@example.com")).item("dmarc")
    assert item.status == "attention" and "protects nobody yet" in item.detail
    assert item.record == "v=DMARC1; p=quarantine; rua=mailto:d@example.com"
    assert any("v=DMARC1; p=reject; rua=mailto:d@example.com" in s for s in item.fix)
    assert any("do not move on until it passes" in s for s in item.fix)


def test_p_none_without_reports_first_asks_for_reports() -> None:
    item = judge(dmarc=ok("v=DMARC1; p=none")).item("dmarc")
    assert item.status == "attention" and item.record == "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com"


def test_pct_no_rua_weaker_subdomains_and_syntax() -> None:
    pct = judge(dmarc=ok("v=DMARC1; p=reject; pct=25; rua=mailto:d@example.com")).item("dmarc")
    assert pct.status == "attention" and "25%" in pct.detail and pct.record == "v=DMARC1; p=reject; rua=mailto:d@example.com"
    norua = judge(dmarc=ok("v=DMARC1; p=reject")).item("dmarc")
    assert norua.status == "attention" and norua.record == "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com"
    sp = judge(dmarc=ok("v=DMARC1; p=reject; sp=none; rua=mailto:d@example.com")).item("dmarc")
    assert sp.status == "attention" and "sp=none" in sp.detail and sp.record == "v=DMARC1; p=reject; rua=mailto:d@example.com"
    syntax = judge(dmarc=ok("v=DMARC1; p=rejected; rua=mailto:d@example.com")).item("dmarc")
    assert syntax.status == "risky" and syntax.record == "v=DMARC1; p=none; rua=mailto:d@example.com"
    two = judge(dmarc=ok("v=DMARC1; p=reject; rua=mailto:d@example.com", "v=DMARC1; p=none")).item("dmarc")
    assert two.status == "risky" and "2 DMARC records" in two.detail


def test_quarantine_is_good_and_names_the_last_step() -> None:
    item = judge(dmarc=ok("v=DMARC1; p=quarantine; rua=mailto:d@example.com")).item("dmarc")
    assert item.status == "good" and "p=reject" in item.detail


def test_subdomain_inherits_the_organisations_policy() -> None:
    item = E.judge(records(domain="mail.example.com", dmarc=NX, org_domain="example.com",
                           org_dmarc=ok("v=DMARC1; p=reject; rua=mailto:d@example.com")), TODAY).item("dmarc")
    assert item.status == "good" and "follows example.com" in item.detail


# -- DKIM, MTA-STS, MX --------------------------------------------------------------------------


def test_dkim_found_short_missing_and_microsoft() -> None:
    assert judge().item("dkim").status == "good"
    short = judge(dkim={"google": ok("v=DKIM1; k=rsa; p=" + KEY_1024)}).item("dkim")
    assert short.status == "attention" and "short" in short.detail
    revoked = judge(dkim={"google": ok("v=DKIM1; p=")}).item("dkim")
    assert revoked.status == "attention"
    none = judge(dkim={"google": NX, "k1": NX}).item("dkim")
    assert none.status == "unknown" and "can't tell" in none.detail and "google, k1" in none.detail
    ms = judge(mx=ok("0 example-com.mail.protection.outlook.com."), txt=ok("v=spf1 include:spf.protection.outlook.com -all"),
               dkim={"selector1": NX, "selector2": NX}).item("dkim")
    assert ms.status == "attention" and any("security.microsoft.com" in s for s in ms.fix)


def test_mta_sts_is_advice_with_the_tls_report_record_first() -> None:
    item = judge(mta_sts=NX, tls_rpt=NX).item("mta_sts")
    assert item.status == "attention" and item.record == "v=TLSRPTv1; rua=mailto:tls-reports@example.com"
    assert item.record_name == "_smtp._tls.example.com" and any("mode: testing" in s for s in item.fix)
    only_sts = judge(mta_sts=NX).item("mta_sts")
    assert only_sts.record == "v=STSv1; id=2026120201" and only_sts.needs_it
    findings = E.to_findings(judge(mta_sts=NX, tls_rpt=NX))
    assert [f.severity.name for f in findings] == ["LOW"]


@pytest.mark.parametrize(
    ("mx", "key"),
    [("1 smtp.google.com.", "google"), ("5 alt1.aspmx.l.google.com.", "google"),
     ("0 contoso-com.mail.protection.outlook.com.", "microsoft"), ("10 mx.zoho.eu.", "zoho"),
     ("10 in1-smtp.messagingengine.com.", "fastmail"), ("10 mail.protonmail.ch.", "proton"),
     ("10 mx01.mail.icloud.com.", "icloud"), ("0 smtp.secureserver.net.", "godaddy"), ("10 mail.example.com.", "other")],
)
def test_mx_names_the_provider(mx: str, key: str) -> None:
    assert E.detect_provider(ok(mx)).key == key


# -- nothing is "good" when it could not be read -------------------------------------------------


@pytest.mark.parametrize("failure", [TIMEOUT, SERVFAIL, DnsAnswer("skipped", reason="time limit")])
def test_failed_lookups_are_unknown_with_a_reason(failure: DnsAnswer) -> None:
    result = judge(mx=failure, txt=failure, dmarc=failure, mta_sts=failure, tls_rpt=failure,
                   dkim={"google": failure}, spf_chain={})
    assert {i.id: i.status for i in result.items} == dict.fromkeys(E.ITEM_IDS, "unknown")
    assert all(i.detail and i.fix for i in result.items)
    assert E.to_findings(result) == [] and E.checked_ids(result) == []


def test_unreadable_include_is_unknown_not_good() -> None:
    spf = judge(spf_chain={"_spf.google.com": TIMEOUT}).item("spf")
    assert spf.status == "unknown" and "_spf.google.com" in spf.detail


def test_findings_carry_fix_record_and_domain() -> None:
    result = judge(txt=ok("v=spf1 +all"), dmarc=NX)
    by_id = {f.check_id: f for f in E.to_findings(result)}
    spf = by_id["business.email_domain.spf"]
    assert spf.severity.name == "HIGH" and spf.subject_ref == "example.com"
    assert "v=spf1 include:_spf.google.com ~all" in spf.evidence and spf.fix
    assert "business.email_domain.dmarc" in by_id


# -- a re-check compared with the check before -----------------------------------------------------


def _items(**statuses: str) -> list[E.Item]:
    return [E.Item(k, v, "t", "d") for k, v in statuses.items()]


def test_changes_name_fixes_and_never_claim_one_for_an_unknown_item() -> None:
    before = _items(spf="risky", dmarc="attention", dkim="good", mx="good", mta_sts="attention")
    after = _items(spf="good", dmarc="risky", dkim="unknown", mx="good", mta_sts="attention", tls="good")
    assert E.changes(before, after) == {
        "spf": "fixed", "dmarc": "worse", "dkim": "unchecked", "mx": "same", "mta_sts": "same", "tls": "new",
    }
    assert E.changes(_items(spf="risky"), _items(spf="attention")) == {"spf": "better"}
    assert E.changes(_items(spf="unknown"), _items(spf="good")) == {"spf": "new"}
    assert E.changes(_items(spf="attention"), _items(spf="unknown")) == {"spf": "unchecked"}
