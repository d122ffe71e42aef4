"""Text preparation: a normalised copy for matching, with a map back to the original offsets.

The analyser never changes the user's text. It builds a *scan* string in which
 - zero-width and direction-control characters are removed (and remembered: they are a signal),
 - every character is NFKC-normalised (full-width letters become ASCII),
 - Cyrillic/Greek look-alikes are mapped to the Latin letter they imitate,
 - digits used as letters inside words ("BL0CKED", "W0N", "F1VE") become letters,
 - "hxxp" and "[.]" defanging is undone,
and ``index[i]`` is the position in the original text of scan character ``i``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from checks.confusables import latin_lookalikes

from ._data import BIDI_CONTROLS, ZERO_WIDTH

MAX_CHARS = 20_000  # analyse at most this much (a long e-mail fits); the rest is ignored and the advice says so


@dataclass
class Prepared:
    original: str
    scan: str  # normalised, same meaning, for regexes
    index: list[int]  # scan position -> original position
    truncated: bool = False
    raw_scan: str = ""  # like scan, but digits inside words are left as written (same length and index)
    low: str = ""  # scan in lower case (same length and index)
    invisible: list[int] = field(default_factory=list)  # original offsets of zero-width chars
    bidi: list[int] = field(default_factory=list)  # original offsets of direction overrides
    confusable_words: list[tuple[int, int]] = field(default_factory=list)  # original spans of mixed-script words

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a scan span to an original span."""
        if not self.index:
            return (0, 0)
        start = max(0, min(start, len(self.index) - 1))
        end = max(start + 1, min(end, len(self.index)))
        return (self.index[start], self.index[end - 1] + 1)


_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})
# Words only: never inside links, e-mail addresses or hyphenated names (those are checked as written).
_LEET_WORD = re.compile(r"(?<![\w@./:-])(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*[0-9])[A-Za-z0-9]{3,}(?![\w@-]|\.\w|/)")
_DEFANG = re.compile(r"hxxp(s?)|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\[:\]", re.IGNORECASE)
# A link broken with spaces round its dot to slip past filters: "bit . ly/3Apple", "mtb-restore .com", "amazon .com-x .info".
_SPACED_DOT = re.compile(r"(?<=[a-z0-9]) +\. *(?=(?:com|net|org|info|ly|xyz|icu|cc|vip|top|live|shop|site|online|click|link|"
                         r"app|one|cfd|sbs|bond|buzz|cyou|lol|win|fun|quest|rest|pw|tk|ml|ga|cf|gq|io|biz|club|store|"
                         r"life|world|today|support|services)(?![a-z]))|(?<=[a-z0-9])\. +(?=(?:com|net|org|ly|xyz|icu|cc|vip)(?![a-z]))", re.IGNORECASE)


def _deleet(m: re.Match[str]) -> str:
    word = m.group(0)
    letters = sum(c.isalpha() for c in word)
    digits = len(word) - letters
    # Only words that are mostly letters with a digit or two ("w0n", "bl0cked", "paypa1"), never
    # codes, amounts, times ("5pm"), postcodes or "2day"/"4u" text-speak.
    if letters < 2 or digits > letters / 2 or digits == 0:
        return word
    if word[0].isdigit():
        return word
    low = word.lower()
    if re.fullmatch(r"\d+(st|nd|rd|th|pm|am|k|m|p|ppm|mins?|hrs?|gb|mb|kg|km|x)", low):
        return word
    if re.search(r"\d{3,}", word):
        return word
    return word.translate(_LEET)


def prepare(text: str) -> Prepared:
    truncated = len(text) > MAX_CHARS
    original = text
    work = text[:MAX_CHARS] if truncated else text
    chars: list[str] = []
    index: list[int] = []
    invisible: list[int] = []
    bidi: list[int] = []
    if work.isascii():
        chars = list(work)
        index = list(range(len(work)))
    else:
        lookalikes = latin_lookalikes()  # Unicode TR39 confusables
        for i, ch in enumerate(work):
            if ch in ZERO_WIDTH:
                invisible.append(i)
                continue
            if ch in BIDI_CONTROLS:
                bidi.append(i)
                continue
            if ch in lookalikes:
                chars.append(lookalikes[ch])
                index.append(i)
                continue
            if ord(ch) < 0x80:
                chars.append(ch)
                index.append(i)
                continue
            norm = unicodedata.normalize("NFKC", ch)
            if norm in ("\u2019", "\u2018", "\u02bc"):
                norm = "'"
            elif norm in ("\u201c", "\u201d"):
                norm = '"'
            elif norm in ("\u2013", "\u2014"):
                norm = "-"
            elif norm == "\u00a0":
                norm = " "
            if not norm:
                continue
            for c in norm:
                chars.append(c)
                index.append(i)
    scan = "".join(chars)
    # Undo defanging and leetspeak without changing the length (so the index stays valid).
    if "xx" in scan or "[" in scan or "(" in scan or "{" in scan:
        scan, index = _sub_indexed(_DEFANG, scan, index, _refang)
    if " ." in scan or ". " in scan:
        scan, index = _sub_indexed(_SPACED_DOT, scan, index, lambda _token: ".")
    raw_scan = scan
    scan = _LEET_WORD.sub(_deleet, scan)
    low = scan.lower()
    if len(low) != len(scan):  # a few letters grow when lower-cased ("İ"): keep the length
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in scan)
    prepared = Prepared(original=original, scan=scan, index=index, truncated=truncated, invisible=invisible, bidi=bidi,
                        raw_scan=raw_scan, low=low)
    if not work.isascii():
        prepared.confusable_words = _mixed_script_words(work)
    return prepared


def _refang(token: str) -> str:
    low = token.lower()
    if low.startswith("hxxp"):
        return "http" + token[4:]
    if low == "[:]":
        return ":"
    return "."


def _sub_indexed(pattern: re.Pattern[str], scan: str, index: list[int], repl) -> tuple[str, list[int]]:
    """Like pattern.sub, but keeps the scan->original index in step (replacements map to the match start)."""
    out: list[str] = []
    new_index: list[int] = []
    pos = 0
    for m in pattern.finditer(scan):
        out.append(scan[pos:m.start()])
        new_index.extend(index[pos:m.start()])
        rep = repl(m.group(0))
        out.append(rep)
        new_index.extend([index[m.start()]] * len(rep))
        pos = m.end()
    if pos == 0:
        return scan, index
    out.append(scan[pos:])
    new_index.extend(index[pos:])
    return "".join(out), new_index


_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def _mixed_script_words(text: str) -> list[tuple[int, int]]:
    """Spans of words mixing Latin letters with Cyrillic/Greek look-alikes (e.g. "Аmazon")."""
    spans = []
    lookalikes = latin_lookalikes()
    for m in _WORD.finditer(text):
        word = m.group(0)
        has_latin = any("a" <= c.lower() <= "z" for c in word)
        has_fake = any(c in lookalikes for c in word)
        if has_latin and has_fake:
            spans.append(m.span())
    return spans
