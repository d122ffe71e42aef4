"""``hearth breach email ADDRESS`` and ``hearth breach offline-index FILE``."""

from __future__ import annotations

import argparse
import sys

from app.cli import print_json
from app.core import Hearth
from app.i18n import translate
from app.services import hibp, pwned
from checks.i18n import N_
from checks.passwords import explain_data_classes


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("breach", help="e-mail breach look-ups and the offline Pwned Passwords index")
    bsub = p.add_subparsers(dest="breach_command", metavar="ACTION", required=True)
    e = bsub.add_parser("email", help="is this address in known breaches? (needs your HIBP key: hearth keys set hibp)")
    e.add_argument("address", metavar="ADDRESS")
    e.add_argument("--json", action="store_true")
    e.set_defaults(handler=_email)
    o = bsub.add_parser("offline-index", help="prepare a downloaded Pwned Passwords file for offline look-ups")
    o.add_argument("file", metavar="FILE", help="the HASH:COUNT .txt file (SHA-1 or NTLM) or its per-prefix folder")
    o.add_argument("--json", action="store_true")
    o.set_defaults(handler=_offline_index)


def _email(args: argparse.Namespace, hearth: Hearth) -> int:
    breaches = hibp.breached_account(hearth, args.address)
    if args.json:
        print_json({
            "address": args.address,
            "found": bool(breaches),
            "breaches": [
                {
                    "name": b.name,
                    "title": b.title,
                    "domain": b.domain,
                    "breach_date": b.breach_date.isoformat() if b.breach_date else None,
                    "data_classes": list(b.data_classes),
                    "steps": explain_data_classes(b.data_classes),
                }
                for b in breaches
            ],
        })
        return 0
    if not breaches:
        print(
            translate(N_("{address} was not found in the breaches Have I Been Pwned knows about.")).format(
                address=args.address
            ),
            translate(N_("Keep using a different password for every site.")),
        )
        return 0
    print(translate(N_("{address} is in {count} known breach(es):")).format(address=args.address, count=len(breaches)))
    for b in breaches:
        # The breach's name and the kinds of data are Have I Been Pwned's words: shown as they are.
        when = b.breach_date.isoformat() if b.breach_date else translate(N_("unknown date"))
        print(f"- {b.title} ({when}): {', '.join(b.data_classes) or translate(N_('unknown data'))}")
        for step in explain_data_classes(b.data_classes):
            print(f"    {translate(step)}")
    print(translate(N_("Breach data: Have I Been Pwned (haveibeenpwned.com), CC BY 4.0.")))
    return 0


def _offline_index(args: argparse.Namespace, hearth: Hearth) -> int:
    last = [-1]

    def progress(done: int, total: int, text: str) -> None:
        if args.json or not total:
            return
        pct = int(100 * done / total)
        if pct != last[0]:
            last[0] = pct
            print(f"\r{translate(text)}: {pct}%", end="", file=sys.stderr, flush=True)

    summary = pwned.build_offline_index(args.file, hearth.paths.data, progress=progress)
    if not args.json:
        print(file=sys.stderr)
    if args.json:
        print_json(summary)
    else:
        hashes, kind = summary["hashes"], summary["kind"].upper()
        if summary["was_sorted"]:
            line = translate(N_(f"Indexed {hashes:,} {kind} hashes."))
        else:
            line = translate(
                N_(f"Indexed {hashes:,} {kind} hashes (the file was not in hash order, so Hearth sorted it).")
            )
        print(line, translate(N_("Hearth now checks passwords against this file without going online.")))
    return 0
