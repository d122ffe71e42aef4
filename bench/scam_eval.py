"""Measure the offline scam analyser on the labelled SMS development set.

Usage: .venv/bin/python bench/scam_eval.py [PATH_TO_CSV] [--region US] [--show-fp] [--show-fn] [--modern]

Positive = smishing + spam (and, separately, smishing only vs ham). "Flagged" = verdict scam or
suspicious. Prints precision, recall, F1, false-positive rate on ham, the verdict confusion table
and timing (median / p95 per message).

--modern also measures the hand-written modern set tests/data/scam_modern.csv (labels "scam" and
"legit"): recall on scams and false-positive rate on legitimate messages (goal: recall >= 0.90 at
FPR <= 0.02). --modern-only skips the development set. The modern set was written by hand for Hearth
(not copied from any data set): rows 1-441 were written before the rules were tuned on them; rows
442-578, 579-678 and 679-788 are three later batches, each measured once *before* any change was made
for it (the honest estimates: recall 0.887 / 0.850 / 0.925, false-positive rate 0.040 / 0.033 / 0.014)
and only then added here. Rows 789-858 are a fourth batch (30 scams, 40 legitimate), written by
the lead and measured once before two fixes (sign in / avoid service interruption): recall 26/30 =
0.867, false-positive rate 0/40. Figures on the whole file are therefore optimistic.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.scam import analyse  # noqa: E402

DEFAULT = (ROOT / ".." / "shared" / "data" / "scam" / "sms-dev.csv").resolve()
MODERN = ROOT / "tests" / "data" / "scam_modern.csv"


def _metrics(rows, positive: set[str], negative: set[str]) -> dict:
    tp = sum(1 for lab, flagged in rows if lab in positive and flagged)
    fn = sum(1 for lab, flagged in rows if lab in positive and not flagged)
    fp = sum(1 for lab, flagged in rows if lab in negative and flagged)
    tn = sum(1 for lab, flagged in rows if lab in negative and not flagged)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fpr = fp / (fp + tn) if fp + tn else 0.0
    return {"tp": tp, "fn": fn, "fp": fp, "tn": tn, "precision": precision, "recall": recall, "f1": f1, "fpr": fpr}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", default=str(DEFAULT))
    ap.add_argument("--region", default="US")
    ap.add_argument("--show-fp", action="store_true", help="print ham messages that were flagged")
    ap.add_argument("--show-fn", action="store_true", help="print smishing messages that were not flagged")
    ap.add_argument("--modern", action="store_true", help="also measure tests/data/scam_modern.csv")
    ap.add_argument("--modern-only", action="store_true", help="measure only tests/data/scam_modern.csv")
    args = ap.parse_args(argv)
    if args.modern_only:
        return _modern(args)
    path = Path(args.csv)
    if not path.exists():
        print(f"no such file: {path}", file=sys.stderr)
        return 2
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        data = [(r["label"].strip(), r["text"]) for r in csv.DictReader(fh)]
    t0 = time.perf_counter()
    # One-time loading (public-suffix list, phone metadata for a few countries) is timed apart.
    analyse("warm-up: call +44 20 7946 0018 or 09066 612661 (£), 8536074310 Rs, visit https://example.co.uk/x")
    cold_ms = (time.perf_counter() - t0) * 1000
    rows = []
    times = []
    confusion: Counter = Counter()
    for label, text in data:
        t0 = time.perf_counter()
        rep = analyse(text, region=args.region)
        times.append((time.perf_counter() - t0) * 1000)
        flagged = rep.verdict in ("scam", "suspicious")
        rows.append((label, flagged))
        confusion[(label, rep.verdict)] += 1
        if args.show_fp and label == "ham" and flagged:
            print(f"FP {rep.score:3d} {[r.code for r in rep.reasons]} :: {text[:160]!r}")
        if args.show_fn and label == "smishing" and not flagged:
            print(f"FN {rep.score:3d} {[r.code for r in rep.reasons]} :: {text[:160]!r}")
    print(f"file: {path}  messages: {len(data)}  region: {args.region}")
    print("counts:", dict(Counter(lab for lab, _ in data)))
    for name, pos in (("smishing+spam vs ham", {"smishing", "spam"}), ("smishing vs ham", {"smishing"})):
        m = _metrics(rows, pos, {"ham"})
        print(f"{name:22s} precision {m['precision']:.3f}  recall {m['recall']:.3f}  F1 {m['f1']:.3f}  "
              f"FPR(ham) {m['fpr']:.4f}  (tp {m['tp']} fn {m['fn']} fp {m['fp']} tn {m['tn']})")
    spam = [f for lab, f in rows if lab == "spam"]
    print(f"spam flagged (marketing; optional): {sum(spam)}/{len(spam)}")
    verdicts = ("scam", "suspicious", "likely_safe", "unknown")
    print("confusion (label x verdict):")
    print(f"  {'':10s}" + "".join(f"{v:>13s}" for v in verdicts))
    for lab in ("smishing", "spam", "ham"):
        print(f"  {lab:10s}" + "".join(f"{confusion[(lab, v)]:13d}" for v in verdicts))
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"one-time start-up (first call): {cold_ms:.0f} ms")
    print(f"timing per message: median {statistics.median(times):.2f} ms  p95 {p95:.2f} ms  max {times[-1]:.2f} ms")
    if args.modern:
        print()
        return _modern(args)
    return 0


def _modern(args) -> int:
    path = MODERN
    if not path.exists():
        print(f"no such file: {path}", file=sys.stderr)
        return 2
    with path.open(encoding="utf-8", newline="") as fh:
        data = [(r["label"].strip(), r["text"]) for r in csv.DictReader(fh)]
    rows = []
    confusion: Counter = Counter()
    for label, text in data:
        rep = analyse(text, region=args.region)
        flagged = rep.verdict in ("scam", "suspicious")
        rows.append((label, flagged))
        confusion[(label, rep.verdict)] += 1
        if args.show_fp and label == "legit" and flagged:
            print(f"FP {rep.score:3d} {[r.code for r in rep.reasons]} :: {text[:160]!r}")
        if args.show_fn and label == "scam" and not flagged:
            print(f"FN {rep.score:3d} {[r.code for r in rep.reasons]} :: {text[:160]!r}")
    print(f"file: {path}  messages: {len(data)}  region: {args.region}")
    print("counts:", dict(Counter(lab for lab, _ in data)))
    m = _metrics(rows, {"scam"}, {"legit"})
    ok = m["recall"] >= 0.90 and m["fpr"] <= 0.02
    print(f"modern scam vs legit   precision {m['precision']:.3f}  recall {m['recall']:.3f}  F1 {m['f1']:.3f}  "
          f"FPR(legit) {m['fpr']:.4f}  (tp {m['tp']} fn {m['fn']} fp {m['fp']} tn {m['tn']})  "
          f"goal recall>=0.90 & FPR<=0.02: {'met' if ok else 'NOT met'}")
    verdicts = ("scam", "suspicious", "likely_safe", "unknown")
    print("confusion (label x verdict):")
    print(f"  {'':10s}" + "".join(f"{v:>13s}" for v in verdicts))
    for lab in ("scam", "legit"):
        print(f"  {lab:10s}" + "".join(f"{confusion[(lab, v)]:13d}" for v in verdicts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
