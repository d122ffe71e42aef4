"""Reading the text in a picture (a screenshot of a text message, an e-mail or a pop-up), on this computer.

One interface, one engine per operating system, each the one the system already has:

- Linux (and anywhere Tesseract is installed): Tesseract, through ``pytesseract`` (a small, maintained
  wrapper that runs the ``tesseract`` program). Debian/Ubuntu: ``apt install tesseract-ocr
  tesseract-ocr-eng tesseract-ocr-spa``.
- Windows 10/11: the built-in ``Windows.Media.Ocr`` engine, through the ``winsdk`` projection, when it
  is installed.
- macOS: the Vision framework, through PyObjC (``pyobjc-framework-Vision``), when it is installed.

The picture never leaves the computer. ``load_image`` refuses what is not a picture, pictures too small
to hold text and files that are not regular files; a very large picture is scaled down first. The
language is the interface language plus English (``languages_for``).

Tesseract reads screenshot text best when letters are about 30 pixels tall, so ``prepare`` converts to
grey and scales small pictures up (and huge ones down) before reading.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import io
import logging
import os
import shutil
import stat
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.errors import InvalidInput, UserFacingError
from checks.base import Cancelled, CancelToken
from checks.i18n import N_

if TYPE_CHECKING:
    from PIL.Image import Image

log = logging.getLogger(__name__)

#: A picture file larger than this is refused before it is decoded.
MAX_FILE_BYTES = 40 * 1024 * 1024
#: Decoding refuses pictures with more pixels than this (a "decompression bomb").
MAX_PIXELS = 80_000_000
#: Pictures smaller than this on either side cannot hold readable text.
MIN_SIDE = 16
#: The longest side Hearth reads at; larger pictures are scaled down first.
MAX_SIDE = 2600
#: Screenshots whose longest side is shorter than this are scaled up (letters get too small otherwise).
UPSCALE_BELOW = 1400
#: Tesseract is given this long at most for one picture.
TIMEOUT_SECONDS = 30

#: Tesseract's names for the interface languages.
_TESSERACT_LANG = {"en": "eng", "es": "spa"}


class OcrUnavailable(UserFacingError):
    """No engine for reading pictures is installed on this computer."""


@dataclasses.dataclass(frozen=True)
class OcrResult:
    """What was read: the text, which engine read it, and in which languages (``"en+es"``)."""

    text: str
    engine: str
    language: str

    def as_json(self) -> dict[str, str]:
        return {"engine": self.engine, "language": self.language}


class Engine(Protocol):
    name: str

    def available(self) -> bool: ...

    def languages(self) -> set[str]: ...

    def read(self, image: Image, languages: Sequence[str], cancel: CancelToken) -> str: ...


def languages_for(interface_language: str) -> list[str]:
    """The interface language first, then English (``["es", "en"]``; ``["en"]``)."""
    first = (interface_language or "en").split("_")[0].split("-")[0].lower()
    return [first] if first == "en" else [first, "en"]


# -- pictures -------------------------------------------------------------------------------------


def _cannot_open(path: Path) -> InvalidInput:
    return InvalidInput(N_("Hearth could not open {path}.", path=path), hint=N_("Check the file name and try again."))


def _file_too_large() -> InvalidInput:
    return InvalidInput(
        N_("This picture file is too large to read (over 40 MB)."),
        hint=N_("Take a screenshot of just the message, or save the picture smaller."),
    )


def _not_a_picture() -> InvalidInput:
    return InvalidInput(
        N_("This file is not a picture Hearth can read."),
        hint=N_("Choose a screenshot or photo saved as PNG, JPEG, BMP, GIF, TIFF or WebP."),
    )


def load_image(source: str | os.PathLike[str] | bytes) -> Image:
    """Open a picture from a file or from bytes (a paste). Raises InvalidInput with a plain message."""
    try:
        from PIL import Image as PILImage
        from PIL import UnidentifiedImageError
    except ImportError as exc:  # the one-folder bundle leaves Pillow out (packaging/hearth.spec)
        raise OcrUnavailable(N_("This copy of Hearth cannot open pictures yet."),
                             hint=N_("Type or paste the words of the message instead.")) from exc

    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            info = path.stat()
        except OSError:
            raise _cannot_open(path) from None
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(
                N_("{path} is not a normal file.", path=path), hint=N_("Choose a picture file.")
            )
        if info.st_size > MAX_FILE_BYTES:
            raise _file_too_large()
        try:
            data = path.read_bytes()
        except OSError:
            raise _cannot_open(path) from None
    if not data:
        raise _not_a_picture()
    if len(data) > MAX_FILE_BYTES:
        raise _file_too_large()
    previous = PILImage.MAX_IMAGE_PIXELS
    try:
        PILImage.MAX_IMAGE_PIXELS = MAX_PIXELS
        image = PILImage.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise _not_a_picture() from None
    except PILImage.DecompressionBombError:
        raise InvalidInput(
            N_("This picture is too large to read."),
            hint=N_("Take a screenshot of just the message, or save the picture smaller."),
        ) from None
    finally:
        PILImage.MAX_IMAGE_PIXELS = previous
    if min(image.size) < MIN_SIDE:
        raise InvalidInput(
            N_("This picture is too small to hold any text."),
            hint=N_("Take a screenshot that shows the whole message."),
        )
    return image


def prepare(image: Image) -> Image:
    """Grey, and scaled so that screenshot letters are a size the engine reads well."""
    from PIL import Image as PILImage
    from PIL import ImageOps

    if getattr(image, "n_frames", 1) > 1:
        image.seek(0)
    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        background = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = PILImage.alpha_composite(background, rgba)
    grey = ImageOps.grayscale(image)
    longest = max(grey.size)
    if longest > MAX_SIDE:
        scale = MAX_SIDE / longest
    elif longest < UPSCALE_BELOW:
        scale = min(2.0, UPSCALE_BELOW / longest)
    else:
        scale = 1.0
    if scale != 1.0:
        size = (max(1, round(grey.size[0] * scale)), max(1, round(grey.size[1] * scale)))
        grey = grey.resize(size, PILImage.Resampling.LANCZOS)
    # Light text on a dark background (dark mode, pop-up banners) reads better inverted.
    histogram = grey.histogram()
    dark = sum(histogram[:128])
    if dark > sum(histogram[128:]) * 1.5:
        grey = ImageOps.invert(grey)
    return grey


# -- engines --------------------------------------------------------------------------------------


def _importable(module: str) -> bool:
    """Whether ``module`` (an engine's binding) is installed, without importing it."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


class TesseractEngine:
    """Tesseract (Linux; also macOS and Windows when installed), through pytesseract."""

    name = "tesseract"

    def __init__(self, command: str | None = None) -> None:
        self.command = shutil.which("tesseract") or "" if command is None else command

    def available(self) -> bool:
        return bool(self.command) and _importable("pytesseract")

    def _module(self) -> Any:
        import pytesseract

        pytesseract.pytesseract.tesseract_cmd = self.command
        return pytesseract

    def languages(self) -> set[str]:
        try:
            names = set(self._module().get_languages(config=""))
        except Exception:  # noqa: BLE001 - a broken install reads as "no languages"
            log.warning("tesseract did not list its languages", exc_info=True)
            return set()
        reverse = {v: k for k, v in _TESSERACT_LANG.items()}
        return {reverse[n] for n in names if n in reverse}

    def read(self, image: Image, languages: Sequence[str], cancel: CancelToken) -> str:
        module = self._module()
        lang = "+".join(_TESSERACT_LANG[code] for code in languages if code in _TESSERACT_LANG) or "eng"
        if cancel.cancelled:
            raise Cancelled()
        # psm 3: fully automatic page layout (chat bubbles, pop-ups with a title and buttons).
        try:
            return str(module.image_to_string(image, lang=lang, config="--psm 3", timeout=TIMEOUT_SECONDS))
        except RuntimeError as exc:  # pytesseract raises RuntimeError on its timeout
            raise UserFacingError(
                N_("Reading the picture took too long."), hint=N_("Take a screenshot of just the message.")
            ) from exc


class WindowsEngine:  # pragma: no cover - runs on Windows 10/11 only
    """The OCR engine built into Windows 10/11 (Windows.Media.Ocr), through the winsdk projection."""

    name = "windows"

    def available(self) -> bool:
        return sys.platform == "win32" and _importable("winsdk.windows.media.ocr")

    def languages(self) -> set[str]:
        from winsdk.windows.media.ocr import OcrEngine

        return {str(lang.language_tag).split("-")[0].lower() for lang in OcrEngine.available_recognizer_languages}

    def read(self, image: Image, languages: Sequence[str], cancel: CancelToken) -> str:
        import asyncio

        from winsdk.windows.globalization import Language
        from winsdk.windows.graphics.imaging import BitmapAlphaMode, BitmapPixelFormat, SoftwareBitmap
        from winsdk.windows.media.ocr import OcrEngine
        from winsdk.windows.security.cryptography import CryptographicBuffer

        rgba = image.convert("RGBA")
        buffer = CryptographicBuffer.create_from_byte_array(rgba.tobytes())
        bitmap = SoftwareBitmap.create_copy_from_buffer(
            buffer, BitmapPixelFormat.RGBA8, rgba.size[0], rgba.size[1], BitmapAlphaMode.PREMULTIPLIED
        )
        engine = None
        for code in languages:
            engine = OcrEngine.try_create_from_language(Language(code))
            if engine is not None:
                break
        engine = engine or OcrEngine.try_create_from_user_profile_languages()

        async def run() -> str:
            result = await engine.recognize_async(bitmap)
            return "\n".join(line.text for line in result.lines)

        if cancel.cancelled:
            raise Cancelled()
        return asyncio.run(run())


class VisionEngine:  # pragma: no cover - runs on macOS only
    """Apple's Vision framework (VNRecognizeTextRequest), through PyObjC."""

    name = "vision"

    def available(self) -> bool:
        return sys.platform == "darwin" and _importable("Vision")

    def languages(self) -> set[str]:
        return {"en", "es"}

    def read(self, image: Image, languages: Sequence[str], cancel: CancelToken) -> str:
        import Quartz
        import Vision
        from Foundation import NSData

        png = io.BytesIO()
        image.save(png, format="PNG")
        data = NSData.dataWithBytes_length_(png.getvalue(), len(png.getvalue()))
        source = Quartz.CGImageSourceCreateWithData(data, None)
        cg_image = Quartz.CGImageSourceCreateImageAtIndex(source, 0, None)
        request = Vision.VNRecognizeTextRequest.alloc().init()
        request.setRecognitionLanguages_([{"en": "en-US", "es": "es-ES"}.get(c, c) for c in languages])
        request.setUsesLanguageCorrection_(True)
        handler = Vision.VNImageRequestHandler.alloc().initWithCGImage_options_(cg_image, None)
        if cancel.cancelled:
            raise Cancelled()
        ok, _error = handler.performRequests_error_([request], None)
        if not ok:
            return ""
        lines = []
        for observation in request.results() or []:
            candidates = observation.topCandidates_(1)
            if candidates:
                lines.append(str(candidates[0].string()))
        return "\n".join(lines)


def engines() -> list[Engine]:
    """The engines to try, the operating system's own first."""
    found: list[Engine] = []
    if sys.platform == "win32":
        found.append(WindowsEngine())
    if sys.platform == "darwin":
        found.append(VisionEngine())
    found.append(TesseractEngine())
    return found


_lock = threading.Lock()


def find_engine() -> Engine:
    """The first available engine, or OcrUnavailable with how to get one for this system."""
    for engine in engines():
        if engine.available():
            return engine
    if sys.platform.startswith("linux"):
        hint = N_(
            "Install the free Tesseract reader (on Debian or Ubuntu: the packages tesseract-ocr, "
            "tesseract-ocr-eng and tesseract-ocr-spa), then try again. Or type the message instead."
        )
    elif sys.platform == "win32":
        hint = N_("Update Windows to version 10 or 11 to read pictures, or type the message instead.")
    else:
        hint = N_("Install Tesseract to read pictures, or type the message instead.")
    raise OcrUnavailable(N_("This computer has no program for reading text in pictures."), hint=hint)


def read_text(
    image: Image,
    interface_language: str,
    *,
    engine: Engine | None = None,
    cancel: CancelToken | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> OcrResult:
    """Read the text in ``image``. Raises InvalidInput when no text is found, OcrUnavailable without an engine."""
    cancel = cancel or CancelToken()
    progress = progress or (lambda done, total, text: None)
    engine = engine or find_engine()
    wanted = languages_for(interface_language)
    have = engine.languages()
    languages = [code for code in wanted if code in have] or ["en"]
    progress(0, 2, N_("Getting the picture ready…"))
    prepared = prepare(image)
    if cancel.cancelled:
        raise Cancelled()
    progress(1, 2, N_("Reading the text in the picture…"))
    with _lock:  # one engine run at a time: each already uses every core
        raw = engine.read(prepared, languages, cancel)
    if cancel.cancelled:
        raise Cancelled()
    progress(2, 2, N_("Done reading."))
    from checks.ocr_text import clean_ocr_text

    text = clean_ocr_text(raw)
    if sum(ch.isalnum() for ch in text) < 3:
        raise InvalidInput(
            N_("Hearth could not find any text in this picture."),
            hint=N_("Try a sharper screenshot of the message, or type or paste the words instead."),
        )
    return OcrResult(text=text, engine=engine.name, language="+".join(languages))
