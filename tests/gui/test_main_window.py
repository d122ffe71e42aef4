from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app import settings as S
from app.core import Hearth
from ui import dialogs
from ui.context import UiContext
from ui.dialogs import MemberDialog
from ui.main_window import MainWindow
from ui.pages import AREAS
from ui.pages.base import ComingSoonPage


def _labels(window: MainWindow) -> list[str]:
    return [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]


def test_sidebar_has_every_area_and_unbuilt_ones_say_so(window: MainWindow) -> None:
    assert _labels(window) == [a.key for a in AREAS]
    for area in AREAS:
        window.show_area(area.key)
        page = window.current_page()
        assert page.accessibleName()
        if isinstance(page, ComingSoonPage):
            texts = " ".join(w.text() for w in page.findChildren(type(page.heading(""))))
            assert "Coming soon" in texts


def test_keyboard_shortcuts_switch_areas(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "settings"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.page("home")
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == AREAS[9].key  # the tenth area


def _fill_member_dialog(qtbot, dialog: MemberDialog, name: str, role_index: int, words: str) -> None:  # noqa: ANN001
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, name)
    dialog.role.setCurrentIndex(role_index)
    dialog.words.setPlainText(words)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_add_edit_remove_members_and_switch(qtbot, window: MainWindow, hearth: Hearth, monkeypatch) -> None:  # noqa: ANN001
    home = window.page("home")
    created: list[MemberDialog] = []

    def fake_exec(self: MemberDialog) -> int:
        created.append(self)
        _fill_member_dialog(qtbot, self, *pending.pop(0))
        return self.result()

    monkeypatch.setattr(MemberDialog, "exec", fake_exec)
    pending = [("Rose", 2, "Rex, 1952"), ("Sam", 1, "")]
    assert "Start by adding the people" in home.intro.text()
    home.add_member()
    home.add_member()
    assert "Start by adding" not in home.intro.text() and "how each person is doing" in home.intro.text()
    assert [m.name for m in hearth.members.list()] == ["Rose", "Sam"]
    assert hearth.members.find("Rose").role == "senior"
    assert window.member_switcher.count() == 2
    assert window.ctx.current_member().name == "Sam"

    # duplicate: dialog stays open with a message, nothing lost
    pending = [("rose", 0, "")]
    home.add_member()
    assert not created[-1].error.isHidden() and "already a member" in created[-1].error.text()
    assert len(hearth.members.list()) == 2

    # switching via the sidebar combo changes the context
    window.member_switcher.setCurrentIndex(window.member_switcher.findData(hearth.members.find("Rose").id))
    assert window.ctx.current_member().name == "Rose"
    assert home.members.currentItem().text().startswith("Rose")

    # edit
    pending = [("Rose M.", 2, "Rex")]
    home.edit_member()
    assert hearth.members.find("Rose M.").personal_words == ("Rex",)
    assert "Rose M." in window.member_switcher.itemText(window.member_switcher.currentIndex())

    # remove, answering "keep" then "remove"
    dialogs.NEXT_ANSWER[:] = [False]
    home.remove_member()
    assert len(hearth.members.list()) == 2
    dialogs.NEXT_ANSWER[:] = [True]
    home.remove_member()
    assert [m.name for m in hearth.members.list()] == ["Sam"]
    assert window.ctx.current_member().name == "Sam"


def test_everything_is_still_there_after_a_restart(qtbot, hearth: Hearth) -> None:  # noqa: ANN001
    from ui.tasks import TaskRunner

    hearth.members.add("Alice", "senior")
    bob = hearth.members.add("Bob")
    ctx = UiContext(hearth, TaskRunner())
    ctx.select_member(bob)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.resize(780, 560)
    expected = w.size()
    w.close()
    assert hearth.settings.get(S.WINDOW_GEOMETRY)
    ctx2 = UiContext(hearth, TaskRunner())
    w2 = MainWindow(ctx2)
    qtbot.addWidget(w2)
    assert ctx2.current_member().name == "Bob"
    assert w2.size() == expected and expected.height() == 560  # not the 720-high default
    assert w2.member_switcher.currentText().startswith("Bob")


def test_settings_page_shows_data_folder_and_offline_switch(qtbot, window: MainWindow, hearth: Hearth) -> None:  # noqa: ANN001
    window.show_area("settings")
    page = window.page("settings")
    assert page.data_path.text().replace("\u200b", "") == str(hearth.paths.data)
    page.offline.setChecked(True)
    assert hearth.is_offline()
    assert "Offline" in window._offline_label.text()  # noqa: SLF001
    qtbot.waitUntil(lambda: "Secure key store" in page.keyring_status.text(), timeout=5000)
    assert "available" in page.keyring_status.text()


def test_about_dialog_credits(qtbot) -> None:  # noqa: ANN001
    about = dialogs.AboutDialog()
    qtbot.addWidget(about)
    text = " ".join(l.text() for l in about.findChildren(type(about.findChild(type(about.children()[1])))) if hasattr(l, "text"))
    assert "2FA Directory by 2factorauth" in " ".join(dialogs.AboutDialog.ATTRIBUTIONS)
    assert "Have I Been Pwned" in " ".join(dialogs.AboutDialog.ATTRIBUTIONS)
    assert QApplication.instance() is not None and isinstance(text, str)


def test_big_buttons_drop_to_one_column_when_narrow(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    grid = window.page("home").actions
    wide, narrow = 4 * grid._widest(), grid._widest() + 5  # noqa: SLF001
    assert grid.columns_for(wide) == 2 and grid.columns_for(narrow) == 1
    grid.resize(narrow, grid.height())
    qtbot.waitUntil(lambda: grid._columns == 1, timeout=2000)  # noqa: SLF001
    assert grid.minimumSizeHint().width() <= narrow


def test_sidebar_areas_get_icons_in_theme_colours(window: MainWindow) -> None:
    window.load_icons()
    for i in range(window.nav.count()):
        icon = window.nav.item(i).icon()
        assert not icon.isNull(), window.nav.item(i).text()
        assert not icon.pixmap(22, 22).isNull()


def test_sidebar_icons_grow_with_the_text_size(window: MainWindow) -> None:
    window.resize(1280, 1000)  # room for every icon at full size (in a short window they shrink to fit)
    window.ctx.hearth.settings.set(S.TEXT_SCALE, 2.0)
    window.load_icons()
    assert window.nav.iconSize().width() == 44
    # drawn from the SVG at that size (twice, for sharp screens), not a small picture stretched
    assert window.nav.item(0).icon().availableSizes()[0].width() == 88


def test_start_up_window_builds_home_after_the_first_paint(qtbot, ui_ctx) -> None:  # noqa: ANN001
    """The start-up path (ui.application) paints the frame first, then builds Home and installs the markup guard."""
    from PySide6.QtCore import QCoreApplication

    from ui.main_window import MainWindow

    app = QCoreApplication.instance()
    guard = getattr(app, "_hearth_plain_guard", None)
    if guard is not None:  # an earlier test's window installed it: start from none
        app.removeEventFilter(guard)
        app._hearth_plain_guard = None
    w = MainWindow(ui_ctx, first_page_after_paint=True)
    qtbot.addWidget(w)
    assert w.stack.count() == 0 and w.nav.currentRow() == 0
    assert getattr(app, "_hearth_plain_guard", None) is None
    w.show()
    qtbot.waitUntil(lambda: w.stack.count() == 1, timeout=10_000)
    assert w.current_page() is w.page("home")
    assert getattr(app, "_hearth_plain_guard", None) is not None
