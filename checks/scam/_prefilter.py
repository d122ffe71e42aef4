"""Cheap "can this regex match at all?" tests, derived from the regex itself (speed only, never a result).

Most of the analyser's time went to running ~90 rule patterns over every message, although a typical
message can match only a few of them. ``required(pattern)`` reads a compiled pattern's parse tree and
returns sets of plain strings such that every match of the pattern contains one string of each set
(for ``\\b(send|give)\\b ... code``: ``{"code"}`` and ``{"send", "give"}``), or nothing when it
cannot tell. ``Gate(pattern).may_match(text)`` is then a few ``in`` tests (C speed): when
it says no, the pattern cannot match ``text`` and need not run. When it says yes, the pattern runs
as before, so results never change.

Sound by construction: only literal characters the match must consume are used (a repeat counts only
when it must occur at least once, an alternation only when every branch gives strings, lookarounds and
case-insensitive parts give nothing). For a pattern compiled with ``re.IGNORECASE`` the strings are
lower-cased and tested against the lower-cased text, except when the text holds one of the few
characters that match an ASCII letter case-insensitively but do not lower-case to it (then the
pattern just runs).
"""

from __future__ import annotations

import importlib
import re
import zlib
from typing import Any

try:  # Python 3.11+: the regex parser lives in re._parser (sre_parse is deprecated)
    _c: Any = importlib.import_module("re._constants")
    _p: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - older Pythons: no gates, every pattern runs
    _c = _p = None


# Non-ASCII characters that re.IGNORECASE matches to an ASCII letter although ``str.lower`` does not
# turn them into it: "İ" (lower-cases to two characters), dotless "ı", long "ſ", the Kelvin sign.
# tests/unit/checks/test_scam_prefilter.py checks this list against every Unicode character.
FOLD_TRAPS = frozenset("\u0130\u0131\u017f\u212a")


def _required(items, fold: bool) -> frozenset[str] | None:
    sets = _required_all(items, fold)
    return sets[0] if sets else None


def _required_all(items, fold: bool) -> list[frozenset[str]]:
    """Every set of strings one of which a match must contain (each is needed), most selective first."""
    candidates: list[frozenset[str]] = []
    cur: set[str] = {""}  # the literal run so far, one string per way of writing it ("c[oó]digo": two)

    def flush():
        nonlocal cur
        if cur != {""}:
            candidates.append(frozenset(cur))
        cur = {""}

    for op, av in items:
        if op is _c.LITERAL or (op is _c.IN and av and all(o is _c.LITERAL for o, _v in av)):
            chars = {chr(av)} if op is _c.LITERAL else {chr(v) for _o, v in av}
            if fold:
                if not all(ch.isascii() for ch in chars):
                    flush()
                    continue
                chars = {ch.lower() for ch in chars}
            if len(cur) * len(chars) > 32:
                flush()
            cur = {c + ch for c in cur for ch in chars}
        elif op is _c.AT or op is _c.ASSERT or op is _c.ASSERT_NOT:
            continue  # consumes nothing: the literals on either side are next to each other in the match
        elif op is _c.SUBPATTERN:
            flush()
            _group, add_flags, _del_flags, sub = av
            if add_flags & (re.IGNORECASE | re.VERBOSE) and not fold:
                continue
            candidates.extend(_required_all(sub, fold))
        elif op is _c.BRANCH:
            flush()
            alts = [_required(alt, fold) for alt in av[1]]
            if alts and all(alts):
                candidates.append(frozenset().union(*alts))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            flush()
            lo, _hi, sub = av
            if lo >= 1:
                candidates.extend(_required_all(sub, fold))
        else:
            flush()  # a character class, any character, a back-reference ...: nothing certain
    flush()
    good = [c for c in candidates if c and min(map(len, c)) > 0]
    good.sort(key=lambda c: (-min(map(len, c)), len(c), sorted(c)))
    return good


def required(pattern: re.Pattern[str], most: int = 3) -> tuple[frozenset[str], ...]:
    """Up to ``most`` sets of strings: every match of ``pattern`` contains one string of each set. () when unknown."""
    if _p is None or not isinstance(pattern.pattern, str):
        return ()
    flags = pattern.flags
    if flags & re.VERBOSE:
        return ()
    try:
        tree = _p.parse(pattern.pattern, flags & ~re.UNICODE)
    except Exception:  # noqa: BLE001 - no gate is always correct
        return ()
    return tuple(_required_all(tree, bool(flags & re.IGNORECASE))[:most])


def _key(pattern: re.Pattern[str]) -> str:
    return f"{zlib.crc32(pattern.pattern.encode('utf-8', 'surrogatepass')):08x}:{len(pattern.pattern)}:{pattern.flags}"


def _parse(pattern: re.Pattern[str]):
    if _p is None or not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None
    try:
        return _p.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # noqa: BLE001 - no gate is always correct
        return None


def _needles(pattern: re.Pattern[str]) -> tuple:
    """The gate: a tuple of groups that must all hold. A group is a tuple of strings (one must be in the
    text) or ``(None, alternatives)`` for a top-level alternation, each alternative a tuple of such string
    groups (one alternative must hold entirely): ``a…b|c…d`` needs (a and b) or (c and d)."""
    tree = _parse(pattern)
    if tree is None:
        return ()
    fold = bool(pattern.flags & re.IGNORECASE)
    items = list(tree)
    ors = []
    for n, (op, av) in enumerate(items):
        if op is _c.SUBPATTERN and not av[1] and len(av[3]) == 1 and av[3][0][0] is _c.BRANCH:
            op, av = av[3][0]  # "(a|b)": a group holding just an alternation
        if op is _c.BRANCH:
            alts = [tuple(tuple(sorted(x)) for x in _required_all(alt, fold)[:2]) for alt in av[1]]
            if alts and all(alts) and any(len(a) > 1 for a in alts):  # else the plain union says as much
                ors.append((None, tuple(alts)))
                items[n] = (_c.ANY, None)  # consumes something, gives nothing (keeps the literals apart)
    plain = [tuple(sorted(x)) for x in _required_all(items, fold)[:2]]
    return tuple(plain + ors[:2])


def _table() -> dict[str, tuple[Any, ...]]:
    from ._gate_table import TABLE

    return TABLE


def table_source(patterns) -> str:
    """The text of checks/scam/_gate_table.py for these patterns (the analyser's, see the test)."""
    lines = ['"""Precomputed prefilter strings of the analyser\'s patterns (written by _prefilter.table_source; a test',
             'checks it is current). Saves reading ~200 regexes on the first message; a pattern missing here',
             'is simply read at run time. Each value is a nested tuple of required words (see _prefilter._needles)."""',
             "", "from typing import Any", "", "TABLE: dict[str, tuple[Any, ...]] = {"]
    seen = set()
    for rx in patterns:
        key = _key(rx)
        if key in seen:
            continue
        seen.add(key)
        lines.append(f"    {key!r}: {_needles(rx)!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


class Gate:
    """``may_match(text, low)``: False only when ``pattern`` certainly finds nothing in ``text``.

    ``low`` is ``text`` lower-cased with the same length (used for case-insensitive patterns)."""

    __slots__ = ("needles", "fold")

    def __init__(self, pattern: re.Pattern[str]):
        needles = _table().get(_key(pattern))
        self.needles = needles if needles is not None else _needles(pattern)
        self.fold = bool(pattern.flags & re.IGNORECASE)

    def may_match(self, text: str, low: str | None = None, traps: bool = True) -> bool:
        """``traps``: whether the text may hold one of FOLD_TRAPS (pass False when known not to)."""
        if not self.needles:
            return True
        if self.fold:
            if low is None or traps:
                return True
            text = low
        return _holds(self.needles, text)


def _holds(groups, text: str) -> bool:
    for group in groups:
        if group[0] is None:
            for alt in group[1]:
                if _holds(alt, text):
                    break
            else:
                return False
            continue
        for s in group:
            if s in text:
                break
        else:
            return False
    return True


class Gated:
    """A compiled pattern with its Gate (built on first use): ``search`` returns None at once when it cannot match."""

    __slots__ = ("pattern", "_gate")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        self._gate: Gate | None = None

    def search(self, text: str, low: str | None = None, traps: bool = True) -> re.Match[str] | None:
        gate = self._gate
        if gate is None:
            gate = self._gate = Gate(self.pattern)
        return self.pattern.search(text) if gate.may_match(text, low, traps) else None


def has_fold_traps(text: str) -> bool:
    return not text.isascii() and any(c in FOLD_TRAPS for c in text)
