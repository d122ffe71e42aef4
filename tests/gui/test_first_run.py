"""First run (issue 14 item 9): the welcome when the household is empty, one keyring banner, and no
breach consent question while Hearth works offline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app import settings as S
from app.core import Hearth
from ui import dialogs, welcome


@pytest.fixture
def dialog(qtbot, hearth: Hearth) -> welcome.WelcomeDialog:  # noqa: ANN001
    d = welcome.WelcomeDialog(hearth)
    qtbot.addWidget(d)
    d.show()
    return d


def test_welcome_only_when_the_household_is_empty(hearth: Hearth) -> None:
    assert welcome.needed(hearth)
    hearth.members.add("Rose")
    assert not welcome.needed(hearth)
    welcome.NEXT_ANSWER[:] = [True]
    assert welcome.maybe_welcome(hearth) is False and welcome.NEXT_ANSWER == [True]  # not shown at all
    welcome.NEXT_ANSWER.clear()


def test_welcome_adds_people_with_roles_and_saves_the_choices(qtbot, dialog: welcome.WelcomeDialog,  # noqa: ANN001
                                                             hearth: Hearth) -> None:
    assert dialog.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, "Rose")
    dialog.role_buttons["senior"].setChecked(True)
    assert dialog.added.isHidden()  # no empty list before anyone is added
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter in the name field adds the person
    assert dialog.people == [("Rose", "senior")] and dialog.added.count() == 1 and not dialog.added.isHidden()
    assert dialog.isVisible() and hearth.members.list() == []  # Enter added her; it did not press Start
    assert dialog.name.text() == "" and dialog.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, "rose")
    dialog.add_person()
    assert dialog.people == [("Rose", "senior")] and "already" in dialog.message.text()
    dialog.name.clear()
    dialog.add_person()
    assert "Type a name" in dialog.message.text()
    dialog.role_buttons["adult"].setChecked(True)
    qtbot.keyClicks(dialog.name, "Ana")  # typed but not added: Start adds her too
    dialog.region.setCurrentIndex(dialog.region.findData("GB"))
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(1.5))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == welcome.QDialog.DialogCode.Accepted
    assert dialog.people == [("Rose", "senior"), ("Ana", "adult")], dialog.message.text()
    assert sorted((m.name, m.role) for m in hearth.members.list()) == [("Ana", "adult"), ("Rose", "senior")]
    assert hearth.settings.get(S.SCAM_REGION) == "GB"
    assert hearth.settings.get(S.LANGUAGE) == "es"
    assert hearth.settings.get(S.TEXT_SCALE) == 1.5


def test_later_saves_nothing(qtbot, dialog: welcome.WelcomeDialog, hearth: Hearth) -> None:  # noqa: ANN001
    qtbot.keyClicks(dialog.name, "Rose")
    dialog.add_person()
    dialog.region.setCurrentIndex(dialog.region.findData("US"))
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == welcome.QDialog.DialogCode.Rejected
    assert hearth.members.list() == [] and hearth.settings.get(S.SCAM_REGION) == ""
    assert welcome.needed(hearth)  # it comes back next time


def test_every_role_is_explained_and_every_control_named(dialog: welcome.WelcomeDialog) -> None:
    for role, button in dialog.role_buttons.items():
        assert button.text() and button.accessibleDescription(), role
    for w in dialog.findChildren(QWidget):
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(dialog) and w.metaObject().className() in (
            "QLineEdit", "QComboBox", "QPushButton", "QRadioButton", "QListWidget",
        ):
            assert w.accessibleName() or (hasattr(w, "text") and w.text()), w


def test_breach_question_is_not_asked_while_offline(qtbot, hearth: Hearth) -> None:  # noqa: ANN001
    from ui.context import UiContext
    from ui.pages.passwords import Page
    from ui.tasks import TaskRunner

    hearth.settings.set(S.OFFLINE, True)
    tasks = TaskRunner()
    page = Page(UiContext(hearth, tasks))
    qtbot.addWidget(page)
    page.show()
    try:
        qtbot.keyClicks(page.field, "hunter2")
        qtbot.waitUntil(lambda: "of 4" in page.meter.format(), timeout=10_000)
        dialogs.NEXT_ANSWER[:] = [True]  # would answer the question if it were asked
        page.breach_button.click()
        assert dialogs.NEXT_ANSWER == [True]  # it was not asked
        assert "offline" in page.breach_label.text() and "nothing was sent" in page.breach_label.text()
        assert hearth.ledger.entries() == []
    finally:
        dialogs.NEXT_ANSWER.clear()
        tasks.shutdown()


def _window(qtbot, hearth: Hearth):  # noqa: ANN001, ANN202
    from ui.application import build_window

    window = build_window(hearth)
    qtbot.addWidget(window)
    window.show()
    return window


def test_one_banner_when_there_is_no_keyring(qtbot, hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    import keyring.backends.fail

    from app.secrets import SecretStore

    window = _window(qtbot, hearth)
    banner = window.keyring_banner
    try:
        assert banner.isHidden()
        banner.check()
        qtbot.waitUntil(lambda: banner.available is not None, timeout=10_000)
        assert banner.available is True and banner.isHidden()  # a key store: no banner
        monkeypatch.setattr(hearth, "secrets", SecretStore(keyring.backends.fail.Keyring()))
        banner.check()
        qtbot.waitUntil(lambda: banner.available is False, timeout=10_000)
        assert not banner.isHidden()
        assert "GNOME Keyring" in banner.body.text() and "every other part" in banner.body.text()
        assert banner.accessibleName() and banner.again_button.accessibleName() and banner.hide_button.accessibleName()
        banners = [w for w in window.findChildren(type(banner)) if not w.isHidden()]
        assert banners == [banner]  # one, for the whole window
        qtbot.mouseClick(banner.hide_button, Qt.MouseButton.LeftButton)
        assert banner.isHidden()
    finally:
        window.ctx.tasks.shutdown()


def test_scam_key_settings_say_it_once(qtbot, hearth: Hearth) -> None:  # noqa: ANN001
    from ui.context import UiContext
    from ui.pages.scam import ScamServicesSettings
    from ui.tasks import TaskRunner

    tasks = TaskRunner()
    box = ScamServicesSettings(UiContext(hearth, tasks))
    qtbot.addWidget(box)
    try:
        assert len(box.key_status) >= 2  # several keys: the warning was once beside each
        box._show_key_status({name: "no_keyring" for name in box.key_status})  # noqa: SLF001
        texts = [label.text() for label in box.key_status.values()] + [box.message.text()]
        assert sum("key store cannot be reached" in t for t in texts) == 1
    finally:
        tasks.shutdown()
