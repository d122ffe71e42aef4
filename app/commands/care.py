"""``hearth care``: caring at a distance through a folder both computers see (docs/CARE.md).

    caregiver:  hearth care invite --caregiver NAME --folder DIR [--json]      # prints the code
    relative:   hearth care accept --folder DIR --member NAME --code CODE --scopes findings,scam_history,reports
    relative:   hearth care publish --member NAME
    both:       hearth care sync [--json]
    caregiver:  hearth care view --member NAME [--json]
    caregiver:  hearth care nudge --member NAME --text TEXT
    relative:   hearth care withdraw --member NAME --caregiver NAME
    both:       hearth care links [--json]
"""

from __future__ import annotations

import argparse

from app.care import remote
from app.cli import print_json
from app.core import Hearth
from app.i18n import translate
from checks.i18n import N_


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("care", help="care for a relative at a distance, through a shared folder")
    csub = p.add_subparsers(dest="care_command", metavar="ACTION", required=True)

    i = csub.add_parser("invite", help="(caregiver) write an invitation to a shared folder and show its code")
    i.add_argument("--caregiver", required=True, help="your name, as the relative will see it")
    i.add_argument("--folder", required=True, help="a folder both computers see")
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=_invite)

    a = csub.add_parser("accept", help="(relative) accept a caregiver's invitation with the code they read to you")
    a.add_argument("--folder", required=True)
    a.add_argument("--member", required=True, help="who shares (a member of this household)")
    a.add_argument("--code", required=True)
    a.add_argument("--scopes", required=True, help="what to share: findings, scam_history, reports (comma-separated)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_accept)

    u = csub.add_parser("publish", help="(relative) send an update to the member's caregivers now")
    u.add_argument("--member", required=True)
    u.add_argument("--json", action="store_true")
    u.set_defaults(handler=_publish)

    s = csub.add_parser("sync", help="read what arrived in the shared folders")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=_sync)

    v = csub.add_parser("view", help="(caregiver) what a relative shares with you")
    v.add_argument("--member", required=True)
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=_view)

    n = csub.add_parser("nudge", help="(caregiver) suggest something to a relative (shown on their Home)")
    n.add_argument("--member", required=True)
    n.add_argument("--text", required=True)
    n.set_defaults(handler=_nudge)

    w = csub.add_parser("withdraw", help="(relative) stop sharing with a caregiver")
    w.add_argument("--member", required=True)
    w.add_argument("--caregiver", required=True)
    w.add_argument("--json", action="store_true")
    w.set_defaults(handler=_withdraw)

    ls = csub.add_parser("links", help="who shares with whom")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_links)


def _say(msg: str) -> None:
    print(translate(msg))


def _invite(args: argparse.Namespace, hearth: Hearth) -> int:
    inv = remote.invite(hearth, args.caregiver, args.folder)
    if args.json:
        print_json(inv.to_dict())
        return 0
    _say(N_("Read this code to your relative on the phone: {code}", code=inv.code))
    _say(N_("It works once, for one hour. Then run 'hearth care sync'."))
    return 0


def _accept(args: argparse.Namespace, hearth: Hearth) -> int:
    link = remote.accept(hearth, args.folder, args.member, args.code, args.scopes)
    if args.json:
        print_json(link.to_dict())
        return 0
    _say(link.consent_sentence)
    _say(N_("An update is in the shared folder. 'hearth care withdraw' stops sharing."))
    return 0


def _publish(args: argparse.Namespace, hearth: Hearth) -> int:
    sent = remote.publish(hearth, args.member)
    if args.json:
        print_json([{"member": p.member, "caregiver": p.caregiver, "seq": p.seq} for p in sent])
        return 0
    for p in sent:
        _say(N_("Update for {caregiver} written to the shared folder.", caregiver=p.caregiver))
    return 0


def _sync(args: argparse.Namespace, hearth: Hearth) -> int:
    result = remote.sync(hearth)
    if args.json:
        print_json(result.to_dict())
        return 0
    for name in result.paired:
        _say(N_("Now following {member}.", member=name))
    for name in result.updated:
        _say(N_("New update from {member}.", member=name))
    for name in result.withdrawn:
        _say(N_("{member} stopped sharing; what you had from them is deleted.", member=name))
    if result.nudges:
        _say(N_("1 suggestion from a caregiver: see Home.") if result.nudges == 1
             else N_("{n} suggestions from a caregiver: see Home.", n=result.nudges))
    for alert in result.alerts:
        _say(N_("Alert: {text}", text=alert.text))
    for refusal in result.refused:
        _say(N_("Refused: {text}", text=refusal.message))
    if not (result.paired or result.updated or result.withdrawn or result.nudges or result.refused):
        _say(N_("Nothing new in the shared folders."))
    return 0


def _view(args: argparse.Namespace, hearth: Hearth) -> int:
    seen = remote.view(hearth, args.member)
    data = seen.to_dict()
    if args.json:
        print_json(data)
        return 0
    _say(seen.link.consent_sentence)
    if not seen.updated_at:
        _say(N_("No update has arrived yet."))
        return 0
    _say(N_("Updated {when}.", when=remote.when_words(seen.updated_at)))
    findings = data.get("findings")
    if findings is not None:
        for t in seen.todo:
            mark = "[!!]" if t["urgent"] else "[ ]"
            print(f"{mark} {translate(t['title'])}")
    for c in seen.scam_checks:
        print(f"{remote.when_words(c.get('at'))}  {translate(c['words'])}  {translate(c['excerpt'])}")
    return 0


def _nudge(args: argparse.Namespace, hearth: Hearth) -> int:
    remote.nudge(hearth, args.member, args.text)
    _say(N_("Suggestion written to the shared folder; {member} will see it on Home.", member=args.member))
    return 0


def _withdraw(args: argparse.Namespace, hearth: Hearth) -> int:
    link = remote.withdraw(hearth, args.member, args.caregiver)
    if args.json:
        print_json({"member": link.member, "caregiver": link.caregiver, "withdrawn": True})
        return 0
    _say(N_("{member} no longer shares with {caregiver}. Their copy is deleted at their next sync.",
            member=link.member, caregiver=link.caregiver))
    return 0


def _links(args: argparse.Namespace, hearth: Hearth) -> int:
    found = remote.links(hearth)
    if args.json:
        print_json([lk.to_dict() for lk in found])
        return 0
    if not found:
        _say(N_("Nobody shares at a distance yet."))
    for lk in found:
        _say(lk.consent_sentence)
    return 0
