"""Logging to a rotating file in the user's log folder, with secrets redacted.

Both a filter (for every handler) and the file formatter (which also covers
tracebacks) remove anything that looks like a password field, an API key or a token.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"(?i)\b(password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|hibp-api-key|x-apikey|"
            r"auth-key|authorization|totp|otp_secret)(\"?\s*[:=]\s*\"?)(bearer\s+)?[^\s\"',;&]+"
        ),
        r"\1\2[redacted]",
    ),
    (re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]+"), "Bearer [redacted]"),
    (re.compile(r"(?i)([?&](?:key|api_key|apikey|token|access_token)=)[^&\s]+"), r"\1[redacted]"),
    (re.compile(r"otpauth://[^\s\"']+"), "otpauth://[redacted]"),
    (re.compile(r"\b[A-Fa-f0-9]{32,}\b"), "[redacted-hex]"),
    (re.compile(r"\bsk-[A-Za-z0-9_\-]{16,}"), "[redacted-key]"),
]


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites a record's message with secrets removed (the record still passes)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record still gets logged, redacted
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        return True


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class RotatingFile(logging.FileHandler):
    """A size-rotating log file (hearth.log, hearth.log.1, ...).

    The standard library's RotatingFileHandler lives in logging.handlers, whose imports
    (socket, pickle, queue) cost more at start-up than this does.
    """

    def __init__(self, path: Path, *, max_bytes: int = 1_000_000, backups: int = 3) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        self._path = Path(path)
        if self._path.exists() and self._path.stat().st_size >= max_bytes:
            self._rotate_files()
        super().__init__(path, encoding="utf-8", delay=True)

    def _rotate_files(self) -> None:
        for i in range(self.backups - 1, 0, -1):
            older = self._path.with_name(f"{self._path.name}.{i}")
            if older.exists():
                os.replace(older, self._path.with_name(f"{self._path.name}.{i + 1}"))
        if self._path.exists():
            os.replace(self._path, self._path.with_name(f"{self._path.name}.1"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self.stream.close()
                self.stream = None  # type: ignore[assignment]
                self._rotate_files()
        except OSError:
            pass
        super().emit(record)


def setup_logging(log_file: Path, *, level: int = logging.INFO, console: bool = False) -> logging.Handler:
    """Send Hearth's logs to a rotating file (1 MB x 3). Returns the file handler."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_hearth", False)]:
        root.removeHandler(old)
        old.close()
    handler = RotatingFile(log_file)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler._hearth = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(RedactingFormatter("%(levelname)s: %(message)s"))
        stream.addFilter(RedactingFilter())
        stream._hearth = True  # type: ignore[attr-defined]
        stream.setLevel(logging.WARNING)
        root.addHandler(stream)
    root.setLevel(level)
    # urllib3 logs full URLs (with query strings that may hold keys) at DEBUG.
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    return handler
