"""Judging a business's e-mail domain from its DNS records: SPF, DMARC, DKIM, MTA-STS/TLS-RPT and MX.

Pure: ``app.email_domain`` looks the records up and hands them over as :class:`DomainRecords`;
this module parses them (RFC 7208 SPF, RFC 7489 DMARC, RFC 8461 MTA-STS, RFC 8460 TLS-RPT),
judges them as a careful administrator would, and writes the fix for the provider the mail goes
to, with the exact record to paste. No network, no disk, no clock (``today`` is passed in).

Statuses: ``good``, ``attention``, ``risky``, ``unknown``. A look-up that timed out or failed is
``unknown`` with the reason, never ``good``. Advice never asks for a record that could stop real
mail: SPF moves to ``~all`` first (``-all`` only once DMARC reports are clean), DMARC starts at
``p=none`` with a report address and moves to ``quarantine`` and then ``reject`` on dated steps.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import ipaddress
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from checks import idn
from checks.base import Finding, Severity, Subject
from checks.i18n import N_, Msg

GOOD, ATTENTION, RISKY, UNKNOWN = "good", "attention", "risky", "unknown"
STATUSES = (GOOD, ATTENTION, RISKY, UNKNOWN)
_RANK = {GOOD: 0, UNKNOWN: 1, ATTENTION: 2, RISKY: 3}
ITEM_IDS = ("mx", "spf", "dkim", "dmarc", "mta_sts")
CHECK_PREFIX = "business.email_domain."

MAX_LOOKUPS = 10  # RFC 7208 4.6.4
MAX_DOMAIN = 253
#: how far app.email_domain follows include/redirect (more than enough to pass 10 look-ups)
MAX_CHAIN = 30
#: selectors tried for DKIM (their key names cannot be listed by DNS alone)
COMMON_SELECTORS = (
    "google", "selector1", "selector2", "k1", "k2", "default", "dkim", "mail", "s1", "s2",
    "fm1", "protonmail", "zmail", "sig1", "mxvault",
)
#: first date of the DMARC plan (weeks after today) and the next
PLAN_WEEKS = (4, 8)

# ---------------------------------------------------------------------------------------------
# the domain the person typed


def parse_domain(text: str) -> tuple[str, str]:
    """(ASCII domain, "") or ("", plain message) for what a person typed.

    Accepts ``example.com``, ``Example.COM.``, ``bob@example.com``, ``https://example.com/x`` and
    Unicode names (normalised with IDNA 2008 / UTS 46, so ``bücher.de`` -> ``xn--bcher-kva.de``).
    """
    raw = str(text or "").strip()
    if not raw:
        return "", N_("Please type your business's e-mail domain, like example.com.")
    too_long = N_("That is too long to be an e-mail domain (at most {limit} characters). Please type only the part "
                  "after the @, like example.com.", limit=MAX_DOMAIN)
    if len(raw) > 2000:
        return "", too_long
    value = raw
    if "://" in value:
        value = value.split("://", 1)[1]
    value = value.split("/", 1)[0].split("?", 1)[0]
    if "@" in value:
        value = value.rsplit("@", 1)[1]
    value = value.strip().rstrip(".").strip("[]")
    if len(value) > MAX_DOMAIN:
        return "", too_long
    try:
        ipaddress.ip_address(value)
    except ValueError:
        pass
    else:
        return "", N_("{text} is an internet address (IP), not a domain. Please type the part after the @ in your "
                      "business e-mail address, like example.com.", text=raw[:80])
    if re.fullmatch(r"[0-9.]+", value):
        return "", N_("{text} is not a domain. Please type the part after the @ in your business e-mail address, "
                      "like example.com.", text=raw[:80])
    if any(c.isspace() for c in value) or "." not in value:
        return "", N_("{text} is not a domain. Please type the part after the @ in your business e-mail address, "
                      "like example.com.", text=raw[:80])
    try:
        ascii_name = idn.to_ascii(value)
    except (UnicodeError, ValueError):  # idn.IDNAError is a UnicodeError
        return "", N_("{text} is not a domain Hearth can look up. Please check the spelling, like example.com.",
                      text=raw[:80])
    labels = ascii_name.split(".")
    if len(ascii_name) > MAX_DOMAIN or any(not lab or len(lab) > 63 for lab in labels):
        return "", N_("{text} is not a domain Hearth can look up. Please check the spelling, like example.com.",
                      text=raw[:80])
    if not re.fullmatch(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?", labels[-1]) or labels[-1].isdigit():
        return "", N_("{text} is not a domain Hearth can look up. Please check the spelling, like example.com.",
                      text=raw[:80])
    return ascii_name, ""


def display_domain(domain: str) -> str:
    """The domain as people write it: ``xn--bcher-kva.de`` -> ``bücher.de`` (unchanged if not IDNA)."""
    try:
        return idn.to_unicode(domain)
    except (UnicodeError, ValueError):  # idn.IDNAError is a UnicodeError
        return domain


# ---------------------------------------------------------------------------------------------
# what app.email_domain gathered


@dataclasses.dataclass(frozen=True)
class DnsAnswer:
    """One look-up: ``status`` is ok / nxdomain / nodata / timeout / servfail / error / skipped."""

    status: str
    records: tuple[str, ...] = ()
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def missing(self) -> bool:
        return self.status in ("nxdomain", "nodata")

    @property
    def failed(self) -> bool:
        return not self.ok and not self.missing

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "records": list(self.records), "reason": self.reason}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DnsAnswer:
        return cls(str(data["status"]), tuple(str(r) for r in data.get("records", ())), str(data.get("reason", "")))


NOT_ASKED = DnsAnswer("skipped", reason="not asked")


@dataclasses.dataclass(frozen=True)
class DomainRecords:
    """Every record the check looked at. ``spf_chain``: TXT answers of included/redirect domains."""

    domain: str
    mx: DnsAnswer
    txt: DnsAnswer
    dmarc: DnsAnswer
    mta_sts: DnsAnswer = NOT_ASKED
    tls_rpt: DnsAnswer = NOT_ASKED
    dkim: Mapping[str, DnsAnswer] = dataclasses.field(default_factory=dict)
    spf_chain: Mapping[str, DnsAnswer] = dataclasses.field(default_factory=dict)
    org_domain: str = ""
    org_dmarc: DnsAnswer | None = None


# ---------------------------------------------------------------------------------------------
# providers


@dataclasses.dataclass(frozen=True)
class Provider:
    key: str
    name: str
    mx_suffixes: tuple[str, ...]
    spf_include: str
    dkim_selectors: tuple[str, ...]
    dns_steps: tuple[str, ...]
    dkim_steps: tuple[str, ...]

    @property
    def known(self) -> bool:
        return self.key != "other"


_DNS_GENERAL = N_("Sign in where your domain's DNS records are managed: usually the company you bought the domain "
                  "from (your registrar) or your web host. Look for 'DNS', 'DNS records' or 'Zone editor'.")

PROVIDERS: tuple[Provider, ...] = (
    Provider(
        "google", "Google Workspace", ("aspmx.l.google.com", "googlemail.com", "smtp.google.com", "google.com"),
        "_spf.google.com", ("google",),
        (
            N_("In the Google Admin console (admin.google.com), signed in as an administrator, open Apps > Google "
               "Workspace > Gmail > Authenticate email: it shows the records Google expects."),
            _DNS_GENERAL,
        ),
        (
            N_("Open the Google Admin console (admin.google.com) and sign in as an administrator."),
            N_("Go to Apps > Google Workspace > Gmail > Authenticate email and choose your domain."),
            N_("Click 'Generate new record' (2048-bit key) and add the TXT record it shows to your DNS."),
            N_("Wait an hour, come back to the same page and click 'Start authentication'."),
        ),
    ),
    Provider(
        "microsoft", "Microsoft 365", ("mail.protection.outlook.com", "mx.microsoft", "outlook.com"),
        "spf.protection.outlook.com", ("selector1", "selector2"),
        (
            N_("In the Microsoft 365 admin center (admin.microsoft.com), open Settings > Domains, choose your domain "
               "and look at 'DNS records': it lists the records Microsoft expects."),
            _DNS_GENERAL,
        ),
        (
            N_("Open the Microsoft Defender portal (security.microsoft.com) and sign in as an administrator."),
            N_("Go to Email & collaboration > Policies & rules > Threat policies > Email authentication settings > "
               "DKIM, and choose your domain."),
            N_("Add the two CNAME records it shows (selector1 and selector2) to your DNS."),
            N_("Wait an hour, then switch on 'Sign messages for this domain with DKIM signatures'."),
        ),
    ),
    Provider(
        "zoho", "Zoho Mail", ("zoho.com", "zoho.eu", "zoho.in", "zoho.com.au", "zohomail.com"),
        "zoho.com", ("zmail", "zoho"),
        (N_("In the Zoho Mail Admin Console, open Domains and choose your domain to see the records Zoho expects."),
         _DNS_GENERAL),
        (
            N_("Open the Zoho Mail Admin Console and go to Domains > your domain > Email Configuration > DKIM."),
            N_("Add a selector, copy the TXT record it shows into your DNS, then click Verify."),
        ),
    ),
    Provider(
        "fastmail", "Fastmail", ("messagingengine.com",), "spf.messagingengine.com", ("fm1", "fm2", "fm3"),
        (N_("In Fastmail, open Settings > Domains and choose your domain: it shows the records Fastmail expects."),
         _DNS_GENERAL),
        (N_("In Fastmail, open Settings > Domains, choose your domain and add the three DKIM CNAME records (fm1, fm2, "
            "fm3) it shows to your DNS."),),
    ),
    Provider(
        "proton", "Proton Mail", ("protonmail.ch", "proton.me"), "_spf.protonmail.ch",
        ("protonmail", "protonmail2", "protonmail3"),
        (N_("In Proton Mail, open Settings > Domain names and click Review next to your domain: it shows the records "
            "Proton expects."), _DNS_GENERAL),
        (N_("In Proton Mail, open Settings > Domain names > Review > DKIM, and add the three CNAME records it shows to "
            "your DNS."),),
    ),
    Provider(
        "icloud", "iCloud Mail", ("mail.icloud.com",), "icloud.com", ("sig1",),
        (N_("On icloud.com, open Custom Email Domain and choose your domain: it shows the records Apple expects."),
         _DNS_GENERAL),
        (N_("On icloud.com, open Custom Email Domain, choose your domain and add the DKIM record (sig1) it shows to "
            "your DNS."),),
    ),
    Provider(
        "godaddy", "GoDaddy e-mail", ("secureserver.net",), "secureserver.net", (),
        (N_("In your GoDaddy account, open My Products > DNS for your domain."),),
        (N_("Ask GoDaddy support how to turn on DKIM signing for your e-mail plan."),),
    ),
)

OTHER = Provider(
    "other", "", (), "", (),
    (_DNS_GENERAL, N_("Ask your e-mail provider which SPF, DKIM and DMARC records they expect for your domain.")),
    (N_("Ask your e-mail provider how to turn on DKIM signing for your domain, and add the record they give you to "
        "your DNS."),),
)


def provider_name(provider: Provider) -> str:
    return provider.name or N_("your e-mail provider")


def mx_hosts(answer: DnsAnswer) -> list[str]:
    """MX host names by preference (records are "10 host." strings)."""
    pairs = []
    for rec in answer.records:
        parts = rec.split()
        if len(parts) == 2 and parts[0].isdigit():
            pairs.append((int(parts[0]), parts[1].rstrip(".").lower()))
        elif parts:
            pairs.append((65535, parts[-1].rstrip(".").lower()))
    return [h for _, h in sorted(pairs)]


def _null_mx(answer: DnsAnswer) -> bool:
    hosts = mx_hosts(answer)
    return answer.ok and hosts == [""]


def detect_provider(mx: DnsAnswer) -> Provider:
    for host in mx_hosts(mx):
        for p in PROVIDERS:
            if any(host == s or host.endswith("." + s) for s in p.mx_suffixes):
                return p
    return OTHER


def selectors_to_try(provider: Provider) -> tuple[str, ...]:
    """The provider's DKIM selectors first, then the common ones."""
    out: list[str] = []
    for s in (*provider.dkim_selectors, *COMMON_SELECTORS):
        if s not in out:
            out.append(s)
    return tuple(out)


def org_domain(domain: str) -> str:
    """The registered domain (example.co.uk for mail.example.co.uk), from the bundled suffix list."""
    global _EXTRACT
    if _EXTRACT is None:
        import tldextract

        _EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    ext = _EXTRACT(domain)
    found = getattr(ext, "top_domain_under_public_suffix", None)
    return str(found if found is not None else ext.registered_domain)


_EXTRACT: Any = None


# ---------------------------------------------------------------------------------------------
# SPF (RFC 7208)

MECHANISMS = ("all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists")
_LOOKUP_MECHS = ("include", "a", "mx", "ptr", "exists")
_MODIFIER = re.compile(r"^([A-Za-z][A-Za-z0-9_.\-]*)=(.*)$")
_DOMAIN_SPEC = re.compile(r"^(?:[A-Za-z0-9_\-]+\.)*[A-Za-z0-9_\-]+\.?$|.*%\{.*")


@dataclasses.dataclass(frozen=True)
class SpfTerm:
    qualifier: str  # "+", "-", "~", "?" ("" for a modifier)
    name: str  # lower-case mechanism or modifier name
    value: str  # what follows ":" (or "=" for a modifier), or a "/cidr" for a and mx
    modifier: bool
    raw: str

    def text(self) -> str:
        if self.modifier:
            return f"{self.name}={self.value}"
        q = "" if self.qualifier == "+" else self.qualifier
        if not self.value:
            return f"{q}{self.name}"
        sep = "" if self.value.startswith("/") else ":"
        return f"{q}{self.name}{sep}{self.value}"


@dataclasses.dataclass(frozen=True)
class SpfRecord:
    text: str
    terms: tuple[SpfTerm, ...]
    errors: tuple[str, ...]  # plain messages (syntax errors: the record fails everywhere)
    unknown: tuple[str, ...]  # unknown mechanisms, as written

    @property
    def all_qualifier(self) -> str | None:
        for t in self.terms:
            if not t.modifier and t.name == "all":
                return t.qualifier
        return None

    @property
    def redirect(self) -> str:
        for t in self.terms:
            if t.modifier and t.name == "redirect":
                return t.value
        return ""

    def targets(self) -> list[str]:
        """Domains this record makes a receiver read next (include, and redirect when there is no all)."""
        out = [t.value for t in self.terms if not t.modifier and t.name == "include" and t.value]
        if self.redirect and self.all_qualifier is None:
            out.append(self.redirect)
        return [_norm(d) for d in out if "%" not in d]


def _norm(name: str) -> str:
    return name.strip().rstrip(".").lower()


def is_spf(text: str) -> bool:
    low = text.strip().lower()
    return low == "v=spf1" or low.startswith("v=spf1 ")


def spf_records(answer: DnsAnswer | None) -> list[str]:
    return [r for r in (answer.records if answer is not None else ()) if is_spf(r)]


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _meant(name: str) -> str:
    """The mechanism a mistyped name most likely meant ("" when none is close)."""
    if len(name) < 4:
        return ""
    best = min(("include", "exists"), key=lambda m: _edit_distance(name, m))
    return best if _edit_distance(name, best) <= 2 else ""


def _valid_cidr(text: str, v4: int, v6: int) -> bool:
    parts = text.split("/")[1:]
    if len(parts) > 2:
        return False
    try:
        nums = [int(p) for p in parts if p != ""]
    except ValueError:
        return False
    if len(nums) != len([p for p in parts if p != ""]) or (parts and "" in parts[:1]):
        return False
    return all(0 <= n <= (v4 if i == 0 else v6) for i, n in enumerate(nums))


def parse_spf(text: str) -> SpfRecord:
    errors: list[str] = []
    unknown: list[str] = []
    terms: list[SpfTerm] = []
    words = text.split()
    if not words or words[0].lower() != "v=spf1":
        return SpfRecord(text, (), (N_("The record does not start with v=spf1."),), ())
    seen_mods: set[str] = set()
    for word in words[1:]:
        mod = _MODIFIER.match(word)
        if mod and ":" not in mod.group(1):
            name, value = mod.group(1).lower(), mod.group(2)
            if name in ("redirect", "exp"):
                if name in seen_mods:
                    errors.append(N_("{name}= appears twice; only one is allowed.", name=name))
                if not value or not _DOMAIN_SPEC.match(value):
                    errors.append(N_("{word} does not name a domain.", word=word))
            seen_mods.add(name)
            terms.append(SpfTerm("", name, value, True, word))
            continue
        qualifier = "+"
        body = word
        if body[0] in "+-~?":
            qualifier, body = body[0], body[1:]
        m = re.match(r"^([A-Za-z0-9_\-]+)(.*)$", body)
        if not m:
            errors.append(N_("{word} is not something SPF understands.", word=word))
            continue
        name, rest = m.group(1).lower(), m.group(2)
        if name not in MECHANISMS:
            unknown.append(word)
            continue
        value = rest[1:] if rest.startswith(":") else rest
        bad = False
        if name == "all":
            bad = bool(rest)
        elif name in ("include", "exists"):
            bad = not rest.startswith(":") or not value or not _DOMAIN_SPEC.match(value)
        elif name == "ip4":
            try:
                ipaddress.IPv4Network(value, strict=False)
                bad = not rest.startswith(":") or value.count("/") > 1
            except ValueError:
                bad = True
        elif name == "ip6":
            try:
                ipaddress.IPv6Network(value, strict=False)
                bad = not rest.startswith(":")
            except ValueError:
                bad = True
        elif name in ("a", "mx", "ptr"):
            if rest.startswith(":"):
                dom, _, cidr = value.partition("/")
                bad = not dom or not _DOMAIN_SPEC.match(dom) or (name != "ptr" and bool(cidr)
                                                                  and not _valid_cidr("/" + cidr, 32, 128))
                bad = bad or (name == "ptr" and bool(cidr))
            elif rest:
                bad = name == "ptr" or not rest.startswith("/") or not _valid_cidr(rest, 32, 128)
        if bad:
            errors.append(N_("{word} is written wrongly, so receivers stop reading your SPF.", word=word))
            continue
        terms.append(SpfTerm(qualifier, name, value, False, word))
    return SpfRecord(text, tuple(terms), tuple(errors), tuple(unknown))


@dataclasses.dataclass(frozen=True)
class LookupCount:
    total: int
    per_target: Mapping[str, int]  # top-level include/redirect -> look-ups it costs (itself included)
    loops: tuple[str, ...]
    broken: tuple[tuple[str, str], ...]  # (domain, why) for includes that fail
    unread: tuple[tuple[str, str], ...]  # (domain, reason) not read (time-out, failure, too far)


def count_lookups(domain: str, record: SpfRecord, chain: Mapping[str, DnsAnswer]) -> LookupCount:
    """DNS look-ups a receiver makes to check ``record`` (RFC 7208 4.6.4), following include/redirect."""
    loops: list[str] = []
    broken: list[tuple[str, str]] = []
    unread: list[tuple[str, str]] = []
    per: dict[str, int] = {}

    def walk(rec: SpfRecord, stack: tuple[str, ...], top: bool) -> int:
        n = 0
        has_all = rec.all_qualifier is not None
        for t in rec.terms:
            follow = ""
            if not t.modifier and t.name in _LOOKUP_MECHS:
                n += 1
                if t.name == "include":
                    follow = t.value
            elif t.modifier and t.name == "redirect" and not has_all:
                n += 1
                follow = t.value
            if not follow:
                continue
            target = _norm(follow)
            before = n
            if "%" in target:
                pass
            elif target in stack:
                if target not in loops:
                    loops.append(target)
            elif len(stack) > 12:
                unread.append((target, "too deep"))
            else:
                ans = chain.get(target)
                if ans is None:
                    unread.append((target, "not read"))
                elif ans.failed:
                    unread.append((target, ans.reason or ans.status))
                else:
                    recs = spf_records(ans)
                    if not recs:
                        broken.append((target, "no SPF record"))
                    elif len(recs) > 1:
                        broken.append((target, "more than one SPF record"))
                    else:
                        sub = parse_spf(recs[0])
                        if sub.errors or sub.unknown:
                            broken.append((target, "its SPF record is written wrongly"))
                        n += walk(sub, (*stack, target), False)
            if top:
                per[target] = per.get(target, 0) + (n - before) + 1
        return n

    total = walk(record, (_norm(domain),), True)
    return LookupCount(total, per, tuple(loops), tuple(dict.fromkeys(broken)), tuple(dict.fromkeys(unread)))


def corrected_spf(records: Sequence[SpfRecord], provider: Provider, *, drop: Iterable[str] = (),
                  final_all: str | None = None) -> str:
    """One SPF record that keeps every sender already listed, adds the provider's include, and ends in
    ``~all`` (or ``final_all``), with what breaks SPF removed (unknown words, includes in ``drop``).
    Mistyped ``include`` is corrected.
    """
    dropped = {_norm(d) for d in drop}
    mechs: list[str] = []
    seen: set[str] = set()
    redirect = ""
    alls: list[str] = []
    keep_mods: list[str] = []

    def add(text: str) -> None:
        key = text.lower().lstrip("+")
        if key not in seen:
            seen.add(key)
            mechs.append(text)

    for rec in records:
        for t in rec.terms:
            if t.modifier:
                if t.name == "redirect":
                    redirect = redirect or t.value
                elif t.name == "exp" and not any(m.startswith("exp=") for m in keep_mods):
                    keep_mods.append(t.text())
                continue
            if t.name == "all":
                alls.append(t.qualifier)
                continue
            if t.name == "include" and _norm(t.value) in dropped:
                continue
            add(t.text())
        for word in rec.unknown:
            body = word.lstrip("+-~?")
            name, sep, value = _split3(body)
            meant = _meant(name.lower())
            if meant and sep == ":" and value and _norm(value) not in dropped:
                add(f"{meant}:{value}")
    own = f"include:{provider.spf_include}"
    if provider.spf_include and any(m.lower() == own for m in mechs):
        mechs = [own] + [m for m in mechs if m.lower() != own]  # the provider first: DNS gives records in any order
    elif provider.spf_include and (not redirect or alls):
        mechs.insert(0, own)
    if final_all is None:
        final_all = "-" if alls and all(q == "-" for q in alls) else "~"
    parts = ["v=spf1", *mechs]
    if alls or not redirect:
        parts.append(f"{final_all}all")
    elif redirect:
        parts.append(f"redirect={redirect}")
    parts.extend(keep_mods)
    return " ".join(parts)


def _split3(body: str) -> tuple[str, str, str]:
    for i, ch in enumerate(body):
        if ch in ":=/":
            return body[:i], ch, body[i + 1:]
    return body, "", ""


# ---------------------------------------------------------------------------------------------
# DMARC (RFC 7489)

POLICIES = ("none", "quarantine", "reject")
_KNOWN_DMARC = ("v", "p", "sp", "pct", "rua", "ruf", "adkim", "aspf", "fo", "rf", "ri", "np", "psd", "t")


def is_dmarc(text: str) -> bool:
    return re.match(r"^\s*v\s*=\s*dmarc1\s*(;|$)", text, re.IGNORECASE) is not None


@dataclasses.dataclass(frozen=True)
class DmarcRecord:
    text: str
    tags: Mapping[str, str]  # lower-case names; order kept
    errors: tuple[str, ...]  # mistakes that make receivers ignore or misread it
    warnings: tuple[str, ...]  # smaller problems (unknown tags)

    @property
    def policy(self) -> str:
        p = self.tags.get("p", "").lower()
        return p if p in POLICIES else ("none" if "rua" in self.tags else "")

    @property
    def subdomain_policy(self) -> str:
        sp = self.tags.get("sp", "").lower()
        return sp if sp in POLICIES else self.policy

    @property
    def pct(self) -> int:
        try:
            return max(0, min(100, int(self.tags.get("pct", "100"))))
        except ValueError:
            return 100


def parse_dmarc(text: str) -> DmarcRecord:
    tags: dict[str, str] = {}
    errors: list[str] = []
    warnings: list[str] = []
    parts = [p.strip() for p in text.split(";")]
    for i, part in enumerate(parts):
        if not part:
            continue
        name, sep, value = part.partition("=")
        name, value = name.strip().lower(), value.strip()
        if not sep or not name:
            errors.append(N_("'{part}' is not written as name=value.", part=part[:60]))
            continue
        if name in tags:
            errors.append(N_("The tag {name} appears twice.", name=name))
            continue
        tags[name] = value
        if i == 0 and name != "v":
            errors.append(N_("The record must start with v=DMARC1."))
    if tags.get("v", "").upper() != "DMARC1":
        errors.append(N_("The record must start with v=DMARC1."))
    p = tags.get("p", "").lower()
    if "p" not in tags:
        errors.append(N_("The record has no policy (p=none, p=quarantine or p=reject)."))
    elif p not in POLICIES:
        errors.append(N_("p={value} is not a policy: use none, quarantine or reject.", value=tags["p"][:30]))
    elif list(tags)[:2] != ["v", "p"]:
        warnings.append(N_("p= should come straight after v=DMARC1; some receivers are strict about the order."))
    if "sp" in tags and tags["sp"].lower() not in POLICIES:
        errors.append(N_("sp={value} is not a policy: use none, quarantine or reject.", value=tags["sp"][:30]))
    if "pct" in tags and not (tags["pct"].isdigit() and 0 <= int(tags["pct"]) <= 100):
        errors.append(N_("pct={value} must be a whole number from 0 to 100.", value=tags["pct"][:30]))
    for key in ("rua", "ruf"):
        if key in tags:
            uris = [u.strip() for u in tags[key].split(",") if u.strip()]
            if not uris or any(not re.match(r"^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$", u.split("!")[0], re.I) for u in uris):
                errors.append(N_("{key}= must be one or more addresses written as mailto:name@example.com.", key=key))
    for key in ("adkim", "aspf"):
        if key in tags and tags[key].lower() not in ("r", "s"):
            errors.append(N_("{key}= must be r or s.", key=key))
    for name in tags:
        if name not in _KNOWN_DMARC:
            warnings.append(N_("Hearth does not know the tag {name}=; receivers ignore it.", name=name))
    return DmarcRecord(text, tags, tuple(dict.fromkeys(errors)), tuple(warnings))


def dmarc_text(tags: Mapping[str, str]) -> str:
    order = ["v", "p", "sp", "pct", "rua", "ruf", "adkim", "aspf", "fo", "rf", "ri"]
    keys = [k for k in order if k in tags] + [k for k in tags if k not in order and k in _KNOWN_DMARC]
    return "; ".join(f"{k}={tags[k]}" for k in keys)


def report_address(domain: str) -> str:
    return f"mailto:dmarc-reports@{domain}"


# ---------------------------------------------------------------------------------------------
# judgement


@dataclasses.dataclass(frozen=True)
class Item:
    id: str
    status: str
    title: str
    detail: str
    fix: tuple[str, ...] = ()
    record: str = ""  # the exact value to paste ("" when there is nothing to paste)
    record_name: str = ""  # where it goes (host name)
    needs_it: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "title": self.title, "detail": self.detail,
                "fix": list(self.fix), "record": self.record or None, "record_name": self.record_name or None,
                "needs_it": self.needs_it}


@dataclasses.dataclass(frozen=True)
class Judgement:
    domain: str
    provider: Provider
    items: tuple[Item, ...]

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    @property
    def provider_label(self) -> str:
        return self.provider.name if self.provider.known else ""


def _worst(statuses: Iterable[str]) -> str:
    return max(statuses, key=lambda s: _RANK[s], default=GOOD)


def _failed_reason(answer: DnsAnswer) -> str:
    if answer.status == "timeout":
        return N_("the DNS server did not answer in time")
    if answer.status == "servfail":
        return N_("the DNS server reported a failure (SERVFAIL)")
    if answer.status == "skipped":
        return N_("Hearth ran out of time before it could ask")
    return N_("the look-up failed ({reason})", reason=answer.reason or answer.status)


def _it_step() -> str:
    return N_("If someone else looks after your website or e-mail, send them this page: this change is best made "
              "by your IT person.")


def _paste_step(name: str, record: str) -> str:
    return N_("Add (or change) the TXT record named {name} so that it is exactly: {record}", name=name, record=record)


def _judge_mx(rec: DomainRecords, provider: Provider) -> Item:
    title = N_("Where your e-mail goes (MX)")
    if rec.mx.failed:
        return Item("mx", UNKNOWN, title, N_("Hearth could not read your mail servers: {reason}. Try again later.",
                                             reason=_failed_reason(rec.mx)),
                    (N_("Check the internet connection and run the check again."),))
    if _null_mx(rec.mx):
        return Item("mx", GOOD, title, N_("{domain} says it receives no e-mail (a 'null MX' record).",
                                          domain=rec.domain))
    if rec.mx.missing or not mx_hosts(rec.mx):
        return Item(
            "mx", ATTENTION, title,
            N_("{domain} has no mail servers (no MX record), so it cannot receive e-mail. If you do use it for "
               "e-mail, something is wrong with its DNS.", domain=rec.domain),
            (N_("If you send or receive e-mail with addresses at {domain}, ask your e-mail provider which MX records "
                "to add, or ask your IT person.", domain=rec.domain),
             N_("If you never use {domain} for e-mail, Hearth's SPF and DMARC advice below shows how to stop others "
                "from pretending to send from it.", domain=rec.domain)),
            needs_it=True,
        )
    hosts = ", ".join(mx_hosts(rec.mx)[:3])
    if provider.known:
        return Item("mx", GOOD, title, N_("Your e-mail goes to {provider} ({hosts}). The steps below are for "
                                          "{provider}.", provider=provider.name, hosts=hosts))
    return Item("mx", GOOD, title, N_("Your e-mail goes to {hosts}. Hearth does not recognise this provider, so the "
                                      "steps below are general: your provider's help pages will have the details.",
                                      hosts=hosts))


def _dmarc_enforced(rec: DomainRecords) -> bool:
    found = [parse_dmarc(r) for r in rec.dmarc.records if is_dmarc(r)]
    return len(found) == 1 and not found[0].errors and found[0].policy in ("quarantine", "reject") \
        and found[0].pct == 100


def _judge_spf(rec: DomainRecords, provider: Provider) -> Item:
    title = N_("SPF: which servers may send your e-mail")
    name = rec.domain
    if rec.txt.failed:
        return Item("spf", UNKNOWN, title, N_("Hearth could not read your SPF record: {reason}. This is not a sign "
                                              "that it is fine; try again later.", reason=_failed_reason(rec.txt)),
                    (N_("Check the internet connection and run the check again."),))
    texts = spf_records(rec.txt)
    no_mail = rec.mx.ok and (_null_mx(rec.mx) or not mx_hosts(rec.mx)) or rec.mx.missing
    if not texts:
        if no_mail and not provider.known:
            record = "v=spf1 -all"
            return Item(
                "spf", RISKY, title,
                N_("{domain} has no SPF record, so anyone can send e-mail pretending to be from it.", domain=name),
                (*OTHER.dns_steps[:1],
                 N_("Only if nobody ever sends e-mail from addresses at {domain}: add this record, which says "
                    "'no server may send as this domain'.", domain=name),
                 _paste_step(name, record),
                 N_("If anyone does send e-mail as {domain} (a shop, a newsletter tool, your accountant), do not add "
                    "it: ask your IT person for a record that lists those senders.", domain=name)),
                record, name, needs_it=True,
            )
        record = f"v=spf1 include:{provider.spf_include} ~all" if provider.spf_include else "v=spf1 mx ~all"
        steps: list[str] = [
            *provider.dns_steps,
            _paste_step(name, record),
            N_("If other services send e-mail as you (a newsletter tool, an online shop, invoicing software), add "
               "each one's include: from their help pages before ~all."),
        ]
        if not provider.known:
            steps.append(N_("Ask your e-mail provider which include: they need: 'mx' is only a starting point."))
            steps.append(_it_step())
        return Item("spf", RISKY, title,
                    N_("{domain} has no SPF record, so anyone can send e-mail pretending to be from it, and many "
                       "receivers send your real e-mail to spam.", domain=name),
                    tuple(steps), record, name, needs_it=not provider.known)
    parsed = [parse_spf(t) for t in texts]
    problems: list[tuple[str, str]] = []  # (status, sentence)
    steps = []
    drop: list[str] = []
    needs_it = False
    final_all: str | None = None
    if len(parsed) > 1:
        problems.append((RISKY, N_("{domain} has {n} SPF records. Only one is allowed, so receivers treat all of them "
                                   "as broken and your SPF protects nothing.", domain=name, n=len(parsed))))
        steps.append(N_("Delete every TXT record at {domain} that starts with v=spf1, then add the single combined "
                        "record below (it keeps every sender from both).", domain=name))
    for p in parsed:
        for err in p.errors:
            problems.append((RISKY, N_("Your SPF has a mistake: {error} Receivers then ignore the whole record.",
                                       error=err)))
        for word in p.unknown:
            problems.append((RISKY, N_("Your SPF contains {word}, which SPF does not know. Receivers then ignore the "
                                       "whole record.", word=word)))
    quals = [q for q in (p.all_qualifier for p in parsed) if q is not None]
    if any(q == "+" for q in quals):
        problems.append((RISKY, N_("Your SPF ends in +all, which lets every server in the world send e-mail as "
                                   "{domain}.", domain=name)))
        final_all = "~"
    elif any(q == "?" for q in quals):
        problems.append((RISKY, N_("Your SPF ends in ?all ('no opinion'), so it does not stop anyone sending e-mail "
                                   "as {domain}.", domain=name)))
        final_all = "~"
    elif not quals and not any(p.redirect for p in parsed):
        problems.append((ATTENTION, N_("Your SPF has no 'all' at the end, so servers it does not list are not "
                                       "turned away.")))
        final_all = "~"
    # look-ups, loops and broken includes (only for a single readable record)
    counts = [count_lookups(name, p, rec.spf_chain) for p in parsed]
    total = sum(c.total for c in counts)
    loops = [d for c in counts for d in c.loops]
    broken = [b for c in counts for b in c.broken]
    unread = [u for c in counts for u in c.unread]
    if loops:
        problems.append((RISKY, N_("Your SPF includes go round in a circle (through {domains}), so receivers stop "
                                   "and treat it as broken.", domains=", ".join(loops))))
        steps.append(N_("Remove the include that points back to an earlier one; the other record in the circle is "
                        "often an old one of your own."))
        needs_it = True
    for target, _why in broken:
        direct = any(target in c.per_target for c in counts)
        problems.append((RISKY, N_("Your SPF includes {target}, but {target} has no usable SPF record, so receivers "
                                   "treat your SPF as broken.", target=target)))
        if direct:
            drop.append(target)
            steps.append(N_("The record below leaves out include:{target}. It authorised nobody, so removing it "
                            "cannot stop any real e-mail.", target=target))
        else:
            needs_it = True
    if total > MAX_LOOKUPS:
        costly = sorted(((n, d) for c in counts for d, n in c.per_target.items()), reverse=True)
        listing = ", ".join(f"{d} ({n})" for n, d in costly[:6])
        problems.append((RISKY, N_("Checking your SPF needs {n} DNS look-ups; receivers stop at 10 and then treat it "
                                   "as broken, so your real e-mail can fail.", n=total)))
        steps.append(N_("Look-ups each part costs: {listing}. Remove the include: of any service you no longer use.",
                        listing=listing))
        steps.append(N_("If all of them are still needed, have your IT person move bulk senders (newsletters, "
                        "marketing) to a subdomain such as news.{domain}, each with its own SPF.", domain=name))
        needs_it = True
    elif unread and not problems:
        targets = ", ".join(d for d, _ in unread[:3])
        return Item("spf", UNKNOWN, title,
                    N_("Hearth could not read part of your SPF ({targets}), so it cannot tell whether it stays within "
                       "the 10 look-ups receivers allow. Try again later.", targets=targets),
                    (N_("Check the internet connection and run the check again."),))
    includes = {d for c in counts for d in c.per_target} | set(rec.spf_chain)
    if provider.spf_include and provider.spf_include not in includes:
        problems.append((ATTENTION, N_("Your SPF does not list {provider} (include:{include}), where your e-mail "
                                       "goes, so e-mail you send through {provider} may fail SPF.",
                                       provider=provider.name, include=provider.spf_include)))
    if not problems and quals and quals[0] == "~" and not _dmarc_enforced(rec):
        problems.append((ATTENTION, N_("Your SPF ends in ~all ('soft fail'): receivers may still accept fakes. That "
                                       "is the right start; move to -all once your DMARC reports are clean.")))
        record = corrected_spf(parsed, provider, drop=drop, final_all="-")
        return Item(
            "spf", ATTENTION, title, _sentences([p for _, p in problems]),
            (N_("Read your DMARC reports for a few weeks first (see DMARC below)."),
             N_("When they show that all your real e-mail passes SPF, change ~all to -all:"),
             _paste_step(name, record),
             N_("Do not do this before the reports are clean: -all tells receivers to refuse e-mail from any "
                "server not listed.")),
            record, name,
        )
    if not problems:
        q = quals[0] if quals else ""
        extra = N_("It ends in -all: servers it does not list are refused.") if q == "-" else \
            N_("It ends in ~all and your DMARC policy turns fakes away.")
        return Item("spf", GOOD, title,
                    N_("{domain} has one SPF record that receivers can read, within the 10 look-ups they allow "
                       "({n} used).", domain=name, n=total) + " " + extra)
    record = corrected_spf(parsed, provider, drop=drop, final_all=final_all)
    steps = [*provider.dns_steps, *steps, _paste_step(name, record),
             N_("The record keeps every sender your current record lists and ends in ~all, so no real e-mail is "
                "refused while you fix things.")]
    if not provider.known or needs_it:
        steps.append(_it_step())
    status = _worst(s for s, _ in problems)
    return Item("spf", status, title, _sentences([p for _, p in problems]), tuple(steps), record, name,
                needs_it=needs_it or not provider.known)


def _sentences(parts: Sequence[str]) -> str:
    """Whole sentences joined with a space, each keeping its translation."""
    return Msg.join(" ", parts)


def _dmarc_plan(domain: str, tags: Mapping[str, str], today: dt.date) -> list[str]:
    first = today + dt.timedelta(weeks=PLAN_WEEKS[0])
    second = today + dt.timedelta(weeks=PLAN_WEEKS[1])
    quarantine = dict(tags, p="quarantine")
    quarantine.pop("pct", None)
    reject = dict(quarantine, p="reject")
    for d in (quarantine, reject):
        sp = d.get("sp", "").lower()
        if sp in POLICIES and _RANK_POLICY[sp] < _RANK_POLICY[d["p"]]:
            d.pop("sp")
    return [
        N_("Read the reports that arrive for a few weeks: check that every service that sends e-mail as {domain} "
           "(your provider, newsletter tool, invoicing software) passes.", domain=domain),
        N_("On {date}, if the reports show only your own services, change the record to: {record}",
           date=first, record=dmarc_text(quarantine)),
        N_("On {date}, if the reports are still clean, change it to: {record}", date=second,
           record=dmarc_text(reject)),
        N_("If a real service fails in the reports, fix its SPF or DKIM first and wait: do not move on until it "
           "passes."),
    ]


_RANK_POLICY = {"none": 0, "quarantine": 1, "reject": 2}


def _judge_dmarc(rec: DomainRecords, provider: Provider, today: dt.date) -> Item:
    title = N_("DMARC: what receivers do with fakes")
    where = f"_dmarc.{rec.domain}"
    if rec.dmarc.failed:
        return Item("dmarc", UNKNOWN, title, N_("Hearth could not read your DMARC record: {reason}. This is not a sign "
                                                "that it is fine; try again later.", reason=_failed_reason(rec.dmarc)),
                    (N_("Check the internet connection and run the check again."),))
    texts = [r for r in rec.dmarc.records if is_dmarc(r)]
    inherited = False
    if not texts and rec.org_dmarc is not None and rec.org_domain and rec.org_domain != rec.domain:
        org_texts = [r for r in rec.org_dmarc.records if is_dmarc(r)]
        if len(org_texts) == 1:
            texts, inherited = org_texts, True
    base_tags = {"v": "DMARC1", "p": "none", "rua": report_address(rec.domain)}
    if not texts:
        record = dmarc_text(base_tags)
        steps = [
            *provider.dns_steps,
            N_("Make a mailbox or alias called dmarc-reports@{domain} to receive the reports (or use a DMARC report "
               "service and its address instead).", domain=rec.domain),
            _paste_step(where, record),
            N_("p=none only asks for reports: it changes nothing for your e-mail, so it is the safe first step."),
            *_dmarc_plan(rec.domain, base_tags, today)[:3],
        ]
        return Item("dmarc", RISKY, title,
                    N_("{domain} has no DMARC record, so receivers have no instructions about e-mail that pretends to "
                       "be from you, and nobody tells you when it happens.", domain=rec.domain),
                    tuple(steps), record, where)
    if len(texts) > 1:
        first = parse_dmarc(texts[0])
        tags = dict(first.tags) if not first.errors else base_tags
        tags.setdefault("rua", report_address(rec.domain))
        record = dmarc_text(tags)
        return Item("dmarc", RISKY, title,
                    N_("{where} has {n} DMARC records. Only one is allowed, so receivers ignore them all.",
                       where=where, n=len(texts)),
                    (*provider.dns_steps,
                     N_("Delete every TXT record at {where} that starts with v=DMARC1, then add just one:",
                        where=where),
                     _paste_step(where, record)),
                    record, where)
    d = parse_dmarc(texts[0])
    problems: list[tuple[str, str]] = []
    tags = {k: v for k, v in d.tags.items() if k in _KNOWN_DMARC}
    tags["v"] = "DMARC1"
    if d.errors:
        for err in d.errors:
            problems.append((RISKY, N_("Your DMARC record has a mistake: {error}", error=err)))
        if tags.get("p", "").lower() not in POLICIES:
            tags["p"] = "none"
        if tags.get("sp", "").lower() not in POLICIES:
            tags.pop("sp", None)
        if "pct" in tags and not tags["pct"].isdigit():
            tags.pop("pct")
        for key in ("rua", "ruf"):
            if key in tags and not all(re.match(r"^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$", u.strip().split("!")[0], re.I)
                                       for u in tags[key].split(",") if u.strip()):
                tags.pop(key)
        for key in ("adkim", "aspf"):
            if key in tags and tags[key].lower() not in ("r", "s"):
                tags.pop(key)
    for w in d.warnings:
        problems.append((ATTENTION, w))
    policy = tags["p"].lower()
    tags["p"] = policy
    if inherited:
        policy = d.subdomain_policy or policy
    if "rua" not in tags:
        problems.append((ATTENTION, N_("Your DMARC record asks for no reports (no rua=), so nobody learns when "
                                       "someone fakes your e-mail, or when your real e-mail fails.")))
        tags["rua"] = report_address(rec.domain)
    if policy == "none" and not d.errors:
        problems.append((ATTENTION, N_("Your DMARC policy is p=none: it only asks for reports. It protects nobody "
                                       "yet: fake e-mail in your name is still delivered.")))
    if d.pct < 100 and policy != "none":
        problems.append((ATTENTION, N_("Your DMARC policy applies to only {pct}% of failing e-mail (pct={pct}); the "
                                       "rest is delivered.", pct=d.pct)))
    sp = tags.get("sp", "").lower()
    if sp in POLICIES and _RANK_POLICY[sp] < _RANK_POLICY[policy] and not inherited:
        problems.append((ATTENTION, N_("Your subdomain policy (sp={sp}) is weaker than the main one (p={p}), so "
                                       "fakes from made-up addresses like billing.{domain} get through.",
                                       sp=sp, p=policy, domain=rec.domain)))
    if inherited:
        lead = N_("{domain} has no DMARC record of its own; it follows {org}'s record.", domain=rec.domain,
                  org=rec.org_domain)
        problems.insert(0, (GOOD, lead))
    if all(s == GOOD for s, _ in problems):
        detail: str = N_("Your DMARC policy is p={p}: receivers turn away or set aside e-mail that fakes your domain, "
                    "and reports go to {rua}.", p=policy, rua=tags.get("rua", "").replace("mailto:", ""))
        if inherited:
            detail = problems[0][1] + " " + detail
        if policy == "quarantine":
            detail = detail + " " + N_("When the reports stay clean, the last step is p=reject.")
        return Item("dmarc", GOOD, title, detail)
    status = _worst(s for s, _ in problems)
    detail = _sentences([p for _, p in problems])
    steps = list(provider.dns_steps)
    if inherited:
        where_fix = f"_dmarc.{rec.org_domain}"
    else:
        where_fix = where
    had_rua = "rua" in d.tags and not any("rua" in e for e in d.errors)
    fixed = dict(tags)
    if sp in POLICIES and _RANK_POLICY[sp] < _RANK_POLICY[policy]:
        fixed.pop("sp")
    if d.pct < 100 and policy != "none":
        fixed.pop("pct", None)
    if not had_rua:
        steps.append(N_("Make a mailbox or alias called dmarc-reports@{domain} to receive the reports (or use a DMARC "
                        "report service and its address instead).", domain=rec.domain))
    if policy == "none" and had_rua and not d.errors:
        # reports already come in: the next dated step is the record to paste
        plan = _dmarc_plan(rec.domain, fixed, today)
        record = dmarc_text(dict(fixed, p="quarantine"))
        steps.extend(plan)
    else:
        record = dmarc_text(fixed)
        steps.append(_paste_step(where_fix, record))
        if fixed["p"] != "reject":
            steps.extend(_dmarc_plan(rec.domain, fixed, today)[:3] if fixed["p"] == "none"
                         else _dmarc_plan(rec.domain, fixed, today)[2:3])
    return Item("dmarc", status, title, detail, tuple(steps), record, where_fix)


def _dkim_key_bits(text: str) -> int | None:
    m = re.search(r"(?:^|;)\s*p\s*=\s*([A-Za-z0-9+/=\s]*)", text)
    if not m:
        return None
    data = re.sub(r"\s", "", m.group(1))
    if not data:
        return 0
    try:
        der = base64.b64decode(data + "=" * (-len(data) % 4), validate=False)
    except (binascii.Error, ValueError):
        return None
    if re.search(r"k\s*=\s*ed25519", text, re.I):
        return 256
    # SubjectPublicKeyInfo of an RSA key: about 38 bytes around the modulus
    return max(0, (len(der) - 38) * 8)


def _judge_dkim(rec: DomainRecords, provider: Provider) -> Item:
    title = N_("DKIM: a signature on every e-mail you send")
    found: list[tuple[str, str]] = []
    failed = [s for s, a in rec.dkim.items() if a.failed]
    for sel, ans in rec.dkim.items():
        for r in ans.records:
            if "p=" in r.replace(" ", "") or r.strip().lower().startswith("v=dkim1"):
                found.append((sel, r))
                break
    tried = ", ".join(rec.dkim)
    live = [(s, r) for s, r in found if _dkim_key_bits(r) != 0]
    if live:
        names = ", ".join(s for s, _ in live)
        short = [s for s, r in live if (_dkim_key_bits(r) or 2048) < 1500]
        if short:
            return Item("dkim", ATTENTION, title,
                        N_("Hearth found a DKIM key ({names}), but it is short (1024 bits or less): newer keys are "
                           "2048 bits and much harder to fake.", names=", ".join(short)),
                        (*provider.dkim_steps,
                         N_("Make a new 2048-bit key, publish it under a new name, switch signing to it, then remove "
                            "the old one a week later.")))
        return Item("dkim", GOOD, title, N_("Hearth found a DKIM key for {domain} ({names}), so receivers can check "
                                            "your signature.", domain=rec.domain, names=names))
    if found:
        return Item("dkim", ATTENTION, title,
                    N_("The DKIM key Hearth found ({names}) is empty (switched off), so e-mail is not signed with it.",
                       names=", ".join(s for s, _ in found)),
                    provider.dkim_steps)
    if failed and len(failed) == len(rec.dkim):
        return Item("dkim", UNKNOWN, title, N_("Hearth could not look up DKIM keys: {reason}. Try again later.",
                                               reason=_failed_reason(rec.dkim[failed[0]])),
                    (N_("Check the internet connection and run the check again."),))
    if provider.key == "microsoft" and not any(rec.dkim.get(s, NOT_ASKED).failed for s in provider.dkim_selectors):
        return Item("dkim", ATTENTION, title,
                    N_("Microsoft 365 always uses the names selector1 and selector2 for DKIM, and neither exists for "
                       "{domain}: DKIM signing for your own domain looks switched off.", domain=rec.domain),
                    provider.dkim_steps)
    return Item(
        "dkim", UNKNOWN, title,
        N_("Hearth can't tell. A DKIM key sits under a name only your provider knows; Hearth tried the usual ones "
           "({tried}) and found none. That does not mean DKIM is off.", tried=tried),
        (N_("Check in your e-mail provider's admin pages that DKIM signing is on for {domain}.", domain=rec.domain),
         *provider.dkim_steps),
    )


def _judge_mta_sts(rec: DomainRecords, provider: Provider, today: dt.date) -> Item:
    title = N_("MTA-STS and TLS reports: e-mail sent to you stays encrypted")
    sts = [r for r in rec.mta_sts.records if r.strip().lower().startswith("v=stsv1")]
    rpt = [r for r in rec.tls_rpt.records if r.strip().lower().startswith("v=tlsrptv1")]
    if rec.mta_sts.failed and rec.tls_rpt.failed:
        return Item("mta_sts", UNKNOWN, title, N_("Hearth could not read these records: {reason}.",
                                                  reason=_failed_reason(rec.mta_sts)),
                    (N_("Check the internet connection and run the check again."),))
    if len(sts) == 1 and len(rpt) == 1:
        return Item("mta_sts", GOOD, title, N_("{domain} publishes MTA-STS and TLS reporting records. (Hearth looked "
                                               "only at the DNS records, not the policy file on your web server.)",
                                               domain=rec.domain))
    if _null_mx(rec.mx) or rec.mx.missing:
        return Item("mta_sts", GOOD, title, N_("{domain} receives no e-mail, so these records are not needed.",
                                               domain=rec.domain))
    hosts = mx_hosts(rec.mx) or ["mail." + rec.domain]
    steps: list[str] = [N_("This is advice, not an alarm: these records protect e-mail sent to you from being read "
                           "or redirected on the way. Most small businesses can do it in a quiet week.")]
    if not rpt:
        record, where = f"v=TLSRPTv1; rua=mailto:tls-reports@{rec.domain}", f"_smtp._tls.{rec.domain}"
        steps += [N_("Start with TLS reports, which change nothing for your e-mail:"), _paste_step(where, record),
                  N_("Make a mailbox or alias called tls-reports@{domain} to receive them.", domain=rec.domain)]
    else:
        record, where = f"v=STSv1; id={today:%Y%m%d}01", f"_mta-sts.{rec.domain}"
    if not sts:
        policy = "version: STSv1 / mode: testing / " + " / ".join(f"mx: {h}" for h in hosts[:4]) + " / max_age: 86400"
        steps += [
            N_("For MTA-STS, your IT person publishes a small text file at https://mta-sts.{domain}/.well-known/"
               "mta-sts.txt with these lines: {policy}", domain=rec.domain, policy=policy),
            N_("Then add the TXT record named {name} with: {record}", name=f"_mta-sts.{rec.domain}",
               record=f"v=STSv1; id={today:%Y%m%d}01"),
            N_("Keep mode: testing until the TLS reports are clean, then change it to mode: enforce."),
        ]
    missing = [w for w, ok in (("MTA-STS", bool(sts)), ("TLS-RPT", bool(rpt))) if not ok]
    return Item("mta_sts", ATTENTION, title,
                N_("{domain} does not publish {missing}. Without it, e-mail sent to you can be quietly made to travel "
                   "unencrypted.", domain=rec.domain, missing=" / ".join(missing)),
                tuple(steps), record, where, needs_it=not sts)


def judge(rec: DomainRecords, today: dt.date) -> Judgement:
    """Judge every record of ``rec``; ``today`` dates the DMARC plan."""
    provider = detect_provider(rec.mx) if rec.mx.ok else OTHER
    items = (
        _judge_mx(rec, provider),
        _judge_spf(rec, provider),
        _judge_dkim(rec, provider),
        _judge_dmarc(rec, provider, today),
        _judge_mta_sts(rec, provider, today),
    )
    return Judgement(rec.domain, provider, items)


_SEVERITY = {("risky", "spf"): Severity.HIGH, ("risky", "dmarc"): Severity.HIGH}


def to_findings(result: Judgement) -> list[Finding]:
    """Checkup findings (source "business") for every item that needs attention or is risky."""
    out = []
    for it in result.items:
        if it.status not in (ATTENTION, RISKY):
            continue
        if it.id == "mta_sts":
            severity = Severity.LOW
        elif it.status == RISKY:
            severity = Severity.HIGH if it.id in ("spf", "dmarc") else Severity.MEDIUM
        else:
            severity = Severity.MEDIUM if it.id in ("spf", "dmarc", "dkim") else Severity.LOW
        fix = it.fix or (N_("Run Hearth's e-mail domain check again after the change."),)
        out.append(Finding(
            check_id=CHECK_PREFIX + it.id,
            subject=Subject.HOUSEHOLD,
            severity=severity,
            title=N_("E-mail domain {domain}: {item}", domain=result.domain, item=it.title),
            why=it.detail,
            fix=fix,
            evidence=(N_("status: {status}", status=it.status),) + ((it.record,) if it.record else ()),
            effort_minutes=60 if it.needs_it else 20,
            subject_ref=result.domain,
        ))
    return out


def checked_ids(result: Judgement) -> list[str]:
    """Check ids this run really judged (an unknown item must not mark an old finding fixed)."""
    return [CHECK_PREFIX + it.id for it in result.items if it.status != UNKNOWN]


# ---------------------------------------------------------------------------------------------
# comparing a re-check with the check before it

FIXED, BETTER, WORSE, SAME, NEW, UNCHECKED = "fixed", "better", "worse", "same", "new", "unchecked"


def changes(before: Sequence[Item], after: Sequence[Item]) -> dict[str, str]:
    """For each item of ``after``, how it moved since ``before``.

    ``fixed``: it needed work (attention or risky) and is good now; ``better`` / ``worse``: its
    status moved (risky <-> attention, or good -> anything else); ``same``; ``new``: not judged
    before (absent or unknown then); ``unchecked``: judged before but unknown now (a look-up failed:
    nothing is claimed, least of all a fix).
    """
    old = {it.id: it.status for it in before}
    out = {}
    for it in after:
        was = old.get(it.id)
        if it.status == UNKNOWN:
            out[it.id] = SAME if was in (None, UNKNOWN) else UNCHECKED
        elif was is None or was == UNKNOWN:
            out[it.id] = NEW
        elif was == it.status:
            out[it.id] = SAME
        elif it.status == GOOD:
            out[it.id] = FIXED
        elif was == GOOD or _RANK[it.status] > _RANK[was]:
            out[it.id] = WORSE
        else:
            out[it.id] = BETTER
    return out

