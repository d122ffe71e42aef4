"""Logging to a rotating file in the user's log folder, with secrets redacted.

Both a filter (for every handler) and the file formatter (which also covers
tracebacks) remove anything that looks like a password field, an API key or a token.

The window starts faster without ``logging.handlers`` (it pulls in socket, pickle and queue,
~12 ms of CPU): it holds the records of its first moments with :func:`hold_early_records` and
opens the file with :func:`setup_logging` just after its first paint, which writes them out.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import logging.handlers

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


LOG_FILE_MODE = 0o600


_ROTATING: type[logging.handlers.RotatingFileHandler] | None = None


def _rotating_file_class() -> type[logging.handlers.RotatingFileHandler]:
    """``RotatingFile``, defined on first use so that importing this module stays cheap."""
    global _ROTATING  # noqa: PLW0603 - a one-time lazy definition
    if _ROTATING is None:
        import logging.handlers

        class RotatingFile(logging.handlers.RotatingFileHandler):
            """The standard size-rotating log file (hearth.log, hearth.log.1, ...), created private (0600).

            Log lines are redacted, but they still tell when and what someone checked: no other user of
            the computer should read them. Rotated copies keep the mode (``os.rename`` keeps it).
            """

            def __init__(self, path: Path, *, max_bytes: int = 1_000_000, backups: int = 3) -> None:
                super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", delay=True)

            def _open(self) -> Any:
                fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, LOG_FILE_MODE)
                try:
                    os.chmod(self.baseFilename, LOG_FILE_MODE)  # an older file made before this rule
                except OSError:
                    pass
                return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115 - the handler owns it

        _ROTATING = RotatingFile
    return _ROTATING


def __getattr__(name: str) -> Any:
    if name == "RotatingFile":
        return _rotating_file_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _EarlyRecords(logging.Handler):
    """Keeps the records logged before the log file is open (at most ``limit``), to write them then."""

    def __init__(self, limit: int = 1000) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self.limit = limit

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.limit:
            self.records.append(record)


def hold_early_records(level: int = logging.INFO) -> None:
    """Keep every record from now until :func:`setup_logging`, which writes them to the file.

    Records that would have been logged are the same as with the file open: the root level is set now.
    """
    root = logging.getLogger()
    if not any(isinstance(h, _EarlyRecords) for h in root.handlers):
        early = _EarlyRecords()
        early._hearth = True  # type: ignore[attr-defined]
        root.addHandler(early)
    root.setLevel(level)
    logging.getLogger("urllib3").setLevel(logging.WARNING)


def setup_logging(log_file: Path, *, level: int = logging.INFO, console: bool = False) -> logging.Handler:
    """Send Hearth's logs to a rotating file (1 MB x 3). Returns the file handler."""
    root = logging.getLogger()
    held: list[logging.LogRecord] = []
    for old in [h for h in root.handlers if getattr(h, "_hearth", False)]:
        root.removeHandler(old)
        old.close()
        if isinstance(old, _EarlyRecords):
            held.extend(old.records)
    handler = _rotating_file_class()(log_file)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler._hearth = True  # type: ignore[attr-defined]
    for record in held:  # what was logged before the file was open (hold_early_records)
        handler.handle(record)
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
