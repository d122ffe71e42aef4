"""``hearth report export --member NAME|--household --format pdf|html --output PATH`` and printable cards."""

from __future__ import annotations

import argparse

from app import reports as R
from app.core import Hearth
from app.i18n import translate
from checks.i18n import N_


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="printable reports and cards")
    rsub = p.add_subparsers(dest="report_command", metavar="ACTION", required=True)

    ex = rsub.add_parser("export", help="save a member's or the household's report as PDF or HTML")
    who = ex.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", help="the member's name")
    who.add_argument("--household", action="store_true", help="everyone in the household")
    ex.add_argument("--format", choices=R.FORMATS, default=None, help="pdf or html (default: from the file name)")
    ex.add_argument("--output", required=True, help="where to save it")
    ex.set_defaults(handler=_export)

    gaps = rsub.add_parser("gaps", help="save a small-business member's self-audit gap report as PDF or HTML")
    gaps.add_argument("--member", required=True)
    gaps.add_argument("--format", choices=R.FORMATS, default=None)
    gaps.add_argument("--output", required=True)
    gaps.set_defaults(handler=_gaps)

    card = rsub.add_parser("card", help="save a printable card: pause, safe-word or emergency (PDF)")
    card.add_argument("card", choices=R.CARDS)
    card.add_argument("--output", required=True)
    card.set_defaults(handler=_card)


def _export(args: argparse.Namespace, hearth: Hearth) -> int:
    fmt = args.format or ("html" if str(args.output).lower().endswith((".html", ".htm")) else "pdf")
    member_id = None if args.household else hearth.members.find(args.member).id
    path = R.export(hearth, args.output, fmt, member_id=member_id, household=args.household)
    print(translate(N_("Saved the report to {path}.", path=str(path))))
    return 0


def _card(args: argparse.Namespace, hearth: Hearth) -> int:
    # The safe word is never taken from the command line (it would stay in the shell history):
    # the card has a blank line to write it by hand.
    path = R.export_card(hearth, args.card, args.output)
    card = args.card
    print(translate(N_("Saved the {card} card to {path}.", card=card, path=str(path))))
    return 0


def _gaps(args: argparse.Namespace, hearth: Hearth) -> int:
    fmt = args.format or ("html" if str(args.output).lower().endswith((".html", ".htm")) else "pdf")
    path = R.export_gaps(hearth, hearth.members.find(args.member).id, args.output, fmt)
    print(translate(N_("Saved the gap report to {path}.", path=str(path))))
    return 0
