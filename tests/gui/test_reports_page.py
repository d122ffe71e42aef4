"""The Reports page: exports, cards, next checkup dates and the legacy checklist (caregiver consent: test_caregiver_page.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core import Hearth
from app.legacy import LegacyChecklist
from ui.context import UiContext
from ui.pages import reports as reports_mod


@pytest.fixture
def page(qtbot, ui_ctx: UiContext, hearth: Hearth) -> reports_mod.Page:  # noqa: ANN001
    hearth.members.add("Rose", "senior")
    hearth.members.add("Ana")
    ui_ctx.refresh_members()
    ui_ctx.select_member(hearth.members.find("Rose"))
    p = reports_mod.Page(ui_ctx)
    qtbot.addWidget(p)
    p.show()
    reports_mod.OPEN_AFTER_SAVE[0] = False
    yield p
    reports_mod.NEXT_SAVE_PATH.clear()


def _save(qtbot, page: reports_mod.Page, button, path: Path) -> None:  # noqa: ANN001
    reports_mod.NEXT_SAVE_PATH.append(str(path))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)


def test_exports_and_cards(qtbot, page: reports_mod.Page, tmp_path: Path) -> None:  # noqa: ANN001
    _save(qtbot, page, page.house_html, tmp_path / "house.html")
    html = (tmp_path / "house.html").read_text(encoding="utf-8")
    assert "Household security report" in html and "Rose" in html and "Ana" in html
    _save(qtbot, page, page.member_pdf, tmp_path / "rose.pdf")
    assert (tmp_path / "rose.pdf").read_bytes().startswith(b"%PDF")
    for button, name in ((page.pause_button, "pause.pdf"), (page.emergency_button, "em.pdf")):
        _save(qtbot, page, button, tmp_path / name)
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    page.safe_word.setText("velvet walrus")
    _save(qtbot, page, page.safe_word_button, tmp_path / "word.pdf")
    pypdf = pytest.importorskip("pypdf")
    assert "velvet walrus" in pypdf.PdfReader(str(tmp_path / "word.pdf")).pages[0].extract_text()
    assert "Saved to" in page.status.text()


def test_unwritable_path_is_a_plain_message(qtbot, page: reports_mod.Page, tmp_path: Path) -> None:  # noqa: ANN001
    _save(qtbot, page, page.member_html, tmp_path / "missing" / "r.html")
    assert page.status.text().startswith("✖") and "does not exist" in page.status.text()


def test_cancelled_save_dialog_writes_nothing(qtbot, page: reports_mod.Page, tmp_path: Path) -> None:  # noqa: ANN001
    reports_mod.NEXT_SAVE_PATH.append(None)
    qtbot.mouseClick(page.member_pdf, Qt.MouseButton.LeftButton)
    assert page.task is None and not list(tmp_path.glob("*.pdf"))
    assert page.status.text() == ""


def test_next_checkups_and_legacy(qtbot, page: reports_mod.Page, hearth: Hearth) -> None:  # noqa: ANN001
    assert "Rose: now (never had a checkup)" in page.due_label.text()
    rose = hearth.members.find("Rose")
    box = page.legacy_boxes["google_inactive"]
    box.setCurrentIndex(box.findData("done"))
    box.activated.emit(box.currentIndex())
    status = {i.item.key: i.status for i in LegacyChecklist(hearth).items(rose.id)}
    assert status["google_inactive"] == "done"


def test_reminder_interval_changes_the_due_dates(qtbot, page: reports_mod.Page, hearth: Hearth) -> None:  # noqa: ANN001
    from app import checkup as C

    rose = hearth.members.find("Rose")
    C.Checkup.start(hearth, rose.id).finish()
    page.reload()
    assert "Rose: " in page.due_label.text() and "never" not in page.due_label.text().split("\n")[-1]
    before = C.next_due(hearth, rose.id)
    page.interval.setValue(30)
    page.interval.editingFinished.emit()
    assert C.interval_days(hearth) == 30
    assert (before - C.next_due(hearth, rose.id)).days == 60




def test_saved_report_offers_open_and_print(qtbot, page: reports_mod.Page, tmp_path: Path,  # noqa: ANN001
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.widgets import saved_file

    monkeypatch.setattr(saved_file, "VIEWER", [False])  # no real viewer in tests
    monkeypatch.setattr(saved_file, "OPENED", [])
    actions = page.saved_actions
    assert actions.isHidden()  # nothing saved yet, nothing to open
    _save(qtbot, page, page.member_pdf, tmp_path / "rose.pdf")
    assert not actions.isHidden() and actions.path == tmp_path / "rose.pdf"
    assert actions.open_button.hasFocus()  # the keyboard is on the next thing to do
    assert actions.open_button.accessibleName() and actions.print_button.accessibleName()
    assert saved_file.OPENED == []  # saving alone opens nothing
    qtbot.keyClick(actions.open_button, Qt.Key.Key_Space)
    assert [("open", tmp_path / "rose.pdf")] == saved_file.OPENED
    qtbot.mouseClick(actions.print_button, Qt.MouseButton.LeftButton)
    assert saved_file.OPENED[-1] == ("print", tmp_path / "rose.pdf")
    assert "Ctrl+P" in actions.hint.text()
    page.ctx.select_member(page.ctx.hearth.members.find("Ana"))
    assert actions.isHidden()  # another person: the previous person's file is not offered


def test_failed_save_offers_nothing(qtbot, page: reports_mod.Page, tmp_path: Path) -> None:  # noqa: ANN001
    _save(qtbot, page, page.member_pdf, tmp_path / "rose.pdf")
    _save(qtbot, page, page.member_html, tmp_path / "missing" / "r.html")
    assert page.saved_actions.isHidden() and page.status.text().startswith("✖")
