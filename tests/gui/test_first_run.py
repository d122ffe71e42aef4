"""First run (issue 14 item 9): the welcome when the household is empty, one keyring banner, and no
breach consent question while Hearth works offline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app import settings as S
from app.core import Hearth
from ui import dialogs, theme, welcome


@pytest.fixture
def app_look(qapp) -> Iterator[None]:  # noqa: ANN001
    """The application's look is put back after the test (the welcome previews text sizes)."""
    sheet, font, palette = qapp.styleSheet(), QFont(qapp.font()), QPalette(qapp.palette())
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setPalette(palette)


@pytest.fixture
def dialog(qtbot, hearth: Hearth, app_look: None) -> welcome.WelcomeDialog:  # noqa: ANN001, ARG001
    d = welcome.WelcomeDialog(hearth)
    qtbot.addWidget(d)
    d.show()
    return d


def test_the_welcome_is_themed_like_the_window(qtbot, qapp, hearth: Hearth, app_look: None,  # noqa: ANN001, ARG001
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """At start-up the theme (colours, text size, high contrast) is applied before the welcome shows."""
    from ui import application

    hearth.settings.set(S.TEXT_SCALE, 2.0)
    hearth.settings.set(S.HIGH_CONTRAST, True)
    qapp.setStyleSheet("")
    qapp.setFont(QFont("DejaVu Sans", 9))
    seen: dict[str, object] = {}

    class Recorded(welcome.WelcomeDialog):
        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            super().__init__(*args, **kwargs)
            qtbot.addWidget(self)
            seen["font"] = qapp.font().pointSizeF()
            seen["sheet"] = qapp.styleSheet()
            seen["window"] = qapp.palette().color(QPalette.ColorRole.Window).name()
            title = self.findChild(QLabel, "h1")
            title.ensurePolished()  # the style sheet's fonts, as when it is shown
            seen["title"] = title.font().pointSizeF()

    monkeypatch.setattr(welcome, "WelcomeDialog", Recorded)
    welcome.NEXT_ANSWER[:] = [False]
    try:
        application.theme_then_welcome(qapp, hearth)
    finally:
        welcome.NEXT_ANSWER.clear()
    assert seen["font"] == pytest.approx(theme.BASE_POINT_SIZE * 2.0)
    assert "#ffff00" in str(seen["sheet"])  # high contrast's yellow-on-black buttons
    assert seen["window"] == theme.HIGH_CONTRAST["bg"]
    assert seen["title"] > theme.BASE_POINT_SIZE * 2.0  # the heading style, at 200 %


def test_the_text_size_choice_shows_at_once_and_later_puts_it_back(qapp, dialog: welcome.WelcomeDialog,  # noqa: ANN001
                                                                   hearth: Hearth) -> None:
    theme.apply(qapp, hearth.settings)
    assert qapp.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE)
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(2.0))
    assert qapp.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * 2.0)
    assert hearth.settings.get(S.TEXT_SCALE) == 1.0  # shown, not saved
    free = dialog.screen().availableGeometry()
    assert dialog.width() <= free.width() and dialog.height() <= free.height()
    dialog.later_button.click()
    assert qapp.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE)


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
    # one main action, a filled button: Start (Later is a plain one)
    assert dialog.start_button.property("primary") is True and not dialog.later_button.property("primary")


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
        assert banner.how_button.accessibleName() == "How to fix this"
        assert banner.body.isHidden()  # one line of what is wrong; the steps are folded
        banner.how_button.setFocus()
        qtbot.keyClick(banner.how_button, Qt.Key.Key_Space)  # by keyboard
        assert not banner.body.isHidden() and banner.how_button.isChecked()
        qtbot.keyClick(banner.how_button, Qt.Key.Key_Space)
        assert banner.body.isHidden()
        banners = [w for w in window.findChildren(type(banner)) if not w.isHidden()]
        assert banners == [banner]  # one, for the whole window
        qtbot.mouseClick(banner.hide_button, Qt.MouseButton.LeftButton)
        assert banner.isHidden()
    finally:
        window.ctx.tasks.shutdown()


def test_the_keyring_banner_stays_small_at_200_percent(qtbot, qapp, hearth: Hearth, app_look: None,  # noqa: ANN001, ARG001
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring.backends.fail

    from app.secrets import SecretStore
    from ui import theme

    hearth.settings.set(S.TEXT_SCALE, 2.0)
    theme.apply(qapp, hearth.settings)
    monkeypatch.setattr(hearth, "secrets", SecretStore(keyring.backends.fail.Keyring()))
    window = _window(qtbot, hearth)
    window.resize(1100, 720)
    banner = window.keyring_banner
    try:
        banner.check()
        qtbot.waitUntil(lambda: banner.available is False, timeout=10_000)
        qtbot.waitUntil(lambda: banner.isVisible(), timeout=5_000)
        line = banner.title.fontMetrics().height()
        folded = banner.height()
        # one line of what is wrong and one row of buttons: it was ~390 px with every step shown
        assert banner.title.heightForWidth(banner.title.width()) < 2 * line
        assert folded <= line + banner.how_button.height() + 60, (folded, line)
        assert folded < window.height() // 4
        banner.how_button.click()
        qtbot.waitUntil(lambda: banner.height() > folded, timeout=5_000)  # the steps unfold
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
