"""``hearth settings list|get KEY|set KEY VALUE [--json]``: set up a computer from a script.

Only the settings in ``app.settings.SCHEMA`` exist here. API keys and other secrets are not
settings: they live in the keyring (``hearth keys set SERVICE``) and are never shown. Values are
still passed through the log redactor, so a key pasted into a service address is not printed.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from app import settings as S
from app.cli import print_json
from app.errors import InvalidInput
from app.i18n import translate
from app.logs import redact
from app.secrets import KNOWN_SECRETS
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth

HIDDEN = "[hidden]"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="show or change Hearth's settings (for scripts)")
    actions = p.add_subparsers(dest="settings_action", required=True)
    lst = actions.add_parser("list", help="every setting with its value")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)
    get = actions.add_parser("get", help="one setting's value")
    get.add_argument("key")
    get.add_argument("--json", action="store_true")
    get.set_defaults(handler=_get)
    put = actions.add_parser("set", help="change one setting")
    put.add_argument("key")
    put.add_argument("value", help='on/off, a number, text, or JSON for lists ("[\\"urlhaus\\"]")')
    put.add_argument("--json", action="store_true")
    put.set_defaults(handler=_set)


def _shown(setting: S.Setting[Any], value: Any) -> Any:
    """The value as it may be printed: secrets hidden, anything key-like redacted."""
    if setting.secret:
        return HIDDEN
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: redact(v) if isinstance(v, str) else v for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v) if isinstance(v, str) else v for v in value]
    return value


def _entry(hearth: Hearth, setting: S.Setting[Any]) -> dict[str, Any]:
    value = hearth.settings.get(setting)
    return {
        "key": setting.key,
        "value": _shown(setting, value),
        "default": _shown(setting, setting.default),
        "type": setting.type.__name__,
        "label": translate(setting.label),
        "description": translate(setting.description) if setting.description else "",
        "is_default": value == setting.default,
    }


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    if value is None:
        return "-"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _lookup(key: str) -> S.Setting[Any]:
    if key.strip() in KNOWN_SECRETS:
        name = key.strip()
        raise InvalidInput(
            N_("'{name}' is a secret key, not a setting, so it is never shown here.", name=name),
            hint=N_("To store it, run: hearth keys set {name}", name=name),
        )
    return S.lookup(key)


def _list(args: argparse.Namespace, hearth: Hearth) -> int:
    entries = [_entry(hearth, s) for s in S.all_settings()]
    if args.json:
        print_json({"settings": entries})
        return 0
    for e in entries:
        print(f"{e['key']} = {_text(e['value'])}    ({e['label']})")
    return 0


def _get(args: argparse.Namespace, hearth: Hearth) -> int:
    entry = _entry(hearth, _lookup(args.key))
    if args.json:
        print_json(entry)
    else:
        print(_text(entry["value"]))
    return 0


def _set(args: argparse.Namespace, hearth: Hearth) -> int:
    setting = _lookup(args.key)
    hearth.settings.set(setting, S.parse(setting, args.value))
    entry = _entry(hearth, setting)
    if args.json:
        print_json(entry)
    else:
        label = entry["label"]
        value = _text(entry["value"])
        print(translate(N_("Saved: {label} is now {value}.", label=label, value=value)))
    return 0
