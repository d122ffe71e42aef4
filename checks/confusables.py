"""Letters that look like Latin letters, from the Unicode TR39 confusables data (``confusable_homoglyphs``).

The scam check reads ``pаypal`` (a Cyrillic а) as ``paypal``, and flags words and web addresses that mix
such look-alikes with Latin letters. The list comes from Unicode's own confusables table as shipped by a
maintained package (over 1,100 letters: Cyrillic, Greek, Cherokee, mathematical and full-width letters, ...),
not a hand-written list of about 60.

Pure: the package's data file is read once, on first use (about 30 ms), not at import.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

#: Greek letters TR39 does not count as confusable, but which pass for Latin ones in a lower-case word.
LOOSE_LOOKALIKES: Mapping[str, str] = MappingProxyType({"τ": "t", "κ": "k", "ε": "e"})


def _pick(letter: str, candidates: list[str]) -> str:
    """The Latin letter ``letter`` imitates. TR39 uses "l" as the one prototype of l, I and 1,
    so a capital look-alike of "l" imitates "I"."""
    if letter.isupper():
        same = [c for c in candidates if c.isupper()]
        if not same and "l" in candidates:
            return "I"
    else:
        same = [c for c in candidates if c.islower()]
        if "l" in same:
            return "l"
    return (same or candidates)[0]


@functools.cache
def latin_lookalikes() -> Mapping[str, str]:
    """{non-ASCII letter: the ASCII letter it looks like}, from TR39 (plus :data:`LOOSE_LOOKALIKES`)."""
    from confusable_homoglyphs import confusables

    table: dict[str, str] = {}
    for char, glyphs in confusables.confusables_data.items():
        if len(char) != 1 or char.isascii() or not unicodedata.category(char).startswith("L"):
            continue
        candidates = [g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalpha()]
        if candidates:
            table[char] = _pick(char, candidates)
    for char, latin in LOOSE_LOOKALIKES.items():
        table.setdefault(char, latin)
    return MappingProxyType(table)


def in_host_name(char: str) -> bool:
    """True when ``char``, in a lower-cased host name, is a look-alike letter (or a look-alike's lower case:
    host names are lower-cased, and Cherokee Ꭺ becomes ꭺ)."""
    table = latin_lookalikes()
    return char in table or (not char.isascii() and char.upper() in table)
