"""``hearth password check|import|health``: strength, breach look-ups and the household audit.

The password is read from standard input, never from an argument. ``--breach`` is the
consent to send the first 5 characters of its SHA-1 hash to Pwned Passwords.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from app import passwords
from app.cli import print_json
from app.core import Hearth
from app.errors import InvalidInput
from app.i18n import translate
from checks.i18n import N_


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("password", help="check passwords (read from standard input) and audit password exports")
    psub = p.add_subparsers(dest="password_command", metavar="ACTION", required=True)

    c = psub.add_parser("check", help="how strong a password is; with --breach, whether criminals know it")
    c.add_argument("--json", action="store_true", help="print one JSON document")
    c.add_argument("--breach", action="store_true",
                   help="also ask Pwned Passwords (sends only the first 5 characters of the SHA-1 hash)")
    c.add_argument("--member", metavar="NAME", help="personalise with this member's words (names, pets, dates)")
    c.set_defaults(handler=_check)

    i = psub.add_parser("import", help="audit a password export (CSV) for a member; passwords are not stored")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--member", metavar="NAME", required=True)
    i.add_argument("--breach", action="store_true",
                   help="also ask Pwned Passwords (one 5-character hash prefix per password) and fetch the "
                   "public list of breached sites")
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=_import)

    a = psub.add_parser("add", help="check one account's password (read from standard input) and keep the results")
    a.add_argument("--member", metavar="NAME", required=True)
    a.add_argument("--service", required=True, help="the website or app, e.g. Gmail")
    a.add_argument("--domain", default="", help="its address, e.g. mail.google.com")
    a.add_argument("--login", default="", help="the user name or e-mail you sign in with")
    a.add_argument("--changed", default=None, metavar="YYYY-MM-DD", help="when the password was last changed")
    a.add_argument("--breach", action="store_true",
                   help="also ask Pwned Passwords (sends only the first 5 characters of the SHA-1 hash)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_add)

    h = psub.add_parser("health", help="one row per stored account with its problems and fixes")
    h.add_argument("--member", metavar="NAME", required=True)
    h.add_argument("--json", action="store_true")
    h.set_defaults(handler=_health)


def read_password() -> str:
    """One line from standard input (a hidden prompt when it is a terminal), newline removed."""
    if sys.stdin is None:
        raise InvalidInput(
            N_("Give the password on standard input."), hint=N_("For example: hearth password check < file")
        )
    if sys.stdin.isatty():
        return getpass.getpass(translate(N_("Password (not shown, not saved):")) + " ")
    line = sys.stdin.readline()
    return line[:-1] if line.endswith("\n") else line.rstrip("\r")


def _check(args: argparse.Namespace, hearth: Hearth) -> int:
    password = read_password()
    if password.endswith("\r"):
        password = password[:-1]
    member_id = hearth.members.find(args.member).id if args.member else None
    result = passwords.check_password(hearth, password, member_id, breach=args.breach)
    del password
    if args.json:
        print_json(result)
        return 0
    # The words come from checks/ and app/: each is translated whole, before "- " is added.
    label, score, crack_time = translate(result["label"]), result["score"], translate(result["crack_time"])
    print(translate(N_("Strength: {label} ({score} of 4)", label=label, score=score)))
    print(translate(N_("Time to crack: about {crack_time} for a criminal with a stolen copy of the password list", crack_time=crack_time)))
    if result["warning"]:
        print(translate(N_("Warning:")), translate(result["warning"]))
    for s in result["suggestions"]:
        print(f"- {translate(s)}")
    b = result["breach"]
    if b["checked"]:
        print(translate(b["advice"]))
    else:
        print(translate(N_("Not checked against breach lists (add --breach to ask Pwned Passwords).")))
    return 0


def _print_rows(rows: list[dict]) -> None:
    if not rows:
        print(translate(N_("No accounts stored for this member yet.")))
        return
    for row in rows:
        problems = row["problems"]
        mark = "OK " if not problems else {"critical": "!!!", "high": "!! ", "medium": "!  ", "low": ".  "}.get(
            row["worst"] or "", "i  ")
        who = f" ({row['login_hint']})" if row["login_hint"] else ""  # what the user typed: as it is
        if problems:
            status = "; ".join(translate(p["title"]) for p in problems)
        else:
            status = translate(N_("no problems found"))
        print(f"{mark} {row['service']}{who}: {status}")
        if problems:
            print(f"      {translate(N_('Fix:'))} {translate(problems[0]['fix'][0])}")


def _import(args: argparse.Namespace, hearth: Hearth) -> int:
    member = hearth.members.find(args.member)
    result = passwords.import_csv(hearth, member.id, args.file, breach=args.breach)
    data = result.to_dict()
    data["member"] = member.name
    if args.json:
        print_json(data)
        return 0
    read = translate(
        N_("Read {imported} logins from a {kind} export for {name} (skipped {skipped} entries without a password).")
    )
    print(
        read.format(imported=result.imported, kind=result.format, name=member.name, skipped=result.skipped),
        translate(N_("Passwords were not saved.")),
    )
    for note in result.notes:
        print(translate(N_("Note:")), translate(note))
    _print_rows(data["accounts"])
    return 0


def _add(args: argparse.Namespace, hearth: Hearth) -> int:
    member = hearth.members.find(args.member)
    if args.changed:
        import datetime as dt

        try:
            dt.date.fromisoformat(args.changed)
        except ValueError:
            raise InvalidInput(N_("The date must look like 2024-05-31 (year-month-day).")) from None
    password = read_password()
    result = passwords.add_login(
        hearth, member.id, args.service, password, domain=args.domain, login_hint=args.login,
        last_changed=args.changed, breach=args.breach,
    )
    del password
    rows = [r.to_dict() for r in result.rows]
    if args.json:
        print_json({"member": member.name, "notes": list(result.notes), "accounts": rows})
        return 0
    print(
        translate(N_("Saved {service} for {name} (the password itself was not saved).", service=args.service, name=member.name))
    )
    for note in result.notes:
        print(translate(N_("Note:")), translate(note))
    _print_rows(rows)
    return 0


def _health(args: argparse.Namespace, hearth: Hearth) -> int:
    member = hearth.members.find(args.member)
    rows = [r.to_dict() for r in passwords.account_health(hearth, member.id)]
    if args.json:
        print_json({"member": member.name, "accounts": rows})
        return 0
    _print_rows(rows)
    return 0
