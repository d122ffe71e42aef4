"""Reports a non-expert can read and a caregiver can print: HTML and PDF, and the printable cards.

What a report holds: each member's score with every point lost, the to-do list (why and how,
step by step), dismissed items with their reasons, recently fixed items, the checkup steps
(skipped / not available said plainly), the legacy checklist and caregiver consent.

What a report never holds: passwords, codes, the family safe word (unless the person types it
on the card themself), API keys, account notes, login names or the raw evidence of findings.

The PDF is written with fpdf2 (pure Python, no Qt) in DejaVu Sans, bundled in
``resources/fonts`` (Bitstream Vera licence, see LICENSE-DejaVu.txt), so accents and most
alphabets print correctly. Files are written atomically (a temporary file, then a rename).

Language: the report is gathered in English (``build_report``) and translated when it is
rendered, into ``language`` or else ``app.i18n.current()``: the report's own words (marked with
``N_``) and the findings, steps, checklist and consent sentences that ``checks`` and ``app``
wrote (through ``app.i18n.translate``). Names, reasons and notes the family typed are left as
they are.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import os
import stat
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import checkup as C
from app import i18n
from app import presenters as P
from app.caregiver import CareLinks
from app.errors import InvalidInput, StorageError
from app.fileio import atomic_write
from app.legacy import LegacyChecklist
from app.resources import resource_path
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth

FORMATS = ("html", "pdf")

# A word and a symbol for each severity, so the status is never shown by colour alone.
SEVERITY_MARKS = {4: "!!!", 3: "!!", 2: "!", 1: "·", 0: "i"}

Translate = Callable[[str], str]


def _translator(language: str | None = None) -> tuple[str, Translate]:
    """The report's language (``language`` or the current one) and a function that translates into it."""
    lang = language if language in i18n.LANGUAGES else i18n.current()

    def t(text: str) -> str:
        return i18n.translate(text, lang)

    return lang, t


# Sentences that hold names or reasons the family typed are translated as templates first and
# filled in after ("Security report for {name}" -> "Informe de seguridad de {name}" -> ...), so
# what people typed is never looked up in the catalogue ("May" stays a name).


NEVER = N_("never")
NOT_FINISHED = N_("started, not finished")


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
    base_title: str = ""  # the finding's own title, without the account ``title`` may start with

    @property
    def points_text(self) -> str:
        return self.points_words()

    def points_words(self, t: Translate = str) -> str:
        """"15 points", with "(this area is at its 35-point limit)" when the area's cap was reached."""
        # The number and its unit are put side by side (not one "{n} points" template, which
        # would match any text that ends in "points").
        unit = t(N_("point")) if self.points == 1 else t(N_("points"))
        text = f"{self.points} {unit}"
        if self.capped:
            cap = C.AREA_CAP
            text += " " + t(N_("(this area is at its {cap}-point limit)", cap=cap))
        return text

    def title_words(self, t: Translate = str) -> str:
        """The title in the report's language; an account name in front of it stays as it is."""
        base = self.base_title
        if base and base != self.title and base in self.title:
            return self.title.replace(base, t(base), 1)
        return t(self.title)


@dataclasses.dataclass(frozen=True)
class MemberReport:
    name: str
    role: str
    score: int | None  # None until a finished checkup checked something (app.presenters.score_text says why)
    todo: tuple[ReportItem, ...]
    dismissed: tuple[ReportItem, ...]
    fixed: tuple[ReportItem, ...]
    steps: tuple[tuple[str, str, str], ...]  # (title, outcome symbol and words, message): app.presenters
    last_checkup: str
    next_due: str
    legacy: tuple[tuple[str, str], ...]  # (item, status label)
    consents: tuple[str, ...]
    coverage: C.Coverage | None = None
    score_text: str = ""
    step_marks: tuple[str, ...] = ()  # the outcome symbol of each step, beside its words
    step_details: tuple[tuple[str, ...], ...] = ()  # per step: what could not be checked, how to check by hand


@dataclasses.dataclass(frozen=True)
class ReportData:
    title: str
    generated: str
    household_score: int | None
    members: tuple[MemberReport, ...]
    household: bool = False

    def title_words(self, t: Translate = str) -> str:
        if self.household or len(self.members) != 1:
            return t(self.title)
        return t(N_("Security report for {name}")).format(name=self.members[0].name)


def _date(when: dt.datetime | str | None) -> str:
    """A day in English ("27 November 2026"); ``_local_date`` writes it in the report's language."""
    if isinstance(when, str):
        when = C.parse_time(when)
    if when is None:
        return NEVER
    when = when.astimezone(dt.UTC)
    return i18n.long_date(when.day, when.month, when.year, "en")


def _local_date(text: str, language: str, t: Translate) -> str:
    """A day written by ``_date`` (or "never", ...) in ``language`` (month names: app.i18n.MONTHS)."""
    match = i18n.DATE.fullmatch(text)
    if match is None or match.group(2) not in i18n.MONTHS["en"] or language not in i18n.MONTHS:
        return t(text)
    day, month, year = match.groups()
    return i18n.long_date(int(day), i18n.MONTHS["en"].index(month) + 1, int(year), language)


def _item(f: C.StoredFinding, points: int) -> ReportItem:
    return ReportItem(
        title=f.display_title,
        base_title=f.title,
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


NO_CHECKUP = N_("No checkup yet. Start one in Hearth to see a score and a to-do list.")


def _no_score_words(m: MemberReport, t: Translate) -> str:
    """Why there is no score: never finished a checkup, or the last one could check nothing."""
    if m.coverage is None:
        return t(NO_CHECKUP)
    return t(m.score_text)


def _marks(m: MemberReport) -> tuple[str, ...]:
    return m.step_marks if len(m.step_marks) == len(m.steps) else tuple("•" for _ in m.steps)


def _details(m: MemberReport) -> tuple[tuple[str, ...], ...]:
    return m.step_details if len(m.step_details) == len(m.steps) else tuple(() for _ in m.steps)


def member_report(hearth: Hearth, member_id: int, now: dt.datetime | None = None) -> MemberReport:
    now = now or C.utc_now()
    member = hearth.members.get(member_id)
    store = C.FindingsStore(hearth)
    all_findings = store.list(member_id)
    score = C.member_score(hearth, member_id)
    open_items = C.todo_order([f for f in all_findings if f.status == C.OPEN])
    recent = now - dt.timedelta(days=90)
    fixed = [
        f for f in all_findings
        if f.status == C.FIXED and (C.parse_time(f.resolved_at) or now) >= recent
    ]
    lines = P.step_lines(run) if (run := C.Checkup.to_show(hearth, member_id)) is not None else ()
    steps = tuple((s.title, s.outcome_label or C.STATUS_LABELS[C.PENDING], s.message) for s in lines)
    finished = hearth.checkup_runs.last_finished_at(member_id)
    last = _date(finished) if finished else (NOT_FINISHED if run is not None else NEVER)
    legacy = tuple((i.item.title, i.status_label) for i in LegacyChecklist(hearth).items(member_id))
    consents = tuple(lk.consent_sentence for lk in CareLinks(hearth).caregivers_of(member_id, include_withdrawn=True))
    return MemberReport(
        name=member.name,
        role=member.role,
        score=score.shown,
        todo=tuple(_item(f, score.points_for(f.id)) for f in open_items),
        dismissed=tuple(_item(f, 0) for f in all_findings if f.status == C.DISMISSED),
        fixed=tuple(_item(f, 0) for f in fixed),
        steps=tuple(steps),
        last_checkup=last,
        next_due=_date(C.next_due(hearth, member_id, now)),
        legacy=legacy,
        consents=consents,
        coverage=score.coverage,
        score_text=P.score_text(score.shown, score.coverage),
        step_marks=tuple(s.icon for s in lines),
        step_details=tuple(s.details for s in lines),
    )


def build_report(
    hearth: Hearth, *, member_id: int | None = None, household: bool = False, now: dt.datetime | None = None
) -> ReportData:
    now = now or C.utc_now()
    if household:
        ids = [m.id for m in hearth.members.list()]
        if not ids:
            raise InvalidInput(N_("There is no one in the household yet, so there is nothing to report."))
        title = N_("Household security report")
    else:
        if member_id is None:
            raise InvalidInput(N_("Choose a member, or the whole household."))
        ids = [member_id]
        name = hearth.members.get(member_id).name
        title = N_("Security report for {name}", name=name)
    members = tuple(member_report(hearth, i, now) for i in ids)
    scored = [m.score for m in members if m.score is not None]
    return ReportData(
        title=title,
        generated=_date(now),
        household_score=round(sum(scored) / len(scored)) if (household and scored) else None,
        members=members,
        household=household,
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


def _made_on(date: str, t: Translate) -> str:
    return " ".join((
        t(N_("Made by Hearth on {date}.", date=date)),
        t(N_("This report contains no passwords, codes or safe words.")),
        t(N_("Keep it somewhere private all the same.")),
    ))


def _lost_words(lost: int, count: int, t: Translate) -> str:
    if count == 1:
        return t(N_("{lost} points are lost to the {count} open item below.", lost=lost, count=count))
    return t(N_("{lost} points are lost to the {count} open items below.", lost=lost, count=count))


def _dates_words(m: MemberReport, language: str, t: Translate) -> str:
    last, due = _local_date(m.last_checkup, language, t), _local_date(m.next_due, language, t)
    return t(N_("Last checkup: {last}.", last=last)) + " " + t(N_("Next checkup due: {due}.", due=due))


def _item_meta(item: ReportItem, n: int, t: Translate) -> list[str]:
    """Severity, area, time, points (and "do this week"), each in the report's language."""
    minutes = item.effort_minutes
    parts = [
        f"{SEVERITY_MARKS[item.severity]} {t(item.severity_label)}",
        t(item.area),
        t(N_("about {minutes} min", minutes=minutes)),
        item.points_words(t),
    ]
    if n <= C.THIS_WEEK:
        parts.append(t(N_("do this week")))
    return parts


def _dismissed_words(item: ReportItem, t: Translate) -> str:
    return t(N_("{title} — reason: {reason}")).format(title=item.title_words(t), reason=item.reason)


def render_html(data: ReportData, language: str | None = None) -> str:
    """The report as a web page, in ``language`` (default: the current one)."""
    lang, t = _translator(language)
    title = data.title_words(t)
    generated = _local_date(data.generated, lang, t)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{_e(_made_on(generated, t))}</p>',
    ]
    if data.household_score is not None:
        score = data.household_score
        out.append(f'<p class="score">{_e(t(N_("Household score: {score} out of 100", score=score)))}</p>')
    out.append(f'<p class="note">{_e(t(N_("How the score works:")))} {_e(t(C.SCORE_MODEL_TEXT))}</p>')
    for m in data.members:
        out.append(f"<h2>{_e(m.name)}</h2>")
        if m.score is None:
            out.append(f"<p>{_e(_no_score_words(m, t))}</p>")
        else:
            lost = sum(i.points for i in m.todo)
            out.append(f'<p class="score">{_e(t(m.score_text))}</p>')
            out.append(f"<p>{_e(_lost_words(lost, len(m.todo), t))}</p>")
        out.append(f'<p class="meta">{_e(_dates_words(m, lang, t))}</p>')
        if m.todo:
            count = len(m.todo)
            out.append(f"<h3>{_e(t(N_('To do ({count}), most important first', count=count)))}</h3>")
            for n, item in enumerate(m.todo, 1):
                meta = _item_meta(item, n, t)
                out.append('<div class="item">')
                rest = " · ".join(_e(x) for x in meta[1:])
                out.append(f'<p><span class="sev">{_e(meta[0])}</span> · {rest}</p>')
                out.append(f"<h3>{n}. {_e(item.title_words(t))}</h3><p>{_e(t(item.why))}</p><ol>")
                out.extend(f"<li>{_e(t(step))}</li>" for step in item.fix)
                out.append("</ol></div>")
        elif m.score is not None:
            out.append(f"<p>{_e(t(N_('Nothing open on the to-do list. Well done.')))}</p>")
        if m.dismissed:
            out.append(f"<h3>{_e(t(N_('Dismissed (they cost no points)')))}</h3><ul>")
            out.extend(f"<li>{_e(_dismissed_words(i, t))}</li>" for i in m.dismissed)
            out.append("</ul>")
        if m.fixed:
            out.append(f"<h3>{_e(t(N_('Fixed recently')))}</h3><ul>")
            out.extend(f"<li>✓ {_e(i.title_words(t))}</li>" for i in m.fixed)
            out.append("</ul>")
        if m.steps:
            out.append(
                f"<h3>{_e(t(N_('Checkup steps')))}</h3><table><tr><th>{_e(t(N_('Step')))}</th>"
                f"<th>{_e(t(N_('Status')))}</th><th>{_e(t(N_('Note')))}</th></tr>"
            )
            out.extend(
                f"<tr><td>{_e(t(title))}</td><td>{_e(mark)} {_e(t(status))}</td><td>{_e(t(msg))}"
                + "".join(f"<br>{_e(t(d))}" for d in details) + "</td></tr>"
                for (title, status, msg), mark, details in zip(m.steps, _marks(m), _details(m), strict=True)
            )
            out.append("</table>")
        out.append(
            f"<h3>{_e(t(N_('Legacy and emergency access')))}</h3><table><tr><th>{_e(t(N_('Item')))}</th>"
            f"<th>{_e(t(N_('Status')))}</th></tr>"
        )
        out.extend(f"<tr><td>{_e(t(item))}</td><td>{_e(t(status))}</td></tr>" for item, status in m.legacy)
        out.append("</table>")
        if m.consents:
            out.append(f"<h3>{_e(t(N_('Caregiver consent')))}</h3><ul>")
            out.extend(f"<li>{_e(t(c))}</li>" for c in m.consents)
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


def render_pdf(data: ReportData, language: str | None = None) -> bytes:
    """The report as a PDF, in ``language`` (default: the current one)."""
    lang, t = _translator(language)
    title = data.title_words(t)
    pdf = _pdf()
    pdf.set_title(title)
    pdf.add_page()
    _para(pdf, title, 20, True, 2)
    _para(pdf, _made_on(_local_date(data.generated, lang, t), t), 10)
    if data.household_score is not None:
        score = data.household_score
        _para(pdf, t(N_("Household score: {score} out of 100", score=score)), 15, True)
    _para(pdf, t(N_("How the score works:")) + " " + t(C.SCORE_MODEL_TEXT), 9.5, gap=3)
    for index, m in enumerate(data.members):
        if index:
            pdf.add_page()
        _para(pdf, m.name, 17, True, 1)
        if m.score is None:
            _para(pdf, _no_score_words(m, t))
        else:
            lost = sum(i.points for i in m.todo)
            _para(pdf, t(m.score_text), 14, True, 0.5)
            _para(pdf, _lost_words(lost, len(m.todo), t), 10.5)
        _para(pdf, _dates_words(m, lang, t), 10, gap=3)
        if m.todo:
            count = len(m.todo)
            _para(pdf, t(N_("To do ({count}), most important first", count=count)), 13, True)
            for n, item in enumerate(m.todo, 1):
                _para(pdf, f"{n}. {item.title_words(t)}", 11.5, True, 0.5)
                _para(pdf, " · ".join(_item_meta(item, n, t)), 9.5, gap=0.5)
                _para(pdf, t(item.why), 10.5, gap=0.5)
                for s, step in enumerate(item.fix, 1):
                    _para(pdf, f"   {s}. {t(step)}", 10.5, gap=0.3)
                pdf.ln(2.5)
        elif m.score is not None:
            _para(pdf, t(N_("Nothing open on the to-do list. Well done.")))
        if m.dismissed:
            _para(pdf, t(N_("Dismissed (they cost no points)")), 12.5, True)
            for i in m.dismissed:
                _para(pdf, f"• {_dismissed_words(i, t)}", 10.5, gap=0.5)
            pdf.ln(2)
        if m.fixed:
            _para(pdf, t(N_("Fixed recently")), 12.5, True)
            for i in m.fixed:
                _para(pdf, f"✓ {i.title_words(t)}", 10.5, gap=0.5)
            pdf.ln(2)
        if m.steps:
            _para(pdf, t(N_("Checkup steps")), 12.5, True)
            for (step_title, status, msg), mark, details in zip(m.steps, _marks(m), _details(m), strict=True):
                _para(pdf, f"{mark} {t(step_title)}: {t(status)}. {t(msg)}".rstrip(), 10, gap=0.3)
                for d in details:
                    _para(pdf, f"      {t(d)}", 9.5, gap=0.2)
            pdf.ln(2)
        _para(pdf, t(N_("Legacy and emergency access")), 12.5, True)
        for item_title, status in m.legacy:
            _para(pdf, f"• {t(item_title)}: {t(status)}", 10, gap=0.3)
        if m.consents:
            pdf.ln(2)
            _para(pdf, t(N_("Caregiver consent")), 12.5, True)
            for c in m.consents:
                _para(pdf, f"• {t(c)}", 10, gap=0.3)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------------------
# printable cards

CARD_W, CARD_H = 85.6, 54.0  # a bank card (ISO/IEC 7810 ID-1), fits a wallet


def _card_grid(pdf: Any, draw: Any, t: Translate, copies: int = 8) -> None:
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
    pdf.cell(0, 4, t(N_("Cut along the dashed lines. Keep one by the phone and one in your wallet.")))


def _card_text(pdf: Any, x: float, y: float, w: float, text: str, size: float, bold: bool = False,
               align: str = "L") -> float:
    from fpdf.enums import XPos, YPos

    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, size * 0.42, text, align=align, new_x=XPos.LEFT, new_y=YPos.NEXT)
    return pdf.get_y()


PAUSE_RULE = N_("Unexpected call + emotion + urgency = stop and call someone you trust.")


def pause_card_pdf(language: str | None = None) -> bytes:
    """The wallet-sized pause card, eight to a page."""
    _, t = _translator(language)

    def draw(pdf: Any, x: float, y: float) -> None:
        inner = CARD_W - 8
        cy = _card_text(pdf, x + 4, y + 4, inner, t(N_("PAUSE")), 17, True, "C")
        cy = _card_text(pdf, x + 4, cy + 1, inner, t(PAUSE_RULE), 9.2, True, "C")
        cy = _card_text(
            pdf, x + 4, cy + 1.5, inner,
            t(N_("Never share a code. Never pay with gift cards, crypto or a wire. Hang up and call back on a "
                 "number you already know.")), 8, False, "C",
        )
        _card_text(pdf, x + 4, y + CARD_H - 9, inner,
                   t(N_("Someone I trust: ____________________  Tel: ____________")), 6.8)

    pdf = _pdf()
    pdf.set_title(t(N_("Pause card")))
    _card_grid(pdf, draw, t)
    return bytes(pdf.output())


def safe_word_card_pdf(word: str = "", language: str | None = None) -> bytes:
    """The family safe word card; leave ``word`` empty to write it by hand (recommended)."""
    word = " ".join((word or "").split())[:40]
    _, t = _translator(language)

    def draw(pdf: Any, x: float, y: float) -> None:
        inner = CARD_W - 8
        cy = _card_text(pdf, x + 4, y + 4, inner, t(N_("Our family safe word")), 12.5, True, "C")
        shown = word if word else "_______________________"
        cy = _card_text(pdf, x + 4, cy + 3, inner, shown, 14 if word else 12, True, "C")
        _card_text(
            pdf, x + 4, cy + 3, inner,
            t(N_("If a caller asks for money or help in a hurry, ask for the safe word. No safe word: hang up and "
                 "call back on a number you know. Never post this word online.")), 7.2, False, "C",
        )

    pdf = _pdf()
    pdf.set_title(t(N_("Family safe word card")))
    _card_grid(pdf, draw, t)
    return bytes(pdf.output())


REPORT_LINES: tuple[tuple[str, str], ...] = (
    (N_("Your bank (number on the back of your card)"), "________________________"),
    (N_("UK: your bank, any time"), N_("Call 159")),
    (N_("UK: report fraud (Action Fraud)"), "0300 123 2040 · actionfraud.police.uk"),
    (N_("UK: forward scam text messages to"), "7726"),
    (N_("US: report fraud (FTC)"), "reportfraud.ftc.gov · 1-877-382-4357"),
    (N_("US: internet crime (FBI IC3)"), "ic3.gov"),
    (N_("US: AARP Fraud Watch helpline"), "1-877-908-3360"),
)

SCAMMED_STEPS = (
    N_("Stop. Do not send more money and do not answer the scammer again."),
    N_("Call your bank on the number on your card. Ask them to stop payments and watch your account."),
    N_("If someone connected to your computer, turn it off and ask someone you trust for help."),
    N_("Change the password of your e-mail first, then of your bank and other accounts."),
    N_("Report it (numbers above). It is not your fault: these criminals are professionals."),
)


def emergency_sheet_pdf(hearth: Hearth, language: str | None = None) -> bytes:
    """A one-page emergency contacts sheet: family, caregivers, blanks to fill in, where to report."""
    _, t = _translator(language)
    pdf = _pdf()
    heading = t(N_("Emergency contacts"))
    pdf.set_title(heading)
    pdf.add_page()
    _para(pdf, heading, 20, True, 1)
    _para(pdf, t(N_("Keep this by the phone.")) + " " + t(PAUSE_RULE), 11, gap=4)
    _para(pdf, t(N_("Family and people I trust")), 13, True)
    links = CareLinks(hearth)
    phone = t(N_("Phone: ____________________"))
    for m in hearth.members.list():
        carers = ", ".join(lk.caregiver_name for lk in links.caregivers_of(m.id))
        who = t(N_("{name} (cared for by {names})")).format(name=m.name, names=carers) if carers else m.name
        _para(pdf, f"{who}    {phone}", 11, gap=1.5)
    for _ in range(3):
        _para(pdf, t(N_("Name: ______________________")) + "    " + phone, 11, gap=1.5)
    pdf.ln(3)
    _para(pdf, t(N_("If something feels wrong")), 13, True)
    for label, value in REPORT_LINES:
        _para(pdf, f"{t(label)}: {t(value)}", 10.5, gap=1)
    pdf.ln(3)
    _para(pdf, t(N_("If you think you have been scammed")), 13, True)
    for n, step in enumerate(SCAMMED_STEPS, 1):
        _para(pdf, f"{n}. {t(step)}", 10.5, gap=1)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------------------
# small-business gap report


def _gap_data(hearth: Hearth, member_id: int) -> tuple[str, list[Any], tuple[int, int]]:
    from app.business import BusinessAudit

    member = hearth.members.get(member_id)
    audit = BusinessAudit(hearth)
    return member.name, audit.gaps(member_id), audit.progress(member_id)


def _gap_meta(date: str, answered: int, total: int, t: Translate) -> str:
    return " ".join((
        t(N_("Made by Hearth on {date}.", date=date)),
        t(N_("{answered} of {total} questions answered.", answered=answered, total=total)),
        t(N_("Each gap names the recognised control behind it.")),
    ))


def _gap_heading(gap: Any, t: Translate) -> str:
    control, answer = t(gap.question.control), t(gap.answer_label)
    return t(N_("{control} — answered: {answer}", control=control, answer=answer))


def render_gap_html(hearth: Hearth, member_id: int, now: dt.datetime | None = None, language: str | None = None) -> str:
    lang, t = _translator(language)
    member, gaps, (answered, total) = _gap_data(hearth, member_id)
    title = t(N_("Small-business gap report for {name}")).format(name=member)
    date = _local_date(_date(now or C.utc_now()), lang, t)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}"><head><meta charset="utf-8">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{_e(_gap_meta(date, answered, total, t))}</p>',
    ]
    if not gaps:
        out.append(f"<p>{_e(t(N_('No gaps in the answered questions.')))}</p>")
    for n, gap in enumerate(gaps, 1):
        q = gap.question
        out.append('<div class="item">')
        out.append(f"<h3>{n}. {_e(_gap_heading(gap, t))}</h3>")
        out.append(f"<p>{_e(t(q.question))}</p>")
        if gap.evidence:
            out.append(f"<p><b>{_e(t(N_('Your note:')))}</b> {_e(gap.evidence)}</p>")
        out.append(f"<p><b>{_e(t(N_('Framework items:')))}</b></p><ul>")
        out.extend(f"<li>{_e(fw)}: {_e(item)}</li>" for fw, item in q.refs)
        out.append(f"</ul><p><b>{_e(t(N_('How to close it:')))}</b></p><ol>")
        out.extend(f"<li>{_e(t(step))}</li>" for step in q.fix)
        out.append("</ol></div>")
    from app.email_domain import gap_html

    out.append(gap_html(hearth, member_id, t, _e) + "</body></html>")
    return "\n".join(out)


def render_gap_pdf(hearth: Hearth, member_id: int, now: dt.datetime | None = None, language: str | None = None) -> bytes:
    lang, t = _translator(language)
    member, gaps, (answered, total) = _gap_data(hearth, member_id)
    title = t(N_("Small-business gap report for {name}")).format(name=member)
    pdf = _pdf()
    pdf.set_title(title)
    pdf.add_page()
    _para(pdf, title, 18, True, 2)
    _para(pdf, _gap_meta(_local_date(_date(now or C.utc_now()), lang, t), answered, total, t), 10, gap=3)
    if not gaps:
        _para(pdf, t(N_("No gaps in the answered questions.")))
    for n, gap in enumerate(gaps, 1):
        q = gap.question
        _para(pdf, f"{n}. {_gap_heading(gap, t)}", 12, True, 0.5)
        _para(pdf, t(q.question), 10.5, gap=0.5)
        if gap.evidence:
            _para(pdf, f"{t(N_('Your note:'))} {gap.evidence}", 10, gap=0.5)
        _para(pdf, t(N_("Framework items:")), 10, True, 0.3)
        for fw, item in q.refs:
            _para(pdf, f"   • {fw}: {item}", 9.5, gap=0.2)
        _para(pdf, t(N_("How to close it:")), 10, True, 0.3)
        for s, step in enumerate(q.fix, 1):
            _para(pdf, f"   {s}. {t(step)}", 10, gap=0.2)
        pdf.ln(3)
    from app.email_domain import gap_pdf

    gap_pdf(pdf, hearth, member_id, t, _para)
    return bytes(pdf.output())


def export_gaps(hearth: Hearth, member_id: int, path: str | os.PathLike[str], fmt: str,
                language: str | None = None) -> Path:
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise InvalidInput(N_("The format must be pdf or html."))
    if fmt == "pdf":
        payload = render_gap_pdf(hearth, member_id, language=language)
    else:
        payload = render_gap_html(hearth, member_id, language=language).encode("utf-8")
    return write_file(path, payload)


# ---------------------------------------------------------------------------------------------
# writing files


#: The longest file name most file systems accept, in bytes.
MAX_NAME_BYTES = 255


def write_file(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically, as a regular file only (never over a device, a pipe
    or a folder). A path that cannot be written is a plain error."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    nothing = N_("Choose a folder you can write to, such as your Documents folder. Nothing was written.")
    if len(target.name.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES:
        raise InvalidInput(
            N_("That file name is too long ({n} characters). Choose a shorter name.", n=len(target.name)),
            hint=N_("Nothing was written."),
        )
    try:
        if target.is_dir():
            example = target / "report.pdf"
            raise InvalidInput(
                N_("{target} is a folder. Please give a file name, for example {example}.", target=str(target),
                   example=str(example))
            )
        if not folder.is_dir():
            raise StorageError(
                N_("Hearth could not save to {target}: the folder {folder} does not exist.", target=str(target),
                   folder=str(folder)),
                hint=N_("Choose another folder, or create that one first. Nothing was written."),
            )
        if target.exists() and not stat.S_ISREG(os.stat(target).st_mode):
            raise InvalidInput(
                N_("{name} is not an ordinary file (it is a device, a pipe or another special file), "
                   "so Hearth will not save a report over it.", name=str(target)),
                hint=N_("Give the name of a new file, for example report.pdf. Nothing was written."),
            )
        atomic_write(target, data, make_parents=False)
    except OSError as exc:
        problem = exc.strerror or exc
        raise StorageError(
            N_("Hearth could not save to {target} ({problem}).", target=str(target), problem=str(problem)), hint=nothing
        ) from exc
    return target


def export(
    hearth: Hearth,
    path: str | os.PathLike[str],
    fmt: str,
    *,
    member_id: int | None = None,
    household: bool = False,
    now: dt.datetime | None = None,
    language: str | None = None,
) -> Path:
    """Build and save a member's or the household's report as HTML or PDF (in ``language``, or the current one)."""
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise InvalidInput(N_("The format must be pdf or html."))
    data = build_report(hearth, member_id=member_id, household=household, now=now)
    payload = render_pdf(data, language) if fmt == "pdf" else render_html(data, language).encode("utf-8")
    return write_file(path, payload)


CARDS: Sequence[str] = ("pause", "safe-word", "emergency")


def export_card(hearth: Hearth, card: str, path: str | os.PathLike[str], *, word: str = "",
                language: str | None = None) -> Path:
    if card == "pause":
        data = pause_card_pdf(language)
    elif card == "safe-word":
        data = safe_word_card_pdf(word, language)
    elif card == "emergency":
        data = emergency_sheet_pdf(hearth, language)
    else:
        cards = ", ".join(CARDS)
        raise InvalidInput(N_("The card must be one of: {cards}.", cards=cards))
    return write_file(path, data)
