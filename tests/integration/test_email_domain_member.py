"""A business member's e-mail domain: kept through hearth.business_domains, checked by the checkup
step function (findings_for_member), re-checked with "fixed since", shown in the gap report and CLI."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import checkup as C
from app import email_domain as ED
from app.errors import InvalidInput, NotFound
from app.reports import render_gap_html, render_gap_pdf
from checks.base import CancelToken, Cancelled, Finding
from tests.helpers.fake_dns import FakeDns
from tests.integration.test_email_domain import SOUND

ROOT = Path(__file__).resolve().parents[2]
DAY1 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
DAY2 = dt.datetime(2026, 3, 8, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch):
    with FakeDns({k: dict(v) for k, v in SOUND.items()}) as server:
        monkeypatch.setenv("HEARTH_DNS_SERVER", server.address)
        yield server


def test_repository_keeps_domain_result_and_previous(hearth) -> None:
    shop = hearth.members.add("Shop", role="business")
    repo = hearth.business_domains
    assert repo.get(shop.id) is None
    repo.set_domain(shop.id, "example.com")
    assert (repo.get(shop.id).domain, repo.get(shop.id).result) == ("example.com", "")
    assert repo.save_result(shop.id, "example.com", "2026-03-01T09:00:00+00:00", '{"a": 1}')
    assert repo.save_result(shop.id, "example.com", "2026-03-08T09:00:00+00:00", '{"a": 2}')
    row = repo.get(shop.id)
    assert (row.result, row.previous_result, row.previous_checked_at) == ('{"a": 2}', '{"a": 1}',
                                                                          "2026-03-01T09:00:00+00:00")
    assert not repo.save_result(shop.id, "other.example", "x", "{}")  # not its domain: nothing stored
    repo.set_domain(shop.id, "example.org")  # a new domain forgets both results
    row = repo.get(shop.id)
    assert (row.domain, row.result, row.previous_result) == ("example.org", "", "")
    hearth.members.remove(shop.id)
    assert repo.get(shop.id) is None
    with pytest.raises(NotFound):
        repo.set_domain(shop.id, "example.com")


def test_findings_for_member_is_the_checkup_step(hearth, fake) -> None:
    senior = hearth.members.add("Rosa", role="senior")
    shop = hearth.members.add("Shop", role="business")
    assert ED.findings_for_member(hearth, senior) == (ED.NOT_BUSINESS, [], [])
    assert ED.findings_for_member(hearth, shop) == (ED.NO_DOMAIN, [], [])
    assert fake.asked() == []  # nothing was looked up for either
    ED.set_member_domain(hearth, shop.id, "Example.COM")
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com +all"])
    fake.set("_dmarc.example.com", "TXT", ["v=DMARC1; p=none; rua=mailto:d@example.com"])
    outcome, checked, found = ED.findings_for_member(hearth, shop, CancelToken(), now=DAY1)
    assert outcome == ED.CHECKED
    assert set(checked) == {"business.email_domain." + i for i in ("mx", "spf", "dkim", "dmarc", "mta_sts")}
    assert all(isinstance(f, Finding) for f in found)
    by_id = {f.check_id: f for f in found}
    assert set(by_id) == {"business.email_domain.spf", "business.email_domain.dmarc"}
    assert "v=spf1 include:_spf.google.com ~all" in by_id["business.email_domain.spf"].evidence
    # the step function keeps the result for the gap report, but leaves the to-do list to the checkup
    assert ED.last_report(hearth, shop.id).domain == "example.com"
    assert C.FindingsStore(hearth).list(shop.id, "open") == []
    assert str(ED.OUTCOME_WORDS[ED.NO_DOMAIN])


def test_findings_for_member_keeps_old_findings_for_items_it_could_not_check(hearth, fake) -> None:
    shop = hearth.members.add("Shop", role="business")
    ED.set_member_domain(hearth, shop.id, "example.com")
    fake.fail(["_dmarc.example.com"])
    outcome, checked, found = ED.findings_for_member(hearth, shop, timeout=0.5)
    assert outcome == ED.CHECKED and "business.email_domain.dmarc" not in checked
    assert "business.email_domain.spf" in checked
    assert not any(f.check_id == "business.email_domain.dmarc" for f in found)


def test_findings_for_member_cancelled_keeps_nothing(hearth, fake) -> None:
    shop = hearth.members.add("Shop", role="business")
    ED.set_member_domain(hearth, shop.id, "example.com")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        ED.findings_for_member(hearth, shop, token)
    assert ED.last_report(hearth, shop.id) is None


def test_recheck_says_what_was_fixed_in_the_report_and_to_do_list(hearth, fake, tmp_path) -> None:
    shop = hearth.members.add("Shop", role="business")
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com +all"])
    ED.check_member(hearth, shop.id, "example.com", now=DAY1)
    html = render_gap_html(hearth, shop.id)
    assert "v=spf1 include:_spf.google.com ~all" in html and "Fixed since" not in html
    assert ED.previous_report(hearth, shop.id) is None
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com -all"])
    report = ED.check_member(hearth, shop.id, now=DAY2)
    previous = ED.previous_report(hearth, shop.id)
    assert previous is not None and previous.checked_at.startswith("2026-03-01")
    spf = next(i for i in report.items if i.id == "spf")
    assert ED.change_line(report, previous, spf) == "✔ Fixed since the check on 1 March 2026."
    assert ED.fixed_count(report, previous) == 1
    html = render_gap_html(hearth, shop.id)
    assert "Fixed since the check on 1 March 2026" in html and "1 item fixed" in html
    assert render_gap_pdf(hearth, shop.id).startswith(b"%PDF")
    fixed = {f.check_id for f in C.FindingsStore(hearth).list(shop.id, "fixed")}
    assert "business.email_domain.spf" in fixed


def test_spanish_gap_report_translates_the_recheck_lines(hearth, fake) -> None:
    shop = hearth.members.add("Shop", role="business")
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com +all"])
    ED.check_member(hearth, shop.id, "example.com", now=DAY1)
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com -all"])
    ED.check_member(hearth, shop.id, now=DAY2)
    html = render_gap_html(hearth, shop.id, language="es")
    assert "Fixed since" not in html and "1 item fixed" not in html
    assert "Corregido desde la revisión del" in html


def test_bad_domain_for_a_member_is_refused_plainly(hearth) -> None:
    shop = hearth.members.add("Shop", role="business")
    for typed in ("192.0.2.1", "x" * 300, "not a domain"):
        with pytest.raises(InvalidInput):
            ED.set_member_domain(hearth, shop.id, typed)
    assert ED.member_domain(hearth, shop.id) == ""
    ED.set_member_domain(hearth, shop.id, "bücher.de")
    assert ED.member_domain(hearth, shop.id) == "xn--bcher-kva.de"


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=60, env={**os.environ, **env})


def test_cli_json_shape_bad_input_and_recheck(fake) -> None:
    env = {"HEARTH_DNS_SERVER": fake.address}
    r = _cli("business", "email-domain", "example.com", "--json", env=env)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["domain"] == "example.com" and data["provider"] == "Google Workspace"
    assert [i["id"] for i in data["items"]] == ["mx", "spf", "dkim", "dmarc", "mta_sts"]
    assert {i["status"] for i in data["items"]} == {"good"}
    assert all(set(i) >= {"id", "status", "detail", "fix", "record"} for i in data["items"])
    for typed, words in (("192.0.2.1", "internet address (IP)"), ("x" * 300, "too long"),
                         ("not a domain", "is not a domain")):
        r = _cli("business", "email-domain", typed, env=env)
        assert r.returncode == 2 and words in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert _cli("members", "add", "Shop", "--role", "business", env=env).returncode == 0
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com ?all"])
    assert _cli("business", "email-domain", "example.com", "--member", "Shop", env=env).returncode == 0
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com -all"])
    r = _cli("business", "email-domain", "example.com", "--member", "Shop", "--json", env=env)
    assert json.loads(r.stdout)["changes"]["spf"] == "fixed"
    r = _cli("business", "email-domain", "example.com", "--member", "Shop", env=env)
    assert "nothing fixed yet" in r.stdout  # compared with the check just before, which was already fixed
