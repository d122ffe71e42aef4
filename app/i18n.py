"""Showing the words of ``checks`` and ``app`` (findings, scam reasons, guidance) in the reader's language.

A text a person reads is a ``checks.i18n.Msg``: an English template plus parameters (see
checks/i18n.py). ``packaging/update_translations.py`` extracts the templates (every ``N_``/``NP_``
literal, and the prose of the guidance files in ``resources/guidance/``) into
``resources/i18n/guidance_<lang>.ts``, a Qt Linguist file a translator opens like ``hearth_<lang>.ts``.

``translate(msg, language)`` renders a message at the moment it is shown:

1. the template is looked up in the catalogue (for ``NP_`` the singular or plural template, chosen
   by the language's plural rule from Babel);
2. each parameter is written in that language: a ``Msg`` is translated in turn, a number or a date
   is written by Babel, any other value (a name, a site, what someone typed) goes in as it is;
3. ``str.format`` puts them into the translated template.

Nothing is matched back from finished English. A plain ``str`` (or a ``Msg`` without parameters
made by an old ``N_(f"...")``) is looked up exactly; anything not in the catalogue stays in
English: a reader sees English rather than nothing. ``strict=True`` raises instead (tests).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import locale
import os
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.resources import resource_path
from checks.i18n import ENGLISH_DATE, Msg, english, fill

#: Languages Hearth is translated into besides English, the source language.
LANGUAGES = ("en", "es")
DEFAULT = "en"

PLACEHOLDER = re.compile(r"\{[^{}\n]+\}")

#: The Babel locale each language writes numbers, dates, lists and plurals with. English is
#: British-style ("3 November 2026", "a, b and c"), as the English texts always were.
LOCALES = {"en": "en_GB", "es": "es"}
#: How a date inside a sentence is written (CLDR patterns, Babel).
DATE_FORMATS = {"en": ENGLISH_DATE, "es": "d 'de' MMMM 'de' y"}


def _locale(language: str) -> str:
    return LOCALES.get(language, LOCALES[DEFAULT])


def _months(language: str) -> tuple[str, ...]:
    from babel import Locale  # noqa: PLC0415

    wide = Locale.parse(_locale(language)).months["format"]["wide"]
    return tuple(str(wide[i]) for i in range(1, 13))


class _Months(dict[str, tuple[str, ...]]):
    """Month names by language, from Babel (kept for callers that read ``MONTHS[lang]``)."""

    def __missing__(self, language: str) -> tuple[str, ...]:
        if language not in LANGUAGES:
            raise KeyError(language)
        self[language] = _months(language)
        return self[language]

    def __contains__(self, language: object) -> bool:
        return language in LANGUAGES


MONTHS: dict[str, tuple[str, ...]] = _Months()
#: A date as ``long_date(..., "en")`` writes it.
DATE = re.compile(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})")


def long_date(day: int, month: int, year: int, language: str | None = None) -> str:
    """A date written out in ``language`` (default: the current one): "3 de noviembre de 2026"."""
    language = current() if language is None else language
    return format_date(_dt.date(year, month, day), language if language in LANGUAGES else DEFAULT)


def format_date(value: _dt.date, language: str) -> str:
    """A date (or the day and time of a datetime) as a sentence in ``language`` writes it (Babel)."""
    from babel.dates import format_date as _babel_date  # noqa: PLC0415
    from babel.dates import format_datetime as _babel_datetime  # noqa: PLC0415

    pattern = DATE_FORMATS.get(language, ENGLISH_DATE)
    if isinstance(value, _dt.datetime):
        return _babel_datetime(value, pattern + " HH:mm", locale=_locale(language))
    return _babel_date(value, pattern, locale=_locale(language))


def format_number(value: float, language: str) -> str:
    """A number as ``language`` writes it (Babel): 1,234 in English, 1234 / 12.345 in Spanish."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if language == DEFAULT:
        return english(value)
    from babel.numbers import format_decimal  # noqa: PLC0415

    return format_decimal(value, locale=_locale(language))


def plural_form(n: Any, language: str) -> str:
    """The CLDR plural category of ``n`` in ``language`` ("one", "many", "other"), from Babel."""
    if not isinstance(n, (int, float)) or isinstance(n, bool):
        return "other"
    from babel import Locale  # noqa: PLC0415

    return str(Locale.parse(_locale(language)).plural_form(abs(n)))


def territory_name(code: str, language: str) -> str | None:
    """The name of a country or region (ISO code) in ``language``, from Babel (CLDR)."""
    from babel import Locale  # noqa: PLC0415

    name = Locale.parse(_locale(language)).territories.get(code.upper())
    return str(name) if name else None


def format_list(items: Iterable[str], language: str) -> str:
    """Items joined the way ``language`` lists them (Babel): "a, b and c", "a, b y c"."""
    from babel.lists import format_list as _babel_list  # noqa: PLC0415

    items = list(items)
    if not items:
        return ""
    return _babel_list(items, locale=_locale(language))


class Untranslated(LookupError):
    """Raised by ``translate(..., strict=True)`` when a text has no translation."""


def catalogue_path(language: str) -> Path:
    """The guidance catalogue of ``language``: the .ts in a source checkout, a gzipped copy in the bundle."""
    plain = resource_path("i18n", f"guidance_{language}.ts")
    packed = plain.with_name(plain.name + ".gz")
    return packed if not plain.exists() and packed.exists() else plain


# ---------------------------------------------------------------------------------------------
# the current language


_state = {"language": None}  # type: dict[str, str | None]
_lock = threading.Lock()


def choose(setting: str = "", environ: dict[str, str] | None = None) -> str:
    """The language: the setting when it names a known one, else the computer's, else English."""
    if setting in LANGUAGES:
        return setting
    env = os.environ if environ is None else environ
    candidates: list[str] = []
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        candidates.extend(part for part in value.split(":") if part)
    if environ is None:
        try:
            candidates.append(locale.getlocale()[0] or "")
        except ValueError:
            pass
    for name in candidates:
        code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
        if code not in ("c", "posix", ""):
            return DEFAULT
    return DEFAULT


def set_language(language: str) -> str:
    """Make ``language`` the one ``translate`` uses by default (the GUI and CLI call this at start)."""
    chosen = language if language in LANGUAGES else DEFAULT
    _state["language"] = chosen
    return chosen


def current() -> str:
    """The language ``translate`` uses when none is given."""
    if _state["language"] is None:
        set_language(choose())
    return _state["language"] or DEFAULT


# ---------------------------------------------------------------------------------------------
# Qt Linguist (.ts) files


@dataclasses.dataclass
class Message:
    context: str
    source: str
    translation: str = ""
    finished: bool = False
    comment: str = ""


def read_ts(path: Path) -> list[Message]:
    """The messages of a .ts file (empty list when there is no file)."""
    import gzip  # noqa: PLC0415 - read once, after the window is up: kept off the start-up path
    import xml.etree.ElementTree as ET  # noqa: PLC0415
    if not path.exists():
        return []
    if path.suffix == ".gz":
        with gzip.open(path, "rb") as handle:
            root = ET.parse(handle).getroot()
    else:
        root = ET.parse(path).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            out.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=(translation.text or "") if translation is not None else "",
                    finished=kind not in ("unfinished", "vanished", "obsolete"),
                    comment=message.findtext("extracomment") or "",
                )
            )
    return out


def write_ts(path: Path, language: str, messages: Iterable[Message]) -> str:
    """The text of a .ts file for ``messages`` (grouped by context, in the given order)."""
    import xml.etree.ElementTree as ET  # noqa: PLC0415 - only the tools write catalogues
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for m in messages:
        ctx = contexts.get(m.context)
        if ctx is None:
            ctx = contexts[m.context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = m.context
        el = ET.SubElement(ctx, "message")
        ET.SubElement(el, "source").text = m.source
        if m.comment:
            ET.SubElement(el, "extracomment").text = m.comment
        tr = ET.SubElement(el, "translation")
        tr.text = m.translation
        if not m.finished:
            tr.set("type", "unfinished")
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n"


# ---------------------------------------------------------------------------------------------
# the catalogue and rendering


def placeholders(text: str) -> list[str]:
    """The ``{name}`` tokens of a template, in order."""
    return PLACEHOLDER.findall(text)


class Catalogue:
    """The finished translations of one language, by English source (template)."""

    def __init__(self, messages: Iterable[Message], language: str = "") -> None:
        self.language = language
        self.exact: dict[str, str] = {}
        for m in messages:
            if m.finished and m.translation.strip():
                self.exact.setdefault(m.source, m.translation)

    def __len__(self) -> int:
        return len(self.exact)

    def lookup(self, source: str) -> str | None:
        """The translation of the template or text ``source`` (an exact lookup), or None."""
        return self.exact.get(source)

    def translate(self, text: str) -> str | None:
        """The translation of ``text`` looked up exactly, or None (no matching of finished text)."""
        found = self.exact.get(text)
        if found is not None:
            return found
        stripped = text.strip()
        if stripped and stripped != text:
            inner = self.exact.get(stripped)
            if inner is not None:
                return text.replace(stripped, inner, 1)
        return None


@functools.cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language`` (read once; an empty one for English or a missing file)."""
    if language == DEFAULT:
        return Catalogue(())
    with _lock:
        return Catalogue(read_ts(catalogue_path(language)), language)


def _param(value: Any, language: str, strict: bool) -> str:
    """A parameter written in ``language``: a message translated, a number or date by Babel, data as it is."""
    if isinstance(value, Msg):
        return _render(value, language, strict)
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_number(value, language)
    if isinstance(value, _dt.date):
        return format_date(value, language)
    return english(value)


def _render(msg: Msg, language: str, strict: bool) -> str:
    if msg.parts is not None:
        return "".join(_render(p, language, strict) if isinstance(p, Msg) else p for p in msg.parts)
    if msg.items is not None:
        return format_list((_param(i, language, strict) for i in msg.items), language)
    if msg.territory is not None:
        return msg if language == DEFAULT else territory_name(msg.territory, language) or msg
    source = msg.template
    if msg.plural is not None and plural_form(msg.params.get("n"), language) != "one":
        source = msg.plural
    if language == DEFAULT:
        template = source
    else:
        found = catalogue(language).translate(source)
        if found is None:
            if strict and any(c.isalpha() for c in source):
                raise Untranslated(source)
            found = source
        template = found
    if not msg.params:
        return template
    return fill(template, {k: _param(v, language, strict) for k, v in msg.params.items()})


def translate(text: str, language: str | None = None, *, strict: bool = False) -> str:
    """``text`` (a ``Msg`` from ``checks`` or ``app``, or a plain English text) in ``language``.

    A ``Msg`` is rendered from its template and parameters; a plain ``str`` is looked up exactly.
    With ``strict``, a text that cannot be translated raises ``Untranslated`` instead of staying
    in English (used by the tests). Default language: the current one.
    """
    language = language or current()
    if isinstance(text, Msg):
        return _render(text, language, strict)
    if language == DEFAULT or not text or not any(c.isalpha() for c in text):
        return text
    found = catalogue(language).translate(text)
    if found is None:
        if strict:
            raise Untranslated(text)
        return text
    return found


def reload() -> None:
    """Forget the loaded catalogues (after the .ts files changed, e.g. in tests)."""
    catalogue.cache_clear()


def translate_all(texts: Iterable[str], language: str | None = None, *, strict: bool = False) -> list[str]:
    return [translate(t, language, strict=strict) for t in texts]
