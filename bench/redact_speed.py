"""Speed of checks.redact (what runs before anything is sent to a service or stored).

Usage: .venv/bin/python bench/redact_speed.py [--runs 50]

Prints the median time to redact a 500-character message full of personal data (a link with an
e-mail address, card and phone number in its query, a password, CVV, expiry, date of birth, a
Spanish address, household names and a personal word), the 4,000 characters the language model
receives, and the 100,000 characters a check keeps at most (dense personal data, and plain prose).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.redact import redact  # noqa: E402

DENSE = (
    "Hi Zoe Garcia, your parcel is held. Update now: http://x.top/upd?email=alice.smith%40gmail.com"
    "&card=4111111111111111&phone=%2B447700900123 Your temporary password is Tq9!zr77 and CVV 123 exp 12/27. "
    "Reply to alice.smith＠gmail.com. Biscuit misses you. DOB 14/07/1958. Deliver to Calle Mayor 12, 3º B, "
    "28013 Madrid. Pay £49.99 to Royal Mail today. "
)
PLAIN = "Totally normal words here, nothing personal at all in this sentence. "
KW = {"names": ["Zoë García", "Ana Pérez"], "words": ["Biscuit"], "region": "GB"}


def _time(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        redact(text, **KW)  # type: ignore[arg-type]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    runs = parser.parse_args().runs
    for label, base, size, n in (
        ("500 chars, dense", DENSE, 500, runs),
        ("4,000 chars, dense", DENSE, 4000, max(3, runs // 5)),
        ("100,000 chars, dense", DENSE, 100_000, 3),
        ("100,000 chars, plain", PLAIN, 100_000, 3),
    ):
        text = (base * (size // len(base) + 1))[:size]
        print(f"{label:>22}: median {_time(text, n) * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
