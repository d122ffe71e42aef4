"""Pwned Passwords: the online range API (k-anonymity) and the offline corpus index.

Online (PROTOCOLS.md §1.1): only the first five hex characters of the SHA-1 of a
password leave the computer, with ``Add-Padding: true``; padding rows (``:0``) are
ignored; CRLF, LF and a missing final newline are all accepted. Many hashes are looked
up with one request per distinct prefix, a few at a time (bounded threads), and the
HearthSession honours 429/Retry-After and the cancel token.

Offline (§1.4): ``build_offline_index`` turns the downloader's ``HASH:COUNT`` text file
(SHA-1 or NTLM, ordered by hash or not) or its per-prefix folder into a sorted binary
file of fixed-size records (hash bytes + 4-byte count) in the data folder, streaming
(the real file is ~40 GB). Look-ups are a binary search over that file (memory-mapped).
"""

from __future__ import annotations

import contextvars
import hashlib
import heapq
import logging
import mmap
import os
import re
import struct
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from app.errors import InvalidInput, ServiceError, StorageError
from app.services.http import describe_refusal
from checks.base import Cancelled, CancelToken
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth

log = logging.getLogger(__name__)

SERVICE = "pwned_passwords"
PURPOSE = N_("check whether a password is in known breaches (only the first 5 characters of a scrambled fingerprint of it are sent)")
DEFAULT_WORKERS = 8  # bounded: at most this many range requests at once

Progress = Callable[[int, int, str], None]


def _no_progress(done: int, total: int, text: str) -> None:  # noqa: ARG001
    return None


# ----------------------------------------------------------------------------------------
# hashes


def sha1_hex(password: str) -> str:
    """Upper-case hex SHA-1 of the UTF-8 password (what Pwned Passwords indexes)."""
    return hashlib.sha1(password.encode("utf-8")).hexdigest().upper()  # noqa: S324 - the protocol's hash


def _md4(data: bytes) -> bytes:
    """MD4 (RFC 1320). Python's hashlib lacks it on OpenSSL 3, and NTLM needs it."""

    def f(x: int, y: int, z: int) -> int:
        return (x & y) | (~x & z)

    def g(x: int, y: int, z: int) -> int:
        return (x & y) | (x & z) | (y & z)

    def h(x: int, y: int, z: int) -> int:
        return x ^ y ^ z

    def rotl(x: int, n: int) -> int:
        x &= 0xFFFFFFFF
        return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF

    message = bytearray(data)
    bit_len = (8 * len(data)) & 0xFFFFFFFFFFFFFFFF
    message.append(0x80)
    while len(message) % 64 != 56:
        message.append(0)
    message += struct.pack("<Q", bit_len)
    a, b, c, d = 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476
    for offset in range(0, len(message), 64):
        x = struct.unpack("<16I", message[offset:offset + 64])
        aa, bb, cc, dd = a, b, c, d
        for i in (0, 4, 8, 12):
            a = rotl(a + f(b, c, d) + x[i], 3)
            d = rotl(d + f(a, b, c) + x[i + 1], 7)
            c = rotl(c + f(d, a, b) + x[i + 2], 11)
            b = rotl(b + f(c, d, a) + x[i + 3], 19)
        for i in (0, 1, 2, 3):
            a = rotl(a + g(b, c, d) + x[i] + 0x5A827999, 3)
            d = rotl(d + g(a, b, c) + x[i + 4] + 0x5A827999, 5)
            c = rotl(c + g(d, a, b) + x[i + 8] + 0x5A827999, 9)
            b = rotl(b + g(c, d, a) + x[i + 12] + 0x5A827999, 13)
        for i in (0, 2, 1, 3):
            a = rotl(a + h(b, c, d) + x[i] + 0x6ED9EBA1, 3)
            d = rotl(d + h(a, b, c) + x[i + 8] + 0x6ED9EBA1, 9)
            c = rotl(c + h(d, a, b) + x[i + 4] + 0x6ED9EBA1, 11)
            b = rotl(b + h(c, d, a) + x[i + 12] + 0x6ED9EBA1, 15)
        a, b, c, d = (a + aa) & 0xFFFFFFFF, (b + bb) & 0xFFFFFFFF, (c + cc) & 0xFFFFFFFF, (d + dd) & 0xFFFFFFFF
    return struct.pack("<4I", a, b, c, d)


def ntlm_hex(password: str) -> str:
    """Upper-case hex NTLM hash: MD4 of the UTF-16LE password."""
    data = password.encode("utf-16-le")
    try:
        digest = hashlib.new("md4", data).digest()
    except ValueError:
        digest = _md4(data)
    return digest.hex().upper()


# ----------------------------------------------------------------------------------------
# online range API

_RANGE_LINE = re.compile(r"([0-9A-Fa-f]+):(\d+)")


def parse_range(body: str, suffix_len: int = 35) -> dict[str, int]:
    """``SUFFIX:COUNT`` lines -> {SUFFIX: count}, without padding rows (count 0).

    Accepts CRLF, LF and no final newline. Raises ValueError on anything else.
    """
    out: dict[str, int] = {}
    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            continue
        m = _RANGE_LINE.fullmatch(line)
        if not m or len(m.group(1)) != suffix_len:
            raise ValueError("unexpected line in range response")
        count = int(m.group(2))
        if count > 0:
            out[m.group(1).upper()] = count
    return out


def _check_prefix(prefix: str) -> str:
    prefix = prefix.upper()
    if not re.fullmatch(r"[0-9A-F]{5}", prefix):
        raise ValueError("a range prefix is exactly 5 hex characters")
    return prefix


class _LinkedToken(CancelToken):
    """Cancelled when its parent is, or on its own (so a failed batch stops its workers
    without cancelling the caller's token)."""

    def __init__(self, parent: CancelToken) -> None:
        super().__init__()
        self._parent = parent

    @property
    def cancelled(self) -> bool:
        return super().cancelled or self._parent.cancelled

    def raise_if_cancelled(self) -> None:
        if self.cancelled:
            raise Cancelled()


class PwnedPasswords:
    """The online range client. Thread-safe: one HearthSession per worker thread."""

    def __init__(
        self, hearth: Hearth, *, cancel: CancelToken | None = None, workers: int | None = None, **session_options: Any
    ) -> None:
        self.hearth = hearth
        self.cancel: CancelToken = _LinkedToken(cancel or CancelToken())
        self.workers = max(1, workers or DEFAULT_WORKERS)
        self.base = hearth.service_url(SERVICE)
        self._local = threading.local()
        self._options = session_options  # e.g. timeout=(connect, read), retries=N
        self._sessions: list[Any] = []
        self._lock = threading.Lock()

    def _session(self) -> Any:
        session = getattr(self._local, "session", None)
        if session is None:
            session = self.hearth.session(SERVICE, cancel=self.cancel, **self._options)
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def close(self) -> None:
        with self._lock:
            for s in self._sessions:
                s.close()
            self._sessions.clear()

    def __enter__(self) -> PwnedPasswords:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def range(self, prefix: str) -> dict[str, int]:
        """{SUFFIX: count} for one 5-character prefix (padding removed)."""
        prefix = _check_prefix(prefix)
        response = self._session().get(
            f"{self.base}/range/{prefix}", headers={"Add-Padding": "true"}, purpose=PURPOSE
        )
        with response:
            if response.status_code != 200:
                raise describe_refusal(SERVICE, response)
            try:
                return parse_range(response.text)
            except ValueError:
                raise ServiceError(
                    N_("The Pwned Passwords service sent an answer Hearth cannot read."),
                    hint=N_("Try again later. Nothing was saved."),
                    service=SERVICE,
                ) from None

    def count(self, password: str) -> int:
        digest = sha1_hex(password)
        return self.range(digest[:5]).get(digest[5:], 0)

    def counts(self, hashes: Iterable[str], *, progress: Progress | None = None) -> dict[str, int]:
        """Counts for many full SHA-1 hex hashes: one request per distinct prefix, in parallel."""
        progress = progress or _no_progress
        wanted = {h.upper() for h in hashes}
        by_prefix: dict[str, list[str]] = {}
        for h in sorted(wanted):
            by_prefix.setdefault(h[:5], []).append(h)
        total = len(by_prefix)
        result: dict[str, int] = {}
        if not total:
            return result
        progress(0, total, N_("Asking Pwned Passwords"))
        done = 0
        with ThreadPoolExecutor(max_workers=min(self.workers, total), thread_name_prefix="pwned") as pool:
            # each request runs in its worker with a copy of the caller's context, so an enclosing
            # http.overall_deadline() bounds the workers' requests too (contextvars do not cross threads)
            futures = {pool.submit(contextvars.copy_context().run, self._range_guarded, p): p for p in by_prefix}
            try:
                for future in as_completed(futures):
                    prefix = futures[future]
                    answer = future.result()
                    for h in by_prefix[prefix]:
                        result[h] = answer.get(h[5:], 0)
                    done += 1
                    progress(done, total, N_("Asking Pwned Passwords"))
            except BaseException:
                self.cancel.cancel()  # stop the other workers quickly
                for f in futures:
                    f.cancel()
                raise
        return result

    def _range_guarded(self, prefix: str) -> dict[str, int]:
        if self.cancel.cancelled:
            raise Cancelled()
        return self.range(prefix)


# ----------------------------------------------------------------------------------------
# offline corpus

MAGIC = b"HEARTHPW"
HEADER = struct.Struct(">8s4sI")  # magic, kind (b"SHA1"/b"NTLM"), reserved
HASH_BYTES = {"sha1": 20, "ntlm": 16}
INDEX_NAMES = {"sha1": "pwned-passwords-sha1.idx", "ntlm": "pwned-passwords-ntlm.idx"}
SORT_CHUNK = 1_000_000  # records per in-memory sorted run when the input is not in hash order
_LINE = re.compile(rb"([0-9A-Fa-f]{32}|[0-9A-Fa-f]{40})\s*:\s*(\d+)\s*")
_SUFFIX_LINE = re.compile(rb"([0-9A-Fa-f]{27}|[0-9A-Fa-f]{35})\s*:\s*(\d+)\s*")


def index_path(data_dir: Path, kind: str = "sha1") -> Path:
    return Path(data_dir) / INDEX_NAMES[kind]


def _damaged() -> StorageError:
    return StorageError(
        N_("The offline breach index is damaged."), hint=N_("Download the breach list again (Passwords, 'Check passwords without the internet').")
    )


class OfflineIndex:
    """A sorted binary file of (hash, count) records; look-ups are a binary search."""

    exact = True

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with open(self.path, "rb") as fh:
            head = fh.read(HEADER.size)
        if len(head) < HEADER.size:
            raise _damaged()
        magic, kind, _ = HEADER.unpack(head)
        if magic != MAGIC or kind not in (b"SHA1", b"NTLM"):
            raise _damaged()
        self.kind = kind.decode().lower()
        self.hash_len = HASH_BYTES[self.kind]
        self.record = self.hash_len + 4
        size = self.path.stat().st_size - HEADER.size
        if size % self.record:
            raise _damaged()
        self.records = size // self.record
        self._fh = open(self.path, "rb")  # noqa: SIM115 - kept open for the mmap
        self._map = mmap.mmap(self._fh.fileno(), 0, access=mmap.ACCESS_READ) if self.records else None

    def close(self) -> None:
        if self._map is not None:
            self._map.close()
        self._fh.close()

    def __enter__(self) -> OfflineIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def lookup(self, hex_hash: str) -> int:
        """Times this hash was seen (0 when it is not in the corpus)."""
        key = bytes.fromhex(hex_hash)
        if len(key) != self.hash_len or self._map is None:
            raise ValueError("hash of the wrong kind for this index")
        lo, hi = 0, self.records
        mm, rec, hl, base = self._map, self.record, self.hash_len, HEADER.size
        while lo < hi:
            mid = (lo + hi) // 2
            at = base + mid * rec
            probe = mm[at:at + hl]
            if probe < key:
                lo = mid + 1
            elif probe > key:
                hi = mid
            else:
                return int.from_bytes(mm[at + hl:at + rec], "big")
        return 0

    def lookup_password(self, password: str) -> int:
        return self.lookup(sha1_hex(password) if self.kind == "sha1" else ntlm_hex(password))


class CompactIndex:
    """The compact store (app/breach_store.py) behind the OfflineIndex interface.

    Membership only: a hit is reported as a count of 1 with ``exact`` False, and means
    "very likely seen in breaches" (false matches below 1 in 10,000).
    """

    exact = False

    def __init__(self, store: Any) -> None:
        self._store = store
        self.kind = store.kind
        self.path = store.path
        self.created = store.created

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> CompactIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def lookup(self, hex_hash: str) -> int:
        return 1 if self._store.contains(hex_hash) else 0

    def lookup_password(self, password: str) -> int:
        return self.lookup(sha1_hex(password) if self.kind == "sha1" else ntlm_hex(password))


def find_offline_index(data_dir: Path) -> OfflineIndex | CompactIndex | None:
    """The exact SHA-1 index in the data folder (preferred), else the NTLM one, else the compact
    downloaded store, else None."""
    for kind in ("sha1", "ntlm"):
        path = index_path(data_dir, kind)
        if path.exists():
            try:
                return OfflineIndex(path)
            except (StorageError, OSError) as exc:
                log.warning("offline index unusable: %s", type(exc).__name__)
    from app import breach_store

    store = breach_store.open_store(Path(data_dir))
    return CompactIndex(store) if store is not None else None


def _not_a_hash_file(source: Path, line_no: int) -> InvalidInput:
    name = source.name
    return InvalidInput(
        N_("{name} does not look like a Pwned Passwords file (line {line_no} is not HASH:COUNT).", name=name, line_no=line_no),
        hint=N_("Use the file made by the Pwned Passwords downloader: one 'HASH:COUNT' per line (SHA-1 or NTLM), "
                "or its folder of per-prefix files."),
    )


def _records_from_file(source: Path, cancel: CancelToken, progress: Progress) -> Iterator[tuple[bytes, int, str]]:
    total = source.stat().st_size
    done = 0
    kind = ""
    with open(source, "rb") as fh:
        for line_no, raw in enumerate(fh, 1):
            done += len(raw)
            if line_no % 200_000 == 0:
                cancel.raise_if_cancelled()
                progress(done, total, N_("Reading the breach file"))
            if not raw.strip():
                continue
            m = _LINE.fullmatch(raw)
            if not m:
                raise _not_a_hash_file(source, line_no)
            hx = m.group(1)
            this = "sha1" if len(hx) == 40 else "ntlm"
            if kind and this != kind:
                raise _not_a_hash_file(source, line_no)
            kind = this
            yield bytes.fromhex(hx.decode()), int(m.group(2)), kind
    progress(total, total, N_("Reading the breach file"))


def _records_from_folder(source: Path, cancel: CancelToken, progress: Progress) -> Iterator[tuple[bytes, int, str]]:
    files = sorted(p for p in source.iterdir() if re.fullmatch(r"[0-9A-Fa-f]{5}\.txt", p.name))
    if not files:
        name = source.name
        raise InvalidInput(
            N_("The folder {name} has no per-prefix files (like 00000.txt).", name=name),
            hint=N_("Point Hearth at the folder the downloader made, or at its single .txt file."),
        )
    kind = ""
    for n, path in enumerate(files, 1):
        if n % 256 == 0:
            cancel.raise_if_cancelled()
            progress(n, len(files), N_("Reading the breach folder"))
        prefix = path.name[:5].upper().encode()
        with open(path, "rb") as fh:
            for line_no, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                m = _SUFFIX_LINE.fullmatch(raw)
                if not m:
                    raise _not_a_hash_file(path, line_no)
                this = "sha1" if len(m.group(1)) == 35 else "ntlm"
                if kind and this != kind:
                    raise _not_a_hash_file(path, line_no)
                kind = this
                count = int(m.group(2))
                if count:
                    yield bytes.fromhex((prefix + m.group(1)).decode()), count, kind
    progress(len(files), len(files), N_("Reading the breach folder"))


def _pack(h: bytes, count: int) -> bytes:
    return h + min(count, 0xFFFFFFFF).to_bytes(4, "big")


def _read_run(fh: BinaryIO, rec: int) -> Iterator[bytes]:
    while True:
        chunk = fh.read(rec * 4096)
        if not chunk:
            return
        for i in range(0, len(chunk), rec):
            yield chunk[i:i + rec]


def build_offline_index(
    source: Path,
    data_dir: Path,
    *,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Build the look-up index from a downloaded corpus, streaming. Returns a summary.

    Input in hash order is copied straight through; unordered input (e.g. the old
    "ordered by prevalence" files) is sorted in runs of ``SORT_CHUNK`` records in
    temporary files, then merged. Duplicate hashes keep the largest count. The index is
    written to a temporary file and moved into place only when complete, so a
    cancelled or failed build leaves the previous index (or none) untouched.
    """
    cancel = cancel or CancelToken()
    progress = progress or _no_progress
    source = Path(source).expanduser()
    if not source.exists():
        raise InvalidInput(N_("There is no file or folder at {source}.", source=source), hint=N_("Check the path and try again."))
    records = _records_from_folder(source, cancel, progress) if source.is_dir() else _records_from_file(
        source, cancel, progress
    )
    data_dir = Path(data_dir)
    from app import breach_store

    breach_store.cleanup(data_dir)  # runs a killed build left behind (issue 15 item 5)
    tmpdir = tempfile.mkdtemp(prefix="pwned-index-", dir=data_dir)  # 0700; the run files are 0600
    runs: list[Path] = []
    kind = ""
    ordered = True
    previous = b""
    count = 0
    out_tmp = Path(tmpdir) / "index.tmp"
    try:
        first = Path(tmpdir) / "run0"
        fh = os.fdopen(os.open(first, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb")  # closed below
        runs.append(first)
        buffer: list[bytes] = []
        try:
            for h, n, rec_kind in records:
                kind = rec_kind  # the kind of the file (checked line by line by the reader)
                record = _pack(h, n)
                if ordered and h <= previous:
                    if h == previous:
                        continue  # duplicate line; the first count is kept in ordered input
                    ordered = False
                previous = h if ordered else previous
                count += 1
                if ordered:
                    fh.write(record)
                else:
                    buffer.append(record)
                    if len(buffer) >= SORT_CHUNK:
                        runs.append(_write_run(tmpdir, len(runs), buffer))
                        buffer = []
        finally:
            fh.close()
        if not ordered and buffer:
            runs.append(_write_run(tmpdir, len(runs), buffer))
        if count == 0 or not kind:
            name = source.name
            raise InvalidInput(N_("{name} has no hashes in it.", name=name), hint=N_("Check that the download finished."))
        cancel.raise_if_cancelled()
        rec = HASH_BYTES[kind] + 4
        hl = HASH_BYTES[kind]
        written = 0
        with os.fdopen(os.open(out_tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
            out.write(HEADER.pack(MAGIC, kind.upper().encode(), 0))
            if ordered:
                with open(first, "rb") as src:
                    while chunk := src.read(1 << 20):
                        out.write(chunk)
                written = count
            else:
                # run0 holds the ordered prefix read before disorder was seen; it is sorted too.
                handles = [open(r, "rb") for r in runs]  # noqa: SIM115 - closed below
                try:
                    last = b""
                    pending = b""
                    for n_rec, record in enumerate(heapq.merge(*(_read_run(h, rec) for h in handles)), 1):
                        if n_rec % 500_000 == 0:
                            cancel.raise_if_cancelled()
                            progress(n_rec, count, N_("Sorting the breach file"))
                        key = record[:hl]
                        if key == last:
                            if record[hl:] > pending[hl:]:
                                pending = record
                            continue
                        if pending:
                            out.write(pending)
                            written += 1
                        pending, last = record, key
                    if pending:
                        out.write(pending)
                        written += 1
                finally:
                    for run_file in handles:
                        run_file.close()
            out.flush()
            os.fsync(out.fileno())
        cancel.raise_if_cancelled()
        target = index_path(data_dir, kind)
        os.replace(out_tmp, target)
        os.chmod(target, 0o600)
        return {"index": str(target), "kind": kind, "hashes": written, "was_sorted": ordered}
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise StorageError(
            N_("Hearth could not write the offline breach index ({reason}).", reason=reason),
            hint=N_("Check there is enough free disk space (about 60% of the size of the downloaded file)."),
        ) from None
    finally:
        for path in Path(tmpdir).iterdir():
            path.unlink(missing_ok=True)
        os.rmdir(tmpdir)


def _write_run(tmpdir: str, n: int, buffer: list[bytes]) -> Path:
    buffer.sort()
    path = Path(tmpdir) / f"run{n}"
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as fh:
        fh.write(b"".join(buffer))
    return path
