"""The device check: this computer's own protection, from local facts only (nothing leaves it).

The OS end-of-life snapshot (resources/eol.json, written from endoflife.date's facts) is
loaded here and passed to the pure rules in ``checks.device`` with today's date.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.probes.common import Host
from app.probes.device import gather_device_facts
from app.resources import resource_path
from checks.base import CancelToken
from checks.device import evaluate_device
from checks.i18n import N_
from checks.network import Item
from checks.parsers.eol import BROWSER_PRODUCTS, OS_PRODUCTS

if TYPE_CHECKING:
    from app.core import Hearth

#: the snapshot shipped with Hearth (source checkout or frozen bundle)
EOL_PATH = resource_path("eol.json")


EOL_SERVICE = "endoflife"
EOL_PRODUCTS = (*OS_PRODUCTS, *BROWSER_PRODUCTS.values())


@functools.lru_cache(maxsize=4)
def _read_snapshot(path: str) -> dict[str, Any] | None:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("products"), dict) else None


def load_eol(path: str | None = None, cache_dir: Path | None = None) -> dict[str, Any]:
    """The end-of-life snapshot: a refreshed copy in the cache folder when it is newer than the
    shipped one; an empty one (every OS 'couldn't check') if both are missing or broken."""
    shipped = _read_snapshot(str(path or EOL_PATH))
    refreshed = _read_snapshot(str(cache_dir / "eol.json")) if cache_dir is not None else None
    candidates = [s for s in (shipped, refreshed) if s]
    if not candidates:
        return {"products": {}, "browsers": {}}
    return max(candidates, key=lambda s: str(s.get("snapshot_date") or ""))


def refresh_eol(hearth: Hearth, *, cancel: CancelToken | None = None, today: dt.date | None = None) -> dict[str, Any]:
    """Download the current end-of-life facts from endoflife.date (consent: the user asked for it)
    and keep them in the cache folder. Products that fail keep the shipped data.

    Raises OfflineError / ServiceError (plain words) when nothing could be fetched."""
    from app.errors import ServiceError
    from checks.parsers.eol import build_snapshot

    try:
        base = hearth.service_url(EOL_SERVICE)
    except KeyError:
        raise ServiceError(
            N_("Hearth does not know the end-of-life service's address yet."),
            hint=N_("This Hearth version can only use the list it shipped with."),
            service=EOL_SERVICE,
        ) from None
    session = hearth.session(EOL_SERVICE, cancel=cancel)
    answers: dict[str, Any] = {}
    errors: list[str] = []
    for product in EOL_PRODUCTS:
        try:
            resp = session.get(f"{base}/{product}.json", purpose=N_("download which system versions still get security fixes"))
            if resp.status_code == 200:
                answers[product] = resp.json()
            else:
                errors.append(f"{product}: HTTP {resp.status_code}")
        except ValueError:
            errors.append(f"{product}: unreadable")
    if not answers:
        first = errors[0] if errors else ""
        raise ServiceError(
            N_("The end-of-life list could not be downloaded ({first}).", first=first) if errors
            else N_("The end-of-life list could not be downloaded."),
            hint=N_("Hearth keeps using the list it shipped with. Try again later."),
            service=EOL_SERVICE,
        )
    shipped = _read_snapshot(str(EOL_PATH)) or {"products": {}, "browsers": {}}
    snap = build_snapshot(answers, (today or dt.date.today()).isoformat(), shipped)
    target = Path(hearth.paths.cache) / "eol.json"
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(snap, indent=1), encoding="utf-8")
    tmp.replace(target)
    _read_snapshot.cache_clear()
    return snap


def run_device_check(
    hearth: Hearth,
    *,
    cancel: CancelToken | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    host: Host | None = None,
    today: dt.date | None = None,
    eol: dict[str, Any] | None = None,
) -> list[Item]:
    """Gather this computer's facts and return its items (hearth is accepted for symmetry; nothing is stored)."""
    cancel = cancel or CancelToken()
    facts = gather_device_facts(host or Host(cancel=cancel), cancel=cancel, progress=progress)
    if eol is None:
        cache = getattr(getattr(hearth, "paths", None), "cache", None)
        eol = load_eol(cache_dir=Path(cache) if cache else None)
    return evaluate_device(facts, eol, today or dt.date.today())
