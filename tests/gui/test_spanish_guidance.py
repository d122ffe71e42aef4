"""The texts that come from checks/ and app/ (findings, steps, questions, scam reasons, network
items, error messages) are shown in Spanish when the interface speaks Spanish.

The interface's own words go through Qt (tests/gui/test_spanish.py); these come from
``app.i18n`` and resources/i18n/guidance_es.ts. Every expected Spanish text is worked out with
``app.i18n.translate(..., strict=True)``, so a missing translation fails here instead of
quietly showing English. Names and pasted messages are user data and stay as typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app import checkup as C
from app import i18n as app_i18n
from app import presenters, scam
from app.core import Hearth
from app.errors import InvalidInput, UserFacingError
from checks.base import Finding, Severity, Subject
from checks.network import evaluate_network
from ui import i18n
from ui.context import UiContext
from ui.dialogs import MemberDialog
from ui.pages import checkup as checkup_page
from ui.pages import network as network_page
from ui.pages import reports as reports_page
from ui.pages import scam as scam_page
from ui.pages.base import error_text
from ui.widgets.dashboard import HouseholdDashboard

NOW = dt.datetime(2026, 5, 3, 12, 0, tzinfo=dt.timezone.utc)
EMAIL_TITLE = "Check the recovery e-mail on your main accounts"
PHONE_TITLE = "Check the recovery phone number on your main accounts"


def es(text: str) -> str:
    """The Spanish the page must show for an English text from checks/ or app/."""
    spanish = app_i18n.translate(text, "es", strict=True)
    assert spanish != text, f"not translated: {text!r}"
    return spanish


@pytest.fixture(autouse=True)
def _language_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    """app.i18n's language is process-wide: put it back after each test."""
    monkeypatch.setitem(app_i18n._state, "language", app_i18n._state["language"])


@pytest.fixture
def spanish(qapp) -> Iterator[None]:  # noqa: ANN001
    before = app_i18n.current()
    translators = i18n.install("es", qapp)
    assert translators, "resources/i18n/hearth_es.qm is missing: run packaging/update_translations.py"
    assert app_i18n.current() == "es", "installing the Spanish interface sets app.i18n's language too"
    try:
        yield
    finally:
        i18n.remove(translators, qapp)
    assert app_i18n.current() == before
    assert QCoreApplication.translate("Areas", "Home") == "Home"


@pytest.fixture
def rose(hearth: Hearth) -> int:
    """Rose, with a checkup at its results: open recovery items, and one about her Gmail account."""
    member = hearth.members.add("Rose", "senior")
    c = C.Checkup.start(hearth, member.id)
    c.answer({"email_current": "no", "phone_current": "yes", "codes_saved": "yes", "legacy_contact": "yes"})
    gmail = Finding(
        check_id="twofa.test_gmail",
        subject=Subject.ACCOUNT,
        severity=Severity.CRITICAL,
        title=PHONE_TITLE,
        why="An old phone number may now belong to someone else, who would then receive your codes.",
        fix=("Log in to your main e-mail account and open its security settings.",),
        subject_ref="Gmail",
        effort_minutes=5,
    )
    C.FindingsStore(hearth).record(member.id, c.run_id, "twofa", [gmail], NOW)
    while not c.at_summary:
        c.next()
    return member.id


def _select(ctx: UiContext, member_id: int) -> None:
    ctx.select_member(ctx.hearth.members.get(member_id))


def _checkup(qtbot, ctx: UiContext, member_id: int) -> checkup_page.Page:  # noqa: ANN001
    _select(ctx, member_id)
    page = checkup_page.Page(ctx)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    return page


def test_checkup_to_do_list_and_details_are_spanish(spanish: None, qtbot, ui_ctx: UiContext, rose: int) -> None:  # noqa: ANN001, ARG001
    page = _checkup(qtbot, ui_ctx, rose)
    assert page.checkup is not None and page.checkup.at_summary
    rows = [page.todo_list.item(i).text() for i in range(page.todo_list.count())]
    assert len(rows) == 2
    # Most important first: the Gmail item (urgent), its account name kept, its title in Spanish.
    assert f"Gmail: {es(PHONE_TITLE)}" in rows[0] and i18n.word(Severity.CRITICAL.label) in rows[0]
    assert es(EMAIL_TITLE) in rows[1] and "Alta" in rows[1]
    assert all("Check the recovery" not in row for row in rows)
    assert es(C.SCORE_MODEL_TEXT) in {label.text() for label in page.findChildren(QLabel)}
    page.todo_list.setCurrentRow(1)
    finding = next(f for f in C.todo(ui_ctx.hearth, rose) if f.title == EMAIL_TITLE)
    detail = page.detail.text()
    assert es(finding.why) in detail
    for step in finding.fix:
        assert es(step) in detail
    assert finding.why not in detail and finding.fix[0] not in detail


def test_checkup_step_questions_and_messages_are_spanish(spanish: None, qtbot, ui_ctx: UiContext, rose: int) -> None:  # noqa: ANN001, ARG001
    page = _checkup(qtbot, ui_ctx, rose)
    assert page.checkup is not None
    page.checkup.go_to("recovery")
    page.render()
    step = C.step_def("recovery")
    assert page.step_label.text() == f"Paso 4 de {len(C.COMMON_KEYS)}: {es(step.title)}"
    texts = {label.text() for label in page.findChildren(QLabel)}
    assert es(step.intro) in texts
    for q in C.Checkup.questions("recovery"):
        assert es(q.text) in texts and es(q.help) in texts
    view = next(v for v in page.checkup.steps() if v.key == "recovery")
    assert es(view.message) in page.step_state.text()
    page.save_answers()  # the saved answers again: the step's message, in Spanish
    assert page.status.text().endswith(es(page.checkup.steps()[3].message))  # after the outcome's symbol


def test_checkup_quiz_is_spanish(spanish: None, qtbot, ui_ctx: UiContext, rose: int) -> None:  # noqa: ANN001, ARG001
    page = _checkup(qtbot, ui_ctx, rose)
    assert page.checkup is not None
    page.checkup.go_to("scam")
    page.render()
    quiz = C.Checkup.quiz()
    texts = {label.text() for label in page.findChildren(QLabel)}
    assert f"1. {es(quiz[0].question)}" in texts
    for choice in quiz[0].choices:
        assert es(choice) in texts
    assert es(C.SAFE_WORD_QUESTION.text) in texts
    wrong = next(i for i in range(len(quiz[0].choices)) if i != quiz[0].answer)
    feedback = QLabel()
    page.answer_quiz(quiz[0].id, wrong, feedback)
    assert es(quiz[0].choices[quiz[0].answer]) in feedback.text() and es(quiz[0].explain) in feedback.text()


def test_home_dashboard_top_action_is_spanish(spanish: None, qtbot, ui_ctx: UiContext, rose: int) -> None:  # noqa: ANN001, ARG001
    dashboard = HouseholdDashboard(ui_ctx)
    qtbot.addWidget(dashboard)
    (card,) = dashboard.cards
    assert es(PHONE_TITLE) in card.top_label.text()
    assert PHONE_TITLE not in card.top_label.text()


def test_error_messages_from_app_are_spanish(spanish: None, qtbot, hearth: Hearth) -> None:  # noqa: ANN001, ARG001
    error = InvalidInput("The format must be pdf or html.", hint="Choose another folder, or create that one first. Nothing was written.")
    assert error_text(error) == f"{es(error.message)}\n\n{es(error.hint)}"
    with pytest.raises(UserFacingError) as caught:
        hearth.members.find("Nobody")
    assert error_text(caught.value).startswith(es(caught.value.message))
    assert "'Nobody'" in error_text(caught.value)  # the name as typed
    # The member dialog shows the repository's message inline, in Spanish.
    dialog = MemberDialog(hearth.members.add)
    qtbot.addWidget(dialog)
    dialog.name.setText("")
    dialog._on_buttons_accepted()
    with pytest.raises(UserFacingError) as empty:
        hearth.members.add("")
    assert dialog.error.text().startswith(f"⚠ {es(empty.value.message)}")


def test_scam_reasons_and_advice_are_spanish(spanish: None, qtbot, ui_ctx: UiContext) -> None:  # noqa: ANN001, ARG001
    message = (
        "URGENT: your account is suspended. Verify now at http://paypa1-secure.xyz/login or it will be "
        "closed. Pay with gift cards."
    )
    result = scam.check(ui_ctx.hearth, message, offline=True)
    assert result.reasons and result.advice
    page = scam_page.Page(ui_ctx)
    qtbot.addWidget(page)
    page.show_result(result)
    page.more_reasons.click()  # every red flag, in the order the window shows them (app.presenters.scam_view)
    rows = [page.reasons_list.item(i).text() for i in range(page.reasons_list.count())]
    for i, reason in enumerate(presenters.scam_view(result).reasons):
        assert rows[i].startswith(f"{i + 1}. {es(reason.message)}")
    advice = page.advice_label.text()
    for n, line in enumerate(result.advice, 1):
        assert f"{n}. {es(line)}" in advice
    assert page.original.toPlainText() == result.text  # the message itself is never translated


def test_network_items_are_spanish(spanish: None, qtbot, ui_ctx: UiContext) -> None:  # noqa: ANN001, ARG001
    items = evaluate_network({})
    assert items
    page = network_page.Page(ui_ctx)
    qtbot.addWidget(page)
    page.show_results({"network": items})
    first = items[0]
    assert es(first.title) in page.results_list.item(1).text()
    details = page.details_label.text()
    assert es(first.detail) in details and first.detail not in details
    for step in first.fix:
        assert es(step) in details


def test_report_saved_from_the_page_is_spanish(
    spanish: None, qtbot, ui_ctx: UiContext, rose: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001, ARG001
) -> None:
    monkeypatch.setattr(reports_page, "OPEN_AFTER_SAVE", [False])
    _select(ui_ctx, rose)
    page = reports_page.Page(ui_ctx)
    qtbot.addWidget(page)
    target = tmp_path / "rose.html"
    reports_page.NEXT_SAVE_PATH.append(str(target))
    page.export("html", False)
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)
    text = target.read_text(encoding="utf-8")
    assert "Informe de seguridad de Rose" in text
    assert es(EMAIL_TITLE) in text and f"Gmail: {es(PHONE_TITLE)}" in text
    assert "Security report" not in text


def test_english_interface_shows_the_english_texts(qtbot, ui_ctx: UiContext, rose: int) -> None:  # noqa: ANN001, ARG001
    app_i18n.set_language("en")
    page = _checkup(qtbot, ui_ctx, rose)
    rows = [page.todo_list.item(i).text() for i in range(page.todo_list.count())]
    assert f"Gmail: {PHONE_TITLE}" in rows[0] and EMAIL_TITLE in rows[1]
    assert i18n.guidance(EMAIL_TITLE) == EMAIL_TITLE
