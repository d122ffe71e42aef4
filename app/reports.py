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
import re
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
    household_coverage: C.Coverage | None = None  # what the household score covers

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
        household_coverage=P.household_coverage(m.coverage for m in members if m.score is not None),
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
        out.append(f'<p class="score">{_e(t(P.household_score_text(score, data.household_coverage)))}</p>')
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


# The printed report: large type (body 12 pt), the score as a bar, the to-do list first with a box
# to tick, each step indented under its number, in the style of the pause and safe-word cards
# (DejaVu, bold centred headings, a thin rounded frame around each item).

BODY = 12.0  # the smallest type in the printed report
INK = (20, 20, 20)
GREY = (70, 70, 70)

# Steps written for someone at a terminal (commands, environment variables) are not printed: the
# printed report says where to find them instead (developer words stay in the window's details).
_DEVELOPER = re.compile(r"\bsudo\b|\bsystemctl\b|\bspctl\b|\bHEARTH_[A-Z_]+\b|\$ |`")
COMMAND_STEP = N_("This step needs a command typed on the computer: Hearth shows it on the checkup page. "
                  "Ask someone you trust who is at ease with computers.")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b")


def _reader_dates(text: str, language: str) -> str:
    """Any ISO date left in a sentence ("2026-05-03") written the reader's way ("3 May 2026")."""
    def one(m: re.Match[str]) -> str:
        try:
            return i18n.long_date(int(m.group(3)), int(m.group(2)), int(m.group(1)), language)
        except (ValueError, IndexError, KeyError):
            return m.group(0)
    return _ISO_DATE.sub(one, text)


def plain_step(step: str) -> str:
    """A fix step as printed: a step written for a terminal becomes a plain pointer to the window."""
    return COMMAND_STEP if _DEVELOPER.search(str(step)) else step


def _score_band(score: int) -> tuple[tuple[int, int, int], str]:
    if score >= 80:
        return (46, 125, 50), N_("Good")
    if score >= 50:
        return (230, 150, 0), N_("Some work to do")
    return (198, 40, 40), N_("Needs attention")


class _Printer:
    """Writes the report on an fpdf2 document; ``space`` tightens the spacing (never the type)."""

    def __init__(self, pdf: Any, language: str, t: Translate, space: float = 1.0) -> None:
        self.pdf, self.lang, self.t, self.space = pdf, language, t, space

    def words(self, text: str) -> str:
        return _reader_dates(self.t(text), self.lang)

    @property
    def width(self) -> float:
        return float(self.pdf.w - self.pdf.l_margin - self.pdf.r_margin)

    def room(self, height: float) -> None:
        """A new page unless ``height`` mm fit on this one (headings stay with what follows)."""
        if self.pdf.get_y() + height > self.pdf.page_break_trigger:
            self.pdf.add_page()

    def text(self, text: str, size: float = BODY, bold: bool = False, gap: float = 1.5, indent: float = 0.0,
             colour: tuple[int, int, int] = INK, align: str = "L") -> None:
        from fpdf.enums import XPos, YPos

        pdf = self.pdf
        pdf.set_text_color(*colour)
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(self.width - indent, size * 0.48, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(gap * self.space)
        pdf.set_text_color(*INK)

    def height(self, text: str, size: float, width: float, bold: bool = False) -> float:
        self.pdf.set_font("DejaVu", "B" if bold else "", size)
        lines = self.pdf.multi_cell(width, size * 0.48, text, dry_run=True, output="LINES")
        return len(lines) * size * 0.48

    def heading(self, text: str, size: float = 15, follow: float = 30) -> None:
        self.room(size * 0.5 + follow)
        self.pdf.ln(2 * self.space)
        self.text(text, size, True, 1.2)
        y = self.pdf.get_y()
        self.pdf.set_draw_color(*GREY)
        self.pdf.set_line_width(0.4)
        self.pdf.line(self.pdf.l_margin, y, self.pdf.l_margin + self.width, y)
        self.pdf.ln(2.5 * self.space)

    def gauge(self, score: int, caption: str) -> None:
        """The score as a picture: a bar filled to the score, the number and a word beside it."""
        pdf = self.pdf
        self.room(30)
        colour, band = _score_band(score)
        x, y = pdf.l_margin, pdf.get_y()
        pdf.set_font("DejaVu", "B", 26)
        pdf.set_xy(x, y)
        pdf.cell(34, 14, str(score), align="C")
        pdf.set_font("DejaVu", "", BODY)
        pdf.set_xy(x, y + 12)
        pdf.cell(34, 6, self.t(N_("out of 100")), align="C")
        bar_x, bar_w, bar_h = x + 38, self.width - 38, 11.0
        pdf.set_line_width(0.5)
        pdf.set_draw_color(*INK)
        pdf.set_fill_color(235, 235, 235)
        pdf.rect(bar_x, y + 2, bar_w, bar_h, style="DF", round_corners=True, corner_radius=2)
        if score > 0:
            pdf.set_fill_color(*colour)
            pdf.rect(bar_x, y + 2, max(4.0, bar_w * score / 100), bar_h, style="DF", round_corners=True,
                     corner_radius=2)
        pdf.set_font("DejaVu", "", 9)
        pdf.set_text_color(*GREY)
        for mark in (0, 50, 100):
            pdf.set_xy(bar_x + bar_w * mark / 100 - 6, y + 2 + bar_h + 0.5)
            pdf.cell(12, 4, str(mark), align="C")
        pdf.set_text_color(*INK)
        pdf.set_font("DejaVu", "B", BODY + 1)
        pdf.set_xy(bar_x, y + bar_h + 6.5)
        pdf.cell(bar_w, 6, self.t(band), align="L")
        pdf.set_y(y + 26)
        if caption:
            self.text(caption, BODY, gap=2)

    def todo_item(self, n: int, item: ReportItem) -> None:
        """One to-do item in a frame: a box to tick, the title, why, and numbered steps indented."""
        pdf, t = self.pdf, self.t
        box, pad = 6.0, 3.0
        title = f"{n}. {item.title_words(t)}"
        meta = " · ".join(_item_meta(item, n, t))
        why = self.words(item.why)
        steps = [self.words(plain_step(s)) for s in item.fix]
        inner = self.width - box - 3 * pad
        step_w = inner - 8
        height = (
            self.height(title, BODY + 2, inner, True) + 1
            + self.height(meta, BODY - 1, inner) + 1.5
            + self.height(why, BODY, inner) + 1.5
            + sum(self.height(s, BODY, step_w) + 1 for s in steps) + 2 * pad
        )
        if height < pdf.page_break_trigger - pdf.t_margin:  # items that fit on a page are not split
            self.room(height + 3)
        top, page = pdf.get_y(), pdf.page
        x = pdf.l_margin
        pdf.set_draw_color(*INK)
        pdf.set_line_width(0.6)
        pdf.rect(x + pad, top + pad, box, box)  # the box to tick
        left = pad * 2 + box
        pdf.set_y(top + pad - 0.5)
        self.text(title, BODY + 2, True, 1, indent=left)
        self.text(meta, BODY - 1, gap=1.5, indent=left, colour=GREY)
        self.text(why, BODY, gap=1.5, indent=left)
        for s, step in enumerate(steps, 1):
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", BODY)
            pdf.set_xy(x + left, y)
            pdf.cell(8, BODY * 0.48, f"{s}.")
            pdf.set_y(y)
            self.text(step, BODY, gap=1, indent=left + 8)
        bottom = pdf.get_y() + pad - 1
        if pdf.page == page and bottom > top:  # the frame, when the item stayed on one page
            pdf.set_draw_color(*GREY)
            pdf.set_line_width(0.3)
            pdf.rect(x, top, self.width, bottom - top, round_corners=True, corner_radius=2.5)
        pdf.set_y(bottom + 3 * self.space)

    def bullets(self, lines: Sequence[str], mark: str = "•") -> None:
        for line in lines:
            self.room(BODY * 0.5 + 1)
            y = self.pdf.get_y()
            self.pdf.set_font("DejaVu", "", BODY)
            self.pdf.set_xy(self.pdf.l_margin, y)
            self.pdf.cell(6, BODY * 0.48, mark)
            self.pdf.set_y(y)
            self.text(line, BODY, gap=1, indent=6)


def _report_pages(data: ReportData, language: str | None, space: float, explain_first: bool = False,
                  ) -> tuple[Any, float]:
    """The PDF document, and how far down its last page the text reaches (0 top to 1 bottom)."""
    lang, t = _translator(language)
    title = data.title_words(t)
    pdf = _pdf()
    pdf.set_margins(18, 16, 18)
    pdf.set_title(title)
    pdf.add_page()
    out = _Printer(pdf, lang, t, space)
    out.text(title, 22, True, 2, align="C")
    out.text(_made_on(_local_date(data.generated, lang, t), t), BODY - 1, gap=4, colour=GREY, align="C")
    if explain_first:
        out.text(t(N_("How the score works:")) + " " + t(C.SCORE_MODEL_TEXT), BODY - 1, gap=3, colour=GREY)
    if data.household_score is not None:
        out.heading(t(N_("Household score")), 16)
        covers = data.household_coverage
        out.gauge(data.household_score, t(covers.words) if covers is not None else "")
    for index, m in enumerate(data.members):
        if index and pdf.get_y() > pdf.h * 0.55:
            pdf.add_page()
        out.heading(m.name, 19, follow=45)
        if m.score is None:
            out.text(_no_score_words(m, t))
        else:
            lost = sum(i.points for i in m.todo)
            out.gauge(m.score, _lost_words(lost, len(m.todo), t) if m.todo else "")
        out.text(_dates_words(m, lang, t), BODY, gap=3)
        if m.todo:
            count = len(m.todo)
            out.heading(t(N_("To do ({count}), most important first", count=count)), 15, follow=60)
            out.text(t(N_("Tick each box when it is done.")), BODY, gap=2.5, colour=GREY)
            for n, item in enumerate(m.todo, 1):
                out.todo_item(n, item)
        elif m.score is not None:
            out.text(t(N_("Nothing open on the to-do list. Well done.")))
        if m.fixed:
            out.heading(t(N_("Fixed recently")), 14, follow=12)
            out.bullets([i.title_words(t) for i in m.fixed], "✓")
        if m.dismissed:
            out.heading(t(N_("Dismissed (they cost no points)")), 14, follow=12)
            out.bullets([_dismissed_words(i, t) for i in m.dismissed])
        if m.steps:
            out.heading(t(N_("Checkup steps")), 14, follow=16)
            for (step_title, status, msg), mark, details in zip(m.steps, _marks(m), _details(m), strict=True):
                out.room(14)
                out.text(f"{mark} {t(step_title)}: {t(status)}", BODY, True, 0.5)
                if str(msg).strip():
                    out.text(out.words(msg), BODY, gap=0.5, indent=6)
                for d in details:
                    out.text(out.words(plain_step(d)), BODY - 0.5, gap=0.3, indent=6, colour=GREY)
                pdf.ln(1.5 * space)
        out.heading(t(N_("Legacy and emergency access")), 14, follow=14)
        out.bullets([f"{t(item_title)}: {t(status)}" for item_title, status in m.legacy])
        if m.consents:
            out.heading(t(N_("Caregiver consent")), 14, follow=12)
            out.bullets([out.words(c) for c in m.consents])
    if not explain_first:
        out.heading(t(N_("How the score works:")), 13, follow=20)
        out.text(t(C.SCORE_MODEL_TEXT), BODY - 1, colour=GREY)
    return pdf, pdf.get_y() / pdf.h


def _close_fonts(pdf: Any) -> None:
    """A layout that is not kept lets go of its font files (fontTools reads them lazily)."""
    for font in pdf.fonts.values():
        ttfont = getattr(font, "ttfont", None)
        if ttfont is not None:
            ttfont.close()


#: A last page filled less than this is "near empty": the report is laid out again, tighter.
NEAR_EMPTY = 0.2


def render_pdf(data: ReportData, language: str | None = None) -> bytes:
    """The report as a PDF, in ``language`` (default: the current one), with no near-empty last page."""
    best: tuple[int, float, Any] | None = None
    # Tighter spacing first; then the score explanation moves from the end to under the title.
    for space, explain_first in ((1.0, False), (0.6, False), (0.3, False), (1.0, True), (0.6, True), (0.3, True)):
        pdf, fill = _report_pages(data, language, space, explain_first)
        if pdf.pages_count == 1 or fill >= NEAR_EMPTY:
            if best is not None:
                _close_fonts(best[2])
            return bytes(pdf.output())
        if best is None or (pdf.pages_count, -fill) < (best[0], -best[1]):
            if best is not None:
                _close_fonts(best[2])
            best = (pdf.pages_count, fill, pdf)
        else:
            _close_fonts(pdf)
    assert best is not None
    return bytes(best[2].output())


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


BANK_LINE = (N_("Your bank (number on the back of your card)"), "________________________")
#: Where to report, by country (the ``scam_region`` setting, else the computer's); other countries
#: get every list Hearth has and a line to write their own number in.
REPORT_LINES_BY_REGION: dict[str, tuple[tuple[str, str], ...]] = {
    "GB": (
        (N_("UK: your bank, any time"), N_("Call 159")),
        (N_("UK: report fraud (Action Fraud)"), "0300 123 2040 · actionfraud.police.uk"),
        (N_("UK: forward scam text messages to"), "7726"),
    ),
    "US": (
        (N_("US: report fraud (FTC)"), "reportfraud.ftc.gov · 1-877-382-4357"),
        (N_("US: internet crime (FBI IC3)"), "ic3.gov"),
        (N_("US: AARP Fraud Watch helpline"), "1-877-908-3360"),
    ),
}
OTHER_COUNTRY_LINE = (N_("The police or fraud line in your country"), "________________________")
REPORT_LINES: tuple[tuple[str, str], ...] = (BANK_LINE, *REPORT_LINES_BY_REGION["GB"], *REPORT_LINES_BY_REGION["US"])


def report_lines(region: str) -> tuple[tuple[str, str], ...]:
    """Where to report fraud, for a two-letter country code."""
    known = REPORT_LINES_BY_REGION.get(region.upper())
    if known is not None:
        return (BANK_LINE, *known)
    return (BANK_LINE, OTHER_COUNTRY_LINE, *REPORT_LINES[1:])


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
    from app.scam import region_for  # the country the person chose (or the computer's)

    for label, value in report_lines(region_for(hearth)):
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
