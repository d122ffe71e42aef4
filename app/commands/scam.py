"""``hearth scam check``: is this message, link or phone number a scam?

    hearth scam check [TEXT] [--json] [--offline] [--member NAME] [--eml FILE] [--kind KIND]
    hearth scam check --image FILE [--json]                  # a screenshot, read on this computer
    hearth scam check --batch FILE [--json] [--offline]     # one message a line in, one JSON object a line out
    hearth scam history [--member NAME] [--json]

TEXT, or standard input. Services turned on in Settings may be asked (the flag
``--offline`` keeps everything on this computer). Exit 0 whatever the verdict.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any, TextIO

from app import presenters, scam
from app.cli import print_json
from app.core import Hearth
from app.errors import InvalidInput, UserFacingError
from app.i18n import translate
from checks.i18n import N_

log = logging.getLogger(__name__)

_ICONS = {"scam": "[!!]", "suspicious": "[! ]", "warning_signs": "[! ]", "likely_safe": "[ok]", "unknown": "[? ]"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scam", help="check a message, link or phone number for signs of a scam")
    ssub = p.add_subparsers(dest="scam_command", metavar="ACTION", required=True)

    c = ssub.add_parser("check", help="check TEXT (or standard input, or an .eml file)")
    c.add_argument("text", nargs="?", help="the message, link or phone number ('-' or nothing: read standard input)")
    c.add_argument("--json", action="store_true", help="print one JSON document")
    c.add_argument("--offline", action="store_true", help="do not ask any online service")
    c.add_argument("--member", help="whose check this is (kept in their history)")
    c.add_argument("--eml", metavar="FILE", help="check a saved e-mail file (.eml)")
    c.add_argument("--image", metavar="FILE", help="check a screenshot or photo of a message (read on this computer)")
    c.add_argument("--batch", metavar="FILE", help="one message a line ('-' for standard input); one result a line out")
    c.add_argument("--kind", choices=scam.KINDS, default="auto", help="what the text is (default: guess)")
    c.add_argument("--region", help="two-letter country code for phone numbers and reporting (default: settings)")
    c.add_argument("--sender", help="the sender's phone number or address, if known")
    c.add_argument("--sender-known", choices=("yes", "no"),
                   help="do you know who sent it? ('no': a friendly first text from a stranger is a warning sign)")
    c.set_defaults(handler=_check)

    h = ssub.add_parser("history", help="recent checks (redacted)")
    h.add_argument("--member")
    h.add_argument("--limit", type=int, default=20)
    h.add_argument("--json", action="store_true")
    h.set_defaults(handler=_history)


def _sender_known(args: argparse.Namespace) -> bool | None:
    """--sender-known yes / no, or None when not given."""
    return {"yes": True, "no": False}.get(args.sender_known or "")


def _member_id(hearth: Hearth, name: str | None) -> int | None:
    return hearth.members.find(name).id if name else None


def _check(args: argparse.Namespace, hearth: Hearth) -> int:
    if args.batch:
        if args.text or args.eml:
            raise InvalidInput(N_("Use --batch on its own, without TEXT or --eml."))
        return _batch(args, hearth)
    if args.image and (args.text or args.eml):
        raise InvalidInput(N_("Use --image on its own, without TEXT or --eml."))
    member_id = _member_id(hearth, args.member)
    kwargs: dict[str, Any] = {
        "member_id": member_id,
        "offline": args.offline,
        "region": args.region,
        "kind": args.kind,
        "sender": args.sender,
        "sender_known": _sender_known(args),
    }
    if args.image:
        checked = scam.check_image(hearth, args.image, **kwargs)
        if args.json:
            print_json(checked.to_dict())
        else:
            sys.stdout.write(translate(N_("Hearth read this text in the picture:")) + "\n\n")
            sys.stdout.write("  " + checked.ocr.text.replace("\n", "\n  ") + "\n\n")
            _print_human(checked.result, sys.stdout)
        return 0
    if args.eml:
        path = Path(args.eml)
        try:
            with path.open("rb") as fh:
                raw = fh.read(scam.MAX_EML_BYTES + 1)
        except OSError as exc:
            reason = exc.strerror or exc
            raise InvalidInput(N_("Hearth cannot open the e-mail file {path} ({reason}).", path=path, reason=reason)) from None
        result = scam.check(hearth, eml_bytes=raw, **kwargs)
    else:
        text = args.text
        if text is None or text == "-":  # "-" is standard input, as for --batch
            if sys.stdin is None or sys.stdin.isatty():
                raise InvalidInput(
                    N_("Give the message to check as an argument or on standard input."),
                    hint=N_('For example: hearth scam check "Your parcel is waiting: http://..."'),
                )
            text = _read_stdin()
        if not text.strip():
            raise InvalidInput(N_("There is nothing to check: the message is empty."))
        result = scam.check(hearth, text, **kwargs)
    if args.json:
        print_json(result.to_dict())
    else:
        _print_human(result, sys.stdout)
    return 0


def _read_stdin() -> str:
    data = sys.stdin.buffer.read(scam.MAX_CHARS * 4 + 4) if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    return data.decode("utf-8", errors="replace")


def _print_human(result: scam.ScamResult, out: TextIO) -> None:
    """The same lines and words as the Scam page (app.presenters.scam_view), as plain text."""
    # Texts from app/ and checks/ are translated whole, before numbers or bullets are added;
    # what the user pasted (the evidence quoted) stays as it was.
    v = presenters.scam_view(result)
    out.write(f"{_ICONS.get(scam.shown_verdict(result.verdict, bool(result.reasons)), '')} {translate(v.verdict)}\n")
    out.write(translate(v.score) + "\n")
    if v.reasons:
        out.write("\n" + translate(v.reasons_heading) + "\n")
        for i, r in enumerate(v.reasons, 1):
            seen = f' ("{r.evidence}")' if r.evidence else ""
            out.write(f"  {i}. {translate(r.message)}{seen}\n")
    if v.no_reasons is not None:
        out.write("\n" + translate(v.no_reasons) + "\n")
    if v.advice:
        out.write("\n" + translate(v.advice_heading) + "\n")
        for i, step in enumerate(v.advice, 1):
            out.write(f"  {i}. {translate(step)}\n")
    if v.sources:
        out.write("\n" + translate(v.sources_heading) + "\n")
        for label, message in v.sources:
            out.write(f"  - {translate(label)}: {translate(message)}\n")
    for note in v.notes:
        out.write(f"\n{translate(note)}\n")


def _batch(args: argparse.Namespace, hearth: Hearth) -> int:
    member_id = _member_id(hearth, args.member)
    stream = sys.stdin.buffer if args.batch == "-" else None
    try:
        fh = stream or Path(args.batch).open("rb")  # noqa: SIM115 - closed below, after the batch
    except OSError as exc:
        name, reason = args.batch, exc.strerror or exc
        raise InvalidInput(N_("Hearth cannot open {name} ({reason}).", name=name, reason=reason)) from None
    offline = args.offline or hearth.is_offline()
    notes: list[str] = []
    if not offline and "feeds" in scam.enabled_services(hearth):
        # One download for the whole batch; then every line is matched on this computer.
        from app.services import feeds

        try:
            for st in feeds.refresh(hearth):
                if st.message:
                    notes.append(st.message)
        except UserFacingError as exc:
            notes.append(exc.message)
    for note in notes:
        print(f"hearth: {translate(note)}", file=sys.stderr)
    out = sys.stdout
    counts = {"scam": 0, "suspicious": 0, "likely_safe": 0, "unknown": 0, "error": 0}
    try:
        for number, raw in enumerate(fh, 1):
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            try:
                result = scam.check(
                    hearth,
                    line,
                    member_id=member_id,
                    offline=offline,
                    region=args.region,
                    kind=args.kind,
                    sender_known=_sender_known(args),
                    services=("feeds",),  # per-line network look-ups would be far too slow and leak a lot
                    store=False,
                    refresh_feeds=False,
                )
            except UserFacingError as exc:
                counts["error"] += 1
                row: dict[str, Any] = {"line": number, "error": exc.message}
            except Exception:  # noqa: BLE001 - one bad line never stops the batch
                log.exception("scam check failed on batch line %d", number)
                counts["error"] += 1
                row = {"line": number, "error": N_("Hearth could not check this line.")}
            else:
                counts[result.verdict] = counts.get(result.verdict, 0) + 1
                row = {"line": number, **result.to_dict()}
            if args.json:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            elif "error" in row:
                out.write(f"{number}\terror\t{translate(row['error'])}\n")
            else:
                out.write(f"{number}\t{row['verdict']}\t{row['score']}\n")
    finally:
        if stream is None:
            fh.close()
    if not args.json:
        total, scams, careful, clean, errors = (
            sum(counts.values()), counts["scam"], counts["suspicious"], counts["likely_safe"], counts["error"]
        )
        print(
            translate(N_(
                "Lines checked: {total}. Likely scams: {scams}. To be careful with: {careful}. No red flags: {clean}. Not checked: {errors}.", total=total, scams=scams, careful=careful, clean=clean, errors=errors
            )),
            file=sys.stderr,
        )
    return 0


def _history(args: argparse.Namespace, hearth: Hearth) -> int:
    member_id = _member_id(hearth, args.member)
    records = scam.history(hearth, member_id, args.limit)
    if args.json:
        print_json([r.to_dict() for r in records])
        return 0
    if not records:
        print(translate(N_("No scam checks yet.")))
    for r in records:
        print(f"{r.at}\t{translate(r.verdict_words)}\t{r.score}\t{r.excerpt}")
    return 0
