"""Messages as data: the words ``checks`` and ``app`` show to people, kept translatable.

A text a person reads is a ``Msg``: an English *template* and its *parameters*::

    title=N_("Your router still uses its factory password")
    why=N_("{name} can be guessed by anyone who knows the make of the router.", name=model)
    step=N_("Open {site} and sign in.", site=domain)
    count=NP_("{n} account", "{n} accounts", n=len(accounts))
    methods=listed([N_("passkeys"), N_("text message codes")])  # "passkeys and text message codes"

- A parameter is verbatim data (a ``str`` someone typed or a program printed, an ``int``, a
  ``float``, a ``date``) or itself a ``Msg`` (translated in turn). Nothing is guessed: a member
  called "Done" stays "Done" in every language.
- Numbers and dates are written per language when the message is shown (``app.i18n`` uses Babel);
  do not format them into the template (no ``{n:,}``; pass the number).
- No f-strings inside ``N_``: ``packaging/guidance_catalogue.py`` reads the template literals from
  the source into ``resources/i18n/guidance_<lang>.ts``.

``Msg`` is a ``str`` whose value is the English rendering, so logs, comparisons and the English
JSON contract work unchanged. But ``str`` methods (``.strip()``, slicing, ``"".join``, f-strings,
``%``) return a plain ``str`` and lose the translation. Join messages with ``+``
(``msg_a + " " + msg_b`` is a ``Msg``) or ``Msg.join(" ", parts)``.

Stored texts: ``to_data(msg)`` is JSON-able, ``from_data(data)`` gives the ``Msg`` back (a plain
``str`` stays a plain ``str`` both ways). Display: ``app.i18n.translate(msg, language)``.
"""

from __future__ import annotations

import datetime as _dt
import os as _os
import string as _string
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

__all__ = ["Msg", "N_", "NP_", "english", "from_data", "to_data", "is_msg", "listed", "map_text", "MessageError"]

#: The English date pattern (CLDR syntax): "3 November 2026".
ENGLISH_DATE = "d MMMM y"


def _english_number(value: int | float) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format(value, ",")
    from babel.numbers import format_decimal  # noqa: PLC0415 - Babel only when a float is shown

    return format_decimal(value, locale="en")


def english(value: Any) -> str:
    """A parameter written in English (the value of a ``Msg``)."""
    if isinstance(value, Msg):
        return str.__str__(value)
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return _english_number(value)
    if isinstance(value, _dt.datetime):
        from babel.dates import format_datetime  # noqa: PLC0415

        return format_datetime(value, ENGLISH_DATE + " HH:mm", locale="en")
    if isinstance(value, _dt.date):
        from babel.dates import format_date  # noqa: PLC0415

        return format_date(value, ENGLISH_DATE, locale="en")
    if value is None:
        return ""
    return str(value)


class _Fields(_string.Formatter):
    """``str.format`` with a mapping of already-written values; an unknown ``{name}`` stays as it is."""

    def get_value(self, key: Any, args: Any, kwargs: Mapping[str, str]) -> str:  # noqa: D102
        if isinstance(key, str) and key in kwargs:
            return kwargs[key]
        return "{" + str(key) + "}"

    def get_field(self, field_name: str, args: Any, kwargs: Mapping[str, str]) -> tuple[str, str]:  # noqa: D102
        if field_name in kwargs:
            return kwargs[field_name], field_name
        return "{" + field_name + "}", field_name

    def format_field(self, value: Any, format_spec: str) -> str:  # noqa: D102
        if not format_spec:
            return str(value)
        try:
            return format(value, format_spec)
        except (TypeError, ValueError):
            return str(value)


_FIELDS = _Fields()


def fill(template: str, values: Mapping[str, str]) -> str:
    """``template`` with its ``{name}`` placeholders replaced by ``values`` (strings)."""
    if not values or "{" not in template:
        return template
    try:
        return _FIELDS.vformat(template, (), values)
    except (ValueError, IndexError, KeyError):
        return template  # unbalanced braces: shown as written


class _JoinDescriptor:
    """``Msg.join(sep, parts)`` on the class; ``msg.join(parts)`` on a message (the message is the separator)."""

    def __get__(self, obj: Msg | None, owner: type) -> Any:
        if obj is None:
            return _join
        return lambda parts: _join(obj, parts)


def _join(separator: str, parts: Iterable[Any]) -> Msg:
    out: list[Any] = []
    for i, part in enumerate(parts):
        if i and separator:
            out.append(separator)
        out.append(part)
    return Msg._joined(out)


class Msg(str):
    """A text for people: an English ``template`` with ``params`` (its value is the English text).

    ``plural`` is the English plural template of an ``NP_`` message (``params["n"]`` is the count);
    ``parts`` is set for messages joined with ``+``/``Msg.join`` (then ``template`` is "").
    """

    template: str
    params: Mapping[str, Any]
    plural: str | None
    parts: tuple[Any, ...] | None
    items: tuple[Any, ...] | None
    territory: str | None

    def __new__(cls, template: str, params: Mapping[str, Any] | None = None, plural: str | None = None) -> Msg:
        params = dict(params or {})
        for key, value in params.items():
            if isinstance(value, BaseException):
                params[key] = value = str(value)  # a MessageError's message stays a Msg
            elif isinstance(value, _os.PathLike):
                params[key] = value = _os.fspath(value)
            if not isinstance(value, (str, int, float, _dt.date, type(None))):
                raise TypeError(f"parameter {key!r} of {template!r}: {type(value).__name__} is not text, a number or a date")
        chosen = template
        if plural is not None and params.get("n") != 1:
            chosen = plural
        value = fill(chosen, {k: english(v) for k, v in params.items()}) if params else chosen
        self = super().__new__(cls, value)
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "params", MappingProxyType(params))
        object.__setattr__(self, "plural", plural)
        object.__setattr__(self, "parts", None)
        object.__setattr__(self, "items", None)
        object.__setattr__(self, "territory", None)
        return self

    @classmethod
    def country(cls, code: str, english_name: str) -> Msg:
        """A country or region by its ISO code; its value is ``english_name``. Shown in the reader's
        language from Babel's (CLDR) territory names, so no country name needs translating by hand."""
        self = super().__new__(cls, english_name)
        object.__setattr__(self, "template", "")
        object.__setattr__(self, "params", MappingProxyType({}))
        object.__setattr__(self, "plural", None)
        object.__setattr__(self, "parts", None)
        object.__setattr__(self, "items", None)
        object.__setattr__(self, "territory", code.upper())
        return self

    @classmethod
    def listed(cls, items: Iterable[Any]) -> Msg:
        """Items as one list ("a, b and c"), joined the reader's way when shown (Babel)."""
        items = tuple(items)
        for item in items:
            if not isinstance(item, (str, int, float)):
                raise TypeError(f"cannot list {type(item).__name__}")
        from babel.lists import format_list  # noqa: PLC0415

        self = super().__new__(cls, format_list([english(i) for i in items], locale="en_GB") if items else "")
        object.__setattr__(self, "template", "")
        object.__setattr__(self, "params", MappingProxyType({}))
        object.__setattr__(self, "plural", None)
        object.__setattr__(self, "parts", None)
        object.__setattr__(self, "items", items)
        object.__setattr__(self, "territory", None)
        return self

    @classmethod
    def _joined(cls, parts: Iterable[Any]) -> Msg:
        flat: list[Any] = []
        for part in parts:
            if isinstance(part, Msg) and part.parts is not None:
                flat.extend(part.parts)
            elif isinstance(part, str):
                if part:
                    flat.append(part)
            elif part is not None:
                raise TypeError(f"cannot join {type(part).__name__} to a message")
        if len(flat) == 1 and isinstance(flat[0], Msg):
            return flat[0]
        self = super().__new__(cls, "".join(english(p) for p in flat))
        object.__setattr__(self, "template", "")
        object.__setattr__(self, "params", MappingProxyType({}))
        object.__setattr__(self, "plural", None)
        object.__setattr__(self, "parts", tuple(flat))
        object.__setattr__(self, "items", None)
        object.__setattr__(self, "territory", None)
        return self

    join = _JoinDescriptor()

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Msg is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("Msg is immutable")

    def __add__(self, other: Any) -> Msg:
        if not isinstance(other, str):
            return NotImplemented
        return Msg._joined((self, other))

    def __radd__(self, other: Any) -> Msg:
        if not isinstance(other, str):
            return NotImplemented
        return Msg._joined((other, self))

    def __reduce__(self) -> tuple[Any, ...]:
        return (from_data, (to_data(self),))

    def __copy__(self) -> Msg:
        return self

    def __deepcopy__(self, memo: Any) -> Msg:
        return self

    def __str__(self) -> str:
        return str.__str__(self)

    def __repr__(self) -> str:
        if self.parts is not None:
            return f"Msg.join('', {list(self.parts)!r})"
        if self.items is not None:
            return f"Msg.listed({list(self.items)!r})"
        if self.territory is not None:
            return f"Msg.country({self.territory!r}, {str.__str__(self)!r})"
        extra = f", plural={self.plural!r}" if self.plural is not None else ""
        params = f", {dict(self.params)!r}" if self.params else ""
        return f"Msg({self.template!r}{params}{extra})"

    def __hash__(self) -> int:
        return str.__hash__(self)

    def __eq__(self, other: object) -> bool:
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return str.__ne__(self, other)


def N_(template: str, **params: Any) -> Msg:  # noqa: N802 - the usual name for a "translate later" marker
    """A message: ``template`` (an English literal, ``{name}`` placeholders) filled with ``params``."""
    if isinstance(template, Msg):
        if not params:
            return template
        return Msg(template.template, {**template.params, **params}, template.plural)
    return Msg(template, params)


def NP_(singular: str, plural: str, n: int, **params: Any) -> Msg:  # noqa: N802
    """A counted message: ``singular`` when ``n`` is one (by the reader's language's rule), else ``plural``."""
    return Msg(singular, {"n": n, **params}, plural)


def listed(items: Iterable[Any]) -> Msg:
    """Items (messages or data) as one list: "a, b and c" in English, "a, b y c" in Spanish."""
    return Msg.listed(items)


class MessageError(Exception):
    """An exception whose first argument is a ``Msg``: ``str(error)`` gives that ``Msg`` back,
    so the reader's language is chosen when it is shown (``str()`` of a plain exception would
    make it English text)."""

    def __str__(self) -> str:
        if len(self.args) == 1 and isinstance(self.args[0], str):
            return self.args[0]
        return super().__str__()


def map_text(value: Any, fn: Callable[[str], str]) -> Any:
    """``value`` with ``fn`` applied to every piece of verbatim text in it (e.g. redaction).

    A message keeps its template (so it is still translated when shown); only its text parameters,
    list items and joined parts go through ``fn``. A country stays as it is; numbers and dates too.
    """
    if isinstance(value, Msg):
        if value.territory is not None:
            return value
        if value.items is not None:
            return Msg.listed(map_text(v, fn) for v in value.items)
        if value.parts is not None:
            return Msg.join("", [map_text(v, fn) for v in value.parts])
        return Msg(value.template, {k: map_text(v, fn) for k, v in value.params.items()}, value.plural)
    if isinstance(value, str):
        return fn(value)
    return value


def is_msg(value: Any) -> bool:
    return isinstance(value, Msg)


# ---------------------------------------------------------------------------------------------
# storage


def _param_data(value: Any) -> Any:
    if isinstance(value, Msg):
        return to_data(value)
    if isinstance(value, _dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, _dt.date):
        return {"date": value.isoformat()}
    return value


def _param_value(data: Any) -> Any:
    if isinstance(data, dict):
        if "date" in data:
            return _dt.date.fromisoformat(data["date"])
        if "datetime" in data:
            return _dt.datetime.fromisoformat(data["datetime"])
        return from_data(data)
    return data


def to_data(value: Any) -> Any:
    """``value`` as JSON-able data: a ``Msg`` as ``{"t": template, "p": {...}, "pl": plural}`` or
    ``{"join": [...]}``; a plain ``str`` (and ``None``) as it is; a list or tuple item by item."""
    if isinstance(value, Msg):
        if value.parts is not None:
            return {"join": [to_data(p) for p in value.parts]}
        if value.items is not None:
            return {"list": [to_data(i) for i in value.items]}
        if value.territory is not None:
            return {"country": value.territory, "en": str.__str__(value)}
        out: dict[str, Any] = {"t": value.template}
        if value.params:
            out["p"] = {k: _param_data(v) for k, v in value.params.items()}
        if value.plural is not None:
            out["pl"] = value.plural
        return out
    if isinstance(value, (list, tuple)):
        return [to_data(v) for v in value]
    return value


def from_data(data: Any) -> Any:
    """The value ``to_data`` wrote: a ``Msg`` back, a plain ``str`` as it is, a list item by item."""
    if isinstance(data, dict):
        if "join" in data:
            return Msg._joined(from_data(p) for p in data["join"])
        if "list" in data:
            return Msg.listed(from_data(i) for i in data["list"])
        if "country" in data:
            return Msg.country(str(data["country"]), str(data.get("en") or data["country"]))
        if "t" in data:
            params = {k: _param_value(v) for k, v in (data.get("p") or {}).items()}
            return Msg(data["t"], params, data.get("pl"))
        raise ValueError(f"not a stored message: {data!r}")
    if isinstance(data, list):
        return [from_data(v) for v in data]
    return data
