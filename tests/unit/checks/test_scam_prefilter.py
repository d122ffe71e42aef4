"""The regex prefilters (checks/scam/_prefilter.py) only skip patterns that cannot match."""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from checks.scam import _BRAND_MENTIONS, _prefilter, _region, _signals
from checks.scam import model as M
from checks.scam._prefilter import FOLD_TRAPS, Gate, has_fold_traps, required
from checks.scam._text import prepare

DATA = Path(__file__).resolve().parents[2] / "data"


def _corpus() -> list[str]:
    out = []
    for path in [DATA / "scam_modern.csv", DATA / "scam" / "team-scam.csv", DATA / "scam" / "team-legit.csv",
                 DATA / "scam" / "smishtank-dev.csv"]:
        with path.open(encoding="utf-8", newline="") as fh:
            out.extend(r["text"] for r in csv.DictReader(fh))
    return out


def test_required_strings_of_simple_patterns():
    assert required(re.compile(r"\bhello world\b")) == (frozenset({"hello world"}),)
    assert required(re.compile(r"\b(send|give)\b\W+(the )?code")) == (frozenset({"code"}), frozenset({"send", "give"}))
    # Optional parts, character classes and case-insensitive parts give nothing certain.
    assert required(re.compile(r"(abc)?\d+")) == ()
    assert required(re.compile(r"[a-z]+")) == ()
    assert required(re.compile(r"x(?i:abc)y")) == (frozenset({"x"}), frozenset({"y"}))
    # Alternation: every branch must give something.
    assert required(re.compile(r"foo|\d+")) == ()
    # Case-insensitive patterns give lower-case strings.
    assert required(re.compile(r"PayPal", re.I)) == (frozenset({"paypal"}),)


def test_gate_says_no_only_when_the_words_are_absent():
    rx = re.compile(r"\b(western union|moneygram)\b")
    gate = Gate(rx)
    assert not gate.may_match("pay me by bank transfer")
    assert gate.may_match("send it by western union")
    folded = Gate(re.compile(r"\bpaypal\b", re.I))
    text = "Your PAYPAL account"
    assert folded.may_match(text, text.lower(), traps=False)
    assert not folded.may_match("your bank account", "your bank account", traps=False)
    # Unknown lower-case copy, or a character that case-folds oddly: the pattern must run.
    assert folded.may_match("your bank account")
    assert folded.may_match("pay\u0131pal", "pay\u0131pal", traps=True)


def test_top_level_alternation_keeps_each_branch_whole():
    rx = re.compile(r"\b(ab\w+cd|ef)\b")
    assert _prefilter._needles(rx) == ((None, ((("ab",), ("cd",)), (("ef",),))),)
    gate = Gate(rx)
    assert gate.may_match("ab xcd") and gate.may_match("ef")
    assert not gate.may_match("ab only")  # "ab" without "cd" cannot match the first branch, nor "ef" the second
    assert rx.search("ab only") is None


def test_fold_traps_are_every_character_that_ignorecase_matches_to_an_ascii_letter_oddly():
    letter = re.compile(r"[a-z]", re.I)
    odd = set()
    for cp in range(0x80, 0x110000):
        c = chr(cp)
        if letter.fullmatch(c):
            low = c.lower()
            if not (len(low) == 1 and low.isascii() and letter.fullmatch(low)):
                odd.add(c)
    assert odd <= FOLD_TRAPS
    assert has_fold_traps("Pay\u0131pal") and not has_fold_traps("Paypal") and not has_fold_traps("Pay\u00e9")


def _all_patterns():
    for sig in _signals.SIGNALS:
        yield sig.code, sig.pattern, "raw" if sig.raw else "low"
    for brand, rx in _BRAND_MENTIONS:
        yield brand, rx, "scan"
    for name, rx in M._STORIES:
        yield name, rx, "low"
    import checks.scam as S

    for name in ("_SHARED_CONTEXT", "_REPLY_ASK"):
        yield name, getattr(S, name), "raw" if name == "_SHARED_CONTEXT" else "scan"
    for name in ("_REAL_CHANNEL", "_CALL_WORDS"):
        yield name, getattr(S, name), "scan"
    for name in ("_MONEY", "_NOT_YOU", "_REPLY_YES_NO", "_OTP"):
        yield name, getattr(M, name), "low"
    for region, cues in _region._CUES.items():
        for rx, _w in cues:
            yield region, rx, "original"


@functools.lru_cache(maxsize=1)
def _prepared():
    out = []
    for text in _corpus():
        prep = prepare(text)
        out.append({"raw": prep.raw_scan, "low": prep.low, "scan": prep.scan, "original": text, "prep_low": prep.low})
    return out


def test_gate_never_skips_a_pattern_that_matches():
    hits = skipped = 0
    for name, rx, where in _all_patterns():
        gate = Gate(rx)
        for forms in _prepared():
            target = forms[where]
            low = forms["prep_low"] if where == "scan" else target.lower()
            may = gate.may_match(target, low, has_fold_traps(target))
            if rx.search(target):
                hits += 1
                assert may, (name, target)
            elif not may:
                skipped += 1
    assert hits > 1000 and skipped > 10 * hits  # the gates do skip most of the work


def test_most_patterns_have_a_gate():
    gated = [name for name, rx, _w in _all_patterns() if required(rx)]
    assert len(gated) >= 0.9 * len(list(_all_patterns()))
    assert _prefilter._p is not None


def test_precomputed_table_is_current():
    from checks.scam._gate_table import TABLE

    pats = [rx for _n, rx, _w in _all_patterns()]
    fresh = {_prefilter._key(rx): _prefilter._needles(rx) for rx in pats}
    assert fresh == TABLE, ("checks/scam/_gate_table.py is out of date: write it again with "
                            "PYTHONPATH=$PWD .venv/bin/python -c \"from tests.unit.checks.test_scam_prefilter import _write; _write()\"")


def _write():
    pats = [rx for _n, rx, _w in _all_patterns()]
    (Path(__file__).resolve().parents[3] / "checks" / "scam" / "_gate_table.py").write_text(_prefilter.table_source(pats), encoding="utf-8")
