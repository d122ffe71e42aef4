"""Reports (HTML, PDF, cards), the checkup/report commands, caregiver consent and the legacy checklist."""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path

import pytest

from app import checkup as C
from app import reports as R
from app.caregiver import CareLinks
from app.cli import main
from app.core import Hearth
from app.errors import InvalidInput, NotFound, StorageError
from app.legacy import LegacyChecklist
from checks.base import Finding, Severity, Subject
from tests.helpers.checkup_runners import plug

SECRET = "hunter2-TOTALLY-SECRET"


@pytest.fixture
def household(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> Hearth:
    def runner(ctx: C.StepContext) -> C.StepResult:
        return C.StepResult((
            Finding(
                check_id="device.firewall",
                subject=Subject.DEVICE,
                severity=Severity.HIGH,
                title="Turn on the firewall",
                why="A firewall blocks connections you did not ask for.",
                fix=("Open Settings.", "Turn the firewall on."),
                evidence=(f"seen password={SECRET}",),
                effort_minutes=5,
            ),
        ), checked=6)

    plug(monkeypatch, runner)
    rose = hearth.members.add("Rosé Zoë", "senior")
    carer = hearth.members.add("Ana")
    hearth.accounts.add(rose.id, "Gmail", domain="gmail.com", login_hint="rose@example.org", notes=SECRET)
    c = C.Checkup.start(hearth, rose.id)
    c.run_step("device")
    c.answer({"email_current": "no", "phone_current": "yes", "codes_saved": "yes", "legacy_contact": "yes"})
    word = c.suggest_safe_word()
    c.safe_word_answer("no")
    c.finish()
    fid = next(f.id for f in C.FindingsStore(hearth).list(rose.id) if f.check_id == "recovery.email_current")
    C.FindingsStore(hearth).dismiss(fid, "I changed it last week at the bank")
    CareLinks(hearth).grant(rose.id, carer.id, ["findings", "reports"])
    LegacyChecklist(hearth).set(rose.id, "google_inactive", "done", "envelope in the desk")
    hearth._test_safe_word = word  # type: ignore[attr-defined]
    return hearth


def test_html_report_is_readable_and_has_no_secrets(household: Hearth) -> None:
    rose = household.members.find("Rosé Zoë")
    text = R.render_html(R.build_report(household, member_id=rose.id))
    assert "<!DOCTYPE html>" in text and "<script" not in text and "http" not in text.split("<body>")[0]
    assert "Turn on the firewall" in text and "Turn the firewall on." in text  # why + how
    assert "Rosé Zoë" in text
    assert "I changed it last week at the bank" in text  # dismissed with its reason
    assert "Google Inactive Account Manager" in text and "Done" in text
    assert "agreed on" in text and "Ana" in text
    assert "Score: 77 out of 100" in text  # 100 - 15 (firewall) - 8 (safe word); dismissed costs nothing
    for secret in (SECRET, "rose@example.org", household._test_safe_word):  # type: ignore[attr-defined]
        assert secret not in text


def test_household_score_says_what_it_covers(household: Hearth, tmp_path: Path) -> None:
    data = R.build_report(household, household=True)
    covers = data.household_coverage
    assert covers is not None and covers.of == 7 and 0 < covers.checked < 7  # Rosé only; Ana is not counted
    text = R.render_html(data)
    assert f"Household score: {data.household_score} out of 100 (covers {covers.checked} of 7 areas)" in text
    assert R.build_report(household, member_id=household.members.find("Ana").id).household_coverage is None


def test_household_html_escapes_names(hearth: Hearth) -> None:
    hearth.members.add("<b>Evil</b>")
    text = R.render_html(R.build_report(hearth, household=True))
    assert "<b>Evil</b>" not in text and "&lt;b&gt;Evil&lt;/b&gt;" in text
    assert "No checkup yet" in text


def _pdf_text_streams(data: bytes) -> bytes:
    out = b""
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            out += zlib.decompress(m.group(1))
        except zlib.error:
            out += m.group(1)
    return out


def test_pdf_report_is_a_pdf_and_parses(household: Hearth, tmp_path: Path) -> None:
    rose = household.members.find("Rosé Zoë")
    path = R.export(household, tmp_path / "rose.pdf", "pdf", member_id=rose.id)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    start = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    assert data[start:start + 4] == b"xref"  # the cross-reference table is where the trailer says
    assert SECRET.encode() not in _pdf_text_streams(data)
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Rosé Zoë" in text and "Turn on the firewall" in text
    assert SECRET not in text and household._test_safe_word not in text  # type: ignore[attr-defined]


def test_cards_render(household: Hearth, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    for card in R.CARDS:
        path = R.export_card(household, card, tmp_path / f"{card}.pdf", word="velvet walrus")
        text = pypdf.PdfReader(str(path)).pages[0].extract_text()
        assert {"pause": "PAUSE", "safe-word": "velvet walrus", "emergency": "Emergency contacts"}[card] in text
    pause = pypdf.PdfReader(str(tmp_path / "pause.pdf")).pages[0].extract_text()
    assert "emotion" in pause and "urgency" in pause
    with pytest.raises(InvalidInput):
        R.export_card(household, "nope", tmp_path / "x.pdf")


def test_unwritable_paths_are_plain_errors(household: Hearth, tmp_path: Path) -> None:
    rose = household.members.find("Rosé Zoë")
    with pytest.raises(StorageError, match="does not exist"):
        R.export(household, tmp_path / "missing" / "r.html", "html", member_id=rose.id)
    with pytest.raises(InvalidInput, match="folder"):
        R.export(household, tmp_path, "html", member_id=rose.id)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if not __import__("os").access(locked, __import__("os").W_OK):  # root can write anyway
            with pytest.raises(StorageError):
                R.export(household, locked / "r.pdf", "pdf", member_id=rose.id)
        assert [p.name for p in locked.iterdir() if p.name.startswith(".hearth-")] == []
    finally:
        locked.chmod(0o700)
    with pytest.raises(InvalidInput):
        R.export(household, tmp_path / "r.doc", "doc", member_id=rose.id)


def test_cli_checkup_run_json_lists_why_and_fix(household: Hearth, capsys: pytest.CaptureFixture[str]) -> None:
    household.close()  # the CLI opens its own
    assert main(["checkup", "run", "--member", "Rosé Zoë", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["member"] == "Rosé Zoë" and isinstance(out["score"], int)
    assert out["findings"], "the device finding and the safe-word finding are open"
    for f in out["findings"]:
        assert {"check_id", "severity", "title", "why", "fix"} <= set(f)
        assert f["why"] and f["fix"]
    steps = {s["step"]: s for s in out["steps"]}
    assert all({"step", "outcome", "checked", "message"} <= set(s) for s in out["steps"])
    assert steps["device"]["outcome"] == "findings" and steps["device"]["checked"] == 6
    # the other automatic steps are switched off in this test: not built, so not checked
    assert steps["network"]["outcome"] == "couldnt_check" and steps["network"]["checked"] == 0
    assert out["coverage"] == {"checked": 1, "of": 7}
    assert SECRET not in json.dumps(out)


def test_cli_due_and_report_export(hearth: Hearth, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hearth.members.add("Bea")
    hearth.close()
    assert main(["checkup", "due"]) == 0
    assert "Bea" in capsys.readouterr().out
    out = tmp_path / "r.html"
    assert main(["report", "export", "--member", "Bea", "--format", "html", "--output", str(out)]) == 0
    assert "Security report for Bea" in out.read_text(encoding="utf-8")
    assert main(["report", "export", "--household", "--output", str(tmp_path / "h.pdf")]) == 0
    assert (tmp_path / "h.pdf").read_bytes().startswith(b"%PDF")
    assert main(["report", "export", "--member", "Bea", "--output", str(tmp_path / "no" / "r.pdf")]) != 0
    assert "does not exist" in capsys.readouterr().err
    assert main(["report", "card", "pause", "--output", str(tmp_path / "p.pdf")]) == 0


def test_caregiver_consent_can_be_withdrawn(hearth: Hearth) -> None:
    rose = hearth.members.add("Rose", "senior")
    ana = hearth.members.add("Ana")
    links = CareLinks(hearth)
    assert not links.can_see(ana.id, rose.id, "findings")
    link = links.grant(rose.id, ana.id, ["findings", "scam_history"])
    assert links.can_see(ana.id, rose.id, "findings") and not links.can_see(ana.id, rose.id, "reports")
    assert "Rose agreed" in link.consent_sentence and "withdraw" in link.consent_sentence
    assert [lk.member_name for lk in links.cared_for_by(ana.id)] == ["Rose"]
    gone = links.withdraw(rose.id, ana.id)
    assert not gone.active and not links.can_see(ana.id, rose.id, "findings")
    assert links.caregivers_of(rose.id) == [] and len(links.caregivers_of(rose.id, include_withdrawn=True)) == 1
    with pytest.raises(NotFound):
        links.withdraw(rose.id, ana.id)
    with pytest.raises(InvalidInput):
        links.grant(rose.id, rose.id)
    # removing the caregiver is not blocked, and the link disappears from view
    links.grant(rose.id, ana.id)
    hearth.members.remove(ana.id)
    assert links.caregivers_of(rose.id, include_withdrawn=True) == []


def test_legacy_checklist_status_per_item(hearth: Hearth) -> None:
    rose = hearth.members.add("Rose")
    lc = LegacyChecklist(hearth)
    assert {i.status for i in lc.items(rose.id)} == {"unknown"}
    lc.set(rose.id, "apple_legacy", "not_needed")
    lc.set(rose.id, "google_inactive", "done")
    lc.set(rose.id, "google_inactive", "done", "key with the will")
    assert lc.done_count(rose.id) == (1, 4)
    with pytest.raises(InvalidInput):
        lc.set(rose.id, "myspace", "done")
    hearth.members.remove(rose.id)  # the checklist rows go with the member
    with hearth.database.read() as db:
        assert db.execute("select count(*) from legacy_items").fetchone()[0] == 0


def test_caregiver_sees_only_what_was_consented(hearth: Hearth) -> None:
    from app.caregiver import caregiver_view

    rose = hearth.members.add("Rose", "senior")
    ana = hearth.members.add("Ana")
    c = C.Checkup.start(hearth, rose.id)
    c.answer({"email_current": "no", "phone_current": "yes", "codes_saved": "yes", "legacy_contact": "yes"})
    c.finish()  # the recovery area was checked: a score (an area half answered gives none)
    with hearth.database.transaction() as db:
        db.execute(
            "insert into scam_checks (member_id, at, kind, excerpt, verdict, score, reasons, sources) "
            "values (?, '2026-05-01T10:00:00+00:00', 'message', 'Pay [link] now', 'scam', 90, '[]', '[]')",
            [rose.id],
        )
    links = CareLinks(hearth)
    assert caregiver_view(hearth, ana.id) == []
    links.grant(rose.id, ana.id, ["scam_history"])
    (view,) = caregiver_view(hearth, ana.id)
    assert view.todo == () and view.score is None and not view.can_report
    assert view.scam_checks[0][2] == "scam"
    links.grant(rose.id, ana.id, ["findings", "reports"])
    (view,) = caregiver_view(hearth, ana.id)
    assert view.score == 85 and view.todo[0].check_id == "recovery.email_current" and view.scam_checks == ()
    links.withdraw(rose.id, ana.id)
    assert caregiver_view(hearth, ana.id) == []


# -- the printed report (issue 14 item 7) ------------------------------------------------------------


def _font_sizes(data: bytes) -> list[float]:
    return [float(x) for x in re.findall(rb"/F\d+ ([\d.]+) Tf", _pdf_text_streams(data))]


def _last_page_reach(path: Path) -> float:
    """How far down the last page the lowest text line is (0 = top, 1 = bottom), read back with pypdf."""
    pypdf = pytest.importorskip("pypdf")
    page = pypdf.PdfReader(str(path)).pages[-1]
    height = float(page.mediabox.height)
    ys: list[float] = []
    page.extract_text(visitor_text=lambda text, cm, tm, *_: ys.append(tm[5]) if text.strip() else None)
    return 1 - min(ys) / height


def test_printed_report_is_large_print_with_the_todo_list_first(household: Hearth, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    rose = household.members.find("Rosé Zoë")
    path = R.export(household, tmp_path / "rose.pdf", "pdf", member_id=rose.id)
    sizes = _font_sizes(path.read_bytes())
    assert min(sizes) >= 9  # only the 0 / 50 / 100 marks under the score bar are this small
    assert max(set(sizes), key=sizes.count) >= 12  # the body text
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages).split())
    assert "77 out of 100" in text and "Some work to do" in text  # the score bar's number and words
    assert "Tick each box when it is done." in text
    todo, dismissed, steps = (text.index(w) for w in ("To do (2)", "Dismissed (they cost", "Checkup steps"))
    assert todo < dismissed < steps
    assert "1. Open Settings." in text and "2. Turn the firewall on." in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # dates the reader's way, never ISO


def test_printed_report_has_no_developer_words(hearth: Hearth, monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")

    def runner(ctx: C.StepContext) -> C.StepResult:
        return C.StepResult((
            Finding(
                check_id="device.updates", subject=Subject.DEVICE, severity=Severity.MEDIUM,
                title="Turn on automatic updates", why="Updates close holes that criminals use.",
                fix=("Open Software & Updates.", "Fedora: run 'sudo dnf install dnf-automatic'.",
                     "Or set HEARTH_DATA_DIR to a folder you own."),
                effort_minutes=5,
            ),
        ), checked=3)

    plug(monkeypatch, runner)
    bea = hearth.members.add("Bea")
    c = C.Checkup.start(hearth, bea.id)
    c.run_step("device")
    c.finish()
    path = R.export(hearth, tmp_path / "bea.pdf", "pdf", member_id=bea.id)
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages).split())
    assert "Open Software & Updates." in text
    assert "sudo" not in text and "dnf" not in text and "HEARTH_" not in text
    assert text.count("This step needs a command typed on the computer") == 2
    assert "sudo dnf" in R.render_html(R.build_report(hearth, member_id=bea.id))  # the web page keeps them


@pytest.mark.parametrize("count", list(range(1, 13)))
def test_printed_report_has_no_near_empty_last_page(hearth: Hearth, monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path, count: int) -> None:
    """Reports of every length (1 to 12 to-do items): the last page is the only one or is not near empty."""
    pypdf = pytest.importorskip("pypdf")

    def runner(ctx: C.StepContext) -> C.StepResult:
        return C.StepResult(tuple(
            Finding(
                check_id=f"device.thing{n}", subject=Subject.DEVICE, severity=Severity.LOW,
                title=f"Look at thing {n}", why="A short reason why it matters to you and your family.",
                fix=("Open Settings.", "Find the thing.", "Turn it on."), effort_minutes=2,
            ) for n in range(count)
        ), checked=count)

    plug(monkeypatch, runner)
    bea = hearth.members.add("Bea")
    c = C.Checkup.start(hearth, bea.id)
    c.run_step("device")
    c.finish()
    path = R.export(hearth, tmp_path / "bea.pdf", "pdf", member_id=bea.id)
    pages = len(pypdf.PdfReader(str(path)).pages)
    assert pages == 1 or _last_page_reach(path) >= R.NEAR_EMPTY, (pages, _last_page_reach(path))


def test_emergency_sheet_follows_the_country(hearth: Hearth, tmp_path: Path) -> None:
    from app import settings as S

    pypdf = pytest.importorskip("pypdf")

    def sheet(region: str) -> str:
        hearth.settings.set(S.SCAM_REGION, region)
        path = R.export_card(hearth, "emergency", tmp_path / f"sheet-{region}.pdf")
        return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages).split())

    uk = sheet("GB")
    assert "Action Fraud" in uk and "7726" in uk and "FTC" not in uk and "IC3" not in uk
    us = sheet("US")
    assert "FTC" in us and "IC3" in us and "Action Fraud" not in us
    es = sheet("ES")  # a country Hearth has no numbers for: a line to write one in, and the lists it has
    assert "The police or fraud line in your country" in es and "FTC" in es and "Action Fraud" in es
    assert "Your bank" in uk and "Your bank" in us and "Your bank" in es
