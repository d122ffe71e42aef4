"""Remove personal data from text before any of it leaves the computer.

``redact(text, names=..., words=..., keep_phones=..., region=...)`` first writes the text in
its plain form (Unicode NFKC, so a full-width ＠ or ４ is an ordinary @ or 4; zero-width
characters dropped), then replaces, in this order:

- inside links: the login part (``user:pass@``), and in each path segment, query value and
  fragment, once percent-decoded, whatever the rules below find, and every value of a query
  key that names personal data (``email=``, ``card=``, ``phone=``...). The host, the rest of
  the path and harmless values stay, so the link can still be judged.
- e-mail addresses (their domain is kept unless it holds a household name),
- passwords and codes written after their keyword, in English and Spanish ("password:
  hunter2", "Your temporary password is ...", "contraseña", "clave", "código", "PIN"),
- card security codes (CVV/CVC), expiry dates, dates of birth (after "DOB", "born",
  "fecha de nacimiento"... and any full date from 1900 to 2010 without a keyword),
- IBANs, card numbers (digit groups in any grouping, kept when they pass the Luhn check),
  US social security and UK National Insurance numbers, one-time codes, account and sort-code
  numbers, phone numbers (except the sender's, given in ``keep_phones``) and other long digit
  runs,
- street addresses (English, Spanish, French and German forms), UK postcodes and US ZIP codes,
- the household's names, each part of them, and the members' personal words, matched
  without regard to case or accents ("Zoe" for "Zoë", "GARCIA" for "García").

Amounts, brand names and link hosts are left: they are what tells a scam apart.

The result carries the redacted text and a list of what was replaced: the kind and the
placeholder, never the original value, so the list may be logged and shown to the user.
Redacting a redacted text changes nothing (placeholders are left as they are).

Pure: no I/O, no clock. ``phonenumbers`` is used offline.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Sequence

import phonenumbers

from checks.i18n import N_, NP_, Msg, listed

#: kind -> the placeholder put in its place.
PLACEHOLDERS: dict[str, str] = {
    "name": "[name]",
    "word": "[personal word]",
    "email": "[e-mail address]",
    "phone": "[phone number]",
    "card": "[card number]",
    "cvv": "[security code]",
    "expiry": "[expiry date]",
    "account": "[account number]",
    "iban": "[bank account (IBAN)]",
    "address": "[address]",
    "ssn": "[social security number]",
    "ni": "[National Insurance number]",
    "code": "[code]",
    "password": "[password]",
    "birth": "[date of birth]",
    "login": "[login]",
}

#: Plain words for each kind, for the consent display ("2 phone numbers removed").
KIND_LABELS: dict[str, str] = {
    "name": N_("name"),
    "word": N_("personal word"),
    "email": N_("e-mail address"),
    "phone": N_("phone number"),
    "card": N_("card number"),
    "cvv": N_("card security code"),
    "expiry": N_("expiry date"),
    "account": N_("account number"),
    "iban": N_("bank account number (IBAN)"),
    "address": N_("address"),
    "ssn": N_("social security number"),
    "ni": N_("National Insurance number"),
    "code": N_("one-time code"),
    "password": N_("password"),
    "birth": N_("date of birth"),
    "login": N_("login in a link"),
}
#: The same words for more than one ("2 phone numbers removed").
KIND_PLURALS: dict[str, str] = {
    "name": N_("names"),
    "word": N_("personal words"),
    "email": N_("e-mail addresses"),
    "phone": N_("phone numbers"),
    "card": N_("card numbers"),
    "cvv": N_("card security codes"),
    "expiry": N_("expiry dates"),
    "account": N_("account numbers"),
    "iban": N_("bank account numbers (IBAN)"),
    "address": N_("addresses"),
    "ssn": N_("social security numbers"),
    "ni": N_("National Insurance numbers"),
    "code": N_("one-time codes"),
    "password": N_("passwords"),
    "birth": N_("dates of birth"),
    "login": N_("logins in links"),
}

#: A count of one kind ("2 phone numbers"), the reader's plural rules applied.
KIND_COUNTS: dict[str, Callable[[int], Msg]] = {
    "name": lambda n: NP_("{n} name", "{n} names", n=n),
    "word": lambda n: NP_("{n} personal word", "{n} personal words", n=n),
    "email": lambda n: NP_("{n} e-mail address", "{n} e-mail addresses", n=n),
    "phone": lambda n: NP_("{n} phone number", "{n} phone numbers", n=n),
    "card": lambda n: NP_("{n} card number", "{n} card numbers", n=n),
    "cvv": lambda n: NP_("{n} card security code", "{n} card security codes", n=n),
    "expiry": lambda n: NP_("{n} expiry date", "{n} expiry dates", n=n),
    "account": lambda n: NP_("{n} account number", "{n} account numbers", n=n),
    "iban": lambda n: NP_("{n} bank account number (IBAN)", "{n} bank account numbers (IBAN)", n=n),
    "address": lambda n: NP_("{n} address", "{n} addresses", n=n),
    "ssn": lambda n: NP_("{n} social security number", "{n} social security numbers", n=n),
    "ni": lambda n: NP_("{n} National Insurance number", "{n} National Insurance numbers", n=n),
    "code": lambda n: NP_("{n} one-time code", "{n} one-time codes", n=n),
    "password": lambda n: NP_("{n} password", "{n} passwords", n=n),
    "birth": lambda n: NP_("{n} date of birth", "{n} dates of birth", n=n),
    "login": lambda n: NP_("{n} login in a link", "{n} logins in links", n=n),
}

# Characters that hide inside text without showing: they are dropped first so that a
# number split by a zero-width space is still found.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f"), None
)

_D = "[0-9]"
_URL = re.compile(
    r"(?i)(?:(?<![a-z])(?:https?://|hxxps?://|www\.)|(?<![a-z@.\-])(?=(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}(?::[0-9]{1,5})?/))"
    r"[^\s<>\"'`]+"
)
_EMAIL = re.compile(
    r"(?<![\w.+\-])([\w.+\-]{1,256})@((?:(?:[^\W_]|-){1,63}\.)+(?:xn--[a-z0-9-]{1,59}|(?:[^\W\d_]|-){2,63}))(?![\w-])"
)
_IBAN = re.compile(r"(?i)\b([A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?)\b")
# Digit groups: "4111 1111 1111 1111", "4111-1111.1111 1111", "4 1111111 11111111" (separators
# are a space, a dash, a dot or an underscore, with a space either side allowed).
_GROUPS = re.compile(r"(?<![0-9])[0-9]+(?:(?: {1,2}| ?[.\-_] ?)[0-9]+)*(?![0-9])")
_GROUP = re.compile(r"[0-9]+")
_SSN = re.compile(
    r"(?<![0-9-])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![0-9-])|(?i:\b(?:ssn|social security(?: number| no\.?)?)\W{0,3})([0-9]{9})\b"
)
_NI = re.compile(r"\b[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b")
_CODE_BEFORE = re.compile(
    r"(?i)\b(?:code|otp|pin|passcode|pass code|password|one[- ]time (?:code|password|pin)"
    r"|c[oó]digo|clave|contrase[ñn]a)\b"
    r"(?:\s+(?:is|was|es|era|:))?[\s:#=-]{0,4}(G-)?([0-9]{4,8}|[0-9]{3}[ -][0-9]{3})(?![0-9-])"
)
_CODE_AFTER = re.compile(
    r"(?i)(?<![0-9-])(G-)?([0-9]{4,8}|[0-9]{3}[ -][0-9]{3})(?![0-9-])"
    r"(?=[^\n0-9]{0,12}\b(?:is|as|es)\s+(?:your|the|tu|su|el)\b[^\n0-9]{0,30}"
    r"\b(?:code|otp|pin|passcode|password|c[oó]digo|clave|contrase[ñn]a)\b)"
)
# A secret written after its keyword: "password: hunter2", "Your temporary password is Xy7!pq",
# "contraseña: ...", "tu clave es ...", "código: ...", "PIN is ...".
_SECRET_WORDS = (
    r"pass ?words?|passcodes?|passphrases?|pwd|pass|contrase[ñn]as?|claves?|pins?|c[oó]digos?|codes?|otp|tokens?"
)
_SECRET = re.compile(
    r"(?i)\b(" + _SECRET_WORDS + r")\b"
    r"(?:[ \t]+(?:(?:temporal|provisional|nuev[oa]|de acceso|de seguridad|de verificaci[oó]n|secret[oa]|"
    r"temporary|new|one[- ]time|verification|security|access|login|reset)\b[ \t]*)*)?"
    r"(?:(?P<sep>[ \t]*[:=][ \t]*|[ \t]+[-—–][ \t]+)|[ \t]+(?P<verb>is|was|will be|es|era|ser[aá]|sigue siendo)[ \t]*:?[ \t]+)"
    r"(?P<secret>[\"'«“]?[^\s\"'»”]{1,64}[\"'»”]?)"
)
# Words that may follow "password is" without being a password ("Your password is expired").
_NOT_SECRETS = frozenset(
    [
        "expired",
        "expiring",
        "expire",
        "about",
        "going",
        "too",
        "not",
        "incorrect",
        "wrong",
        "invalid",
        "required",
        "needed",
        "ready",
        "below",
        "above",
        "attached",
        "as",
        "the",
        "a",
        "an",
        "now",
        "being",
        "set",
        "changed",
        "reset",
        "weak",
        "strong",
        "short",
        "long",
        "due",
        "sent",
        "shown",
        "included",
        "here",
        "in",
        "on",
        "at",
        "to",
        "for",
        "still",
        "also",
        "only",
        "your",
        "my",
        "our",
        "their",
        "this",
        "that",
        "it",
        "same",
        "correct",
        "locked",
        "blocked",
        "valid",
        "compromised",
        "safe",
        "secure",
        "protected",
        "case",
        "sensitive",
        "case-sensitive",
        "caducado",
        "caducada",
        "incorrecta",
        "incorrecto",
        "necesario",
        "necesaria",
        "válido",
        "valido",
        "válida",
        "valida",
        "la",
        "el",
        "un",
        "una",
        "muy",
        "no",
        "expirado",
        "expirada",
        "vencida",
        "vencido",
        "demasiado",
        "corta",
        "corto",
        "débil",
        "debil",
        "segura",
        "seguro",
        "tu",
        "su",
        "mi",
        "nuestra",
        "correcta",
        "correcto",
        "bloqueada",
        "bloqueado",
        "enviado",
        "enviada",
        "para",
        "por",
        "en",
        "de",
        "del",
    ]
)
_CVV = re.compile(
    r"(?i)\b(?:cvv2?|cvc2?|cid|csc|cvn|security code|card verification (?:code|value|number)|"
    r"c[oó]digo de seguridad|c[oó]digo cvv)\b[\s:#=.-]{0,4}(?:(?:is|es)\s+)?([0-9]{3,4})(?![0-9])"
)
_EXPIRY = re.compile(
    r"(?i)\b(?:exp(?:iry|iration|ires|\.)?(?: date)?|valid (?:thru|through|until)|good thru|"
    r"vence|vencimiento|caduca|caducidad|fecha de (?:caducidad|vencimiento)|v[aá]lid[ao] hasta)"
    r"[\s:.=-]{0,4}(?:(?:on|el|en)\s+)?((?:0?[1-9]|1[0-2])\s?[/.-]\s?(?:[0-9]{4}|[0-9]{2}))(?![0-9])"
)
_MONTHS_EN = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTHS_ES = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre"
_MONTH = r"(?:" + _MONTHS_EN + "|" + _MONTHS_ES + r")\b"
_DATE = (
    r"(?:[0-9]{1,2}\s?[/.-]\s?[0-9]{1,2}\s?[/.-]\s?(?:[0-9]{4}|[0-9]{2})"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
    r"|[0-9]{1,2}(?:st|nd|rd|th|º)?\s+(?:de\s+)?" + _MONTH + r"\.?(?:,?\s+(?:de\s+)?[0-9]{4})?"
    r"|(?:" + _MONTHS_EN + r")\b\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?(?:,?\s+[0-9]{4})?)"
)
_BIRTH = re.compile(
    r"(?i)\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born(?: on)?|"
    r"fecha de nacimiento|f\. ?(?:de )?nac\.?|nacid[oa](?: el)?|naci[oó] el|cumplea[ñn]os)"
    r"[\s:=.-]{0,4}(?:(?:is|es|was|on|el)\s+)?(" + _DATE + r")(?![0-9])"
)
_FULL_DATE = re.compile(
    r"(?i)(?<![0-9])(?<![0-9][ .\-_])(?:[0-9]{1,2}\s?[/.-]\s?[0-9]{1,2}\s?[/.-]\s?(?P<y1>[0-9]{4})"
    r"|(?P<y2>[0-9]{4})-[0-9]{1,2}-[0-9]{1,2}"
    r"|[0-9]{1,2}(?:st|nd|rd|th|º)?\s+(?:de\s+)?" + _MONTH + r"\.?,?\s+(?:de\s+)?(?P<y3>[0-9]{4})"
    r"|(?:" + _MONTHS_EN + r")\b\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+(?P<y4>[0-9]{4}))(?![0-9]|[ .\-_][0-9])"
)
_SHORT_DATE = re.compile(
    r"(?<![0-9])(?<![0-9][ .\-_])[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:[0-9]{4}|[0-9]{2})(?![0-9]|[ .\-_][0-9])"
)
_SORT_CODE = re.compile(r"(?i)\bsort[ -]?code\b\W{0,3}([0-9]{2}[ -]?[0-9]{2}[ -]?[0-9]{2})\b")
_ACCOUNT = re.compile(
    r"(?i)\b(?:account|acct|a/c|acc|card|member(?:ship)?|customer|policy|reference|ref|cuenta|tarjeta|socio|cliente)"
    r"(?:\s*(?:no\.?|number|num|#|id|n[º°]\.?|n[uú]mero))?\s*(?:is|es|:|#)?\s*([0-9][0-9 -]{2,22}[0-9])(?![0-9])"
)
_STREET_WORDS = (
    "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Terrace|"
    "Crescent|Gardens|Grove|Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Row|Mews|Walk|Hill"
)
_CAP = r"[A-ZÁÉÍÓÚÑÜÀÈÌÒÙÂÊÎÔÛÇÄÖ]"
_WORD = r"[\wÁÉÍÓÚÑÜáéíóúñü'’.-]*"
_STREET = re.compile(
    r"\b[0-9]{1,5}[A-Za-z]?,?\s+(?:[A-Z][A-Za-z'’.-]*\s+){1,4}(?:" + _STREET_WORDS + r")\b\.?"
    r"|\b[0-9]{1,5}[A-Z]?,?\s+(?:[A-Z][A-Z'’.-]*\s+){1,4}(?:" + _STREET_WORDS.upper() + r")\b\.?"
    r"|(?i:\b(?:apt|apartment|flat|unit|suite|piso|puerta|planta)\.?\s*#?\s*[0-9]+[A-Za-z]?\b)"
)
# "Calle Mayor 12, 3º B", "C/ de la Paz, 4", "Avda. de América nº 37", "Paseo del Prado 8".
_STREET_ES = re.compile(
    r"(?i:\b(?:calle|c/|c\.|cl\.|avda\.?|avenida|av\.|paseo|p[º°]|plaza|pza\.?|pl\.|camino|carrera|cra\.?|ronda|"
    r"traves[ií]a|glorieta|carretera|ctra\.?|urbanizaci[oó]n|urb\.|callej[oó]n|rambla|vía))"
    r"\s*(?:(?:de|del|de la|de los|de las|d')\s+)?"
    + _CAP
    + _WORD
    + r"(?:\s+(?:(?:de|del|de la|de los|de las|y|d')\s+)?"
    + _CAP
    + _WORD
    + r"){0,4}"
    r",?\s*(?:(?i:n[º°o]\.?|n[uú]m\.?|number)\s*)?[0-9]{1,5}[A-Za-z]?"
    r"(?:,?\s*[0-9]{1,2}\s?[º°ªoa]?\s?(?:[A-Za-z]\b|(?i:izq(?:da)?\.?|dcha\.?))?)?"
    r"(?:,?\s*[0-9]{5}(?:\s+" + _CAP + _WORD + r")?)?"
)
# "12 rue de la Paix", "3 bis avenue Victor Hugo"; "Hauptstraße 5", "Am Weg 3a".
_STREET_FR = re.compile(
    r"(?i:\b[0-9]{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|impasse|all[ée]e|place|quai|route))"
    r"\s+(?:(?:de la|de l'|du|des|de|d')\s*)?" + _CAP + _WORD + r"(?:\s+" + _CAP + _WORD + r"){0,3}"
)
_STREET_DE = re.compile(
    r"\b" + _CAP + r"[\wäöüß-]{2,}(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee)\s+[0-9]{1,4}\s?[a-z]?\b"
)
_POSTCODE_ES = re.compile(r"(?i)\b(?:c\.\s?p\.|cp|c[oó]digo postal)[\s:.]{0,3}([0-9]{5})\b")
_UK_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR) ?[0-9][A-Z]{2}\b")
_US_ZIP = re.compile(r"\b[A-Z]{2}\s+[0-9]{5}(?:-[0-9]{4})?\b(?![ .\-]?[0-9])")  # not the start of a longer number

# A query key that names personal data: its value goes whatever it looks like.
_PERSONAL_KEYS: dict[str, str] = {
    **dict.fromkeys(("email", "emailaddress", "mail", "e", "em", "correo", "useremail", "recipient"), "email"),
    **dict.fromkeys(("user", "username", "usuario", "login", "userid", "uid", "account", "acct", "cuenta"), "account"),
    **dict.fromkeys(
        (
            "name",
            "fname",
            "lname",
            "firstname",
            "lastname",
            "fullname",
            "surname",
            "nombre",
            "apellido",
            "apellidos",
            "first",
            "last",
            "customer",
            "cliente",
        ),
        "name",
    ),
    **dict.fromkeys(("phone", "tel", "telephone", "mobile", "msisdn", "cell", "telefono", "movil", "number"), "phone"),
    **dict.fromkeys(("card", "cc", "ccnum", "cardnumber", "pan", "tarjeta", "cardno"), "card"),
    **dict.fromkeys(("cvv", "cvc", "cvv2", "cvc2", "csc", "securitycode"), "cvv"),
    **dict.fromkeys(("exp", "expiry", "expires", "expdate", "caducidad", "ccexp"), "expiry"),
    **dict.fromkeys(("pass", "password", "pwd", "passwd", "contrasena", "clave", "secret"), "password"),
    **dict.fromkeys(("pin", "otp", "code", "codigo", "token", "passcode"), "code"),
    **dict.fromkeys(("dob", "birth", "birthdate", "birthday", "nacimiento", "fechanacimiento"), "birth"),
    **dict.fromkeys(("address", "addr", "street", "zip", "postcode", "postalcode", "direccion", "cp"), "address"),
    **dict.fromkeys(("iban", "bic", "sortcode", "accountnumber"), "iban"),
    **dict.fromkeys(("ssn", "nino", "dni", "nie", "nif"), "ssn"),
}

_COUNTRY_CODE_BEFORE = re.compile(r"(?:\+|(?<![0-9])00)[0-9]{1,3}[ .\-]?\(?$")
_MAX_DEPTH = 3  # links inside links inside links
_MAX_ROUNDS = 4  # passes over the text until nothing more is found


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
        items = [KIND_COUNTS[kind](n) for kind, n in counts.items()]  # every kind has its count words
        return _removed_sentence(items)


def _removed_sentence(items: list[Msg]) -> Msg:
    """ "Removed 2 phone numbers, 1 name and 1 address." as one message, the list joined the reader's way."""
    return N_("Removed {removed}.", removed=listed(items))


def luhn_valid(digits: str) -> bool:
    """The Luhn check used by payment cards (``digits`` holds only 0-9)."""
    if not digits or not all("0" <= ch <= "9" for ch in digits):
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
    """The ISO 13616 mod-97 check of an IBAN (spaces and dashes allowed)."""
    s = candidate.replace(" ", "").replace("-", "").upper()
    if not 15 <= len(s) <= 34 or not s.isascii() or not s[:2].isalpha() or not s[2:4].isdigit() or not s.isalnum():
        return False
    moved = s[4:] + s[:4]
    try:
        number = "".join(str(int(ch, 36)) for ch in moved)
    except ValueError:
        return False
    return int(number) % 97 == 1


def _digits(text: str) -> str:
    return "".join(ch for ch in text if "0" <= ch <= "9")


def plain_form(text: str) -> str:
    """The text as the redactor reads it: NFKC (full-width and other compatibility forms become
    ordinary characters) without zero-width characters. What is sent is always in this form."""
    return unicodedata.normalize("NFKC", (text or "").translate(_INVISIBLE)).translate(_INVISIBLE)


# -- accent- and case-insensitive matching -----------------------------------------------------------

_FOLD_EXTRA = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}


def fold(text: str) -> str:
    """Lower case without accents ("García" -> "garcia", "ZOË" -> "zoe")."""
    return "".join(_fold_char(ch) for ch in text)


@functools.lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    low = ch.lower()
    out = []
    for c in unicodedata.normalize("NFKD", low):
        if unicodedata.combining(c):
            continue
        out.append(_FOLD_EXTRA.get(c, c))
    return "".join(out)


def _folded_with_map(text: str) -> tuple[str, Sequence[int]]:
    """The folded text and, for each of its characters, the index of the original character."""
    if text.isascii():
        return text.lower(), range(len(text))
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        chars.append(f)
        where.extend([i] * len(f))
    return "".join(chars), where


# -- spans ---------------------------------------------------------------------------------------


@dataclasses.dataclass
class _Span:
    start: int
    end: int
    kind: str | None  # None = protected, left as it is
    text: str = ""  # the replacement text for links (their inside was redacted)
    inner: tuple[Replacement, ...] = ()
    domain: str | None = None  # the domain of an e-mail address


class _Spans:
    """Non-overlapping spans claimed so far."""

    def __init__(self) -> None:
        self.items: list[_Span] = []
        self._starts: list[int] = []  # sorted; spans never overlap, so their ends are sorted too
        self._ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return False
        return not (i < len(self._starts) and self._starts[i] < end)

    def claim(self, start: int, end: int, kind: str | None, **extra: object) -> bool:
        if start >= end or not self.free(start, end):
            return False
        self.items.append(_Span(start, end, kind, **extra))  # type: ignore[arg-type]
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True


@dataclasses.dataclass(frozen=True)
class _Context:
    names: re.Pattern[str] | None
    words: re.Pattern[str] | None
    name_words: frozenset[str]  # folded, for e-mail domains
    kept_phones: frozenset[str]
    region: str


def _normalise_phone(number: str, region: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return _digits(number) or None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _name_words(names: Iterable[str]) -> frozenset[str]:
    words: set[str] = set()
    for raw in names:
        name = " ".join(plain_form(str(raw or "")).split())
        if len(name) < 2:
            continue
        words.add(fold(name))
        for part in re.split(r"[\s,]+", name):
            part = part.strip(".'’-")
            if len(part) >= 2:
                words.add(fold(part))
    return frozenset(w for w in words if w.strip())


def _words_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # A placeholder next to a word counts as a letter, so redacting twice changes nothing ("7AT" -> "[...]AT").
    return re.compile(r"(?<![\w\]])(?:" + alternatives + r")(?![\w\[])")


_PLACEHOLDER_INNER = sorted({p[1:-1] for p in PLACEHOLDERS.values()}, key=len, reverse=True)
_PROTECTED = re.compile(
    r"\[(?:e-mail[ _]address[ _]at[ _][^\s\[\]]{1,260}|"
    + "|".join(re.escape(p).replace(r"\ ", "[ _]") for p in _PLACEHOLDER_INNER)
    + r")\]"
)


def _is_placeholder(value: str) -> bool:
    return bool(_PROTECTED.fullmatch(value.strip()))


def redact(
    text: str,
    *,
    names: Iterable[str] = (),
    words: Iterable[str] = (),
    keep_phones: Iterable[str] = (),
    region: str = "US",
) -> Redacted:
    """Replace personal data in ``text`` with placeholders.

    Args:
        text: the message (any length; callers cap it).
        names: names from the household profiles (each name and each part of it is removed).
        words: the members' personal words (pets, streets, teams...), removed the same way.
        keep_phones: phone numbers to leave in place (the sender's number, which is evidence).
        region: the two-letter region used to read phone numbers written without a country code.
    """
    text = plain_form(text)
    region = (region or "US").upper()
    if not re.fullmatch(r"[A-Z]{2}", region):
        region = "US"
    name_words = _name_words(names)
    personal = _name_words(words) - name_words
    ctx = _Context(
        names=_words_pattern(name_words),
        words=_words_pattern(personal),
        name_words=name_words,
        kept_phones=frozenset(p for p in (_normalise_phone(plain_form(k), region) for k in keep_phones if k) if p),
        region=region,
    )
    # Until nothing more is found: a replacement can make a word stand alone ("0000000PASSWORD:x"
    # becomes "[phone number]PASSWORD:x", where "PASSWORD:" now starts a word), so what is
    # returned is redacted once more would be the same text.
    replacements: list[Replacement] = []
    for _ in range(_MAX_ROUNDS):
        out, found = _redact(text, ctx, 0, compact=False)
        if not found:
            break
        replacements += found
        text = out
    return Redacted(text, tuple(replacements))


def _redact(text: str, ctx: _Context, depth: int, *, compact: bool) -> tuple[str, list[Replacement]]:
    spans = _Spans()
    _scan(text, ctx, spans, depth)
    return _apply(text, spans, ctx, compact=compact)


def _scan(text: str, ctx: _Context, spans: _Spans, depth: int) -> None:  # noqa: C901, PLR0912 - one list of rules
    for m in _PROTECTED.finditer(text):
        spans.claim(m.start(), m.end(), None)

    if depth < _MAX_DEPTH:
        for m in _URL.finditer(text):
            url = m.group(0).rstrip(".,;:!?)]}'\"")
            if not url or not spans.free(m.start(), m.start() + len(url)):
                continue
            new, inner = _redact_url(url, ctx, depth)
            if inner:
                spans.claim(m.start(), m.start() + len(url), "link", text=new, inner=tuple(inner))
            else:
                # Nothing personal inside: the host is kept as it is, and the rest is left to the
                # rules below (a number written across the end of the link is still found).
                parts = _LINK_PARTS.match(url)
                head = len((parts.group("scheme") or "") + (parts.group("auth") or "")) if parts else len(url)
                spans.claim(m.start(), m.start() + head, None)

    for m in _EMAIL.finditer(text):
        spans.claim(m.start(), m.end(), "email", domain=m.group(2).lower())

    for m in _CVV.finditer(text):
        spans.claim(m.start(1), m.end(1), "cvv")
    for m in _EXPIRY.finditer(text):
        spans.claim(m.start(1), m.end(1), "expiry")
    for m in _BIRTH.finditer(text):
        spans.claim(m.start(1), m.end(1), "birth")

    for m in _SECRET.finditer(text):
        secret = m.group("secret")
        bare = secret.strip("\"'«“»”").rstrip(".,;:!?)")
        if not bare or _is_placeholder(bare):
            continue
        if m.group("verb") and fold(bare) in _NOT_SECRETS:
            continue
        if m.group("verb") and not m.group("sep") and bare.isalpha() and bare.islower() and len(bare) <= 3:
            continue  # "code is in", "clave es la": short everyday words
        start = m.start("secret") + secret.index(bare[0])
        keyword = fold(m.group(1))
        kind = "password" if keyword.startswith(("pass", "pwd", "contrase", "clave")) else "code"
        spans.claim(start, start + len(bare), kind)

    for m in _IBAN.finditer(text):
        candidate = m.group(1)
        for _ in range(3):
            if iban_valid(candidate):
                break
            # "ES91 2100 ... 1332 please": the last groups may be the next word
            candidate = re.sub(r"[ -]?[A-Za-z0-9]{1,4}$", "", candidate)
        if iban_valid(candidate):
            spans.claim(m.start(1), m.start(1) + len(candidate), "iban")

    for start, end in _card_spans(text, spans):
        spans.claim(start, end, "card")

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
    for m in _POSTCODE_ES.finditer(text):
        spans.claim(m.start(1), m.end(1), "address")

    # A full date with a year a living adult was born in is read as a date of birth; other
    # dates ("pay by 12/05/2026") are evidence and stay (they are kept from the number rules).
    for m in _FULL_DATE.finditer(text):
        year = int(next(y for y in m.group("y1", "y2", "y3", "y4") if y))
        if 1900 <= year <= 2100:
            spans.claim(m.start(), m.end(), "birth" if year <= 2010 else None)
    for m in _SHORT_DATE.finditer(text):
        spans.claim(m.start(), m.end(), None)

    for match in _phone_matches(text, ctx.region):
        if len(_digits(match.raw_string)) < 7:
            continue
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        start = match.start
        # "+ +1 201-555-0000": the matcher may leave the country code it did not read as one.
        before = _COUNTRY_CODE_BEFORE.search(text, max(0, start - 8), start)
        if before is not None and spans.free(before.start(), start):
            start = before.start()
        spans.claim(start, match.end, None if e164 in ctx.kept_phones else "phone")

    for groups in _free_group_runs(text, spans):
        if sum(len(g[2]) for g in groups) >= 8:
            spans.claim(groups[0][0], groups[-1][1], "account")

    for pattern in (_STREET, _STREET_ES, _STREET_FR, _STREET_DE, _UK_POSTCODE):
        for m in pattern.finditer(text):
            spans.claim(m.start(), m.end(), "address")

    if ctx.names is not None or ctx.words is not None:
        folded, where = _folded_with_map(text)
        for words, kind in ((ctx.names, "name"), (ctx.words, "word")):
            if words is None:
                continue
            for m in words.finditer(folded):
                if m.start() == m.end():
                    continue
                start, end = where[m.start()], where[m.end() - 1] + 1
                while end < len(text) and unicodedata.combining(text[end]):
                    end += 1
                spans.claim(start, end, kind)


def _free_group_runs(text: str, spans: _Spans) -> Iterator[list[tuple[int, int, str]]]:
    """Runs of digit groups ("4111 1111.1111-1111") made only of groups no rule has taken yet.

    A run that begins inside a link kept as it is ("...?q=3 000000 000007") continues after it.
    """
    for m in _GROUPS.finditer(text):
        run: list[tuple[int, int, str]] = []
        for g in _GROUP.finditer(m.group(0)):
            start, end = g.start() + m.start(), g.end() + m.start()
            if spans.free(start, end):
                run.append((start, end, g.group(0)))
            elif run:
                yield run
                run = []
        if run:
            yield run


def _card_spans(text: str, spans: _Spans) -> Iterator[tuple[int, int]]:
    """Card numbers: runs of 13-19 digits written in groups in any way that pass the Luhn check.

    In a longer run of groups ("ref 12 4111 1111 1111 1111"), the longest run of whole groups
    that passes is taken.
    """
    for groups in _free_group_runs(text, spans):
        total = sum(len(g[2]) for g in groups)
        if total < 13:
            continue
        i = 0
        while i < len(groups):
            best: tuple[int, int] | None = None
            digits = ""
            for j in range(i, len(groups)):
                digits += groups[j][2]
                if len(digits) > 19:
                    break
                if len(digits) >= 13 and luhn_valid(digits):
                    best = (j, len(digits))
            if best is None:
                i += 1
                continue
            yield groups[i][0], groups[best[0]][1]
            i = best[0] + 1


def _phone_matches(text: str, region: str) -> Iterator[phonenumbers.PhoneNumberMatch]:
    try:
        matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE)
        yield from matcher
    except Exception:  # noqa: BLE001 - an odd region or input: read as US
        yield from phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.POSSIBLE)


def _domain_names_someone(domain: str, ctx: _Context) -> bool:
    """True when a household name (3+ letters) appears anywhere in the domain ("smithfamily.net")."""
    low = fold(domain)
    return any(len(w) >= 3 and w.replace(" ", "") in low for w in ctx.name_words)


# -- links -----------------------------------------------------------------------------------

_LINK_PARTS = re.compile(
    r"^(?P<scheme>[a-z][a-z0-9+.\-]*://)?(?P<auth>[^/?#]*)(?P<path>[^?#]*)(?:\?(?P<query>[^#]*))?(?:#(?P<frag>.*))?$",
    re.IGNORECASE | re.DOTALL,
)
_SAFE_IN_PATH = "/:@!$&'()*+,;=-._~[]"
_SAFE_IN_QUERY = "/:@!$'()*,;-._~[]?"


def _decode(value: str, *, plus: bool) -> str:
    """Percent-decoded, up to three times (double-encoded values are common in tracking links)."""
    for i in range(3):
        # "+" is a space only in the first decoding of a query value ("%2B44" is "+44").
        decoded = urllib.parse.unquote_plus(value) if plus and i == 0 else urllib.parse.unquote(value)
        decoded = plain_form(decoded)
        if decoded == value:
            break
        value = decoded
    return value


def _redact_url(url: str, ctx: _Context, depth: int) -> tuple[str, list[Replacement]]:
    m = _LINK_PARTS.match(url)
    if m is None:  # pragma: no cover - the pattern matches any string
        return url, []
    reps: list[Replacement] = []
    scheme = m.group("scheme") or ""
    auth = m.group("auth") or ""
    if "@" in auth:
        userinfo, _, hostport = auth.rpartition("@")
        if userinfo and not _is_placeholder(_decode(userinfo, plus=False)):
            placeholder = _compact(PLACEHOLDERS["login"])
            reps.append(Replacement("login", placeholder))
            auth = placeholder + "@" + hostport
    path = m.group("path") or ""
    segments = path.split("/")
    new_segments = []
    for seg in segments:
        # "+" is read as a space in paths too: links built by phishing kits encode them either way.
        new_segments.append(_redact_component(seg, ctx, depth, reps, plus=True, safe=_SAFE_IN_PATH))
    out = scheme + auth + "/".join(new_segments)
    query = m.group("query")
    if query is not None:
        out += "?" + _redact_query(query, ctx, depth, reps)
    frag = m.group("frag")
    if frag is not None:
        if "=" in frag:
            out += "#" + _redact_query(frag, ctx, depth, reps)
        else:
            out += "#" + _redact_component(frag, ctx, depth, reps, plus=True, safe=_SAFE_IN_PATH + "?#")
    return (out, reps) if reps else (url, [])


def _redact_query(query: str, ctx: _Context, depth: int, reps: list[Replacement]) -> str:
    parts = []
    for pair in re.split(r"([&;])", query):
        if pair in ("&", ";") or not pair:
            parts.append(pair)
            continue
        key, eq, value = pair.partition("=")
        if not eq:
            parts.append(_redact_component(key, ctx, depth, reps, plus=True, safe=_SAFE_IN_QUERY))
            continue
        new_key = _redact_component(key, ctx, depth, reps, plus=True, safe=_SAFE_IN_QUERY)
        kind = _PERSONAL_KEYS.get(re.sub(r"[^a-z]", "", fold(_decode(key, plus=True))))
        decoded = _decode(value, plus=True)
        if kind and decoded.strip() and not _is_placeholder(decoded) and not _has_link(decoded):
            inner_text, inner = _redact(decoded, ctx, depth + 1, compact=True)
            if inner and _only_placeholders(inner_text):
                reps.extend(inner)
                parts.append(new_key + "=" + _requote(inner_text, _SAFE_IN_QUERY))
            else:
                placeholder = _compact(PLACEHOLDERS[kind])
                reps.append(Replacement(kind, placeholder))
                parts.append(new_key + "=" + placeholder)
            continue
        parts.append(new_key + "=" + _redact_component(value, ctx, depth, reps, plus=True, safe=_SAFE_IN_QUERY))
    return "".join(parts)


def _has_link(value: str) -> bool:
    return bool(_URL.search(value))


def _only_placeholders(text: str) -> bool:
    return not _PROTECTED.sub("", text).strip(" ,;:/-_.")


def _redact_component(raw: str, ctx: _Context, depth: int, reps: list[Replacement], *, plus: bool, safe: str) -> str:
    if not raw:
        return raw
    decoded = _decode(raw, plus=plus)
    new, inner = _redact(decoded, ctx, depth + 1, compact=True)
    if not inner:
        return raw
    reps.extend(inner)
    return _requote(new, safe)


def _requote(text: str, safe: str) -> str:
    """Placeholders as they are, everything else percent-encoded again."""
    out = []
    cursor = 0
    for m in _PROTECTED.finditer(text):
        out.append(urllib.parse.quote(text[cursor : m.start()], safe=safe))
        out.append(m.group(0))
        cursor = m.end()
    out.append(urllib.parse.quote(text[cursor:], safe=safe))
    return "".join(out)


def _compact(placeholder: str) -> str:
    """A placeholder inside a link has no spaces, so the link stays one word."""
    return placeholder.replace(" ", "_")


def _apply(text: str, spans: _Spans, ctx: _Context, *, compact: bool) -> tuple[str, list[Replacement]]:
    out: list[str] = []
    replacements: list[Replacement] = []
    cursor = 0
    for span in sorted(spans.items, key=lambda s: s.start):
        if span.kind is None:
            continue
        out.append(text[cursor : span.start])
        if span.kind == "link":
            out.append(span.text)
            replacements.extend(span.inner)
        else:
            placeholder = PLACEHOLDERS[span.kind]
            if span.kind == "email" and span.domain and not _domain_names_someone(span.domain, ctx):
                # The domain is what tells a scam apart; the person's part of the address goes.
                placeholder = f"[e-mail address at {span.domain}]"
            if compact:
                placeholder = _compact(placeholder)
            out.append(placeholder)
            replacements.append(Replacement(span.kind, placeholder))
        cursor = span.end
    out.append(text[cursor:])
    return "".join(out), replacements
