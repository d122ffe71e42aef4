"""Whole e-mail domain check on loopback (fake DNS, UDP + TCP): target <= 3 s.

    .venv/bin/python bench/email_domain.py [runs]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import email_domain as ED  # noqa: E402
from tests.helpers.fake_dns import FakeDns  # noqa: E402
from tests.integration.test_email_domain import SOUND  # noqa: E402


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    times, lookups = [], 0
    with FakeDns(SOUND) as fake:
        for _ in range(runs):
            start = time.perf_counter()
            report = ED.check_domain(None, "example.com", server=fake.address)
            times.append(time.perf_counter() - start)
            lookups = report.lookups
        tcp = len(fake.asked("tcp"))
    print(f"email-domain check on loopback: runs={runs} lookups={lookups} tcp_queries={tcp} "
          f"median={statistics.median(times):.3f}s max={max(times):.3f}s (target <= 3 s)")
    return 0 if max(times) <= 3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
