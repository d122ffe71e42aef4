"""The Accounts & 2FA page: inventory, look-ups, guided setup and the practice authenticator."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pyotp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.core import Hearth
from app.services import twofa_directory as D
from ui import dialogs
from ui.context import UiContext
from ui.pages.accounts import AccountDialog, Page
from tests.helpers.fake_twofa import FakeTwofaDirectory


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTwofaDirectory]:
    monkeypatch.setattr(D, "SESSION_OPTIONS", {"timeout": (2.0, 2.0), "backoff": 0.01})
    with FakeTwofaDirectory() as server:
        server.point(monkeypatch)
        yield server


@pytest.fixture
def page(qtbot, ui_ctx: UiContext) -> Page:  # noqa: ANN001
    p = Page(ui_ctx)
    qtbot.addWidget(p)
    p.resize(1000, 900)
    p.show()
    return p


def _member(hearth: Hearth, ui_ctx: UiContext, name: str = "Rose"):  # noqa: ANN202
    member = hearth.members.add(name, "senior")
    ui_ctx.select_member(member)
    return member


def test_directory_download_inventory_and_detail(qtbot, page: Page, ui_ctx: UiContext, hearth: Hearth, fake: FakeTwofaDirectory) -> None:  # noqa: ANN001
    rose = _member(hearth, ui_ctx)
    hearth.accounts.add(rose.id, "Gmail", domain="gmail.com", twofa_method="sms", recovery_set={"codes_saved": "yes", "where": "in the safe"})
    hearth.accounts.add(rose.id, "My bank", domain="barclays.co.uk", twofa_method="none")
    page.on_shown()
    qtbot.waitUntil(lambda: "copy of the 2FA directory from" in page.directory_label.text(), timeout=10000)
    page.reload()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2 and "Passkey" in page.table.item(0, 4).text(), timeout=5000)
    gmail_row = next(r for r in range(2) if page.table.item(r, 0).text() == "Gmail")
    assert page.table.item(gmail_row, 3).text().startswith("\u2714 Saved (in the safe)")
    assert "Text message" in page.table.item(gmail_row, 2).text()
    page.table.selectRow(gmail_row)
    detail = page.account_detail.toPlainText()
    assert "switch from text message (SMS) codes to a passkey" in detail
    assert "\u2714 Offered" in detail and "Not offered" in detail  # icon and words, not colour
    assert "Rose: 1 of 2 accounts" in page.coverage_label.text()
    assert "My bank (bank or money)" in page.coverage_label.text()
    assert page.guide_method.currentData() == "passkey"
    assert "safety.google" in page.guide_output.toHtml()


def test_add_edit_remove_an_account(qtbot, page: Page, ui_ctx: UiContext, hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    rose = _member(hearth, ui_ctx)
    seen: list[str] = []

    def fake_exec(self: AccountDialog) -> int:
        self.service.setText("Facebook")
        self.site.setText("https://www.facebook.com/")
        self.method.setCurrentIndex(self.method.findData("totp"))
        self.codes.setCurrentIndex(self.codes.findData("yes"))
        self.where.setText("ABCD-1234-EFGH 5678-IJKL-9012")  # the codes themselves: refused
        save = self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        save.click()
        seen.append(self.error.text())
        self.where.setText("printed, in the desk drawer")
        save.click()
        return self.result()

    monkeypatch.setattr(AccountDialog, "exec", fake_exec)
    page.add_account()
    assert "never the codes" in seen[0]
    accounts = hearth.accounts.list(rose.id)
    assert [(a.service, a.domain, a.twofa_method) for a in accounts] == [("Facebook", "facebook.com", "totp")]
    assert accounts[0].recovery_set == {"codes_saved": "yes", "where": "printed, in the desk drawer"}
    assert "5678" not in str(accounts[0].to_dict())
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)

    page.table.selectRow(0)

    def edit_exec(self: AccountDialog) -> int:
        self.method.setCurrentIndex(self.method.findData("passkey"))
        self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return self.result()

    monkeypatch.setattr(AccountDialog, "exec", edit_exec)
    page.edit_account()
    assert hearth.accounts.list(rose.id)[0].twofa_method == "passkey"
    qtbot.waitUntil(lambda: "Passkey" in page.table.item(0, 2).text(), timeout=5000)

    page.table.selectRow(0)
    dialogs.NEXT_ANSWER.append(True)
    page.remove_account()
    assert hearth.accounts.list(rose.id) == []
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=5000)


def test_look_up_sites_including_bad_input_and_unknown(qtbot, page: Page, fake: FakeTwofaDirectory) -> None:  # noqa: ANN001
    page.site_input.setText("not a website")
    page.lookup_button.click()
    assert "website" in page.lookup_output.toPlainText()
    page.site_input.setText("https://WWW.GitHub.com/login")
    qtbot.keyClick(page.site_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Hearth recommends" in page.lookup_output.toPlainText(), timeout=10000)
    text = page.lookup_output.toPlainText()
    assert "GitHub" in text and "GitHub Mobile" in text
    assert "docs.github.com" in page.lookup_output.toHtml()
    assert page.guide_method.currentData() == "passkey"
    assert "GitHub offers this" in page.guide_site.text()
    page.guide_method.setCurrentIndex(page.guide_method.findData("totp"))
    assert "What is a QR code?" in page.guide_output.toPlainText()
    assert "where you would store your passport" in page.guide_output.toPlainText()
    page.site_input.setText("unknown-to-the-directory.example")
    page.lookup_button.click()
    qtbot.waitUntil(lambda: "no information" in page.lookup_output.toPlainText(), timeout=10000)
    assert "Security" in page.lookup_output.toPlainText()


def test_look_up_offline_without_a_copy_says_so(qtbot, page: Page, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    page.site_input.setText("github.com")
    page.lookup_button.click()
    qtbot.waitUntil(lambda: "offline" in page.lookup_output.toPlainText(), timeout=5000)
    assert page.lookup_button.isEnabled()


def _shown_secret(page: Page) -> str:
    match = re.search(r"enter: ([A-Z2-7 ]+) \(", page.secret_label.text())
    assert match, page.secret_label.text()
    return match.group(1).replace(" ", "")


def test_practice_flow_with_a_code_from_the_shown_secret(qtbot, page: Page, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    qtbot.mouseClick(page.practice_start, Qt.MouseButton.LeftButton)
    assert page.practice_panel.isVisible()
    assert not page.qr_label.pixmap().isNull()
    secret = _shown_secret(page)
    assert len(secret) == 32
    totp = pyotp.TOTP(secret)
    # Letters get a plain message, not a failure count.
    qtbot.keyClicks(page.code_input, "12a456")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert "only numbers" in page.practice_result.text() and "\u26a0" in page.practice_result.text()
    # The right code, typed with a space, as the phone shows it.
    code = totp.now()
    page.code_input.clear()
    qtbot.keyClicks(page.code_input, f"{code[:3]} {code[3:]}")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    if "Not a match" in page.practice_result.text():  # the 30-second step turned over between now() and the check
        code = totp.now()
        page.code_input.setText(code)
        page.check_button.click()
    assert "Your app works" in page.practice_result.text() and "\u2714" in page.practice_result.text()

    # Wrong codes three times: Hearth offers to check the clock; offline, it explains drift generically.
    valid = {totp.at(time.time() + d) for d in (-60, -30, 0, 30, 60)}
    wrong = next(c for c in ("000000", "111111", "222222", "333333") if c not in valid)
    for _ in range(3):
        page.code_input.setText(wrong)
        page.check_button.click()
    assert "Not a match" in page.practice_result.text()
    assert page.clock_button.isVisible()
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    page.clock_button.click()
    qtbot.waitUntil(lambda: "Set time automatically" in page.clock_result.text(), timeout=5000)
    # Starting again makes a new secret.
    page.practice_start.click()
    assert _shown_secret(page) != secret


def test_practice_secret_never_reaches_the_database(qtbot, page: Page, hearth: Hearth) -> None:  # noqa: ANN001
    page.start_practice()
    secret = _shown_secret(page)
    page.code_input.setText(pyotp.TOTP(secret).now())
    page.check_code()
    with hearth.database.read() as db:
        dump = "\n".join(str(row) for table in db.table_names() for row in db[table].rows)
    assert secret not in dump


def test_fresh_install_offline_knows_gmail_from_the_shipped_copy(qtbot, page: Page, ui_ctx: UiContext, hearth: Hearth,  # noqa: ANN001
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from app.resources import resource_path

    monkeypatch.setattr(D, "BUNDLED_SNAPSHOT", resource_path("twofa"))  # as installed (tests/conftest.py removes it)
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    rose = _member(hearth, ui_ctx)
    hearth.accounts.add(rose.id, "Gmail", domain="gmail.com", twofa_method="sms")
    page.on_shown()
    page.reload()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.table.item(0, 4) is not None, timeout=10000)
    assert "Unknown site" not in page.table.item(0, 4).text()
    assert "Passkey" in page.table.item(0, 4).text()
    page.site_input.setText("gmail.com")
    page.lookup_button.click()
    qtbot.waitUntil(lambda: page.lookup_verdict.isVisibleTo(page), timeout=10000)
    assert page.lookup_verdict.text() == "✔  Gmail offers two-step verification"
    assert page.lookup_verdict.property("level") == "ok"
    page.site_input.setText("unknown-to-the-directory.example")
    page.lookup_button.click()
    qtbot.waitUntil(lambda: "not in Hearth's list" in page.lookup_verdict.text(), timeout=10000)
    assert page.lookup_verdict.property("level") == "info"
