"""Everything a page shows belongs to the member selected now (issue 13 §2): switch member, nothing stays.

Each test does something for Rose on a page, switches to Bob, and checks that Rose's score, result,
message, status line or typed text is gone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.core import Hearth
from checks.base import Finding, Severity, Subject
from tests.helpers.checkup_runners import fake_device
from ui.context import UiContext
from ui.pages import checkup as checkup_page
from ui.pages import passwords as passwords_page
from ui.pages import reports as reports_page
from ui.pages import scam as scam_page

SCAM_TEXT = "USPS: your parcel is on hold. Pay the 1.99 redelivery fee now at http://usps-redelivery.top/pay"


@pytest.fixture
def two(hearth: Hearth, ui_ctx: UiContext) -> tuple[object, object]:
    rose = hearth.members.add("Rose", "senior")
    bob = hearth.members.add("Bob")
    ui_ctx.refresh_members()
    ui_ctx.select_member(rose)
    return rose, bob


def _texts(page: object) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel))  # type: ignore[attr-defined]


def test_checkup_page_shows_no_score_of_the_previous_member(
    qtbot, ui_ctx: UiContext, hearth: Hearth, two, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    rose, bob = two
    found = fake_device(monkeypatch)
    found.append(Finding(check_id="device.firewall", subject=Subject.DEVICE, severity=Severity.CRITICAL,
                         title="Turn on the firewall", why="It blocks strangers.", fix=("Turn it on.",)))
    page = checkup_page.Page(ui_ctx)
    qtbot.addWidget(page)
    page.start()
    page.checkup.run_step("device")
    page.checkup.go_to("scam")
    page.go_next()  # to the summary
    page.go_next()  # finish: "Checkup saved. Score: 75 ..."
    assert "Checkup saved." in page.status.text() and "75" in page.status.text()
    assert "Score: 75" in _texts(page)
    ui_ctx.select_member(bob)
    assert page.status.text() == ""
    assert page.checkup is None and "Score" not in _texts(page)
    assert "Checkup for Bob" in page.title.text()
    ui_ctx.select_member(rose)
    assert page.checkup is not None and page.checkup.member_id == rose.id and "Score: 75" in _texts(page)


def test_scam_page_forgets_the_previous_persons_message_and_result(
    qtbot, ui_ctx: UiContext, two  # noqa: ANN001
) -> None:
    rose, bob = two
    page = scam_page.Page(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.paste.setPlainText(SCAM_TEXT)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None and not page.cancel_button.isVisible(), timeout=15000)
    qtbot.waitUntil(lambda: page.history_list.count() == 1 and "usps" in page.history_list.item(0).text().lower(),
                    timeout=15000)
    page.online.setChecked(True)
    ui_ctx.select_member(bob)
    assert page.result is None and not page.result_box.isVisible()
    assert page.paste.toPlainText() == "" and page.status.text() == ""
    assert not page.online.isChecked()  # consent was for Rose's check
    qtbot.waitUntil(lambda: page.history_list.count() == 1, timeout=15000)
    assert page.history_list.item(0).text() == "No checks yet."  # Bob's history, not Rose's
    assert rose.id != bob.id


def test_reports_page_forgets_the_typed_safe_word(qtbot, ui_ctx: UiContext, two) -> None:  # noqa: ANN001
    rose, bob = two
    page = reports_page.Page(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.safe_word.setText("velvet walrus")
    ui_ctx.select_member(bob)
    assert page.safe_word.text() == ""
    assert rose.id


def test_caregiver_page_clears_consent_recorded(qtbot, ui_ctx: UiContext, hearth: Hearth, two) -> None:  # noqa: ANN001
    from ui import dialogs
    from ui.pages import caregiver as caregiver_page

    rose, bob = two
    page = caregiver_page.Page(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.caregiver.setCurrentIndex(page.caregiver.findData(bob.id))
    page.scope_boxes["findings"].setChecked(True)
    dialogs.NEXT_ANSWER.append(True)
    page.grant()
    assert page.status.text() == "Consent recorded."
    ui_ctx.select_member(bob)
    assert page.status.text() == ""
    assert rose.id


def test_passwords_page_forgets_the_typed_password_and_the_import(
    qtbot, ui_ctx: UiContext, hearth: Hearth, two, tmp_path: Path  # noqa: ANN001
) -> None:
    rose, bob = two
    page = passwords_page.Page(ui_ctx)
    qtbot.addWidget(page)
    path = tmp_path / "export.csv"
    path.write_text("name,url,username,password\nGmail,https://mail.google.com,rose@example.com,Summer2023!\n")
    page.start_import(str(path))
    qtbot.waitUntil(lambda: page._import_task is None and len(page.cards) == 1, timeout=20_000)
    assert "1 login" in page.import_status.text()
    qtbot.keyClicks(page.field, "Rex2019!")
    ui_ctx.select_member(bob)
    assert page.field.text() == "" and page.import_status.text() == ""
    qtbot.waitUntil(lambda: len(page.cards) == 0, timeout=10_000)  # Bob has no accounts
    assert [a.service for a in hearth.accounts.list(rose.id)] == ["Gmail"]


def test_accounts_page_drops_the_previous_members_accounts_at_once(
    qtbot, ui_ctx: UiContext, hearth: Hearth, two  # noqa: ANN001
) -> None:
    from ui.pages import accounts as accounts_page

    rose, bob = two
    hearth.accounts.add(rose.id, "Gmail", domain="gmail.com")
    page = accounts_page.Page(ui_ctx)
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    assert page.selected_account() is not None and page.selected_account().service == "Gmail"
    ui_ctx.select_member(bob)
    assert page.table.rowCount() == 0 and page.selected_account() is None  # before Bob's (none) have loaded
    assert "No accounts yet" in page.account_detail.toPlainText()
    assert "Bob" in page.accounts_box.title()
