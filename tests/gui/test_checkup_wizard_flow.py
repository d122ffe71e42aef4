"""The checkup wizard flows (issue 14 items 4 and 5, and the checkup part of items 1 and 8).

One action per step that moves on when there is nothing to decide; Skip as its own choice; radio
buttons; answering moves nothing under the pointer; "3 things to do this week" lists 3; Print, Save
and Share after Finish; the keyboard focus on the new content; severity badges, outcome symbols and
plain words.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QRadioButton, QWidget

from app import checkup as C
from app import presenters as P
from app.core import Hearth
from checks.base import Finding, Severity, Subject
from tests.helpers.checkup_runners import fake_device
from ui import i18n
from ui.context import UiContext
from ui.pages import checkup as page_mod
from ui.widgets.verdict import SeverityBadge


def _finding(n: int, severity: Severity = Severity.MEDIUM) -> Finding:
    return Finding(
        check_id=f"device.thing{n}", subject=Subject.DEVICE, severity=severity, title=f"Thing number {n}",
        why="It matters.", fix=("Open Settings.", f"Fix thing {n}."), effort_minutes=n,
    )


def _page(qtbot, ctx: UiContext) -> page_mod.Page:  # noqa: ANN001
    page = page_mod.Page(ctx)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def rose(hearth: Hearth, ui_ctx: UiContext) -> int:
    member = hearth.members.add("Rose", "senior")
    ui_ctx.refresh_members()
    return member.id


def _run(qtbot, page: page_mod.Page) -> None:  # noqa: ANN001
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)
    _settle(qtbot)


def _go(qtbot, page: page_mod.Page, key: str) -> None:  # noqa: ANN001
    assert page.checkup is not None
    page.checkup.go_to(key)
    page.render()
    _settle(qtbot)


def _settle(qtbot) -> None:  # noqa: ANN001
    """New widgets are shown on the next turn of the event loop: let it turn."""
    qtbot.wait(1)


def _focus_on(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=5000)


@pytest.fixture
def english(qapp) -> Iterator[None]:  # noqa: ANN001
    """The English plural forms ("1 minute", "2 minutes") come from hearth_en.qm."""
    translators = i18n.install("en", qapp)
    try:
        yield
    finally:
        i18n.remove(translators, qapp)


def test_a_clear_step_runs_and_moves_on_in_one_click(qtbot, ui_ctx: UiContext, rose: int,  # noqa: ANN001, ARG001
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    fake_device(monkeypatch)  # looks at 5 things, finds nothing
    page = _page(qtbot, ui_ctx)
    page.start()
    _settle(qtbot)
    _go(qtbot, page, "device")
    # Nothing run yet: the step's own action, and Skip as a separate choice; no Next that means Skip.
    assert page.run_button.isVisibleTo(page) and page.run_button.property("primary") is True
    assert page.skip_button.isVisibleTo(page) and "Skip this step" in page.skip_button.text().replace("&", "")
    assert not page.next_button.isVisibleTo(page)
    _run(qtbot, page)
    assert page.checkup.step_outcome("device") == C.CLEAN
    assert page.checkup.current.key == "network"  # moved on by itself
    assert page.status.text().startswith("✔ This computer:")


def test_a_step_with_things_to_do_stays_and_shows_them_as_badges(qtbot, ui_ctx: UiContext, rose: int,  # noqa: ANN001, ARG001
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    found = fake_device(monkeypatch)
    found[:] = [_finding(1, Severity.HIGH), _finding(2, Severity.MEDIUM)]
    page = _page(qtbot, ui_ctx)
    page.start()
    _settle(qtbot)
    _go(qtbot, page, "device")
    _run(qtbot, page)
    assert page.checkup.current.key == "device"  # there is something to read: it stays
    assert page.next_button.isVisibleTo(page) and not page.skip_button.isVisibleTo(page)
    assert page.run_button.text().replace("&", "") == "Run again"
    # The outcome's own symbol, never a tick over things to do; the status line says the same.
    assert page.step_state.icon_label.text() == P.OUTCOME_ICONS["findings"] == "⚠"
    assert page.step_state.text().startswith("⚠ Things to do. 2 things to look at")
    assert not page.status.text().startswith("✔")
    badges = [b.text() for b in page.body_host.findChildren(SeverityBadge)]
    assert badges == ["✖ High", "⚠ Medium"]
    texts = [w.text() for w in page.body_host.findChildren(QLabel)]
    assert not any(t.startswith(("!!", "! ", "‼")) for t in texts)
    # the keyboard focus is on the result, not the member switcher
    _focus_on(qtbot, page.step_state)


def test_focus_goes_to_the_new_content(qtbot, ui_ctx: UiContext, rose: int) -> None:  # noqa: ANN001, ARG001
    page = _page(qtbot, ui_ctx)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    _focus_on(qtbot, page.step_heading)
    assert page.step_heading.text() == "Passwords"
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert page.checkup.current.key == "breaches"
    _focus_on(qtbot, page.step_heading)
    _go(qtbot, page, "recovery")
    for qid, choices in page._question_choices.items():
        choices.choose("no" if qid == "email_current" else "yes")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert page.checkup.current.key == "recovery" and page.checkup.step_outcome("recovery") == C.FINDINGS
    _focus_on(qtbot, page.step_state)


def test_questions_are_radio_buttons_and_all_clear_answers_move_on(qtbot, ui_ctx: UiContext, rose: int) -> None:  # noqa: ANN001, ARG001
    page = _page(qtbot, ui_ctx)
    page.start()
    _settle(qtbot)
    _go(qtbot, page, "recovery")
    assert not page.findChildren(QComboBox)
    questions = C.Checkup.questions("recovery")
    assert set(page._question_choices) == {q.id for q in questions}
    for choices in page._question_choices.values():
        radios = choices.findChildren(QRadioButton)
        assert [r.text() for r in radios] == ["Yes", "No", "Not sure"]
        assert all(r.accessibleName() for r in radios)
    # Save with nothing chosen: it says what to do and stays
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Skip this step" in page.status.text() and page.checkup.current.key == "recovery"
    for choices in page._question_choices.values():
        qtbot.mouseClick(choices.buttons["yes"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.checkup.step_outcome("recovery") == C.CLEAN
    assert page.checkup.current.key == page.checkup.step_defs[page.checkup.step_number("recovery")].key


def test_answering_the_quiz_moves_nothing_under_the_pointer(qtbot, ui_ctx: UiContext, rose: int) -> None:  # noqa: ANN001, ARG001
    page = _page(qtbot, ui_ctx)
    page.start()
    _settle(qtbot)
    _go(qtbot, page, "scam")
    assert not page.findChildren(QComboBox)
    quiz = page.checkup.quiz()
    assert len(quiz) >= 2
    page.body_host.layout().activate()

    def tops() -> list[int]:
        page.body_host.layout().activate()
        return [page._quiz_groups[q.id].button(0).mapTo(page.body_host, page._quiz_groups[q.id].button(0)
                                                       .rect().topLeft()).y() for q in quiz]

    def settled_tops() -> list[int]:
        """The positions once the layout stops changing (text wraps settle over a few turns of the
        event loop, later on a busy machine); a real move stays."""
        last: list[int] = []
        for _ in range(25):
            qtbot.wait(20)
            now = tops()
            if now == last:
                break
            last = now
        return last

    before = settled_tops()
    first = quiz[0]
    wrong = next(i for i in range(len(first.choices)) if i != first.answer)
    qtbot.mouseClick(page._quiz_groups[first.id].button(wrong), Qt.MouseButton.LeftButton)
    assert page.checkup.state["quiz"][first.id] == wrong
    assert settled_tops() == before  # the next questions stayed where they were
    feedback_texts = [w.text() for w in page.body_host.findChildren(QLabel)]
    assert any(t.startswith("✖ Not quite.") for t in feedback_texts)
    # the safe word is radio buttons too
    assert [r.text() for r in page.safe_word_box.findChildren(QRadioButton)] == ["Yes", "No", "Not sure"]


def _summary_with(hearth: Hearth, member_id: int, findings: list[Finding]) -> C.Checkup:
    c = C.Checkup.start(hearth, member_id)
    c.findings.record(member_id, c.run_id, "device", findings, c.clock())
    while not c.at_summary:
        c.next()
    return c


def test_three_things_this_week_lists_three(qtbot, english: None, ui_ctx: UiContext, hearth: Hearth,  # noqa: ANN001, ARG001
                                            rose: int) -> None:
    _summary_with(hearth, rose, [_finding(n) for n in range(1, 6)])
    page = _page(qtbot, ui_ctx)
    cards = page.todo_list
    assert cards is not None and cards.count() == 5
    assert cards.week_heading.text() == "3 things to do this week"
    assert len(cards.this_week()) == 3 == cards.week_count
    assert cards.later_heading is not None and cards.later_heading.text() == "Later"
    # each card: the severity badge (icon + word), the title, how long; no points or developer words
    first = cards.item(0)
    assert first.badge.text() == "⚠ Medium" and first.title_label.text() == "1. Thing number 1"
    assert first.meta_label.text() == "About 1 minute" and cards.item(1).meta_label.text() == "About 2 minutes"
    texts = [w.text() for w in page.body_host.findChildren(QLabel) if w.isVisibleTo(page)]
    assert not any("point" in t or "at its limit" in t or "!!" in t for t in texts)
    # the steps are folded away until asked for
    assert not first.detail.isVisibleTo(page)
    qtbot.mouseClick(first.how_button, Qt.MouseButton.LeftButton)
    assert first.detail.isVisibleTo(page) and "Fix thing 1." in first.detail.text()


def test_two_things_say_two(qtbot, english: None, ui_ctx: UiContext, hearth: Hearth, rose: int) -> None:  # noqa: ANN001, ARG001
    _summary_with(hearth, rose, [_finding(1), _finding(2)])
    page = _page(qtbot, ui_ctx)
    assert page.todo_list.week_heading.text() == "2 things to do this week"
    assert page.todo_list.later_heading is None


def test_the_scoring_formula_is_folded_away(qtbot, ui_ctx: UiContext, hearth: Hearth, rose: int) -> None:  # noqa: ANN001
    _summary_with(hearth, rose, [_finding(1)])
    page = _page(qtbot, ui_ctx)
    formula = next(w for w in page.body_host.findChildren(QLabel) if w.text() == str(C.SCORE_MODEL_TEXT))
    assert not formula.isVisibleTo(page)
    assert page.score_help.button.text() == "▸ How is this worked out?"
    qtbot.mouseClick(page.score_help.button, Qt.MouseButton.LeftButton)
    assert formula.isVisibleTo(page)


def test_print_save_and_share_after_finish(qtbot, ui_ctx: UiContext, hearth: Hearth, rose: int,  # noqa: ANN001
                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    c = _summary_with(hearth, rose, [_finding(1)])
    opened: list[QUrl] = []
    monkeypatch.setattr(page_mod, "open_url", opened.append)
    page = _page(qtbot, ui_ctx)
    assert not page.print_button.isVisibleTo(page)  # not before Finish
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # Finish
    _settle(qtbot)
    assert C.Checkup.load(hearth, c.run_id).status == "finished"
    for b in (page.print_button, page.save_report_button, page.share_button, page.next_button):
        assert b.isVisibleTo(page) and b.accessibleName()
    assert "new checkup" in page.next_button.text().replace("&", "")

    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.save_task is None, timeout=20000)
    printed = page.last_saved
    assert printed is not None and printed.read_bytes().startswith(b"%PDF")
    assert opened[-1] == QUrl.fromLocalFile(str(printed)) and "Print it from there" in page.status.text()

    saved = tmp_path / "rose.pdf"
    page_mod.NEXT_SAVE_PATH.append(str(saved))
    qtbot.mouseClick(page.save_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.save_task is None, timeout=20000)
    assert saved.read_bytes().startswith(b"%PDF")
    assert opened[-1] == QUrl.fromLocalFile(str(saved)) and str(saved) in page.status.text()

    shared = tmp_path / "share" / "rose.pdf"
    shared.parent.mkdir()
    page_mod.NEXT_SAVE_PATH.append(str(shared))
    qtbot.mouseClick(page.share_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.save_task is None, timeout=20000)
    assert shared.read_bytes().startswith(b"%PDF")
    assert opened[-1] == QUrl.fromLocalFile(str(shared.parent)) and "attach" in page.status.text()

    # a place that cannot be written: a plain error, nothing opened
    page_mod.NEXT_SAVE_PATH.append(str(tmp_path / "missing" / "x.pdf"))
    count = len(opened)
    qtbot.mouseClick(page.save_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.save_task is None, timeout=20000)
    assert page.status.text().startswith("✖ ") and len(opened) == count
    # cancelled dialog: nothing happens
    page_mod.NEXT_SAVE_PATH.append(None)
    qtbot.mouseClick(page.save_report_button, Qt.MouseButton.LeftButton)
    assert page.save_task is None and len(opened) == count
