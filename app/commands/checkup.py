"""``hearth checkup run --member NAME [--json]`` and ``hearth checkup due [--json]``."""

from __future__ import annotations

import argparse

from app import checkup as C
from app.cli import print_json
from app.core import Hearth


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
    outcomes = checkup.run_automatic()
    score = checkup.finish()
    items = C.todo(hearth, member.id)
    if args.json:
        print_json(
            {
                "member": member.name,
                "score": score.value,
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
                "steps": [{"step": o.key, "status": o.status, "message": o.message} for o in outcomes],
                "next_due": C.next_due(hearth, member.id).isoformat(timespec="seconds"),
            }
        )
        return 0
    print(f"Checkup for {member.name}: score {score.value} out of 100.")
    ran = sum(1 for o in outcomes if o.status == C.DONE)
    if ran < len(outcomes):
        print(f"Only {ran} of {len(outcomes)} automatic steps could run, so the score covers only those.")
    for o in outcomes:
        print(f"  {C.step_def(o.key).title}: {C.STATUS_LABELS[o.status]}. {o.message}".rstrip())
    print("  (Recovery questions and the scam quiz are in the app: they need your answers.)")
    if not items:
        print("Nothing on the to-do list.")
        return 0
    print(f"\nTo do ({len(items)}), most important first:")
    for n, f in enumerate(items, 1):
        tag = "  <- this week" if n <= C.THIS_WEEK else ""
        print(f"\n{n}. [{f.severity.label}] {f.title}{tag}")
        print(f"   Why: {f.why}")
        for s, step in enumerate(f.fix, 1):
            print(f"   {s}) {step}")
    return 0


def _due(args: argparse.Namespace, hearth: Hearth) -> int:
    due = C.due_members(hearth)
    if args.json:
        print_json(
            [{"member": d.name, "due": d.due.isoformat(timespec="seconds"), "never_checked": d.never} for d in due]
        )
        return 0
    if not due:
        print("No one is due for a checkup.")
        return 0
    for d in due:
        when = "never had a checkup" if d.never else f"due since {d.due.date().isoformat()}"
        print(f"{d.name}: {when}. Open Hearth and choose Checkup.")
    return 0
