"""``hearth network check [--json] [--dns-tests]``: the router and home network.

Only this computer and the router are contacted. ``--dns-tests`` is the consent for the
internet tests (a made-up name look-up and four websites' certificates).
"""

from __future__ import annotations

import argparse
import sys

from app.cli import print_json
from app.core import Hearth
from app.i18n import translate
from app.network import CONSENT_DNS_TEXT, CONSENT_TEXT, run_network_check
from app.presenters import STATUS_WORDS, in_risk_order
from checks.network import Item

SYMBOLS = {"good": "[ok]", "attention": "[!]", "risky": "[X]", "unknown": "[?]"}
WORDS = {status.value: word for status, word in STATUS_WORDS.items()}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("network", help="check your router and home network")
    nsub = p.add_subparsers(dest="network_command", metavar="ACTION", required=True)
    check = nsub.add_parser("check", help="check the router, its ports, UPnP, DNS and Wi-Fi", description=CONSENT_TEXT)
    check.add_argument("--json", action="store_true", help="print one JSON document")
    check.add_argument("--dns-tests", action="store_true", help="also run the internet tests: " + CONSENT_DNS_TEXT)
    check.set_defaults(handler=_check)


def print_items(items: list[Item], json_out: bool) -> None:
    items = in_risk_order(items)  # the same order as the window (app/presenters.py)
    if json_out:
        print_json({"items": [i.to_dict() for i in items]})
        return
    for item in items:
        status = item.status.value
        # Each text is translated whole before the symbol, indent or number is added.
        print(f"{SYMBOLS[status]} {translate(WORDS[status])}: {translate(item.title)}")
        print(f"    {translate(item.detail)}")
        for n, step in enumerate(item.fix, 1):
            print(f"    {n}. {translate(step)}")
        print()


def _check(args: argparse.Namespace, hearth: Hearth) -> int:
    if not args.json:
        print(translate(CONSENT_TEXT), file=sys.stderr)
    items = run_network_check(hearth, consent_dns=args.dns_tests)
    print_items(items, args.json)
    return 0
