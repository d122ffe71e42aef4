"""Remove personal data from text before any of it leaves the computer.

``redact(text, names=..., keep_phones=..., region=...)`` replaces, in this order:
links are kept (only e-mail addresses inside them are removed), then e-mail
addresses, IBANs, card numbers (only digit runs that pass the Luhn check),
US social security and UK National Insurance numbers, one-time codes, phone
numbers (except the sender's, given in ``keep_phones``), account and sort-code
numbers and other long digit runs, street addresses and postcodes, and the names
from the household profiles.

The result carries the redacted text and a list of what was replaced: the kind
and the placeholder, never the original value, so the list may be logged and
shown to the user.

Pure: no I/O, no clock. ``phonenumbers`` is used offline.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

import phonenumbers

from checks.i18n import N_

#: kind -> the placeholder put in its place.
PLACEHOLDERS: dict[str, str] = {
    "name": "[name]",
    "email": "[e-mail address]",
    "phone": "[phone number]",
    "card": "[card number]",
    "account": "[account number]",
    "iban": "[bank account (IBAN)]",
    "address": "[address]",
    "ssn": "[social security number]",
    "ni": "[National Insurance number]",
    "code": "[code]",
}

#: Plain words for each kind, for the consent display ("2 phone numbers removed").
KIND_LABELS: dict[str, str] = {
    "name": N_("name"),
    "email": N_("e-mail address"),
    "phone": N_("phone number"),
    "card": N_("card number"),
    "account": N_("account number"),
    "iban": N_("bank account number (IBAN)"),
    "address": N_("address"),
    "ssn": N_("social security number"),
    "ni": N_("National Insurance number"),
    "code": N_("one-time code"),
}
#: The same words for more than one ("2 phone numbers removed").
KIND_PLURALS: dict[str, str] = {
    "name": N_("names"),
    "email": N_("e-mail addresses"),
    "phone": N_("phone numbers"),
    "card": N_("card numbers"),
    "account": N_("account numbers"),
    "iban": N_("bank account numbers (IBAN)"),
    "address": N_("addresses"),
    "ssn": N_("social security numbers"),
    "ni": N_("National Insurance numbers"),
    "code": N_("one-time codes"),
}

# Characters that hide inside text without showing: they are dropped first so that a
# number split by a zero-width space is still found.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)

_URL = re.compile(r"(?i)\b(?:https?://|hxxps?://|www\.)[^\s<>\"']+")
_EMAIL = re.compile(r"(?i)(?<![\w.+-])[\w.+-]{1,64}@((?:[a-z0-9-]{1,63}\.)+[a-z]{2,63})\b")
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
_DIGIT_RUN = re.compile(r"(?<![\d+])\d(?:[ -]?\d){11,18}(?!\d)")
_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])|(?i:\b(?:ssn|social security(?: number| no\.?)?)\W{0,3})(\d{9})\b")
_NI = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_CODE_BEFORE = re.compile(
    r"(?i)\b(?:code|otp|pin|passcode|pass code|password|one[- ]time (?:code|password|pin))\b"
    r"(?:\s+(?:is|was|:))?[\s:#=-]{0,4}(G-)?(\d{4,8}|\d{3}[ -]\d{3})(?![\d-])"
)
_CODE_AFTER = re.compile(
    r"(?i)(?<![\d-])(G-)?(\d{4,8}|\d{3}[ -]\d{3})(?![\d-])"
    r"(?=[^\n\d]{0,12}\b(?:is|as)\s+(?:your|the)\b[^\n\d]{0,30}\b(?:code|otp|pin|passcode|password)\b)"
)
_SORT_CODE = re.compile(r"(?i)\bsort[ -]?code\b\W{0,3}(\d{2}[ -]?\d{2}[ -]?\d{2})\b")
_ACCOUNT = re.compile(
    r"(?i)\b(?:account|acct|a/c|acc|card|member(?:ship)?|customer|policy|reference|ref)"
    r"(?:\s*(?:no\.?|number|num|#|id))?\s*(?:is|:|#)?\s*(\d[\d -]{2,22}\d)(?!\d)"
)
_LONG_NUMBER = re.compile(r"(?<![\d+])\d(?:[ -]?\d){7,}(?!\d)")
_STREET_WORDS = (
    "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Terrace|"
    "Crescent|Gardens|Grove|Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Row|Mews|Walk|Hill"
)
_STREET = re.compile(
    r"\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][A-Za-z'’.-]*\s+){1,4}(?:" + _STREET_WORDS + r")\b\.?"
    r"|\b\d{1,5}[A-Z]?,?\s+(?:[A-Z][A-Z'’.-]*\s+){1,4}(?:" + _STREET_WORDS.upper() + r")\b\.?"
    r"|(?i:\b(?:apt|apartment|flat|unit|suite)\.?\s*#?\s*\d+[A-Za-z]?\b)"
)
_UK_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}\b")
_US_ZIP = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")


@dataclasses.dataclass(frozen=True)
class Replacement:
    """One piece of personal data that was removed: its kind and what was put in its place."""

    kind: str
    placeholder: str

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "placeholder": self.placeholder}


@dataclasses.dataclass(frozen=True)
class Redacted:
    """The result of :func:`redact`.

    Attributes:
        text: the text with personal data replaced by placeholders.
        replacements: what was replaced, in order of appearance (never the original values).
    """

    text: str
    replacements: tuple[Replacement, ...]

    def counts(self) -> dict[str, int]:
        """How many of each kind were removed."""
        out: dict[str, int] = {}
        for r in self.replacements:
            out[r.kind] = out.get(r.kind, 0) + 1
        return out

    def summary(self) -> str:
        """A plain sentence such as "Removed 2 phone numbers and 1 name." (or that nothing was found)."""
        counts = self.counts()
        if not counts:
            return N_("No personal details were found to remove.")
        items = [
            (n, KIND_LABELS.get(kind, kind) if n == 1 else KIND_PLURALS.get(kind, kind)) for kind, n in counts.items()
        ]
        return _removed_sentence(items)


def _removed_sentence(items: list[tuple[int, str]]) -> str:
    """ "Removed 2 phone numbers, 1 name and 1 address." as one marked text.

    The list is one value; ``app.i18n`` translates it item by item ("2 phone numbers" keeps its
    number, the words come from KIND_LABELS / KIND_PLURALS) and joins it the reader's way.
    """
    words = [f"{n} {kind}" for n, kind in items]
    removed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return N_(f"Removed {removed}.")


def luhn_valid(digits: str) -> bool:
    """The Luhn check used by payment cards (``digits`` holds only 0-9)."""
    if not digits or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_valid(candidate: str) -> bool:
    """The ISO 13616 mod-97 check of an IBAN (spaces allowed)."""
    s = candidate.replace(" ", "").upper()
    if not 15 <= len(s) <= 34 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    moved = s[4:] + s[:4]
    try:
        number = "".join(str(int(ch, 36)) for ch in moved)
    except ValueError:
        return False
    return int(number) % 97 == 1


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


class _Spans:
    """Non-overlapping spans claimed so far (kind None = protected, left as it is)."""

    def __init__(self) -> None:
        self.items: list[tuple[int, int, str | None]] = []

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _ in self.items)

    def claim(self, start: int, end: int, kind: str | None) -> bool:
        if start >= end or not self.free(start, end):
            return False
        self.items.append((start, end, kind))
        return True


def _normalise_phone(number: str, region: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        digits = _digits(number)
        return digits or None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _name_words(names: Iterable[str]) -> frozenset[str]:
    words: set[str] = set()
    for raw in names:
        name = " ".join(str(raw or "").split())
        if len(name) < 2:
            continue
        words.add(name)
        for part in re.split(r"[\s,]+", name):
            part = part.strip(".'’-")
            if len(part) >= 2:
                words.add(part)
    return frozenset(words)


def _name_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


def redact(
    text: str,
    *,
    names: Iterable[str] = (),
    keep_phones: Iterable[str] = (),
    region: str = "US",
) -> Redacted:
    """Replace personal data in ``text`` with placeholders.

    Args:
        text: the message (any length; callers cap it).
        names: names from the household profiles (each name and each part of it is removed).
        keep_phones: phone numbers to leave in place (the sender's number, which is evidence).
        region: the two-letter region used to read phone numbers written without a country code.
    """
    text = (text or "").translate(_INVISIBLE)
    region = (region or "US").upper()
    spans = _Spans()

    # Links are evidence: keep them, but take out e-mail addresses written inside them.
    for m in _URL.finditer(text):
        inner = list(_EMAIL.finditer(m.group(0)))
        cursor = m.start()
        for em in inner:
            spans.claim(cursor, m.start() + em.start(), None)
            spans.claim(m.start() + em.start(), m.start() + em.end(), "email")
            cursor = m.start() + em.end()
        spans.claim(cursor, m.end(), None)

    emails: dict[tuple[int, int], str] = {}
    for m in _EMAIL.finditer(text):
        if spans.claim(m.start(), m.end(), "email"):
            emails[(m.start(), m.end())] = m.group(1).lower()

    for m in _IBAN.finditer(text):
        if iban_valid(m.group(1)):
            spans.claim(m.start(1), m.end(1), "iban")

    for m in _DIGIT_RUN.finditer(text):
        digits = _digits(m.group(0))
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            spans.claim(m.start(), m.end(), "card")

    for m in _SSN.finditer(text):
        if m.group(1):
            spans.claim(m.start(1), m.end(1), "ssn")
        else:
            spans.claim(m.start(), m.end(), "ssn")

    for m in _NI.finditer(text):
        spans.claim(m.start(), m.end(), "ni")

    for pattern in (_CODE_BEFORE, _CODE_AFTER):
        for m in pattern.finditer(text):
            start = m.start(1) if m.group(1) else m.start(2)
            spans.claim(start, m.end(2), "code")

    for pattern in (_SORT_CODE, _ACCOUNT):
        for m in pattern.finditer(text):
            if len(_digits(m.group(1))) >= 4:
                spans.claim(m.start(1), m.end(1), "account")
    for m in _US_ZIP.finditer(text):
        spans.claim(m.start(), m.end(), "address")

    kept = {p for p in (_normalise_phone(k, region) for k in keep_phones if k) if p}
    for match in _phone_matches(text, region):
        start, end = match.start, match.end
        if len(_digits(match.raw_string)) < 7:
            continue
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 in kept:
            spans.claim(start, end, None)
        else:
            spans.claim(start, end, "phone")

    for m in _LONG_NUMBER.finditer(text):
        spans.claim(m.start(), m.end(), "account")

    for pattern in (_STREET, _UK_POSTCODE):
        for m in pattern.finditer(text):
            spans.claim(m.start(), m.end(), "address")

    name_words = _name_words(names)
    names_re = _name_pattern(name_words)
    if names_re is not None:
        for m in names_re.finditer(text):
            spans.claim(m.start(), m.end(), "name")

    return _apply(text, spans, emails, name_words)


def _phone_matches(text: str, region: str) -> Iterator[phonenumbers.PhoneNumberMatch]:
    try:
        matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE)
    except Exception:  # noqa: BLE001 - an unknown region: fall back to reading as US
        matcher = phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.POSSIBLE)
    yield from matcher


def _domain_names_someone(domain: str, words: frozenset[str]) -> bool:
    """True when a household name (3+ letters) appears anywhere in the domain ("smithfamily.net")."""
    low = domain.lower()
    return any(len(w) >= 3 and w.lower().replace(" ", "") in low for w in words)


def _apply(
    text: str, spans: _Spans, emails: dict[tuple[int, int], str], name_words: frozenset[str]
) -> Redacted:
    out: list[str] = []
    replacements: list[Replacement] = []
    cursor = 0
    for start, end, kind in sorted(spans.items):
        if kind is None:
            continue
        out.append(text[cursor:start])
        placeholder = PLACEHOLDERS[kind]
        domain = emails.get((start, end))
        if kind == "email" and domain and not _domain_names_someone(domain, name_words):
            # The domain is what tells a scam apart; the person's part of the address goes.
            placeholder = f"[e-mail address at {domain}]"
        out.append(placeholder)
        replacements.append(Replacement(kind, placeholder))
        cursor = end
    out.append(text[cursor:])
    return Redacted("".join(out), tuple(replacements))
