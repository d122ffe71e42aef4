"""Tidying text read from a picture (OCR), before the scam analyser judges it.

A screenshot of a chat or of a pop-up gives the text with the phone's or the window's furniture mixed
in: the clock and battery of the status bar, "Today 9:41 AM" and "Delivered" between bubbles, a
bubble's words broken over several lines, words split by a hyphen at the end of a line, and stray
characters where the reader saw an icon. ``clean_ocr_text`` removes the furniture and joins what
belongs together, so the analyser sees the message as it was written. It never changes words
inside a line (a link is left exactly as read).
"""

from __future__ import annotations

import re
import unicodedata

# Lines that are only a time, a day or a delivery status (English and Spanish chat apps).
_TIME = r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?\s?m\.?)?"
_DAY = (
    r"today|yesterday|hoy|ayer|now|ahora|"
    r"mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|"
    r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo"
)
_FURNITURE = re.compile(
    rf"""^(?:
        (?:(?:{_DAY}),?\s*)?{_TIME}            # 9:41 / Today 9:41 AM / Hoy 9:41
      | (?:{_DAY})                              # Today
      | (?:delivered|read|seen|sent|entregado|le[ií]do|visto|enviado)(?:\s+{_TIME})?
      | (?:text\s+message|imessage|sms|mensaje\s+de\s+texto|mms)(?:\s*[·•-]?\s*(?:(?:{_DAY}),?\s*)?{_TIME})?
      | (?:lte|4g|5g|3g|wi-?fi)(?:\s+\d{{1,3}}\s?%)?
      | \d{{1,3}}\s?%                            # battery
      | [<>«»‹›←→✓✔︎\s|·•\-–—_=+*~^"'`.,:;©®™()\[\]{{}}]{{1,4}}   # icons read as stray marks
    )$""",
    re.I | re.X,
)
_HYPHEN_BREAK = re.compile(r"(\w)-\n(\w)")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n{3,}")
#: A line that ends a sentence or stands alone (then the next line is not joined to it).
_ENDS = re.compile(r"[.!?:;)\]\"'»”]$|https?://\S+$|\S+\.\w{2,}/\S*$")


#: One word of a phone's status bar: the clock, the network, the battery.
_STATUS_WORD = re.compile(rf"^(?:{_TIME}|[ap]m|lte|[345]g|5ge|wi-?fi|\d{{1,3}}\s?%|[.·•|<>]+)$", re.I)
#: "example. com/path": the reader put a space after the dot of a web address.
_BROKEN_DOMAIN = re.compile(
    r"\b([a-z0-9-]+)\. (com|net|org|info|online|site|top|xyz|shop|live|app|co|io|us|uk|es|me|cc|vip|click|link)(?=/|$)",
    re.M,
)


def _is_furniture(line: str) -> bool:
    line = line.strip()
    if _FURNITURE.match(line):
        return True
    words = line.split()
    return len(words) > 1 and all(_STATUS_WORD.match(w) for w in words)


def clean_ocr_text(raw: str) -> str:
    """The message text in ``raw`` OCR output: furniture lines dropped, broken lines joined."""
    text = unicodedata.normalize("NFC", raw or "").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = _BROKEN_DOMAIN.sub(r"\1.\2", text)
    paragraphs: list[list[str]] = [[]]
    for line in text.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if not line:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        if _is_furniture(line):
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        paragraphs[-1].append(line)
    out: list[str] = []
    for lines in paragraphs:
        if not lines:
            continue
        joined = lines[0]
        for line in lines[1:]:
            starts_lower = line[:1].islower() or line[:1].isdigit()
            if not _ENDS.search(joined) and starts_lower:
                joined += " " + line
            else:
                joined += "\n" + line
        out.append(joined)
    return _BLANKS.sub("\n\n", "\n\n".join(out)).strip()
