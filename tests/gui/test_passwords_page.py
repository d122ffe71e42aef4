"""The Passwords page: the meter follows typing off the GUI thread; long and empty input; import; consent."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from ui import dialogs
from ui.context import UiContext
from ui.pages.passwords import Page
from ui.tasks import TaskRunner
from ui.widgets import account_card


@pytest.fixture
def page(qtbot, hearth):
    tasks = TaskRunner()
    ctx = UiContext(hearth, tasks)
    p = Page(ctx)
    qtbot.addWidget(p)
    p.show()
    yield p
    tasks.shutdown()


def _wait_meter(qtbot, page: Page, text: str) -> None:
    qtbot.waitUntil(lambda: text in page.meter.format(), timeout=10_000)


def test_typing_updates_meter_without_blocking(qtbot, page: Page) -> None:
    assert page.meter.format() == "Nothing typed yet"
    qtbot.keyClicks(page.field, "password")
    # keyClicks returned before any result: the work is not done on the GUI thread
    assert page.field.text() == "password" and page.meter.format() == "Nothing typed yet"
    _wait_meter(qtbot, page, "Very weak (0 of 4)")
    assert "common" in page.warning_label.text()
    assert page.meter.value() == 0
    page.field.clear()
    qtbot.keyClicks(page.field, "correct horse battery staple")
    _wait_meter(qtbot, page, "Very strong (4 of 4)")
    assert page.meter.value() == 4
    assert "to guess it" in page.crack_label.text()


def test_stale_results_are_dropped(qtbot, page: Page) -> None:
    for ch in "Tr0ub4dor&3-l0ng-@nd-$tr@ng3":
        page.field.insert(ch)
    final_generation = page._generation
    _wait_meter(qtbot, page, "of 4")
    qtbot.waitUntil(lambda: page._inflight is None and not page._pending, timeout=10_000)
    assert page._generation == final_generation
    assert page.meter.format().startswith("Strength:")


def test_300_characters_work(qtbot, page: Page) -> None:
    page.field.setText("correct horse battery staple " * 10 + "zebra piano lantern oboe maple")
    assert len(page.field.text()) == 320
    _wait_meter(qtbot, page, "of 4")
    assert "a rougher guess" in page.crack_label.text()


def test_empty_input(qtbot, page: Page) -> None:
    qtbot.keyClicks(page.field, "abc")
    _wait_meter(qtbot, page, "of 4")
    page.field.clear()
    _wait_meter(qtbot, page, "Nothing typed yet")
    assert not page.breach_button.isEnabled()


def test_show_toggle_and_leaving_clears(qtbot, page: Page) -> None:
    from PySide6.QtWidgets import QLineEdit

    qtbot.keyClicks(page.field, "secret words")
    page.show_toggle.setChecked(True)
    assert page.field.echoMode() == QLineEdit.EchoMode.Normal
    page.hide()
    assert page.field.text() == "" and page.field.echoMode() == QLineEdit.EchoMode.Password


def test_consent_refused_sends_nothing(qtbot, page: Page, hearth) -> None:
    qtbot.keyClicks(page.field, "hunter2")
    _wait_meter(qtbot, page, "of 4")
    dialogs.NEXT_ANSWER[:] = [False]
    page.breach_button.click()
    assert "nothing was sent" in page.breach_label.text()
    assert hearth.ledger.entries() == []


def test_consent_given_checks_with_service(qtbot, page: Page, hearth, monkeypatch) -> None:
    from tests.helpers.fake_hibp import FakePwnedPasswords

    with FakePwnedPasswords({"hunter2": 17_043}) as fake:
        monkeypatch.setenv("HEARTH_PWNED_PASSWORDS_URL", fake.url)
        qtbot.keyClicks(page.field, "hunter2")
        _wait_meter(qtbot, page, "of 4")
        dialogs.NEXT_ANSWER[:] = [True]
        page.breach_button.click()
        qtbot.waitUntil(lambda: "17,043" in page.breach_label.text(), timeout=10_000)
        assert [r.path for r in fake.requests] == ["/range/F3BBB"]


def test_import_shows_one_card_per_account(qtbot, hearth, tmp_path: Path, monkeypatch) -> None:
    member = hearth.members.add("Alice")
    tasks = TaskRunner()
    ctx = UiContext(hearth, tasks)
    ctx.select_member(member)
    page = Page(ctx)
    qtbot.addWidget(page)
    path = tmp_path / "export.csv"
    path.write_text(
        "name,url,username,password\n"
        "Gmail,https://mail.google.com,alice@example.com,Summer2023!\n"
        "Shop,https://shop.example,alice,Summer2023!\n"
        "Bank,https://chase.com,alice,Zebra-Piano-Lantern-42-Oboe\n"
    )
    page.start_import(str(path))
    qtbot.waitUntil(lambda: len(page.cards) == 3 and page._import_task is None, timeout=20_000)
    titles = [card.title_label.text() for card in page.cards]
    # ranked as app.passwords ranks the accounts: the two sharing a password before the strong one
    assert titles[2] == "Bank" and sorted(titles[:2]) == ["Gmail", "Shop"]
    first = page.cards[0]
    assert "same password" in first.problems_label.text()
    assert first.why_label.text()
    assert first.steps_label.isHidden() and "1." in first.steps_label.text()  # details folded away
    first.steps_button.click()
    assert not first.steps_label.isHidden()
    shown = "\n".join(label.text() for card in page.cards for label in card.findChildren(QLabel))
    assert "well-known" not in shown and "change-password" not in shown  # never the raw address
    opened = []
    monkeypatch.setattr(account_card, "open_url", opened.append)
    first.change_button.click()
    assert [u.toString() for u in opened] == [first.row["change_password_url"]]
    assert page.cards[2].change_button is None and "No problems" in page.cards[2].badge.text()
    tasks.shutdown()


def test_many_accounts_show_the_worst_first_then_show_all(qtbot, ui_ctx: UiContext) -> None:  # noqa: ANN001
    page = Page(ui_ctx)
    qtbot.addWidget(page)
    rows = [
        {"service": f"Site {i}", "login_hint": "", "can_reset_others": False, "change_password_url": "",
         "worst": None, "problems": []}
        for i in range(25)
    ]
    page._fill_table(rows)
    assert len(page.cards) == 20 and not page.more_button.isHidden()
    assert "25" in page.more_button.text()
    page.more_button.click()
    assert [c.title_label.text() for c in page.cards] == [f"Site {i}" for i in range(25)]
    assert page.more_button.isHidden()


def test_import_error_is_plain(qtbot, hearth, tmp_path: Path) -> None:
    member = hearth.members.add("Alice")
    tasks = TaskRunner()
    ctx = UiContext(hearth, tasks)
    ctx.select_member(member)
    page = Page(ctx)
    qtbot.addWidget(page)
    bad = tmp_path / "bad.csv"
    bad.write_text("foo,bar\n1,2\n")
    page.start_import(str(bad))
    qtbot.waitUntil(lambda: "does not recognise" in page.import_status.text(), timeout=10_000)
    assert page.import_button.isEnabled()
    tasks.shutdown()


def test_email_check_with_stored_key(qtbot, page: Page, hearth, monkeypatch) -> None:
    from app.services import hibp
    from tests.helpers.fake_hibp import FakeHibp

    key = "0123456789abcdef0123456789abcdef"
    page.on_shown()
    qtbot.wait(50)
    assert not page.email_button.isEnabled()  # no key stored yet
    hearth.secrets.set("hibp", key)
    hearth.settings.set(hibp.HIBP_RATE, 10_000)
    member = hearth.members.add("Alice")
    hearth.accounts.add(member.id, "Gmail", login_hint="alice@example.com")
    with FakeHibp(key=key) as fake:
        monkeypatch.setenv("HEARTH_HIBP_URL", fake.url)
        fake.pwn("alice@example.com", ["Adobe"])
        page.on_shown()
        qtbot.waitUntil(page.email_button.isEnabled, timeout=5_000)
        page.email_button.click()
        qtbot.waitUntil(lambda: "Adobe" in page.email_result.toPlainText(), timeout=10_000)
    assert "Passwords were taken" in page.email_result.toPlainText()


def test_member_words_personalise_the_meter(qtbot, hearth) -> None:
    member = hearth.members.add("Alice", personal_words=["Rex"])
    tasks = TaskRunner()
    ctx = UiContext(hearth, tasks)
    ctx.select_member(member)
    page = Page(ctx)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.field, "Rex2019!")
    qtbot.waitUntil(lambda: "profile" in page.warning_label.text(), timeout=10_000)
    assert page.meter.value() <= 1
    tasks.shutdown()


def test_cancelled_import_saves_nothing(qtbot, hearth, tmp_path: Path) -> None:
    member = hearth.members.add("Alice")
    tasks = TaskRunner()
    ctx = UiContext(hearth, tasks)
    ctx.select_member(member)
    page = Page(ctx)
    qtbot.addWidget(page)
    path = tmp_path / "export.csv"
    rows = [f"Site {i},https://s{i}.example,al,Unique-Passw0rd-{i}-x" for i in range(3000)]
    path.write_text("name,url,username,password\n" + "\n".join(rows) + "\n")
    page.start_import(str(path))
    handle = page._import_task
    page.cancel_button.click()
    assert "cancelled" in page.import_status.text().lower()
    assert handle.done.wait(30)
    qtbot.wait(50)
    assert hearth.accounts.list(member.id) == []
    assert page.import_button.isEnabled()
    tasks.shutdown()
