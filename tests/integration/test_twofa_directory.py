"""The 2FA / Passkeys directory client over real HTTP on loopback, against a fake serving the real data."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import practice_totp, twofa
from app.cli import main as cli_main
from app.core import Hearth
from app.errors import OfflineError, ServiceError
from app.services import twofa_directory as D
from checks.base import CancelToken, Cancelled
from tests.helpers.fake_twofa import FakeTwofaDirectory, data_bytes, data_dir


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTwofaDirectory]:
    with FakeTwofaDirectory() as server:
        server.point(monkeypatch)
        yield server


@pytest.fixture(autouse=True)
def _fast_sessions(monkeypatch: pytest.MonkeyPatch) -> None:
    # Short timeouts and quick back-off so failure modes finish fast (no timing is asserted).
    monkeypatch.setattr(D, "SESSION_OPTIONS", {"timeout": (2.0, 0.5), "backoff": 0.01})


def _cache_file(hearth: Hearth, key: str) -> Path:
    return Path(hearth.paths.cache) / "twofa" / D.FILES_BY_KEY[key].cache_name


def _later(days: int) -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=days)


def test_first_download_caches_all_three_files_and_records_the_ledger(hearth: Hearth, fake: FakeTwofaDirectory) -> None:
    status = twofa.ensure_directory(hearth)
    assert status.available and status.source == "cache" and status.updated
    for key, rel in (("v4", "v4-all.json"), ("v3", "v3-all.json"), ("passkeys", "passkeys-v1-all.json")):
        assert _cache_file(hearth, key).read_bytes() == data_bytes(rel)
    entries = hearth.ledger.entries()
    paths = sorted((e.service, e.method, e.path, e.status) for e in entries)
    assert paths == [
        ("passkeys_directory", "GET", "/v1/all.json", 200),
        ("twofa_directory", "GET", "/v3/all.json", 200),
        ("twofa_directory", "GET", "/v4/all.json", 200),
    ]
    assert all(e.purpose and "download" in e.purpose for e in entries)
    # The looked-up site never travels: nothing but the three files was requested.
    assert {r.path for r in fake.server.requests} == {"/v4/all.json", "/v3/all.json", "/v1/all.json"}


@pytest.mark.parametrize(
    ("site", "matched", "name", "methods", "recommended", "passkeys"),
    [
        ("github.com", True, "GitHub", ["sms", "totp", "custom-software", "u2f"], "passkey", ("allowed", "allowed")),
        ("mail.google.com", True, "Gmail", ["sms", "call", "totp", "custom-software", "u2f"], "passkey", ("allowed", "allowed")),
        ("gmail.com", True, "Gmail", ["sms", "call", "totp", "custom-software", "u2f"], "passkey", ("allowed", "allowed")),
        ("amazon.co.uk", True, "Amazon", ["sms", "call", "totp"], "passkey", (None, "allowed")),
        ("facebook.com", True, "Facebook", ["sms", "totp", "u2f"], "passkey", ("allowed", "allowed")),
        ("2k.com", True, "2K Games", [], None, None),
        ("no-such-site-hearth.example", False, None, [], None, None),
    ],
)
def test_lookups_behave_as_the_data_says(
    hearth: Hearth, fake: FakeTwofaDirectory, site: str, matched: bool, name: str | None, methods: list[str],
    recommended: str | None, passkeys: tuple[str | None, str | None] | None,
) -> None:
    v4 = json.loads(data_bytes("v4-all.json"))
    result = twofa.lookup(hearth, site).to_dict()
    assert result["matched"] is matched
    assert result["name"] == name
    assert result["methods"] == methods
    if matched:
        assert result["methods"] == v4[site].get("methods", [])
        assert result["documentation"] == v4[site].get("documentation")
        assert result["recovery"] == v4[site].get("recovery")
        assert result["notes"] == v4[site].get("notes")
    assert result["recommended"] == recommended
    if passkeys is None:
        assert result["passkeys"] is None
    else:
        assert (result["passkeys"]["mfa"], result["passkeys"]["passwordless"]) == passkeys
    assert set(result) >= {"domain", "matched", "name", "methods", "recommended", "documentation", "recovery", "notes", "passkeys"}
    if not matched:
        assert result["advice"], "unknown sites get generic guidance"


def test_weekly_refresh_uses_conditional_requests_and_304_keeps_the_cache(hearth: Hearth, fake: FakeTwofaDirectory) -> None:
    twofa.ensure_directory(hearth)
    before = _cache_file(hearth, "v4").read_bytes()
    # Within a week: no request at all.
    status = D.ensure_directory(hearth, now=_later(3))
    assert {o.status for o in status.outcomes} == {"fresh"}
    assert len(fake.requests_for("/v4/all.json")) == 1
    # After a week: a conditional request, answered 304.
    status = D.ensure_directory(hearth, now=_later(8))
    assert {o.status for o in status.outcomes} == {"not_modified"}
    second = fake.requests_for("/v4/all.json")[-1]
    assert second.header("If-None-Match") and second.header("If-Modified-Since")
    assert _cache_file(hearth, "v4").read_bytes() == before
    assert [e.status for e in hearth.ledger.entries() if e.path == "/v4/all.json"] == [304, 200]
    # 304 moved the check date on: three days later nothing is requested.
    D.ensure_directory(hearth, now=_later(11))
    assert len(fake.requests_for("/v4/all.json")) == 2


def test_changed_directory_replaces_the_cache(hearth: Hearth, fake: FakeTwofaDirectory) -> None:
    twofa.ensure_directory(hearth)
    data = json.loads(fake.bodies["/v4/all.json"])
    data["hearth-test-new-site.example"] = {"methods": ["totp"]}
    fake.bodies["/v4/all.json"] = json.dumps(data).encode()
    status = D.ensure_directory(hearth, now=_later(8))
    assert next(o for o in status.outcomes if o.key == "v4").status == "updated"
    assert twofa.lookup(hearth, "hearth-test-new-site.example").recommended == "totp"


@pytest.mark.parametrize(
    ("mode", "words"),
    [
        ("empty", "empty"),
        ("truncated", "incomplete or damaged"),
        ("html", "web page came back"),
        ("html_as_json", "web page came back"),
        ("huge", "far too big"),
        ("gzip_bomb", "far too big (over"),  # counted while reading, not from Content-Length
        ("tiny", "far fewer sites"),
        ("error", "having problems"),
        ("slow", "could not be reached"),
    ],
)
def test_a_bad_download_keeps_the_previous_cache(
    hearth: Hearth, fake: FakeTwofaDirectory, monkeypatch: pytest.MonkeyPatch, mode: str, words: str
) -> None:
    twofa.ensure_directory(hearth)
    before = _cache_file(hearth, "v4").read_bytes()
    monkeypatch.setattr(D, "MAX_BYTES", 2 * 1024 * 1024)
    fake.modes["/v4/all.json"] = mode
    status = D.ensure_directory(hearth, force=True)
    outcome = next(o for o in status.outcomes if o.key == "v4")
    assert outcome.status == "kept"
    assert words in outcome.message and "keeps using its copy" in outcome.message
    assert _cache_file(hearth, "v4").read_bytes() == before
    # The other files were refreshed normally, and look-ups still work from the kept copy.
    assert twofa.lookup(hearth, "github.com", download=False).matched
    v4_requests = [e for e in hearth.ledger.entries() if e.path == "/v4/all.json"]
    assert len(v4_requests) >= 2
    if mode == "error":
        assert [e.status for e in v4_requests][:3] == [500, 500, 500]  # retried, then gave up
    if mode == "slow":
        assert v4_requests[0].status is None and v4_requests[0].outcome == "timed out"


def test_cancel_stops_before_any_request(hearth: Hearth, fake: FakeTwofaDirectory) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        twofa.ensure_directory(hearth, cancel=token)
    assert fake.server.requests == [] and not _cache_file(hearth, "v4").exists()


def test_progress_is_reported_per_file(hearth: Hearth, fake: FakeTwofaDirectory) -> None:
    seen: list[tuple[int, int, str]] = []
    twofa.ensure_directory(hearth, progress=lambda done, total, text: seen.append((done, total, text)))
    assert [(d, t) for d, t, _ in seen] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert all(text for _, _, text in seen)


def test_bad_first_download_is_a_plain_error(hearth: Hearth, fake: FakeTwofaDirectory) -> None:
    fake.modes["/v4/all.json"] = "truncated"
    with pytest.raises(ServiceError) as info:
        twofa.ensure_directory(hearth)
    assert "incomplete or damaged" in info.value.message
    assert not _cache_file(hearth, "v4").exists()


def test_optional_files_failing_still_allow_lookups(hearth: Hearth, fake: FakeTwofaDirectory) -> None:
    fake.modes["/v3/all.json"] = "html"
    fake.modes["/v1/all.json"] = "error"
    status = twofa.ensure_directory(hearth)
    assert status.available
    assert len(status.messages) == 2
    result = twofa.lookup(hearth, "github.com")
    assert result.matched and result.name is None and result.passkeys is None
    assert result.recommended == "u2f"  # strongest in the 2FA Directory alone


def test_offline_uses_the_cache_and_makes_no_request(hearth: Hearth, fake: FakeTwofaDirectory, monkeypatch: pytest.MonkeyPatch) -> None:
    twofa.ensure_directory(hearth)
    count = len(fake.server.requests)
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    status = D.ensure_directory(hearth, force=True)
    assert status.available and {o.status for o in status.outcomes} == {"offline"}
    assert twofa.lookup(hearth, "https://www.facebook.com/login").matched_domain == "facebook.com"
    assert len(fake.server.requests) == count


def test_offline_without_a_cache_says_so(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    with pytest.raises(OfflineError):
        twofa.lookup(hearth, "github.com")


def test_snapshot_is_used_when_there_is_no_cache(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(D.ENV_SNAPSHOT, str(data_dir()))
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    assert twofa.directory_status(hearth).source == "snapshot"
    result = twofa.lookup(hearth, "github.com")
    assert result.name == "GitHub" and result.passkeys is not None


def test_damaged_cache_file_is_ignored_and_redownloaded(hearth: Hearth, fake: FakeTwofaDirectory) -> None:
    twofa.ensure_directory(hearth)
    _cache_file(hearth, "v4").write_bytes(b'{"github.com": {"meth')
    assert twofa.load_index(hearth) is None
    twofa.ensure_directory(hearth)
    assert twofa.lookup(hearth, "github.com").matched


def test_clock_check_reads_the_server_date(hearth: Hearth, fake: FakeTwofaDirectory) -> None:
    report = practice_totp.check_clock(hearth, clock=lambda: time.time() + 600)
    assert report.checked and report.offset_seconds is not None
    assert 590 <= report.offset_seconds <= 610
    assert "ahead" in report.message and "10 minutes" in report.message
    heads = [e for e in hearth.ledger.entries() if e.method == "HEAD"]
    assert heads and heads[0].service == "twofa_directory" and "clock" in heads[0].purpose
    right = practice_totp.check_clock(hearth)
    assert right.checked and not right.drift_is_a_problem and "right" in right.message


def test_clock_check_offline_explains_generically(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    report = practice_totp.check_clock(hearth)
    assert not report.checked and "Set time automatically" in report.message
    assert hearth.ledger.entries() == []


def test_cli_lookup_json(hearth: Hearth, fake: FakeTwofaDirectory, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["twofa", "lookup", "https://WWW.GitHub.com./settings", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["domain"] == "github.com" and out["matched"] and out["name"] == "GitHub"
    assert out["recommended"] == "passkey" and out["passkeys"]["passwordless"] == "allowed"
    # The cache now exists, so offline look-ups work too.
    assert cli_main(["twofa", "lookup", "amazon.co.uk", "--offline"]) == 0
    text = capsys.readouterr().out
    assert "Amazon" in text and "2FA Directory by 2factorauth" in text


def test_cli_lookup_bad_input_and_unknown(hearth: Hearth, fake: FakeTwofaDirectory, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["twofa", "lookup", "not a site"]) == 2
    assert "website" in capsys.readouterr().err
    assert cli_main(["twofa", "lookup", "unknown-to-the-directory.example", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["matched"] is False and out["methods"] == [] and out["passkeys"] is None and out["advice"]
