"""``hearth emergency [GUIDE]``: what to do if you think you've been scammed."""

from __future__ import annotations

import argparse

from app import i18n, playbooks
from app.cli import print_json
from app.core import Hearth
from checks.i18n import N_


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("emergency", help="step-by-step help if you think you've been scammed")
    p.add_argument("guide", nargs="?", help="clicked, password, paid, remote, code or details; none lists them")
    p.add_argument("--region", help="two-letter country for reporting places (US, GB, ES, ...)")
    p.add_argument("--html", metavar="PATH", help="write a printable page of every guide to PATH")
    p.add_argument(
        "--language", default=None,
        help="language of the guides: en or es (default: the command line's language; English for --json)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_emergency)


def _emergency(args: argparse.Namespace, hearth: Hearth) -> int:
    # JSON is for scripts: English unless --language asks otherwise. People get their language.
    language = args.language or ("en" if args.json else i18n.current())
    guidance = playbooks.load(language)
    from app.scam import region_for  # the household's region: --region, the setting, or the computer's locale

    region = region_for(hearth, args.region)
    if args.html:
        with open(args.html, "w", encoding="utf-8") as out:
            out.write(playbooks.to_html(guidance, region, [args.guide] if args.guide else None))
        print(i18n.translate(N_("Wrote a printable page to {path}.", path=args.html)))
        return 0
    chosen = [guidance.playbook(args.guide)] if args.guide else list(guidance.playbooks)
    if args.json:
        print_json({"region": region, "playbooks": [p.to_dict() for p in chosen], "report": list(guidance.reporting_for(region))})
        return 0
    if not args.guide:
        print(guidance.intro, "\n")
        for p in chosen:
            print(f"  hearth emergency {p.id:<9} {p.title}")
        return 0
    p = chosen[0]
    print(p.title.upper(), "\n")
    if p.first:
        print(f"{guidance.label('first')} {p.first}\n")
    for i, step in enumerate(p.steps, 1):
        print(f"{i}. {step}")
    if p.say:
        print(f"\n{guidance.label('say')} {p.say}")
    print(f"\n{guidance.label('report')}:")
    for line in guidance.reporting_for(region):
        print(f"- {line}")
    return 0
