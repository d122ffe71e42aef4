"""Home's recent scam checks: the day in the reader's form (never ISO) and the excerpt cut between words."""

from __future__ import annotations

import re

from app import scam
from app.core import Hearth
from ui.context import UiContext
from ui.pages import home as home_page

TEXT = ("USPS: your parcel is on hold. Pay the $1.99 redelivery fee now at https://usps-redelivery.top/pay "
        "or it will be returned to the sender today.")


def test_recent_scam_checks_read_like_a_sentence(qtbot, ui_ctx: UiContext, hearth: Hearth) -> None:  # noqa: ANN001
    rose = hearth.members.add("Rose", "senior")
    ui_ctx.refresh_members()
    ui_ctx.select_member(rose)
    scam.check(hearth, TEXT, member_id=rose.id, offline=True)
    page = home_page.Page(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.dashboard is not None, timeout=10_000)  # built just after the first paint
    page.on_shown()
    label = page.dashboard.scam_label.text()
    assert "Rose" in label and "USPS" in label
    assert not re.search(r"\d{4}-\d{2}-\d{2}", label), label  # no ISO date
    shown = label.split(" · ")[-1]
    assert shown.endswith("…") and TEXT.startswith(shown[:-1].rstrip()) and shown[-2] != "/"
    assert shown[:-1].rstrip() in TEXT and TEXT[len(shown[:-1].rstrip())] == " "  # cut between two words


def test_a_check_with_warning_signs_reads_so_on_home(qtbot, ui_ctx: UiContext, hearth: Hearth) -> None:  # noqa: ANN001
    result = scam.check(hearth, "Wells Fargo Fraud Prevention: Did you use card ending 0934 for $89.00 at "
                                "STEAMGAMES.COM on 03/14? Reply YES or NO.", offline=True)
    assert result.verdict == "likely_safe" and result.reasons
    record = scam.history(hearth)[0]
    assert record.shown_verdict == "warning_signs" and record.verdict_words == scam.FEW_FLAGS_SHORT
    page = home_page.Page(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.dashboard is not None, timeout=10_000)
    page.on_shown()
    label = page.dashboard.scam_label.text()
    assert "⚠ A few warning signs" in label and "No red flags" not in label, label
