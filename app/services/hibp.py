"""Have I Been Pwned v3: the public breach catalogue and the e-mail look-up (PROTOCOLS.md §1.2-1.3).

* ``/breaches`` needs no key. Hearth caches it in the cache folder for a day and uses it
  to tell which sites were breached after a password was last changed.
* ``/breachedaccount/{account}?truncateResponse=false`` needs the user's own key (stored
  with ``hearth keys set hibp``) in the ``hibp-api-key`` header. 404 means "not found in
  any breach". Calls are spaced to the key's rate limit (setting, default 10 a minute);
  a 429 is retried by the session when Retry-After is short, else explained.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import settings as S
from app.errors import InvalidInput, ServiceError
from app.fileio import atomic_write
from app.services.http import describe_refusal
from checks.base import Cancelled, CancelToken
from checks.i18n import N_
from checks.passwords import Breach, parse_breach

if TYPE_CHECKING:
    from app.core import Hearth

log = logging.getLogger(__name__)

SERVICE = "hibp"
CATALOGUE_FILE = "hibp-breaches.json"
CATALOGUE_MAX_AGE = 24 * 3600

HIBP_RATE = S.HIBP_RATE  # declared in app/settings.py


# ----------------------------------------------------------------------------------------
# catalogue


def _catalogue_path(hearth: Hearth) -> Path:
    return Path(hearth.paths.cache) / CATALOGUE_FILE


def _parse_catalogue(data: Any) -> list[Breach]:
    if not isinstance(data, list):
        raise ValueError("not a list")
    out = [b for b in (parse_breach(item) for item in data) if b is not None]
    if data and not out:
        raise ValueError("no breach models")
    return out


def cached_catalogue(hearth: Hearth) -> list[Breach] | None:
    """The cached catalogue, whatever its age, or None (never touches the network)."""
    path = _catalogue_path(hearth)
    try:
        return _parse_catalogue(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError):
        return None


def catalogue_age(hearth: Hearth) -> float | None:
    try:
        return max(0.0, time.time() - _catalogue_path(hearth).stat().st_mtime)
    except OSError:
        return None


def breach_catalogue(
    hearth: Hearth, *, cancel: CancelToken | None = None, max_age: float = CATALOGUE_MAX_AGE
) -> list[Breach]:
    """The public breach catalogue: from the cache if younger than ``max_age``, else fetched."""
    age = catalogue_age(hearth)
    if age is not None and age < max_age:
        cached = cached_catalogue(hearth)
        if cached is not None:
            return cached
    with hearth.session(SERVICE, cancel=cancel) as session:
        response = session.get(
            f"{hearth.service_url(SERVICE)}/breaches",
            headers={"Accept": "application/json"},
            purpose=N_("download the public list of breached websites (nothing about you is sent)"),
        )
        with response:
            if response.status_code != 200:
                raise describe_refusal(SERVICE, response)
            try:
                data = response.json()
                breaches = _parse_catalogue(data)
            except ValueError:
                raise _garbage() from None
    _write_cache(_catalogue_path(hearth), data)
    return breaches


def _write_cache(path: Path, data: Any) -> None:
    try:
        atomic_write(path, json.dumps(data).encode("utf-8"))
    except OSError:
        log.warning("could not cache the breach catalogue")


def _garbage() -> ServiceError:
    return ServiceError(
        N_("Have I Been Pwned sent an answer Hearth cannot read."),
        hint=N_("Try again later. Nothing was saved."),
        service=SERVICE,
    )


# ----------------------------------------------------------------------------------------
# e-mail look-up

_limit_lock = threading.Lock()
_last_call: dict[str, float] = {}


def _wait_for_slot(key: str, per_minute: int, cancel: CancelToken) -> None:
    """Space calls made with one key to its rate limit (in memory; keyed by a hash of the key)."""
    slot = hashlib.sha256(key.encode()).hexdigest()
    interval = 60.0 / per_minute
    while True:
        with _limit_lock:
            now = time.monotonic()
            due = _last_call.get(slot, 0.0) + interval
            if now >= due:
                _last_call[slot] = now
                return
        wait = min(due - now, 0.2)
        if cancel.cancelled:
            raise Cancelled()
        time.sleep(wait)


def hibp_key(hearth: Hearth) -> str:
    key = hearth.secrets.get("hibp")
    if not key:
        raise InvalidInput(
            N_("Checking e-mail addresses needs your own Have I Been Pwned API key, and none is stored."),
            hint=N_("Get a key at haveibeenpwned.com/API/Key, then add it in Settings."),
        )
    return key


def has_key(hearth: Hearth) -> bool:
    try:
        return bool(hearth.secrets.get("hibp"))
    except Exception:  # noqa: BLE001 - no keyring means no key
        return False


def breached_account(hearth: Hearth, address: str, *, cancel: CancelToken | None = None) -> list[Breach]:
    """Breaches an e-mail address is in ([] when HIBP answers 404: not found)."""
    cancel = cancel or CancelToken()
    address = (address or "").strip()
    if "@" not in address or len(address) > 254 or any(c.isspace() for c in address):
        raise InvalidInput(N_("That does not look like an e-mail address."), hint=N_("Type it like name@example.com."))
    key = hibp_key(hearth)
    _wait_for_slot(key, int(hearth.settings.get(HIBP_RATE)), cancel)
    url = f"{hearth.service_url(SERVICE)}/breachedaccount/{urllib.parse.quote(address, safe='')}?truncateResponse=false"
    with hearth.session(SERVICE, cancel=cancel, max_retry_after=65.0) as session:
        response = session.get(
            url,
            headers={"hibp-api-key": key, "Accept": "application/json"},
            purpose=N_("check whether this e-mail address is in known breaches"),
        )
        with response:
            if response.status_code == 404:
                return []
            if response.status_code != 200:
                raise describe_refusal(SERVICE, response)
            try:
                return sorted(
                    _parse_catalogue(response.json()), key=lambda b: b.breach_date.isoformat() if b.breach_date else ""
                )
            except ValueError:
                raise _garbage() from None


def household_addresses(hearth: Hearth) -> list[str]:
    """Every e-mail address used as a login in the household's accounts (deduplicated)."""
    seen: dict[str, str] = {}
    for member in hearth.members.list():
        for account in hearth.accounts.list(member.id):
            hint = account.login_hint.strip()
            if "@" in hint and "." in hint.rsplit("@", 1)[-1] and " " not in hint:
                seen.setdefault(hint.casefold(), hint)
    return list(seen.values())


def check_household(
    hearth: Hearth,
    *,
    addresses: list[str] | None = None,
    cancel: CancelToken | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[dict[str, Any]]:
    """Look up every household address; one result per address (errors are per address)."""
    cancel = cancel or CancelToken()
    addresses = household_addresses(hearth) if addresses is None else addresses
    results = []
    for n, address in enumerate(addresses):
        cancel.raise_if_cancelled()
        if progress:
            progress(n, len(addresses), N_("Checking e-mail addresses"))
        try:
            breaches = breached_account(hearth, address, cancel=cancel)
            results.append({"address": address, "breaches": breaches, "error": None})
        except (InvalidInput, ServiceError) as exc:
            if isinstance(exc, ServiceError) and exc.status in (401, 403):
                raise
            results.append({"address": address, "breaches": [], "error": str(exc)})
    if progress:
        progress(len(addresses), len(addresses), N_("Checking e-mail addresses"))
    return results
