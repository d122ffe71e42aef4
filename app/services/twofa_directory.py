"""Download and cache the 2FA Directory (v4 and v3 ``all.json``) and the Passkeys Directory (v1 ``all.json``).

- Files are fetched through ``hearth.session("twofa_directory")`` / ``("passkeys_directory")``, so
  timeouts, retries, the offline switch and the privacy ledger apply. Only whole public files are
  downloaded: the site a user looks up never leaves this computer.
- The cache lives in ``hearth.paths.cache / "twofa"``; each file is written atomically (temporary
  file, fsync, ``os.replace``) together with its ETag / Last-Modified.
- A file is re-checked once a week with a conditional request (If-None-Match / If-Modified-Since);
  ``304 Not Modified`` keeps the cache.
- A failed, empty, truncated, HTML, oversized or much-shrunken download never replaces the cache:
  the previous copy stays and a plain message says so.
- Without a cache, an offline copy is used: ``HEARTH_2FA_SNAPSHOT`` when set, else the dated copy
  shipped in resources/twofa (so a fresh install looks sites up offline).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import json
import logging
import threading
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import requests

from app import config
from app.errors import OfflineError, ServiceError
from app.fileio import atomic_write  # noqa: F401 - also used by tests as D.atomic_write
from app.resources import resource_path
from app.services.http import describe_refusal
from checks import twofa as T
from checks.base import Cancelled, CancelToken, ProgressCallback
from checks.i18n import N_, MessageError

if TYPE_CHECKING:
    from app.core import Hearth

log = logging.getLogger(__name__)

ENV_SNAPSHOT = config.TWOFA_SNAPSHOT
MAX_BYTES = 50 * 1024 * 1024
REFRESH_AFTER = dt.timedelta(days=7)
#: A new download with fewer than this share of the cached copy's sites is treated as broken.
MIN_SHARE_OF_PREVIOUS = 0.5
#: Options for the HTTP session (tests shorten the timeout).
SESSION_OPTIONS: dict[str, Any] = {"timeout": (5.0, 30.0)}
CHUNK = 64 * 1024


@dataclasses.dataclass(frozen=True)
class DirectoryFile:
    key: str
    service: str
    path: str
    cache_name: str
    purpose: str
    required: bool
    validate: Callable[[Any], Any]
    snapshot_names: tuple[str, ...]
    label: str


FILES: tuple[DirectoryFile, ...] = (
    DirectoryFile(
        "v4",
        "twofa_directory",
        "/v4/all.json",
        "2fa-v4-all.json",
        N_("download the public list of sites that offer two-step verification (2FA Directory)"),
        True,
        T.validate_v4,
        ("v4-all.json", "2fa-directory/v4-all.json"),
        N_("the 2FA Directory"),
    ),
    DirectoryFile(
        "v3",
        "twofa_directory",
        "/v3/all.json",
        "2fa-v3-all.json",
        N_("download the public list of site names and categories (2FA Directory)"),
        False,
        T.validate_v3,
        ("v3-all.json", "2fa-directory/v3-all.json"),
        N_("the site names from the 2FA Directory"),
    ),
    DirectoryFile(
        "passkeys",
        "passkeys_directory",
        "/v1/all.json",
        "passkeys-v1-all.json",
        N_("download the public list of sites that support passkeys (Passkeys Directory)"),
        False,
        T.validate_passkeys,
        ("passkeys-v1-all.json", "passkeys-directory/v1-all.json"),
        N_("the Passkeys Directory"),
    ),
)
FILES_BY_KEY = {f.key: f for f in FILES}


@dataclasses.dataclass(frozen=True)
class FileOutcome:
    key: str
    status: str  # "updated" | "not_modified" | "fresh" | "kept" | "missing" | "offline"
    message: str = ""


@dataclasses.dataclass(frozen=True)
class DirectoryStatus:
    """What ``ensure_directory`` did, and what Hearth now has."""

    available: bool
    source: str  # "cache" | "snapshot" | "none"
    fetched_at: str | None  # when the main file was last downloaded (ISO, UTC); for a snapshot, its date
    outcomes: tuple[FileOutcome, ...] = ()

    @property
    def messages(self) -> tuple[str, ...]:
        return tuple(o.message for o in self.outcomes if o.message)

    @property
    def updated(self) -> bool:
        return any(o.status == "updated" for o in self.outcomes)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).isoformat(timespec="seconds")


def _parse_iso(text: Any) -> dt.datetime | None:
    if not isinstance(text, str):
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def plain_date(text: str | None) -> dt.date | str:
    """The day of an ISO time, as a message parameter: a date (written per language when shown)."""
    when = _parse_iso(text)
    return when.date() if when else N_("an unknown date")


#: The dated copy of the directories that ships with Hearth (resources/twofa, see its README).
#: None: nothing shipped (the test suite starts that way; tests/conftest.py).
BUNDLED_SNAPSHOT: Path | None = resource_path("twofa")


def snapshot_folder() -> Path | None:
    """The offline copy to use without a download: HEARTH_2FA_SNAPSHOT when set, else the shipped one."""
    return config.current().twofa_snapshot or BUNDLED_SNAPSHOT


def snapshot_date(folder: Path | None) -> str | None:
    """The date of an offline copy (``snapshot.json``: {"date": "YYYY-MM-DD"}), or None."""
    if folder is None:
        return None
    try:
        data = json.loads((folder / "snapshot.json").read_text("utf-8"))
        return dt.date.fromisoformat(str(data["date"])).isoformat()
    except (OSError, ValueError, KeyError, TypeError):
        return None


class DirectoryCache:
    """The cached directory files and their metadata (ETag, Last-Modified, times)."""

    def __init__(self, folder: Path, snapshot: Path | None = None) -> None:
        self.folder = folder
        self.snapshot = snapshot
        self.meta_path = folder / "meta.json"

    @classmethod
    def for_hearth(cls, hearth: Hearth) -> DirectoryCache:
        return cls(Path(hearth.paths.cache) / "twofa", snapshot_folder())

    def path(self, f: DirectoryFile) -> Path:
        return self.folder / f.cache_name

    def meta(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.meta_path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}

    def save_meta(self, key: str, values: dict[str, Any]) -> None:
        meta = self.meta()
        meta[key] = {**meta.get(key, {}), **values}
        atomic_write(self.meta_path, json.dumps(meta, indent=1).encode("utf-8"))

    def read_cached(self, f: DirectoryFile) -> Any | None:
        """The parsed, validated cached file, or None (missing or damaged)."""
        return _read_valid(self.path(f), f)

    def read_snapshot(self, f: DirectoryFile) -> Any | None:
        if self.snapshot is None:
            return None
        for name in f.snapshot_names:
            data = _read_valid(self.snapshot / name, f)
            if data is None:  # the bundle ships the copy gzipped (packaging/hearth.spec)
                data = _read_valid(self.snapshot / (name + ".gz"), f)
            if data is not None:
                return data
        return None

    def signature(self) -> tuple[Any, ...]:
        """Changes whenever a cached file changes (for memoising the index)."""
        sig: list[Any] = [str(self.snapshot)]
        for f in FILES:
            try:
                st = self.path(f).stat()
                sig.append((st.st_mtime_ns, st.st_size))
            except OSError:
                sig.append(None)
        return tuple(sig)


def _read_valid(path: Path, f: DirectoryFile) -> Any | None:
    try:
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
    except (OSError, EOFError, zlib.error):  # gzip.BadGzipFile is an OSError
        return None
    try:
        data = json.loads(raw)
        f.validate(data)
    except (ValueError, T.DirectoryFormatError):
        log.warning("ignoring damaged directory file %s", path)
        return None
    return data


def _count(data: Any) -> int:
    return len(data) if isinstance(data, (dict, list)) else 0


class _Rejected(MessageError):
    """A download that must not replace the cache; the message is plain language."""


@dataclasses.dataclass(frozen=True)
class _Fetched:
    not_modified: bool
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None


def _download(session: Any, url: str, f: DirectoryFile, headers: dict[str, str], cancel: CancelToken) -> _Fetched:
    """GET the file (304 or a checked 200 body). Raises _Rejected / ServiceError / Cancelled."""
    response = session.get(url, headers=headers, stream=True, purpose=f.purpose)
    with response:
        if response.status_code == 304:
            return _Fetched(True)
        if response.status_code != 200:
            raise _Rejected(describe_refusal(f.service, response).message)
        length = response.headers.get("Content-Length")
        label = f.label
        if length and length.isdigit() and int(length) > MAX_BYTES:
            mb = int(length) // (1024 * 1024)
            raise _Rejected(N_("The download of {label} was far too big ({mb} MB).", label=label, mb=mb))
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_content(CHUNK):
                if cancel.cancelled:
                    raise Cancelled()
                size += len(chunk)
                if size > MAX_BYTES:
                    limit = MAX_BYTES // (1024 * 1024)
                    raise _Rejected(N_("The download of {label} was far too big (over {limit} MB).", label=label, limit=limit))
                chunks.append(chunk)
        except requests.RequestException as exc:
            kind = type(exc).__name__
            raise _Rejected(N_("The download of {label} broke off before it finished ({kind}).", label=label, kind=kind)) from None
        body = b"".join(chunks)
        content_type = (response.headers.get("Content-Type") or "").lower()
        etag = response.headers.get("ETag") or None
        last_modified = response.headers.get("Last-Modified") or None
    if not body.strip():
        raise _Rejected(N_("The download of {label} was empty.", label=label))
    head = body.lstrip()[:1]
    if "html" in content_type or head == b"<":
        raise _Rejected(
            N_("A web page came back instead of {label} (a Wi-Fi login page or a blocked connection can do this).", label=label)
        )
    return _Fetched(False, body, etag, last_modified)


def _validate_body(body: bytes, f: DirectoryFile, previous: Any | None) -> Any:
    label = f.label
    try:
        data = json.loads(body)
    except ValueError:
        raise _Rejected(N_("The download of {label} was incomplete or damaged.", label=label)) from None
    try:
        f.validate(data)
    except T.DirectoryFormatError as exc:
        raise _Rejected(N_("The download of {label} could not be used ({exc}).", label=label, exc=exc)) from None
    if previous is not None and _count(data) < MIN_SHARE_OF_PREVIOUS * _count(previous):
        new, old = _count(data), _count(previous)
        raise _Rejected(
            N_("The download of {label} lists far fewer sites ({new}) than the copy Hearth has ({old}), so it looks broken.", label=label, new=new, old=old)
        )
    return data


def refresh_file(
    hearth: Hearth,
    cache: DirectoryCache,
    f: DirectoryFile,
    *,
    cancel: CancelToken,
    now: dt.datetime,
    force: bool = False,
) -> FileOutcome:
    """Bring one cached file up to date (if it is due). Never raises for network trouble."""
    meta = cache.meta().get(f.key, {})
    previous = cache.read_cached(f)
    checked = _parse_iso(meta.get("checked_at"))
    if previous is not None and not force and checked is not None and now - checked < REFRESH_AFTER:
        return FileOutcome(f.key, "fresh")
    label = f.label
    if hearth.is_offline():
        if previous is None:
            return FileOutcome(f.key, "offline", N_("Hearth is set to work offline, so {label} was not downloaded.", label=label))
        return FileOutcome(f.key, "offline")
    headers: dict[str, str] = {}
    if previous is not None:
        if meta.get("etag"):
            headers["If-None-Match"] = str(meta["etag"])
        if meta.get("last_modified"):
            headers["If-Modified-Since"] = str(meta["last_modified"])
    url = hearth.service_url(f.service) + f.path
    fetched = plain_date(meta.get("fetched_at"))
    kept = " " + N_("Hearth keeps using its copy from {fetched}.", fetched=fetched) if previous is not None else ""
    try:
        with hearth.session(f.service, cancel=cancel, **SESSION_OPTIONS) as session:
            result = _download(session, url, f, headers, cancel)
        if result.not_modified:
            if previous is None:
                raise _Rejected(N_("The server said {label} had not changed, but Hearth has no copy of it.", label=label))
            cache.save_meta(f.key, {"checked_at": _iso(now)})
            return FileOutcome(f.key, "not_modified")
        data = _validate_body(result.body, f, previous)
        atomic_write(cache.path(f), result.body)
        cache.save_meta(
            f.key,
            {
                "etag": result.etag,
                "last_modified": result.last_modified,
                "fetched_at": _iso(now),
                "checked_at": _iso(now),
                "entries": _count(data),
                "bytes": len(result.body),
            },
        )
        return FileOutcome(f.key, "updated")
    except Cancelled:
        raise
    except OfflineError:
        return FileOutcome(f.key, "offline", "" if previous is not None else N_("Hearth is offline, so {label} was not downloaded.", label=label))
    except _Rejected as exc:
        log.warning("directory download rejected: %s", exc)
        return FileOutcome(f.key, "kept" if previous is not None else "missing", str(exc) + kept)
    except ServiceError as exc:
        return FileOutcome(f.key, "kept" if previous is not None else "missing", exc.message + kept)
    except OSError as exc:
        reason = exc.strerror or exc
        return FileOutcome(
            f.key,
            "kept" if previous is not None else "missing",
            N_("Hearth could not save {label} in its cache folder ({reason}).", label=label, reason=reason) + kept,
        )


def ensure_directory(
    hearth: Hearth,
    *,
    cancel: CancelToken | None = None,
    progress: ProgressCallback | None = None,
    force: bool = False,
    now: dt.datetime | None = None,
) -> DirectoryStatus:
    """Make sure a copy of the directory is available, refreshing it when a week old.

    Raises OfflineError / ServiceError only when there is no usable copy at all.
    """
    cancel = cancel or CancelToken()
    now = now or _utcnow()
    cache = DirectoryCache.for_hearth(hearth)
    outcomes: list[FileOutcome] = []
    for i, f in enumerate(FILES):
        if progress:
            label = f.label
            progress(i, len(FILES), N_("Checking {label}…", label=label))
        cancel.raise_if_cancelled()
        outcomes.append(refresh_file(hearth, cache, f, cancel=cancel, now=now, force=force))
    if progress:
        progress(len(FILES), len(FILES), N_("Done."))
    status = directory_status(hearth, tuple(outcomes))
    if not status.available:
        main = next(o for o in outcomes if o.key == "v4")
        if main.status == "offline":
            raise OfflineError(N_("downloading the 2FA directory"))
        raise ServiceError(
            main.message or N_("Hearth could not get the 2FA directory."),
            hint=N_("Check the internet connection and try again later."),
            service="twofa_directory",
        )
    return status


def directory_status(hearth: Hearth, outcomes: tuple[FileOutcome, ...] = (), *, quick: bool = False) -> DirectoryStatus:
    """Which copy Hearth has. ``quick`` only looks at the files (for the GUI thread); otherwise they are parsed."""
    cache = DirectoryCache.for_hearth(hearth)
    main = FILES_BY_KEY["v4"]
    if quick:
        if cache.path(main).is_file():
            return DirectoryStatus(True, "cache", cache.meta().get("v4", {}).get("fetched_at"), outcomes)
        if cache.snapshot is not None and any((cache.snapshot / n).is_file() or (cache.snapshot / (n + ".gz")).is_file()
                                              for n in main.snapshot_names):
            return DirectoryStatus(True, "snapshot", snapshot_date(cache.snapshot), outcomes)
        return DirectoryStatus(False, "none", None, outcomes)
    if cache.read_cached(main) is not None:
        return DirectoryStatus(True, "cache", cache.meta().get("v4", {}).get("fetched_at"), outcomes)
    if cache.read_snapshot(main) is not None:
        return DirectoryStatus(True, "snapshot", snapshot_date(cache.snapshot), outcomes)
    return DirectoryStatus(False, "none", None, outcomes)


def is_due(hearth: Hearth, now: dt.datetime | None = None) -> bool:
    """True when the cache is missing or older than a week (the GUI refreshes in the background then)."""
    cache = DirectoryCache.for_hearth(hearth)
    checked = _parse_iso(cache.meta().get("v4", {}).get("checked_at"))
    if not cache.path(FILES_BY_KEY["v4"]).is_file() or checked is None:
        return True
    return (now or _utcnow()) - checked >= REFRESH_AFTER


_INDEX_LOCK = threading.Lock()
_INDEX_MEMO: dict[str, tuple[tuple[Any, ...], T.DirectoryIndex]] = {}


def load_index(hearth: Hearth) -> T.DirectoryIndex | None:
    """The look-up index from the cache (or the snapshot), or None when there is no copy."""
    cache = DirectoryCache.for_hearth(hearth)
    sig = cache.signature()
    key = str(cache.folder)
    with _INDEX_LOCK:
        memo = _INDEX_MEMO.get(key)
        if memo is not None and memo[0] == sig:
            return memo[1]
    data: dict[str, Any] = {}
    for f in FILES:
        data[f.key] = cache.read_cached(f)
        if data[f.key] is None:
            data[f.key] = cache.read_snapshot(f)
    if data["v4"] is None:
        return None
    try:
        index = T.build_index(data["v4"], data["v3"], data["passkeys"])
    except T.DirectoryFormatError:
        try:
            index = T.build_index(data["v4"])
        except T.DirectoryFormatError:
            return None
    with _INDEX_LOCK:
        if len(_INDEX_MEMO) >= 4:
            _INDEX_MEMO.clear()  # one installation per process in practice; tests make many
        _INDEX_MEMO[key] = (sig, index)
    return index


def server_time(hearth: Hearth, *, cancel: CancelToken | None = None) -> dt.datetime | None:
    """The time the directory server reports in its ``Date`` header (HEAD request), or None.

    Raises OfflineError when offline and ServiceError when the server cannot be reached.
    """
    import email.utils

    url = hearth.service_url("twofa_directory") + FILES_BY_KEY["v4"].path
    with hearth.session("twofa_directory", cancel=cancel, **SESSION_OPTIONS) as session:
        response = session.head(
            url, purpose=N_("compare this computer's clock with the time on the 2FA Directory's server"), allow_redirects=True
        )
        response.close()
    value = response.headers.get("Date")
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def describe_status(status: DirectoryStatus) -> str:
    """One plain sentence about the copy of the directory Hearth is using."""
    if not status.available:
        return N_("Hearth has no copy of the 2FA directory yet.")
    if status.source == "snapshot":
        if status.fetched_at:
            return N_(
                "Hearth is using the copy of the 2FA directory that came with it, from {when}.",
                when=plain_date(status.fetched_at),
            )
        return N_("Hearth is using the copy of the 2FA directory that came with it.")
    when = plain_date(status.fetched_at)
    return N_("Hearth is using its copy of the 2FA directory from {when}.", when=when)
