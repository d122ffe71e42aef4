"""Two-step verification (2FA) and passkeys: the directory index, site matching, the method ladder.

Pure: the directory files are parsed from already-loaded JSON (``app.twofa`` downloads
and caches them), matching uses the public-suffix list bundled with tldextract (never
the network), and nothing here reads the clock or the disk.

Data shapes (see PROTOCOLS.md section 2):

- 2FA Directory v4 ``all.json``: ``{"<domain>": {"methods": [...], "custom-software": [...],
  "custom-hardware": [...], "documentation", "recovery", "notes"}}``; a site without 2FA is ``{}``.
  Every additional domain of a site has its own copy of the entry.
- 2FA Directory v3 ``all.json``: ``[[name, {"domain", "additional-domains", "tfa", "keywords",
  "regions", "contact", ...}], ...]`` (names and categories).
- Passkeys Directory v1 ``all.json``: ``{"<domain>": {"mfa"?: "allowed"|"required",
  "passwordless"?: ..., "documentation", "recovery", "notes", "name", "regions"}}``.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

import tldextract

from checks import idn
from checks.base import CheckContext, Finding, Severity, Subject
from checks.i18n import N_, NP_, MessageError, Msg

# -- methods and the ladder ---------------------------------------------------------------

#: Every method code, strongest first. Directory codes plus "passkey" (from the Passkeys Directory).
METHODS: tuple[str, ...] = ("passkey", "u2f", "totp", "custom-software", "custom-hardware", "sms", "call", "email")

#: What a user may record as "the 2FA method I use" on an account.
ACCOUNT_METHODS: tuple[str, ...] = ("unknown", "none", *METHODS)

#: Lower is stronger. Passkey and security key share the top rung; app and app prompt the second.
TIER: dict[str, int] = {
    "passkey": 1,
    "u2f": 1,
    "totp": 2,
    "custom-software": 2,
    "custom-hardware": 2,
    "sms": 3,
    "call": 3,
    "email": 4,
}

TIER_LABELS = {1: N_("Strongest"), 2: N_("Strong"), 3: N_("Better than nothing"), 4: N_("Weakest")}

METHOD_LABELS: dict[str, str] = {
    "unknown": N_("I don't know"),
    "none": N_("No two-step verification"),
    "passkey": N_("Passkey"),
    "u2f": N_("Security key"),
    "totp": N_("Authenticator app (6-digit codes)"),
    "custom-software": N_("Prompt in the company's own app"),
    "custom-hardware": N_("The company's own code device"),
    "sms": N_("Text message (SMS) code"),
    "call": N_("Phone call"),
    "email": N_("E-mail code"),
}

#: Short names for use inside sentences (marked, so that they are translated inside the sentences).
METHOD_SHORT: dict[str, str] = {
    "unknown": N_("unknown"),
    "none": N_("no second step"),
    "passkey": N_("a passkey"),
    "u2f": N_("a security key"),
    "totp": N_("an authenticator app"),
    "custom-software": N_("a prompt in the company's app"),
    "custom-hardware": N_("the company's code device"),
    "sms": N_("text message (SMS) codes"),
    "call": N_("phone call codes"),
    "email": N_("e-mail codes"),
}

#: One sentence per method: what it protects against, and what it costs.
TRADE_OFFS: dict[str, str] = {
    "passkey": N_(
        "A passkey lives on your phone or computer and only works on the real website, so fake login "
        "pages cannot steal it; keep a second way in, in case you lose the device."
    ),
    "u2f": N_(
        "A security key (or a passkey used as the second step) only works on the real website, so fake "
        "login pages cannot trick it, but you must buy or set up a backup key in case you lose one."
    ),
    "totp": N_(
        "An authenticator app makes a new 6-digit code every 30 seconds and works without phone signal, "
        "but a very convincing fake website can still ask you to type the code."
    ),
    "custom-software": N_(
        "A prompt in the company's own app is easy (you tap Yes), but never tap Yes if you are not "
        "logging in right now, because scammers send prompts hoping you will."
    ),
    "custom-hardware": N_(
        "The company's own code device (like a bank card reader) is hard to steal from a distance, "
        "but you need to have it with you to log in."
    ),
    "sms": N_(
        "A text message code is much better than nothing, but criminals can steal your phone number "
        "(a 'SIM swap') or trick you into reading the code out."
    ),
    "call": N_(
        "A phone call code is better than nothing, but it has the same weakness as text messages: "
        "anyone who takes over your phone number gets the calls."
    ),
    "email": N_(
        "An e-mail code only helps if your e-mail account itself is very well protected, because "
        "anyone who gets into your e-mail gets the code too."
    ),
}

#: Methods that count as "2FA is on".
ON_METHODS = frozenset(METHODS)
#: Methods an attacker can get around by taking over a phone number.
PHONE_METHODS = frozenset({"sms", "call"})
#: Methods clearly better than a phone number.
STRONGER_THAN_PHONE = frozenset({"passkey", "u2f", "totp", "custom-software", "custom-hardware"})


def method_label(method: str | None) -> str:
    if not method:
        return METHOD_LABELS["unknown"]
    return METHOD_LABELS.get(method, method)


# -- the index ----------------------------------------------------------------------------


class DirectoryFormatError(MessageError, ValueError):
    """A directory file does not have the shape we expect (empty, wrong type, broken entries)."""


@dataclasses.dataclass(frozen=True)
class PasskeyInfo:
    """What the Passkeys Directory says about a site."""

    mfa: str | None = None  # "allowed" | "required" | None: passkey as the second step
    passwordless: str | None = None  # "allowed" | "required" | None: passkey instead of the password
    documentation: str | None = None
    recovery: str | None = None
    notes: str | None = None
    name: str | None = None

    @property
    def any(self) -> bool:
        return bool(self.mfa or self.passwordless)

    def to_dict(self) -> dict[str, Any]:
        return {
            "mfa": self.mfa,
            "passwordless": self.passwordless,
            "documentation": self.documentation,
            "recovery": self.recovery,
            "notes": self.notes,
        }


@dataclasses.dataclass(frozen=True)
class SiteEntry:
    """One site as the directories describe it (keyed by one of its domains)."""

    domain: str  # the key this entry was found under
    main_domain: str  # the site's main domain (from v3; else the key)
    name: str | None = None
    methods: tuple[str, ...] = ()  # directory codes, in the directory's order
    in_2fa_directory: bool = True
    custom_software: tuple[str, ...] = ()
    custom_hardware: tuple[str, ...] = ()
    documentation: str | None = None
    recovery: str | None = None
    notes: str | None = None
    categories: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    contact: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    passkeys: PasskeyInfo | None = None

    @property
    def has_2fa(self) -> bool:
        return bool(self.methods) or bool(self.passkeys and self.passkeys.mfa)


@dataclasses.dataclass(frozen=True)
class DirectoryIndex:
    """Every known domain -> its entry, plus a map registrable domain -> keys under it."""

    entries: Mapping[str, SiteEntry]
    by_registrable: Mapping[str, tuple[str, ...]]
    by_label: Mapping[str, tuple[str, ...]]  # "amazon" -> ("amazon.com", "amazon.de", ...)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, domain: str) -> SiteEntry | None:
        return self.entries.get(domain)


_DOMAIN_KEY = re.compile(r"^[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9])?$")


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(v.strip() for v in value if isinstance(v, str) and v.strip())


def validate_v4(data: Any) -> dict[str, dict[str, Any]]:
    """The v4 all.json as a dict, or DirectoryFormatError. Broken single entries are skipped."""
    if not isinstance(data, dict):
        raise DirectoryFormatError(N_("the 2FA directory is not a list of sites"))
    if not data:
        raise DirectoryFormatError(N_("the 2FA directory is empty"))
    out: dict[str, dict[str, Any]] = {}
    for key, value in data.items():
        if isinstance(key, str) and isinstance(value, dict):
            out[key.strip().lower().rstrip(".")] = value
    if not out:
        raise DirectoryFormatError(N_("the 2FA directory has no readable sites"))
    return out


def validate_v3(data: Any) -> list[tuple[str, dict[str, Any]]]:
    if not isinstance(data, list):
        raise DirectoryFormatError(N_("the site-name list is not a list"))
    out = [
        (pair[0], pair[1])
        for pair in data
        if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str) and isinstance(pair[1], dict)
    ]
    if not out:
        raise DirectoryFormatError(N_("the site-name list is empty"))
    return out


def validate_passkeys(data: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(data, dict):
        raise DirectoryFormatError(N_("the passkeys directory is not a list of sites"))
    out = {
        k.strip().lower().rstrip("."): v for k, v in data.items() if isinstance(k, str) and isinstance(v, dict)
    }
    if not out:
        raise DirectoryFormatError(N_("the passkeys directory is empty"))
    return out


def _passkey_info(value: Mapping[str, Any]) -> PasskeyInfo:
    def level(v: Any) -> str | None:
        return v if v in ("allowed", "required") else None

    return PasskeyInfo(
        mfa=level(value.get("mfa")),
        passwordless=level(value.get("passwordless")),
        documentation=_text(value.get("documentation")),
        recovery=_text(value.get("recovery")),
        notes=_text(value.get("notes")),
        name=_text(value.get("name")),
    )


def build_index(v4: Any, v3: Any | None = None, passkeys: Any | None = None) -> DirectoryIndex:
    """Build the look-up index from the three directory files (v3 and passkeys are optional).

    Raises DirectoryFormatError when the v4 file has the wrong shape; a wrong v3 or passkeys
    file is also an error (the caller decides whether to go on without it).
    """
    sites = validate_v4(v4)
    v3_pairs = validate_v3(v3) if v3 is not None else []
    pk = validate_passkeys(passkeys) if passkeys is not None else {}

    # v3: each domain (main and additional) -> (name, main domain, v3 entry)
    v3_by_domain: dict[str, tuple[str | None, str, dict[str, Any]]] = {}
    for v3_name, entry in v3_pairs:
        main = _text(entry.get("domain"))
        if not main:
            continue
        main = main.lower().rstrip(".")
        for d in (main, *_strings(entry.get("additional-domains"))):
            v3_by_domain.setdefault(d.lower().rstrip("."), (v3_name.strip(), main, entry))

    # A site's domains (main + additional), so a passkeys entry under any of them is found.
    siblings: dict[str, tuple[str, ...]] = {}
    for _, entry in v3_pairs:
        main = (_text(entry.get("domain")) or "").lower().rstrip(".")
        group = tuple(d.lower().rstrip(".") for d in (main, *_strings(entry.get("additional-domains"))) if d)
        for d in group:
            siblings.setdefault(d, group)

    def passkeys_for(domain: str) -> PasskeyInfo | None:
        for d in (domain, *siblings.get(domain, ())):
            if d in pk:
                info = _passkey_info(pk[d])
                return info if (info.any or info.documentation) else None
        return None

    entries: dict[str, SiteEntry] = {}
    for domain, value in sites.items():
        name, main, v3e = v3_by_domain.get(domain, (None, domain, {}))
        pki = passkeys_for(domain)
        entries[domain] = SiteEntry(
            domain=domain,
            main_domain=main,
            name=name or (pki.name if pki else None),
            methods=tuple(m for m in _strings(value.get("methods")) if m in TIER),
            custom_software=_strings(value.get("custom-software")),
            custom_hardware=_strings(value.get("custom-hardware")),
            documentation=_text(value.get("documentation")),
            recovery=_text(value.get("recovery")),
            notes=_text(value.get("notes")),
            categories=_strings(v3e.get("keywords") or v3e.get("categories")),
            regions=_strings(v3e.get("regions")),
            contact=dict(v3e["contact"]) if isinstance(v3e.get("contact"), dict) else {},
            passkeys=pki,
        )
    # Sites only the Passkeys Directory knows.
    for domain, value in pk.items():
        if domain in entries or not _DOMAIN_KEY.match(domain):
            continue
        info = _passkey_info(value)
        if not info.any:
            continue
        name, main, v3e = v3_by_domain.get(domain, (None, domain, {}))
        entries[domain] = SiteEntry(
            domain=domain,
            main_domain=main,
            name=name or info.name,
            in_2fa_directory=False,
            categories=_strings(v3e.get("keywords")),
            regions=_strings(value.get("regions")),
            passkeys=info,
        )

    by_reg: dict[str, list[str]] = {}
    by_label: dict[str, list[str]] = {}
    for domain in entries:
        parts = _split(domain)
        if parts is None:
            continue
        label, suffix = parts
        reg = f"{label}.{suffix}" if suffix else label
        by_reg.setdefault(reg, []).append(domain)
        if reg == domain:
            by_label.setdefault(label, []).append(domain)
    return DirectoryIndex(
        entries=entries,
        by_registrable={k: tuple(sorted(v)) for k, v in by_reg.items()},
        by_label={k: tuple(sorted(v)) for k, v in by_label.items()},
    )


# -- normalising what the user typed -------------------------------------------------------

_EXTRACT: tldextract.TLDExtract | None = None


def _extractor() -> tldextract.TLDExtract:
    global _EXTRACT
    if _EXTRACT is None:
        # The public-suffix list bundled with tldextract: never fetched, never cached on disk.
        _EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    return _EXTRACT


def _split(host: str) -> tuple[str, str] | None:
    """(registrable label, public suffix) of a host, e.g. mail.google.co.uk -> ("google", "co.uk")."""
    result = _extractor()(host)
    if not result.domain:
        return None
    return result.domain, result.suffix


class InvalidSite(MessageError, ValueError):
    """What was typed is not a web address or domain. ``str()`` is a plain sentence."""


@dataclasses.dataclass(frozen=True)
class Site:
    """A normalised site: host in ASCII (punycode), its registrable domain and public suffix."""

    typed: str
    host: str
    registrable: str
    label: str
    suffix: str
    display: str  # the host in Unicode, for showing


_ASCII_HOST = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]*)(?:\.[a-z0-9_](?:[a-z0-9_-]*))*$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
MAX_SITE_CHARS = 2000


def normalise_site(text: str) -> Site:
    """Turn what a user typed (a domain, a pasted URL, an e-mail address, an IDN) into a Site.

    Raises InvalidSite with a plain message when it cannot be a website.
    """
    raw = unicodedata.normalize("NFKC", text or "").strip()
    raw = "".join(ch for ch in raw if unicodedata.category(ch) not in ("Cc", "Cf"))
    if not raw:
        raise InvalidSite(N_("Please type a website, for example github.com."))
    if len(raw) > MAX_SITE_CHARS:
        raise InvalidSite(N_("That is too long to be a website address. Please type just the site, like github.com."))
    host = raw
    if "@" in host and not _SCHEME.match(host) and "/" not in host:
        host = host.rsplit("@", 1)[1]  # an e-mail address: the site is after the @
    else:
        if not _SCHEME.match(host):
            host = "http://" + host.lstrip("/")
        try:
            host = urllib.parse.urlsplit(host).hostname or ""
        except ValueError:
            raise InvalidSite(
                N_("That does not look like a website address. Please type just the site, like github.com.")
            ) from None
    host = host.strip().strip("[]").rstrip(".").lower()
    if host.startswith("*."):
        host = host[2:]
    if not host or " " in host or ".." in host:
        raise InvalidSite(N_("That does not look like a website address. Please type just the site, like github.com."))
    if re.fullmatch(r"[\d.]+", host) or ":" in host:
        raise InvalidSite(
            N_("That is a numeric internet address, not a website name. Please type the site's name, like github.com.")
        )
    try:
        ascii_host = idn.to_ascii(host)
    except UnicodeError:  # idn.IDNAError is one
        if _ASCII_HOST.match(host):
            ascii_host = host  # e.g. underscores, which idna refuses but some hosts use
        else:
            raise InvalidSite(
                N_("That website name has characters that cannot be in a web address. Please check the spelling.")
            ) from None
    if "." not in ascii_host:
        raise InvalidSite(
            N_("“{host}” is missing its ending, like .com or .co.uk. Please type the whole site name.", host=host)
        )
    parts = _split(ascii_host)
    if parts is None or not parts[1]:
        # An ending the bundled public-suffix list does not know (new, private or reserved):
        # treat the last label as the ending rather than refusing.
        labels = ascii_host.split(".")
        parts = (labels[-2], labels[-1])
    label, suffix = parts
    registrable = f"{label}.{suffix}"
    while ascii_host.startswith("www.") and ascii_host != registrable:
        ascii_host = ascii_host[4:]  # www.github.com is github.com
    try:
        display = idn.to_unicode(ascii_host)
    except UnicodeError:
        display = ascii_host
    return Site(typed=text, host=ascii_host, registrable=registrable, label=label, suffix=suffix, display=display)


# -- matching ------------------------------------------------------------------------------

MATCH_EXACT = "exact"
MATCH_PARENT = "parent"  # a sub-domain of a listed site (gist.github.com -> github.com)
MATCH_ACCOUNT = "account"  # the company's main account is listed under one of its sub-domains (google.com)
MATCH_REGIONAL = "regional"  # same name under another country ending, not listed itself
MATCH_NONE = "none"

#: Endings we try when a regional domain is not listed itself (most sites list .com first).
_REGIONAL_FALLBACKS = ("com",)

#: Companies whose account (and its 2FA) the directory lists under a sub-domain.
ACCOUNT_ALIASES: dict[str, str] = {
    "google.com": "mail.google.com",
    "apple.com": "appleid.apple.com",
    "aol.com": "mail.aol.com",
    "microsoft.com": "outlook.com",
    "live.com": "outlook.com",
}
_ACCOUNT_SUBDOMAINS = frozenset({"account", "accounts", "myaccount", "login", "signin", "id", "auth", "my"})


@dataclasses.dataclass(frozen=True)
class Match:
    site: Site
    entry: SiteEntry | None
    how: str
    related: tuple[SiteEntry, ...] = ()  # other listed sites under the same registrable domain

    @property
    def matched(self) -> bool:
        return self.entry is not None


def match_site(index: DirectoryIndex, site: Site) -> Match:
    """Find the directory entry for a site.

    Order: the host itself; its parent domains down to the registrable domain; the company's
    account site (google.com -> mail.google.com, or the only listed sub-domain); the same name
    under .com (amazon.pl -> amazon.com). Otherwise no match, with related sites if any.
    """
    host = site.host
    if host in index.entries:
        return Match(site, index.entries[host], MATCH_EXACT)
    labels = host.split(".")
    reg_depth = site.registrable.count(".") + 1
    for start in range(1, len(labels) - reg_depth + 1):
        candidate = ".".join(labels[start:])
        if candidate in index.entries:
            return Match(site, index.entries[candidate], MATCH_PARENT)
    related = tuple(index.entries[d] for d in index.by_registrable.get(site.registrable, ()) if d != host)
    bare = host == site.registrable or (
        len(labels) == reg_depth + 1 and labels[0] in _ACCOUNT_SUBDOMAINS
    )
    if bare:
        alias = ACCOUNT_ALIASES.get(site.registrable)
        if alias and alias in index.entries:
            return Match(site, index.entries[alias], MATCH_ACCOUNT, related)
        if len(related) == 1:
            return Match(site, related[0], MATCH_ACCOUNT)
    if related:
        # e.g. drive.google.com's neighbours: not listed itself, but other sites under it are.
        return Match(site, None, MATCH_NONE, related)
    for suffix in _REGIONAL_FALLBACKS:
        candidate = f"{site.label}.{suffix}"
        if candidate != site.registrable and candidate in index.entries and len(site.label) >= 4:
            return Match(site, index.entries[candidate], MATCH_REGIONAL)
    return Match(site, None, MATCH_NONE)


# -- recommendation and the ladder ---------------------------------------------------------


def offered_methods(entry: SiteEntry | None) -> tuple[str, ...]:
    """Every method the site offers, passkeys included, strongest first."""
    if entry is None:
        return ()
    found = set(entry.methods)
    if entry.passkeys is not None:
        if entry.passkeys.passwordless:
            found.add("passkey")
        if entry.passkeys.mfa:
            found.add("u2f")
    return tuple(m for m in METHODS if m in found)


def recommend(entry: SiteEntry | None) -> str | None:
    """The strongest method the site offers, or None when it offers none (or is unknown)."""
    offered = offered_methods(entry)
    return offered[0] if offered else None


@dataclasses.dataclass(frozen=True)
class Rung:
    method: str
    label: str
    tier: int
    tier_label: str
    trade_off: str
    offered: bool
    recommended: bool

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def ladder(entry: SiteEntry | None) -> tuple[Rung, ...]:
    """The method ladder, strongest first, marking what the site offers and what we recommend."""
    offered = set(offered_methods(entry))
    best = recommend(entry)
    return tuple(
        Rung(m, METHOD_LABELS[m], TIER[m], TIER_LABELS[TIER[m]], TRADE_OFFS[m], m in offered, m == best)
        for m in METHODS
    )


GENERIC_ADVICE: tuple[str, ...] = (
    N_("Log in to the site and open its settings. Look for a part called Security, Login, or Password & security."),
    N_("Look for words like 'two-step verification', 'two-factor authentication', '2FA', 'login approvals' or 'passkeys'."),
    N_(
        "If you find it, choose a passkey or an authenticator app if they are offered; a text message code is still "
        "much better than nothing."
    ),
    N_("Save the recovery codes the site gives you: print them and keep them where you would keep your passport."),
    N_(
        "If the site has no such setting, use a long password that you use nowhere else (a password manager helps), "
        "and consider asking the company to add two-step verification."
    ),
)


@dataclasses.dataclass(frozen=True)
class LookupResult:
    """The answer to "what 2FA does this site offer?" The CLI prints ``to_dict()``."""

    query: str
    domain: str
    display_domain: str
    matched: bool
    how: str
    matched_domain: str | None
    name: str | None
    methods: tuple[str, ...]
    offered: tuple[str, ...]
    recommended: str | None
    documentation: str | None
    recovery: str | None
    notes: str | None
    passkeys: PasskeyInfo | None
    custom_software: tuple[str, ...]
    custom_hardware: tuple[str, ...]
    categories: tuple[str, ...]
    contact: Mapping[str, Any]
    ladder: tuple[Rung, ...]
    summary: str
    advice: tuple[str, ...]
    related: tuple[tuple[str, str | None], ...] = ()  # (domain, name)

    @property
    def has_2fa(self) -> bool:
        return bool(self.offered)

    def to_dict(self) -> dict[str, Any]:
        return {
            "domain": self.domain,
            "matched": self.matched,
            "name": self.name,
            "methods": list(self.methods),
            "recommended": self.recommended,
            "documentation": self.documentation,
            "recovery": self.recovery,
            "notes": self.notes,
            "passkeys": (
                None
                if self.passkeys is None
                else self.passkeys.to_dict()
            ),
            # extras (allowed by the contract)
            "query": self.query,
            "display_domain": self.display_domain,
            "match": self.how,
            "matched_domain": self.matched_domain,
            "has_2fa": self.has_2fa,
            "offered": list(self.offered),
            "custom_software": list(self.custom_software),
            "custom_hardware": list(self.custom_hardware),
            "categories": list(self.categories),
            "contact": dict(self.contact),
            "ladder": [r.to_dict() for r in self.ladder],
            "summary": self.summary,
            "advice": list(self.advice),
            "related": [{"domain": d, "name": n} for d, n in self.related],
        }


def _offers_text(who: str, names: Sequence[str], best: str, trade_off: str) -> Msg:
    """"<who> offers: <methods>. Hearth recommends <best>. <trade-off>" as one translatable text.

    The methods are one value, a list; ``app.i18n`` translates each method's name inside it.
    """
    methods = Msg.join(", ", names)
    return N_("{who} offers: {methods}. Hearth recommends {best}. {trade_off}", who=who, methods=methods, best=best, trade_off=trade_off)


def _ask_company(contact: Mapping[str, Any]) -> Msg | None:
    """"Ask the company to add two-step verification (form: ...; twitter: ...)." or None without contacts."""
    ways = []
    for key, value in contact.items():
        if not value:
            continue
        if key == "email":
            ways.append(N_("email: {value}", value=value))
        elif key == "form":
            ways.append(N_("form: {value}", value=value))
        elif key == "twitter":
            ways.append(N_("twitter: {value}", value=value))
        elif key == "facebook":
            ways.append(N_("facebook: {value}", value=value))
    if not ways:
        return None
    routes = Msg.join("; ", ways)
    return N_("Ask the company to add two-step verification ({routes}).", routes=routes)


def _summary(m: Match, offered: tuple[str, ...], best: str | None) -> tuple[str, tuple[str, ...]]:
    # Each summary is one marked text (a sentence before another is a template around it), so that
    # the translation matches it as a whole and translates the values inside it.
    entry = m.entry
    who = (entry.name if entry and entry.name else None) or m.site.display
    site = m.site.display
    if entry is None:
        if m.related:
            names = ", ".join(f"{e.name or e.domain} ({e.domain})" for e in m.related[:5])
            text = N_("{site} is not listed by itself, but these sites under it are: {names}. Look up the one you use.", site=site, names=names)
        else:
            text = N_(
                "Hearth has no information about {site}. Many sites offer two-step verification anyway, so it is worth looking in the site's security settings.", site=site
            )
        return text, GENERIC_ADVICE
    main = entry.domain
    if not offered:
        tips = [
            N_("Use a long password for this site that you use nowhere else (a password manager helps)."),
            N_("Keep an eye on e-mails from this site about logins you did not make."),
        ]
        ask = _ask_company(entry.contact)
        if ask:
            tips.append(ask)
        text = N_("{who} does not offer two-step verification, according to the 2FA Directory.", who=who)
        if m.how == MATCH_REGIONAL:
            text = N_(
                "{site} is not listed, so Hearth shows {main}, which is probably the same company's main site. {text}", site=site, main=main, text=text
            )
        return text, tuple(tips)
    assert best is not None
    text = _offers_text(who, [METHOD_SHORT[o] for o in offered], METHOD_SHORT[best], TRADE_OFFS[best])
    if m.how == MATCH_REGIONAL:
        text = N_(
            "{site} is not listed, so Hearth shows {main}, which is probably the same company's main site. {text}", site=site, main=main, text=text
        )
    elif m.how == MATCH_ACCOUNT:
        listed = entry.name or entry.domain
        text = N_("The directory lists this company's account under {listed} ({main}). {text}", listed=listed, main=main, text=text)
    docs = entry.documentation
    if best == "passkey" and entry.passkeys is not None and entry.passkeys.documentation:
        docs = entry.passkeys.documentation
    method = METHOD_SHORT[best]
    advice = (
        N_("Turn on {method} in the site's security settings (instructions: {docs}).", method=method, docs=docs)
        if docs
        else N_("Turn on {method} in the site's security settings.", method=method),
        N_("Save the recovery codes: print them and keep them where you would keep your passport."),
        N_("Add a second method as a backup, so losing your phone does not lock you out."),
    )
    return text, advice


def lookup(index: DirectoryIndex | None, text: str) -> LookupResult:
    """Look a typed site up. Raises InvalidSite for text that cannot be a website."""
    site = normalise_site(text)
    m = match_site(index, site) if index is not None else Match(site, None, MATCH_NONE)
    entry = m.entry
    offered = offered_methods(entry)
    best = offered[0] if offered else None
    summary, advice = _summary(m, offered, best)
    return LookupResult(
        query=text,
        domain=site.host,
        display_domain=site.display,
        matched=m.matched,
        how=m.how,
        matched_domain=entry.domain if entry else None,
        name=entry.name if entry else None,
        methods=entry.methods if entry else (),
        offered=offered,
        recommended=best,
        documentation=entry.documentation if entry else None,
        recovery=entry.recovery if entry else None,
        notes=entry.notes if entry else None,
        passkeys=entry.passkeys if entry else None,
        custom_software=entry.custom_software if entry else (),
        custom_hardware=entry.custom_hardware if entry else (),
        categories=entry.categories if entry else (),
        contact=entry.contact if entry else {},
        ladder=ladder(entry),
        summary=summary,
        advice=advice,
        related=tuple((e.domain, e.name) for e in m.related),
    )


# -- accounts: importance, findings, coverage ----------------------------------------------


class AccountLike(Protocol):
    """What the 2FA checks need to know about an account (app's Account fits: read-only here)."""

    @property
    def service(self) -> str: ...

    @property
    def domain(self) -> str: ...

    @property
    def twofa_method(self) -> str: ...


IMPORTANCE_ORDER = ("email", "bank", "carrier", "password_manager", "social")
IMPORTANCE_LABELS = {
    "email": N_("e-mail"),
    "bank": N_("bank or money"),
    "carrier": N_("phone company"),
    "password_manager": N_("password manager"),
    "social": N_("social media"),
}
_CATEGORY_KIND = {
    "email": "email",
    "banking": "bank",
    "payments": "bank",
    "investing": "bank",
    "finance": "bank",
    "cryptocurrencies": "bank",
    "social": "social",
}
_NAME_HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("email", ("gmail", "mail.", "outlook", "hotmail", "yahoo mail", "proton mail", "protonmail", "icloud mail",
               "e-mail", "email", "webmail", "aol mail", "gmx", "zoho mail", "fastmail")),
    ("password_manager", ("1password", "bitwarden", "lastpass", "dashlane", "keeper", "nordpass", "proton pass",
                          "roboform", "enpass", "password manager", "keepass")),
    ("bank", ("bank", "paypal", "credit union", "building society", "venmo", "revolut", "monzo", "wise",
              "savings", "brokerage", "pension")),
    ("carrier", ("verizon", "at&t", "t-mobile", "tmobile", "vodafone", "o2", "ee mobile", "three", "orange",
                 "telekom", "telstra", "optus", "sprint", "mobile phone", "phone company", "carrier", "giffgaff",
                 "mint mobile", "cricket", "us cellular", "rogers", "bell", "telus", "movistar")),
    ("social", ("facebook", "instagram", "twitter", "x.com", "tiktok", "snapchat", "linkedin", "whatsapp",
                "reddit", "pinterest", "threads", "mastodon", "bluesky", "discord")),
)
_CARRIER_DOMAINS = frozenset(
    {"verizon.com", "att.com", "t-mobile.com", "vodafone.com", "vodafone.co.uk", "o2.co.uk", "ee.co.uk",
     "three.co.uk", "orange.fr", "telekom.de", "telstra.com.au", "optus.com.au", "giffgaff.com", "rogers.com",
     "bell.ca", "telus.com", "sprint.com", "mintmobile.com", "cricketwireless.com", "uscellular.com"}
)
_PM_DOMAINS = frozenset(
    {"1password.com", "bitwarden.com", "lastpass.com", "dashlane.com", "keepersecurity.com", "nordpass.com",
     "proton.me", "roboform.com", "enpass.io"}
)


def importance(account: AccountLike, entry: SiteEntry | None) -> str | None:
    """Which kind of important account this is ("email", "bank", ...), or None."""
    reg = ""
    try:
        if account.domain:
            reg = normalise_site(account.domain).registrable
    except InvalidSite:
        reg = ""
    if reg in _PM_DOMAINS:
        return "password_manager"
    if reg in _CARRIER_DOMAINS:
        return "carrier"
    kinds: set[str] = set()
    if entry is not None:
        kinds.update(_CATEGORY_KIND[c] for c in entry.categories if c in _CATEGORY_KIND)
        if entry.domain.startswith("mail.") or "email" in entry.categories:
            kinds.add("email")
    name = f" {account.service.casefold()} {(account.domain or '').casefold()} "
    for kind, hints in _NAME_HINTS:
        if any(h in name for h in hints):
            kinds.add(kind)
    for kind in IMPORTANCE_ORDER:
        if kind in kinds:
            return kind
    return None


def _account_ref(account: AccountLike) -> str:
    return account.domain or account.service


def _entry_for(index: DirectoryIndex | None, account: AccountLike) -> SiteEntry | None:
    if index is None:
        return None
    for text in (account.domain, account.service):
        if not text:
            continue
        try:
            m = match_site(index, normalise_site(text))
        except InvalidSite:
            continue
        if m.entry is not None:
            return m.entry
    return None


def account_findings(account: AccountLike, entry: SiteEntry | None) -> list[Finding]:
    """Findings for one account: weak method where a stronger one is offered; important account without 2FA."""
    out: list[Finding] = []
    method = (account.twofa_method or "unknown").strip().lower()
    offered = offered_methods(entry)
    best = offered[0] if offered else None
    who = account.service
    url = entry.documentation if entry and entry.documentation else None
    docs = " " + N_("The site's own instructions: {url}", url=url) if url else ""
    kind = importance(account, entry)

    if method in (PHONE_METHODS | {"email"}) and best is not None and best in STRONGER_THAN_PHONE:
        current, better = METHOD_SHORT[method], METHOD_SHORT[best]
        codes = ", ".join(offered)
        out.append(
            Finding(
                check_id="twofa.weak_method",
                subject=Subject.ACCOUNT,
                severity=Severity.MEDIUM if kind else Severity.LOW,
                title=N_("{who}: switch from {current} to {better}", who=who, current=current, better=better),
                # The site's offer first: a sentence that starts with the account's name cannot follow
                # another sentence in one text and still be matched for translation.
                why=N_("{who} offers {better}, which is stronger.", who=who, better=better) + " " + TRADE_OFFS[method],
                fix=(
                    N_("Log in to {who} and open the security settings (look for 'two-step verification').", who=who) + docs,
                    N_(
                        "Add an authenticator app. Hearth's practice authenticator can help you try an "
                        "authenticator app first."
                    )
                    if best == "totp"
                    else N_("Add {better}.", better=better),
                    N_("Check that it works by logging out and back in."),
                    N_("Then, if {who} allows it, remove the {current} option, or keep it only as a backup.", who=who, current=current),
                    N_("Save the new recovery codes where you would keep your passport."),
                ),
                evidence=(N_("method recorded: {method}", method=method), N_("site offers: {codes}", codes=codes)),
                effort_minutes=10,
                subject_ref=_account_ref(account),
            )
        )

    if method == "none" or (method == "unknown" and kind is not None):
        if kind is None:
            return out
        label = IMPORTANCE_LABELS[kind]
        if entry is not None and not offered:
            out.append(
                Finding(
                    check_id="twofa.not_offered",
                    subject=Subject.ACCOUNT,
                    severity=Severity.LOW,
                    title=N_("{who} does not offer two-step verification", who=who),
                    why=N_(
                        "This is your {label} account, and {who} has no second step to stop someone who learns your password.", label=label, who=who
                    ),
                    fix=(
                        N_("Use a long password for {who} that you use nowhere else (a password manager helps).", who=who),
                        N_("Turn on login alerts if the site has them."),
                        N_("Ask {who} to add two-step verification.", who=who),
                    ),
                    evidence=(N_("the 2FA Directory lists no methods for this site"),),
                    effort_minutes=5,
                    subject_ref=_account_ref(account),
                )
            )
            return out
        severity = {
            "email": Severity.HIGH,
            "bank": Severity.HIGH,
            "password_manager": Severity.HIGH,
            "carrier": Severity.MEDIUM,
            "social": Severity.MEDIUM,
        }[kind]
        if method == "unknown":
            severity = Severity(max(Severity.LOW, severity - 1))
        why_kind = {
            "email": N_("Your e-mail is the key to your other accounts: whoever gets into it can reset their passwords."),
            "bank": N_("This account holds or moves money, so criminals try hard to get into it."),
            "password_manager": N_("Your password manager holds all your other passwords."),
            "carrier": N_(
                "Whoever controls your phone account can move your number and receive your text-message codes."
            ),
            "social": N_("A stolen social media account is used to trick your friends and family."),
        }[kind]
        if best:
            better, trade_off = METHOD_SHORT[best], TRADE_OFFS[best]
            step_method = N_("Choose {better} if you can ({trade_off})", better=better, trade_off=trade_off)
        else:
            step_method = N_(
                "Choose an authenticator app or a passkey if offered; a text message code is still much better "
                "than nothing."
            )
        title = (
            N_("Turn on two-step verification for {who}", who=who)
            if method == "none"
            else N_("Check whether two-step verification is on for {who}", who=who)
        )
        out.append(
            Finding(
                check_id="twofa.important_without_2fa",
                subject=Subject.ACCOUNT,
                severity=severity,
                title=title,
                why=why_kind + " " + N_("A second step stops someone who has only your password."),
                fix=(
                    N_(
                        "Log in to {who} and open the security settings (look for 'two-step verification' or '2FA').", who=who
                    )
                    + docs,
                    step_method,
                    N_("Print the recovery codes and keep them where you would keep your passport."),
                    N_("In Hearth, record the method you turned on for this account."),
                ),
                evidence=(N_("method recorded: {method}", method=method), N_("kind of account: {label}", label=label)),
                effort_minutes=10,
                subject_ref=_account_ref(account),
            )
        )
    return out


def findings(accounts: Iterable[AccountLike], index: DirectoryIndex | None) -> list[Finding]:
    """All 2FA findings for a member's accounts, most important first (e-mail first)."""
    out: list[Finding] = []
    for account in accounts:
        entry = _entry_for(index, account)
        out.extend(account_findings(account, entry))

    def order(f: Finding) -> tuple[int, int]:
        kind = next((e.split(": ", 1)[1] for e in f.evidence if e.startswith("kind of account: ")), "")
        rank = next((i for i, k in enumerate(IMPORTANCE_ORDER) if IMPORTANCE_LABELS[k] == kind), len(IMPORTANCE_ORDER))
        return (-int(f.severity), rank)

    return sorted(out, key=order)


@dataclasses.dataclass(frozen=True)
class MemberCoverage:
    member: str
    total: int
    with_2fa: int
    without_2fa: int
    unknown: int
    phone_only: tuple[str, ...]  # accounts using SMS/call where something stronger is offered
    important_missing: tuple[tuple[str, str], ...]  # (service, kind) important accounts with no/unknown 2FA

    @property
    def percent(self) -> int:
        return round(100 * self.with_2fa / self.total) if self.total else 0

    @property
    def sentence(self) -> str:
        member, on, total, unknown = self.member, self.with_2fa, self.total, self.unknown
        if not total:
            return N_("{member} has no accounts listed yet.", member=member)
        text = (
            NP_("{member}: {on} of {n} account has two-step verification on ({unknown} not known yet).",
                "{member}: {on} of {n} accounts have two-step verification on ({unknown} not known yet).",
                n=total, member=member, on=on, unknown=unknown)
            if unknown
            else NP_("{member}: {on} of {n} account has two-step verification on.",
                     "{member}: {on} of {n} accounts have two-step verification on.", n=total, member=member, on=on)
        )
        if self.important_missing:
            service, kind = self.important_missing[0][0], IMPORTANCE_LABELS[self.important_missing[0][1]]
            text = N_("{text} Most important to fix: {service} ({kind}).", text=text, service=service, kind=kind)
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "member": self.member,
            "total": self.total,
            "with_2fa": self.with_2fa,
            "without_2fa": self.without_2fa,
            "unknown": self.unknown,
            "percent": self.percent,
            "phone_only": list(self.phone_only),
            "important_missing": [{"service": s, "kind": k} for s, k in self.important_missing],
            "sentence": self.sentence,
        }


@dataclasses.dataclass(frozen=True)
class HouseholdCoverage:
    members: tuple[MemberCoverage, ...]

    @property
    def total(self) -> int:
        return sum(m.total for m in self.members)

    @property
    def with_2fa(self) -> int:
        return sum(m.with_2fa for m in self.members)

    @property
    def sentence(self) -> str:
        on, total = self.with_2fa, self.total
        if not total:
            return N_("No accounts are listed yet. Add the accounts each person uses, starting with e-mail.")
        return NP_("Across the household, {on} of {n} account has two-step verification on.",
                   "Across the household, {on} of {n} accounts have two-step verification on.", n=total, on=on)

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "with_2fa": self.with_2fa,
            "sentence": self.sentence,
            "members": [m.to_dict() for m in self.members],
        }


def member_coverage(name: str, accounts: Sequence[AccountLike], index: DirectoryIndex | None) -> MemberCoverage:
    on = off = unknown = 0
    phone_only: list[str] = []
    missing: list[tuple[int, str, str]] = []
    for account in accounts:
        method = (account.twofa_method or "unknown").strip().lower()
        entry = _entry_for(index, account)
        if method in ON_METHODS:
            on += 1
            best = recommend(entry)
            if method in PHONE_METHODS and best in STRONGER_THAN_PHONE:
                phone_only.append(account.service)
        elif method == "none":
            off += 1
        else:
            unknown += 1
        if method not in ON_METHODS:
            kind = importance(account, entry)
            if kind is not None:
                missing.append((IMPORTANCE_ORDER.index(kind), account.service, kind))
    missing.sort(key=lambda t: (t[0], t[1].casefold()))
    return MemberCoverage(
        member=name,
        total=len(accounts),
        with_2fa=on,
        without_2fa=off,
        unknown=unknown,
        phone_only=tuple(phone_only),
        important_missing=tuple((s, k) for _, s, k in missing),
    )


def household_coverage(
    accounts_by_member: Mapping[str, Sequence[AccountLike]], index: DirectoryIndex | None
) -> HouseholdCoverage:
    """2FA coverage per member: a pure function over the accounts and the directory index."""
    return HouseholdCoverage(
        tuple(member_coverage(name, accs, index) for name, accs in accounts_by_member.items())
    )


# -- the check, for the checkup runner -----------------------------------------------------

FACT_ACCOUNTS = "accounts"  # a sequence of AccountLike for ctx.member
FACT_TWOFA_INDEX = "twofa_index"  # a DirectoryIndex, or None when the directory is not available


class TwoFactorCheck:
    """Accounts using a weak 2FA method where a stronger one is offered; important accounts without 2FA."""

    id = "twofa"
    title = N_("Two-step verification on your accounts")
    category = "accounts"

    def run(self, ctx: CheckContext) -> list[Finding]:
        accounts = ctx.facts.get(FACT_ACCOUNTS) or ()
        index = ctx.facts.get(FACT_TWOFA_INDEX)
        ctx.cancel.raise_if_cancelled()
        return findings(accounts, index if isinstance(index, DirectoryIndex) else None)


def _register() -> None:
    from checks.registry import register

    register(TWOFA_CHECK)


TWOFA_CHECK = TwoFactorCheck()
_register()


# -- step-by-step setup ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SetupGuide:
    """A guided panel for turning one method on at one site (plain text; links as plain URLs)."""

    method: str
    title: str
    need: tuple[str, ...]
    steps: tuple[str, ...]
    documentation: str | None
    qr_explainer: str
    recovery: tuple[str, ...]


QR_EXPLAINER = N_(
    "A QR code is a square of black and white dots that a phone camera can read, like a barcode. "
    "When the site shows one while you set up an authenticator app, open the app, choose 'add' or '+', "
    "and point the camera at the square. It holds a secret that lets your app make the same codes as "
    "the site, so never show it to anyone or post a photo of it."
)

RECOVERY_ADVICE: tuple[str, ...] = (
    N_("The site will offer recovery codes (also called backup codes). They are your way back in if you lose your phone."),
    N_("Print them, or write them down on paper. Store them where you would store your passport."),
    N_("Do not keep them only on the phone that has your authenticator app, and do not e-mail them to yourself."),
    N_("Hearth only keeps a note that you saved them and where (for example 'in the safe'), never the codes."),
)

_NEED: dict[str, tuple[str, ...]] = {
    "passkey": (
        N_("A phone or computer with a screen lock (PIN, fingerprint or face)."),
        N_(
            "On a phone: a recent Android or iPhone. Your passkeys are kept by Google Password Manager, iCloud "
            "Keychain, or your password manager."
        ),
    ),
    "u2f": (
        N_("A security key (a small USB or NFC device, for example a YubiKey), or a phone that can act as one."),
        N_("Ideally two keys: one to use and one kept safe as a backup."),
    ),
    "totp": (
        N_(
            "A smartphone with an authenticator app, for example Google Authenticator, Microsoft Authenticator, "
            "2FAS, Aegis (Android) or the one in your password manager."
        ),
        N_("A few minutes with both the phone and the computer in front of you."),
    ),
    "custom-software": (N_("The company's own app on your phone, logged in to your account."),),
    "custom-hardware": (N_("The device the company sends you (for example a card reader or code generator)."),),
    "sms": (N_("A mobile phone that can receive text messages, with a number you will keep."),),
    "call": (N_("A phone number you will keep, that can receive calls."),),
    "email": (N_("An e-mail account that itself has two-step verification turned on."),),
}

_STEPS: dict[str, tuple[str, ...]] = {
    "passkey": (
        N_("Log in to the site on the phone or computer you want to use."),
        N_("Open the account settings and look for 'Passkeys', 'Security' or 'Sign-in options'."),
        N_("Choose 'Create a passkey' and confirm with your screen lock (PIN, fingerprint or face)."),
        N_("Log out and log back in with the passkey to check it works."),
        N_("Keep your password or another method as a backup way in."),
    ),
    "u2f": (
        N_("Log in to the site and open Security (or 'Two-step verification')."),
        N_("Choose 'Security key' (sometimes called 'passkey as second step')."),
        N_("Plug in or tap the key when the site asks, and give it a name like 'blue key'."),
        N_("Add your backup key the same way."),
        N_("Log out and back in to check it works."),
    ),
    "totp": (
        N_("Log in to the site on the computer and open Security (or 'Two-step verification')."),
        N_("Choose 'Authenticator app'. The site shows a QR code."),
        N_("On the phone, open the authenticator app, press '+' or 'Add', and scan the QR code."),
        N_("Type the 6-digit code the app shows into the site to finish."),
        N_("Tip: try Hearth's practice authenticator below first, to see how it works with no risk."),
    ),
    "custom-software": (
        N_("Install the company's app on your phone and log in."),
        N_("On the site, open Security and choose the app prompt option."),
        N_("When you log in, the app asks 'Is this you?': only tap Yes if you are logging in right now."),
    ),
    "custom-hardware": (
        N_("Ask the company for the device if you do not have it yet."),
        N_("On the site, open Security and follow the steps to link the device to your account."),
        N_("Keep the device at home in a safe place."),
    ),
    "sms": (
        N_("Log in to the site and open Security (or 'Two-step verification')."),
        N_("Choose 'Text message' and type your mobile number."),
        N_("Type the code the site texts you, to finish."),
        N_("Ask your phone company for a 'port-out PIN' or 'SIM lock', so no one can move your number."),
    ),
    "call": (
        N_("Log in to the site and open Security."),
        N_("Choose 'Phone call' and type your number."),
        N_("Answer the call and type the code you hear."),
    ),
    "email": (
        N_("First make sure your e-mail account has two-step verification on."),
        N_("Log in to the site, open Security and choose the e-mail option."),
        N_("Type the code the site e-mails you, to finish."),
    ),
}


def setup_guide(method: str, result: LookupResult | None = None) -> SetupGuide:
    """The guided setup for a method, with the site's own instructions link when known."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}")
    site = (result.name or result.display_domain) if result is not None else None
    docs = None
    if result is not None:
        if method == "passkey" and result.passkeys and result.passkeys.documentation:
            docs = result.passkeys.documentation
        else:
            docs = result.documentation
    where = (
        N_("The site's own instructions: {docs}", docs=docs)
        if docs
        else N_("The setting is usually under Settings, then Security (or 'Login and security').")
    )
    steps = (*_STEPS[method], where)
    need = _NEED[method]
    if method == "custom-software" and result is not None and result.custom_software:
        apps = ", ".join(result.custom_software)
        need = (N_("The company's app: {apps}.", apps=apps), *need[1:])
    if method == "custom-hardware" and result is not None and result.custom_hardware:
        devices = ", ".join(result.custom_hardware)
        need = (N_("The company's device: {devices}.", devices=devices),)
    name = METHOD_SHORT[method]
    title = N_("Set up {name} for {site}", name=name, site=site) if site else N_("Set up {name}", name=name)
    recovery = RECOVERY_ADVICE
    if result is not None and result.recovery:
        link = result.recovery
        recovery = (*RECOVERY_ADVICE, N_("If you are ever locked out, the site explains what to do: {link}", link=link))
    return SetupGuide(method, title, need, steps, docs, QR_EXPLAINER, recovery)
