"""2FA and passkeys: look-ups, the household's coverage, and each account's 2FA status.

The directory files are downloaded and cached by ``app.services.twofa_directory``; the
analysis (matching, the method ladder, findings, coverage) is pure, in ``checks.twofa``.
A look-up never sends the site being looked up anywhere: Hearth downloads the whole public
directory and searches it on this computer.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput, ServiceError
from app.services import twofa_directory as D
from app.storage.repos import Account, clean_text
from checks import twofa as T
from checks.base import CancelToken, Finding, ProgressCallback
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth

ATTRIBUTION = N_("Data from 2FA Directory by 2factorauth (MIT) and the Passkeys Directory (CC BY 4.0)")
ATTRIBUTION_LINKS = ("https://2fa.directory", "https://passkeys.2fa.directory")

LookupResult = T.LookupResult
DirectoryStatus = D.DirectoryStatus

CODES_SAVED = ("yes", "no", "unknown")
CODES_SAVED_LABELS = {"yes": N_("Yes"), "no": N_("No"), "unknown": N_("I don't know")}
MAX_WHERE = 200


def ensure_directory(
    hearth: Hearth,
    *,
    cancel: CancelToken | None = None,
    progress: ProgressCallback | None = None,
    force: bool = False,
) -> D.DirectoryStatus:
    """Download the directory if missing, refresh it weekly; keep the old copy on any failure.

    Raises OfflineError / ServiceError only when no copy is available at all.
    """
    return D.ensure_directory(hearth, cancel=cancel, progress=progress, force=force)


def directory_status(hearth: Hearth, *, quick: bool = False) -> D.DirectoryStatus:
    """Which copy of the directory Hearth has (``quick``: file checks only, safe on the GUI thread)."""
    return D.directory_status(hearth, quick=quick)


def load_index(hearth: Hearth) -> T.DirectoryIndex | None:
    return D.load_index(hearth)


def check_site(text: str) -> T.Site:
    """Normalise a typed site, or InvalidInput with a plain message."""
    try:
        return T.normalise_site(text)
    except T.InvalidSite as exc:
        raise InvalidInput(str(exc)) from None


def lookup(
    hearth: Hearth,
    site: str,
    *,
    download: bool = True,
    cancel: CancelToken | None = None,
    progress: ProgressCallback | None = None,
) -> T.LookupResult:
    """Look a site up in the directory (the cached copy; downloaded first if missing and online).

    Unknown sites are not an error: the result has ``matched=False`` and generic advice.
    Raises InvalidInput for text that cannot be a website, and OfflineError / ServiceError
    when there is no copy of the directory and none can be downloaded.
    """
    check_site(site)
    index = D.load_index(hearth)
    if index is None:
        if not download:
            raise ServiceError(
                N_("Hearth has no copy of the 2FA directory yet."),
                hint=N_("Go online once (turn off 'Work offline') so Hearth can download it."),
                service="twofa_directory",
            )
        D.ensure_directory(hearth, cancel=cancel, progress=progress)
        index = D.load_index(hearth)
    try:
        return T.lookup(index, site)
    except T.InvalidSite as exc:
        raise InvalidInput(str(exc)) from None


# -- accounts --------------------------------------------------------------------------------

_CODE_LIKE = re.compile(r"^(?=.*\d)[A-Za-z0-9]{4,}(?:-[A-Za-z0-9]{3,})*$")


def _looks_like_codes(text: str) -> bool:
    """True when 'where the codes are' looks like the codes themselves (which we never keep)."""
    tokens = [t.strip(".,;:()") for t in re.split(r"[\s,;]+", text) if t.strip(".,;:()")]
    code_like = [t for t in tokens if _CODE_LIKE.match(t) and sum(c.isdigit() for c in t) >= 3]
    long_codes = [t for t in code_like if len(t.replace("-", "")) >= 8]
    return len(code_like) >= 2 or bool(long_codes)


def recovery_set(codes_saved: str, where: str = "") -> dict[str, str]:
    """The recovery-codes checklist stored on an account: saved yes/no/unknown and where (never the codes)."""
    codes_saved = (codes_saved or "unknown").strip().lower()
    if codes_saved not in CODES_SAVED:
        raise InvalidInput(N_("Please choose yes, no or I don't know for the recovery codes."))
    where = clean_text(where or "", what="place", limit=MAX_WHERE, allow_empty=True)
    if where and _looks_like_codes(where):
        raise InvalidInput(
            N_(
                "That looks like the recovery codes themselves. Hearth only keeps a note of where they are "
                "(for example \u201cin the safe\u201d), never the codes."
            ),
            hint=N_("Type where you keep them instead."),
        )
    return {"codes_saved": codes_saved, "where": where}


def check_method(method: str | None) -> str:
    method = (method or "unknown").strip().lower()
    if method not in T.ACCOUNT_METHODS:
        raise InvalidInput(N_("Please choose one of the listed two-step verification methods."))
    return method


def save_account(
    hearth: Hearth,
    member_id: int,
    *,
    service: str,
    domain: str = "",
    login_hint: str = "",
    twofa_method: str = "unknown",
    codes_saved: str = "unknown",
    where: str = "",
    account_id: int | None = None,
) -> Account:
    """Add an account by hand, or edit one (``account_id``). Validates everything first."""
    service = clean_text(service, what="service name", limit=120)
    domain_text = (domain or "").strip()
    if domain_text:
        domain_text = check_site(domain_text).host
    fields: dict[str, object] = {
        "domain": domain_text,
        "login_hint": login_hint or "",
        "twofa_method": check_method(twofa_method),
        "recovery_set": recovery_set(codes_saved, where),
    }
    if account_id is None:
        return hearth.accounts.add(member_id, service, **fields)
    return hearth.accounts.update(account_id, service=service, **fields)


def set_method(hearth: Hearth, account_id: int, method: str) -> Account:
    return hearth.accounts.update(account_id, twofa_method=check_method(method))


def set_recovery(hearth: Hearth, account_id: int, codes_saved: str, where: str = "") -> Account:
    return hearth.accounts.update(account_id, recovery_set=recovery_set(codes_saved, where))


def remove_account(hearth: Hearth, account_id: int) -> None:
    hearth.accounts.remove(account_id)


@dataclasses.dataclass(frozen=True)
class AccountView:
    """One account with what the directory says about its site, for the Accounts page."""

    account: Account
    result: T.LookupResult | None  # None when the account has no usable site
    findings: tuple[Finding, ...]

    @property
    def codes_saved(self) -> str:
        value = self.account.recovery_set.get("codes_saved", "unknown")
        return value if value in CODES_SAVED else "unknown"

    @property
    def codes_where(self) -> str:
        value = self.account.recovery_set.get("where", "")
        return value if isinstance(value, str) else ""


def _result_for(index: T.DirectoryIndex | None, account: Account) -> T.LookupResult | None:
    for text in (account.domain, account.service):
        if not text:
            continue
        try:
            result = T.lookup(index, text)
        except T.InvalidSite:
            continue
        if result.matched or text == account.domain:
            return result
    return None


def account_views(hearth: Hearth, member_id: int) -> list[AccountView]:
    """The member's accounts with directory information and findings (no network)."""
    index = D.load_index(hearth)
    views = []
    for account in hearth.accounts.list(member_id):
        entry_result = _result_for(index, account)
        entry = index.get(entry_result.matched_domain) if index and entry_result and entry_result.matched_domain else None
        views.append(AccountView(account, entry_result, tuple(T.account_findings(account, entry))))
    return views


def member_findings(hearth: Hearth, member_id: int) -> list[Finding]:
    return T.findings(hearth.accounts.list(member_id), D.load_index(hearth))


def gather_facts(hearth: Hearth, member_id: int) -> dict[str, Any]:
    """Facts for the checkup runner's ``twofa`` check (no network: uses the cached directory)."""
    return {T.FACT_ACCOUNTS: hearth.accounts.list(member_id), T.FACT_TWOFA_INDEX: D.load_index(hearth)}


def coverage(hearth: Hearth) -> T.HouseholdCoverage:
    """The household's 2FA coverage per member (no network: uses the cached directory if any)."""
    index = D.load_index(hearth)
    by_member = {m.name: hearth.accounts.list(m.id) for m in hearth.members.list()}
    return T.household_coverage(by_member, index)
