"""Pwned Passwords and HIBP clients over real HTTP against loopback fakes (PROTOCOLS.md §1)."""

from __future__ import annotations

import re

import pytest

from app import passwords
from app.errors import InvalidInput, ServiceError
from app.services import hibp, pwned
from checks.base import CancelToken, Cancelled
from tests.helpers.fake_hibp import FakeHibp, FakePwnedPasswords, rate_limited, sha1
from tests.helpers.fakeserver import Reply

KEY = "0123456789abcdef0123456789abcdef"


@pytest.fixture
def fake_pwned(monkeypatch: pytest.MonkeyPatch):
    with FakePwnedPasswords({"password": 9_545_824, "P@ssw0rd": 52_579}) as fake:
        monkeypatch.setenv("HEARTH_PWNED_PASSWORDS_URL", fake.url)
        yield fake


@pytest.fixture
def fake_hibp(monkeypatch: pytest.MonkeyPatch):
    with FakeHibp(key=KEY) as fake:
        monkeypatch.setenv("HEARTH_HIBP_URL", fake.url)
        yield fake


def _assert_k_anonymous(requests, passwords_sent) -> None:
    for req in requests:
        assert re.fullmatch(r"/range/[0-9A-F]{5}", req.path), req.path
        assert req.query == ""
        assert req.body == b""
        assert req.header("Add-Padding") == "true"
        assert req.header("User-Agent") == "Hearth"
        blob = (req.path + " ".join(f"{k}:{v}" for k, v in req.headers.items())).upper()
        for p in passwords_sent:
            assert sha1(p)[5:10] not in blob
            assert p.upper() not in blob


def test_count_sends_only_prefix_and_padding(hearth, fake_pwned) -> None:
    with pwned.PwnedPasswords(hearth) as client:
        assert client.count("password") == 9_545_824
        assert client.count("correct horse battery staple zebra") == 0
    other = sha1("correct horse battery staple zebra")[:5]
    assert [r.path for r in fake_pwned.requests] == ["/range/5BAA6", f"/range/{other}"]
    _assert_k_anonymous(fake_pwned.requests, ["password", "correct horse battery staple zebra"])


def test_padding_rows_are_ignored_and_lf_accepted(hearth, fake_pwned) -> None:
    with pwned.PwnedPasswords(hearth) as client:
        answer = client.range("5BAA6")
    assert all(n > 0 for n in answer.values())
    assert answer[sha1("password")[5:]] == 9_545_824
    fake_pwned.mode = "lf"
    with pwned.PwnedPasswords(hearth) as client:
        assert client.count("P@ssw0rd") == 52_579


def test_parse_range_variants() -> None:
    suffix = "1E4C9B93F3F0682250B6CF8331B7EE68FD8"
    assert pwned.parse_range(f"{suffix}:3\r\n{'A' * 35}:0") == {suffix: 3}
    assert pwned.parse_range(f"{suffix}:3\n") == {suffix: 3}
    with pytest.raises(ValueError):
        pwned.parse_range(f"{suffix}:3\r\n{suffix[:10]}")  # truncated line


def test_garbage_and_5xx_are_plain_errors(hearth, fake_pwned) -> None:
    fake_pwned.mode = "garbage"
    with pwned.PwnedPasswords(hearth) as client, pytest.raises(ServiceError, match="cannot read"):
        client.count("password")
    fake_pwned.mode = "error"
    fake_pwned.status = 503
    with pwned.PwnedPasswords(hearth) as client, pytest.raises(ServiceError, match="problems") as err:
        client.count("password")
    assert err.value.status == 503
    assert len([r for r in fake_pwned.requests if r.path == "/range/5BAA6"]) >= 3  # retried


def test_429_retry_after_is_honoured(hearth, fake_pwned) -> None:
    fake_pwned.script = [Reply.text("Too many", 429, **{"Retry-After": "1"})]
    with pwned.PwnedPasswords(hearth) as client:
        assert client.count("password") == 9_545_824
    assert len(fake_pwned.requests) == 2
    statuses = [e.status for e in reversed(hearth.ledger.entries())]
    assert statuses == [429, 200]


def test_batch_one_request_per_distinct_prefix(hearth, fake_pwned) -> None:
    words = [f"household-{i}" for i in range(40)] + ["password", "password"]
    hashes = [sha1(w) for w in words]
    with pwned.PwnedPasswords(hearth, workers=4) as client:
        seen: list[tuple[int, int]] = []
        counts = client.counts(hashes, progress=lambda d, t, _x: seen.append((d, t)))
    prefixes = {h[:5] for h in hashes}
    assert len(fake_pwned.requests) == len(prefixes)
    assert {r.path[-5:] for r in fake_pwned.requests} == prefixes
    assert counts[sha1("password")] == 9_545_824 and counts[sha1("household-3")] == 0
    assert seen[-1] == (len(prefixes), len(prefixes))
    _assert_k_anonymous(fake_pwned.requests, words)
    ledger = hearth.ledger.entries()
    assert len(ledger) == len(prefixes)
    assert all(e.service == "pwned_passwords" and re.fullmatch(r"/range/[0-9A-F]{5}", e.path) for e in ledger)
    assert all("5 characters" in e.purpose for e in ledger)


def test_batch_cancel_stops(hearth, fake_pwned) -> None:
    token = CancelToken()
    token.cancel()
    with pwned.PwnedPasswords(hearth, cancel=token) as client, pytest.raises(Cancelled):
        client.counts([sha1("a"), sha1("b")])


def test_check_password_with_breach_consent(hearth, fake_pwned) -> None:
    result = passwords.check_password(hearth, "P@ssw0rd", breach=True)
    assert result["breach"] == {"checked": True, "count": 52_579, "source": "online",
                                "advice": passwords.breach_advice(52_579)}
    assert "52,579" in result["breach"]["advice"]
    no_consent = passwords.check_password(hearth, "P@ssw0rd")
    assert no_consent["breach"]["checked"] is False
    assert len(fake_pwned.requests) == 1


# -- HIBP --------------------------------------------------------------------------------


def test_catalogue_is_fetched_once_and_cached(hearth, fake_hibp) -> None:
    first = hibp.breach_catalogue(hearth)
    again = hibp.breach_catalogue(hearth)
    assert [b.name for b in first] == ["Adobe", "ExampleShop", "OldForum"] == [b.name for b in again]
    assert len(fake_hibp.requests) == 1
    req = fake_hibp.requests[0]
    assert req.path == "/breaches" and req.header("User-Agent") == "Hearth" and req.header("hibp-api-key") is None
    assert (hearth.paths.cache / hibp.CATALOGUE_FILE).exists()
    adobe = first[0]
    assert adobe.exposed_passwords and adobe.breach_date.isoformat() == "2013-10-04"


def test_catalogue_garbage(hearth, fake_hibp) -> None:
    fake_hibp.catalogue_replies = [Reply(200, b"<html>", {"Content-Type": "text/html"})]
    with pytest.raises(ServiceError, match="cannot read"):
        hibp.breach_catalogue(hearth)
    assert hibp.cached_catalogue(hearth) is None


def test_breached_account_found(hearth, fake_hibp) -> None:
    hearth.secrets.set("hibp", KEY)
    hearth.settings.set(hibp.HIBP_RATE, 10_000)
    fake_hibp.pwn("alice@example.com", ["Adobe", "ExampleShop"])
    found = hibp.breached_account(hearth, "Alice@Example.com")
    assert {b.name for b in found} == {"Adobe", "ExampleShop"}
    req = fake_hibp.requests[-1]
    assert req.path == "/breachedaccount/Alice%40Example.com"
    assert req.query == "truncateResponse=false"
    assert req.header("hibp-api-key") == KEY and req.header("User-Agent") == "Hearth"
    entry = hearth.ledger.entries()[0]
    assert "alice" not in entry.path.lower() and KEY not in entry.path
    assert entry.status == 200


def test_breached_account_404_is_not_found(hearth, fake_hibp) -> None:
    hearth.secrets.set("hibp", KEY)
    hearth.settings.set(hibp.HIBP_RATE, 10_000)
    assert hibp.breached_account(hearth, "nobody@example.com") == []


def test_breached_account_errors(hearth, fake_hibp) -> None:
    with pytest.raises(InvalidInput, match="API key"):
        hibp.breached_account(hearth, "a@example.com")
    assert fake_hibp.requests == []
    hearth.secrets.set("hibp", "f" * 32)
    hearth.settings.set(hibp.HIBP_RATE, 10_000)
    with pytest.raises(ServiceError, match="key") as err:
        hibp.breached_account(hearth, "a@example.com")
    assert err.value.status == 401
    fake_hibp.script = [Reply(503, b"<html>cloudflare</html>")] * 3
    with pytest.raises(ServiceError) as err:
        hibp.breached_account(hearth, "a@example.com")
    assert err.value.status == 503
    fake_hibp.script = [Reply(200, b"not json", {"Content-Type": "application/json"})]
    with pytest.raises(ServiceError, match="cannot read"):
        hibp.breached_account(hearth, "a@example.com")
    with pytest.raises(InvalidInput):
        hibp.breached_account(hearth, "not an address")


def test_breached_account_429_retry_after(hearth, fake_hibp) -> None:
    hearth.secrets.set("hibp", KEY)
    hearth.settings.set(hibp.HIBP_RATE, 10_000)
    fake_hibp.pwn("bob@example.com", ["OldForum"])
    fake_hibp.script = [rate_limited(1)]
    assert [b.name for b in hibp.breached_account(hearth, "bob@example.com")] == ["OldForum"]
    assert [e.status for e in reversed(hearth.ledger.entries())] == [429, 200]


def test_breached_account_long_429_is_explained(hearth, fake_hibp) -> None:
    hearth.secrets.set("hibp", KEY)
    hearth.settings.set(hibp.HIBP_RATE, 10_000)
    fake_hibp.script = [rate_limited(3600)]
    with pytest.raises(ServiceError, match="too many") as err:
        hibp.breached_account(hearth, "bob@example.com")
    assert "3,601 seconds" in err.value.hint


def test_household_addresses_checked(hearth, fake_hibp) -> None:
    hearth.secrets.set("hibp", KEY)
    hearth.settings.set(hibp.HIBP_RATE, 10_000)
    alice = hearth.members.add("Alice")
    bob = hearth.members.add("Bob")
    hearth.accounts.add(alice.id, "Gmail", login_hint="alice@example.com")
    hearth.accounts.add(bob.id, "Shop", login_hint="ALICE@example.com")
    hearth.accounts.add(bob.id, "Forum", login_hint="bobby")
    fake_hibp.pwn("alice@example.com", ["Adobe"])
    results = hibp.check_household(hearth)
    assert [r["address"] for r in results] == ["alice@example.com"]
    assert [b.name for b in results[0]["breaches"]] == ["Adobe"]


def test_import_with_breach_marks_sites_breached_after_change(hearth, fake_pwned, fake_hibp) -> None:
    member = hearth.members.add("Carol")
    csv_text = (
        '"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed",'
        '"timePasswordChanged"\n'
        '"https://shop.example/login","carol","P@ssw0rd","","","{1}","0","0","1609459200000"\n'
        '"https://forum.example/","carol","Zebra-Piano-Lantern-42","","","{2}","0","0","1609459200000"\n'
    )
    result = passwords.import_csv(hearth, member.id, csv_text.encode(), breach=True)
    assert result.breach_checked and result.breach_source == "online"
    rows = {r.service: r for r in result.rows}
    shop = rows["shop.example"]
    ids = {p.check_id for p in shop.problems}
    assert {"password.pwned", "password.site_breached"} <= ids
    breached = next(p for p in shop.problems if p.check_id == "password.site_breached")
    assert "Phone numbers" in breached.why
    forum = rows["forum.example"]
    assert "password.site_breached" not in {p.check_id for p in forum.problems}  # breached 2015, changed 2021
    stored = {a.service: a for a in hearth.accounts.list(member.id)}
    assert stored["shop.example"].breach_count == 52_579
    assert stored["forum.example"].breach_count == 0


def test_timeout_is_a_plain_error(hearth, fake_pwned) -> None:
    fake_pwned.delay = 1.0
    with pwned.PwnedPasswords(hearth, timeout=(2.0, 0.2), retries=0) as client:
        with pytest.raises(ServiceError, match="timed out"):
            client.count("password")
    assert hearth.ledger.entries()[0].outcome == "timed out"


def test_failed_batch_does_not_cancel_the_callers_token(hearth, fake_pwned) -> None:
    fake_pwned.mode = "garbage"
    token = CancelToken()
    with pwned.PwnedPasswords(hearth, cancel=token) as client, pytest.raises(ServiceError):
        client.counts([sha1("a"), sha1("b"), sha1("c")])
    assert not token.cancelled


def test_import_goes_on_when_the_breach_services_fail(hearth, fake_pwned) -> None:
    fake_pwned.mode = "garbage"
    member = hearth.members.add("Dan")
    result = passwords.import_csv(
        hearth, member.id, b"name,url,username,password\nA,https://a.example,d,Autumn2019!\n", breach=True
    )
    assert result.imported == 1 and not result.breach_checked
    assert any("Breach check not done" in n for n in result.notes)
    assert any("breached websites could not be updated" in n for n in result.notes)
    assert hearth.accounts.list(member.id)[0].breach_count is None
