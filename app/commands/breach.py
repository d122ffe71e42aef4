"""``hearth breach email ADDRESS`` and ``hearth breach offline-index FILE``."""

from __future__ import annotations

import argparse
import sys

from app.cli import print_json
from app.core import Hearth
from app.i18n import translate
from app.services import hibp, pwned
from app.services.http import overall_deadline
from checks.i18n import N_, NP_
from checks.passwords import explain_data_classes


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("breach", help="e-mail breach look-ups and the offline Pwned Passwords index")
    bsub = p.add_subparsers(dest="breach_command", metavar="ACTION", required=True)
    e = bsub.add_parser("email", help="is this address in known breaches? (needs your HIBP key: hearth keys set hibp)")
    e.add_argument("address", metavar="ADDRESS")
    e.add_argument("--json", action="store_true")
    e.set_defaults(handler=_email)
    o = bsub.add_parser("offline-index", help="prepare a downloaded Pwned Passwords file for offline look-ups "
                        "(the same compact list 'breach download' makes)")
    o.add_argument("file", metavar="FILE", help="the HASH:COUNT .txt file (SHA-1 or NTLM) or its per-prefix folder")
    o.add_argument("--json", action="store_true")
    o.add_argument("--compact", action="store_true", help=argparse.SUPPRESS)  # the default now; kept for scripts
    o.add_argument("--exact", action="store_true",
                   help="build the exact index with counts instead (about 24 bytes a hash, e.g. 24 GB for the "
                        "full list; accepts files not in hash order)")
    o.set_defaults(handler=_offline_index)
    d = bsub.add_parser("download", help="download the whole Pwned Passwords list for offline checks (about 2.4 GB; "
                        "resumes where it stopped; Ctrl+C pauses)")
    d.add_argument("--json", action="store_true")
    d.add_argument("--workers", type=int, default=16, metavar="N", help="requests at once (1-32, default 16)")
    d.add_argument("--cancel", action="store_true", help="throw away a paused download instead of resuming it")
    d.add_argument("--prefixes", type=int, default=1 << 20, help=argparse.SUPPRESS)  # tests: a small prefix space
    d.set_defaults(handler=_download)
    s = bsub.add_parser("status", help="is the offline breach list there, how big, and from when?")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=_status)


def _status(args: argparse.Namespace, hearth: Hearth) -> int:
    from app import breach_download, breach_store

    breach_store.cleanup(hearth.paths.data)
    info = breach_download.status(hearth.paths.data)
    if args.json:
        print_json(info)
        return 0
    if info["complete"]:
        print(translate(N_("The offline breach list has {hashes} hashes ({size} MB), downloaded or made on {date}.",
                           hashes=info["hashes"], size=round(int(info["bytes"]) / 1e6), date=info["date"])))
        if info["refresh_due"]:
            print(translate(N_("It is more than 6 months old: run 'hearth breach download' to refresh it.")))
    else:
        print(translate(N_("There is no offline breach list yet.")))
    job = info["download"]
    if job:
        print(translate(N_("A download is paused at {done} of {total} parts; 'hearth breach download' resumes it.",
                           done=job["prefixes_done"], total=job["prefixes_total"])))
    return 0


def _download(args: argparse.Namespace, hearth: Hearth) -> int:
    from app import breach_download
    from checks.base import CancelToken

    if args.cancel:
        had = breach_download.discard(hearth.paths.data)
        if args.json:
            print_json({"outcome": "cancelled", "discarded": had})
        else:
            print(translate(N_("The paused download was removed.") if had else N_("There was no paused download.")))
        return 0
    last = [-1]

    def progress(done: int, total: int, text: str) -> None:
        if args.json or not total:
            return
        pct = int(1000 * done / total)
        if pct != last[0]:
            last[0] = pct
            print(f"\r{translate(text)}: {pct / 10:.1f}% ({done}/{total})", end="", file=sys.stderr, flush=True)

    cancel = CancelToken()
    try:
        summary = breach_download.download(
            hearth, workers=args.workers, cancel=cancel, progress=progress, prefixes=args.prefixes)
    except KeyboardInterrupt:  # Ctrl+C: pause; what is done is kept (the workers stop at their next step)
        cancel.cancel()
        summary = {"outcome": "paused", **breach_download.status(hearth.paths.data)}
    if not args.json:
        print(file=sys.stderr)
    if args.json:
        print_json(summary)
    elif summary["outcome"] == "complete":
        print(translate(N_("The offline breach list is ready: {hashes} hashes, {size} MB. Password checks now "
                           "happen on this computer.", hashes=summary["hashes"], size=round(summary["bytes"] / 1e6))))
        print(translate(N_("A password found in it was very likely seen in breaches (the list keeps no counts).")))
    else:
        print(translate(N_("The download is paused. Run 'hearth breach download' again to go on.")))
    return 0 if summary["outcome"] == "complete" else 130


def _compact_index(args: argparse.Namespace, hearth: Hearth) -> int:
    from pathlib import Path

    from app import breach_store
    from app.errors import InvalidInput

    breach_store.cleanup(hearth.paths.data)
    source = Path(args.file).expanduser()
    if not source.exists():
        raise InvalidInput(N_("There is no file or folder at {path}.", path=str(source)),
                           hint=N_("Check the path and try again."))
    try:
        summary = breach_store.build_store(
            breach_store.hashes_from_file(source), breach_store.store_path(hearth.paths.data),
            kind="auto",
        )
    except (ValueError, OSError):
        raise InvalidInput(
            N_("{name} is not a Pwned Passwords file in hash order (one HASH:COUNT a line).", name=source.name),
            hint=N_("Use the file made by the Pwned Passwords downloader, or add --exact for a file in another "
                    "order."),
        ) from None
    if args.json:
        print_json(summary)
    else:
        print(translate(N_("Stored {hashes} hashes in the compact offline list.", hashes=summary["hashes"])))
        print(translate(N_("A password found in it was very likely seen in breaches (the list keeps no counts).")))
    return 0


def _email(args: argparse.Namespace, hearth: Hearth) -> int:
    with overall_deadline():  # the wait for the key's rate-limit slot and the look-up: 30 s together
        breaches = hibp.breached_account(hearth, args.address)
    if args.json:
        print_json({
            "address": args.address,
            "found": bool(breaches),
            "breaches": [
                {
                    "name": b.name,
                    "title": b.title,
                    "domain": b.domain,
                    "breach_date": b.breach_date.isoformat() if b.breach_date else None,
                    "data_classes": list(b.data_classes),
                    "steps": explain_data_classes(b.data_classes),
                }
                for b in breaches
            ],
        })
        return 0
    if not breaches:
        print(
            translate(N_("{address} was not found in the breaches Have I Been Pwned knows about.", address=args.address)),
            translate(N_("Keep using a different password for every site.")),
        )
        return 0
    print(translate(NP_("{address} is in {n} known breach:", "{address} is in {n} known breaches:", n=len(breaches), address=args.address)))
    for b in breaches:
        # The breach's name and the kinds of data are Have I Been Pwned's words: shown as they are.
        when = b.breach_date.isoformat() if b.breach_date else translate(N_("unknown date"))
        print(f"- {b.title} ({when}): {', '.join(b.data_classes) or translate(N_('unknown data'))}")
        for step in explain_data_classes(b.data_classes):
            print(f"    {translate(step)}")
    print(translate(N_("Breach data: Have I Been Pwned (haveibeenpwned.com), CC BY 4.0.")))
    return 0


def _offline_index(args: argparse.Namespace, hearth: Hearth) -> int:
    if not args.exact:
        return _compact_index(args, hearth)
    last = [-1]

    def progress(done: int, total: int, text: str) -> None:
        if args.json or not total:
            return
        pct = int(100 * done / total)
        if pct != last[0]:
            last[0] = pct
            print(f"\r{translate(text)}: {pct}%", end="", file=sys.stderr, flush=True)

    summary = pwned.build_offline_index(args.file, hearth.paths.data, progress=progress)
    if not args.json:
        print(file=sys.stderr)
    if args.json:
        print_json(summary)
    else:
        hashes, kind = summary["hashes"], summary["kind"].upper()
        if summary["was_sorted"]:
            line = translate(N_("Indexed {hashes} {kind} hashes.", hashes=hashes, kind=kind))
        else:
            line = translate(
                N_("Indexed {hashes} {kind} hashes (the file was not in hash order, so Hearth sorted it).", hashes=hashes, kind=kind)
            )
        print(line, translate(N_("Hearth now checks passwords against this file without going online.")))
    return 0
