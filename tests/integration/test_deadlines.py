"""Issue 15 item 2: a total deadline on every request, body caps, cancel mid-read (loopback fakes).

The deadline is lowered for the tests with HEARTH_HTTP_DEADLINE, so no test waits long. The message
"took too long" comes only from the total deadline (a per-read time-out says "timed out"), so each
test shows that the deadline, not a socket time-out, ended the call.
"""

from __future__ import annotations

import socket
import threading
import time

import pytest

from app.core import Hearth
from app.errors import ServiceError
from app.services import hibp, llm, pwned
from checks.base import Cancelled
from tests.helpers.fakeserver import FakeServer, Reply


class Trickle:
    """A raw loopback server: answers headers, then one byte every ``gap`` seconds (or nothing)."""

    def __init__(self, *, head: bytes, gap: float | None = 0.1, before_headers: bool = False) -> None:
        self.head = head
        self.gap = gap
        self.before_headers = before_headers
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.stop = threading.Event()
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn: socket.socket) -> None:
        try:
            conn.recv(65536)
            if not self.before_headers:
                conn.sendall(self.head)
            while not self.stop.is_set():
                if self.gap is None:
                    time.sleep(0.05)
                    continue
                time.sleep(self.gap)
                conn.sendall(b"H" if self.before_headers else b"a")
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


BIG = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000000\r\n\r\n"  # under every cap
HUGE = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000000\r\n\r\n"
CHUNKED = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"


@pytest.fixture
def short_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_HTTP_DEADLINE", "1")


@pytest.mark.parametrize(
    "head,gap,before",
    [(BIG, 0.1, False), (BIG, None, False), (CHUNKED, 0.1, False), (b"", 0.1, True)],
    ids=["trickle-1MB", "silent-after-headers", "chunked-trickle", "trickled-headers"],
)
def test_pwned_range_ends_at_the_deadline(
    hearth: Hearth, short_deadline: None, monkeypatch: pytest.MonkeyPatch, head: bytes, gap: float | None, before: bool
) -> None:
    server = Trickle(head=head, gap=gap, before_headers=before)
    try:
        monkeypatch.setenv("HEARTH_PWNED_PASSWORDS_URL", server.url)
        with pytest.raises(ServiceError) as info:
            pwned.PwnedPasswords(hearth, timeout=(5.0, 20.0)).count("password")
        assert "took too long" in info.value.message
        assert "Traceback" not in info.value.message
        assert hearth.ledger.entries()[0].outcome == "took too long"
    finally:
        server.close()


def test_hibp_and_llm_end_at_the_deadline(hearth: Hearth, short_deadline: None, monkeypatch: pytest.MonkeyPatch) -> None:
    server = Trickle(head=CHUNKED, gap=0.1)
    try:
        monkeypatch.setenv("HEARTH_HIBP_URL", server.url)
        monkeypatch.setenv("HEARTH_LLM_URL", server.url)
        with pytest.raises(ServiceError, match="took too long"):
            hibp.breach_catalogue(hearth)
        with pytest.raises(ServiceError, match="took too long"):
            llm.ask(hearth, "hello", model="m")
    finally:
        server.close()


def test_silent_server_is_not_retried_past_the_deadline(hearth: Hearth, short_deadline: None) -> None:
    server = Trickle(head=b"", gap=None, before_headers=True)
    try:
        session = hearth.session("twofa_directory", timeout=(5.0, 0.3), retries=5, backoff=0.01)
        with pytest.raises(ServiceError) as info:
            session.get(f"{server.url}/x")
        assert "took too long" in info.value.message
        assert server.connections <= 4  # a few 0.3 s attempts fit in 1 s, not all six
    finally:
        server.close()


def test_cancel_works_in_the_middle_of_a_read(hearth: Hearth) -> None:
    server = Trickle(head=BIG, gap=None)
    try:
        session = hearth.session("hibp", timeout=(5.0, 20.0))
        threading.Timer(0.3, session.cancel.cancel).start()
        with pytest.raises(Cancelled):
            session.get(f"{server.url}/x")
    finally:
        server.close()


def test_body_caps(hearth: Hearth) -> None:
    with FakeServer() as s:
        s.route("GET", "/big", Reply.text("x" * (3 * 1024 * 1024)))
        with pytest.raises(ServiceError, match="far more than expected"):
            hearth.session("pwned_passwords").get(f"{s.url}/big")
        r = hearth.session("hibp").get(f"{s.url}/big")  # the 8 MB default lets it through
        assert len(r.content) == 3 * 1024 * 1024
        with pytest.raises(ServiceError, match="far more than expected"):
            hearth.session("hibp", max_bytes=1000).get(f"{s.url}/big")


def test_declared_length_over_the_cap_is_refused_without_reading(hearth: Hearth) -> None:
    server = Trickle(head=HUGE, gap=0.1)
    try:
        with pytest.raises(ServiceError, match="far more than expected"):
            hearth.session("pwned_passwords").get(f"{server.url}/range/5BAA6")
    finally:
        server.close()


def test_pwned_401_does_not_talk_about_a_key(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeServer() as s:
        s.route("GET", "/range/.*", Reply.text("no", 401))
        monkeypatch.setenv("HEARTH_PWNED_PASSWORDS_URL", s.url)
        with pytest.raises(ServiceError) as info:
            pwned.PwnedPasswords(hearth).count("password")
    text = (info.value.message + " " + str(info.value.hint)).lower()
    assert "refused" in text and "key" not in text
