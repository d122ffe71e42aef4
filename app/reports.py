"""Reports a non-expert can read and a caregiver can print: HTML and PDF, and the printable cards.

What a report holds: each member's score with every point lost, the to-do list (why and how,
step by step), dismissed items with their reasons, recently fixed items, the checkup steps
(skipped / not available said plainly), the legacy checklist and caregiver consent.

What a report never holds: passwords, codes, the family safe word (unless the person types it
on the card themself), API keys, account notes, login names or the raw evidence of findings.

The PDF is written with fpdf2 (pure Python, no Qt) in DejaVu Sans, bundled in
``resources/fonts`` (Bitstream Vera licence, see LICENSE-DejaVu.txt), so accents and most
alphabets print correctly. Files are written atomically (a temporary file, then a rename).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import checkup as C
from app.caregiver import CareLinks
from app.fileio import atomic_write
from app.errors import InvalidInput, StorageError
from app.legacy import LegacyChecklist
from app.resources import resource_path

FORMATS = ("html", "pdf")

# A word and a symbol for each severity, so the status is never shown by colour alone.
SEVERITY_MARKS = {4: "!!!", 3: "!!", 2: "!", 1: "·", 0: "i"}


# ---------------------------------------------------------------------------------------------
# the data


@dataclasses.dataclass(frozen=True)
class ReportItem:
    title: str
    severity: int
    severity_label: str
    area: str
    why: str
    fix: tuple[str, ...]
    effort_minutes: int
    points: int
    status: str
    reason: str = ""
    capped: bool = False

    @property
    def points_text(self) -> str:
        text = f"{self.points} points"
        return text + f" (this area is at its {C.AREA_CAP}-point limit)" if self.capped else text


@dataclasses.dataclass(frozen=True)
class MemberReport:
    name: str
    role: str
    score: int | None
    todo: tuple[ReportItem, ...]
    dismissed: tuple[ReportItem, ...]
    fixed: tuple[ReportItem, ...]
    steps: tuple[tuple[str, str, str], ...]  # (title, status label, message)
    last_checkup: str
    next_due: str
    legacy: tuple[tuple[str, str], ...]  # (item, status label)
    consents: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class ReportData:
    title: str
    generated: str
    household_score: int | None
    members: tuple[MemberReport, ...]


def _date(when: dt.datetime | str | None) -> str:
    if isinstance(when, str):
        when = C.parse_time(when)
    if when is None:
        return "never"
    return when.astimezone(dt.timezone.utc).strftime("%d %B %Y").lstrip("0")


def _item(f: C.StoredFinding, points: int) -> ReportItem:
    return ReportItem(
        title=f.display_title,
        severity=int(f.severity),
        severity_label=f.severity.label,
        area=f.step_title,
        why=f.why,
        fix=f.fix,
        effort_minutes=f.effort_minutes,
        points=points,
        status=f.status,
        reason=f.dismiss_reason,
        capped=f.status == C.OPEN and points < C.SEVERITY_POINTS[f.severity],
    )


def member_report(hearth: Any, member_id: int, now: dt.datetime | None = None) -> MemberReport:
    now = now or C.utc_now()
    member = hearth.members.get(member_id)
    store = C.FindingsStore(hearth)
    all_findings = store.list(member_id)
    score = C.member_score(hearth, member_id)
    checked = C.has_checkup(hearth, member_id) or bool(all_findings)
    open_items = C.todo_order([f for f in all_findings if f.status == C.OPEN])
    recent = now - dt.timedelta(days=90)
    fixed = [
        f for f in all_findings
        if f.status == C.FIXED and (C.parse_time(f.resolved_at) or now) >= recent
    ]
    steps: list[tuple[str, str, str]] = []
    last = ""
    with hearth.database.read() as db:
        row = db.execute(
            "select id, finished_at, started_at from checkup_runs where member_id = ? order by id desc limit 1",
            [member_id],
        ).fetchone()
        finished = db.execute(
            "select max(finished_at) from checkup_runs where member_id = ? and status = 'finished'", [member_id]
        ).fetchone()[0]
    if row is not None:
        run = C.Checkup.load(hearth, row[0])
        steps = [(s.title, s.status_label, s.message) for s in run.steps()]
    last = _date(finished) if finished else ("started, not finished" if row else "never")
    legacy = tuple((i.item.title, i.status_label) for i in LegacyChecklist(hearth).items(member_id))
    consents = tuple(lk.consent_sentence for lk in CareLinks(hearth).caregivers_of(member_id, include_withdrawn=True))
    return MemberReport(
        name=member.name,
        role=member.role,
        score=score.value if checked else None,
        todo=tuple(_item(f, score.points_for(f.id)) for f in open_items),
        dismissed=tuple(_item(f, 0) for f in all_findings if f.status == C.DISMISSED),
        fixed=tuple(_item(f, 0) for f in fixed),
        steps=tuple(steps),
        last_checkup=last,
        next_due=_date(C.next_due(hearth, member_id, now)),
        legacy=legacy,
        consents=consents,
    )


def build_report(
    hearth: Any, *, member_id: int | None = None, household: bool = False, now: dt.datetime | None = None
) -> ReportData:
    now = now or C.utc_now()
    if household:
        ids = [m.id for m in hearth.members.list()]
        if not ids:
            raise InvalidInput("There is no one in the household yet, so there is nothing to report.")
        title = "Household security report"
    else:
        if member_id is None:
            raise InvalidInput("Choose a member, or the whole household.")
        ids = [member_id]
        title = f"Security report for {hearth.members.get(member_id).name}"
    members = tuple(member_report(hearth, i, now) for i in ids)
    scored = [m.score for m in members if m.score is not None]
    return ReportData(
        title=title,
        generated=_date(now),
        household_score=round(sum(scored) / len(scored)) if (household and scored) else None,
        members=members,
    )


# ---------------------------------------------------------------------------------------------
# HTML

_CSS = """
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 13pt; line-height: 1.45;
       color: #111; max-width: 46em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 1.7em; margin-bottom: .2em; } h2 { font-size: 1.35em; margin-top: 1.6em;
     border-bottom: 2px solid #333; } h3 { font-size: 1.1em; margin-bottom: .2em; }
.meta { color: #333; } .score { font-size: 1.4em; font-weight: bold; }
.item { border: 1px solid #999; border-radius: 6px; padding: .5em .9em; margin: .7em 0; page-break-inside: avoid; }
.sev { font-weight: bold; } .muted { color: #444; } ol { margin-top: .2em; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: .25em .6em; text-align: left; }
.note { border-left: 4px solid #333; padding-left: .8em; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } }
"""


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def render_html(data: ReportData) -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(data.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(data.title)}</h1>",
        f'<p class="meta">Made by Hearth on {_e(data.generated)}. This report contains no passwords, codes or '
        "safe words. Keep it somewhere private all the same.</p>",
    ]
    if data.household_score is not None:
        out.append(f'<p class="score">Household score: {data.household_score} out of 100</p>')
    out.append(f'<p class="note">How the score works: {_e(C.SCORE_MODEL_TEXT)}</p>')
    for m in data.members:
        out.append(f"<h2>{_e(m.name)}</h2>")
        if m.score is None:
            out.append("<p>No checkup yet. Start one in Hearth to see a score and a to-do list.</p>")
        else:
            lost = sum(i.points for i in m.todo)
            out.append(f'<p class="score">Score: {m.score} out of 100</p>')
            out.append(f"<p>{lost} points are lost to the {len(m.todo)} open item(s) below.</p>")
        out.append(f'<p class="meta">Last checkup: {_e(m.last_checkup)}. Next checkup due: {_e(m.next_due)}.</p>')
        if m.todo:
            out.append(f"<h3>To do ({len(m.todo)}), most important first</h3>")
            for n, item in enumerate(m.todo, 1):
                week = " — do this week" if n <= C.THIS_WEEK else ""
                out.append('<div class="item">')
                out.append(
                    f'<p><span class="sev">{_e(SEVERITY_MARKS[item.severity])} {_e(item.severity_label)}</span> · '
                    f"{_e(item.area)} · about {item.effort_minutes} min · {_e(item.points_text)}{_e(week)}</p>"
                )
                out.append(f"<h3>{n}. {_e(item.title)}</h3><p>{_e(item.why)}</p><ol>")
                out.extend(f"<li>{_e(step)}</li>" for step in item.fix)
                out.append("</ol></div>")
        elif m.score is not None:
            out.append("<p>Nothing open on the to-do list. Well done.</p>")
        if m.dismissed:
            out.append("<h3>Dismissed (they cost no points)</h3><ul>")
            out.extend(f"<li>{_e(i.title)} — reason: {_e(i.reason)}</li>" for i in m.dismissed)
            out.append("</ul>")
        if m.fixed:
            out.append("<h3>Fixed recently</h3><ul>")
            out.extend(f"<li>✓ {_e(i.title)}</li>" for i in m.fixed)
            out.append("</ul>")
        if m.steps:
            out.append("<h3>Checkup steps</h3><table><tr><th>Step</th><th>Status</th><th>Note</th></tr>")
            out.extend(f"<tr><td>{_e(t)}</td><td>{_e(s)}</td><td>{_e(msg)}</td></tr>" for t, s, msg in m.steps)
            out.append("</table>")
        out.append("<h3>Legacy and emergency access</h3><table><tr><th>Item</th><th>Status</th></tr>")
        out.extend(f"<tr><td>{_e(t)}</td><td>{_e(s)}</td></tr>" for t, s in m.legacy)
        out.append("</table>")
        if m.consents:
            out.append("<h3>Caregiver consent</h3><ul>")
            out.extend(f"<li>{_e(c)}</li>" for c in m.consents)
            out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# PDF


def _pdf() -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_margins(18, 16, 18)
    pdf.add_font("DejaVu", "", str(resource_path("fonts", "DejaVuSans.ttf")))
    pdf.add_font("DejaVu", "B", str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
    pdf.set_title("Hearth")
    pdf.set_creator("Hearth")
    return pdf


def _para(pdf: Any, text: str, size: float = 11, bold: bool = False, gap: float = 1.5) -> None:
    from fpdf.enums import XPos, YPos

    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.multi_cell(0, size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(gap)


def render_pdf(data: ReportData) -> bytes:
    pdf = _pdf()
    pdf.set_title(data.title)
    pdf.add_page()
    _para(pdf, data.title, 20, True, 2)
    _para(pdf, f"Made by Hearth on {data.generated}. This report contains no passwords, codes or safe words. "
               "Keep it somewhere private all the same.", 10)
    if data.household_score is not None:
        _para(pdf, f"Household score: {data.household_score} out of 100", 15, True)
    _para(pdf, "How the score works: " + C.SCORE_MODEL_TEXT, 9.5, gap=3)
    for index, m in enumerate(data.members):
        if index:
            pdf.add_page()
        _para(pdf, m.name, 17, True, 1)
        if m.score is None:
            _para(pdf, "No checkup yet. Start one in Hearth to see a score and a to-do list.")
        else:
            lost = sum(i.points for i in m.todo)
            _para(pdf, f"Score: {m.score} out of 100", 14, True, 0.5)
            _para(pdf, f"{lost} points are lost to the {len(m.todo)} open item(s) below.", 10.5)
        _para(pdf, f"Last checkup: {m.last_checkup}. Next checkup due: {m.next_due}.", 10, gap=3)
        if m.todo:
            _para(pdf, f"To do ({len(m.todo)}), most important first", 13, True)
            for n, item in enumerate(m.todo, 1):
                week = " - do this week" if n <= C.THIS_WEEK else ""
                _para(pdf, f"{n}. {item.title}", 11.5, True, 0.5)
                _para(
                    pdf,
                    f"{SEVERITY_MARKS[item.severity]} {item.severity_label} · {item.area} · about "
                    f"{item.effort_minutes} min · {item.points_text}{week}",
                    9.5,
                    gap=0.5,
                )
                _para(pdf, item.why, 10.5, gap=0.5)
                for s, step in enumerate(item.fix, 1):
                    _para(pdf, f"   {s}. {step}", 10.5, gap=0.3)
                pdf.ln(2.5)
        elif m.score is not None:
            _para(pdf, "Nothing open on the to-do list. Well done.")
        if m.dismissed:
            _para(pdf, "Dismissed (they cost no points)", 12.5, True)
            for i in m.dismissed:
                _para(pdf, f"• {i.title} — reason: {i.reason}", 10.5, gap=0.5)
            pdf.ln(2)
        if m.fixed:
            _para(pdf, "Fixed recently", 12.5, True)
            for i in m.fixed:
                _para(pdf, f"✓ {i.title}", 10.5, gap=0.5)
            pdf.ln(2)
        if m.steps:
            _para(pdf, "Checkup steps", 12.5, True)
            for t, s, msg in m.steps:
                _para(pdf, f"• {t}: {s}. {msg}".rstrip(), 10, gap=0.3)
            pdf.ln(2)
        _para(pdf, "Legacy and emergency access", 12.5, True)
        for t, s in m.legacy:
            _para(pdf, f"• {t}: {s}", 10, gap=0.3)
        if m.consents:
            pdf.ln(2)
            _para(pdf, "Caregiver consent", 12.5, True)
            for c in m.consents:
                _para(pdf, f"• {c}", 10, gap=0.3)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------------------
# printable cards

CARD_W, CARD_H = 85.6, 54.0  # a bank card (ISO/IEC 7810 ID-1), fits a wallet


def _card_grid(pdf: Any, draw: Any, copies: int = 8) -> None:
    """Draws ``copies`` wallet-sized cards on one A4 page, with dashed cut lines."""
    pdf.add_page()
    left, top, gap = 15.0, 16.0, 6.0
    for i in range(copies):
        col, row = i % 2, i // 2
        x = left + col * (CARD_W + gap)
        y = top + row * (CARD_H + gap)
        pdf.set_draw_color(90, 90, 90)
        with pdf.local_context():
            pdf.set_dash_pattern(dash=1.5, gap=1.2)
            pdf.rect(x, y, CARD_W, CARD_H)
        draw(pdf, x, y)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_xy(left, top + 4 * (CARD_H + gap))
    pdf.cell(0, 4, "Cut along the dashed lines. Keep one by the phone and one in your wallet.")


def _card_text(pdf: Any, x: float, y: float, w: float, text: str, size: float, bold: bool = False,
               align: str = "L") -> float:
    from fpdf.enums import XPos, YPos

    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, size * 0.42, text, align=align, new_x=XPos.LEFT, new_y=YPos.NEXT)
    return pdf.get_y()


PAUSE_RULE = "Unexpected call + emotion + urgency = stop and call someone you trust."


def pause_card_pdf() -> bytes:
    """The wallet-sized pause card, eight to a page."""

    def draw(pdf: Any, x: float, y: float) -> None:
        inner = CARD_W - 8
        cy = _card_text(pdf, x + 4, y + 4, inner, "PAUSE", 17, True, "C")
        cy = _card_text(pdf, x + 4, cy + 1, inner, PAUSE_RULE, 9.2, True, "C")
        cy = _card_text(
            pdf, x + 4, cy + 1.5, inner,
            "Never share a code. Never pay with gift cards, crypto or a wire. Hang up and call back on a "
            "number you already know.", 8, False, "C",
        )
        _card_text(pdf, x + 4, y + CARD_H - 9, inner, "Someone I trust: ____________________  Tel: ____________",
                   6.8)

    pdf = _pdf()
    pdf.set_title("Pause card")
    _card_grid(pdf, draw)
    return bytes(pdf.output())


def safe_word_card_pdf(word: str = "") -> bytes:
    """The family safe word card; leave ``word`` empty to write it by hand (recommended)."""
    word = " ".join((word or "").split())[:40]

    def draw(pdf: Any, x: float, y: float) -> None:
        inner = CARD_W - 8
        cy = _card_text(pdf, x + 4, y + 4, inner, "Our family safe word", 12.5, True, "C")
        shown = word if word else "_______________________"
        cy = _card_text(pdf, x + 4, cy + 3, inner, shown, 14 if word else 12, True, "C")
        _card_text(
            pdf, x + 4, cy + 3, inner,
            "If a caller asks for money or help in a hurry, ask for the safe word. No safe word: hang up and call "
            "back on a number you know. Never post this word online.", 7.2, False, "C",
        )

    pdf = _pdf()
    pdf.set_title("Family safe word card")
    _card_grid(pdf, draw)
    return bytes(pdf.output())


REPORT_LINES: tuple[tuple[str, str], ...] = (
    ("Your bank (number on the back of your card)", "________________________"),
    ("UK: your bank, any time", "Call 159"),
    ("UK: report fraud (Action Fraud)", "0300 123 2040 · actionfraud.police.uk"),
    ("UK: forward scam text messages to", "7726"),
    ("US: report fraud (FTC)", "reportfraud.ftc.gov · 1-877-382-4357"),
    ("US: internet crime (FBI IC3)", "ic3.gov"),
    ("US: AARP Fraud Watch helpline", "1-877-908-3360"),
)


def emergency_sheet_pdf(hearth: Any) -> bytes:
    """A one-page emergency contacts sheet: family, caregivers, blanks to fill in, where to report."""
    pdf = _pdf()
    pdf.set_title("Emergency contacts")
    pdf.add_page()
    _para(pdf, "Emergency contacts", 20, True, 1)
    _para(pdf, "Keep this by the phone. " + PAUSE_RULE, 11, gap=4)
    _para(pdf, "Family and people I trust", 13, True)
    links = CareLinks(hearth)
    for m in hearth.members.list():
        carers = ", ".join(lk.caregiver_name for lk in links.caregivers_of(m.id))
        extra = f" (cared for by {carers})" if carers else ""
        _para(pdf, f"{m.name}{extra}    Phone: ____________________", 11, gap=1.5)
    for _ in range(3):
        _para(pdf, "Name: ______________________    Phone: ____________________", 11, gap=1.5)
    pdf.ln(3)
    _para(pdf, "If something feels wrong", 13, True)
    for label, value in REPORT_LINES:
        _para(pdf, f"{label}: {value}", 10.5, gap=1)
    pdf.ln(3)
    _para(pdf, "If you think you have been scammed", 13, True)
    for n, step in enumerate(
        (
            "Stop. Do not send more money and do not answer the scammer again.",
            "Call your bank on the number on your card. Ask them to stop payments and watch your account.",
            "If someone connected to your computer, turn it off and ask someone you trust for help.",
            "Change the password of your e-mail first, then of your bank and other accounts.",
            "Report it (numbers above). It is not your fault: these criminals are professionals.",
        ),
        1,
    ):
        _para(pdf, f"{n}. {step}", 10.5, gap=1)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------------------
# small-business gap report


def _gap_data(hearth: Any, member_id: int) -> tuple[str, list[Any], tuple[int, int]]:
    from app.business import BusinessAudit

    member = hearth.members.get(member_id)
    audit = BusinessAudit(hearth)
    return member.name, audit.gaps(member_id), audit.progress(member_id)


def render_gap_html(hearth: Any, member_id: int, now: dt.datetime | None = None) -> str:
    from app.business import DNS_NOTE

    name, gaps, (answered, total) = _gap_data(hearth, member_id)
    title = f"Small-business gap report for {name}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">Made by Hearth on {_e(_date(now or C.utc_now()))}. {answered} of {total} questions '
        "answered. Each gap names the recognised control behind it.</p>",
    ]
    if not gaps:
        out.append("<p>No gaps in the answered questions.</p>")
    for n, gap in enumerate(gaps, 1):
        q = gap.question
        out.append('<div class="item">')
        out.append(f"<h3>{n}. {_e(q.control)} — answered: {_e(gap.answer_label)}</h3>")
        out.append(f"<p>{_e(q.question)}</p>")
        if gap.evidence:
            out.append(f"<p><b>Your note:</b> {_e(gap.evidence)}</p>")
        out.append("<p><b>Framework items:</b></p><ul>")
        out.extend(f"<li>{_e(fw)}: {_e(item)}</li>" for fw, item in q.refs)
        out.append("</ul><p><b>How to close it:</b></p><ol>")
        out.extend(f"<li>{_e(step)}</li>" for step in q.fix)
        out.append("</ol></div>")
    out.append(f'<p class="note">{_e(DNS_NOTE)}</p></body></html>')
    return "\n".join(out)


def render_gap_pdf(hearth: Any, member_id: int, now: dt.datetime | None = None) -> bytes:
    from app.business import DNS_NOTE

    name, gaps, (answered, total) = _gap_data(hearth, member_id)
    title = f"Small-business gap report for {name}"
    pdf = _pdf()
    pdf.set_title(title)
    pdf.add_page()
    _para(pdf, title, 18, True, 2)
    _para(pdf, f"Made by Hearth on {_date(now or C.utc_now())}. {answered} of {total} questions answered. "
               "Each gap names the recognised control behind it.", 10, gap=3)
    if not gaps:
        _para(pdf, "No gaps in the answered questions.")
    for n, gap in enumerate(gaps, 1):
        q = gap.question
        _para(pdf, f"{n}. {q.control} — answered: {gap.answer_label}", 12, True, 0.5)
        _para(pdf, q.question, 10.5, gap=0.5)
        if gap.evidence:
            _para(pdf, f"Your note: {gap.evidence}", 10, gap=0.5)
        _para(pdf, "Framework items:", 10, True, 0.3)
        for fw, item in q.refs:
            _para(pdf, f"   • {fw}: {item}", 9.5, gap=0.2)
        _para(pdf, "How to close it:", 10, True, 0.3)
        for s, step in enumerate(q.fix, 1):
            _para(pdf, f"   {s}. {step}", 10, gap=0.2)
        pdf.ln(3)
    _para(pdf, DNS_NOTE, 9.5)
    return bytes(pdf.output())


def export_gaps(hearth: Any, member_id: int, path: str | os.PathLike[str], fmt: str) -> Path:
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise InvalidInput("The format must be pdf or html.")
    payload = render_gap_pdf(hearth, member_id) if fmt == "pdf" else render_gap_html(hearth, member_id).encode("utf-8")
    return write_file(path, payload)


# ---------------------------------------------------------------------------------------------
# writing files


def write_file(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically. A path that cannot be written is a plain error."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder. Please give a file name, for example {target / 'report.pdf'}.")
    if not folder.is_dir():
        raise StorageError(
            f"Hearth could not save to {target}: the folder {folder} does not exist.",
            hint="Choose another folder, or create that one first. Nothing was written.",
        )
    try:
        atomic_write(target, data, make_parents=False)
    except OSError as exc:
        raise StorageError(
            f"Hearth could not save to {target} ({exc.strerror or exc}).",
            hint="Choose a folder you can write to, such as your Documents folder. Nothing was written.",
        ) from exc
    return target


def export(
    hearth: Any,
    path: str | os.PathLike[str],
    fmt: str,
    *,
    member_id: int | None = None,
    household: bool = False,
    now: dt.datetime | None = None,
) -> Path:
    """Build and save a member's or the household's report as HTML or PDF."""
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise InvalidInput("The format must be pdf or html.")
    data = build_report(hearth, member_id=member_id, household=household, now=now)
    payload = render_pdf(data) if fmt == "pdf" else render_html(data).encode("utf-8")
    return write_file(path, payload)


CARDS: Sequence[str] = ("pause", "safe-word", "emergency")


def export_card(hearth: Any, card: str, path: str | os.PathLike[str], *, word: str = "") -> Path:
    if card == "pause":
        data = pause_card_pdf()
    elif card == "safe-word":
        data = safe_word_card_pdf(word)
    elif card == "emergency":
        data = emergency_sheet_pdf(hearth)
    else:
        raise InvalidInput(f"The card must be one of: {', '.join(CARDS)}.")
    return write_file(path, data)
