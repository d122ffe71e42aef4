"""'Is this a scam?' from a screenshot: the real Tesseract engine reading pictures drawn for the test.

CI installs Tesseract (``tesseract-ocr`` with English and Spanish data, see .ci/run). On a machine
without it these tests skip, except under CI, where a missing engine is a failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import ocr
from app import scam as app_scam
from app.core import Hearth
from app.errors import InvalidInput
from checks.base import Cancelled, CancelToken
from tests.helpers import pictures as P

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _tesseract() -> None:
    P.require_tesseract()


def hearth_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def test_a_parcel_fee_scam_screenshot_is_flagged(tmp_path: Path) -> None:
    picture = P.save(P.parcel_screenshot(), tmp_path / "parcel.png")
    r = hearth_cli("scam", "check", "--image", str(picture), "--json", "--offline")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["verdict"] in ("scam", "suspicious")
    assert "usps-redelivery-fee.top" in data["text"]
    assert "9:41" not in data["text"] and "Delivered" not in data["text"]  # the phone's furniture is gone
    assert data["ocr"] == {"engine": "tesseract", "language": "en"}
    assert any(r["evidence"] for r in data["reasons"])


def test_a_fake_virus_popup_is_flagged(hearth: Hearth) -> None:
    checked = app_scam.check_image(hearth, P.png_bytes(P.popup_screenshot()), language="en", offline=True)
    assert checked.result.verdict in ("scam", "suspicious")
    assert "Do not close this window" in checked.ocr.text
    assert "555-0142" in checked.ocr.text


def test_an_ordinary_family_text_is_not_flagged(hearth: Hearth) -> None:
    checked = app_scam.check_image(hearth, P.png_bytes(P.family_screenshot()), language="en", offline=True)
    assert checked.result.verdict not in ("scam", "suspicious")
    assert "lasagne" in checked.ocr.text


def test_spanish_interface_reads_spanish_and_english(hearth: Hearth) -> None:
    img = P.chat_screenshot("Banco", ["Su cuenta ha sido bloqueada. Verifique sus datos aquí: https://banco-verifica.top/es"])
    checked = app_scam.check_image(hearth, P.png_bytes(img), language="es", offline=True)
    assert checked.ocr.language == "es+en"
    assert "bloqueada" in checked.ocr.text and "aquí" in checked.ocr.text


def test_history_keeps_the_redacted_text_never_the_picture(hearth: Hearth) -> None:
    member = hearth.members.add("Margaret")
    img = P.chat_screenshot(
        "Unknown", ["Margaret, your card 4111 1111 1111 1111 is blocked. Call 0207 946 0018 now to unblock it."]
    )
    checked = app_scam.check_image(hearth, P.png_bytes(img), language="en", member_id=member.id, offline=True, region="GB")
    assert checked.result.check_id is not None
    (record,) = app_scam.history(hearth, member.id)
    assert "4111" not in record.excerpt and "Margaret" not in record.excerpt
    assert "blocked" in record.excerpt
    raw = Path(hearth.paths.database).read_bytes()
    assert b"\x89PNG" not in raw


def test_not_a_picture_is_refused_plainly_and_nothing_is_stored(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.png"
    bogus.write_text("this is not a picture")
    r = hearth_cli("scam", "check", "--image", str(bogus))
    assert r.returncode != 0 and "not a picture" in r.stderr and "Traceback" not in r.stderr
    r = hearth_cli("scam", "history", "--json")
    assert json.loads(r.stdout) == []


def test_a_one_pixel_picture_and_a_picture_without_text_are_refused(tmp_path: Path) -> None:
    dot = P.save(P.blank_picture(1, 1), tmp_path / "dot.png")
    r = hearth_cli("scam", "check", "--image", str(dot), "--json")
    assert r.returncode != 0 and "too small" in r.stderr and "Traceback" not in r.stderr
    empty = P.save(P.blank_picture(), tmp_path / "empty.png")
    r = hearth_cli("scam", "check", "--image", str(empty))
    assert r.returncode != 0 and "could not find any text in this picture" in r.stderr
    assert json.loads(hearth_cli("scam", "history", "--json").stdout) == []


def test_a_folder_or_a_fifo_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="not a normal file"):
        ocr.load_image(tmp_path)
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInput, match="not a normal file"):
        ocr.load_image(fifo)  # would block forever if it were opened


def test_a_huge_picture_is_scaled_down_before_reading() -> None:
    big = P.popup_screenshot(6400, 4000)
    prepared = ocr.prepare(big)
    assert max(prepared.size) == ocr.MAX_SIDE and prepared.mode == "L"
    small = ocr.prepare(P.blank_picture(320, 200))
    assert max(small.size) == 640  # scaled up (at most twice) so small letters can be read


def test_dark_pictures_are_inverted_so_text_is_dark_on_light() -> None:
    prepared = ocr.prepare(P.popup_screenshot())
    histogram = prepared.histogram()
    assert sum(histogram[128:]) > sum(histogram[:128])


def test_cancel_stops_before_reading() -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        ocr.read_text(P.family_screenshot(), "en", cancel=cancel)


def test_no_engine_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "engines", lambda: [ocr.TesseractEngine(command="")])
    with pytest.raises(ocr.OcrUnavailable) as err:
        ocr.find_engine()
    assert "type the message instead" in (err.value.hint or "")


def test_ocr_language_follows_the_interface() -> None:
    assert ocr.languages_for("es") == ["es", "en"]
    assert ocr.languages_for("es_ES") == ["es", "en"]
    assert ocr.languages_for("en") == ["en"]
    assert {"en", "es"} <= ocr.TesseractEngine().languages()
