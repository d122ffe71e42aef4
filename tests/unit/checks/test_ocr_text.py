"""Tidying OCR output from chat and pop-up screenshots (checks.ocr_text)."""

from __future__ import annotations

from checks.ocr_text import clean_ocr_text


def test_status_bar_times_and_delivery_lines_are_dropped() -> None:
    raw = "9:41 LTE 87%\nText Message\nToday 9:15 AM\nUSPS: your parcel is held.\nDelivered\nRead 9:16\n"
    assert clean_ocr_text(raw) == "USPS: your parcel is held."


def test_spanish_chat_furniture_is_dropped() -> None:
    raw = "Mensaje de texto\nHoy 10:02\nHola mamá, este es mi número nuevo.\nEntregado"
    assert clean_ocr_text(raw) == "Hola mamá, este es mi número nuevo."


def test_a_bubble_broken_over_lines_is_joined_and_hyphen_breaks_mended() -> None:
    raw = "Your package is on hold due\nto an incomplete address. Ver-\nify at https://usps-fee.top/x"
    assert clean_ocr_text(raw) == "Your package is on hold due to an incomplete address. Verify at https://usps-fee.top/x"


def test_lines_that_end_a_sentence_or_start_a_new_one_stay_apart() -> None:
    raw = "Your computer is locked.\nDo not close this window\nCall +1 888 555 0142"
    assert clean_ocr_text(raw) == "Your computer is locked.\nDo not close this window\nCall +1 888 555 0142"


def test_space_after_the_dot_of_a_web_address_is_removed_but_sentences_keep_theirs() -> None:
    raw = "microsoft-alert. online/warning\nI saw it. Co-workers agree."
    out = clean_ocr_text(raw)
    assert "microsoft-alert.online/warning" in out
    assert "I saw it. Co-workers agree." in out


def test_stray_icon_marks_and_blank_runs_go_and_links_are_never_changed() -> None:
    raw = "©\n\n\n\n<\nhttps://EXAMPLE.top/Pay?id=rn42\n|"
    assert clean_ocr_text(raw) == "https://EXAMPLE.top/Pay?id=rn42"


def test_empty_and_odd_input() -> None:
    assert clean_ocr_text("") == ""
    assert clean_ocr_text("\f\r\n \t") == ""
    assert clean_ocr_text("\u200bhello\u200b") == "\u200bhello\u200b"
