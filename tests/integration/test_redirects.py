"""Issue 15 item 1: the shared session never follows a redirect to another origin (loopback fakes)."""

from __future__ import annotations

import pytest

from app.core import Hearth
from app.errors import ServiceError
from app.services import hibp, llm, pwned
from tests.helpers.fakeserver import FakeServer, Reply

KEY = "0123456789abcdef0123456789abcdef"


@pytest.fixture
def origin() -> FakeServer:
    with FakeServer() as s:
        yield s


@pytest.fixture
def other() -> FakeServer:
    with FakeServer() as s:
        s.route("GET", "/.*", Reply.text("stolen"))
        s.route("POST", "/.*", Reply.json({"stolen": True}))
        yield s


def _moved(status: int, to: str) -> Reply:
    return Reply(status, b"", {"Location": to})


def test_hibp_redirect_to_other_host_never_gets_the_key(
    hearth: Hearth, origin: FakeServer, other: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEARTH_HIBP_URL", origin.url)
    hearth.secrets.set("hibp", KEY)
    hearth.settings.set(hibp.HIBP_RATE, 10_000)
    # the same port, another host name: a different origin
    other_url = other.url.replace("127.0.0.1", "localhost")
    origin.route("GET", "/breachedaccount/.*", _moved(302, f"{other_url}/steal"))
    with pytest.raises(ServiceError) as info:
        hibp.breached_account(hearth, "alice@example.com")
    assert "did not follow" in info.value.message and "localhost" in info.value.message
    assert other.requests == []
    assert len(origin.requests) == 1
    (entry,) = hearth.ledger.entries()
    assert entry.status == 302 and "refused" in entry.outcome


def test_pwned_range_redirect_to_other_port_is_refused(
    hearth: Hearth, origin: FakeServer, other: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEARTH_PWNED_PASSWORDS_URL", origin.url)
    origin.route("GET", "/range/.*", _moved(301, f"{other.url}/range/5BAA6"))
    with pytest.raises(ServiceError, match="did not follow"):
        pwned.PwnedPasswords(hearth).count("password")
    assert other.requests == []


def test_llm_307_does_not_resend_the_body_elsewhere(
    hearth: Hearth, origin: FakeServer, other: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEARTH_LLM_URL", origin.url)
    origin.route("POST", "/v1/chat/completions", _moved(307, f"{other.url}/v1/chat/completions"))
    with pytest.raises(ServiceError, match="did not follow"):
        llm.ask(hearth, "the secret message", model="m", key="sk-test")
    assert other.requests == []
    assert len(origin.requests) == 1  # no retry of a POST, and no hop


def test_https_to_http_is_a_different_origin(hearth: Hearth, origin: FakeServer) -> None:
    from app.services.http import _origin

    assert _origin("https://example.com/a") != _origin("http://example.com/a")
    assert _origin("https://example.com/a") == _origin("https://EXAMPLE.com:443/b")
    # a server that says "go to http://" from https is refused before any connection: the origin differs
    origin.route("GET", "/x", _moved(302, "http://127.0.0.1:9/x"))
    with pytest.raises(ServiceError, match="did not follow"):
        hearth.session("hibp").get(f"{origin.url}/x")


def test_same_origin_redirect_is_followed_and_every_hop_is_in_the_ledger(hearth: Hearth, origin: FakeServer) -> None:
    origin.route("GET", "/a", _moved(301, "/b"))
    origin.route("GET", "/b", _moved(302, f"{origin.url}/c"))
    origin.route("GET", "/c", Reply.text("here"))
    r = hearth.session("hibp").get(f"{origin.url}/a", headers={"hibp-api-key": KEY}, purpose="test")
    assert r.text == "here"
    assert [q.path for q in origin.requests] == ["/a", "/b", "/c"]
    paths = [(e.path, e.status) for e in reversed(hearth.ledger.entries())]
    assert paths == [("/a", 301), ("/b", 302), ("/c", 200)]


def test_redirect_loop_stops(hearth: Hearth, origin: FakeServer) -> None:
    origin.route("GET", "/loop", _moved(302, "/loop"))
    with pytest.raises(ServiceError, match="too many times"):
        hearth.session("hibp").get(f"{origin.url}/loop")
    assert len(origin.requests) == 6
