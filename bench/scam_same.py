"""Proof that a change to the scam analyser changed no result (used for the speed work of issue 12).

Usage: .venv/bin/python bench/scam_same.py [--base REV]   (REV defaults to 8c64ac3, before the speed work)

Runs ``checks.scam.analyse`` on every text of tests/data/scam/*.csv, tests/data/scam_modern.csv, the
lists in tests/unit/checks/test_scam_corpus.py and the 400 bench/scam_speed.py messages, twice: once
with the code of REV (``git archive`` of checks/ and resources/ into a temporary folder) and once with
this worktree's code, each in its own Python process. It compares verdict, score, probability, rule
score, region, kind, shown_first, every reason (code, message, evidence, start, end, points, spans),
the advice, the indicators and the model's hashed input features (``model_features``), and prints
the number of differences (0 is the only good answer; exit status 1 otherwise).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE = "8c64ac3"


def texts() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "scam").glob("*.csv")) + [ROOT / "tests" / "data" / "scam_modern.csv"]:
        with path.open(encoding="utf-8", newline="") as fh:
            out.extend(r["text"] for r in csv.DictReader(fh) if r.get("text"))
    spec = importlib.util.spec_from_file_location("_corpus", ROOT / "tests" / "unit" / "checks" / "test_scam_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    for name in sorted(vars(mod)):
        val = getattr(mod, name)
        if name.isupper() and isinstance(val, list):
            out.extend(t for t in val if isinstance(t, str))
    spec = importlib.util.spec_from_file_location("_speed", ROOT / "bench" / "scam_speed.py")
    speed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(speed)  # type: ignore[union-attr]
    out.extend(speed._messages(400))
    # Odd inputs issue 5 promised to handle.
    out += ["", " ", "\u200b", "\u202eevil\u202c.exe", "Ρaypal аccount lоcked: https://paypaI.com-secure.top/x",
            "hxxps://bit[.]ly/abc call +44 20 7946 0018", "W0N a prize! Cl41m at www.win-prize-now.xyz"]
    return out


def dump(root: str) -> None:
    """(child process) analyse every text read from stdin with the code under ``root``; JSON lines out."""
    sys.path.insert(0, root)
    from checks.i18n import to_data
    from checks.scam import analyse, model_features

    def msg(m):
        try:
            return to_data(m)
        except Exception:  # noqa: BLE001
            return str(m)

    for line in sys.stdin:
        text = json.loads(line)
        rep = analyse(text)
        feats = model_features(text)
        fh = hashlib.sha256(json.dumps(sorted(feats.items())).encode()).hexdigest()[:16]
        row = {"verdict": rep.verdict, "score": rep.score, "probability": rep.probability, "rule_score": rep.rule_score,
               "region": rep.region, "kind": rep.kind, "shown_first": rep.shown_first,
               "reasons": [[r.code, msg(r.message), r.evidence, r.start, r.end, r.points, list(r.spans)] for r in rep.reasons],
               "advice": [msg(a) for a in rep.advice], "indicators": rep.indicators.to_dict(), "features": fh}
        sys.stdout.write(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n")


def run(root: Path, inputs: list[str]) -> list[dict]:
    env = dict(os.environ, PYTHONPATH=str(root))
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--dump", str(root)], env=env, cwd=str(root),
                          input="".join(json.dumps(t) + "\n" for t in inputs), capture_output=True, text=True, check=True)
    return [json.loads(line) for line in proc.stdout.splitlines()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default=BASE)
    ap.add_argument("--dump", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.dump:
        dump(args.dump)
        return 0
    inputs = texts()
    with tempfile.TemporaryDirectory() as tmp:
        tar = Path(tmp) / "base.tar"
        subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(tar), args.base, "checks", "resources"], check=True)
        with tarfile.open(tar) as tf:
            tf.extractall(Path(tmp) / "base", filter="data")
        before = run(Path(tmp) / "base", inputs)
    after = run(ROOT, inputs)
    assert len(before) == len(after) == len(inputs), (len(before), len(after), len(inputs))
    diffs = 0
    fields: dict[str, int] = {}
    for text, a, b in zip(inputs, before, after, strict=True):
        bad = [k for k in a if a[k] != b.get(k)]
        if bad:
            diffs += 1
            for k in bad:
                fields[k] = fields.get(k, 0) + 1
            if diffs <= 5:
                print("DIFFERENT:", repr(text[:120]), {k: (a[k], b.get(k)) for k in bad[:3]})
    verdicts = {}
    for a in after:
        verdicts[a["verdict"]] = verdicts.get(a["verdict"], 0) + 1
    print(f"{len(inputs)} texts compared against {args.base}: {diffs} differences {fields or ''}  (verdicts now: {verdicts})")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
