"""The command line: ``hearth`` with no arguments opens the window; subcommands are the CLI.

Commands live in ``app/commands/<area>.py``; each module has ``register(subparsers)``
and its handlers have the signature ``handler(args, hearth) -> int``. Output is human
text, or one JSON document with ``--json``. The CLI never stops to ask: a missing key
or consent is a plain error on stderr and a non-zero exit.

Language: at start the CLI sets ``app.i18n``'s language from the Language setting (or the
computer's). Error messages on stderr and the reports it saves follow it; JSON output stays
English, because scripts read it (ARCHITECTURE.md).
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse

    from app.core import Hearth

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    import argparse
    import pkgutil

    import app
    from app import commands

    parser = argparse.ArgumentParser(
        prog="hearth",
        description="Hearth, a household security companion. Run without a command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"Hearth {app.__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="check that this installation works (add --require-keyring), then exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"app.commands.{info.name}")
        module.register(sub)
    return parser


def print_json(data: Any) -> None:
    import json

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _open_gui(argv: Sequence[str]) -> int:
    # The composition root for the window lives in ui/; it is loaded by name so that
    # app/ never imports ui/ (imports point ui -> app -> checks).
    gui = importlib.import_module("ui.application")
    return int(gui.run(list(argv)))


def _set_language(hearth: Hearth) -> str:
    """Use the Language setting (else the computer's language) for messages and reports."""
    from app import i18n
    from app import settings as S

    try:
        setting = str(hearth.settings.get(S.LANGUAGE) or "")
    except Exception:  # noqa: BLE001 - a damaged setting must not stop the command
        log.exception("could not read the language setting")
        setting = ""
    return i18n.set_language(i18n.choose(setting))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in argv:
        from app.selftest import main as self_test

        return int(self_test([a for a in argv if a != "--self-test"]))
    if not argv or all(a.startswith("-platform") or a.startswith("--qt") for a in argv):
        return _open_gui(argv)
    # Only the command line needs these; the window starts faster without them.
    from app import i18n
    from app.errors import UserFacingError
    from app.logs import setup_logging
    from app.paths import Paths
    from checks.i18n import N_

    i18n.set_language(i18n.choose(""))  # the computer's language, until the setting is read

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    hearth = None
    try:
        paths = Paths.default().ensure()
        setup_logging(paths.log_file)
        from app.core import Hearth

        hearth = Hearth.open(paths)
        _set_language(hearth)
        for notice in getattr(hearth.database, "notices", ()):
            print("hearth: " + i18n.translate(notice), file=sys.stderr)
        return int(args.handler(args, hearth) or 0)
    except UserFacingError as exc:
        print(f"hearth: {i18n.translate(exc.message)}", file=sys.stderr)
        if exc.hint:
            print(i18n.translate(exc.hint), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("hearth: " + i18n.translate(N_("stopped.")), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        where = Paths.default().log_file
        problem = i18n.translate(N_("something went wrong. Details are in the log: {where}", where=where))
        print(f"hearth: {problem}", file=sys.stderr)
        return 70
    finally:
        if hearth is not None:
            hearth.close()
