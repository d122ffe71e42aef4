"""Benchmark for ``hearth breach download`` (issue 16) against a loopback fake range server.

The fake answers every prefix with ROWS real-looking rows (the real list averages about 1,000
hashes a prefix, ~38 KB with padding), after a fixed delay standing for the network latency.
For each latency it downloads the first PREFIXES prefixes into a fresh data folder through the
real code (HearthSession, validation, Elias-Fano coding, journal, final rename) and prints the
requests a second and the projected time for all 1,048,576 prefixes at that rate.

    .venv/bin/python bench/breach_download.py [--prefixes 4096] [--rows 1000] [--workers 8 16] [--latency-ms 0 50]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ALL = 1 << 20


def _fake(rows: int):
    from tests.helpers.fakeserver import ProtocolFake, Reply

    lines = sorted(hashlib.sha1(f"row{i}".encode()).hexdigest().upper()[5:] + f":{i % 97 + 1}"  # noqa: S324
                   for i in range(rows))
    lines += [hashlib.sha1(f"pad{i}".encode()).hexdigest().upper()[5:] + ":0" for i in range(rows // 10)]  # noqa: S324
    body = "\r\n".join(sorted(lines)).encode()

    class Fake(ProtocolFake):
        delay = 0.0

        def __init__(self) -> None:
            super().__init__()
            self.server.route("GET", r"/range/(?P<prefix>[0-9A-F]{5})",
                              lambda req, m: Reply(200, body, {"Content-Type": "text/plain"}, delay=self.delay))

    return Fake(), len(body)


def serve(rows: int, latency: float) -> None:
    """Child process: run the fake until stdin closes (its own GIL, like a real server)."""
    fake, size = _fake(rows)
    fake.delay = latency
    with fake:
        print(fake.url, size, flush=True)
        sys.stdin.read()


def run(prefixes: int, rows: int, workers: int, latency: float) -> dict[str, float]:
    import subprocess

    from app import breach_download as bd
    from app.core import Hearth
    from app.paths import Paths
    from app.secrets import SecretStore
    from tests.helpers.memkeyring import MemoryKeyring

    child = subprocess.Popen([sys.executable, __file__, "--serve", str(rows), str(latency)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdin is not None
    url, size_text = child.stdout.readline().split()
    size = int(size_text)
    root = Path(tempfile.mkdtemp(prefix="hearth-bench-download-"))
    try:
        os.environ["HEARTH_PWNED_PASSWORDS_URL"] = url
        hearth = Hearth.open(Paths(root, root / "cache", root / "logs"), secrets=SecretStore(MemoryKeyring()))
        try:
            t = time.perf_counter()
            summary = bd.download(hearth, workers=workers, prefixes=prefixes)
            wall = time.perf_counter() - t
            ledger = len(hearth.ledger.entries())
        finally:
            hearth.close()
    finally:
        child.stdin.close()
        child.wait()
    assert summary["outcome"] == "complete", summary
    rps = prefixes / wall
    store = Path(summary["store"])
    out = {"wall": wall, "rps": rps, "projected_h": ALL / rps / 3600, "bytes_per_hash": summary["bytes"] / summary["hashes"],
           "answer_kb": size / 1024, "ledger": ledger}
    store.unlink()
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--serve"]:
        serve(int(argv[1]), float(argv[2]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefixes", type=int, default=4096, help="prefixes to download per run (16 partitions)")
    parser.add_argument("--rows", type=int, default=1000, help="hashes per answer (the real list: about 1,000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[8, 16])
    parser.add_argument("--latency-ms", type=float, nargs="+", default=[0.0, 50.0])
    args = parser.parse_args(argv)
    print(f"breach download against a loopback fake: {args.prefixes:,} prefixes a run, {args.rows} hashes an answer")
    for latency in args.latency_ms:
        for workers in args.workers:
            r = run(args.prefixes, args.rows, workers, latency / 1000)
            ideal = workers / (latency / 1000) if latency else float("inf")
            print(f"  latency {latency:4.0f} ms, workers {workers:2}: {r['rps']:7.1f} requests/s "
                  f"({r['wall']:.1f} s; answer {r['answer_kb']:.0f} KB; ideal {ideal:,.0f}/s)  "
                  f"-> all 1,048,576 prefixes in {r['projected_h']:.2f} h; "
                  f"{r['bytes_per_hash']:.2f} bytes a hash; ledger entries: {r['ledger']:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
