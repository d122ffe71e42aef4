"""Time from process start to the first painted main window: Hearth vs a bare PySide6 QMainWindow.

Each sample starts a fresh Python process; the child prints the wall-clock time of its
window's first paint event, and the parent subtracts the time just before it started the
process. Runs are interleaved (Hearth, bare, Hearth, ...) so both see the same machine load.

    .venv/bin/python bench/startup.py [--runs 10] [--platform offscreen|xcb] [--bundle dist/hearth/hearth]
                                      [--against DIR]

With --bundle, the PyInstaller bundle (packaging/build.py) is measured too, in the same rounds.
With --against, the Hearth of another source tree is too (say an older commit:
``git archive COMMIT | tar -x -C /tmp/old``), to compare before and after under the same load.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class P(QObject):
    done = False
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print(f"first-paint {time.time():.6f} {time.process_time():.6f}", flush=True), app.quit()))
        return False
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1100, 720)
p = P(w); w.installEventFilter(p)
w.show()
app.exec()
"""


CPU: dict[str, list[float]] = {}
CPU_TO_PAINT: dict[str, list[float]] = {}  # the child's own CPU seconds when it painted first


def sample(argv: list[str], env: dict[str, str], label: str = "", cwd: Path = ROOT) -> float:
    """Wall seconds from start to first paint; the child's CPU seconds (user + system, the whole
    process, which quits right after the first paint) go to CPU[label]: a figure the other
    sessions on a shared machine disturb less than wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.time()
    out = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, cwd=cwd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if label:
        CPU.setdefault(label, []).append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    for line in out.stdout.splitlines():
        if line.startswith("first-paint "):
            fields = line.split()
            if label and len(fields) > 2:
                CPU_TO_PAINT.setdefault(label, []).append(float(fields[2]))
            return float(fields[1]) - start
    raise RuntimeError(f"no first paint reported: {out.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--home", action="store_true",
                        help="also time Hearth until the Home page is painted (it is built just after the first paint)")
    parser.add_argument("--bundle", help="path of the bundle's executable, e.g. dist/hearth/hearth")
    parser.add_argument("--against", help="another source tree of Hearth to measure in the same rounds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "HEARTH_DATA_DIR": data, "HEARTH_BENCH_FIRST_PAINT": "1"}
        # As on a user's computer, Python caches compiled modules (.pyc) after the first start;
        # some sandboxes set PYTHONDONTWRITEBYTECODE, which would make every start recompile Hearth.
        dont_write = env.pop("PYTHONDONTWRITEBYTECODE", None)
        for name, role in (("Rose", "senior"), ("Sam", "adult"), ("Mia", "child")):
            subprocess.run([sys.executable, "-m", "app", "members", "add", name, "--role", role], env=env, check=True, cwd=ROOT, capture_output=True)
        hearth_times, bare_times, bundle_times = [], [], []
        sample([sys.executable, "-m", "app"], env)  # warm the OS file cache once for each
        sample([sys.executable, "-c", BARE], env)
        if args.bundle:
            sample([args.bundle], env)
        other = Path(args.against).resolve() if args.against else None
        other_env = {**env, "PYTHONPATH": str(other)} if other else env
        other_times: list[float] = []
        if other:
            sample([sys.executable, "-m", "app"], other_env, cwd=other)
        home_env = {**env, "HEARTH_BENCH_FIRST_PAINT": "home"}
        home_times: list[float] = []
        for _ in range(args.runs):
            hearth_times.append(sample([sys.executable, "-m", "app"], env, "hearth"))
            bare_times.append(sample([sys.executable, "-c", BARE], env, "bare"))
            if args.home:
                home_times.append(sample([sys.executable, "-m", "app"], home_env, "home"))
            if args.bundle:
                bundle_times.append(sample([args.bundle], env))
            if other:
                other_times.append(sample([sys.executable, "-m", "app"], other_env, "other", cwd=other))
    h, b = statistics.median(hearth_times), statistics.median(bare_times)
    print(f"platform: {args.platform}, runs: {args.runs} each (median)"
          + ("; PYTHONDONTWRITEBYTECODE was set and is ignored here" if dont_write else ""))
    print(f"Hearth main window first paint: {h * 1000:7.1f} ms  (min {min(hearth_times) * 1000:.1f}, max {max(hearth_times) * 1000:.1f})")
    print(f"bare QMainWindow first paint:   {b * 1000:7.1f} ms  (min {min(bare_times) * 1000:.1f}, max {max(bare_times) * 1000:.1f})")
    print(f"ratio: {h / b:.2f}x  (target <= 1.5x)")
    if home_times:
        m = statistics.median(home_times)
        print(f"Hearth Home page first paint:   {m * 1000:7.1f} ms  (min {min(home_times) * 1000:.1f}, "
              f"max {max(home_times) * 1000:.1f}); {m / b:.2f}x the bare window")
    hc, bc = statistics.median(CPU["hearth"]), statistics.median(CPU["bare"])
    print(f"CPU time of the whole process (start, first paint, the work queued just after it, exit): "
          f"Hearth {hc * 1000:.0f} ms, bare {bc * 1000:.0f} ms, ratio {hc / bc:.2f}x")
    if CPU_TO_PAINT.get("hearth") and CPU_TO_PAINT.get("bare"):
        hp, bp = statistics.median(CPU_TO_PAINT["hearth"]), statistics.median(CPU_TO_PAINT["bare"])
        print(f"CPU time until the first paint (the machine's load disturbs it least): "
              f"Hearth {hp * 1000:.0f} ms, bare {bp * 1000:.0f} ms, ratio {hp / bp:.2f}x")
    if other_times:
        o = statistics.median(other_times)
        print(f"--against {args.against}: first paint {o * 1000:7.1f} ms (min {min(other_times) * 1000:.1f}, "
              f"max {max(other_times) * 1000:.1f}); ratio {o / b:.2f}x the bare window (this tree {h / b:.2f}x)")
        if CPU_TO_PAINT.get("other") and CPU_TO_PAINT.get("bare"):
            op = statistics.median(CPU_TO_PAINT["other"])
            print(f"--against CPU until the first paint: {op * 1000:.0f} ms, ratio {op / statistics.median(CPU_TO_PAINT['bare']):.2f}x")
    if bundle_times:
        u = statistics.median(bundle_times)
        print(f"bundle first paint:             {u * 1000:7.1f} ms  (min {min(bundle_times) * 1000:.1f}, "
              f"max {max(bundle_times) * 1000:.1f}); {u / b:.2f}x the bare window, {u / h:.2f}x Hearth from source")
    return 0


if __name__ == "__main__":
    sys.exit(main())
