"""Read the CSV exports of password managers and browsers (pure: bytes in, rows out).

Formats, detected from the header row (column names compared case-insensitively):

============  ==========================================================================
bitwarden     folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,
              login_password,login_totp   (a ``revisionDate`` column is used if present)
chrome        name,url,username,password[,note]   (Chrome, Edge, Brave, Opera, Vivaldi)
firefox       "url","username","password","httpRealm","formActionOrigin","guid",
              "timeCreated","timeLastUsed","timePasswordChanged"  (ms since 1970)
1password     Title,Url|Website|URL,Username,Password[,OTPAuth,Favorite,Archived,Tags,Notes]
generic       Title,URL,Username,Password[,Notes,OTPAuth]  (Safari and others; no Favorite/Archived/Tags)
keepassxc     "Group","Title","Username","Password","URL","Notes","TOTP","Icon",
              "Last Modified","Created"
============  ==========================================================================

Only Firefox (timePasswordChanged), KeePassXC (Last Modified, which is the entry's last
change, not only the password's) and Bitwarden CSVs that carry ``revisionDate`` tell us
when a password was last changed; for the others ``last_changed`` is None.

Passwords stay in memory in the returned rows (never in ``repr``) and are the caller's to
forget. Every problem is a :class:`CsvImportError` with the line number and what to do.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import io
import re
import urllib.parse
from collections.abc import Sequence
from typing import Any

from checks import idn
from checks.i18n import N_, MessageError

#: Password exports are small (a few hundred KB for 1,000 logins). Refuse much larger files.
MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 20_000
MAX_FIELD = 100_000

FORMAT_LABELS = {
    "bitwarden": "Bitwarden",
    "chrome": N_("Chrome or Edge"),
    "firefox": "Firefox",
    "1password": "1Password",
    "keepassxc": "KeePassXC",
    "generic": N_("Title/URL/Username/Password (for example Safari)"),
}


class CsvImportError(MessageError, ValueError):
    """The file cannot be read as a password export. ``message`` and ``hint`` are plain words."""

    def __init__(self, message: str, *, hint: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.line = line


@dataclasses.dataclass(frozen=True)
class ImportedLogin:
    """One login from an export. ``password`` is never shown in ``repr``."""

    line: int
    service: str
    url: str
    domain: str
    username: str
    password: str = dataclasses.field(repr=False)
    last_changed: str | None = None  # ISO date (YYYY-MM-DD) when the export says


@dataclasses.dataclass(frozen=True)
class ParsedExport:
    format: str
    logins: tuple[ImportedLogin, ...]
    skipped: int = 0  # rows without a password (notes, cards, identities)
    encoding: str = "utf-8"

    @property
    def label(self) -> str:
        return FORMAT_LABELS.get(self.format, self.format)


# ----------------------------------------------------------------------------------------
# decoding


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name. Handles UTF-8 (with or without BOM), UTF-16 with BOM and
    Windows-1252 (old Excel saves), and UTF-16 saved without a BOM. Refuses binary files."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[len(codecs.BOM_UTF8):], "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16"), "utf-16"
    bomless = _utf16_without_bom(data)
    if bomless:
        return _decode(data, bomless), bomless
    if b"\x00" in data[:4096]:
        raise CsvImportError(
            N_("This file does not look like a CSV text file (it contains binary data)."),
            hint=N_("Export your passwords again and choose the CSV format. "
                    "Do not pick the encrypted, .kdbx or .1pux file."),
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise CsvImportError(
            N_("Hearth could not read the letters in this file (unknown text encoding)."),
            hint=N_("Export the passwords again as CSV (UTF-8), without opening the file in a spreadsheet first."),
        ) from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``data`` looks like UTF-16 text saved without a BOM: an even
    length, and NUL bytes at most odd (little-endian) or most even (big-endian) positions, as Latin
    text has, with almost none at the other positions. Binary files have NULs at both."""
    head = data[:4096]
    if len(data) % 2 or len(head) < 4:
        return None
    pairs = len(head) // 2
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if odd >= pairs * 0.3 and even <= pairs * 0.02:
        return "utf-16-le"
    if even >= pairs * 0.3 and odd <= pairs * 0.02:
        return "utf-16-be"
    return None


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = encoding.upper()
        raise CsvImportError(
            N_("This file says it is {name} text but part of it is not.", name=name),
            hint=N_("Export the passwords again as CSV, without editing the file."),
        ) from exc


# ----------------------------------------------------------------------------------------
# format detection


def _norm(name: str) -> str:
    return re.sub(r"[\s_]+", " ", (name or "").strip().strip('"').strip().casefold())


@dataclasses.dataclass(frozen=True)
class _Layout:
    format: str
    service: str | None
    url: str | None
    username: str | None
    password: str
    changed: str | None
    changed_kind: str = "iso"  # "iso" or "ms"
    type_col: str | None = None


def detect(header: Sequence[str]) -> _Layout:
    """Which export this header belongs to. Raises CsvImportError for unknown headers."""
    cols = {_norm(c): c for c in header}

    def has(*names: str) -> bool:
        return all(n in cols for n in names)

    def pick(*names: str) -> str | None:
        return next((cols[n] for n in names if n in cols), None)

    firefox_only = has("timepasswordchanged") or has("httprealm") or has("formactionorigin")
    if has("url", "username", "password") and firefox_only:
        return _Layout("firefox", None, cols["url"], cols["username"], cols["password"],
                       pick("timepasswordchanged"), "ms")
    if has("login password") or has("login_password"):
        return _Layout("bitwarden", pick("name"), pick("login uri"), pick("login username"),
                       cols.get("login password") or cols["login_password"],
                       pick("revisiondate", "revision date"), type_col=pick("type"))
    if has("group", "title", "username", "password"):
        return _Layout("keepassxc", cols["title"], pick("url"), cols["username"], cols["password"],
                       pick("last modified", "lastmodified"))
    if has("title", "password") and pick("url", "urls", "website", "login url"):
        kind = "1password" if (has("archived") or has("favorite") or has("tags") or has("website")) else "generic"
        return _Layout(kind, cols["title"], pick("url", "urls", "website", "login url"),
                       pick("username", "login username", "email"), cols["password"],
                       pick("last edited", "lastedited", "modified", "last modified", "updated at", "updatedat"))
    if has("name", "url", "username", "password"):
        return _Layout("chrome", cols["name"], cols["url"], cols["username"], cols["password"], None)
    if has("origin", "username", "password"):  # Edge/Chrome variants with "origin"
        return _Layout("chrome", pick("name"), cols["origin"], cols["username"], cols["password"], None)
    # Never echo the cells: without a header row, the first line is a login, password included.
    raise CsvImportError(
        N_(
            "Hearth does not recognise this file. Its first line has {n} columns, but not the column names "
            "a password manager writes there (such as name, url, username and password).",
            n=len(header),
        ),
        hint=N_(
            "Hearth reads the CSV exports of Bitwarden, Chrome, Edge, Firefox, 1Password and KeePassXC. "
            "Export again from one of those, choosing CSV, and do not change the first line."
        ),
        line=1,
    )


def _delimiter(first_line: str) -> str:
    counts = {d: _count_outside_quotes(first_line, d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def _count_outside_quotes(line: str, ch: str) -> int:
    n, quoted = 0, False
    for c in line:
        if c == '"':
            quoted = not quoted
        elif c == ch and not quoted:
            n += 1
    return n


# ----------------------------------------------------------------------------------------
# fields


def domain_of(url: str) -> str:
    """The host of a login URL, lower case, without www. ('' for app links and junk)."""
    url = (url or "").strip()
    if not url:
        return ""
    if "://" not in url:
        if re.match(r"^[\w.-]+\.[a-z]{2,}(/|$|:)", url, re.IGNORECASE):
            url = "https://" + url
        else:
            return ""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https"):
        return ""
    host = (parts.hostname or "").rstrip(".").lower()
    try:
        host = idn.to_ascii(host) if host and not host.isascii() else host  # as the 2FA look-up does
    except UnicodeError:
        pass
    return host[4:] if host.startswith("www.") else host


def _service_name(name: str, domain: str, url: str) -> str:
    name = " ".join((name or "").split())
    if name:
        return name[:120]
    if domain:
        return domain[:120]
    return (url or "").strip()[:120] or N_("Unnamed login")


def _changed(value: str, kind: str, line: int) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        if kind == "ms" or value.isdigit():
            number = int(value)
            seconds = number / 1000 if number > 10**11 else number
            return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date().isoformat()
        text = value.replace("Z", "+00:00")
        return dt.datetime.fromisoformat(text).date().isoformat()
    except (ValueError, OverflowError, OSError):
        try:
            return dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None


# ----------------------------------------------------------------------------------------
# parsing


def parse_export(data: bytes | str) -> ParsedExport:
    """Parse a password export. Raises :class:`CsvImportError` with the line and a fix."""
    if isinstance(data, str):
        text, encoding = data.lstrip("\ufeff"), "text"
        size = len(data)
    else:
        size = len(data)
        if size > MAX_BYTES:
            raise too_big(size)
        text, encoding = decode(data)
    if size > MAX_BYTES:
        raise too_big(size)
    if not text.strip():
        raise CsvImportError(N_("This file is empty."), hint=N_("Export your passwords again and choose the CSV format."))
    first_line = text.split("\n", 1)[0]
    delimiter = _delimiter(first_line)
    csv.field_size_limit(MAX_FIELD)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise CsvImportError(N_("Line 1 of this file is not valid CSV ({exc}).", exc=exc), line=1,
                             hint=N_("Export your passwords again and choose the CSV format.")) from None
    layout = detect(header)
    index = {name: i for i, name in enumerate(header)}
    needed = [c for c in (layout.service, layout.url, layout.username, layout.password) if c]
    need_upto = max(index[c] for c in needed)
    logins: list[ImportedLogin] = []
    skipped = 0
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            line = reader.line_num
            problem = _csv_problem(exc)
            raise CsvImportError(
                N_("Line {line} of this file is broken ({problem}).", line=line, problem=problem),
                hint=N_("This usually means a quote mark is missing. Export the passwords again; do not edit the file "
                        "in a spreadsheet."),
                line=line,
            ) from None
        line = reader.line_num
        if not row or all(not c.strip() for c in row):
            continue
        if len(logins) + skipped >= MAX_ROWS:
            raise CsvImportError(
                N_("This file has more than {max_rows} logins, which is more than Hearth reads at once.", max_rows=MAX_ROWS),
                hint=N_("Export one folder or vault at a time."),
                line=line,
            )
        if len(row) <= need_upto:
            have, promised = len(row), len(header)
            raise CsvImportError(
                N_("Line {line} has {have} columns, but the first line promises {promised}.", line=line, have=have, promised=promised),
                hint=N_("Some columns are missing on that line. If you edited the file, export it again instead. "
                        "If the separator is not a comma, save it again as a comma-separated CSV."),
                line=line,
            )

        def get(col: str | None, row: list[str] = row) -> str:
            if not col:
                return ""
            i = index[col]
            return row[i] if i < len(row) else ""

        if layout.type_col and get(layout.type_col).strip().lower() not in ("", "login"):
            skipped += 1
            continue
        password = get(layout.password)
        if not password:
            skipped += 1
            continue
        url = get(layout.url).strip()
        if "," in url and " " not in url:  # several URIs in one field (Bitwarden, 1Password)
            url = url.split(",", 1)[0]
        domain = domain_of(url)
        logins.append(ImportedLogin(
            line=line,
            service=_service_name(get(layout.service), domain, url),
            url=url[:2000],
            domain=domain,
            username=" ".join(get(layout.username).split())[:500],
            password=password,
            last_changed=_changed(get(layout.changed), layout.changed_kind, line) if layout.changed else None,
        ))
    if not logins:
        label = FORMAT_LABELS[layout.format]
        raise CsvImportError(
            N_("This {label} file has no saved passwords in it.", label=label),
            hint=N_("Check that you exported the vault or browser profile that holds your logins."),
        )
    return ParsedExport(layout.format, tuple(logins), skipped, encoding)


def too_big(size: int) -> CsvImportError:
    mb, limit = size / 1_048_576, MAX_BYTES // 1_048_576
    return CsvImportError(
        N_("This file is {mb} MB. Password exports are usually well under 1 MB, and Hearth reads files up to {limit} MB.", mb=round(mb), limit=limit),
        hint=N_("Check that you picked the CSV file your password manager or browser exported."),
    )


def _csv_problem(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger" in text:
        return N_("one field is far too long")
    if "quote" in text or "delimiter" in text or "EOF" in text:
        return N_("a quote mark does not match")
    return N_("it cannot be read as CSV")


def summary(parsed: ParsedExport) -> dict[str, Any]:
    return {"format": parsed.format, "label": parsed.label, "logins": len(parsed.logins), "skipped": parsed.skipped}
