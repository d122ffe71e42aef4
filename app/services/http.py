"""The one factory for HTTP sessions. Every request Hearth makes goes through here.

A ``HearthSession``:
- refuses every call while Hearth is offline (``HEARTH_OFFLINE=1`` or the setting);
- always has a timeout (connect, read);
- retries idempotent requests on connection errors, 429 and 5xx with exponential
  back-off, honouring ``Retry-After`` up to a cap (beyond it the 429 is returned to
  the caller, which explains it);
- sends a minimal User-Agent and nothing that identifies the computer;
- writes every attempt to the privacy ledger (host and redacted path, purpose, outcome);
- can be cancelled between attempts, during back-off and in the middle of a read;
- never follows a redirect to another origin (scheme, host, port), so never from HTTPS to HTTP:
  such a hop is refused with a plain message; a same-origin hop is followed (at most 5) and every
  hop is written to the ledger;
- ends every call (all attempts, back-off and body) within a total deadline per service
  (30 s; 10 s for a Pwned Passwords range); ``HEARTH_HTTP_DEADLINE`` (seconds) lowers it, for tests;
  inside ``with overall_deadline():`` every call also ends when the block's own 30 s are up, so a
  command that asks several services one after the other still ends within 30 s;
- caps the size of every body it reads (per service) before handing it to the caller.
"""

from __future__ import annotations

import contextlib
import contextvars
import email.utils
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from app import config
from app.errors import OfflineError, ServiceError
from checks.base import Cancelled, CancelToken
from checks.i18n import N_

log = logging.getLogger(__name__)

USER_AGENT = "Hearth"
DEFAULT_TIMEOUT = (5.0, 20.0)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
DEFAULT_DEADLINE = 30.0
DEADLINES = {"pwned_passwords": 10.0}
DEFAULT_MAX_BYTES = 8 * 1024 * 1024
MAX_BYTES = {
    "pwned_passwords": 2 * 1024 * 1024,
    "llm": 2 * 1024 * 1024,
    "twofa_directory": 50 * 1024 * 1024,
    "passkeys_directory": 50 * 1024 * 1024,
    "feeds": 64 * 1024 * 1024,
}
ENV_DEADLINE = config.HTTP_DEADLINE  # seconds; lowers every deadline (tests); read by app.config
KEYLESS = frozenset({"pwned_passwords", "twofa_directory", "passkeys_directory", "feeds", "eol"})


def deadline_for(service: str) -> float:
    """The total seconds one call to ``service`` may take (attempts, back-off and body)."""
    value = DEADLINES.get(service, DEFAULT_DEADLINE)
    lowered = config.current().http_deadline
    return value if lowered is None else min(value, lowered)


_BUDGET: contextvars.ContextVar[float | None] = contextvars.ContextVar("hearth_http_budget", default=None)


@contextlib.contextmanager
def overall_deadline(seconds: float | None = None) -> Iterator[None]:
    """Every request made inside the block (in this thread) ends by ``seconds`` from now (default
    the 30 s deadline, lowered by ``HEARTH_HTTP_DEADLINE``), whatever its own deadline."""
    seconds = deadline_for("") if seconds is None else seconds
    end = time.monotonic() + seconds
    outer = _BUDGET.get()
    token = _BUDGET.set(end if outer is None else min(outer, end))
    try:
        yield
    finally:
        _BUDGET.reset(token)


def time_left() -> float | None:
    """Seconds left in the enclosing ``overall_deadline`` block, or None outside one."""
    end = _BUDGET.get()
    return None if end is None else end - time.monotonic()


# -- the watchdog: ends a read that runs past the deadline or is cancelled ------------------------


class _Watch:
    """One call in progress: its deadline, its cancel token and the connections it uses."""

    def __init__(self, deadline: float, cancel: CancelToken) -> None:
        self.deadline = deadline
        self.cancel = cancel
        self.conns: list[Any] = []
        self.fired: str | None = None  # "deadline" / "cancel"
        self.lock = threading.Lock()

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def add(self, conn: Any) -> None:
        with self.lock:
            self.conns.append(conn)
            fired = self.fired
        if fired:
            _shut(conn)

    def fire(self, why: str) -> None:
        with self.lock:
            if self.fired:
                return
            self.fired = why
            conns = list(self.conns)
        for conn in conns:
            _shut(conn)


def _shut(conn: Any) -> None:
    sock = getattr(conn, "sock", None)
    if sock is None:
        return
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)  # wakes a blocked recv in the other thread
    except (OSError, TypeError, ValueError):
        pass


class _Reaper:
    """One daemon thread that fires watches whose deadline passed or whose call was cancelled."""

    def __init__(self) -> None:
        self._watches: set[_Watch] = set()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def add(self, watch: _Watch) -> None:
        with self._lock:
            self._watches.add(watch)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="hearth-http-deadline", daemon=True)
                self._thread.start()

    def discard(self, watch: _Watch) -> None:
        with self._lock:
            self._watches.discard(watch)

    def _run(self) -> None:
        while True:
            time.sleep(0.05)
            with self._lock:
                watches = list(self._watches)
            now = time.monotonic()
            for w in watches:
                if w.cancel.cancelled:
                    w.fire("cancel")
                elif now >= w.deadline:
                    w.fire("deadline")


_REAPER = _Reaper()
_CURRENT = threading.local()


class _WatchedHTTPConnection(urllib3.connection.HTTPConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        watch = getattr(_CURRENT, "watch", None)
        if watch is not None:
            watch.add(self)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(urllib3.connection.HTTPSConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        watch = getattr(_CURRENT, "watch", None)
        if watch is not None:
            watch.add(self)
        super().request(*args, **kwargs)


class _WatchedHTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class _WatchedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if hasattr(manager, "pool_classes_by_scheme"):
            manager.pool_classes_by_scheme = _POOLS
        return manager


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port is None:
        port = {"http": 80, "https": 443}.get(scheme)
    return scheme, (parts.hostname or "").lower(), port


class LedgerLike(Protocol):
    def record(self, *, service: str, method: str, url: str, purpose: str, status: int | None, outcome: str) -> None: ...


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class HearthSession(requests.Session):
    """A requests.Session with Hearth's rules. Build it with :func:`make_session`.

    Attributes:
        service: a name for the ledger ("pwned_passwords", "hibp", ...).
        cancel: a token; setting it stops retries and back-off waits.
    """

    def __init__(
        self,
        *,
        service: str,
        ledger: LedgerLike,
        is_offline: Callable[[], bool],
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retries: int = 2,
        backoff: float = 0.5,
        max_retry_after: float = 30.0,
        cancel: CancelToken | None = None,
        deadline: float | None = None,
        max_bytes: int | None = None,
    ) -> None:
        super().__init__()
        self.service = service
        self.deadline = min(deadline, deadline_for(service)) if deadline is not None else deadline_for(service)
        self.max_bytes = max_bytes if max_bytes is not None else MAX_BYTES.get(service, DEFAULT_MAX_BYTES)
        self.max_redirects = MAX_REDIRECTS
        self.ledger = ledger
        self.is_offline = is_offline
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_retry_after = max_retry_after
        self.cancel = cancel or CancelToken()
        self._wake = threading.Event()
        self.headers.clear()
        self.headers.update({"User-Agent": USER_AGENT, "Accept": "*/*", "Accept-Encoding": "gzip, deflate"})
        self.trust_env = True  # honour the user's proxy settings
        self.max_redirects = MAX_REDIRECTS
        adapter = _WatchedAdapter()
        self.mount("http://", adapter)
        self.mount("https://", adapter)

    # The verbs take ``purpose`` (plain words for the privacy ledger), which requests' own do not.
    def get(self, url: str | bytes, params: Any = None, *, purpose: str = "", **kwargs: Any) -> requests.Response:
        return self.request("GET", url, params=params, purpose=purpose, **kwargs)

    def head(self, url: str | bytes, *, purpose: str = "", **kwargs: Any) -> requests.Response:
        return self.request("HEAD", url, purpose=purpose, **kwargs)

    def post(self, url: str | bytes, data: Any = None, json: Any = None, *, purpose: str = "", **kwargs: Any) -> requests.Response:
        return self.request("POST", url, data=data, json=json, purpose=purpose, **kwargs)

    def request(self, method: str | bytes, url: str | bytes, *args: Any, purpose: str = "", **kwargs: Any) -> requests.Response:
        method = method.decode() if isinstance(method, bytes) else method
        method = method.upper()
        url = url.decode() if isinstance(url, bytes) else url
        if self.is_offline():
            service = self.service
            raise OfflineError(purpose or N_("the look-up at {service}", service=service))
        kwargs.pop("allow_redirects", None)
        kwargs.pop("stream", None)
        timeout = kwargs.pop("timeout", self.timeout)
        end = time.monotonic() + self.deadline
        budget = _BUDGET.get()
        watch = _Watch(end if budget is None else min(end, budget), self.cancel)
        _REAPER.add(watch)
        try:
            return self._request(method, url, args, kwargs, timeout, purpose, watch)
        finally:
            _REAPER.discard(watch)

    def _request(
        self, method: str, url: str, args: tuple[Any, ...], kwargs: dict[str, Any], timeout: Any, purpose: str, watch: _Watch
    ) -> requests.Response:
        can_retry = method in IDEMPOTENT
        attempt = 0
        label = _service_label(self.service)
        while True:
            self._check_cancel()
            self._check_deadline(watch, label, url, method, purpose)
            try:
                response = self._follow(method, url, args, kwargs, timeout, purpose, watch)
            except requests.RequestException as exc:
                if watch.fired == "cancel" or self.cancel.cancelled:
                    raise Cancelled() from None
                if watch.fired == "deadline" or watch.left() <= 0:  # the read time-out is capped at the deadline
                    self._too_slow(label, url, method, purpose)
                outcome = _describe_failure(exc)
                self.ledger.record(service=self.service, method=method, url=url, purpose=purpose, status=None, outcome=outcome)
                if can_retry and attempt < self.retries and not isinstance(exc, requests.exceptions.InvalidURL):
                    self._sleep(self.backoff * (2**attempt), watch)
                    attempt += 1
                    continue
                raise ServiceError(
                    N_("{label} could not be reached ({outcome}).", label=label, outcome=outcome),
                    hint=N_("Check the internet connection and try again later. Nothing else was affected."),
                    service=self.service,
                ) from None
            if can_retry and response.status_code in RETRY_STATUSES and attempt < self.retries:
                wait = parse_retry_after(response.headers.get("Retry-After"))
                if wait is None:
                    wait = self.backoff * (2**attempt)
                if wait <= self.max_retry_after and wait < watch.left():
                    response.close()
                    self._sleep(wait, watch)
                    attempt += 1
                    continue
            return response

    def _follow(
        self, method: str, url: str, args: tuple[Any, ...], kwargs: dict[str, Any], timeout: Any, purpose: str, watch: _Watch
    ) -> requests.Response:
        """One attempt: send, follow same-origin redirects (each in the ledger), read the body (capped)."""
        hops = 0
        while True:
            response = self._send_once(method, url, args, kwargs, timeout, watch)
            location = response.headers.get("Location") if response.is_redirect else None
            if not location:
                self.ledger.record(
                    service=self.service, method=method, url=url, purpose=purpose, status=response.status_code,
                    outcome="ok" if response.ok else f"refused ({response.status_code})",
                )
                return response
            target = urljoin(url, location)
            response.close()
            if _origin(target) != _origin(url) or hops >= self.max_redirects:
                self.ledger.record(
                    service=self.service, method=method, url=url, purpose=purpose, status=response.status_code,
                    outcome=N_("redirect to another address refused"),
                )
                label = _service_label(self.service)
                host = urlsplit(target).hostname or "?"
                if hops >= self.max_redirects:
                    msg = N_("{label} sent Hearth from address to address too many times. Hearth stopped.", label=label)
                else:
                    msg = N_("{label} tried to send Hearth on to another address ({host}). Hearth did not follow it, and nothing was sent there.", label=label, host=host)
                raise ServiceError(
                    msg, hint=N_("Check the address of the service in Settings, or try again later."), service=self.service
                )
            self.ledger.record(
                service=self.service, method=method, url=url, purpose=purpose, status=response.status_code,
                outcome=N_("sent on to another page of the same site"),
            )
            hops += 1
            if response.status_code == 303 or (response.status_code in (301, 302) and method not in IDEMPOTENT):
                method = "GET"
                kwargs = {k: v for k, v in kwargs.items() if k not in ("data", "json", "files")}
                args = ()
            url = target

    def _send_once(
        self, method: str, url: str, args: tuple[Any, ...], kwargs: dict[str, Any], timeout: Any, watch: _Watch
    ) -> requests.Response:
        left = max(0.01, watch.left())
        if isinstance(timeout, tuple):
            timeout = tuple(min(float(t), left) if t is not None else left for t in timeout)
        else:
            timeout = min(float(timeout), left) if timeout is not None else left
        _CURRENT.watch = watch
        try:
            options = {**kwargs, "allow_redirects": False, "stream": True, "timeout": timeout}
            response = super().request(method, url, *args, **options)
            if response.is_redirect:
                return response
            self._read_body(response, watch)
            return response
        finally:
            _CURRENT.watch = None

    def _read_body(self, response: requests.Response, watch: _Watch) -> None:
        label = _service_label(self.service)
        limit = self.max_bytes
        mb = max(1, limit // (1024 * 1024))
        too_big = ServiceError(
            N_("{label} sent far more than expected (over {mb} MB). Hearth stopped reading it.", label=label, mb=mb),
            hint=N_("Try again later. Nothing was saved."),
            service=self.service,
        )
        length = response.headers.get("Content-Length", "")
        if length.strip().isdigit() and int(length) > limit:
            response.close()
            raise too_big
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_content(CHUNK):
                size += len(chunk)
                if size > limit:
                    response.close()
                    raise too_big
                chunks.append(chunk)
                if watch.fired or watch.left() <= 0:
                    watch.fire("deadline" if not self.cancel.cancelled else "cancel")
                    raise requests.exceptions.ConnectionError("stopped")
        except BaseException:
            response.close()
            raise
        response._content = b"".join(chunks)  # noqa: SLF001 - the body is read here, capped, once
        response._content_consumed = True  # noqa: SLF001

    def _check_deadline(self, watch: _Watch, label: str, url: str, method: str, purpose: str) -> None:
        if watch.left() <= 0:
            self._too_slow(label, url, method, purpose)

    def _too_slow(self, label: str, url: str, method: str, purpose: str) -> None:
        seconds = max(1, round(self.deadline))
        self.ledger.record(
            service=self.service, method=method, url=url, purpose=purpose, status=None, outcome=N_("took too long")
        )
        raise ServiceError(
            N_("{label} took too long to answer (more than {seconds} seconds). Hearth stopped waiting.", label=label, seconds=seconds),
            hint=N_("Check the internet connection and try again later. Nothing else was affected."),
            service=self.service,
        )

    def _check_cancel(self) -> None:
        if self.cancel.cancelled:
            raise Cancelled()

    def _sleep(self, seconds: float, watch: _Watch | None = None) -> None:
        if watch is not None:
            seconds = min(seconds, max(0.0, watch.left()))
        deadline = time.monotonic() + seconds
        while True:
            self._check_cancel()
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self._wake.wait(min(left, 0.1))


def _describe_failure(exc: requests.RequestException) -> str:
    if isinstance(exc, requests.exceptions.Timeout):
        return N_("timed out")
    if isinstance(exc, requests.exceptions.SSLError):
        return N_("secure connection failed")
    if isinstance(exc, requests.exceptions.ConnectionError):
        return N_("no connection")
    return N_("request failed")


_LABELS = {
    "pwned_passwords": N_("The Pwned Passwords service"),
    "hibp": "Have I Been Pwned",
    "twofa_directory": N_("The 2FA Directory"),
    "passkeys_directory": N_("The Passkeys Directory"),
    "safe_browsing": "Google Safe Browsing",
    "urlhaus": "URLhaus",
    "virustotal": "VirusTotal",
    "llm": N_("The language model"),
    "feeds": N_("The phishing feed"),
}


def _service_label(service: str) -> str:
    return _LABELS.get(service) or N_("The service {service}", service=repr(service))


def make_session(
    service: str,
    *,
    ledger: LedgerLike,
    is_offline: Callable[[], bool],
    cancel: CancelToken | None = None,
    **options: Any,
) -> HearthSession:
    """The only way Hearth code gets an HTTP session."""
    return HearthSession(service=service, ledger=ledger, is_offline=is_offline, cancel=cancel, **options)


def describe_refusal(service: str, response: requests.Response) -> ServiceError:
    """A plain-language error for a refused request (401/403/429/5xx/other)."""
    label = _service_label(service)
    status = response.status_code
    if status in (401, 403) and service in KEYLESS:
        msg = N_("{label} refused the request ({status}).", label=label, status=status)
        hint = N_("Try again later. If it keeps happening, check the address of the service in Settings.")
    elif status in (401, 403):
        msg = N_("{label} refused the request (the key may be missing or wrong).", label=label)
        hint = N_("Check the key in Settings.")
    elif status == 429:
        wait = parse_retry_after(response.headers.get("Retry-After"))
        seconds = int(wait) + 1 if wait is not None else 0
        hint = N_("Try again in about {seconds} seconds.", seconds=seconds) if wait is not None else N_("Try again in a few minutes.")
        msg = N_("{label} says too many requests were made.", label=label)
    elif status >= 500:
        msg, hint = N_("{label} is having problems right now ({status}).", label=label, status=status), N_("Try again later.")
    else:
        msg, hint = N_("{label} answered with an unexpected status ({status}).", label=label, status=status), N_("Try again later.")
    return ServiceError(msg, hint=hint, status=status, service=service)
