"""Loopback fakes of the scam-check services, speaking the protocols in PROTOCOLS.md §3 and §4.

Each fake wraps a ``FakeServer`` (``.server.requests`` holds what the client sent) and has:
- ``listed``: what it knows to be dangerous;
- ``mode``: None for normal answers, or one of the failure modes
  "401", "403", "429" (with ``retry_after``), "500", "html", "truncated", "garbage", "deep" (JSON nested
  100,000 levels), "slow"
  (answers after ``delay`` seconds, to trigger the client's timeout).

Use as context managers; ``url`` is the base to put in the HEARTH_*_URL variable.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
from typing import Any

from tests.helpers.fakeserver import ProtocolFake, Reply, Request

HTML_PAGE = "<!DOCTYPE html><html><head><title>Sign in to the Wi-Fi</title></head><body>Hotel portal</body></html>"


class _Fake(ProtocolFake):
    def __init__(self) -> None:
        super().__init__()
        self.mode: str | None = None
        self.retry_after = "120"
        self.delay = 3.0
        self._routes()

    def _routes(self) -> None:
        raise NotImplementedError

    def _error_json(self, status: int, message: str) -> dict[str, Any]:
        return {"error": {"code": status, "message": message}}

    def failure(self) -> Reply | None:
        """The reply for the current failure mode, or None to answer normally."""
        mode = self.mode
        if mode is None:
            return None
        if mode in ("401", "403"):
            return Reply.json(self._error_json(int(mode), "API key not valid."), int(mode))
        if mode == "429":
            return Reply.json(self._error_json(429, "Too many requests"), 429, **{"Retry-After": self.retry_after})
        if mode == "500":
            return Reply.json(self._error_json(500, "Internal error"), 500)
        if mode == "html":
            return Reply(200, HTML_PAGE, {"Content-Type": "text/html; charset=utf-8"})
        if mode == "truncated":
            return Reply(200, b'{"matches":[{"threatType":"MAL', {"Content-Type": "application/json"})
        if mode == "garbage":
            return Reply(200, b"\xff\xfe\x00garbage\x00", {"Content-Type": "application/json"})
        if mode == "slow":
            return Reply(200, b"{}", {"Content-Type": "application/json"}, self.delay)
        if mode == "deep":  # JSON nested 100,000 levels deep (Python's parser gives up with RecursionError)
            return Reply(200, b"[" * 100_000 + b"]" * 100_000, {"Content-Type": "application/json"})
        raise ValueError(mode)


class FakeSafeBrowsing(_Fake):
    """``POST /v4/threatMatches:find?key=KEY`` (Safe Browsing v4 Lookup)."""

    def __init__(self, key: str = "sb-test-key") -> None:
        self.key = key
        self.listed: dict[str, str] = {}  # url -> threatType
        super().__init__()

    def _routes(self) -> None:
        self.server.route("POST", r"/v4/threatMatches:find", self._find)

    def _find(self, req: Request, _m: re.Match[str]) -> Reply:
        failed = self.failure()
        if failed is not None:
            return failed
        key = urllib.parse.parse_qs(req.query).get("key", [""])[0]
        if key != self.key:
            return Reply.json(
                {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.", "status": "INVALID_ARGUMENT"}},
                400,
            )
        body = req.json()
        entries = body["threatInfo"]["threatEntries"]
        matches = []
        for e in entries:
            threat = self.listed.get(e["url"])
            if threat:
                matches.append(
                    {
                        "threatType": threat,
                        "platformType": "ANY_PLATFORM",
                        "threatEntryType": "URL",
                        "threat": {"url": e["url"]},
                        "threatEntryMetadata": {"entries": [{"key": "malware_threat_type", "value": "landing"}]},
                        "cacheDuration": "300.000s",
                    }
                )
        return Reply.json({"matches": matches} if matches else {})


class FakeURLhaus(_Fake):
    """``POST /v1/url/`` with ``Auth-Key`` (URLhaus API)."""

    def __init__(self, key: str = "uh-test-key") -> None:
        self.key = key
        self.listed: dict[str, str] = {}  # url -> threat
        super().__init__()

    def _routes(self) -> None:
        self.server.route("POST", r"/v1/url/", self._url)

    def _url(self, req: Request, _m: re.Match[str]) -> Reply:
        failed = self.failure()
        if failed is not None:
            return failed
        if req.header("Auth-Key") != self.key:
            return Reply.json({"query_status": "unknown_auth_key"})
        form = urllib.parse.parse_qs(req.body.decode())
        url = form.get("url", [""])[0]
        if not url:
            return Reply.json({"query_status": "invalid_url"})
        threat = self.listed.get(url)
        if threat is None:
            return Reply.json({"query_status": "no_results"})
        host = urllib.parse.urlsplit(url).hostname or ""
        return Reply.json(
            {
                "query_status": "ok",
                "id": "105821",
                "urlhaus_reference": "https://urlhaus.abuse.ch/url/105821/",
                "url": url,
                "url_status": "online",
                "host": host,
                "date_added": "2026-11-01 01:33:26 UTC",
                "last_online": None,
                "threat": threat,
                "blacklists": {"spamhaus_dbl": "abused_legit_malware", "surbl": "listed"},
                "reporter": "tester",
                "larted": "true",
                "takedown_time_seconds": None,
                "tags": None,
                "payloads": [],
            }
        )


class FakeVirusTotal(_Fake):
    """``GET /urls/{id}`` with ``x-apikey`` (VirusTotal v3). Base URL is the /api/v3 root."""

    def __init__(self, key: str = "vt-test-key") -> None:
        self.key = key
        self.stats: dict[str, dict[str, int]] = {}  # url -> last_analysis_stats
        super().__init__()

    def _routes(self) -> None:
        self.server.route("GET", r"/urls/([A-Za-z0-9_-]+)", self._url)

    def _error_json(self, status: int, message: str) -> dict[str, Any]:
        code = {401: "WrongCredentialsError", 403: "ForbiddenError", 429: "QuotaExceededError"}.get(status, "TransientError")
        return {"error": {"code": code, "message": message}}

    def _url(self, req: Request, m: re.Match[str]) -> Reply:
        failed = self.failure()
        if failed is not None:
            return failed
        if not req.header("x-apikey"):
            return Reply.json({"error": {"code": "AuthenticationRequiredError", "message": "X-Apikey header is missing"}}, 401)
        if req.header("x-apikey") != self.key:
            return Reply.json({"error": {"code": "WrongCredentialsError", "message": "Wrong API key"}}, 401)
        ident = m.group(1)
        url = base64.urlsafe_b64decode(ident + "=" * (-len(ident) % 4)).decode("utf-8", errors="replace")
        stats = self.stats.get(url)
        if stats is None:
            return Reply.json({"error": {"code": "NotFoundError", "message": f'URL "{ident}" not found'}}, 404)
        full = {"harmless": 0, "malicious": 0, "suspicious": 0, "undetected": 0, "timeout": 0, **stats}
        return Reply.json(
            {
                "data": {
                    "type": "url",
                    "id": "0" * 64,
                    "links": {"self": f"https://www.virustotal.com/api/v3/urls/{'0' * 64}"},
                    "attributes": {
                        "url": url,
                        "last_final_url": url,
                        "last_analysis_date": 1717000000,
                        "last_analysis_stats": full,
                        "last_analysis_results": {},
                        "reputation": -12,
                        "total_votes": {"harmless": 0, "malicious": 3},
                    },
                }
            }
        )


class FakeFeeds(_Fake):
    """``GET /feed.txt`` (OpenPhish) and ``GET /downloads/text/`` (URLhaus text), with ETags."""

    def __init__(self) -> None:
        self.openphish: list[str] = []
        self.urlhaus: list[str] = []
        self.etag = '"v1"'
        self.body_override: bytes | None = None
        super().__init__()

    def _routes(self) -> None:
        self.server.route("GET", r"/feed\.txt", lambda r, m: self._serve(r, "\n".join(self.openphish) + "\n"))
        banner = (
            "################################################################\n"
            "# abuse.ch URLhaus Database Dump (TEXT)                        #\n"
            "################################################################\n"
        )
        self.server.route("GET", r"/downloads/text/", lambda r, m: self._serve(r, banner + "\n".join(self.urlhaus) + "\n"))

    def _serve(self, req: Request, text: str) -> Reply:
        failed = self.failure()
        if failed is not None:
            return failed
        if self.body_override is not None:
            return Reply(200, self.body_override, {"Content-Type": "text/plain"})
        if req.header("If-None-Match") == self.etag:
            return Reply(304, b"", {"ETag": self.etag})
        return Reply(200, text, {"Content-Type": "text/plain; charset=utf-8", "ETag": self.etag,
                                 "Last-Modified": "Fri, 27 Nov 2026 10:00:00 GMT"})


class FakeChat(_Fake):
    """``POST /v1/chat/completions`` (OpenAI-compatible, structured output).

    ``content`` is the string returned in ``choices[0].message.content``; ``refusal`` and
    ``finish_reason`` can be set; ``reject_json_schema`` answers 400 to ``json_schema`` requests
    (as a server without structured output would).
    """

    def __init__(self, key: str | None = None) -> None:
        self.key = key
        self.content: str | None = json.dumps(
            {"verdict": "scam", "confidence": 0.93, "reasons": ["Urgent payment request"], "red_flags": ["lookalike domain"]}
        )
        self.refusal: str | None = None
        self.finish_reason = "stop"
        self.reject_json_schema = False
        super().__init__()

    def _routes(self) -> None:
        self.server.route("POST", r"/v1/chat/completions", self._chat)

    def _error_json(self, status: int, message: str) -> dict[str, Any]:
        code = {401: "invalid_api_key", 429: "rate_limit_exceeded"}.get(status, "server_error")
        return {"error": {"message": message, "type": "invalid_request_error", "param": None, "code": code}}

    def bodies(self) -> list[dict[str, Any]]:
        return [r.json() for r in self.requests if r.path == "/v1/chat/completions"]

    def _chat(self, req: Request, _m: re.Match[str]) -> Reply:
        failed = self.failure()
        if failed is not None:
            return failed
        if self.key is not None and req.header("Authorization") != f"Bearer {self.key}":
            return Reply.json(self._error_json(401, "Incorrect API key provided."), 401)
        try:
            body = req.json()
        except ValueError:
            return Reply.json(self._error_json(400, "invalid JSON"), 400)
        fmt = body.get("response_format", {})
        if self.reject_json_schema and fmt.get("type") == "json_schema":
            return Reply.json(self._error_json(400, "response_format json_schema is not supported"), 400)
        message: dict[str, Any] = {"role": "assistant", "content": None if self.refusal else self.content}
        if self.refusal:
            message["refusal"] = self.refusal
        return Reply.json(
            {
                "id": "chatcmpl-abc",
                "object": "chat.completion",
                "created": 1735142223,
                "model": body.get("model", ""),
                "choices": [{"index": 0, "message": message, "finish_reason": self.finish_reason}],
                "usage": {"prompt_tokens": 120, "completion_tokens": 40, "total_tokens": 160},
            }
        )
