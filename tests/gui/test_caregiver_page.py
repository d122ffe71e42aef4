"""The Caregiver page: the same as ``hearth care`` (issue 18), and the household consent moved from
Reports (issue 14 §6). Two installations: the page's own (the ``hearth`` fixture) and one more."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app import scam
from app.care import remote
from app.caregiver import CareLinks
from app.core import Hearth
from tests.integration.test_care_remote import SCAM_TEXT, _open
from ui import dialogs
from ui.context import UiContext
from ui.pages import caregiver as page_mod


@pytest.fixture
def page(qtbot, ui_ctx: UiContext, hearth: Hearth) -> Iterator[page_mod.Page]:  # noqa: ANN001
    hearth.members.add("Rose", "senior")
    hearth.members.add("Ana")
    ui_ctx.refresh_members()
    ui_ctx.select_member(hearth.members.find("Rose"))
    p = page_mod.Page(ui_ctx)
    qtbot.addWidget(p)
    p.show()
    yield p
    dialogs.NEXT_ANSWER.clear()
    page_mod.NEXT_FOLDER.clear()


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Hearth]:
    h = _open(tmp_path / "other computer")
    yield h
    h.close()


def _texts(widget: QWidget) -> str:
    return "\n".join(lbl.text() for lbl in widget.findChildren(QLabel))


def _click(qtbot, page: page_mod.Page, button) -> None:  # noqa: ANN001
    if button.width() > 1:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:  # a button in a card built just now has no size until the next layout pass
        button.click()
    qtbot.waitUntil(lambda: page.task is None, timeout=30000)


def test_following_a_relative_from_the_window(qtbot, page: page_mod.Page, other: Hearth, tmp_path: Path) -> None:  # noqa: ANN001
    shared = tmp_path / "shared"
    shared.mkdir()
    page.carer_name.setText("Ana")
    page_mod.NEXT_FOLDER.append(str(shared))
    choose = next(b for b in page.findChildren(type(page.invite_button)) if b.accessibleName() == "Choose the shared folder")
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    assert page.invite_folder.text() == str(shared)
    _click(qtbot, page, page.invite_button)
    code = page.code_label.text().rsplit(" ", 1)[1]
    assert len(code.replace("-", "")) == 12 and "T" not in page.status.text().split("until")[1][:25]

    grandma = other.members.add("Grandma", "senior")
    remote.accept(other, shared, "Grandma", code, "findings,scam_history")
    scam.check(other, SCAM_TEXT, member_id=grandma.id, region="US")
    _click(qtbot, page, page.sync_button)
    assert "Now following Grandma." in page.status.text() and "⚠" in page.status.text()
    assert "scam" in page.last_alert  # the tray notification's text
    text = _texts(page)
    assert "Grandma shares" in text and "Updated " in text and "Scam checks (1):" in text
    assert "2026-" not in text.replace(str(shared), "")  # dates in the reader's form, never ISO

    edit = next(w for w in page.findChildren(type(page.carer_name)) if w.accessibleName() == "A suggestion for Grandma")
    edit.setText("Please call me before you pay anything")
    send = next(b for b in page.findChildren(type(page.invite_button))
                if b.accessibleName() == "Send a suggestion to Grandma")
    _click(qtbot, page, send)
    assert remote.sync(other).nudges == 1
    assert remote.nudges_for(other)[0].text == "Please call me before you pay anything"

    remote.withdraw(other, "Grandma", "Ana")
    _click(qtbot, page, page.sync_button)
    assert "Grandma stopped sharing" in page.status.text()
    assert "Grandma shares" not in _texts(page) and remote.views(page.ctx.hearth) == []


def test_sharing_needs_an_explicit_choice_read_back_and_confirmed(qtbot, page: page_mod.Page, other: Hearth,  # noqa: ANN001
                                                                  tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    code = remote.invite(other, "Daniel", shared).code
    assert not any(b.isChecked() for b in page.share_scopes.values())  # never pre-ticked
    page.share_folder.setText(str(shared))
    page.code_edit.setText(code)
    assert not page.accept_button.isEnabled() and "Nothing is ticked" in page.read_back.text()
    page.share_scopes["scam_history"].setChecked(True)
    assert page.read_back.text() == ("Rose will share the scam checks they ran with the caregiver who made the "
                                     "invitation, and can stop at any time.")
    assert page.accept_button.isEnabled()
    dialogs.NEXT_ANSWER.append(False)
    _click(qtbot, page, page.accept_button)
    assert page.ctx.hearth.care.peers() == []
    # A wrong code is refused in plain words.
    page.code_edit.setText("1234-5678-9012" if code != "1234-5678-9012" else "2234-5678-9012")
    dialogs.NEXT_ANSWER.append(True)
    _click(qtbot, page, page.accept_button)
    assert "code does not match" in page.status.text() and page.ctx.hearth.care.peers() == []
    page.code_edit.setText(code)
    dialogs.NEXT_ANSWER.append(True)
    _click(qtbot, page, page.accept_button)
    assert "Rose shares the scam checks they ran with Daniel" in page.status.text()
    assert "Rose shares with Daniel" in _texts(page)
    assert remote.sync(other).paired == ("Rose",)
    seen = remote.view(other, "Rose").to_dict()
    assert "findings" not in seen and seen["scam_checks"] == []

    remote.nudge(other, "Rose", "Please look at the to-do list")
    _click(qtbot, page, page.sync_button)
    assert "Please look at the to-do list" in _texts(page)
    aside = next(b for b in page.findChildren(type(page.invite_button)) if b.text() == "Set aside")
    aside.click()  # built just now: it has no size until the next layout pass, so no mouse click
    assert "Please look at the to-do list" not in _texts(page)

    stop = next(b for b in page.findChildren(type(page.invite_button)) if b.accessibleName() == "Stop sharing with Daniel")
    dialogs.NEXT_ANSWER.append(True)
    _click(qtbot, page, stop)
    assert page.ctx.hearth.care.peers() == [] and remote.sync(other).withdrawn == ("Rose",)


def test_household_consent_is_not_pre_ticked_and_is_confirmed(qtbot, page: page_mod.Page, hearth: Hearth,  # noqa: ANN001
                                                              ui_ctx: UiContext) -> None:
    assert not any(b.isChecked() for b in page.scope_boxes.values())
    assert page.caregiver.currentText() == "Ana"
    _click(qtbot, page, page.grant_button)
    assert "Tick what the caregiver may see" in page.status.text()
    page.scope_boxes["findings"].setChecked(True)
    dialogs.NEXT_ANSWER.append(True)
    _click(qtbot, page, page.grant_button)
    rose, ana = hearth.members.find("Rose"), hearth.members.find("Ana")
    links = CareLinks(hearth)
    assert links.can_see(ana.id, rose.id, "findings") and not links.can_see(ana.id, rose.id, "reports")
    assert "Rose agreed" in page.consent_label.text()
    ui_ctx.select_member(ana)
    assert "Ana looks after Rose" in _texts(page) and "No checkup yet." in _texts(page)
    ui_ctx.select_member(rose)
    _click(qtbot, page, page.withdraw_button)
    assert not links.can_see(ana.id, rose.id, "findings") and "withdrew" in page.consent_label.text()


def test_home_shows_a_caregivers_suggestion_to_set_aside(qtbot, ui_ctx: UiContext, hearth: Hearth, other: Hearth,  # noqa: ANN001
                                                         tmp_path: Path) -> None:
    from ui.pages import home
    from ui.widgets.care_nudges import NudgesCard

    shared = tmp_path / "shared"
    shared.mkdir()
    hearth.members.add("Rose", "senior")
    ui_ctx.refresh_members()
    remote.accept(hearth, shared, "Rose", remote.invite(other, "Daniel", shared).code, "findings")
    remote.sync(other)
    remote.nudge(other, "Rose", "Please turn on two-step sign-in for Gmail")
    p = home.Page(ui_ctx)
    qtbot.addWidget(p)
    p.show()
    card = p.findChild(NudgesCard)
    qtbot.waitUntil(lambda: card.task is None and "two-step" in _texts(card), timeout=30000)  # Home read the folder
    assert "Daniel suggests, for Rose:" in _texts(card) and "only a suggestion" in _texts(card)
    aside = next(b for b in card.findChildren(QPushButton) if b.text() == "Set aside")
    aside.click()  # built just now: it has no size until the next layout pass, so no mouse click
    assert "two-step" not in _texts(card) and not card.card.isVisible()


def test_automatic_reading_stops_quietly_when_the_database_is_gone(qtbot, page: page_mod.Page,  # noqa: ANN001
                                                                    tmp_path: Path) -> None:
    root = tmp_path / "closed"
    h = _open(root)
    page.ctx.hearth, real = h, page.ctx.hearth
    try:
        h.close()
        page._auto_sync()  # noqa: SLF001 - what the five-minute timer calls
        assert not page.timer.isActive() and page.task is None
    finally:
        page.ctx.hearth = real
