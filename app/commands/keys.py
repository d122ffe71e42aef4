"""``hearth keys set|remove|list``: API keys, kept in the OS keyring only."""

from __future__ import annotations

import argparse
import sys

from app.core import Hearth
from app.errors import InvalidInput
from app.i18n import translate
from app.secrets import KNOWN_SECRETS
from checks.i18n import N_

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
        service = args.service
        raise InvalidInput(
            N_("Give the key on standard input, not as an argument."),
            hint=N_("For example: hearth keys set {service} < keyfile", service=service),
        )
    value = sys.stdin.readline().strip()
    hearth.secrets.set(args.service, value)
    what = translate(KNOWN_SECRETS[args.service])
    print(translate(N_("Stored the {what} in the system keyring.", what=what)))
    return 0


def _remove(args: argparse.Namespace, hearth: Hearth) -> int:
    hearth.secrets.delete(args.service)
    what = translate(KNOWN_SECRETS[args.service])
    print(translate(N_("Removed the {what}.", what=what)))
    return 0


def _list(args: argparse.Namespace, hearth: Hearth) -> int:  # noqa: ARG001
    for name in _USER_KEYS:
        state = translate(N_("stored")) if hearth.secrets.get(name) else translate(N_("not set"))
        print(f"{name}\t{state}")
    return 0
