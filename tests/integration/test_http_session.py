"""The shared HTTP session against a real server on loopback."""

from __future__ import annotations

import threading
import time

import pytest

from app.core import Hearth
from app.errors import OfflineError, ServiceError
from app.services.http import describe_refusal, parse_retry_after
from checks.base import Cancelled
from tests.helpers.fakeserver import FakeServer, Reply


@pytest.fixture
def server() -> FakeServer:
    with FakeServer() as s:
        yield s


def test_minimal_user_agent_timeout_and_ledger(hearth: Hearth, server: FakeServer) -> None:
    server.route("GET", "/range/5BAA6", Reply.text("1E4C9B93F3F0682250B6CF8331B7EE68FD8:10\r\n"))
    session = hearth.session("pwned_passwords")
    r = session.get(f"{server.url}/range/5BAA6?key=SECRET", purpose="check a password by k-anonymity")
    assert r.status_code == 200
    (req,) = server.requests
    assert req.header("User-Agent") == "Hearth"
    assert req.header("Cookie") is None
    (entry,) = hearth.ledger.entries()
    assert entry.host.startswith("127.0.0.1:") and entry.path == "/range/5BAA6?key=…"
    assert entry.purpose == "check a password by k-anonymity" and entry.status == 200
    assert "SECRET" not in repr(hearth.ledger.entries())


def test_retries_5xx_then_succeeds(hearth: Hearth, server: FakeServer) -> None:
    server.route("GET", "/x", [Reply.text("down", 503), Reply.text("down", 502), Reply.text("ok")])
    session = hearth.session("hibp", backoff=0.01)
    assert session.get(f"{server.url}/x").text == "ok"
    assert len(server.requests) == 3
    assert [e.status for e in reversed(hearth.ledger.entries())] == [503, 502, 200]


def test_honours_retry_after(hearth: Hearth, server: FakeServer) -> None:
    server.route("GET", "/x", [Reply.text("slow down", 429, **{"Retry-After": "1"}), Reply.text("ok")])
    session = hearth.session("hibp", backoff=0.01)
    start = time.monotonic()
    assert session.get(f"{server.url}/x").text == "ok"
    assert time.monotonic() - start >= 0.9  # waited as told, not the 10 ms back-off


def test_long_retry_after_is_returned_to_the_caller(hearth: Hearth, server: FakeServer) -> None:
    server.route("GET", "/x", Reply.text("slow down", 429, **{"Retry-After": "3600"}))
    r = hearth.session("hibp").get(f"{server.url}/x")
    assert r.status_code == 429 and len(server.requests) == 1
    err = describe_refusal("hibp", r)
    assert err.status == 429 and "3,601 seconds" in err.hint


def test_post_is_not_retried(hearth: Hearth, server: FakeServer) -> None:
    server.route("POST", "/x", Reply.text("down", 503))
    assert hearth.session("urlhaus", backoff=0.01).post(f"{server.url}/x", data={"url": "u"}).status_code == 503
    assert len(server.requests) == 1


def test_timeout_becomes_a_plain_error(hearth: Hearth, server: FakeServer) -> None:
    server.route("GET", "/slow", Reply(200, b"late", delay=1.0))
    session = hearth.session("twofa_directory", timeout=(1.0, 0.2), retries=1, backoff=0.01)
    with pytest.raises(ServiceError) as info:
        session.get(f"{server.url}/slow")
    assert "timed out" in info.value.message and "2FA Directory" in info.value.message
    assert [e.outcome for e in hearth.ledger.entries()] == ["timed out", "timed out"]


def test_offline_refuses_before_anything_is_sent(hearth: Hearth, server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    with pytest.raises(OfflineError):
        hearth.session("hibp").get(f"{server.url}/x")
    assert server.requests == [] and hearth.ledger.entries() == []


def test_cancel_stops_back_off(hearth: Hearth, server: FakeServer) -> None:
    server.route("GET", "/x", Reply.text("slow", 429, **{"Retry-After": "20"}))
    session = hearth.session("hibp")
    threading.Timer(0.3, session.cancel.cancel).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        session.get(f"{server.url}/x")
    assert time.monotonic() - start < 5


def test_unreachable_service(hearth: Hearth) -> None:
    with pytest.raises(ServiceError, match="could not be reached"):
        hearth.session("hibp", retries=0).get("http://127.0.0.1:9/x")


def test_retry_after_parsing() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("garbage") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == pytest.approx(10.0)
