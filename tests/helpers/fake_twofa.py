"""A loopback fake of api.2fa.directory (v3/v4 all.json) and passkeys-api.2fa.directory (v1 all.json).

It serves trimmed copies of the REAL directory files (``tests/data/twofa``), with a
strong ETag and Last-Modified, answers ``304`` to a matching If-None-Match / If-Modified-Since,
and can be switched per path into the failure modes the client must survive: empty body,
truncated JSON, an HTML page, a huge body, a 500, and a reply slower than the client's timeout.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.fakeserver import ProtocolFake, Reply, Request

LAST_MODIFIED = "Tue, 04 Aug 2026 10:00:00 GMT"

#: The trimmed copies of the real directories kept in the repository (see its README).
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "twofa"

#: URL path -> file under DATA_DIR
PATHS = {
    "/v4/all.json": "v4-all.json",
    "/v3/all.json": "v3-all.json",
    "/v1/all.json": "passkeys-v1-all.json",
}


def data_dir() -> Path:
    """The folder with the directory fixtures (always present: it is part of the repository)."""
    return DATA_DIR


@lru_cache(maxsize=8)
def _read(path: str) -> bytes:
    return Path(path).read_bytes()


def data_bytes(rel: str) -> bytes:
    return _read(str(DATA_DIR / rel))


def data_json(rel: str) -> Any:
    return json.loads(data_bytes(rel))


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


class FakeTwofaDirectory(ProtocolFake):
    """Serves both directory APIs from one loopback server.

    Attributes:
        server: the FakeServer (``server.requests`` lists what the client sent).
        modes: URL path -> "ok" | "empty" | "truncated" | "html" | "huge" | "gzip_bomb" | "tiny" | "error" | "slow".
        bodies: URL path -> the bytes served in "ok" mode (defaults to the fixture file).
        huge_size: bytes sent in "huge" mode.
        slow_seconds: delay in "slow" mode.
    """

    def __init__(self) -> None:
        super().__init__()
        self.modes: dict[str, str] = {}
        self.bodies: dict[str, bytes] = {path: data_bytes(rel) for path, rel in PATHS.items()}
        self.huge_size = 3 * 1024 * 1024
        self.slow_seconds = 2.0
        for path in PATHS:
            self.server.route("GET", path.replace(".", r"\."), self._handle)
            self.server.route("HEAD", path.replace(".", r"\."), self._handle)

    def point(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Point Hearth's 2FA and passkeys directory URLs at this server."""
        monkeypatch.setenv("HEARTH_2FA_DIRECTORY_URL", self.url)
        monkeypatch.setenv("HEARTH_PASSKEYS_DIRECTORY_URL", self.url)

    def requests_for(self, path: str, method: str = "GET") -> list[Request]:
        return [r for r in self.server.requests if r.path == path and r.method == method]

    def _handle(self, req: Request, _match: Any) -> Reply:
        mode = self.modes.get(req.path, "ok")
        body = self.bodies[req.path]
        if mode == "ok":
            tag = etag_of(body)
            headers = {"Content-Type": "application/json; charset=utf-8", "ETag": tag, "Last-Modified": LAST_MODIFIED}
            if req.header("If-None-Match") == tag or (
                req.header("If-None-Match") is None and req.header("If-Modified-Since") == LAST_MODIFIED
            ):
                return Reply(304, b"", {"ETag": tag, "Last-Modified": LAST_MODIFIED})
            return Reply(200, body, headers)
        if mode == "empty":
            return Reply(200, b"", {"Content-Type": "application/json"})
        if mode == "truncated":
            return Reply(200, body[: len(body) // 2], {"Content-Type": "application/json", "ETag": '"broken"'})
        if mode == "html":
            page = b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>"
            return Reply(200, page, {"Content-Type": "text/html; charset=UTF-8"})
        if mode == "html_as_json":
            page = b"\n  <html><body>Wi-Fi login</body></html>"
            return Reply(200, page, {"Content-Type": "application/json"})
        if mode == "huge":
            return Reply(200, b" " * self.huge_size, {"Content-Type": "application/json"})
        if mode == "gzip_bomb":
            # Small on the wire, huge once unpacked: only counting while reading catches it.
            packed = gzip.compress(b" " * self.huge_size)
            return Reply(200, packed, {"Content-Type": "application/json", "Content-Encoding": "gzip"})
        if mode == "tiny":
            return Reply(200, b'{"example.com":{"methods":["totp"]}}', {"Content-Type": "application/json"})
        if mode == "error":
            return Reply(500, b"Internal Server Error", {"Content-Type": "text/plain"})
        if mode == "slow":
            return Reply(200, body, {"Content-Type": "application/json"}, delay=self.slow_seconds)
        raise AssertionError(f"unknown fake mode {mode!r}")

