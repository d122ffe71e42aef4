"""Pictures of messages, drawn for the OCR tests (Pillow with the DejaVu font Hearth ships for PDFs).

Each is drawn the way the real thing looks on a screen: a phone chat with its status bar, times and
bubbles; a full-screen fake virus warning in white on red with a phone number in big type; a plain
family text. Nothing here is read from the test data: the words are in the tests.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def require_tesseract() -> None:
    """Skip without Tesseract, except under CI, which must install it (see .ci/run)."""
    if shutil.which("tesseract") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install tesseract-ocr (see .ci/run)")
        pytest.skip("Tesseract is not installed (apt install tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa)")


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def chat_screenshot(sender: str, bubbles: Sequence[str], *, width: int = 1280, height: int = 800) -> Image.Image:
    """A phone messaging app: status bar, sender, a time line, then grey bubbles of wrapped text."""
    img = Image.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    small, body, title = font(20), font(26), font(30, bold=True)
    d.text((24, 12), "9:41", font=small, fill="black")
    d.text((width - 140, 12), "LTE 87%", font=small, fill="black")
    d.text((width // 2 - 120, 60), sender, font=title, fill="black")
    d.text((width // 2 - 110, 120), "Text Message", font=small, fill=(120, 120, 120))
    d.text((width // 2 - 100, 148), "Today 9:15 AM", font=small, fill=(120, 120, 120))
    y = 200
    for bubble in bubbles:
        lines = _wrap(d, bubble, body, width * 0.6)
        box_h = 38 * len(lines) + 30
        d.rounded_rectangle((40, y, 40 + width * 0.62, y + box_h), radius=24, fill=(229, 229, 234))
        for i, line in enumerate(lines):
            d.text((62, y + 15 + 38 * i), line, font=body, fill="black")
        y += box_h + 30
    d.text((width - 160, y), "Delivered", font=small, fill=(120, 120, 120))
    return img


def popup_screenshot(width: int = 1280, height: int = 800) -> Image.Image:
    """A fake "virus" warning that fills the browser: white on red, the number in big type."""
    img = Image.new("RGB", (width, height), (190, 20, 20))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, width, 50), fill=(235, 235, 235))
    d.text((20, 12), "microsoft-security-alert.online/warning", font=font(20), fill="black")
    lines = [
        (font(40, bold=True), "Windows Defender Security Center"),
        (font(30), "Your computer is locked because of a virus."),
        (font(30), "Access to this PC has been blocked for security reasons."),
        (font(30), "Do not close this window or restart your computer."),
        (font(30), "Your files, passwords and bank details are at risk."),
        (font(34, bold=True), "Call Microsoft Support now:"),
        (font(56, bold=True), "+1 (888) 555-0142"),
        (font(26), "Toll free. A technician will help you unlock your PC."),
    ]
    y = 110
    for f, text in lines:
        d.text((80, y), text, font=f, fill="white")
        y += int(f.size * 1.9)
    return img


def family_screenshot() -> Image.Image:
    return chat_screenshot(
        "Mum",
        [
            "Hi love, are you still coming for lunch on Sunday?",
            "Dad is making his lasagne. Bring the kids if they want to come.",
            "See you at one. Love you x",
        ],
    )


def parcel_screenshot() -> Image.Image:
    return chat_screenshot(
        "+1 (415) 555-0199",
        [
            "USPS: Your package could not be delivered due to an incomplete address. "
            "Please pay the $1.99 redelivery fee within 24 hours or it will be returned: "
            "https://usps-redelivery-fee.top/track",
        ],
    )


def blank_picture(width: int = 640, height: int = 480) -> Image.Image:
    img = Image.new("RGB", (width, height), (240, 244, 250))
    d = ImageDraw.Draw(img)
    d.ellipse((200, 120, 440, 360), fill=(120, 160, 220))
    return img


def png_bytes(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def save(img: Image.Image, path: Path) -> Path:
    img.save(path)
    return path


def _wrap(d: ImageDraw.ImageDraw, text: str, f: ImageFont.FreeTypeFont, width: float) -> list[str]:
    words, lines, line = text.split(), [], ""
    for w in words:
        trial = f"{line} {w}".strip()
        if d.textlength(trial, font=f) > width and line:
            lines.append(line)
            line = w
        else:
            line = trial
    if line:
        lines.append(line)
    return lines
