"""``hearth checkup run --member NAME [--json]`` and ``hearth checkup due [--json]``."""

from __future__ import annotations

import argparse

from app import checkup as C
from app import presenters as P
from app.cli import print_json
from app.core import Hearth
from app.i18n import translate
from checks.i18n import N_


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("checkup", help="the guided checkup (the automatic part) and reminders")
    csub = p.add_subparsers(dest="checkup_command", metavar="ACTION", required=True)

    run = csub.add_parser("run", help="run every automatic check for a member and print the to-do list")
    run.add_argument("--member", required=True, help="the member's name")
    run.add_argument("--json", action="store_true")
    run.set_defaults(handler=_run)

    due = csub.add_parser("due", help="who is due for a checkup (for a scheduled task; always exits 0)")
    due.add_argument("--json", action="store_true")
    due.set_defaults(handler=_due)


def _run(args: argparse.Namespace, hearth: Hearth) -> int:
    member = hearth.members.find(args.member)
    checkup = C.Checkup.start(hearth, member.id, fresh=True)
    checkup.run_automatic()
    score = checkup.finish()
    summary = P.checkup_summary(checkup)
    items = C.todo(hearth, member.id)
    if args.json:
        print_json(
            {
                "member": member.name,
                **summary.to_dict(),
                "findings": [
                    {
                        "check_id": f.check_id,
                        "severity": f.severity.name.lower(),
                        "title": f.title,
                        "why": f.why,
                        "fix": list(f.fix),
                        "subject_ref": f.subject_ref,
                        "area": f.source,
                        "effort_minutes": f.effort_minutes,
                        "points": score.points_for(f.id),
                    }
                    for f in items
                ],
                "next_due": C.next_due(hearth, member.id).isoformat(timespec="seconds"),
            }
        )
        return 0
    print(translate(N_("Checkup for {name}:", name=member.name)), translate(summary.score_text))
    for line in summary.steps:
        # Each text from app/ and checks/ is translated whole, then put together.
        print("  " + P.step_text(line, translate))
        for detail in line.details:
            print("      " + translate(detail))
    print("  " + translate(N_("(Recovery questions and the scam quiz are in the app: they need your answers.)")))
    if not items:
        print(translate(N_("Nothing on the to-do list.")))
        return 0
    print("\n" + translate(N_("To do ({count}), most important first:", count=len(items))))
    for n, f in enumerate(items, 1):
        tag = "  <- " + translate(N_("this week")) if n <= C.THIS_WEEK else ""
        print(f"\n{n}. [{translate(f.severity.label)}] {translate(f.title)}{tag}")
        print(f"   {translate(N_('Why:'))} {translate(f.why)}")
        for s, step in enumerate(f.fix, 1):
            print(f"   {s}) {translate(step)}")
    return 0


def _due(args: argparse.Namespace, hearth: Hearth) -> int:
    due = C.due_members(hearth)
    if args.json:
        print_json(
            [{"member": d.name, "due": d.due.isoformat(timespec="seconds"), "never_checked": d.never} for d in due]
        )
        return 0
    if not due:
        print(translate(N_("No one is due for a checkup.")))
        return 0
    for d in due:
        since = d.due.date().isoformat()
        when = translate(N_("never had a checkup")) if d.never else translate(N_("due since {since}", since=since))
        print(f"{d.name}: {when}.", translate(N_("Open Hearth and choose Checkup.")))
    return 0
