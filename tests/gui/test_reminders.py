"""Checkup reminders while the app runs: who is told, and only once a day."""

from __future__ import annotations

import datetime as dt

from app import checkup as C
from app.core import Hearth
from ui.context import UiContext
from ui.reminders import ReminderTray, due_message


def test_reminder_names_who_is_due_once_a_day(qtbot, ui_ctx: UiContext, hearth: Hearth) -> None:  # noqa: ANN001
    rose = hearth.members.add("Rose")
    hearth.members.add("Bob")
    C.Checkup.start(hearth, rose.id).finish()
    tray = ReminderTray(ui_ctx, None, start=False)
    now = C.utc_now()
    assert tray.check(now) == "Bob is due for a security checkup. It takes about 15 minutes."
    same_day = min(now + dt.timedelta(hours=3), now.replace(hour=23, minute=59))
    assert tray.check(same_day) == ""  # already told today
    later = now + dt.timedelta(days=91)
    assert tray.check(later) == "Bob and Rose are due for a security checkup."
    navigated: list[str] = []
    ui_ctx.navigate.connect(navigated.append)
    tray.open_window("checkup")
    assert navigated == ["checkup"]


def test_due_message_wording() -> None:
    due = [C.DueMember(i, n, C.utc_now(), True) for i, n in enumerate(["Ana", "Bo", "Cy"])]
    assert due_message([]) == ""
    assert due_message(due) == "Ana, Bo and Cy are due for a security checkup."
