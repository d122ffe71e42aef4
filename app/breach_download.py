"""``hearth breach download``: the whole Pwned Passwords list, straight into the compact store.

Every one of the 16^5 five-hex prefixes is asked from the same range API the online check
uses (so nothing personal is sent: every prefix is asked). The answers are validated
(35-hex ``SUFFIX:COUNT`` lines, the right prefix), cut to 64-bit tops and, as soon as the
256 prefixes of one partition (first 3 hex digits) are in, Elias-Fano coded
(app/breach_store.py) and appended to the store being built. No text file is written.

Resume: the store being built lives in ``pwned-download/`` in the data folder (0700, files
0600): ``store.partial`` (the store file, header left empty) and ``journal`` (one fsynced
line per finished partition: index, offset, length, n, H, hashes). After a crash, a reboot
or a Pause, the next run trims ``store.partial`` to the last journalled partition and asks
only for the partitions still missing. When all are in, the header and table are written,
the file is fsynced and moved over the old store with ``os.replace``: the previous store
stays usable until that instant (a refresh builds a new one beside it). Cancel removes the
partial download.

The HTTP goes through Hearth's session (deadline, offline switch, 429/Retry-After), but the
privacy ledger gets ONE entry for the whole run (the count of requests and the outcome)
instead of a million.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import breach_store as bs
from app.errors import InvalidInput, ServiceError, StorageError
from checks.base import Cancelled, CancelToken
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth

SERVICE = "pwned_passwords"
PURPOSE = N_("download the whole Pwned Passwords list for offline checks (every prefix is asked, so nothing "
             "personal is sent)")
JOB_DIR = "pwned-download"
PREFIXES_PER_PARTITION = bs.ALL_PREFIXES // bs.PARTITIONS  # 256
DEFAULT_WORKERS = 16  # the range API is cached at the edge; 16 keeps 50 ms round trips near 300 requests a second
MAX_WORKERS = 32
BYTES_PER_HASH = 2.3  # measured: 2.245 bytes a hash at 4 million
HASHES_PER_PREFIX = 1000  # the real list: about 1 billion hashes over 1,048,576 prefixes
SPACE_MARGIN = 64 * 1024 * 1024
ATTEMPTS = 6  # per prefix, for 429, 5xx, unreadable answers and dropped connections
RETRY_BASE = 0.5  # seconds before the 2nd attempt, doubling (tests lower it)
REFRESH_AFTER_DAYS = 183  # offer a refresh after about 6 months

_BODY = re.compile(rb"(?:[0-9A-Fa-f]{35}:[0-9]+\r?\n)*[0-9A-Fa-f]{35}:[0-9]+(?:\r?\n)?")
_PAIR = re.compile(rb"([0-9A-Fa-f]{11})[0-9A-Fa-f]{24}:([0-9]+)")

Progress = Callable[[int, int, str], None]


def _no_progress(done: int, total: int, text: str) -> None:  # noqa: ARG001
    return None


# -- the job folder ---------------------------------------------------------------------------


def job_dir(data_dir: Path) -> Path:
    return Path(data_dir) / JOB_DIR


def _write_private(path: Path, data: bytes) -> None:
    """Write a small file atomically (temp name, fsync, rename), 0600."""
    tmp = path.with_name(path.name + ".new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    bs.fsync_dir(path.parent)


class Job:
    """A download in progress (or paused) in the data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.dir = job_dir(data_dir)
        self.state_path = self.dir / "state.json"
        self.partial = self.dir / "store.partial"
        self.journal_path = self.dir / "journal"

    def exists(self) -> bool:
        return self.state_path.exists() and self.partial.exists()

    def state(self) -> dict[str, Any] | None:
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(state, dict) or not isinstance(state.get("prefixes"), int):
            return None
        return state

    def create(self, prefixes: int, now: dt.datetime) -> None:
        self.discard()
        self.dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.dir, 0o700)
        fd = os.open(self.partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(b"\0" * bs.TABLE_END)
            fh.flush()
            os.fsync(fh.fileno())
        fd = os.open(self.journal_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        _write_private(self.state_path, json.dumps(
            {"prefixes": prefixes, "kind": "sha1", "started": now.isoformat()}).encode())

    def discard(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)

    def done(self) -> dict[int, tuple[int, int, int, int, int]]:
        """{partition: (offset, length, n, H, hashes)} of the journalled partitions that are intact."""
        out: dict[int, tuple[int, int, int, int, int]] = {}
        try:
            raw = self.journal_path.read_bytes()
            size = self.partial.stat().st_size
        except OSError:
            return out
        for line in raw.split(b"\n")[:-1]:  # a torn last line (no newline) is ignored
            parts = line.split()
            if len(parts) != 6 or not all(p.isdigit() for p in parts):
                break
            index, offset, length, n, h, hashes = (int(p) for p in parts)
            if index >= bs.PARTITIONS or offset < bs.TABLE_END or offset + length > size:
                break
            out[index] = (offset, length, n, h, hashes)
        return out


def _partition_prefixes(partition: int, limit: int) -> range:
    start = partition * PREFIXES_PER_PARTITION
    return range(start, min(start + PREFIXES_PER_PARTITION, limit))


def partitions_for(limit: int) -> list[int]:
    return [p for p in range(bs.PARTITIONS) if p * PREFIXES_PER_PARTITION < limit]


def prefixes_done(done: dict[int, Any], limit: int) -> int:
    return sum(len(_partition_prefixes(p, limit)) for p in done)


def needed_bytes(limit: int) -> int:
    """Disk space a complete store of ``limit`` prefixes needs (the real list: about 2.4 GB)."""
    return int(limit * HASHES_PER_PREFIX * BYTES_PER_HASH) + bs.TABLE_END


def check_space(folder: Path, needed: int) -> None:
    free = shutil.disk_usage(folder).free
    if free < needed + SPACE_MARGIN:
        need_mb = -(-(needed + SPACE_MARGIN) // 1_000_000)
        free_mb = free // 1_000_000
        raise StorageError(
            N_("There is not enough free disk space for the breach list (it needs about {need} MB, "
               "{free} MB are free).", need=need_mb, free=free_mb),
            hint=N_("Free some space on this computer, then start the download again."),
        )


# -- the answers ------------------------------------------------------------------------------


def parse_answer(prefix: str, body: bytes) -> list[int]:
    """64-bit tops of the hashes in one range answer (padding rows dropped). ValueError if unreadable.

    The whole answer must be ``SUFFIX:COUNT`` lines (35 hex digits, a count; CRLF or LF; the
    last newline optional), at least one line."""
    if not _BODY.fullmatch(body):
        raise ValueError("unexpected line in range answer")
    head = int(prefix, 16) << 44
    return [head | int(top, 16) for top, count in _PAIR.findall(body) if count.strip(b"0")]


class _Tally:
    """Stands in for the ledger during a download: counts attempts; one real entry is written at the end."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests = 0
        self.refused = 0
        self.failed = 0

    def record(self, *, service: str, method: str, url: str, purpose: str, status: int | None, outcome: str) -> None:  # noqa: ARG002
        with self.lock:
            self.requests += 1
            if status is None:
                self.failed += 1
            elif status != 200:
                self.refused += 1


class _Fetcher:
    def __init__(self, hearth: Hearth, cancel: CancelToken, tally: _Tally) -> None:
        from app.services.http import make_session

        self.base = hearth.service_url(SERVICE).rstrip("/")
        self.cancel = cancel
        self._local = threading.local()
        self._sessions: list[Any] = []
        self._lock = threading.Lock()
        self._make = lambda: make_session(  # noqa: E731
            SERVICE, ledger=tally, is_offline=hearth.is_offline, cancel=cancel, retries=3, max_retry_after=60.0)
        self.rest_until = 0.0  # a 429 beyond the session's patience pauses every worker

    def session(self) -> Any:
        s = getattr(self._local, "session", None)
        if s is None:
            s = self._local.session = self._make()
            with self._lock:
                self._sessions.append(s)
        return s

    def close(self) -> None:
        with self._lock:
            for s in self._sessions:
                s.close()

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            self.cancel.raise_if_cancelled()
            time.sleep(min(left, 0.1))

    def fetch(self, prefix_index: int) -> list[int]:
        from app.services.http import describe_refusal, parse_retry_after

        prefix = f"{prefix_index:05X}"
        problem: ServiceError | None = None
        for attempt in range(ATTEMPTS):
            self.cancel.raise_if_cancelled()
            if (rest := self.rest_until - time.monotonic()) > 0:
                self._sleep(rest)
            try:
                response = self.session().get(
                    f"{self.base}/range/{prefix}", headers={"Add-Padding": "true"}, purpose=PURPOSE)
            except ServiceError as exc:  # could not connect, or too slow: wait a little and ask again
                problem = exc
                self._sleep(min(30.0, RETRY_BASE * 2**attempt))
                continue
            with response:
                if response.status_code == 200 and response.url.rstrip("/").upper().endswith("/RANGE/" + prefix):
                    try:
                        return parse_answer(prefix, response.content)
                    except ValueError:
                        problem = ServiceError(
                            N_("The Pwned Passwords service sent an answer Hearth cannot read."),
                            hint=N_("Try again later. What was downloaded so far is kept."), service=SERVICE)
                        self._sleep(min(30.0, RETRY_BASE * 2**attempt))
                        continue
                problem = describe_refusal(SERVICE, response)
                if response.status_code == 200:  # answered for another prefix
                    continue
                if response.status_code == 429 or response.status_code >= 500:
                    wait_s = parse_retry_after(response.headers.get("Retry-After"))
                    wait_s = min(600.0, wait_s if wait_s is not None else 4 * RETRY_BASE * 2**attempt)
                    self.rest_until = max(self.rest_until, time.monotonic() + wait_s)
                    continue
                raise problem
        assert problem is not None  # noqa: S101 - the loop ran
        raise problem


# -- the download -----------------------------------------------------------------------------


def download(
    hearth: Hearth,
    *,
    workers: int = DEFAULT_WORKERS,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
    prefixes: int = bs.ALL_PREFIXES,
    discard_on_cancel: Callable[[], bool] | None = None,
    now: Callable[[], dt.datetime] | None = None,
) -> dict[str, Any]:
    """Download (or resume, or refresh) the breach list. Returns a summary with ``outcome``:
    "complete", or "paused" (cancelled; progress kept) or "cancelled" (``discard_on_cancel()``
    true: progress removed). Errors (offline, refused, disk) keep the progress too."""
    cancel = cancel or CancelToken()
    progress = progress or _no_progress
    now = now or (lambda: dt.datetime.now(dt.UTC))
    if not 1 <= prefixes <= bs.ALL_PREFIXES:
        raise InvalidInput(N_("The number of prefixes must be between 1 and 1048576."))
    workers = max(1, min(MAX_WORKERS, int(workers)))
    data = Path(hearth.paths.data)
    bs.cleanup(data)
    job = Job(data)
    with _Lock(job):
        state = job.state() if job.exists() else None
        if state is None or state["prefixes"] != prefixes:
            job.create(prefixes, now())
            state = job.state() or {}
        done = job.done()
        resumed = prefixes_done(done, prefixes)
        written = sum(v[1] for v in done.values())
        check_space(data, max(0, needed_bytes(prefixes) - written - bs.TABLE_END))
        tally = _Tally()
        outcome = "failed"
        summary: dict[str, Any] = {"prefixes_total": prefixes, "resumed_from": resumed}
        try:
            result = _run(hearth, job, done, prefixes, workers, cancel, progress, tally, now)
            outcome = "complete"
            summary.update(result)
            return summary
        except OSError as exc:  # the disk filled up, the folder went away...
            reason = exc.strerror or type(exc).__name__
            raise StorageError(
                N_("Hearth could not write the breach list ({reason}).", reason=reason),
                hint=N_("Check there is free disk space, then start the download again: what was downloaded so "
                        "far is kept."),
            ) from None
        except (Cancelled, KeyboardInterrupt):  # Pause (or Ctrl+C): what is done is kept
            if discard_on_cancel is not None and discard_on_cancel():
                job.discard()
                outcome = "cancelled"
            else:
                outcome = "paused"
            summary.update(status(data))
            summary["outcome"] = outcome
            return summary
        finally:
            _ledger_entry(hearth, tally, outcome)


def _ledger_entry(hearth: Hearth, tally: _Tally, outcome: str) -> None:
    if not tally.requests:
        return
    base = hearth.service_url(SERVICE).rstrip("/")
    hearth.ledger.record(
        service=SERVICE, method="GET", url=f"{base}/range/", purpose=PURPOSE,
        status=200 if outcome == "complete" else None,
        outcome=f"download {outcome}: {tally.requests} range requests ({tally.refused} refused, "
                f"{tally.failed} failed)",
    )


def _run(
    hearth: Hearth,
    job: Job,
    done: dict[int, tuple[int, int, int, int, int]],
    limit: int,
    workers: int,
    cancel: CancelToken,
    progress: Progress,
    tally: _Tally,
    now: Callable[[], dt.datetime],
) -> dict[str, Any]:
    todo = [p for p in partitions_for(limit) if p not in done]
    total_done = prefixes_done(done, limit)
    text = N_("Downloading the breach list")
    progress(total_done, limit, text)
    end = max((o + n for o, n, *_ in done.values()), default=bs.TABLE_END)
    fd = os.open(job.partial, os.O_RDWR, 0o600)
    fh = os.fdopen(fd, "r+b")
    journal = os.fdopen(os.open(job.journal_path, os.O_WRONLY | os.O_APPEND, 0o600), "ab")
    fetcher = _Fetcher(hearth, cancel, tally)
    try:
        fh.truncate(end)  # drop a partition written but not journalled before a crash
        fh.seek(end)
        pending: dict[int, list[int]] = defaultdict(list)
        missing = {p: len(_partition_prefixes(p, limit)) for p in todo}
        queue = [(p, q) for p in todo for q in _partition_prefixes(p, limit)]
        window = workers * 4
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="breach-dl") as pool:
            running: dict[Future[list[int]], int] = {}
            at = 0
            try:
                while at < len(queue) or running:
                    while at < len(queue) and len(running) < window:
                        part, q = queue[at]
                        running[pool.submit(fetcher.fetch, q)] = part
                        at += 1
                    finished, _ = wait(running, timeout=0.5, return_when=FIRST_COMPLETED)
                    cancel.raise_if_cancelled()
                    for future in finished:
                        part = running.pop(future)
                        pending[part].extend(future.result())
                        missing[part] -= 1
                        total_done += 1
                        if missing[part] == 0:
                            _append(fh, journal, part, pending.pop(part), done)
                    if finished:
                        progress(total_done, limit, text)
            except BaseException:
                cancel.cancel()  # the other workers stop at their next step
                for f in running:
                    f.cancel()
                raise
        hashes = sum(v[4] for v in done.values())
        entries = [(0, 0, 0)] * bs.PARTITIONS
        for p, (offset, _length, n, h, _hashes) in done.items():
            entries[p] = (offset, n, h)
        fh.seek(0)
        fh.write(bs.header_bytes("sha1", hashes, now(), limit, entries))
        fh.flush()
        os.fsync(fh.fileno())
        fh.close()
        target = bs.store_path(job.dir.parent)
        os.replace(job.partial, target)  # the old store (if any) stays usable until this instant
        os.chmod(target, 0o600)
        bs.fsync_dir(target.parent)
        job.discard()
        progress(limit, limit, text)
        return {"outcome": "complete", "store": str(target), "hashes": hashes, "bytes": target.stat().st_size,
                "prefixes_done": limit, "requests": tally.requests}
    finally:
        fetcher.close()
        if not fh.closed:
            fh.close()
        journal.close()


def _append(fh: Any, journal: Any, part: int, values: list[int], done: dict[int, Any]) -> None:
    if not values:  # an empty partition (only possible in a small test space): journal it as done
        line = f"{part} {bs.TABLE_END} 0 0 0 0\n"
        done[part] = (bs.TABLE_END, 0, 0, 0, 0)
    else:
        body, n, h = bs.encode_partition(values)
        offset = fh.tell()
        fh.write(body)
        fh.flush()
        os.fsync(fh.fileno())
        hashes = len(set(values))
        done[part] = (offset, len(body), n, h, hashes)
        line = f"{part} {offset} {len(body)} {n} {h} {hashes}\n"
    journal.write(line.encode())
    journal.flush()
    os.fsync(journal.fileno())


class _Lock:
    """One download at a time per data folder (window and command line)."""

    def __init__(self, job: Job) -> None:
        self.path = job.dir.parent / (JOB_DIR + ".lock")
        self.fd = -1

    def __enter__(self) -> _Lock:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no advisory locks here
            return self
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self.fd)
            raise InvalidInput(
                N_("The breach list is already being downloaded."),
                hint=N_("Wait for that download to finish, or pause it first."),
            ) from None
        return self

    def __exit__(self, *exc: object) -> None:
        self.path.unlink(missing_ok=True)  # still holding the lock: nobody else is inside
        os.close(self.fd)


def discard(data_dir: Path) -> bool:
    """Remove a paused download (Cancel). True when there was one."""
    job = Job(Path(data_dir))
    had = job.dir.exists()
    job.discard()
    return had


def status(data_dir: Path, today: dt.date | None = None) -> dict[str, Any]:
    """The ``breach status --json`` shape: the store in use, and any download in progress."""
    data_dir = Path(data_dir)
    store = bs.open_store(data_dir)
    job = Job(data_dir)
    state = job.state() if job.exists() else None
    download = None
    if state is not None:
        done = job.done()
        download = {
            "prefixes_done": prefixes_done(done, state["prefixes"]),
            "prefixes_total": state["prefixes"],
            "hashes": sum(v[4] for v in done.values()),
            "bytes": job.partial.stat().st_size if job.partial.exists() else 0,
            "started": state.get("started"),
        }
    if store is None:
        info: dict[str, Any] = {
            "prefixes_done": download["prefixes_done"] if download else 0,
            "prefixes_total": download["prefixes_total"] if download else bs.ALL_PREFIXES,
            "hashes": download["hashes"] if download else 0,
            "bytes": download["bytes"] if download else 0,
            "date": None, "complete": False, "exact": False, "refresh_due": False,
        }
    else:
        with store:
            day = store.created.date()
            info = {"prefixes_done": store.prefixes, "prefixes_total": store.prefixes, "hashes": store.hashes,
                    "bytes": store.size, "date": day.isoformat(), "complete": True, "exact": False,
                    "refresh_due": ((today or dt.datetime.now(dt.UTC).date()) - day).days >= REFRESH_AFTER_DAYS}
    info["download"] = download
    return info
