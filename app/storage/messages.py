"""Messages in the database: what a person reads is stored as its template and parameters.

A text column (a finding's ``title``/``why``) holds either a stored message, the JSON of
``checks.i18n.to_data`` (``{"t": template, "p": {...}}``, ``{"join": [...]}``, ``{"list": [...]}``),
or plain text (data, e.g. what someone typed). A list column (``fix``, ``evidence``, a scam check's
``reasons``) is a JSON list whose items are stored messages or plain strings.

Rows written before messages were data are converted once by the migration
``_v9_messages_as_data`` (app/storage/migrations.py). Reading is display-ready: a ``Msg`` comes
back and ``app.i18n.translate`` renders it in the reader's language at the moment it is shown.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from checks.i18n import Msg, from_data, to_data

_KEYS = ("t", "join", "list", "country")


def is_message_data(value: Any) -> bool:
    """Whether ``value`` is a message as ``to_data`` writes it."""
    return isinstance(value, dict) and any(k in value for k in _KEYS)


def dump_text(value: Any) -> str:
    """A text for a column: a ``Msg`` as JSON, anything else as plain text."""
    if isinstance(value, Msg):
        return json.dumps(to_data(value), ensure_ascii=False)
    return "" if value is None else str(value)


def load_text(raw: str | None) -> str:
    """A column's text back: a ``Msg`` when a message was stored, else the plain text."""
    if not raw:
        return ""
    if raw.startswith('{"') and raw.endswith("}"):
        try:
            data = json.loads(raw)
        except ValueError:
            return raw
        if is_message_data(data):
            try:
                return from_data(data)
            except (TypeError, ValueError):
                return raw
    return raw


def _item(value: Any) -> Any:
    if is_message_data(value):
        try:
            return from_data(value)
        except (TypeError, ValueError):
            return str(value)
    return value


def dump_list(values: Iterable[Any]) -> str:
    """A list column: each ``Msg`` as message data, plain strings as they are."""
    return json.dumps([to_data(v) if isinstance(v, Msg) else v for v in values], ensure_ascii=False)


def load_list(raw: str | None) -> tuple[Any, ...]:
    """A list column back: messages as ``Msg``, plain strings as they are (empty when unreadable)."""
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return ()
    return tuple(_item(v) for v in value) if isinstance(value, list) else ()


def dump_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """A dict (e.g. a scam reason) with its messages as message data, for a JSON column."""
    return {k: to_data(v) if isinstance(v, Msg) else v for k, v in record.items()}


def load_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """``dump_fields`` undone: the messages of a stored dict back as ``Msg``."""
    return {k: _item(v) for k, v in record.items()}
