"""The one factory for HTTP sessions. Every request Hearth makes goes through here.

A ``HearthSession``:
- refuses every call while Hearth is offline (``HEARTH_OFFLINE=1`` or the setting);
- always has a timeout (connect, read);
- retries idempotent requests on connection errors, 429 and 5xx with exponential
  back-off, honouring ``Retry-After`` up to a cap (beyond it the 429 is returned to
  the caller, which explains it);
- sends a minimal User-Agent and nothing that identifies the computer;
- writes every attempt to the privacy ledger (host and redacted path, purpose, outcome);
- can be cancelled between attempts and during back-off.
"""

from __future__ import annotations

import email.utils
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

import requests

from app.errors import OfflineError, ServiceError
from checks.base import CancelToken, Cancelled
from checks.i18n import N_

log = logging.getLogger(__name__)

USER_AGENT = "Hearth"
DEFAULT_TIMEOUT = (5.0, 20.0)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})


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
    ) -> None:
        super().__init__()
        self.service = service
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

    def request(self, method: str | bytes, url: str | bytes, *args: Any, purpose: str = "", **kwargs: Any) -> requests.Response:  # type: ignore[override]
        method = method.decode() if isinstance(method, bytes) else method
        method = method.upper()
        url = url.decode() if isinstance(url, bytes) else url
        if self.is_offline():
            service = self.service
            raise OfflineError(purpose or N_(f"the look-up at {service}"))
        kwargs.setdefault("timeout", self.timeout)
        can_retry = method in IDEMPOTENT
        attempt = 0
        while True:
            self._check_cancel()
            try:
                response = super().request(method, url, *args, **kwargs)
            except requests.RequestException as exc:
                outcome = _describe_failure(exc)
                self.ledger.record(service=self.service, method=method, url=url, purpose=purpose, status=None, outcome=outcome)
                if can_retry and attempt < self.retries and not isinstance(exc, requests.exceptions.InvalidURL):
                    self._sleep(self.backoff * (2**attempt))
                    attempt += 1
                    continue
                label = _service_label(self.service)
                raise ServiceError(
                    N_(f"{label} could not be reached ({outcome})."),
                    hint=N_("Check the internet connection and try again later. Nothing else was affected."),
                    service=self.service,
                ) from None
            self.ledger.record(
                service=self.service,
                method=method,
                url=url,
                purpose=purpose,
                status=response.status_code,
                outcome="ok" if response.ok else f"refused ({response.status_code})",
            )
            if can_retry and response.status_code in RETRY_STATUSES and attempt < self.retries:
                wait = parse_retry_after(response.headers.get("Retry-After"))
                if wait is None:
                    wait = self.backoff * (2**attempt)
                if wait <= self.max_retry_after:
                    response.close()
                    self._sleep(wait)
                    attempt += 1
                    continue
            return response

    def _check_cancel(self) -> None:
        if self.cancel.cancelled:
            raise Cancelled()

    def _sleep(self, seconds: float) -> None:
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
    return _LABELS.get(service) or N_(f"The service {service!r}")


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
    if status in (401, 403):
        msg = N_(f"{label} refused the request (the key may be missing or wrong).")
        hint = N_("Check the key in Settings.")
    elif status == 429:
        wait = parse_retry_after(response.headers.get("Retry-After"))
        seconds = int(wait) + 1 if wait is not None else 0
        hint = N_(f"Try again in about {seconds} seconds.") if wait is not None else N_("Try again in a few minutes.")
        msg = N_(f"{label} says too many requests were made.")
    elif status >= 500:
        msg, hint = N_(f"{label} is having problems right now ({status})."), N_("Try again later.")
    else:
        msg, hint = N_(f"{label} answered with an unexpected status ({status})."), N_("Try again later.")
    return ServiceError(msg, hint=hint, status=status, service=service)
