"""Showing the words of ``checks`` and ``app`` (findings, scam reasons, guidance) in the reader's language.

``checks`` and ``app`` produce English text whose sources are marked with ``checks.i18n.N_``.
``packaging/update_translations.py`` extracts those sources (and the prose of the guidance files
in ``resources/guidance/``) into ``resources/i18n/guidance_<lang>.ts``, a Qt Linguist file that a
translator can open like the interface's own ``hearth_<lang>.ts``.

``translate(text)`` turns a finished English text into the current language:

1. the text is itself a source ("Turn on two-step verification") → its translation;
2. it was made from a template ("Open {site} and sign in." → "Open example.com and sign in.") →
   the template is matched, its values are translated too when they are sources themselves, and
   put into the translated template;
3. it is several sources joined by spaces or new lines (sentences) → each part, then joined.

Anything that does not match stays in English: a reader sees English rather than nothing. The
tests translate every text the checks produce with ``strict=True``, which raises instead.

Matching the finished text (rather than carrying message ids) means findings already stored in
the database, and texts passed through several layers, are translated at the moment they are
shown, in whatever language the reader has chosen then.
"""

from __future__ import annotations

import dataclasses
import functools
import locale
import os
import re
import threading
from collections.abc import Iterable
from pathlib import Path

from app.resources import resource_path

#: Languages Hearth is translated into besides English, the source language.
LANGUAGES = ("en", "es")
DEFAULT = "en"

PLACEHOLDER = re.compile(r"\{[^{}\n]+\}")
_SPLIT = re.compile(r"(\n+|(?<=[.!?:;])[ \t]+)")
#: A value spanning this is more than one sentence (see ``Catalogue._value``).
_SENTENCE_BREAK = re.compile(r"\n|[.!?][ \t]+[A-Z¿¡\"'(]")
_MAX_DEPTH = 2
#: Where a list in a value is split into items ("a, b and c"; "form: x; email: y").
_LIST_SPLIT = re.compile(r"(, | and |; )")
_COUNTED = re.compile(r"(\d[\d,.]*) (\D.*)")
#: The word before the last item of a list, by language.
_AND = {"es": " y "}
#: Placeholders that hold what people typed or what was observed (a member called "High", a Wi-Fi
#: called "Home"): their values are put in as they are, never translated.
VERBATIM = frozenset(
    ["who", "member", "names", "carer", "ssid", "path", "folder", "ip", "url", "host", "domain", "address", "number", "sender", "site", "service", "login", "email", "server"]
)


#: Month names and the order of a written date ("3 November 2026", "3 de noviembre de 2026"). A date
#: inside a translated sentence is rewritten; month names are not catalogue entries, so a person
#: called "May" keeps her name.
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}
DATE_PATTERNS = {"en": "{day} {month} {year}", "es": "{day} de {month} de {year}"}
#: A date as ``long_date(..., "en")`` writes it.
DATE = re.compile(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})")


def _conjunction(separator: str, language: str, following: str) -> str:
    """A list separator in ``language``: " and " becomes " y " (" e " before an i- sound) in Spanish."""
    if separator != " and " or language not in _AND:
        return separator
    word = following.lstrip().lower()
    if language == "es" and (word.startswith(("i", "í")) or (word.startswith("hi") and not word.startswith(("hie", "hia")))):
        return " e "
    return _AND[language]


def long_date(day: int, month: int, year: int, language: str | None = None) -> str:
    """A date written out in ``language`` (default: the current one): "3 de noviembre de 2026"."""
    language = language if language in MONTHS else current() if language is None else DEFAULT
    if language not in MONTHS:
        language = DEFAULT
    return DATE_PATTERNS[language].format(day=day, month=MONTHS[language][month - 1], year=year)


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
# the catalogue and matching


def placeholders(text: str) -> list[str]:
    """The ``{name}`` tokens of a template, in order."""
    return PLACEHOLDER.findall(text)


@dataclasses.dataclass(frozen=True)
class _Template:
    source: str
    translation: str
    parts: tuple[str, ...]  # the words around the placeholders: len(parts) == len(names) + 1
    names: tuple[str, ...]
    literal: int  # characters outside the placeholders: more is more specific

    def match(self, text: str) -> list[str] | None:
        """The values of the placeholders if ``text`` is this template filled in, else None.

        Like a regular expression with a lazy ``(.*?)`` per placeholder (each value as short as
        possible, left to right), but a search over (placeholder, position) that remembers where
        it failed, so it stays polynomial: a regex with twenty lazy groups can take seconds on a
        paragraph that almost matches.
        """
        parts = self.parts
        head, tail = parts[0], parts[-1]
        if not text.startswith(head) or not text.endswith(tail) or len(text) < len(head) + len(tail):
            return None
        end = len(text) - len(tail)
        last = len(parts) - 2  # index of the last placeholder
        failed: set[tuple[int, int]] = set()
        values: list[str] = []

        def search(i: int, pos: int) -> bool:
            if i == last:
                values.append(text[pos:end])
                return True
            if (i, pos) in failed:
                return False
            word = parts[i + 1]
            start = pos
            while True:
                found = text.find(word, start, end)
                if found < 0:
                    break
                values.append(text[pos:found])
                if search(i + 1, found + len(word)):
                    return True
                values.pop()
                start = found + 1
            failed.add((i, pos))
            return False

        return values if search(0, len(head)) else None


def _compile(source: str, translation: str) -> _Template:
    parts = tuple(PLACEHOLDER.split(source))
    names = tuple(placeholders(source))
    return _Template(source, translation, parts, names, sum(len(p) for p in parts))


class Catalogue:
    """The translations of one language: exact sources and templates with placeholders."""

    def __init__(self, messages: Iterable[Message], language: str = "") -> None:
        self.language = language
        self.exact: dict[str, str] = {}
        self._by_prefix: dict[str, list[_Template]] = {}
        self._loose: list[_Template] = []
        self._memo: dict[str, str | None] = {}
        templates: dict[str, _Template] = {}
        for m in messages:
            if not m.finished or not m.translation.strip():
                continue
            if placeholders(m.source):
                if len(PLACEHOLDER.sub("", m.source).strip()) < 2:
                    continue  # a bare "{value}" would match every text
                if m.source not in templates:
                    templates[m.source] = _compile(m.source, m.translation)
            else:
                self.exact.setdefault(m.source, m.translation)
        for t in sorted(templates.values(), key=lambda t: -t.literal):
            head = PLACEHOLDER.split(t.source)[0]
            if len(head) >= 3:
                self._by_prefix.setdefault(head[:3], []).append(t)
            else:
                self._loose.append(t)

    def __len__(self) -> int:
        return len(self.exact) + sum(len(v) for v in self._by_prefix.values()) + len(self._loose)

    def _one(self, text: str, depth: int) -> str | None:
        """The translation of ``text`` as one source or one filled-in template, else None."""
        found = self.exact.get(text)
        if found is not None:
            return found
        stripped = text.strip()
        if stripped != text and stripped:
            inner = self._one(stripped, depth)
            if inner is not None:
                return text.replace(stripped, inner, 1)
            return None
        candidates = self._by_prefix.get(text[:3], []) + self._loose if len(text) >= 3 else self._loose
        for t in candidates:
            groups = t.match(text)
            if groups is None:
                continue
            values: dict[str, str] = {}
            for name, value in zip(t.names, groups, strict=True):
                bare = name[1:-1].split(".")[-1]
                if bare in VERBATIM:
                    got = None if _SENTENCE_BREAK.search(value) else value
                else:
                    got = self._value(value, depth + 1)
                if got is None:
                    break
                values.setdefault(name, got)
            else:
                def fill(m: re.Match[str], vals: dict[str, str] = values) -> str:
                    return vals.get(m.group(0), m.group(0))

                return PLACEHOLDER.sub(fill, t.translation)
        return None

    def _value(self, value: str, depth: int) -> str | None:
        """A value put into a template: translated when it is a source itself (e.g. a method's name).

        A value that spans a sentence break or a new line must translate as a whole, else the match
        is refused (None): it means the template swallowed neighbouring sentences, which are then
        better translated one by one. A comma-separated list is translated item by item.
        """
        if depth > _MAX_DEPTH or not value or not any(c.isalpha() for c in value):
            return value
        date = DATE.fullmatch(value)
        if date is not None and date.group(2) in MONTHS["en"] and self.language in MONTHS:
            return long_date(int(date.group(1)), MONTHS["en"].index(date.group(2)) + 1, int(date.group(3)), self.language)
        whole = self._whole(value, depth)
        if whole is not None:
            return whole
        if _SENTENCE_BREAK.search(value):
            return None
        listed = self._list(value, depth)
        return listed if listed is not None else value

    def _list(self, value: str, depth: int) -> str | None:
        """A list ("passkeys, text message codes and 2 phone numbers") translated item by item.

        Items are split at ", ", "; " and " and "; the longest run of items that is a source is
        taken whole (so "Security questions and answers" stays one item). An item that is a number
        and a source ("2 phone numbers") keeps its number. Items that are not sources stay as
        they are; None when nothing in the list could be translated.
        """
        pieces = _LIST_SPLIT.split(value)
        if len(pieces) < 3:
            return self._counted(value, depth)
        items, seps = pieces[0::2], pieces[1::2]
        out: list[str] = []
        translated = False
        i = 0
        while i < len(items):
            for j in range(len(items), i, -1):
                chunk = "".join(items[k] + (seps[k] if k < j - 1 else "") for k in range(i, j))
                got = self._one(chunk, depth) if j - i > 1 else self._counted(chunk, depth)
                if got is not None:
                    break
            else:
                got, j = None, i + 1
            if i:
                out.append(_conjunction(seps[i - 1], self.language, got or items[i]))
            out.append(got if got is not None else items[i])
            translated = translated or got is not None
            i = j
        return "".join(out) if translated else None

    def _counted(self, item: str, depth: int) -> str | None:
        """An item that is a source, or a number and a source ("2 phone numbers"), translated."""
        got = self._one(item, depth)
        if got is not None:
            return got
        counted = _COUNTED.fullmatch(item)
        if counted is not None:
            rest = self._one(counted.group(2), depth)
            if rest is not None:
                return f"{counted.group(1)} {rest}"
        return None

    def _whole(self, text: str, depth: int) -> str | None:
        one = self._one(text, depth)
        if one is not None:
            return one
        pieces = _SPLIT.split(text)
        if len(pieces) < 3:
            return None
        # pieces alternate text, separator, text ...: find runs of whole sentences that each
        # translate, keeping the separators between runs as they were.
        units, seps = pieces[0::2], pieces[1::2]
        n = len(units)
        back: list[tuple[int, str] | None] = [None] * (n + 1)  # end -> (start, translation)
        reach = [False] * (n + 1)
        reach[0] = True
        for end in range(1, n + 1):
            for start in range(end - 1, -1, -1):
                if not reach[start]:
                    continue
                chunk = "".join(units[k] + (seps[k] if k < end - 1 else "") for k in range(start, end))
                got = chunk if not chunk.strip() else self._one(chunk, depth)
                if got is not None:
                    reach[end], back[end] = True, (start, got)
                    break
        if not reach[n]:
            return None
        out: list[str] = []
        end = n
        while end > 0:
            entry = back[end]
            assert entry is not None
            start, got = entry
            out.append(got)
            if start > 0:
                out.append(seps[start - 1])
            end = start
        return "".join(reversed(out))

    def translate(self, text: str) -> str | None:
        """``text`` in this catalogue's language, or None; answers are remembered (pages repaint)."""
        try:
            return self._memo[text]
        except KeyError:
            pass
        found = self._whole(text, 0)
        if len(self._memo) > 20000:
            self._memo.clear()
        self._memo[text] = found
        return found


@functools.cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language`` (read once; an empty one for English or a missing file)."""
    if language == DEFAULT:
        return Catalogue(())
    with _lock:
        return Catalogue(read_ts(catalogue_path(language)), language)


def translate(text: str, language: str | None = None, *, strict: bool = False) -> str:
    """``text`` (English, from ``checks`` or ``app``) in ``language`` (default: the current one).

    With ``strict``, a text that cannot be translated raises ``Untranslated`` instead of staying
    in English (used by the tests).
    """
    language = language or current()
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
