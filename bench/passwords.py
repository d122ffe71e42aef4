"""Benchmark for issue 3 (passwords and breaches). Prints:

1. meter latency in the running widget (keystroke to updated meter, p50/p95) and the longest
   GUI-thread stall, typing inputs of 8-72 characters including l33t-heavy ones
   (bench/password_meter.py does this part);
2. an audit of 500 accounts (import with the breach check) against a loopback Pwned
   Passwords server that answers after 50 ms: wall time and number of requests, next to a
   one-request-at-a-time baseline;
3. offline look-ups per second on a generated hash-ordered file of N lines (default 10
   million) through the index built by ``hearth breach offline-index``, next to a linear
   scan of the same file; and the time to build the index.

Run: .venv/bin/python bench/passwords.py [--lines 10000000] [--accounts 500] [--skip-meter]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _hearth(root: Path):
    from app.core import Hearth
    from app.paths import Paths
    from app.secrets import SecretStore
    from tests.helpers.memkeyring import MemoryKeyring

    return Hearth.open(Paths(root, root / "cache", root / "logs"), secrets=SecretStore(MemoryKeyring()))


def audit(accounts: int) -> None:
    from app import passwords
    from app.services import pwned
    from tests.helpers.fake_hibp import FakeHibp, FakePwnedPasswords

    rng = random.Random(3)
    words = ["maple", "otter", "copper", "lantern", "violet", "harbor", "pepper", "meadow", "falcon", "quartz"]
    rows = ["name,url,username,password"]
    for i in range(accounts):
        pwd = f"{rng.choice(words).title()}{rng.choice(words)}{rng.randint(10, 9999)}!{i}"
        rows.append(f"Site {i},https://site{i}.example/login,user{i}@example.com,{pwd}")
    data = ("\n".join(rows) + "\n").encode()
    print(f"\n[audit] Audit of {accounts} accounts against a loopback Pwned Passwords server with 50 ms latency")
    results = {}
    for label, workers in (("parallel", pwned.DEFAULT_WORKERS), ("sequential", 1)):
        root = Path(tempfile.mkdtemp(prefix="hearth-bench-audit-"))
        with FakePwnedPasswords() as fake, FakeHibp() as hibp_fake:
            fake.delay = 0.05
            os.environ["HEARTH_PWNED_PASSWORDS_URL"] = fake.url
            os.environ["HEARTH_HIBP_URL"] = hibp_fake.url
            hearth = _hearth(root)
            member = hearth.members.add("Alice")
            saved = pwned.DEFAULT_WORKERS
            pwned.DEFAULT_WORKERS = workers
            try:
                t = time.perf_counter()
                result = passwords.import_csv(hearth, member.id, data, breach=True)
                wall = time.perf_counter() - t
            finally:
                pwned.DEFAULT_WORKERS = saved
            n_req = len([r for r in fake.requests if r.path.startswith("/range/")])
            results[label] = wall
            print(f"   {label:10} workers={workers}: {wall:6.2f} s wall, {n_req} range requests "
                  f"for {result.imported} accounts (1 request per distinct prefix)")
            hearth.close()
    print(f"   speed-up: {results['sequential'] / results['parallel']:.1f}x (target >= 5x)")


def _generate(path: Path, lines: int) -> None:
    """A hash-ordered SHA-1 HASH:COUNT file without sorting: evenly spaced random hashes."""
    step = (1 << 160) // lines
    rng = random.Random(11)
    with open(path, "w", newline="\n") as fh:
        buf = []
        for i in range(lines):
            h = i * step + rng.randrange(step)
            buf.append(f"{h:040X}:{1 + (h & 0xFFF)}\n")
            if len(buf) == 100_000:
                fh.write("".join(buf))
                buf.clear()
        fh.write("".join(buf))


def offline(lines: int) -> None:
    from app.services import pwned

    root = Path(tempfile.mkdtemp(prefix="hearth-bench-offline-"))
    source = root / "pwnedpasswords.txt"
    print(f"\n[offline] Offline look-ups on a generated hash-ordered file of {lines:,} lines")
    t = time.perf_counter()
    _generate(source, lines)
    print(f"   generated {source.stat().st_size / 1e6:.0f} MB in {time.perf_counter() - t:.1f} s")
    # Pick hashes that are in the file (every 997th line) plus random ones that are not.
    present = []
    with open(source, "rb") as fh:
        for n, line in enumerate(fh):
            if n % (max(1, lines // 200)) == 0:
                present.append(line[:40].decode())
    data_dir = root / "data"
    data_dir.mkdir()
    t = time.perf_counter()
    summary = pwned.build_offline_index(source, data_dir)
    build = time.perf_counter() - t
    print(f"   index built in {build:.1f} s ({summary['hashes']:,} hashes, {lines / build:,.0f} lines/s)")
    rng = random.Random(5)
    queries = [rng.choice(present) for _ in range(50_000)]
    queries += [hashlib.sha1(os.urandom(8)).hexdigest().upper() for _ in range(50_000)]  # noqa: S324
    index = pwned.find_offline_index(data_dir)
    assert index is not None
    t = time.perf_counter()
    found = sum(1 for q in queries if index.lookup(q))
    indexed = len(queries) / (time.perf_counter() - t)
    index.close()
    assert found >= 50_000, found

    def linear(q: str) -> int:
        target = q.encode()
        with open(source, "rb") as fh:
            for line in fh:
                if line.startswith(target):
                    return int(line[41:])
        return 0

    scans = [rng.choice(present[len(present) // 2:]) for _ in range(2)] + [queries[-1]]
    t = time.perf_counter()
    for q in scans:
        linear(q)
    scan_rate = len(scans) / (time.perf_counter() - t)
    print(f"   indexed binary search: {indexed:,.0f} look-ups/s (100,000 look-ups, half present)")
    print(f"   linear scan:           {scan_rate:,.2f} look-ups/s ({len(scans)} look-ups)")
    print(f"   ratio: {indexed / scan_rate:,.0f}x (target >= 1,000x)")
    for p in (source, *data_dir.iterdir()):
        p.unlink()


def compact(n: int, trace: bool = False) -> None:
    """Issue 16: the compact store (app/breach_store.py) on a generated corpus of n random SHA-1 hashes."""
    import resource
    import tracemalloc

    from app import breach_store as bs

    step = (1 << 160) // n

    def gen(seed: int, count: int):
        rng = random.Random(seed)
        for i in range(count):
            yield f"{i * step + rng.randrange(step):040X}"

    root = Path(tempfile.mkdtemp(prefix="hearth-bench-compact-"))
    print(f"\n[compact] Compact store on {n:,} generated SHA-1 hashes (generated while building, in hash order)")
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if trace:
        tracemalloc.start()
    t = time.perf_counter()
    cpu = time.process_time()
    summary = bs.build_store(gen(7, n), bs.store_path(root))
    build = time.perf_counter() - t
    cpu = time.process_time() - cpu
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    tracemalloc.stop()
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"   bytes a hash: {summary['bytes'] / n:.3f} (target <= 2.5); store {summary['bytes'] / 1e6:,.0f} MB")
    print(f"   build: {build:.1f} s wall, {cpu:.1f} s CPU, {n / build:,.0f} hashes/s (wall; generator included)")
    print(f"   peak memory (max RSS of this process): {rss1 / 1024:.0f} MB (before the build {rss0 / 1024:.0f} MB; "
          f"target <= 1 GB)" + (f"; peak Python allocations {peak / 1e6:.0f} MB" if trace else ""))
    store = bs.open_store(root)
    assert store is not None
    present = list(gen(7, min(n, 5000)))
    found = sum(store.contains(h) for h in present)
    rng = random.Random(123)
    absent = [f"{rng.getrandbits(160):040X}" for _ in range(100_000)]
    false = sum(store.contains(h) for h in absent)
    lat = []
    for q in present[:2000] + absent[:20_000]:
        t = time.perf_counter()
        store.contains(q)
        lat.append(time.perf_counter() - t)
    lat.sort()
    print(f"   known found: {found}/{len(present)}; false matches: {false} in {len(absent):,} absent "
          f"(target <= 1 in 10,000); first 300 absent: {sum(store.contains(h) for h in absent[:300])}")
    print(f"   look-up p50 {lat[len(lat) // 2] * 1e6:.0f} us, p99 {lat[int(len(lat) * 0.99)] * 1e6:.0f} us "
          f"(target p99 <= 1 ms)")
    store.close()
    bs.store_path(root).unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=10_000_000)
    parser.add_argument("--accounts", type=int, default=500)
    parser.add_argument("--skip-meter", action="store_true")
    parser.add_argument("--interval-ms", type=int, default=60)
    parser.add_argument("--compact", type=int, nargs="?", const=100_000_000, default=0, metavar="N",
                        help="only the compact-store figures on N generated hashes (default 100,000,000, "
                             "as issue 16 asks)")
    parser.add_argument("--trace-memory", action="store_true",
                        help="with --compact: also trace Python allocations (slows the build about 2x)")
    args = parser.parse_args(argv)
    if args.compact:
        compact(args.compact, args.trace_memory)
        return 0
    audit(args.accounts)
    offline(args.lines)
    if not args.skip_meter:
        from bench import password_meter

        print()
        password_meter.library_figures()
        password_meter.gui_figures(args.interval_ms)
        sys.stdout.flush()
        os._exit(0)  # PySide6 can crash while Python finalises after an offscreen run
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
