"""Verdicts read at a glance: icon + words + colour together, and never contradicting what is listed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette

from app import scam
from app.core import Hearth
from ui import theme
from ui.context import UiContext
from ui.pages.passwords import Page as PasswordsPage
from ui.pages.scam import Page as ScamPage
from ui.widgets.verdict import VerdictBanner


@pytest.fixture(autouse=True)
def _themed(qapp, hearth: Hearth) -> Iterator[None]:  # noqa: ANN001
    theme.apply(qapp, hearth.settings)  # the colours come from the style sheet
    yield
    qapp.setStyleSheet("")


def _result(verdict: str, reasons: tuple[scam.ResultReason, ...]) -> scam.ScamResult:
    return scam.ScamResult(
        verdict=verdict, score=12, reasons=reasons, advice=("Ask someone you trust.",), indicators={},
        sources=(), kind="phone", text="+44 20 7946 0000",
    )


def test_a_banner_shows_icon_words_and_level_together(qtbot) -> None:  # noqa: ANN001
    banner = VerdictBanner()
    qtbot.addWidget(banner)
    banner.set_verdict("danger", "Likely scam", "Do not pay.")
    assert banner.text() == "✖  Likely scam"
    assert banner.property("level") == "danger"
    assert banner.accessibleName() == "Likely scam. Do not pay."
    banner.set_verdict("ok", "No red flags found")
    assert banner.text().startswith("✔") and banner.detail_label.isHidden()
    banner.set_verdict("nonsense", "Not enough to go on")
    assert banner.property("level") == "info" and banner.text().startswith("ℹ")


def test_a_check_that_lists_a_red_flag_never_says_no_red_flags(qtbot, ui_ctx: UiContext) -> None:  # noqa: ANN001
    page = ScamPage(ui_ctx)
    qtbot.addWidget(page)
    flag = scam.ResultReason("foreign", "The number is from another country.", "+44", 0, 3, 10)
    page.show_result(_result("likely_safe", (flag,)))
    assert "No red flags found" not in page.verdict_label.text()
    assert page.verdict_label.text().startswith("⚠")
    assert page.verdict_label.property("level") == "warning"
    assert page.reasons_list.count() == 1
    page.show_result(_result("likely_safe", ()))
    assert page.verdict_label.text() == "✔  No red flags found"
    page.show_result(_result("scam", (flag,)))
    assert page.verdict_label.text() == "✖  Likely scam" and page.verdict_label.property("level") == "danger"


def test_the_app_says_the_same_as_the_window() -> None:
    flag = scam.ResultReason("foreign", "The number is from another country.", "+44", 0, 3, 10)
    assert _result("likely_safe", (flag,)).verdict_words == "A few warning signs: read them below"
    assert _result("likely_safe", ()).verdict_words == "No red flags found"


def test_weak_and_very_strong_look_different_and_keep_their_words(qtbot, ui_ctx: UiContext) -> None:  # noqa: ANN001
    page = PasswordsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page._show_result({"score": 0, "label": "Very weak", "crack_time": "instantly", "method": "zxcvbn",  # noqa: SLF001
                       "warning": "", "suggestions": []})
    weak = page.strength_words.palette().color(QPalette.ColorRole.WindowText).name()
    assert page.strength_words.text().startswith("✖") and "Very weak" in page.strength_words.text()
    assert not page.meter.isTextVisible()  # no words drawn over the fill
    page._show_result({"score": 4, "label": "Very strong", "crack_time": "centuries", "method": "zxcvbn",  # noqa: SLF001
                       "warning": "", "suggestions": []})
    strong = page.strength_words.palette().color(QPalette.ColorRole.WindowText).name()
    assert page.strength_words.text().startswith("✔") and "Very strong" in page.strength_words.text()
    assert weak != strong
    assert page.meter.property("level") == "ok"


def test_the_main_action_is_a_filled_button(qtbot, ui_ctx: UiContext) -> None:  # noqa: ANN001
    page = ScamPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    fill = page.check_button.palette().color(QPalette.ColorRole.Button).name()
    assert page.check_button.property("primary") is True
    assert fill == theme.LIGHT["primary"] or fill == theme.DARK["primary"]
