"""``hearth device check [--json]``: this computer's own protection (nothing leaves it)."""

from __future__ import annotations

import argparse
import sys

from app.commands.network import print_items
from app.core import Hearth
from app.device import refresh_eol, run_device_check
from app.i18n import translate
from checks.i18n import N_


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("device", help="check this computer's protection")
    dsub = p.add_subparsers(dest="device_command", metavar="ACTION", required=True)
    check = dsub.add_parser("check", help="disk encryption, firewall, updates, screen lock, antivirus, browsers")
    check.add_argument("--json", action="store_true", help="print one JSON document")
    check.add_argument(
        "--refresh-eol",
        action="store_true",
        help="first download the current end-of-life list from endoflife.date (otherwise the list Hearth shipped with is used)",
    )
    check.set_defaults(handler=_check)


def _check(args: argparse.Namespace, hearth: Hearth) -> int:
    if args.refresh_eol:
        snap = refresh_eol(hearth)
        when = snap["snapshot_date"]
        print(translate(N_("Hearth's end-of-life list was refreshed ({when}).", when=when)), file=sys.stderr)
    print_items(run_device_check(hearth), args.json)
    return 0
