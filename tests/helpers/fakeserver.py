"""Loopback fake HTTP servers that speak the real protocols.

A ``FakeServer`` is a threaded ``http.server`` on 127.0.0.1, port 0. Tests register
routes (method, path regex) -> handler(request) -> Reply, and can inspect every
request the real client code sent (headers, path, body). Later issues add
protocol-specific fakes built on this (Pwned Passwords, HIBP, 2FA Directory, ...).
"""

from __future__ import annotations

import dataclasses
import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclasses.dataclass
class Request:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    def header(self, name: str) -> str | None:
        for k, v in self.headers.items():
            if k.lower() == name.lower():
                return v
        return None


@dataclasses.dataclass
class Reply:
    status: int = 200
    body: bytes | str | Any = b""
    headers: dict[str, str] = dataclasses.field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (to test timeouts)

    @classmethod
    def json(cls, data: Any, status: int = 200, **headers: str) -> Reply:
        return cls(status, json.dumps(data).encode(), {"Content-Type": "application/json", **headers})

    @classmethod
    def text(cls, text: str, status: int = 200, **headers: str) -> Reply:
        return cls(status, text.encode(), {"Content-Type": "text/plain; charset=utf-8", **headers})


Handler = Callable[[Request, "re.Match[str]"], Reply]


class FakeServer:
    """A real HTTP server on loopback. Use as a context manager; ``url`` is its base URL."""

    def __init__(self) -> None:
        self.routes: list[tuple[str, re.Pattern[str], Handler | Reply | list[Reply]]] = []
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out as two writes; without TCP_NODELAY the second waits for the
            # client's delayed ACK (about 40 ms a request on Linux), which real servers do not do.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path, _, query = self.path.partition("?")
                req = Request(self.command, path, query, dict(self.headers.items()), body)
                with server._lock:
                    server.requests.append(req)
                reply = server._dispatch(req)
                if reply.delay:
                    time.sleep(reply.delay)
                payload = reply.body
                if not isinstance(payload, (bytes, str)):
                    payload = json.dumps(payload)
                if isinstance(payload, str):
                    payload = payload.encode("utf-8")
                try:
                    self.send_response(reply.status)
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle  # noqa: N815

        class _Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                import sys

                # A client that hangs up early (timeouts, truncated-body tests) is expected here.
                if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
                    return
                super().handle_error(request, client_address)

        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        # stop() waits for the serving loop to look at its flag: every 0.5 s by default, half a
        # second lost in the tear-down of each test that used a fake
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def route(self, method: str, pattern: str, handler: Handler | Reply | list[Reply]) -> None:
        """Answer ``method`` on paths matching ``pattern`` (a full-match regex).

        ``handler`` may be a function, a fixed Reply, or a list of Replies given in turn
        (the last one repeats).
        """
        self.routes.append((method.upper(), re.compile(pattern), handler))

    def _dispatch(self, req: Request) -> Reply:
        for method, pattern, handler in reversed(self.routes):
            match = pattern.fullmatch(req.path)
            if method == req.method and match:
                if isinstance(handler, Reply):
                    return handler
                if isinstance(handler, list):
                    with self._lock:
                        return handler.pop(0) if len(handler) > 1 else handler[0]
                return handler(req, match)
        return Reply.text("not found", 404)

    def start(self) -> FakeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class ProtocolFake:
    """Base of the protocol-specific fakes: owns a FakeServer and starts/stops it as a context manager.

    Subclasses set up their routes on ``self.server`` in ``__init__`` (after calling this one).
    """

    def __init__(self) -> None:
        self.server = FakeServer()

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def requests(self) -> list[Request]:
        return self.server.requests

    def __enter__(self) -> Any:
        self.server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()
