"""``hearth members add|list|edit|remove``."""

from __future__ import annotations

import argparse

from app.cli import print_json
from app.core import Hearth
from app.storage.repos import ROLES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("members", help="the people in the household")
    msub = p.add_subparsers(dest="members_command", metavar="ACTION", required=True)

    add = msub.add_parser("add", help="add a member")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, default="adult")
    add.add_argument(
        "--words", default="", help="comma-separated words a password might be built from (names, pets, streets)"
    )
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)

    ls = msub.add_parser("list", help="list the members")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list)

    edit = msub.add_parser("edit", help="change a member's name, role or words")
    edit.add_argument("name")
    edit.add_argument("--rename")
    edit.add_argument("--role", choices=ROLES)
    edit.add_argument("--words")
    edit.set_defaults(handler=_edit)

    rm = msub.add_parser("remove", help="remove a member and what Hearth stored about them")
    rm.add_argument("name")
    rm.set_defaults(handler=_remove)


def _words(text: str | None) -> list[str] | None:
    return None if text is None else [w for w in text.split(",") if w.strip()]


def _add(args: argparse.Namespace, hearth: Hearth) -> int:
    member = hearth.members.add(args.name, args.role, _words(args.words) or [])
    if args.json:
        print_json(member.to_dict())
    else:
        print(f"Added {member.name} ({member.role}).")
    return 0


def _list(args: argparse.Namespace, hearth: Hearth) -> int:
    members = hearth.members.list()
    if args.json:
        print_json([m.to_dict() for m in members])
    elif not members:
        print("No members yet. Add one with: hearth members add NAME --role adult")
    else:
        for m in members:
            print(f"{m.name}\t{m.role}")
    return 0


def _edit(args: argparse.Namespace, hearth: Hearth) -> int:
    member = hearth.members.find(args.name)
    updated = hearth.members.update(member.id, name=args.rename, role=args.role, personal_words=_words(args.words))
    print(f"Saved {updated.name} ({updated.role}).")
    return 0


def _remove(args: argparse.Namespace, hearth: Hearth) -> int:
    member = hearth.members.find(args.name)
    hearth.members.remove(member.id)
    print(f"Removed {member.name} and everything Hearth stored about them.")
    return 0
