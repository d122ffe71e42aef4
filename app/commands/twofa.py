"""``hearth twofa lookup DOMAIN [--json] [--offline]`` and ``hearth twofa update``.

The look-up uses Hearth's cached copy of the public 2FA and Passkeys directories
(downloaded when missing, refreshed weekly). The site being looked up never leaves
this computer.
"""

from __future__ import annotations

import argparse
import sys

from app import presenters, twofa
from app.cli import print_json
from app.core import Hearth
from app.errors import OfflineError
from app.i18n import translate
from app.services import twofa_directory as D
from checks import twofa as T


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("twofa", help="two-step verification (2FA) and passkeys")
    tsub = p.add_subparsers(dest="twofa_command", metavar="ACTION", required=True)

    look = tsub.add_parser("lookup", help="which 2FA methods and passkeys a site offers")
    look.add_argument("domain", metavar="DOMAIN", help="a site, like github.com (a pasted web address works too)")
    look.add_argument("--json", action="store_true", help="print one JSON document")
    look.add_argument("--offline", action="store_true", help="use only the copy Hearth already has")
    look.set_defaults(handler=_lookup)

    upd = tsub.add_parser("update", help="download the latest 2FA and Passkeys directories now")
    upd.add_argument("--json", action="store_true")
    upd.set_defaults(handler=_update)


def _warn(messages: tuple[str, ...]) -> None:
    for message in messages:
        print(f"hearth: {translate(message)}", file=sys.stderr)


def _lookup(args: argparse.Namespace, hearth: Hearth) -> int:
    twofa.check_site(args.domain)  # bad input first, before any download
    if not args.offline and not hearth.is_offline():
        try:
            status = twofa.ensure_directory(hearth)
            _warn(status.messages)
        except OfflineError:
            pass
    result = twofa.lookup(hearth, args.domain, download=False)
    if args.json:
        print_json(result.to_dict())
        return 0
    _print_human(result)
    return 0


def _print_human(r: T.LookupResult) -> None:
    """The same lines and words as the Accounts page (app.presenters.lookup_view), as plain text."""
    v = presenters.lookup_view(r)
    # The site's name, web addresses, company app names and the directory's notes are the
    # directory's own data: shown as they are. Hearth's words are translated whole.
    print(v.title)
    print(translate(v.summary))
    if v.methods_heading is not None:
        print()
        print(translate(v.methods_heading))
        for m in v.methods:
            mark = "[ok]" if m.offered else "[--]"
            rec = "  <- " + translate(v.recommended_word) if m.recommended else ""
            print(f"  {mark} {translate(m.label)} ({translate(m.status)}){rec}")
    for line in (v.company_apps, v.company_devices):
        if line is not None:
            print("  " + translate(line))
    if v.passkeys:
        print(translate(v.passkeys_heading), " ".join(translate(p) for p in v.passkeys))
    if v.passkey_notes:
        print(v.passkey_notes)
    for label, url in v.links:
        print(f"{translate(label)}: {url}")
    if v.note:
        print(translate(v.note_heading), v.note)
    if v.advice:
        print()
        print(translate(v.advice_heading))
        for i, step in enumerate(v.advice, 1):
            print(f"  {i}. {translate(step)}")
    if v.related is not None:
        print(translate(v.related))
    print()
    print(translate(v.attribution) + ".")


def _update(args: argparse.Namespace, hearth: Hearth) -> int:
    status = twofa.ensure_directory(hearth, force=True)
    if args.json:
        print_json(
            {
                "available": status.available,
                "source": status.source,
                "fetched_at": status.fetched_at,
                "files": [{"file": o.key, "status": o.status, "message": o.message} for o in status.outcomes],
            }
        )
        return 0
    _warn(status.messages)
    print(translate(D.describe_status(status)))
    return 0
