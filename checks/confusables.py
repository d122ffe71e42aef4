"""Letters that look like Latin letters, from the Unicode TR39 confusables data.

The scam check reads ``pаypal`` (a Cyrillic а) as ``paypal``, and flags words and web addresses that mix
such look-alikes with Latin letters. The list comes from Unicode's own confusables table as shipped by a
maintained package (over 1,100 letters: Cyrillic, Greek, Cherokee, mathematical and full-width letters, ...),
not a hand-written list of about 60.

The table is generated from the data of a maintained package (``confusable_homoglyphs``, Unicode's own
confusables.txt) by ``packaging/make_confusables_table.py`` into ``checks/_confusables_table.py``: pure
Python data, so the app and its bundle need neither the package nor its 900 KB JSON file. A test checks
that the table is what the package's current data gives.
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


def build_table(confusables_data: Mapping[str, list[dict[str, str]]]) -> dict[str, str]:
    """{non-ASCII letter: the ASCII letter it looks like} from TR39 data (``confusable_homoglyphs``' form)."""
    table: dict[str, str] = {}
    for char, glyphs in confusables_data.items():
        if len(char) != 1 or char.isascii() or not unicodedata.category(char).startswith("L"):
            continue
        candidates = [g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalpha()]
        if candidates:
            table[char] = _pick(char, candidates)
    return dict(sorted(table.items()))


@functools.cache
def latin_lookalikes() -> Mapping[str, str]:
    """{non-ASCII letter: the ASCII letter it looks like}, from TR39 (plus :data:`LOOSE_LOOKALIKES`)."""
    from checks._confusables_table import TABLE

    table = dict(TABLE)
    for char, latin in LOOSE_LOOKALIKES.items():
        table.setdefault(char, latin)
    return MappingProxyType(table)


def in_host_name(char: str) -> bool:
    """True when ``char``, in a lower-cased host name, is a look-alike letter (or a look-alike's lower case:
    host names are lower-cased, and Cherokee Ꭺ becomes ꭺ)."""
    table = latin_lookalikes()
    return char in table or (not char.isascii() and char.upper() in table)
