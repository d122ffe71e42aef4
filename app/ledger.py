"""The privacy ledger: every request that leaves this computer, without its secrets.

``redact_url`` keeps the host and the shape of the path, and removes what could
identify a person or unlock an account: query values (API keys travel there),
e-mail addresses, long numbers and long tokens.
"""

from __future__ import annotations

import re
import urllib.parse

from app.storage.repos import LedgerEntry, LedgerRepo

_EMAIL = re.compile(r"[^\s/@]+@[^\s/@]+\.[^\s/@]+")
_LONG_NUMBER = re.compile(r"\+?\d[\d\- ]{6,}\d")
_TOKEN = re.compile(r"[A-Za-z0-9_\-]{33,}")


def redact_path(path: str) -> str:
    text = urllib.parse.unquote(path)
    text = _EMAIL.sub("[e-mail address]", text)
    text = _LONG_NUMBER.sub("[number]", text)
    text = _TOKEN.sub("[token]", text)
    return text


def redact_url(url: str) -> tuple[str, str]:
    """(host, path) of a URL as the ledger shows it."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    path = redact_path(parts.path or "/")
    if parts.query:
        names = [k for k, _ in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)]
        path += "?" + "&".join(f"{n}=…" for n in names)
    return host, path


class Ledger:
    """Records outbound requests; the Settings page and ``hearth ledger`` show them."""

    def __init__(self, repo: LedgerRepo) -> None:
        self._repo = repo

    def record(self, *, service: str, method: str, url: str, purpose: str, status: int | None, outcome: str) -> None:
        host, path = redact_url(url)
        self._repo.record(
            service=service, method=method.upper(), host=host, path=path, purpose=purpose, status=status, outcome=outcome
        )

    def entries(self, limit: int | None = None) -> list[LedgerEntry]:
        return self._repo.list(limit)

    def clear(self) -> None:
        self._repo.clear()
