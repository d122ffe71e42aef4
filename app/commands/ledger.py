"""``hearth ledger``: what left this machine."""

from __future__ import annotations

import argparse

from app.cli import print_json
from app.core import Hearth
from app.i18n import translate
from checks.i18n import N_


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ledger", help="show every request Hearth sent over the internet")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=None)
    p.set_defaults(handler=_ledger)


def _ledger(args: argparse.Namespace, hearth: Hearth) -> int:
    entries = hearth.ledger.entries(args.limit)
    if args.json:
        print_json([e.to_dict() for e in entries])
        return 0
    if not entries:
        print(translate(N_("Nothing has left this computer: Hearth has not contacted any service.")))
        return 0
    for e in entries:
        status = e.status if e.status is not None else "-"
        # The purpose was written (in English) when the request was sent: translated when shown.
        print(f"{e.at}  {e.method} {e.host}{e.path}  [{status} {e.outcome}]  {translate(e.purpose)}")
    return 0
