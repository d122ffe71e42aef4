"""``hearth business email-domain DOMAIN [--json] [--member NAME]``: check a business e-mail domain.

Looks up the domain's MX, SPF, DKIM, DMARC, MTA-STS and TLS-RPT records (DNS only; every look-up
is in ``hearth ledger``) and says what to change, with the exact record to paste. With
``--member`` the domain is kept for that member, the gap report shows the result and the items
that need work join the member's to-do list; running it again after a change marks them fixed and
says what moved since the check before ("changes" in --json).
"""

from __future__ import annotations

import argparse
import sys

from app import email_domain as ED
from app.cli import print_json
from app.core import Hearth
from app.i18n import translate
from checks import email_domain as E
from checks.i18n import N_


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("business", help="small-business checks")
    bsub = p.add_subparsers(dest="business_command", metavar="ACTION", required=True)
    check = bsub.add_parser(
        "email-domain",
        help="check a business e-mail domain's SPF, DKIM, DMARC and MTA-STS records",
        description="Looks up the domain's DNS records and says exactly what to change for your e-mail provider.",
    )
    check.add_argument("domain", metavar="DOMAIN", help="the part after the @, like example.com")
    check.add_argument("--json", action="store_true", help="print one JSON document")
    check.add_argument("--member", metavar="NAME", help="keep the domain and the result for this business member")
    check.add_argument("--timeout", type=float, default=ED.LOOKUP_TIMEOUT, metavar="SECONDS",
                       help="seconds to wait for each look-up (default %(default)s)")
    check.set_defaults(handler=_email_domain)


def _email_domain(args: argparse.Namespace, hearth: Hearth) -> int:
    previous = None
    if args.member:
        member = hearth.members.find(args.member)
        report = ED.check_member(hearth, member.id, args.domain, timeout=args.timeout)
        previous = ED.previous_report(hearth, member.id)
    else:
        report = ED.check_domain(hearth, args.domain, timeout=args.timeout)
    if args.json:
        data = report.to_dict()
        if previous is not None:
            # how each item moved since the check before: fixed / better / worse / same / new / unchecked
            data["changes"] = E.changes(previous.items, report.items)
            data["previous_checked_at"] = previous.checked_at
        print_json(data)
        return 0
    print(translate(ED.report_heading(report)))
    summary = ED.recheck_summary(report, previous)
    if summary:
        print(translate(summary))
    print()
    for it in report.items:
        print(f"{ED.STATUS_MARKS[it.status]} {translate(ED.STATUS_WORDS[it.status])}: {translate(it.title)}")
        change = ED.change_line(report, previous, it)
        if change:
            print(f"    {translate(change)}")
        print(f"    {translate(it.detail)}")
        if it.record:
            print(f"    {translate(N_('Record to paste:'))} {it.record_name}")
            print(f"        {it.record}")
        for n, step in enumerate(it.fix, 1):
            print(f"    {n}. {translate(step)}")
        print()
    if args.member:
        print(translate(ED.report_checked(report)), file=sys.stderr)
    return 0
