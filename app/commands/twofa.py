"""``hearth twofa lookup DOMAIN [--json] [--offline]`` and ``hearth twofa update``.

The look-up uses Hearth's cached copy of the public 2FA and Passkeys directories
(downloaded when missing, refreshed weekly). The site being looked up never leaves
this computer.
"""

from __future__ import annotations

import argparse
import sys

from app import twofa
from app.cli import print_json
from app.core import Hearth
from app.errors import OfflineError
from app.i18n import translate
from app.services import twofa_directory as D
from checks import twofa as T
from checks.i18n import N_

#: The directory's passkey levels, as words (JSON keeps the directory's values).
_PASSKEY_LEVELS = {"allowed": N_("allowed"), "required": N_("required")}


def _level(value: str) -> str:
    return translate(_PASSKEY_LEVELS[value]) if value in _PASSKEY_LEVELS else value


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
    title = f"{r.name} ({r.matched_domain})" if r.name and r.matched_domain else (r.matched_domain or r.display_domain)
    # The site's name, web addresses, company app names and the directory's notes are the
    # directory's own data: shown as they are. Hearth's words are translated whole.
    print(title)
    print(translate(r.summary))
    if r.matched and r.offered:
        print()
        print(translate(N_("Methods, strongest first:")))
        for rung in r.ladder:
            if rung.offered:
                mark = "  <- " + translate(N_("recommended")) if rung.recommended else ""
                print(f"  - {translate(rung.label)}{mark}")
        if r.custom_software:
            print("  " + translate(N_("Company apps:")), ", ".join(r.custom_software))
        if r.custom_hardware:
            print("  " + translate(N_("Company devices:")), ", ".join(r.custom_hardware))
    if r.passkeys is not None:
        bits = []
        if r.passkeys.passwordless:
            how = _level(r.passkeys.passwordless)
            bits.append(translate(N_("sign in with a passkey instead of a password ({how})", how=how)))
        if r.passkeys.mfa:
            bits.append(translate(N_("passkey as the second step ({how})", how=_level(r.passkeys.mfa))))
        if bits:
            print(translate(N_("Passkeys:")), "; ".join(bits) + ".")
        if r.passkeys.documentation:
            print(translate(N_("Passkey instructions:")), r.passkeys.documentation)
    if r.documentation:
        print(translate(N_("How to turn it on:")), r.documentation)
    if r.recovery:
        print(translate(N_("If you get locked out:")), r.recovery)
    if r.notes:
        print(translate(N_("Note:")), r.notes)
    if r.advice:
        print()
        print(translate(N_("What to do:")))
        for i, step in enumerate(r.advice, 1):
            print(f"  {i}. {translate(step)}")
    print()
    print(translate(twofa.ATTRIBUTION) + ".")


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
