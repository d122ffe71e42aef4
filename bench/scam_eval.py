"""Measure the scam analyser (rules + learned model).

Usage: .venv/bin/python bench/scam_eval.py [--no-cv] [--show-fp] [--show-fn]
(--show-fp / --show-fn list the false alarms and misses, out of fold and of the shipped analyser.)
Needs scikit-learn for the cross-validation part (the ``train`` extra).

1. Grouped 5-fold cross-validation of the model on the repository's training data (exactly what
   packaging/train_scam_model.py does; near-duplicate templates stay in one fold): recall at 0.5 % and
   1 % false-positive rate, overall and by data set and kind, and the FPR of the shipped thresholds.
2. The shipped analyser (analyse()) on every file: flagged share of scams, FPR on legitimate texts
   (in-sample for the model: the shipped model was trained on these rows, so this is optimistic), and the
   marketing rows (spam / Advertisement, not used for training; flagging them is optional).
3. Time per message: median and p95 over all rows; model load time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

import train_scam_model as T  # noqa: E402

REAL = ("mendeley", "smishtank")  # real messages; every other source was written by the Hearth team


def cv_figures(show_fp: bool = False, show_fn: bool = False) -> None:
    import numpy as np

    rows = [r for r in T.load_rows() if r["y"] is not None]
    X = T.matrix(T.features(rows))
    y = np.array([r["y"] for r in rows])
    cv = T.out_of_fold(rows, X, y)  # the same lines as the training script sets
    prob, scam, susp = cv.prob, cv.scam_at, cv.suspicious_at
    print(f"\"Be careful\" line: model alone {cv.model_line:.4f}; whole analyser (shipped) {susp:.4f}")
    neg = [p for r, p in zip(rows, prob, strict=True) if r["y"] == 0]
    m = T.evaluate(rows, prob, scam, susp)
    print(f"== grouped {T.FOLDS}-fold CV (out-of-fold): {m['n_pos']} scams, {m['n_neg']} legitimate")
    print(f"recall @0.5% FPR {m['recall_at_fpr_0.005']:.3f}   @1% FPR {m['recall_at_fpr_0.01']:.3f}   (all data)")
    real_pos = [p for r, p in zip(rows, prob, strict=True) if r["y"] == 1 and r["source"] in REAL]
    real_neg = [p for r, p in zip(rows, prob, strict=True) if r["y"] == 0 and r["source"] in REAL]
    for label, negs in (("thresholds from all legitimate texts", neg), ("thresholds from real legitimate texts only", real_neg)):
        r05, _ = T.recall_at(real_pos, negs, 0.005)
        r1, _ = T.recall_at(real_pos, negs, 0.01)
        print(f"real scams only (Mendeley + SmishTank, n {len(real_pos)}): recall @0.5% {r05:.3f} @1% {r1:.3f} ({label})")
    print(f"model alone at the shipped lines: suspicious {susp:.4f} scam {scam:.4f}: flagged {m['flag_recall']:.3f}, "
          f"scam {m['scam_recall']:.3f}, legit flagged {m['fpr_flag']:.4f}")
    for s, v in m["fpr_by_source"].items():
        tag = "real" if s in REAL else "team-written (modern legitimate set)"
        print(f"  legit {s:16s} n {v['n']:5d}  flagged {v['flagged']:3d}  FPR {v['fpr']:.4f}  [{tag}]")
    print("recall by kind (n, @0.5%, @1%):")
    for k, v in m["by_kind"].items():
        print(f"  {k:48s} {v['n']:4d}  {v['recall@0.5%']:.3f}  {v['recall@1%']:.3f}")
    oof_analyser(rows, cv, show_fp, show_fn)


def oof_analyser(rows, cv, show_fp=False, show_fn=False) -> None:
    """The whole analyser (rules, hard rules and the model, as shipped) with each fold's model scoring only the
    rows it was not trained on: the closest figure to what unseen messages get (from the runs that set the line)."""
    flagged = T.flagged_at(cv.info, cv.suspicious_at)
    for i, r in enumerate(rows):
        if (show_fp and r["y"] == 0 and flagged[i]) or (show_fn and r["y"] == 1 and not flagged[i]):
            tag = "OOF-FP" if r["y"] == 0 else "OOF-FN"
            print(f"{tag} {r['source']}/{r['kind']} {round(cv.info[i][0], 4)} :: {r['text'][:160]!r}")
    by = defaultdict(list)
    for i, r in enumerate(rows):
        lab = "scam" if r["y"] else "legit"
        by[(r["source"], lab)].append(flagged[i])
        if r["y"] and r["source"] in REAL:
            by[("real scams", r["kind"])].append(flagged[i])
    real = [flagged[i] for i, r in enumerate(rows) if r["y"] and r["source"] in REAL]
    print(f"\n== shipped analyser out-of-fold (rules + each fold's model on rows it never saw): real scams flagged "
          f"{sum(real)}/{len(real)} ({sum(real) / len(real):.3f})")
    for (s, lab), v in sorted(by.items()):
        tag = "" if s in REAL or s == "real scams" else "  [team-written]"
        print(f"  {s:16s} {lab:32s} n {len(v):5d}  flagged {sum(v):4d}  ({sum(v) / len(v):.4f}){tag}")


def shipped(args) -> None:
    import checks.scam.model as M
    from checks.scam import analyse

    t0 = time.perf_counter()
    M.install(M.weights_path().read_bytes())
    print(f"\n== shipped analyser   model load {(time.perf_counter() - t0) * 1000:.1f} ms")
    analyse("warm-up: call +44 20 7946 0018 or 09066 612661 (£), visit https://example.co.uk/x")
    rows = T.load_rows()
    times = []
    cpu = []
    flagged = defaultdict(list)
    for r in rows:
        t, c = time.perf_counter(), time.process_time()
        rep = analyse(r["text"])
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        f = rep.verdict in ("scam", "suspicious")
        lab = "marketing" if r["y"] is None else ("scam" if r["y"] else "legit")
        flagged[(r["source"], lab)].append(f)
        if args.show_fp and lab == "legit" and f:
            print(f"FP {rep.probability} :: {r['text'][:150]!r}")
        if args.show_fn and lab == "scam" and not f:
            print(f"FN {rep.probability} :: {r['text'][:150]!r}")
    for (s, lab), v in sorted(flagged.items()):
        print(f"  {s:16s} {lab:9s} n {len(v):5d}  flagged {sum(v):5d}  ({sum(v) / len(v):.4f})")
    for label, v in (("wall", times), ("CPU", cpu)):
        v.sort()
        p95 = v[int(len(v) * 0.95)]
        print(f"time per message ({label}): median {statistics.median(v):.2f} ms  p95 {p95:.2f} ms  max {v[-1]:.1f} ms")


def holdout(show: bool = False) -> None:
    """Team-written texts kept out of training: a fresh check of modern legitimate texts and modern scams."""
    import csv

    from checks.scam import analyse

    print("\n== held-out modern texts (team-written, never trained on)")
    for name in ("holdout-legit.csv", "holdout-scam.csv"):
        with (T.DATA / "scam" / name).open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        flagged = [r["text"] for r in rows if analyse(r["text"]).verdict in ("scam", "suspicious")]
        print(f"  {name:18s} n {len(rows):3d}  flagged {len(flagged):3d}  ({len(flagged) / len(rows):.3f})")
        if name.startswith("holdout-legit"):
            for t in flagged:
                print(f"    flagged legitimate: {t[:120]!r}")
    # holdout2: written blind (by a team member who saw neither the data nor the code). Rows whose first or last
    # seven words (links and digits masked) match a training row are reported apart: they are nearly in-sample.
    train_keys = {k for r in T.load_rows() for k in T._keys(r["text"]) if len(k.split()) >= 5}
    # holdout3 was the validation set that chose TEAM_SUSPICIOUS_FPR and showed which notice senders to add to
    # KNOWN_SITES; holdout4 was measured once as a test before it was looked at (see tests/data/scam/README.md).
    print("  holdout2-31 (written blind; 'new' = no near-copy in the training data):")
    # holdout5: three more blind writers, each given a focus (a: account alerts and 'other' scams, b: scams that open
    # like a person's text, c: mass-texted scams, older UK/Indian ones too), with look-alike legitimate texts. Its
    # column 'part' says which writer; kinds are reported by part.
    # holdout6: modern legitimate texts of the sealed set's kinds and scams spread like public reports, written blind.
    # holdout7: the same again from three fresh writers, two of 160 everyday legitimate texts each (part a and b, the
    # size of the sealed modern set) and 200 scams; measured before and after the changes of 2026-12-07 (README).
    # holdout8: three more fresh writers, US (part a) and UK/Spanish/US (part b) everyday texts, and 200 scams written
    # as people paste them when reporting them.
    # holdout9: a retired person's month of texts (part a), a small business's (part b), and 200 scams of 2023-26.
    # holdout10: a US family's month of texts (part a), people in their 20s and 30s in the US and UK (part b, gig work,
    # recruiters, pay apps, sign-in alerts), and 200 scams written the way real ones look, not like textbook examples.
    # holdout11: several US adults' texts of the kinds the sealed modern set holds (part a: codes, deliveries, bank
    # alerts, appointments, school notices, family messages with links...), everyday US/UK/Spanish texts (part b), and
    # 200 scams spread like US reports, older UK and Indian ones too.
    # holdout12: US texts of the sealed modern set's kinds from many small local senders (part a), texts from people
    # (part b: friends, family, neighbours, local buyers and sellers), and 200 scams spread like US reports.
    # holdout13: mid-size and local senders of the sealed modern set's kinds (part a), older adults' and their carers'
    # texts (part b), and 200 scams, half of them written the way real ones arrive.
    # holdout14: the sealed modern set's kinds from eight US volunteers (part a), messages between people with the links
    # they share (part b), and 200 scams, a third of them older UK, Indian and Singapore ones.
    # holdout15: the sealed modern set's kinds in small towns and rural areas (part a) and in big cities, a quarter in
    # Spanish (part b), and 200 scams, a quarter of them older UK, Indian and Singapore ones.
    # holdout16: only the sealed modern set's six kinds, from US households (part a) and from younger people in the US,
    # UK and Spain (part b), and 200 scams spread like the real development data.
    # holdout17: the six kinds from twelve very different US volunteers (part a), and the genuine texts that look most
    # like scams, asked for on purpose (part b: a stress test, not a sample), and 200 scams.
    # holdout18: the six kinds from ten very different US households (part a), and from older US adults, the UK and
    # Spanish speakers (part b), and 200 scams.
    # holdout19: the six kinds from eight very different US people (part a), and from small and regional senders
    # all over the US (part b), and 200 scams.
    # holdout20: the six kinds from a cross-section of US adults' phones (part a), and the most typical formats of the
    # most common senders (part b), and 200 scams.
    # holdout21: the six kinds as forty volunteers' forwarded texts (part a), and texts to people aged 60 to 90
    # (part b), and 200 scams, many aimed at older adults.
    # holdout22: the six kinds from a research panel's donated screenshots (part a), and texts to people aged 18 to 35
    # (part b), and 200 scams.
    # holdout23: the six kinds as eighty households' forwarded texts (part a), and from mid-size US cities' regional
    # senders (part b), and 200 scams.
    # holdout24: the six kinds as 160 randomly chosen US adults' texts (part a), and from small-town and rural America
    # and military families (part b), and 200 scams.
    # holdout25: the six kinds as texts a mobile carrier's customers marked "not spam" (part a), and from working
    # families in big US metro areas (part b), and 200 scams pasted the way people report them.
    # holdout26: the six kinds as a consumer panel's most recent texts (part a), and US seniors' and their carers'
    # texts (part b), and 200 scams.
    # holdout27: the six kinds as forty households' texts (part a), and from the Midwest, Great Plains and Mountain
    # West (part b), and 200 scams.
    # holdout28: the six kinds as newspaper readers' last ordinary texts (part a), and from the US South and Southeast
    # (part b), and 200 scams.
    # holdout29: the six kinds as study volunteers' transcribed texts (part a), and from the US West, Pacific
    # Northwest, Alaska and Hawaii (part b), and 200 scams.
    # holdout30: the six kinds from a census-matched sample of US adults (part a), and from the Northeast and the
    # Great Lakes (part b), and 200 scams. holdout31: the six kinds from 32 families' phones (part a), and from shift
    # and hourly workers (part b), and 200 scams. Both measured at the analyser of 3c33f6a (see README).
    names = [f"holdout{k}-{lab}.csv" for k in range(2, 32) for lab in ("legit", "scam")]
    for name in names:
        with (T.DATA / "scam" / name).open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        by_kind: dict = defaultdict(lambda: [0, 0])
        n_new = f_new = f_all = f_stranger = 0
        for r in rows:
            rep = analyse(r["text"])
            f = rep.verdict in ("scam", "suspicious")
            # the same text when the person answers "Who sent it?" with "A number or address I don't know"
            f_stranger += f or analyse(r["text"], sender_known=False).verdict in ("scam", "suspicious")
            new = not (set(T._keys(r["text"])) & train_keys)
            f_all += f
            n_new += new
            f_new += f and new
            by_kind[r.get("part") or r["kind"]][0] += 1
            by_kind[r.get("part") or r["kind"]][1] += f
            if show and f == (r["label"] == "legit"):
                print(f"    {'FP' if f else 'FN'} {r['kind']} {rep.verdict} {rep.probability} :: {r['text'][:140]!r}")
        kinds = " ".join(f"{k}:{v[1]}/{v[0]}" for k, v in sorted(by_kind.items()))
        print(f"  {name:18s} n {len(rows):3d}  flagged {f_all:3d} ({f_all / len(rows):.3f});  new n {n_new:3d} flagged "
              f"{f_new:3d} ({f_new / max(1, n_new):.3f});  said to be from a stranger: flagged {f_stranger:3d}\n"
              f"    by {'part' if 'part' in rows[0] else 'kind'}: {kinds}")


def seed_spread(seeds: list[int]) -> None:
    """The whole analyser out of fold with other fold splits: how much the figures move with the split alone."""
    import numpy as np

    rows = [r for r in T.load_rows() if r["y"] is not None]
    X = T.matrix(T.features(rows))
    y = np.array([r["y"] for r in rows])
    print("== fold seeds (whole analyser out of fold, each with its own lines)")
    shipped_seed = T.SEED
    try:
        for seed in seeds:
            T.SEED = seed
            cv = T.out_of_fold(rows, X, y)
            line = cv.suspicious_at
            f = T.flagged_at(cv.info, line)
            rp = [f[i] for i, r in enumerate(rows) if r["y"] == 1 and r["source"] in REAL]
            rn = [f[i] for i, r in enumerate(rows) if r["y"] == 0 and r["source"] in REAL]
            tn = [f[i] for i, r in enumerate(rows) if r["y"] == 0 and r["source"] not in REAL]
            print(f"  seed {seed:>9d}  line {line:.4f}  real scams {sum(rp)}/{len(rp)} ({sum(rp) / len(rp):.3f})  "
                  f"real legitimate flagged {sum(rn)}/{len(rn)}  team-written legitimate flagged {sum(tn)}/{len(tn)}")
    finally:
        T.SEED = shipped_seed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--show-fp", action="store_true")
    ap.add_argument("--show-fn", action="store_true")
    ap.add_argument("--seeds", type=int, nargs="+", metavar="SEED",
                    help="only: the out-of-fold figures with these fold seeds (the shipped one is "
                         f"{T.SEED})")
    args = ap.parse_args(argv)
    if args.seeds:
        seed_spread(args.seeds)
        return 0
    if not args.no_cv:
        cv_figures(args.show_fp, args.show_fn)
    shipped(args)
    holdout(args.show_fp or args.show_fn)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
