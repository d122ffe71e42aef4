"""Public phishing feeds, downloaded and matched on this computer.

Two plain-text lists, one URL per line: the OpenPhish community feed
(``/feed.txt``) and the URLhaus text list (``/downloads/text/``, ``#`` comment
lines) (PROTOCOLS.md §3.3, §3.5). Only the lists are downloaded: the links the
user checks never leave the computer.

Downloads use conditional requests (``If-None-Match`` / ``If-Modified-Since``),
are written atomically into ``hearth.paths.cache / "feeds"`` and are checked
first: an empty, HTML or otherwise malformed download never replaces the copy
we already have.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import ServiceError
from app.fileio import atomic_write
from app.services.http import describe_refusal
from app.services.safebrowsing import LISTED, NOT_LISTED, Listing, normalise_url
from checks.base import CancelToken
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth

TIMEOUT = (5.0, 60.0)  # (connect, read) seconds
SERVICE = "feeds"
MAX_BYTES = 64 * 1024 * 1024
MAX_AGE_SECONDS = 6 * 3600


@dataclasses.dataclass(frozen=True)
class Feed:
    name: str
    label: str
    default_url: str
    path: str  # the path under HEARTH_FEEDS_URL when that is set
    threat: str


FEEDS: tuple[Feed, ...] = (
    Feed("openphish", "OpenPhish", "https://openphish.com/feed.txt", "/feed.txt", N_("phishing (a trick site)")),
    Feed(
        "urlhaus_text",
        "URLhaus",
        "https://urlhaus.abuse.ch/downloads/text/",
        "/downloads/text/",
        N_("malware"),
    ),
)


@dataclasses.dataclass(frozen=True)
class FeedStatus:
    """How one feed's download went.

    Attributes:
        name, label: the feed.
        outcome: "updated", "unchanged", "fresh" (not due), "kept" (download failed, old copy kept),
            "missing" (no copy at all).
        entries: how many links the local copy holds.
        message: a plain sentence when something went wrong.
    """

    name: str
    label: str
    outcome: str
    entries: int
    message: str = ""


def feed_url(hearth: Hearth, feed: Feed) -> str:
    base = hearth.service_url(SERVICE)
    return f"{base}{feed.path}" if base else feed.default_url


def _folder(hearth: Hearth) -> Path:
    folder = Path(hearth.paths.cache) / "feeds"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _paths(hearth: Hearth, feed: Feed) -> tuple[Path, Path]:
    folder = _folder(hearth)
    return folder / f"{feed.name}.txt", folder / f"{feed.name}.meta.json"


def parse_feed(body: bytes) -> list[str] | None:
    """The URLs in a downloaded feed, or None when it does not look like a feed at all."""
    if not body or not body.strip():
        return None
    head = body.lstrip()[:200].lower()
    if head.startswith(b"<") or b"<html" in head or b"<!doctype" in head:
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    urls: list[str] = []
    other = 0
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.lower().startswith(("http://", "https://")) and " " not in line:
            urls.append(line)
        else:
            other += 1
    if not urls or other > len(urls):
        return None
    return urls


def _read_meta(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip() and not line.startswith(b"#"))
    except OSError:
        return 0


def refresh(
    hearth: Hearth,
    *,
    force: bool = False,
    cancel: CancelToken | None = None,
    max_age: float = MAX_AGE_SECONDS,
    now: float | None = None,
) -> list[FeedStatus]:
    """Download the feeds that are due. Never raises for one failing feed: its status says so.

    Raises OfflineError when Hearth is offline (nothing is attempted).
    """
    from app.errors import OfflineError

    if hearth.is_offline():
        raise OfflineError(N_("downloading the phishing lists"))
    now = time.time() if now is None else now
    statuses: list[FeedStatus] = []
    session = hearth.session(SERVICE, cancel=cancel, timeout=TIMEOUT)
    try:
        for feed in FEEDS:
            data_path, meta_path = _paths(hearth, feed)
            meta = _read_meta(meta_path)
            have = data_path.exists()
            if have and not force and now - float(meta.get("checked_at", 0) or 0) < max_age:
                statuses.append(FeedStatus(feed.name, feed.label, "fresh", _count_lines(data_path)))
                continue
            headers = {}
            label = feed.label
            if have and meta.get("etag"):
                headers["If-None-Match"] = str(meta["etag"])
            if have and meta.get("last_modified"):
                headers["If-Modified-Since"] = str(meta["last_modified"])
            try:
                response = session.get(
                    feed_url(hearth, feed),
                    headers=headers,
                    stream=True,
                    purpose=N_("download the {label} list of dangerous links (your links are not sent)", label=label),
                )
                try:
                    if response.status_code == 304 and have:
                        meta["checked_at"] = now
                        atomic_write(meta_path, json.dumps(meta).encode())
                        statuses.append(FeedStatus(feed.name, feed.label, "unchanged", _count_lines(data_path)))
                        continue
                    if response.status_code != 200:
                        raise describe_refusal(SERVICE, response)
                    body = _read_limited(response)
                finally:
                    response.close()
                urls = parse_feed(body)
                if urls is None:
                    raise ServiceError(
                        N_("The {label} list that was downloaded is empty or not a list of links.", label=label),
                        hint=N_("Hearth kept the copy it already had. Try again later."),
                        service=SERVICE,
                    )
                atomic_write(data_path, ("\n".join(urls) + "\n").encode("utf-8"))
                new_meta = {
                    "checked_at": now,
                    "etag": response.headers.get("ETag", ""),
                    "last_modified": response.headers.get("Last-Modified", ""),
                    "entries": len(urls),
                }
                atomic_write(meta_path, json.dumps(new_meta).encode())
                _CACHE.pop(str(data_path), None)
                statuses.append(FeedStatus(feed.name, feed.label, "updated", len(urls)))
            except ServiceError as exc:
                outcome = "kept" if have else "missing"
                statuses.append(
                    FeedStatus(feed.name, feed.label, outcome, _count_lines(data_path) if have else 0, exc.message)
                )
    finally:
        session.close()
    return statuses


def _read_limited(response: Any) -> bytes:
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_content(65536):
            size += len(chunk)
            if size > MAX_BYTES:
                raise ServiceError(
                    N_("The phishing list that was downloaded is far larger than expected."),
                    hint=N_("Hearth kept the copy it already had."),
                    service=SERVICE,
                )
            chunks.append(chunk)
    except ServiceError:
        raise
    except Exception:  # noqa: BLE001 - a broken or truncated transfer
        raise ServiceError(
            N_("The download of the phishing list was cut off."),
            hint=N_("Hearth kept the copy it already had. Try again later."),
            service=SERVICE,
        ) from None
    return b"".join(chunks)


# path -> (mtime_ns, set of normalised URLs); loading once makes batch checks fast.
_CACHE: dict[str, tuple[int, frozenset[str]]] = {}
_CACHE_LOCK = threading.Lock()


def _load(path: Path) -> frozenset[str]:
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return frozenset()
    key = str(path)
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
        if cached and cached[0] == stamp:
            return cached[1]
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError:
        return frozenset()
    entries = frozenset(_variants_all(line for line in text.splitlines() if line.strip()))
    with _CACHE_LOCK:
        _CACHE[key] = (stamp, entries)
    return entries


def _variants(url: str) -> set[str]:
    n = normalise_url(url)
    out = {n}
    if n.endswith("/") and n.count("/") > 3:
        out.add(n.rstrip("/"))
    elif not n.endswith("/"):
        out.add(n + "/")
    return out


def _variants_all(urls: Iterable[str]) -> Iterable[str]:
    for url in urls:
        yield normalise_url(url.strip())


def available(hearth: Hearth) -> dict[str, int]:
    """Feed name -> number of links in the local copy (0 when not downloaded yet)."""
    return {feed.name: len(_load(_paths(hearth, feed)[0])) for feed in FEEDS}


def match(hearth: Hearth, urls: Sequence[str]) -> list[Listing]:
    """Match links against the local copies. No network. One Listing per URL found in any feed,
    and a NOT_LISTED Listing for the others (only when at least one feed copy exists)."""
    urls = list(dict.fromkeys(u for u in urls if u))
    loaded = [(feed, _load(_paths(hearth, feed)[0])) for feed in FEEDS]
    loaded = [(f, s) for f, s in loaded if s]
    if not urls or not loaded:
        return []
    out: list[Listing] = []
    for url in urls:
        variants = _variants(url)
        hit = next(((f, s) for f, s in loaded if variants & s), None)
        if hit is not None:
            feed = hit[0]
            label, threat = feed.label, feed.threat
            out.append(
                Listing(
                    f"feeds:{feed.name}",
                    url,
                    LISTED,
                    feed.threat,
                    N_("{label}'s public list names this link as {threat}.", label=label, threat=threat),
                )
            )
        else:
            names = " and ".join(f.label for f, _ in loaded)
            out.append(Listing(SERVICE, url, NOT_LISTED, "", N_("This link is not on the {names} lists.", names=names)))
    return out
