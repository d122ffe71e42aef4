"""Issue 15 §4: no data from people, files or services is rendered as Qt markup in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from app.core import Hearth
from ui import dialogs
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.pages import AREAS
from ui.plain import escape, plain_tooltip

HOSTILE = '<img src="x.png"><font size=7>SPOOF</font>'
COMMENT = "Rose <!--"
SITE = '<b>Evil</b><img src="y.png">'
RAW = ("<img", "<font", "<!--", "<b>Evil")


def _rendered_as_markup(label: QLabel) -> bool:
    label.ensurePolished()  # what Qt does before the label is first laid out and drawn
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText:
        return False
    return any(raw in text for raw in RAW)  # AutoText renders these as markup; RichText must escape them


def _offenders(root: QWidget) -> list[str]:
    bad = [f"label {lb.text()!r}" for lb in root.findChildren(QLabel) if _rendered_as_markup(lb)]
    bad += [f"tooltip {w.toolTip()!r}" for w in [root, *root.findChildren(QWidget)]
            if any(raw in w.toolTip() for raw in RAW)]
    return bad


def test_helpers_escape_and_quote() -> None:
    assert escape(HOSTILE) == "&lt;img src=&quot;x.png&quot;&gt;&lt;font size=7&gt;SPOOF&lt;/font&gt;"
    assert "<img" not in plain_tooltip(HOSTILE) and plain_tooltip("") == ""


def test_hostile_names_never_render_as_markup(qtbot, hearth: Hearth, ui_ctx: UiContext, monkeypatch) -> None:  # noqa: ANN001
    hostile = hearth.members.add(HOSTILE)
    comment = hearth.members.add(COMMENT)
    hearth.accounts.add(hostile.id, SITE, domain="evil.example")
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ui_ctx.refresh_members()
    found: list[str] = []
    texts: list[str] = []
    for member in (hostile, comment):
        ui_ctx.select_member(member)
        for area in AREAS:
            window.show_area(area.key)
            QApplication.processEvents()
            found += [f"{area.key}: {o}" for o in _offenders(window)]
            texts += [lb.text() for lb in window.findChildren(QLabel)]
    assert any(HOSTILE in t for t in texts)  # the name is shown (so the check above checked something)
    assert found == []

    seen: list[tuple[Qt.TextFormat, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        box.ensurePolished()
        seen.append((box.textFormat(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    dialogs.NEXT_ANSWER.clear()
    home = window.page("home")
    window.show_area("home")
    for i in range(home.members.count()):
        if home.members.item(i).data(Qt.ItemDataRole.UserRole) == comment.id:
            home.members.setCurrentRow(i)
    home.remove_member()
    assert seen and "cannot be undone" in seen[0][1] and COMMENT in seen[0][1]
    assert seen[0][0] == Qt.TextFormat.PlainText
    assert any(m.id == comment.id for m in hearth.members.list())  # not confirmed, not removed
