"""The password features, for the command line and the window alike.

* :func:`check_password`: strength (personalised with a member's words) and, with
  consent, whether the password is known to criminals (offline index if present, else
  Pwned Passwords by k-anonymity).
* :func:`import_csv` / :func:`add_login`: analyse a password export (or one login typed
  by hand) in memory and store, per account, ONLY service, domain, login hint, strength
  score, breach count, reuse fingerprint and last-changed date. Never the password,
  never an unkeyed hash of it.
* :func:`account_health`: one row per account with every problem, ranked.

Reuse and similar-variant detection use keyed fingerprints: HMAC-SHA256 with a random
key kept in the OS keyring (secret "fingerprint", made on first use). The account's
``reuse_cluster`` column holds ``fp1:<key id>:<exact>:<variant>,<variant>`` (truncated
HMACs: 64 bits for the exact password, 48 bits per normalised form). Without a keyring
a throw-away key is used: reuse is still found within that import, and the user is told
that comparing with later imports needs the keyring.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import logging
import os
import secrets as pysecrets
import stat
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput, KeyringUnavailable, OfflineError, ServiceError, UserFacingError
from app.services import hibp, pwned
from app.services.http import overall_deadline
from checks import password_import as imp
from checks import passwords as pw
from checks.base import CancelToken
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
FP_PREFIX = "fp1"
EXACT_HEX = 16
VARIANT_HEX = 12


def _no_progress(done: int, total: int, text: str) -> None:  # noqa: ARG001
    return None


def _personal(hearth: Hearth, member_id: int | None) -> list[str]:
    if member_id is None:
        return []
    member = hearth.members.get(member_id)
    return pw.personal_inputs(member.personal_words, member.name)


# ----------------------------------------------------------------------------------------
# breach counts


def _offline_index(hearth: Hearth) -> pwned.OfflineIndex | pwned.CompactIndex | None:
    return pwned.find_offline_index(Path(hearth.paths.data))


FOUND_NO_COUNT = -1  # breach_count of a password found in the compact offline list (no counts kept)


def breach_counts(
    hearth: Hearth,
    passwords: Sequence[str],
    *,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
) -> tuple[dict[str, int], str]:
    """{password: count} and the source ("offline" or "online").

    The offline index is used when present (nothing leaves the computer); otherwise one
    range request per distinct 5-character prefix.
    """
    index = _offline_index(hearth)
    if index is not None:
        with index:
            if index.exact:
                return {p: index.lookup_password(p) for p in passwords}, "offline"
            # the compact store keeps no counts: a hit is stored as FOUND_NO_COUNT ("very likely seen")
            return {p: FOUND_NO_COUNT if index.lookup_password(p) else 0 for p in passwords}, "offline"
    hashes = {p: pwned.sha1_hex(p) for p in passwords}
    with pwned.PwnedPasswords(hearth, cancel=cancel) as client:
        counts = client.counts(hashes.values(), progress=progress)
    return {p: counts.get(h, 0) for p, h in hashes.items()}, "online"


def check_password(
    hearth: Hearth,
    password: str,
    member_id: int | None = None,
    breach: bool = False,
    *,
    cancel: CancelToken | None = None,
) -> dict[str, Any]:
    """Strength and (with consent, or from the offline index) breach count of one password.

    Returns the CLI contract shape ``{"score", "guesses_log10", "crack_time", "warning",
    "suggestions", "breach": {"checked", "count"}}`` plus ``label``, ``crack_seconds``,
    ``method``, ``personal`` and ``breach.source`` / ``breach.advice``. Never the
    password or its hash.
    """
    strength = pw.estimate_strength(password, _personal(hearth, member_id))
    out = strength.to_dict()
    result: dict[str, Any] = {"checked": False, "count": None, "source": None, "advice": ""}
    if password:
        index = _offline_index(hearth)
        if index is not None:
            with index:
                result.update(checked=True, count=index.lookup_password(password), source="offline")
                if not index.exact:
                    result["exact"] = False  # the compact store: membership only
        elif breach:
            with overall_deadline(), pwned.PwnedPasswords(hearth, cancel=cancel) as client:
                result.update(checked=True, count=client.count(password), source="online")
    if result["checked"]:
        result["advice"] = breach_advice(result["count"])
        if result["count"] and result.get("exact") is False:  # the compact store keeps no counts
            result["advice"] = N_(
                "Very likely seen in breaches. Criminals try these passwords first. Stop using it: "
                "change it everywhere you used it, starting with your e-mail."
            )
    out["breach"] = result
    return out


def breach_advice(count: int | None) -> str:
    if not count:
        return N_(
            "Not found in the breach lists Hearth checked. That does not make it a good password: "
            "it still needs to be long and used only once."
        )
    if count == 1:
        return N_(
            "Seen once in breaches. Criminals try these passwords first. Stop using it: "
            "change it everywhere you used it, starting with your e-mail."
        )
    return N_(
        "Seen {count} times in breaches. Criminals try these passwords first. Stop using it: change it everywhere you used it, starting with your e-mail.", count=count
    )


# ----------------------------------------------------------------------------------------
# fingerprints


@dataclasses.dataclass
class _Keying:
    key: bytes
    persistent: bool
    note: str = ""

    @property
    def key_id(self) -> str:
        return hmac.new(self.key, b"hearth key id", hashlib.sha256).hexdigest()[:8]

    def mac(self, label: str, text: str) -> str:
        return hmac.new(self.key, f"{label}\x00{text}".encode(), hashlib.sha256).hexdigest()


def _fingerprint_key(hearth: Hearth) -> _Keying:
    try:
        stored = hearth.secrets.get("fingerprint")
        if not stored:
            stored = pysecrets.token_bytes(32).hex()
            hearth.secrets.set("fingerprint", stored)
        return _Keying(bytes.fromhex(stored), True)
    except KeyringUnavailable:
        return _Keying(
            pysecrets.token_bytes(32),
            False,
            N_("No secure password store (keyring) was found, so Hearth found reused passwords only within this "
               "file. Finding similar passwords across imports needs the keyring."),
        )
    except ValueError:
        # A damaged key in the keyring: make a new one (old fingerprints stop matching).
        stored = pysecrets.token_bytes(32).hex()
        hearth.secrets.set("fingerprint", stored)
        return _Keying(bytes.fromhex(stored), True)


def fingerprint(keying: _Keying, password: str) -> str:
    exact = keying.mac("exact", password)[:EXACT_HEX]
    variants = [keying.mac("variant", form)[:VARIANT_HEX] for form in pw.variant_forms(password)]
    return f"{FP_PREFIX}:{keying.key_id}:{exact}:{','.join(variants)}"


def _parse_fp(value: str | None) -> tuple[str, list[str]] | None:
    """(exact, variants) with the key id folded in, or None when not a fingerprint."""
    if not value or not value.startswith(FP_PREFIX + ":"):
        return None
    parts = value.split(":")
    if len(parts) != 4:
        return None
    _, key_id, exact, variants = parts
    return f"{key_id}:{exact}", [f"{key_id}:{v}" for v in variants.split(",") if v]


# ----------------------------------------------------------------------------------------
# import


@dataclasses.dataclass(frozen=True)
class ImportResult:
    format: str
    imported: int
    skipped: int
    breach_checked: bool
    breach_source: str | None
    notes: tuple[str, ...]
    rows: tuple[pw.AccountHealth, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "imported": self.imported,
            "skipped": self.skipped,
            "breach": {"checked": self.breach_checked, "source": self.breach_source},
            "notes": list(self.notes),
            "accounts": [r.to_dict() for r in self.rows],
        }


def _read_source(path_or_bytes: str | Path | bytes) -> bytes:
    if isinstance(path_or_bytes, (bytes, bytearray)):
        return bytes(path_or_bytes)
    path = Path(path_or_bytes).expanduser()
    try:
        if path.is_dir():
            raise IsADirectoryError(str(path))
        # O_NONBLOCK: opening a FIFO must not wait for a writer; anything but a regular file is refused.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise InvalidInput(
                    N_("{name} is not an ordinary file (it is a device, a pipe or another special file).", name=str(path)),
                    hint=N_("Pick the CSV file that your password manager saved."),
                )
            if info.st_size > imp.MAX_BYTES:
                raise _invalid(imp.too_big(info.st_size))
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
            return fh.read(imp.MAX_BYTES + 1)
    except FileNotFoundError:
        raise InvalidInput(N_("There is no file at {path}.", path=path), hint=N_("Check the name and folder and try again.")) from None
    except IsADirectoryError:
        raise InvalidInput(N_("{path} is a folder, not a file.", path=path), hint=N_("Pick the CSV file itself.")) from None
    except PermissionError:
        raise InvalidInput(N_("Hearth is not allowed to read {path}.", path=path), hint=N_("Check the file's permissions.")) from None


def _invalid(exc: imp.CsvImportError) -> InvalidInput:
    return InvalidInput(exc.message, hint=exc.hint)


def import_csv(
    hearth: Hearth,
    member_id: int,
    path_or_bytes: str | Path | bytes,
    *,
    breach: bool = False,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Analyse a password export for a member and store the results (never the passwords)."""
    cancel = cancel or CancelToken()
    progress = progress or _no_progress
    hearth.members.get(member_id)  # NotFound early
    progress(0, 0, N_("Reading the file"))
    data = _read_source(path_or_bytes)
    try:
        parsed = imp.parse_export(data)
    except imp.CsvImportError as exc:
        raise _invalid(exc) from None
    del data
    logins = [(lg.service, lg.domain, lg.username, lg.password, lg.last_changed) for lg in parsed.logins]
    result = _analyse_and_store(
        hearth, member_id, logins, breach=breach, cancel=cancel, progress=progress, fmt=parsed.format,
        skipped=parsed.skipped,
    )
    del parsed, logins
    return result


def add_login(
    hearth: Hearth,
    member_id: int,
    service: str,
    password: str,
    *,
    domain: str = "",
    login_hint: str = "",
    last_changed: str | None = None,
    breach: bool = False,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """One account typed in by hand; the password is analysed and forgotten."""
    if not password:
        raise InvalidInput(N_("Please type the password so Hearth can check it (it is not saved)."))
    domain = imp.domain_of(domain) or domain.strip().lower()
    return _analyse_and_store(
        hearth, member_id, [(service, domain, login_hint, password, last_changed)], breach=breach,
        cancel=cancel or CancelToken(),
        progress=_no_progress, fmt="manual", skipped=0,
    )


def _analyse_and_store(
    hearth: Hearth,
    member_id: int,
    logins: list[tuple[str, str, str, str, str | None]],
    *,
    breach: bool,
    cancel: CancelToken,
    progress: Progress,
    fmt: str,
    skipped: int,
) -> ImportResult:
    notes: list[str] = []
    personal = _personal(hearth, member_id)
    keying = _fingerprint_key(hearth)
    if keying.note:
        notes.append(keying.note)
    distinct = list(dict.fromkeys(p for _s, _d, _u, p, _c in logins))
    total = len(distinct)
    strengths: dict[str, int] = {}
    fps: dict[str, str] = {}
    for n, password in enumerate(distinct):
        if n % 10 == 0:
            cancel.raise_if_cancelled()
            progress(n, total, N_("Checking password strength"))
        strengths[password] = pw.estimate_strength(password, personal).score
        fps[password] = fingerprint(keying, password)
    progress(total, total, N_("Checking password strength"))

    counts: dict[str, int] = {}
    source = None
    # Pwned Passwords and then the HIBP catalogue, one after the other: 30 s for both together
    # (issue 15), so a silent server cannot hold the import for their 10 s + 30 s.
    with overall_deadline():
        if breach or _offline_index(hearth) is not None:
            try:
                counts, source = breach_counts(hearth, distinct, cancel=cancel, progress=progress)
            except (ServiceError, OfflineError) as exc:
                reason = exc.message
                notes.append(N_("Breach check not done: {reason}", reason=reason))
        if breach:
            try:
                hibp.breach_catalogue(hearth, cancel=cancel)
            except UserFacingError as exc:
                reason = exc.message
                notes.append(N_("The list of breached websites could not be updated: {reason}", reason=reason))
    cancel.raise_if_cancelled()

    rows = []
    for service, domain, username, password, changed in logins:
        rows.append({
            "service": service,
            "domain": domain,
            "login_hint": username,
            "strength_score": strengths[password],
            "breach_count": counts.get(password) if source else None,
            "reuse_cluster": fps[password],
            "last_changed": changed,
        })
    progress(0, 1, N_("Saving"))
    hearth.accounts.add_many(member_id, rows)  # one transaction: all or nothing
    progress(1, 1, N_("Saving"))
    del distinct, strengths, fps, logins
    health = account_health(hearth, member_id)
    log.info("password import: %d accounts analysed (%s)", len(rows), fmt)
    return ImportResult(fmt, len(rows), skipped, source is not None, source, tuple(notes), tuple(health))


# ----------------------------------------------------------------------------------------
# health


def account_health(hearth: Hearth, member_id: int, *, today: dt.date | None = None) -> list[pw.AccountHealth]:
    """One row per account of the member, every problem merged in, ranked (see checks.passwords)."""
    accounts = hearth.accounts.list(member_id)
    items = []
    for account in accounts:
        parsed = _parse_fp(account.reuse_cluster)
        if parsed is None:
            continue
        items.append((account.id, parsed[0], parsed[1]))
    clusters = pw.cluster(items)
    facts = []
    for a in accounts:
        exact = clusters.exact.get(a.id, "")
        variant = clusters.variants.get(a.id, "")
        facts.append(pw.AccountFacts(
            key=a.id,
            service=a.service,
            domain=a.domain,
            login_hint=a.login_hint,
            strength_score=a.strength_score,
            breach_count=a.breach_count,
            reuse_cluster=exact,
            reuse_count=clusters.exact_sizes.get(exact, 0),
            variant_cluster=variant,
            variant_count=clusters.variant_sizes.get(variant, 0),
            last_changed=a.last_changed,
        ))
    catalogue = hibp.cached_catalogue(hearth) or []
    today = today or dt.datetime.now(dt.UTC).date()
    return pw.account_health(facts, catalogue=catalogue, today=today)


def warm_up() -> None:
    """Prepare the strength estimator's tables (call off the GUI thread when a page opens)."""
    pw.warm_up()


def has_offline_index(hearth: Hearth) -> bool:
    """True when a prepared Pwned Passwords file is in the data folder (look-ups need no network)."""
    from app import breach_store

    data = Path(hearth.paths.data)
    return any(pwned.index_path(data, k).exists() for k in pwned.INDEX_NAMES) or breach_store.store_path(data).exists()


def has_hibp_key(hearth: Hearth) -> bool:
    """True when the user stored an HIBP key (may wait on a keyring unlock: call off the GUI thread)."""
    return hibp.has_key(hearth)


def check_household_emails(
    hearth: Hearth, *, cancel: CancelToken | None = None, progress: Progress | None = None
) -> list[dict[str, Any]]:
    """Every household address against HIBP, explained: [{address, error, breaches: [{title, date, data, steps}]}]."""
    out = []
    for item in hibp.check_household(hearth, cancel=cancel, progress=progress):
        out.append({
            "address": item["address"],
            "error": item["error"],
            "breaches": [
                {
                    "title": b.title,
                    "date": b.breach_date.isoformat() if b.breach_date else "",
                    "data": list(b.data_classes),
                    "steps": pw.explain_data_classes(b.data_classes),
                }
                for b in item["breaches"]
            ],
        })
    return out
