"""Which country a message was written for, from what it says (money signs, numbers, brands)."""

from __future__ import annotations

import re

from ._prefilter import Gate, has_fold_traps

_CUES: dict[str, tuple[tuple[re.Pattern[str], int], ...]] = {
    "GB": tuple((re.compile(rx, re.I), w) for rx, w in (
        (r"£", 2), (r"\broyal ?mail\b", 3), (r"\bhmrc\b", 3), (r"\bdvla\b", 3), (r"\bnhs\b", 2), (r"\bevri\b|\bhermes\b", 2),
        (r"\bparcelforce\b|\byodel\b", 2), (r"\bgov\.uk\b|\.co\.uk\b", 2), (r"\+44\b|\b0(7\d{3}|20|1\d{2,3}) ?\d{3}", 2),
        (r"\bcouncil tax\b|\bnational insurance\b|\bpostcode\b|\btv licen[cs]e\b", 2),
        (r"\b(barclays|natwest|lloyds|halifax|monzo|nationwide|santander uk)\b", 1),
    )),
    "US": tuple((re.compile(rx, re.I), w) for rx, w in (
        (r"\$\s?\d", 1), (r"\busps\b", 3), (r"\birs\b", 3), (r"\b(e-?z ?pass|sunpass|fastrak|txtag)\b", 3),
        (r"\bsocial security\b|\bmedicare\b|\bdmv\b|\bzelle\b|\bvenmo\b|\bcash ?app\b", 2), (r"\+1[\s(-]*\d{3}|\b1-8\d\d-", 2),
        (r"\b(chase|wells fargo|bank of america|navy federal|usaa|capital one)\b", 1), (r"\bzip code\b", 2),
    )),
    "ES": tuple((re.compile(rx, re.I), w) for rx, w in (
        (r"€", 1), (r"\bcorreos\b|\bseur\b|\bmrw\b", 3), (r"\bbizum\b", 3), (r"\bagencia tributaria\b|\bhacienda\b|\bdgt\b", 3),
        (r"\+34\b|\b[67]\d{2} ?\d{3} ?\d{3}\b", 1), (r"\b(bbva|caixabank|bankinter|sabadell|unicaja|iberdrola|endesa|movistar)\b", 2),
        (r"\b(su|tu) (paquete|cuenta|tarjeta|env[ií]o)\b|\b(pulse|haga clic|haz clic|aqu[ií])\b", 2), (r"\bdni\b|\bseguridad social\b", 1),
    )),
    "IN": tuple((re.compile(rx, re.I), w) for rx, w in (
        (r"₹|\brs\.? ?\d|\binr\b", 3), (r"\+91\b", 3), (r"\b(aadhaar|pan card|upi|paytm|sbi|hdfc|icici|kyc)\b", 2),
    )),
}


_GATES: dict[str, tuple[Gate, ...]] = {}


def _gates() -> dict[str, tuple[Gate, ...]]:
    """A prefilter per cue (speed only: a cue whose words are absent is not searched for)."""
    if not _GATES:
        _GATES.update({region: tuple(Gate(rx) for rx, _w in cues) for region, cues in _CUES.items()})
    return _GATES


def infer_region(text: str, default: str | None = None) -> str | None:
    """The two-letter region the message points to most clearly (at least 2 cue points), else ``default``."""
    if not text:
        return default
    head = text[:5000]
    gates = _gates()
    low = head.lower()
    traps = has_fold_traps(head)
    scores = {}
    for region, cues in _CUES.items():
        s = sum(w for (rx, w), gate in zip(cues, gates[region], strict=True) if gate.may_match(head, low, traps) and rx.search(head))
        if s:
            scores[region] = s
    if not scores:
        return default
    best = max(scores.values())
    top = [r for r, s in scores.items() if s == best]
    if best < 2 or len(top) > 1:
        return default
    return top[0]
