"""``hearth members add|list|edit|remove``."""

from __future__ import annotations

import argparse
import sys

from app.cli import print_json
from app.core import Hearth
from app.i18n import translate
from app.storage.repos import ROLES
from checks.i18n import N_

#: The roles as words in human output (JSON keeps the ids).
ROLE_WORDS = {
    "adult": N_("adult"),
    "child": N_("child"),
    "senior": N_("senior"),
    "business": N_("small business"),
}


def role_word(role: str) -> str:
    """The role in the reader's language (an unknown role is shown as stored)."""
    return translate(ROLE_WORDS[role]) if role in ROLE_WORDS else role


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
        print(translate(N_("Added {name} ({role}).", name=member.name, role=role_word(member.role))))
    return 0


def _list(args: argparse.Namespace, hearth: Hearth) -> int:
    members = hearth.members.list()
    for m in members:
        if m.damaged:
            print(
                translate(N_(
                    "The saved personal words of {name} (member record {id}) are damaged, so Hearth reads them as none. "
                    "Set them again with: hearth members edit NAME --words WORDS",
                    name=m.name,
                    id=m.id,
                )),
                file=sys.stderr,
            )
    if args.json:
        print_json([m.to_dict() for m in members])
    elif not members:
        print(translate(N_("No members yet. Add one with: hearth members add NAME --role adult")))
    else:
        for m in members:
            print(f"{m.name}\t{role_word(m.role)}")
    return 0


def _edit(args: argparse.Namespace, hearth: Hearth) -> int:
    member = hearth.members.find(args.name)
    updated = hearth.members.update(member.id, name=args.rename, role=args.role, personal_words=_words(args.words))
    print(translate(N_("Saved {name} ({role}).", name=updated.name, role=role_word(updated.role))))
    return 0


def _remove(args: argparse.Namespace, hearth: Hearth) -> int:
    member = hearth.members.find(args.name)
    hearth.members.remove(member.id)
    print(translate(N_("Removed {name} and everything Hearth stored about them.", name=member.name)))
    return 0
