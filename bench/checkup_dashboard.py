"""How long the Home dashboard's data takes with many findings: prints figures, asserts nothing.

    .venv/bin/python bench/checkup_dashboard.py [members] [findings_per_member]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["HEARTH_DATA_DIR"] = tempfile.mkdtemp(prefix="hearth-bench-")

from app import checkup as C  # noqa: E402
from app import reports as R  # noqa: E402
from app.core import Hearth  # noqa: E402
from app.paths import Paths  # noqa: E402
from app.secrets import SecretStore  # noqa: E402
from checks.base import Finding, Severity, Subject  # noqa: E402


class _NoKeyring:
    priority = 1

    def get_password(self, *a):  # noqa: ANN001, ANN202
        return None


def main() -> None:
    members = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    per = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    hearth = Hearth.open(Paths.default().ensure(), secrets=SecretStore(_NoKeyring()))
    t0 = time.perf_counter()
    for m in range(members):
        member = hearth.members.add(f"Member {m}")
        run = C.Checkup.start(hearth, member.id)
        found = [
            Finding(f"device.n{i}", Subject.DEVICE, Severity(i % 5), f"Item {i}", "Why.", ("Fix.",), subject_ref=str(i))
            for i in range(per)
        ]
        # the device step's runner returns them, so the step is checked and the member gets a score
        C.RUNNERS["device"] = lambda ctx, found=found: C.StepResult(tuple(found), checked=len(found))
        run.run_step("device")
        run.finish()
    t1 = time.perf_counter()
    for _ in range(5):
        summary = C.household_summary(hearth)
    t2 = time.perf_counter()
    first = hearth.members.list()[0].id
    html = R.render_html(R.build_report(hearth, member_id=first))
    t3 = time.perf_counter()
    pdf = R.render_pdf(R.build_report(hearth, member_id=first))
    t4 = time.perf_counter()
    print(f"members={members} findings/member={per} total={members * per}")
    print(f"store findings + finish runs: {t1 - t0:.2f} s")
    print(f"household_summary (dashboard data): {(t2 - t1) / 5 * 1000:.1f} ms per call, score={summary.score}")
    print(f"member report HTML: {(t3 - t2) * 1000:.0f} ms ({len(html) // 1024} KiB)")
    print(f"member report PDF: {(t4 - t3):.2f} s ({len(pdf) // 1024} KiB)")
    hearth.close()


if __name__ == "__main__":
    main()
