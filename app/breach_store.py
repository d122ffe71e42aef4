"""The compact offline Pwned Passwords store (issue 16): about 2.2 bytes a hash.

Membership only (no counts), so a hit means "very likely seen in breaches" (false
matches at most about 1 in 33,000, bounded below 1 in 10,000).

Layout: the hashes are split into 4096 partitions by their first 3 hex digits. A
partition of n hashes keeps, for each hash, the next H+16 bits (H = floor(log2 n)),
sorted and Elias-Fano coded: the top H bits in unary (about 1.5-2 bits a hash), the low
16 bits as a plain array (2 bytes a hash), and one 4-byte sample every 64 buckets.
A random absent hash matches with probability n / 2^(H+16) < 2^-15.

Building needs one partition in memory at a time (about 250,000 hashes for the full
corpus), so it stays far below 1 GB. The store is one file written to a temporary name
(0600), fsynced, then moved over the old one with ``os.replace``: a crash (even
``kill -9``) leaves the previous store usable. ``cleanup`` removes temporary files left
by a crash; call it at start.
"""

from __future__ import annotations

import datetime as dt
import os
import struct
import sys
from array import array
from collections.abc import Iterable
from pathlib import Path

MAGIC = b"HEARTHPS"
VERSION = 2  # 2 adds the number of 5-hex prefixes the store covers (1 = all 1,048,576)
ALL_PREFIXES = 1 << 20
PARTITION_BITS = 12
PARTITIONS = 1 << PARTITION_BITS
LOW_BITS = 16
SAMPLE_EVERY = 64
HEADER_V1 = struct.Struct("<8sHH4sQQ")  # magic, version, reserved, kind, total hashes, created (unix seconds)
HEADER = struct.Struct("<8sHH4sQQI4x")  # v2: ... and the number of 5-hex prefixes covered
ENTRY = struct.Struct("<QIB")  # partition offset, n, H
STORE_NAME = "pwned-passwords.hps"
TABLE_END = 40 + 13 * PARTITIONS  # header (v2) + partition table; partitions follow in any order
TMP_SUFFIX = ".hps-tmp"


def store_path(data_dir: Path) -> Path:
    return Path(data_dir) / STORE_NAME


def top64(hex_hash: str) -> int:
    """The first 64 bits of a hex hash (SHA-1 or NTLM)."""
    return int(hex_hash[:16], 16)


def _h_bits(n: int) -> int:
    return max(0, n.bit_length() - 1)


def encode_partition(values: list[int]) -> tuple[bytes, int, int]:
    """Elias-Fano code one partition's 64-bit hash tops -> (bytes, n, H). ``values`` may repeat."""
    shift_base = 64 - PARTITION_BITS
    raw = sorted(set(values))
    n = len(raw)
    h = _h_bits(n)
    keep = h + LOW_BITS
    mask = (1 << keep) - 1
    vs = sorted({(v >> (shift_base - keep)) & mask for v in raw})
    n = len(vs)
    # H stays that of the count before truncation (truncation only merges neighbours)
    buckets = 1 << h
    lows = array("H", (v & 0xFFFF for v in vs))
    upper = bytearray((n + buckets + 7) // 8)
    samples = array("I")
    b = 0
    for i, v in enumerate(vs):
        hi = v >> LOW_BITS
        while b <= hi:  # record the first element index of every 64th bucket
            if b % SAMPLE_EVERY == 0:
                samples.append(i)
            b += 1
        pos = hi + i
        upper[pos >> 3] |= 1 << (pos & 7)
    while b < buckets:
        if b % SAMPLE_EVERY == 0:
            samples.append(n)
        b += 1
    if samples.itemsize != 4 or lows.itemsize != 2:  # pragma: no cover - exotic platforms
        raise RuntimeError("unsupported array sizes")
    if sys.byteorder != "little":  # pragma: no cover
        lows.byteswap()
        samples.byteswap()
    body = struct.pack("<II", len(samples), len(upper)) + samples.tobytes() + bytes(upper) + lows.tobytes()
    return body, n, h


assert HEADER.size + ENTRY.size * PARTITIONS == TABLE_END  # noqa: S101 - layout constant


class StoreWriter:
    """Write partitions in order 0..4095 into a temporary file; ``commit`` moves it into place."""

    def __init__(
        self, target: Path, kind: str = "sha1", created: dt.datetime | None = None, prefixes: int = ALL_PREFIXES
    ) -> None:
        self.target = Path(target)
        self.tmp = self.target.with_name(self.target.name + f".{os.getpid()}{TMP_SUFFIX}")
        fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        self.fh = os.fdopen(fd, "wb")
        self.kind = kind
        self.prefixes = prefixes
        self.created = created or dt.datetime.now(dt.UTC)
        self.entries: list[tuple[int, int, int]] = [(0, 0, 0)] * PARTITIONS
        self.total = 0
        self.fh.write(b"\0" * TABLE_END)

    def add_partition(self, index: int, values: list[int]) -> None:
        if not values:
            return
        body, n, h = encode_partition(values)
        self.entries[index] = (self.fh.tell(), n, h)
        self.total += len(set(values))  # hashes given (truncation may merge a few neighbours)
        self.fh.write(body)

    def commit(self) -> Path:
        self.fh.seek(0)
        self.fh.write(header_bytes(self.kind, self.total, self.created, self.prefixes, self.entries))
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.chmod(self.tmp, 0o600)
        os.replace(self.tmp, self.target)
        fsync_dir(self.target.parent)
        return self.target

    def abort(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        self.tmp.unlink(missing_ok=True)


def header_bytes(
    kind: str, total: int, created: dt.datetime, prefixes: int, entries: list[tuple[int, int, int]]
) -> bytes:
    """The header and partition table (``TABLE_END`` bytes) at the start of a store file."""
    code = b"SHA1" if kind == "sha1" else b"NTLM"
    head = HEADER.pack(MAGIC, VERSION, 0, code, total, int(created.timestamp()), prefixes)
    return head + b"".join(ENTRY.pack(*e) for e in entries)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def build_store(hex_hashes: Iterable[str], target: Path, kind: str = "sha1") -> dict[str, object]:
    """Build a store from hex hashes in hash order (partitions are flushed as they end).

    ``kind="auto"``: SHA-1 or NTLM from the length of the first hash (40 or 32 hex digits)."""
    writer = StoreWriter(target, "sha1" if kind == "auto" else kind)
    try:
        current, values = -1, list[int]()
        for hx in hex_hashes:
            if kind == "auto":
                writer.kind = kind = "sha1" if len(hx) == 40 else "ntlm"
            t = top64(hx)
            p = t >> (64 - PARTITION_BITS)
            if p != current:
                if p < current:
                    raise ValueError("hashes are not in hash order")
                writer.add_partition(current, values) if current >= 0 else None
                current, values = p, []
            values.append(t)
        if current >= 0:
            writer.add_partition(current, values)
        path = writer.commit()
    except BaseException:
        writer.abort()
        raise
    return {"store": str(path), "kind": writer.kind, "hashes": writer.total, "bytes": path.stat().st_size}


class CompactStore:
    """Read-only look-ups in a store file (memory-mapped)."""

    exact = False

    def __init__(self, path: Path) -> None:
        import mmap

        self.path = Path(path)
        with open(self.path, "rb") as fh:
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            magic, version = struct.unpack_from("<8sH", self._map, 0)
            if magic != MAGIC or version not in (1, 2):
                raise ValueError("not a Hearth breach store")
            if version == 1:
                _m, _v, _r, kind, total, created = HEADER_V1.unpack_from(self._map, 0)
                self.prefixes = ALL_PREFIXES
            else:
                _m, _v, _r, kind, total, created, self.prefixes = HEADER.unpack_from(self._map, 0)
            self._table = (HEADER_V1 if version == 1 else HEADER).size
            if len(self._map) < self._table + ENTRY.size * PARTITIONS:
                raise ValueError("not a Hearth breach store")
        except (struct.error, ValueError):
            self._map.close()
            raise ValueError("not a Hearth breach store") from None
        self.kind = kind.decode().lower()
        self.hashes = total
        self.created = dt.datetime.fromtimestamp(created, dt.UTC)
        self.size = self.path.stat().st_size

    def close(self) -> None:
        self._map.close()

    def __enter__(self) -> CompactStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def contains(self, hex_hash: str) -> bool:
        t = top64(hex_hash)
        p = t >> (64 - PARTITION_BITS)
        offset, n, h = ENTRY.unpack_from(self._map, self._table + ENTRY.size * p)
        if not n:
            return False
        keep = h + LOW_BITS
        v = (t >> (64 - PARTITION_BITS - keep)) & ((1 << keep) - 1)
        hi, lo = v >> LOW_BITS, v & 0xFFFF
        mm = self._map
        n_samples, n_upper = struct.unpack_from("<II", mm, offset)
        samples_at = offset + 8
        upper_at = samples_at + 4 * n_samples
        lows_at = upper_at + n_upper
        block, r = divmod(hi, SAMPLE_EVERY)
        first = struct.unpack_from("<I", mm, samples_at + 4 * block)[0]
        bitpos = first + block * SAMPLE_EVERY
        start_byte = bitpos >> 3
        length = 48
        while True:
            chunk = mm[upper_at + start_byte:upper_at + min(n_upper, start_byte + length)]
            bits = format(int.from_bytes(chunk, "little"), "b").zfill(8 * len(chunk))[::-1][bitpos & 7:]
            parts = bits.split("0", r + 1)
            if len(parts) == r + 2 or start_byte + length >= n_upper:
                break
            length *= 2
        if len(parts) < r + 2:
            return False
        index = first + sum(len(x) for x in parts[:r])
        count = len(parts[r])
        if not count:
            return False
        found = struct.unpack_from(f"<{count}H", mm, lows_at + 2 * index)
        return lo in found


def open_store(data_dir: Path) -> CompactStore | None:
    path = store_path(data_dir)
    if not path.exists():
        return None
    try:
        return CompactStore(path)
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else (or no way to tell): leave its file alone
        return True
    return True


def _lock_is_stale(path: Path) -> bool:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a download holds it
    finally:
        os.close(fd)
    return True


def cleanup(data_dir: Path) -> list[str]:
    """Remove what a killed build or download left behind: store temporaries of processes that are
    gone, old index-builder runs, a stale download lock. A paused download (``pwned-download/``) is
    kept on purpose: the next ``breach download`` resumes it (and trims what its journal lacks)."""
    import shutil

    removed: list[str] = []
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        return removed
    for p in data_dir.iterdir():
        try:
            if p.name.endswith(TMP_SUFFIX):
                pid = p.name[: -len(TMP_SUFFIX)].rpartition(".")[2]
                if pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid)):
                    continue  # another process is building right now
                p.unlink(missing_ok=True)
            elif p.is_dir() and p.name.startswith("pwned-index-"):
                shutil.rmtree(p, ignore_errors=True)
            elif p.name == "pwned-download.lock" and _lock_is_stale(p):
                p.unlink(missing_ok=True)
            else:
                continue
        except OSError:
            continue
        removed.append(p.name)
    return removed


def hashes_from_file(source: Path) -> Iterable[str]:
    """The hashes of a downloader ``HASH:COUNT`` file (hash order), skipping count-0 lines; or of its
    folder of per-prefix files (``00000.txt`` holding ``SUFFIX:COUNT`` lines)."""
    source = Path(source)
    if source.is_dir():
        yield from _hashes_from_folder(source)
        return
    with open(source, "rb") as fh:
        for raw in fh:
            line = raw.strip()
            if not line:
                continue
            hx, _, count = line.partition(b":")
            if len(hx) not in (32, 40) or not count.strip().isdigit():
                raise ValueError("not a HASH:COUNT line")
            if int(count) > 0:
                yield hx.decode("ascii").upper()


def _hashes_from_folder(folder: Path) -> Iterable[str]:
    import re

    files = sorted(p for p in folder.iterdir() if re.fullmatch(r"[0-9A-Fa-f]{5}\.txt", p.name))
    if not files:
        raise ValueError("no per-prefix files")
    for path in files:
        prefix = path.name[:5].upper()
        with open(path, "rb") as fh:
            suffixes = []
            for raw in fh:
                line = raw.strip()
                if not line:
                    continue
                sx, _, count = line.partition(b":")
                if len(sx) not in (27, 35) or not count.strip().isdigit():
                    raise ValueError("not a SUFFIX:COUNT line")
                if int(count) > 0:
                    suffixes.append(prefix + sx.decode("ascii").upper())
        yield from sorted(suffixes)


def status(data_dir: Path) -> dict[str, object]:
    """The ``breach status --json`` shape (app/breach_download.py adds a download in progress)."""
    from app import breach_download

    return breach_download.status(Path(data_dir))
