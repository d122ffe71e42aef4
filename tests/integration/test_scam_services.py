"""The scam-check service clients over real HTTP on loopback, against fakes that speak each protocol."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from app.core import Hearth
from app.errors import OfflineError, ServiceError
from app.services import feeds, llm, safebrowsing, urlhaus, virustotal
from app.services.safebrowsing import FLAGGED, LISTED, NOT_LISTED, UNKNOWN
from tests.helpers.fake_scam_services import FakeChat, FakeFeeds, FakeSafeBrowsing, FakeURLhaus, FakeVirusTotal

PHISH = "http://paypa1-secure.example/login"
CLEAN = "https://www.example.org/"


@pytest.fixture
def sb(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSafeBrowsing]:
    with FakeSafeBrowsing() as fake:
        monkeypatch.setenv("HEARTH_SAFE_BROWSING_URL", fake.url)
        yield fake


@pytest.fixture
def uh(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeURLhaus]:
    with FakeURLhaus() as fake:
        monkeypatch.setenv("HEARTH_URLHAUS_URL", fake.url)
        yield fake


@pytest.fixture
def vt(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeVirusTotal]:
    with FakeVirusTotal() as fake:
        monkeypatch.setenv("HEARTH_VIRUSTOTAL_URL", fake.url)
        yield fake


@pytest.fixture
def feed(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeFeeds]:
    with FakeFeeds() as fake:
        monkeypatch.setenv("HEARTH_FEEDS_URL", fake.url)
        yield fake


@pytest.fixture
def chat(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeChat]:
    with FakeChat() as fake:
        monkeypatch.setenv("HEARTH_LLM_URL", fake.url)
        monkeypatch.setenv("HEARTH_LLM_MODEL", "test-model")
        yield fake


def _ledger(hearth: Hearth, service: str) -> list[object]:
    return [e for e in hearth.ledger.entries() if e.service == service]


# -- Safe Browsing v4 --------------------------------------------------------------------------


def test_safe_browsing_match_and_no_match(hearth: Hearth, sb: FakeSafeBrowsing) -> None:
    sb.listed[PHISH] = "SOCIAL_ENGINEERING"
    found = safebrowsing.lookup(hearth, [PHISH, CLEAN], key=sb.key)
    assert [(f.url, f.status) for f in found] == [(PHISH, LISTED), (CLEAN, NOT_LISTED)]
    assert "phishing" in found[0].detail
    (req,) = sb.requests
    body = req.json()
    assert body["threatInfo"]["threatEntries"] == [{"url": PHISH}, {"url": CLEAN}]
    assert body["threatInfo"]["threatEntryTypes"] == ["URL"]
    assert "SOCIAL_ENGINEERING" in body["threatInfo"]["threatTypes"]
    entries = _ledger(hearth, "safe_browsing")
    assert len(entries) == 1
    assert sb.key not in entries[0].path  # the key never reaches the ledger
    assert entries[0].purpose


def test_safe_browsing_empty_object_means_no_match(hearth: Hearth, sb: FakeSafeBrowsing) -> None:
    found = safebrowsing.lookup(hearth, [CLEAN], key=sb.key)
    assert found[0].status == NOT_LISTED


def test_safe_browsing_bad_key_is_plain_error(hearth: Hearth, sb: FakeSafeBrowsing) -> None:
    with pytest.raises(ServiceError) as info:
        safebrowsing.lookup(hearth, [CLEAN], key="wrong-key")
    assert "wrong-key" not in str(info.value)
    assert info.value.status == 400


@pytest.mark.parametrize(
    ("mode", "words"),
    [
        ("401", "key"),
        ("403", "key"),
        ("429", "too many requests"),
        ("500", "problems"),
        ("html", "web page"),
        ("truncated", "could not read"),
        ("garbage", "could not read"),
    ],
)
def test_safe_browsing_failures(hearth: Hearth, sb: FakeSafeBrowsing, mode: str, words: str) -> None:
    sb.mode = mode
    with pytest.raises(ServiceError) as info:
        safebrowsing.lookup(hearth, [PHISH], key=sb.key)
    assert words in str(info.value).lower()
    assert sb.key not in str(info.value)
    assert _ledger(hearth, "safe_browsing")


def test_safe_browsing_429_says_when_to_retry(hearth: Hearth, sb: FakeSafeBrowsing) -> None:
    sb.mode, sb.retry_after = "429", "120"
    with pytest.raises(ServiceError) as info:
        safebrowsing.lookup(hearth, [PHISH], key=sb.key)
    assert "121 seconds" in info.value.hint


def test_safe_browsing_timeout(hearth: Hearth, sb: FakeSafeBrowsing, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safebrowsing, "TIMEOUT", (2.0, 0.3))
    sb.mode, sb.delay = "slow", 1.5
    with pytest.raises(ServiceError) as info:
        safebrowsing.lookup(hearth, [PHISH], key=sb.key)
    assert "timed out" in info.value.message
    assert _ledger(hearth, "safe_browsing")[0].outcome == "timed out"


def test_offline_refuses_before_any_request(hearth: Hearth, sb: FakeSafeBrowsing, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    with pytest.raises(OfflineError):
        safebrowsing.lookup(hearth, [PHISH], key=sb.key)
    assert sb.requests == []


# -- URLhaus -----------------------------------------------------------------------------------


def test_urlhaus_listed_and_unknown(hearth: Hearth, uh: FakeURLhaus) -> None:
    uh.listed[PHISH] = "malware_download"
    found = urlhaus.lookup(hearth, [PHISH, CLEAN], key=uh.key)
    assert [f.status for f in found] == [LISTED, UNKNOWN]
    assert found[0].detail.startswith("URLhaus lists this link as malware")
    assert found[0].reference == "https://urlhaus.abuse.ch/url/105821/"
    assert len(uh.requests) == 2
    first = uh.requests[0]
    assert first.header("Auth-Key") == uh.key
    assert first.body.decode() == "url=http%3A%2F%2Fpaypa1-secure.example%2Flogin"  # only the link is sent
    assert len(_ledger(hearth, "urlhaus")) == 2


def test_urlhaus_unknown_auth_key(hearth: Hearth, uh: FakeURLhaus) -> None:
    with pytest.raises(ServiceError) as info:
        urlhaus.lookup(hearth, [PHISH], key="nope")
    assert "key" in info.value.message


@pytest.mark.parametrize("mode", ["401", "429", "500", "html", "truncated", "garbage"])
def test_urlhaus_failures(hearth: Hearth, uh: FakeURLhaus, mode: str) -> None:
    uh.mode = mode
    with pytest.raises(ServiceError) as info:
        urlhaus.lookup(hearth, [PHISH], key=uh.key)
    assert info.value.message
    assert uh.key not in str(info.value)


# -- VirusTotal --------------------------------------------------------------------------------


def test_virustotal_id_matches_protocol_example() -> None:
    assert virustotal.url_id("http://www.example.com/some/path") == "aHR0cDovL3d3dy5leGFtcGxlLmNvbS9zb21lL3BhdGg"


def test_virustotal_listed_flagged_clean_unknown(hearth: Hearth, vt: FakeVirusTotal) -> None:
    vt.stats[PHISH] = {"malicious": 5, "suspicious": 1, "harmless": 60, "undetected": 20}
    vt.stats["http://odd.example/"] = {"malicious": 1, "harmless": 70}
    vt.stats[CLEAN] = {"harmless": 70, "undetected": 10}
    found = virustotal.lookup(hearth, [PHISH, "http://odd.example/", CLEAN, "http://never.example/"], key=vt.key)
    assert [f.status for f in found] == [LISTED, FLAGGED, NOT_LISTED, UNKNOWN]
    assert "5 of 86" in found[0].detail
    assert all(r.header("x-apikey") == vt.key for r in vt.requests)
    assert vt.requests[0].path == "/urls/" + virustotal.url_id(PHISH)
    assert all(vt.key not in e.path for e in _ledger(hearth, "virustotal"))


def test_virustotal_429_with_long_retry_after_is_not_waited_for(hearth: Hearth, vt: FakeVirusTotal) -> None:
    vt.mode, vt.retry_after = "429", "120"
    with pytest.raises(ServiceError) as info:
        virustotal.lookup(hearth, [PHISH], key=vt.key)
    assert info.value.status == 429
    assert len(vt.requests) == 1


def test_virustotal_500_is_retried_then_reported(hearth: Hearth, vt: FakeVirusTotal) -> None:
    vt.mode = "500"
    with pytest.raises(ServiceError) as info:
        virustotal.lookup(hearth, [PHISH], key=vt.key)
    assert "problems" in info.value.message
    assert len(vt.requests) == 3  # GET is retried twice
    assert len(_ledger(hearth, "virustotal")) == 3


@pytest.mark.parametrize("mode", ["401", "403", "html", "truncated", "garbage"])
def test_virustotal_failures(hearth: Hearth, vt: FakeVirusTotal, mode: str) -> None:
    vt.mode = mode
    with pytest.raises(ServiceError):
        virustotal.lookup(hearth, [PHISH], key=vt.key)


def test_virustotal_timeout(hearth: Hearth, vt: FakeVirusTotal, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(virustotal, "TIMEOUT", (2.0, 0.3))
    vt.mode, vt.delay = "slow", 1.0
    with pytest.raises(ServiceError) as info:
        virustotal.lookup(hearth, [PHISH], key=vt.key)
    assert "timed out" in info.value.message


# -- feeds -------------------------------------------------------------------------------------


def test_feeds_download_match_and_conditional_refresh(hearth: Hearth, feed: FakeFeeds) -> None:
    feed.openphish = [PHISH, "https://secure-login.example/verify"]
    feed.urlhaus = ["http://198.51.100.7/drop.exe"]
    statuses = feeds.refresh(hearth, now=1000.0)
    assert [s.outcome for s in statuses] == ["updated", "updated"]
    assert feeds.available(hearth) == {"openphish": 2, "urlhaus_text": 1}
    found = feeds.match(hearth, [PHISH, "http://198.51.100.7/drop.exe", CLEAN])
    assert [f.status for f in found] == [LISTED, LISTED, NOT_LISTED]
    assert "OpenPhish" in found[0].detail and "URLhaus" in found[1].detail
    # the check itself sends nothing: only the two list downloads reached the server
    assert sorted(r.path for r in feed.requests) == ["/downloads/text/", "/feed.txt"]
    assert all(r.query == "" and r.body == b"" for r in feed.requests)
    # not due yet: no request
    assert [s.outcome for s in feeds.refresh(hearth, now=1001.0)] == ["fresh", "fresh"]
    assert len(feed.requests) == 2
    # due: a conditional request, answered 304
    statuses = feeds.refresh(hearth, now=1000.0 + feeds.MAX_AGE_SECONDS + 1)
    assert [s.outcome for s in statuses] == ["unchanged", "unchanged"]
    assert feed.requests[-1].header("If-None-Match") == '"v1"'
    assert len(_ledger(hearth, "feeds")) == 4


@pytest.mark.parametrize("bad", [b"", b"   \n", b"<!DOCTYPE html><html><body>Login</body></html>", b"hello world\nthis is not a feed\n"])
def test_feeds_keep_previous_copy_when_download_is_malformed(hearth: Hearth, feed: FakeFeeds, bad: bytes) -> None:
    feed.openphish = [PHISH]
    feed.urlhaus = ["http://198.51.100.7/drop.exe"]
    feeds.refresh(hearth, now=1000.0)
    feed.body_override = bad
    statuses = feeds.refresh(hearth, force=True, now=2000.0)
    assert [s.outcome for s in statuses] == ["kept", "kept"]
    assert all(s.message for s in statuses)
    assert feeds.match(hearth, [PHISH])[0].status == LISTED


@pytest.mark.parametrize("mode", ["500", "html", "401"])
def test_feeds_failure_without_copy_is_missing_not_crash(hearth: Hearth, feed: FakeFeeds, mode: str) -> None:
    feed.mode = mode
    statuses = feeds.refresh(hearth, now=1000.0)
    assert [s.outcome for s in statuses] == ["missing", "missing"]
    assert feeds.match(hearth, [PHISH]) == []


def test_feeds_parse_rejects_html_and_accepts_comments() -> None:
    assert feeds.parse_feed(b"# banner\nhttp://a.example/x\nhttps://b.example/\n") == ["http://a.example/x", "https://b.example/"]
    assert feeds.parse_feed(b"<html>") is None
    assert feeds.parse_feed(b"") is None


# -- OpenAI-compatible chat --------------------------------------------------------------------


def test_llm_request_shape_and_verdict(hearth: Hearth, chat: FakeChat) -> None:
    verdict = llm.ask(hearth, "Message: pay the toll now http://toll.example", model="test-model")
    assert verdict.verdict == "scam" and verdict.confidence == pytest.approx(0.93)
    assert verdict.reasons == ("Urgent payment request",)
    (body,) = chat.bodies()
    assert body["model"] == "test-model"
    assert body["temperature"] == 0
    fmt = body["response_format"]
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["name"] == "scam_verdict"
    assert fmt["json_schema"]["schema"]["required"] == ["verdict", "confidence", "reasons", "red_flags"]
    assert body["messages"][0]["role"] == "system"
    assert "Authorization" not in chat.requests[0].headers  # no key stored, none sent
    assert len(_ledger(hearth, "llm")) == 1


def test_llm_sends_key_as_bearer(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeChat(key="sk-test") as fake:
        monkeypatch.setenv("HEARTH_LLM_URL", fake.url + "/v1")
        assert llm.ask(hearth, "hello", model="m", key="sk-test").verdict == "scam"
        with pytest.raises(ServiceError) as info:
            llm.ask(hearth, "hello", model="m", key="sk-bad-9f3k")
        assert info.value.status == 401 and "sk-bad" not in str(info.value)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("this is not json", "expected form"),
        ('{"verdict": "maybe", "confidence": 1}', "expected form"),
        ('{"verdict": "scam", "confid', "expected form"),
        ("", "empty"),
    ],
)
def test_llm_bad_content(hearth: Hearth, chat: FakeChat, content: str, words: str) -> None:
    chat.content = content
    with pytest.raises(ServiceError) as info:
        llm.ask(hearth, "hi", model="m")
    assert words in info.value.message


def test_llm_fenced_json_and_odd_confidence_are_tolerated(hearth: Hearth, chat: FakeChat) -> None:
    chat.content = '```json\n{"verdict": "suspicious", "confidence": 87, "reasons": ["x", 5], "red_flags": null}\n```'
    v = llm.ask(hearth, "hi", model="m")
    assert (v.verdict, v.confidence, v.reasons, v.red_flags) == ("suspicious", 0.87, ("x",), ())


def test_llm_refusal_and_cut_off(hearth: Hearth, chat: FakeChat) -> None:
    chat.refusal = "I can't help with that."
    with pytest.raises(ServiceError, match="declined"):
        llm.ask(hearth, "hi", model="m")
    chat.refusal = None
    chat.finish_reason = "length"
    with pytest.raises(ServiceError, match="cut off"):
        llm.ask(hearth, "hi", model="m")


def test_llm_falls_back_to_json_object(hearth: Hearth, chat: FakeChat) -> None:
    chat.reject_json_schema = True
    assert llm.ask(hearth, "hi", model="m").verdict == "scam"
    kinds = [b["response_format"]["type"] for b in chat.bodies()]
    assert kinds == ["json_schema", "json_object"]


@pytest.mark.parametrize("mode", ["429", "500", "html", "truncated"])
def test_llm_failures(hearth: Hearth, chat: FakeChat, mode: str) -> None:
    chat.mode = mode
    with pytest.raises(ServiceError):
        llm.ask(hearth, "hi", model="m")
    assert _ledger(hearth, "llm")


def test_llm_timeout(hearth: Hearth, chat: FakeChat, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(llm, "TIMEOUT", (2.0, 0.3))
    chat.mode, chat.delay = "slow", 1.0
    with pytest.raises(ServiceError, match="timed out"):
        llm.ask(hearth, "hi", model="m")


def test_llm_needs_address_and_model(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_LLM_URL", "")
    with pytest.raises(ServiceError, match="address"):
        llm.ask(hearth, "hi", model="m")


def test_llm_message_is_redacted_before_sending(hearth: Hearth, chat: FakeChat) -> None:
    from checks.redact import redact

    original = "Hi Margaret, this is your bank. Call 020 7946 0958 or write to margaret.jones@example.co.uk, card 4111 1111 1111 1111"
    red = redact(original, names=["Margaret Jones"], region="GB")
    llm.ask(hearth, llm.build_user_message(red.text, ["http://bank-verify.example/x"], ["bank_impersonation"]), model="m")
    sent = json.dumps(chat.bodies()[0])
    for secret in ("Margaret", "margaret.jones", "7946", "4111"):
        assert secret not in sent
    assert "http://bank-verify.example/x" in sent


# -- the whole check (app.scam) against the fakes ------------------------------------------------

SCAM_MSG = (
    "Hi Margaret, your account is locked. Verify at http://paypa1-secure.example/login today "
    "or call 020 7946 0958. Reply to margaret.jones@example.co.uk with card 4111 1111 1111 1111"
)


def test_check_combines_service_listing_into_scam(hearth: Hearth, uh: FakeURLhaus, sb: FakeSafeBrowsing) -> None:
    from app import scam

    hearth.members.add("Margaret Jones", "senior")
    hearth.secrets.set("urlhaus", uh.key)
    # Safe Browsing is turned on but fails (500): it must not block anything.
    hearth.secrets.set("safe_browsing", sb.key)
    sb.mode = "500"
    for name in ("safe_browsing", "urlhaus"):
        scam.set_service_enabled(hearth, name, True)
    uh.listed[PHISH] = "malware_download"
    calm = "Lunch tomorrow? Menu is at " + PHISH
    progress: list[tuple[int, int, str]] = []
    result = scam.check(hearth, calm, progress=lambda d, t, s: progress.append((d, t, s)))
    assert result.verdict == "scam" and result.score >= 90
    by = {s["service"]: s for s in result.sources}
    assert by["urlhaus"]["status"] == "listed"
    assert by["urlhaus"]["message"].startswith("URLhaus lists this link as malware")
    assert by["safe_browsing"]["status"] == "failed" and "problems" in by["safe_browsing"]["message"]
    listed = [r for r in result.reasons if r.source == "urlhaus"]
    assert listed and result.text[listed[0].start : listed[0].end] == PHISH
    assert any("7726" in a or "FTC" in a or "report" in a.lower() for a in result.advice)
    assert progress[-1][0] == progress[-1][1]
    # only the link was sent to URLhaus
    assert uh.requests[0].body.decode() == "url=http%3A%2F%2Fpaypa1-secure.example%2Flogin"
    services = {e.service for e in hearth.ledger.entries()}
    assert services == {"safe_browsing", "urlhaus"}
    stored = scam.history(hearth)[0]
    assert stored.verdict == "scam" and any(s["status"] == "listed" for s in stored.sources)


def test_check_sends_only_redacted_text_to_the_model(hearth: Hearth, chat: FakeChat) -> None:
    from app import scam

    hearth.members.add("Margaret Jones", "senior")
    scam.set_service_enabled(hearth, "llm", True)
    result = scam.check(hearth, SCAM_MSG, region="GB")
    (body,) = chat.bodies()
    sent = json.dumps(body)
    for personal in ("Margaret", "margaret.jones", "7946", "4111", "Jones"):
        assert personal not in sent
    assert "paypa1-secure.example" in sent and "[name]" in sent and "[card number]" in sent
    (source,) = result.sources
    assert source["service"] == "llm" and source["status"] == "scam" and source["model"] == "test-model"
    assert result.verdict in ("scam", "suspicious")


def test_model_opinion_raises_no_flags_to_be_careful_but_never_lowers(hearth: Hearth, chat: FakeChat) -> None:
    from app import scam

    scam.set_service_enabled(hearth, "llm", True)
    result = scam.check(hearth, "Hello, is this still your number? I'd love to chat.")
    if result.local_verdict == "likely_safe":
        assert result.verdict == "suspicious"
        assert any(r.code == "service_llm_opinion" for r in result.reasons)
    chat.content = json.dumps({"verdict": "likely_safe", "confidence": 1.0, "reasons": [], "red_flags": []})
    scammy = scam.check(hearth, SCAM_MSG)
    assert scammy.verdict == scammy.local_verdict  # a calm model never lowers the local verdict


def test_model_garbage_keeps_local_verdict(hearth: Hearth, chat: FakeChat) -> None:
    from app import scam

    scam.set_service_enabled(hearth, "llm", True)
    chat.content = "I think it's a scam!!!"
    result = scam.check(hearth, SCAM_MSG)
    assert result.verdict == result.local_verdict
    assert result.sources[0]["status"] == "failed"


def test_check_with_feeds_matches_locally(hearth: Hearth, feed: FakeFeeds) -> None:
    from app import scam

    feed.openphish = [PHISH]
    scam.set_service_enabled(hearth, "feeds", True)
    result = scam.check(hearth, "Lunch menu: " + PHISH)
    assert result.verdict == "scam"
    assert result.sources[0]["status"] == "listed"
    assert all(PHISH not in (r.path + r.query) for r in feed.requests)  # the link never left the computer


def test_cancel_stops_before_services(hearth: Hearth, uh: FakeURLhaus) -> None:
    from app import scam
    from checks.base import Cancelled, CancelToken

    hearth.secrets.set("urlhaus", uh.key)
    scam.set_service_enabled(hearth, "urlhaus", True)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        scam.check(hearth, SCAM_MSG, cancel=token)
    assert uh.requests == []
    assert scam.history(hearth) == []  # a stopped check is not kept
