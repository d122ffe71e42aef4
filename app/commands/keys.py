"""``hearth keys set|remove|list``: API keys, kept in the OS keyring only."""

from __future__ import annotations

import argparse
import sys

from app.core import Hearth
from app.errors import InvalidInput
from app.secrets import KNOWN_SECRETS

_USER_KEYS = sorted(k for k in KNOWN_SECRETS if k != "fingerprint")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keys", help="store API keys for optional services (in the system keyring)")
    ksub = p.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    s = ksub.add_parser("set", help="store a key read from standard input")
    s.add_argument("service", choices=_USER_KEYS)
    s.set_defaults(handler=_set)
    r = ksub.add_parser("remove", help="forget a key")
    r.add_argument("service", choices=_USER_KEYS)
    r.set_defaults(handler=_remove)
    ls = ksub.add_parser("list", help="which keys are stored (never the keys themselves)")
    ls.set_defaults(handler=_list)


def _set(args: argparse.Namespace, hearth: Hearth) -> int:
    if sys.stdin is None or sys.stdin.isatty():
        raise InvalidInput(
            "Give the key on standard input, not as an argument.",
            hint=f"For example: hearth keys set {args.service} < keyfile",
        )
    value = sys.stdin.readline().strip()
    hearth.secrets.set(args.service, value)
    print(f"Stored the {KNOWN_SECRETS[args.service]} in the system keyring.")
    return 0


def _remove(args: argparse.Namespace, hearth: Hearth) -> int:
    hearth.secrets.delete(args.service)
    print(f"Removed the {KNOWN_SECRETS[args.service]}.")
    return 0


def _list(args: argparse.Namespace, hearth: Hearth) -> int:  # noqa: ARG001
    for name in _USER_KEYS:
        state = "stored" if hearth.secrets.get(name) else "not set"
        print(f"{name}\t{state}")
    return 0
