"""The Help menu: Emergency help, a short guide and About."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ui.main_window import MainWindow
from ui.widgets import guide


def _help_actions(window: MainWindow) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_help_menu_has_emergency_help_a_guide_and_about(window: MainWindow) -> None:
    assert _help_actions(window) == [
        "Emergency help: I think I've been scammed",
        "A short guide to Hearth",
        "About Hearth",
    ]


def test_emergency_help_in_the_menu_opens_the_emergency_page(window: MainWindow) -> None:
    window.show_area("home")
    window.emergency_action.trigger()
    assert window.current_page() is window.page("emergency")


def test_the_guide_is_short_plain_and_names_where_to_start(qtbot) -> None:  # noqa: ANN001
    dialog = guide.GuideDialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QDialog)
    headings = [title.text() for title, _body in dialog.sections]
    assert headings[0] == "Start here" and "If something already went wrong" in headings
    words = " ".join(body.text() for _title, body in dialog.sections)
    assert "Emergency help" in words and "Scam check" in words
    assert len(words.split()) < 400  # short
    for developer_word in ("hearth ", "HEARTH_", "sudo", "CLI", "JSON"):
        assert developer_word not in words
