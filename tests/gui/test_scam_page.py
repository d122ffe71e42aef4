"""The Scam check page and the scam-services settings section (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app import scam
from tests.helpers.fake_scam_services import FakeChat
from ui.context import UiContext
from ui.pages.scam import Page, ScamServicesSettings

SCAM_TEXT = "USPS: your parcel is on hold. Pay the 1.99 redelivery fee now at http://usps-redelivery.top/pay"


@pytest.fixture
def page(qtbot, ui_ctx: UiContext) -> Page:  # noqa: ANN001
    p = Page(ui_ctx)
    qtbot.addWidget(p)
    p.resize(900, 1000)
    p.show()
    qtbot.waitExposed(p)
    return p


def _wait_result(qtbot, page: Page) -> scam.ScamResult:  # noqa: ANN001
    qtbot.waitUntil(lambda: page.result is not None and not page.cancel_button.isVisible(), timeout=15000)
    assert page.result is not None
    return page.result


def test_paste_click_and_see_highlighted_red_flags(qtbot, page: Page) -> None:  # noqa: ANN001
    page.paste.setPlainText(SCAM_TEXT)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    result = _wait_result(qtbot, page)
    assert result.verdict in ("scam", "suspicious")
    assert page.verdict_label.text().split()[0] in ("✖", "⚠")  # an icon, not colour alone
    assert any(w in page.verdict_label.text() for w in ("Likely scam", "Be careful"))
    # how sure, in words, not a raw number (issue 12 item 5)
    assert page.score_label.text().startswith("Hearth is") and not any(c.isdigit() for c in page.score_label.text())
    assert page.original.toPlainText() == SCAM_TEXT
    assert page.message_heading.text() == "The message, with the red flags marked"
    spans = page.highlighted_spans()
    assert spans and all(0 <= a < b <= len(SCAM_TEXT) for a, b in spans)
    assert page.reasons_list.count() == min(len(result.reasons), page._view.shown_first or len(result.reasons))
    assert page.reasons_list.item(0).text().startswith("1. ")
    assert page.advice_label.text().startswith("1. ")
    assert not page.online.isChecked()
    qtbot.waitUntil(lambda: page.history_list.count() >= 1 and "No checks" not in page.history_list.item(0).text())
    # choosing a red flag selects its words in the message
    page.reasons_list.setCurrentRow(0)
    if result.reasons[0].start >= 0:
        assert page.original.textCursor().hasSelection()


def test_ordinary_message_never_says_safe(qtbot, page: Page) -> None:  # noqa: ANN001
    page.paste.setPlainText("Running late, see you at 7 at the station.")
    page.start_check()
    result = _wait_result(qtbot, page)
    assert result.verdict == "likely_safe"
    assert "No red flags found" in page.verdict_label.text()
    assert "✔" in page.verdict_label.text()
    assert page.highlighted_spans() == []
    assert page.emergency_button.isHidden()
    # nothing is marked, so the heading doesn't promise marks
    assert page.message_heading.text() == "The message you checked"
    assert page.original.accessibleName() == "The message you checked"


def test_html_in_a_message_is_shown_as_text_and_never_loaded(qtbot, page: Page, ui_ctx: UiContext) -> None:  # noqa: ANN001
    text = '<img src="http://127.0.0.1:9/track.png"><b>Your account</b> is locked'
    page.paste.setPlainText(text)
    page.start_check()
    _wait_result(qtbot, page)
    assert page.original.toPlainText() == text
    assert "&lt;img" in page.original.document().toHtml()
    assert page.original.acceptRichText() is False
    assert ui_ctx.hearth.ledger.entries() == []  # nothing was fetched


def test_keyboard_only(qtbot, page: Page) -> None:  # noqa: ANN001
    page.paste.setFocus()
    qtbot.keyClicks(page.paste, "Your verification code is 482913. Never share it.")
    qtbot.keyClick(page.paste, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = _wait_result(qtbot, page)
    assert result.verdict in ("likely_safe", "suspicious", "scam", "unknown")
    # Tab leaves the paste box instead of typing a tab
    page.paste.setFocus()
    qtbot.keyClick(page.paste, Qt.Key.Key_Tab)
    assert "\t" not in page.paste.toPlainText()
    assert not page.paste.hasFocus()


def test_empty_paste_says_what_to_do(qtbot, page: Page) -> None:  # noqa: ANN001
    page.start_check()
    assert "Paste a message" in page.status.text()
    assert page.result is None


def _interactive_unnamed(root: QWidget) -> list[str]:
    buddies = {id(lbl.buddy()) for lbl in root.findChildren(QLabel) if lbl.buddy() is not None}
    bad = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QListWidget)):
            continue
        if isinstance(w, QAbstractButton) and w.text().strip():
            continue
        if w.objectName().startswith("qt_") or w.focusPolicy().value == 0:
            continue
        if not w.accessibleName().strip() and id(w) not in buddies:
            bad.append(f"{type(w).__name__} {w.objectName()!r}")
    return bad


def test_accessible_names(page: Page, ui_ctx: UiContext, qtbot) -> None:  # noqa: ANN001
    assert page.paste.accessibleName() == "Message to check"
    assert page.check_button.accessibleName() == "Check this message"
    assert page.open_button.accessibleName() == "Open an e-mail file (.eml)"
    assert _interactive_unnamed(page) == []
    settings = ScamServicesSettings(ui_ctx)
    qtbot.addWidget(settings)
    assert _interactive_unnamed(settings) == []


def test_consent_panel_shows_redacted_text_before_sending(qtbot, page: Page, ui_ctx: UiContext) -> None:  # noqa: ANN001
    hearth = ui_ctx.hearth
    assert not page.online.isEnabled()  # nothing turned on: nothing to consent to
    hearth.members.add("Margaret Jones", "senior")
    scam.set_service_enabled(hearth, "llm", True)
    page.on_shown()
    assert page.online.isEnabled() and not page.online.isChecked()
    page.paste.setPlainText("Margaret, call 020 7946 0958 now about your account " + "http://x.example/a")
    page.online.setChecked(True)
    qtbot.waitUntil(lambda: "Language model" in page.consent.toPlainText(), timeout=10000)
    shown = page.consent.toPlainText()
    assert "Margaret" not in shown and "7946" not in shown
    assert "[name]" in shown and "Removed" in shown


def test_cancel_while_a_service_is_slow(qtbot, page: Page, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from app.services import llm

    monkeypatch.setattr(llm, "TIMEOUT", (2.0, 1.0))
    with FakeChat() as fake:
        fake.mode, fake.delay = "slow", 3.0
        monkeypatch.setenv("HEARTH_LLM_URL", fake.url)
        monkeypatch.setenv("HEARTH_LLM_MODEL", "m")
        scam.set_service_enabled(ui_ctx.hearth, "llm", True)
        page.on_shown()
        page.paste.setPlainText(SCAM_TEXT)
        page.online.setChecked(True)
        page.start_check()
        assert page.cancel_button.isVisible()
        qtbot.waitUntil(lambda: len(fake.requests) >= 1, timeout=10000)
        handle = page._handle
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
        assert "Stopped" in page.status.text()
        assert page.check_button.isEnabled()
        qtbot.waitUntil(handle.done.is_set, timeout=10000)  # the worker noticed and ended
        qtbot.wait(100)
        assert page.result is None  # a cancelled check's result is dropped


def test_open_eml_file(qtbot, page: Page, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "msg.eml"
    path.write_bytes(
        b"From: PayPal <service@paypa1-billing.example>\r\nSubject: Account limited\r\n"
        b"Content-Type: text/plain\r\n\r\nVerify now at http://paypa1-billing.example/login or lose access.\r\n"
    )
    page.open_eml(str(path))
    result = _wait_result(qtbot, page)
    assert result.kind == "email"
    assert "msg.eml" in page.eml_label.text()
    assert "paypa1-billing.example" in page.original.toPlainText()


@pytest.fixture
def settings_widget(qtbot, ui_ctx: UiContext) -> Iterator[ScamServicesSettings]:  # noqa: ANN001
    w = ScamServicesSettings(ui_ctx)
    qtbot.addWidget(w)
    yield w


def test_settings_toggle_and_store_key(qtbot, settings_widget: ScamServicesSettings, ui_ctx: UiContext) -> None:  # noqa: ANN001
    hearth = ui_ctx.hearth
    w = settings_widget
    qtbot.waitUntil(lambda: "No key" in w.key_status["virustotal"].text(), timeout=5000)
    w.toggles["virustotal"].setChecked(True)
    assert scam.enabled_services(hearth) == ["virustotal"]
    w.key_fields["virustotal"].setText("vt-secret-987")
    w._save_key("virustotal")
    assert w.key_fields["virustotal"].text() == ""
    qtbot.waitUntil(lambda: "A key is stored" in w.key_status["virustotal"].text(), timeout=5000)
    assert hearth.secrets.get("virustotal") == "vt-secret-987"
    assert all("vt-secret-987" not in lbl.text() for lbl in w.findChildren(QLabel))
    w._remove_key("virustotal")
    qtbot.waitUntil(lambda: "No key" in w.key_status["virustotal"].text(), timeout=5000)
    assert hearth.secrets.get("virustotal") is None
    w.toggles["virustotal"].setChecked(False)
    assert scam.enabled_services(hearth) == []


def test_dropping_an_eml_file_checks_it(qtbot, page: Page, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = tmp_path / "dropped.eml"
    path.write_bytes(b"From: a@b.example\r\nSubject: lunch\r\n\r\nSee you at noon.\r\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    page.paste.dropEvent(event)
    result = _wait_result(qtbot, page)
    assert result.kind == "email" and "dropped.eml" in page.eml_label.text()


def test_huge_paste_is_answered_with_a_note(qtbot, page: Page) -> None:  # noqa: ANN001
    page.paste.setPlainText("An ordinary line of text. " * 200_000)  # about 5 MB
    page.start_check()
    result = _wait_result(qtbot, page)
    assert any("very long" in n for n in result.notes)
    assert "very long" in page.sources_label.text()
    assert len(page.original.toPlainText()) == scam.MAX_CHARS


# -- pictures (issue 17): a screenshot is read on this computer, shown, then checked ----------------


def test_a_pasted_screenshot_is_read_shown_and_checked(qtbot, page: Page) -> None:  # noqa: ANN001
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QImage

    from tests.helpers import pictures

    pictures.require_tesseract()
    assert page.picture_button.accessibleName()
    mime = QMimeData()
    mime.setImageData(QImage.fromData(pictures.png_bytes(pictures.parcel_screenshot())))
    assert page.paste.canInsertFromMimeData(mime)
    page.paste.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: page.result is not None, timeout=60_000)
    assert "usps-redelivery-fee.top" in page.paste.toPlainText()  # what was read is shown, editable
    assert not page.paste.isReadOnly()
    assert page.result.verdict in ("scam", "suspicious")
    assert page.eml_label.isVisible() or not page.isVisible()


def test_a_file_that_is_not_a_picture_gets_a_plain_message(qtbot, page: Page, tmp_path) -> None:  # noqa: ANN001
    bogus = tmp_path / "photo.png"
    bogus.write_text("not a picture")
    page.open_picture(str(bogus))
    qtbot.waitUntil(lambda: "not a picture" in page.status.text(), timeout=20_000)
    assert page.result is None and page.picture_button.isEnabled()


MANY_FLAGS = ("USPS: your parcel is on hold. Pay the $1.99 redelivery fee now at https://usps-redelivery.top/pay "
              "or it will be returned.")


def test_at_most_five_red_flags_first_then_show_all(qtbot, page: Page) -> None:  # noqa: ANN001
    page.paste.setPlainText(MANY_FLAGS)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    result = _wait_result(qtbot, page)
    assert len(result.reasons) > 5  # this text has many (9 on 2026-12-07)
    assert page.reasons_list.count() == 5
    assert page.more_reasons.isVisible() and str(len(result.reasons)) in page.more_reasons.text()
    assert page.more_reasons.accessibleName() == page.more_reasons.text()
    qtbot.mouseClick(page.more_reasons, Qt.MouseButton.LeftButton)
    assert page.reasons_list.count() == len(result.reasons) and not page.more_reasons.isVisible()
    texts = [page.reasons_list.item(i).text().split(". ", 1)[1] for i in range(page.reasons_list.count())]
    assert len(set(texts)) == len(texts)  # no repeats


def test_a_past_check_with_warning_signs_never_reads_no_red_flags(qtbot, page: Page) -> None:  # noqa: ANN001
    # A genuine card-fraud alert: likely fine, with one warning sign listed (it reads like a bank alert).
    page.paste.setPlainText("Wells Fargo Fraud Prevention: Did you use card ending 0934 for $89.00 at STEAMGAMES.COM on "
                            "03/14? Reply YES or NO.")
    page.start_check()
    result = _wait_result(qtbot, page)
    assert result.verdict == "likely_safe" and result.reasons
    assert "⚠" in page.verdict_label.text()
    qtbot.waitUntil(lambda: page.history_list.count() >= 1 and "No checks" not in page.history_list.item(0).text())
    line = page.history_list.item(0).text()
    assert line.startswith("⚠ A few warning signs — ") and "No red flags" not in line, line


def test_who_sent_it_is_asked_and_used(qtbot, page: Page) -> None:  # noqa: ANN001
    combo = page.sender_known
    assert combo.accessibleName() == "Do you know who sent it?"
    assert [combo.itemData(i) for i in range(combo.count())] == [None, True, False]
    assert combo.currentIndex() == 0  # not said unless the person chooses
    page.paste.setPlainText("Good morning! How was your weekend?")
    page.start_check()
    assert _wait_result(qtbot, page).verdict == "likely_safe"
    combo.setCurrentIndex(2)  # "A number or address I don't know"
    page.start_check()
    qtbot.waitUntil(lambda: page.result is not None and page.result.verdict == "suspicious", timeout=15000)
    assert "Be careful" in page.verdict_label.text()
    assert "You don't know who sent this" in page.reasons_list.item(0).text()
    page.clear()
    assert combo.currentIndex() == 0
