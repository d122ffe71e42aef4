"""Finding links in text and the red flags in a link itself (no link is ever fetched)."""

from __future__ import annotations

import functools
import ipaddress
import re
import threading
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from checks import confusables, idn
from checks.i18n import N_

from ._data import (
    BARE_DOMAIN_TLDS,
    BRANDS,
    CHAT_LINK_DOMAINS,
    FREE_HOSTING,
    FREE_MAIL,
    KNOWN_SITES,
    LURE_DOMAIN_WORDS,
    NEAR_BRAND_WORDS,
    RESTRICTED_SUFFIXES,
    RISKY_TLDS_HIGH,
    RISKY_TLDS_MEDIUM,
    SCAM_DOMAIN_WORDS,
    SHORT_EXACT_ONLY,
    SHORTENERS,
    TUNNEL_HOSTS,
)

_EXTRACTOR = None
_EXTRACTOR_LOCK = threading.Lock()


def _extractor():
    """tldextract with the bundled public-suffix snapshot only: never any network, never a cache on disk."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        with _EXTRACTOR_LOCK:
            if _EXTRACTOR is None:
                import tldextract

                _EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    return _EXTRACTOR


@dataclass(frozen=True)
class UrlHit:
    start: int  # scan offsets
    end: int
    url: str  # as written (from the scan string, re-fanged)


@dataclass(frozen=True)
class UrlFlag:
    code: str
    points: int
    message: str


@dataclass
class UrlInfo:
    url: str
    host: str
    registrable: str  # e.g. paypal.com, or the IP / host when there is no public suffix
    official_brand: str | None
    flags: list[UrlFlag]
    is_chat_link: bool = False


_URL_CHARS = r"[^\s<>\"'`{}|\\^\[\]]"
_URL_RE = re.compile(
    r"(?:(?:https?|ftp):/{1,3}|www\d{0,3}\.)" + _URL_CHARS + r"+"
    # a scheme broken to slip past filters, or by copying: "http//site.com", "hxxps://site.com"
    r"|\b(?:https?//|hxxps?:?//)[a-z0-9]" + _URL_CHARS + r"+"
    r"|(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?::\d{2,5})?/" + _URL_CHARS + r"*"
    r"|\b(?:data:[a-z]+/[a-z0-9.+-]+[;,]|javascript:|file://)" + _URL_CHARS + r"+"
    r"|\b(?:whatsapp|tg)://" + _URL_CHARS + r"+"  # chat-app links ("whatsapp://chat/?code=...")
    r"|(?<![\w:/.])//[a-z0-9_][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.[a-z]{2,24}/" + _URL_CHARS + r"*"  # "//site.de/x", no scheme
    r"|(?<![\w@.\-/])(?:[a-z0-9](?:[a-z0-9-]{0,62})\.)+(?P<tld>[a-z]{2,24})(?::\d{2,5})?(?:/" + _URL_CHARS + r"*)?(?![\w@])",
    re.IGNORECASE,
)
_TRAIL = ".,;:!?)]}'\"*>"
MAX_URLS = 50  # look closely at this many links; count the rest


_MERCHANT_BEFORE = re.compile(r"([$£€₹]\s?\d[\d,.]*|\d[\d,.]*\s?(€|EUR|USD|GBP))([^$£€₹\n]{0,20})\b(at|AT|to|TO|from|FROM|en|EN)\s+$")
_ASKS_TO_PAY = re.compile(r"\b(pay|fee|fine|toll|due|balance|owe|owed|pending|unpaid|pagar|tasa|multa)\b", re.I)


def _merchant_name(scan: str, start: int, url: str) -> bool:
    """'a purchase of $89.00 at STEAMGAMES.COM', 'a payment of £64.99 to ASOS.COM': the shop's name in a card alert,
    written in capitals, is not a link to visit. A fee to pay at a site ('your $3.99 fee at USPS-FEE.COM') is a link,
    and so is any hyphenated name."""
    if not url.isupper() or "/" in url or "-" in url:
        return False
    m = _MERCHANT_BEFORE.search(scan, max(0, start - 40), start)
    return m is not None and not _ASKS_TO_PAY.search(m.group(3))


def find_urls(scan: str) -> list[UrlHit]:
    hits: list[UrlHit] = []
    for m in _URL_RE.finditer(scan):
        url = m.group(0)
        start, end = m.start(), m.end()
        while url and url[-1] in _TRAIL:
            if url[-1] == ")" and url.count("(") >= url.count(")"):
                break
            url = url[:-1]
            end -= 1
        if not url:
            continue
        tld = m.group("tld")
        if tld is not None:
            # A bare "word.word": accept only with a plausible link TLD, written in one case,
            # and not a sentence joined without a space ("home.Are"). Known link shorteners, free
            # hosts and tunnels ("rb.gy/x", "abc.loca.lt") are links whatever their ending.
            bare_host = url.split("/")[0].split(":")[0].lower()
            if _is_service_host(bare_host):
                hits.append(UrlHit(start, end, url))
                continue
            if tld.lower() not in BARE_DOMAIN_TLDS:
                continue
            if _merchant_name(scan, start, url):
                continue  # "a purchase of $89.00 at STEAMGAMES.COM": the shop's name in a card alert, not a link
            if not (tld.islower() or tld.isupper()) and not re.match(r"[^/\s]+/[A-Za-z0-9_-]{4,}", url):
                # "home.Are" is a sentence joined without a space; "fPBJf.Com/tJymz54anP" (odd letter case
                # and a path) is a link written to slip past filters.
                continue
            if len(url.split("/")[0].split(".")[-2]) < 2 and "/" not in url:
                continue
            host_part = url.split("/")[0]
            if host_part[:1].isdigit() and re.fullmatch(r"[\d.]+", host_part.split(":")[0].rsplit(".", 1)[0]):
                continue  # "5.30pm"-style numbers
            if "." not in host_part:
                continue
            if not _extractor()(host_part).suffix:
                continue
        hits.append(UrlHit(start, end, url))
    return hits


def _host_in(host: str, domains: frozenset[str]) -> str | None:
    """The entry of ``domains`` that ``host`` is, or is under ("x.loca.lt" -> "loca.lt")."""
    labels = host.split(".")
    for i in range(len(labels) - 1):
        cand = ".".join(labels[i:])
        if cand in domains:
            return cand
    return None


def _is_service_host(host: str) -> bool:
    return bool(_host_in(host, SHORTENERS) or _host_in(host, FREE_HOSTING) or _host_in(host, TUNNEL_HOSTS))


def _split(url: str):
    low = url.strip()
    low = re.sub(r"^(https?):/{1,3}", r"\1://", low, flags=re.I)
    low = re.sub(r"^(?:h(?:tt|xx)p(s?)):?//", r"http\1://", low, flags=re.I)  # "http//x.com", "hxxps://x.com"
    low = re.sub(r"^whatsapp://", "https://chat.whatsapp.com/", low, flags=re.I)
    low = re.sub(r"^tg://", "https://t.me/", low, flags=re.I)
    if low.startswith("//"):
        low = "http:" + low
    if not re.match(r"^[a-z][a-z0-9+.-]*://", low, re.I) or low.lower().startswith("www"):
        low = "http://" + low
    try:
        parts = urlsplit(low)
    except ValueError:
        return None
    return parts


def _host_of(netloc: str) -> tuple[str, bool, str | None]:
    """(host, had_userinfo, port)"""
    had_at = "@" in netloc
    hostport = netloc.rsplit("@", 1)[-1]
    port = None
    if hostport.startswith("["):
        host, _, rest = hostport[1:].partition("]")
        if rest.startswith(":"):
            port = rest[1:]
        return host, had_at, port
    if hostport.count(":") == 1:
        hostport, port = hostport.split(":")
    return hostport.strip(".").lower(), had_at, port


def _ip_host(host: str) -> bool:
    if not host:
        return False
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    if re.fullmatch(r"\d{8,10}", host):  # decimal IP (http://3232235777)
        return True
    if re.fullmatch(r"0x[0-9a-f]{6,8}", host):
        return True
    return bool(re.fullmatch(r"(0x[0-9a-f]{1,2}|\d{1,3}|0[0-7]{1,3})(\.(0x[0-9a-f]{1,2}|\d{1,3}|0[0-7]{1,3})){3}", host))


_OFFICIAL: dict[str, str] = {}
_TOKENS: list[tuple[str, str]] = []  # (token, brand)
for _brand, (_cat, _tokens, _domains) in BRANDS.items():
    for _d in _domains:
        _OFFICIAL.setdefault(_d, _brand)
    for _t in _tokens:
        _TOKENS.append((_t.replace("-", ""), _brand))
_TOKEN_SET = {t for t, _ in _TOKENS}
# Brand names that are also ordinary words or very short: matched exactly only, never by spelling distance.
_NO_FUZZY = frozenset({"lowes", "chime", "coned", "icici", "temu", "seur", "uber", "lyft", "xbox", "shein", "hilton",
                       "adobe", "yahoo", "turnpike", "orangeespana"})
_LEET_HOST = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"})


# A US school district's site: 'lincoln.k12.ca.us', or a district name ending in k12 ('dpsk12.org').
_K12 = re.compile(r"\.k12\.[a-z]{2}\.us$|^[a-z]{2,}k12\.(org|net|us)$")


def _restricted(registrable: str) -> bool:
    """A site under a suffix only public bodies and schools can register (irs.gov, nhs.uk, lincoln.k12.ca.us)."""
    if "." not in registrable:
        return False
    if _K12.search(registrable):
        return True
    suffix = registrable.split(".", 1)[1]
    return suffix in RESTRICTED_SUFFIXES or registrable in RESTRICTED_SUFFIXES


def official_brand_for(registrable: str, host: str = "") -> str | None:
    if registrable in _OFFICIAL:
        return _OFFICIAL[registrable]
    if registrable in KNOWN_SITES or _restricted(registrable):
        return registrable
    return _brand_of_host(host)


def _brand_of_host(host: str) -> str | None:
    """The brand whose own domain ``host`` is under ('mail.paypal.com': PayPal), else None."""
    labels = host.split(".")
    for i in range(len(labels) - 1):
        b = _OFFICIAL.get(".".join(labels[i:]))
        if b:
            return b
    return None


def _damerau(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance, stopping early above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
            best = min(best, cur[j])
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[len(b)]


def _brand_in_label(label: str) -> str | None:
    """A brand token written into a domain label together with other words ("usps-redelivery", "chaseverify")."""
    parts = [p for p in re.split(r"[-_\d]+", label) if p]
    for token, brand in _TOKENS:
        if token in parts and len(parts) > 1:
            return brand
        if len(token) >= 4 and token in label and label not in NEAR_BRAND_WORDS:
            rest = label.replace(token, " ", 1).replace("-", " ").split()
            if rest and all(r.strip("0123456789") in SCAM_DOMAIN_WORDS or r.isdigit() for r in rest):
                return brand
    return None


def _lookalike(label: str) -> str | None:
    """A domain label one or two typing steps away from a brand ("paypa1", "amaz0n", "appel", "rnicrosoft")."""
    if label in NEAR_BRAND_WORDS or label in _TOKEN_SET:
        return None
    cand = set()
    for part in {label} | set(p for p in re.split(r"[-_]+", label) if len(p) >= 5):
        cand |= {part, part.translate(_LEET_HOST), part.replace("rn", "m").replace("vv", "w")}
    for token, brand in _TOKENS:
        if len(token) < 5 or token in _NO_FUZZY:
            continue
        for c in cand:
            if c == token and c != label:
                return brand
            limit = 1 if len(token) <= 8 else 2
            if abs(len(c) - len(token)) > limit or c == token or len(set(c) ^ set(token)) > 2 * limit:
                continue
            if _damerau(c, token, limit) <= limit:
                if c[0] != token[0] and c[-1] != token[-1]:
                    continue
                return brand
    return None


@functools.lru_cache(maxsize=512)
def analyse_url(url: str, original: str) -> UrlInfo:
    """Red flags in one link. ``original`` is the text as the user wrote it (may hold look-alike letters)."""
    flags: list[UrlFlag] = []
    low = url.lower()
    if low.startswith(("javascript:", "data:", "file:")):
        flags.append(UrlFlag("url_dangerous_scheme", 40, N_("This is not a normal web link: it runs code or opens a file when clicked.")))
        return UrlInfo(url, "", "", None, flags)
    parts = _split(url)
    if parts is None:
        return UrlInfo(url, "", "", None, flags)
    netloc = parts.netloc
    host, had_at, port = _host_of(netloc)
    orig_host = host
    # Look-alike letters or non-Latin letters in the host as originally written.
    o_parts = _split(original)
    if o_parts is not None:
        try:
            orig_host = _host_of(o_parts.netloc)[0]
        except ValueError:
            pass
    nonascii = any(ord(c) > 127 for c in orig_host)
    if nonascii:
        fakes = [c for c in orig_host if confusables.in_host_name(c)]  # Unicode TR39 confusables
        if fakes:
            names = ", ".join(sorted({unicodedata.name(c, "?").title() for c in fakes}))
            flags.append(UrlFlag("url_homoglyph", 40, N_("The web address uses letters from another alphabet that look like normal letters "
                                                         "({names}), a trick to copy a real site's name.", names=names)))
        else:
            flags.append(UrlFlag("url_idn", 15, N_("The web address is written with unusual (non-English) characters, which can disguise where it really goes.")))
    if "xn--" in host:
        shown = host
        try:
            shown = idn.to_unicode(host)
        except Exception:  # noqa: BLE001 - any bad punycode is itself suspicious
            pass
        disguised = any(confusables.in_host_name(c) for c in shown)
        flags.append(UrlFlag("url_punycode", 40 if disguised else 20,
                             N_("The web address is an encoded international name (it really reads \"{shown}\"), a common "
                                "way to fake a familiar name.", shown=shown)))
    if had_at:
        flags.append(UrlFlag("url_at_sign", 35, N_("The link has an '@' before the address: everything before it is ignored, so the real site is not the one it seems.")))
    if _ip_host(host):
        flags.append(UrlFlag("url_ip_host", 30, N_("The link goes to a bare number (an IP address) instead of a company's web name; real companies don't do that.")))
        if re.search(r"log-?in|sign-?in|verify|account|password|secure|update|bank|pay|wallet", (parts.path or "").lower()):
            flags.append(UrlFlag("url_login_words", 10, N_("The address is about signing in, verifying or paying, which is what fake sites ask for.")))
        return UrlInfo(url, host, host, None, flags)
    if not host:
        return UrlInfo(url, host, host, None, flags)
    ext = _extractor()(host, include_psl_private_domains=True)
    pub = _extractor()(host)
    registrable = pub.top_domain_under_public_suffix if hasattr(pub, "top_domain_under_public_suffix") else pub.registered_domain
    registrable = registrable or host
    suffix = pub.suffix
    tld = suffix.rsplit(".", 1)[-1] if suffix else ""
    official = official_brand_for(registrable, host)
    is_chat = registrable in CHAT_LINK_DOMAINS or host in CHAT_LINK_DOMAINS
    if is_chat:
        flags.append(UrlFlag("url_chat_link", 6, N_("The link moves the conversation to a chat app, where scammers are harder to trace.")))
    tunnel = _host_in(host, TUNNEL_HOSTS)
    free = _host_in(host, FREE_HOSTING)
    path_low = (parts.path or "").lower()
    if free is None and host == "docs.google.com" and path_low.startswith("/forms"):
        free = "Google Forms"
    if free is None and not official and ext.is_private and ext.suffix:
        free = ext.suffix
    if official and not free and not tunnel and all(f.code == "url_chat_link" for f in flags):
        return UrlInfo(url, host, registrable, official, flags, is_chat)
    hosted_on_official = bool(official and (free or tunnel))
    if hosted_on_official:
        official = None  # a page anyone can make on a big company's hosting service is not that company's site
    if registrable in SHORTENERS or host in SHORTENERS:
        flags.append(UrlFlag("url_shortener", 12, N_("The link is shortened, which hides where it really goes.")))
    if tunnel:
        flags.append(UrlFlag("url_tunnel", 25, N_("The link goes through a temporary tunnel ({tunnel}) to someone's own computer, which "
                                                  "scammers use for fake pages that vanish after a few hours.", tunnel=tunnel)))
        free = free or tunnel
    elif free:
        flags.append(UrlFlag("url_free_hosting", 15, N_("The page is on a free website service ({free}) that anyone can use; real banks and "
                                                        "agencies don't use them.", free=free)))
    shortener = any(f.code == "url_shortener" for f in flags)
    if shortener:
        pass
    elif tld in RISKY_TLDS_HIGH:
        flags.append(UrlFlag("url_risky_tld", 15, N_("The address ends in .{tld}, an ending used by many scam sites.", tld=tld)))
    elif tld in RISKY_TLDS_MEDIUM and not free:
        flags.append(UrlFlag("url_risky_tld", 6, N_("The address ends in .{tld}, an ending often used by throw-away sites.", tld=tld)))
    # Brands in the wrong place.
    label = pub.domain.lower()
    sub_labels = [s for s in pub.subdomain.lower().split(".") if s and s != "www"]
    brand_flag = False
    if hosted_on_official:
        sub_labels = [s for s in sub_labels if s not in ("sites", "storage", "s3", "firebasestorage", "forms", "docs", "script")]
    if not official:
        brand: str | None
        if hosted_on_official:
            pass  # the site name is the hosting company's own; only the parts in front of it can mislead
        elif label in _TOKEN_SET and (label not in SHORT_EXACT_ONLY or len(label) >= 3):
            brand = next(b for t, b in _TOKENS if t == label)
            flags.append(UrlFlag("url_brand_wrong_domain", 35, N_("The address uses the name {brand} but is not {brand}'s real website (.{suffix} instead).", brand=brand, suffix=suffix)))
            brand_flag = True
        else:
            brand = _brand_in_label(label)
            if brand:
                flags.append(UrlFlag("url_brand_in_domain", 30, N_("The address puts the name {brand} inside a different website's name; it is not "
                                                                   "{brand}'s real site.", brand=brand)))
                brand_flag = True
            else:
                brand = _lookalike(label)
                if brand:
                    flags.append(UrlFlag("url_lookalike", 40, N_("The address looks like {brand}'s but is spelled slightly differently, a trick to fool "
                                                                 "you.", brand=brand)))
                    brand_flag = True
        if not brand_flag:
            for s in sub_labels:
                sb = None
                if s in _TOKEN_SET or s.replace("-", "") in _TOKEN_SET:
                    sb = next(b for t, b in _TOKENS if t in (s, s.replace("-", "")))
                else:
                    sb = _brand_in_label(s)
                if sb is None and s in ("com", "co", "gov", "org", "net"):
                    sb = N_("a well-known company")
                if sb:
                    flags.append(UrlFlag("url_deceptive_subdomain", 35, N_("The address starts with {sb}'s name, but the real website is {registrable}: the first "
                                                                           "part is a disguise.", sb=sb, registrable=registrable)))
                    brand_flag = True
                    break
        if not brand_flag and re.match(r"^(?:[a-z0-9-]+\.)*(?:com|gov|org|net)-", host):
            flags.append(UrlFlag("url_deceptive_subdomain", 30, N_("The address is made to look like a '.com' or '.gov' site, but the real website is "
                                                                   "{registrable}.", registrable=registrable)))
            brand_flag = True
        if not brand_flag:
            labels = [label] if not free else []
            labels += [s for s in sub_labels if "-" in s]
            for name in labels:
                words = [w for w in re.split(r"[-_]+", name) if w]
                lure = [w for w in words if w.strip("0123456789") in LURE_DOMAIN_WORDS]
                if len(words) >= 2 and len(lure) >= 2:
                    first, second = lure[0], lure[1]
                    flags.append(UrlFlag("url_scam_words", 15, N_("The web address strings together words like '{first}' and '{second}', the way "
                                                                  "throw-away scam sites are named.", first=first, second=second)))
                    break
    # Structure.
    path = parts.path or ""
    q = (path + "?" + (parts.query or "")).lower()
    login_words = re.search(r"log-?in|sign-?in|verify|verification|validate|unlock|secure|account|password|wallet|update|confirm|billing|payment|\bpay\b|banking", host + q)
    explicit_http = url.lower().startswith("http:")
    if explicit_http and login_words and not official:
        flags.append(UrlFlag("url_http_login", 15, N_("The link asks for sign-in or payment details over an unencrypted (http) connection.")))
    elif login_words and free:
        flags.append(UrlFlag("url_login_on_free_host", 20, N_("A sign-in or payment page on a free website service is a classic fake login page.")))
    elif login_words and flags:
        flags.append(UrlFlag("url_login_words", 5, N_("The address is about signing in, verifying or paying, which is what fake sites ask for.")))
    if len(sub_labels) >= 3 or len(host) > 50 or label.count("-") >= 3:
        flags.append(UrlFlag("url_complex_host", 8, N_("The web address is unusually long or has many parts, which is often used to hide the real site.")))
    if port and port not in ("80", "443"):
        flags.append(UrlFlag("url_odd_port", 8, N_("The link uses an unusual port ({port}), something real company sites rarely do.", port=port)))
    if re.search(r"%[46][0-9a-f]|%[57][0-9a]", netloc, re.I):
        flags.append(UrlFlag("url_encoded_host", 10, N_("Part of the web address is encoded to hide its letters.")))
    if re.search(r"\.(apk|exe|scr|msi|bat|js|vbs|iso|dmg|pkg|jar|lnk)(?:$|\?)", path.lower()):
        flags.append(UrlFlag("url_file_download", 30, N_("The link downloads a program or app file directly; installing it could take over your device.")))
    return UrlInfo(url, host, registrable, official, flags, is_chat)


def registrable_domain(host: str) -> str:
    """The part of ``host`` anyone can register ('mail.paypal.co.uk': 'paypal.co.uk'), lower-cased; ``host`` itself
    when the public-suffix list can't tell."""
    if not host:
        return ""
    ext = _extractor()(host)
    reg = ext.top_domain_under_public_suffix if hasattr(ext, "top_domain_under_public_suffix") else ext.registered_domain
    return (reg or host).lower()


def official_email(address: str) -> str | None:
    """The brand whose own domain an e-mail address is at ('dse@docusign.net': DocuSign), else None. Free mail
    ('@gmail.com', although Google's) and other known sites don't count: anyone can have an address there."""
    host = address.rsplit("@", 1)[-1].lower().rstrip(".")
    registrable = registrable_domain(host)
    if registrable in FREE_MAIL:
        return None
    return _OFFICIAL.get(registrable) or _brand_of_host(host)
