"""The old matcher: finished English text matched back against the guidance templates.

Used ONLY by the migration that converts texts stored before messages became data (findings,
scam reasons): ``to_message(text)`` finds the template a stored English text was made from and
returns the ``checks.i18n.Msg`` (template and parameters) it would have been. Nothing shows text
through this module any more: display is ``app.i18n.translate`` (catalogue lookup by template,
then ``format``). Do not use it elsewhere, and do not extend it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from app.i18n import MONTHS, PLACEHOLDER, Message
from app.i18n import long_date as _long_date
from checks.i18n import Msg

_SPLIT = re.compile(r"(\n+|(?<=[.!?:;])[ \t]+)")
_SENTENCE_BREAK = re.compile(r"\n|[.!?][ \t]+[A-Z¿¡\"'(]")
_MAX_DEPTH = 2
_LIST_SPLIT = re.compile(r"(, | and |; )")
_COUNTED = re.compile(r"(\d[\d,.]*) (\D.*)")
_AND = {"es": " y "}
#: Placeholders that held what people typed or what was observed: never translated.
VERBATIM = frozenset(
    ["who", "member", "names", "carer", "ssid", "path", "folder", "ip", "url", "host", "domain", "address", "number", "sender", "site", "service", "login", "email", "server"]
)
MONTHS_EN = MONTHS["en"]  # from Babel (app.i18n)
DATE = re.compile(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})")


def long_date(day: int, month: int, year: int, language: str) -> str:
    return _long_date(day, month, year, language)


def _fill(translation: str, values: dict[str, str]) -> str:
    def one(m: re.Match[str]) -> str:
        return values.get(m.group(0), m.group(0))

    return PLACEHOLDER.sub(one, translation)


def _conjunction(separator: str, language: str, following: str) -> str:
    if separator != " and " or language not in _AND:
        return separator
    word = following.lstrip().lower()
    if language == "es" and (word.startswith(("i", "í")) or (word.startswith("hi") and not word.startswith(("hie", "hia")))):
        return " e "
    return _AND[language]



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
            matched = t.match(text)
            if matched is None:
                continue
            values: dict[str, str] = {}
            for name, value in zip(t.names, matched, strict=True):
                bare = name[1:-1].split(".")[-1]
                if bare in VERBATIM:
                    got = None if _SENTENCE_BREAK.search(value) else value
                else:
                    got = self._value(value, depth + 1)
                if got is None:
                    break
                values.setdefault(name, got)
            else:
                return _fill(t.translation, values)
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
        if date is not None and date.group(2) in MONTHS_EN and self.language in ("en", "es"):
            return long_date(int(date.group(1)), MONTHS_EN.index(date.group(2)) + 1, int(date.group(3)), self.language)
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



    # -- the message a stored text was made from (the one thing the migration uses) ---------

    def to_message(self, text: str) -> Msg | str:
        """The ``Msg`` (template and parameters) ``text`` was made from, or ``text`` as it is.

        Values that are catalogue sources become messages (translated when shown), a written
        English date becomes a ``date``; everything else stays verbatim data. The result's
        English is ``text`` exactly, else ``text`` is returned unchanged.
        """
        if not text or not any(c.isalpha() for c in text):
            return text
        found = self._whole_msg(text, 0)
        if found is None or str.__str__(found) != text:
            return text
        return found

    def _sources(self) -> dict[str, str]:
        return self.exact

    def _one_msg(self, text: str, depth: int) -> Msg | None:
        if text in self.exact:
            return Msg(text)
        stripped = text.strip()
        if stripped != text and stripped:
            inner = self._one_msg(stripped, depth)
            if inner is None:
                return None
            start = text.index(stripped)
            return Msg._joined((text[:start], inner, text[start + len(stripped):]))
        candidates = self._by_prefix.get(text[:3], []) + self._loose if len(text) >= 3 else self._loose
        for t in candidates:
            found = t.match(text)
            if found is None:
                continue
            params: dict[str, object] = {}
            for name, value in zip(t.names, found, strict=True):
                key = name[1:-1]
                if key in params:
                    if english_of(params[key]) != value:
                        break
                    continue
                bare = key.split(".")[-1]
                if bare in VERBATIM:
                    if _SENTENCE_BREAK.search(value):
                        break
                    params[key] = value
                    continue
                got = self._value_msg(value, depth + 1)
                if got is None:
                    break
                params[key] = got
            else:
                return Msg(t.source, params)
        return None

    def _value_msg(self, value: str, depth: int) -> object | None:
        if depth > _MAX_DEPTH or not value or not any(c.isalpha() for c in value):
            return value
        date = DATE.fullmatch(value)
        if date is not None and date.group(2) in MONTHS_EN:
            import datetime as _dt  # noqa: PLC0415

            try:
                return _dt.date(int(date.group(3)), MONTHS_EN.index(date.group(2)) + 1, int(date.group(1)))
            except ValueError:
                return value
        whole = self._whole_msg(value, depth)
        if whole is not None:
            return whole
        if _SENTENCE_BREAK.search(value):
            return None
        return value  # a list or a value that is not a source: kept as data

    def _whole_msg(self, text: str, depth: int) -> Msg | None:
        one = self._one_msg(text, depth)
        if one is not None:
            return one
        pieces = _SPLIT.split(text)
        if len(pieces) < 3:
            return None
        units, seps = pieces[0::2], pieces[1::2]
        n = len(units)
        back: list[tuple[int, object] | None] = [None] * (n + 1)
        reach = [False] * (n + 1)
        reach[0] = True
        for end in range(1, n + 1):
            for start in range(end - 1, -1, -1):
                if not reach[start]:
                    continue
                chunk = "".join(units[k] + (seps[k] if k < end - 1 else "") for k in range(start, end))
                got: object | None = chunk if not chunk.strip() else self._one_msg(chunk, depth)
                if got is not None:
                    reach[end], back[end] = True, (start, got)
                    break
        if not reach[n]:
            return None
        out: list[object] = []
        end = n
        while end > 0:
            entry = back[end]
            assert entry is not None
            start, got = entry
            out.append(got)
            if start > 0:
                out.append(seps[start - 1])
            end = start
        return Msg._joined(reversed(out))


def english_of(value: object) -> str:
    from checks.i18n import english  # noqa: PLC0415

    return english(value)


def matcher(language: str = "es") -> Catalogue:
    """The old matcher over the templates of ``language``'s guidance catalogue (its sources)."""
    from app.i18n import catalogue_path, read_ts  # noqa: PLC0415

    return Catalogue(read_ts(catalogue_path(language)), language)
