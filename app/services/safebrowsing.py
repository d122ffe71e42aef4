"""Google Safe Browsing v4 Lookup: is a link on Google's lists of dangerous sites?

``POST {base}/v4/threatMatches:find?key=KEY`` with up to 500 URLs; a hit lists the
URL under ``matches``; no match is ``{}`` (PROTOCOLS.md §3.1). The key comes from
the keyring (``safe_browsing``) and never appears in a message or the ledger.

Also home of :class:`Listing`, the answer every link-checking service gives.
"""

from __future__ import annotations

import dataclasses
import json
import urllib.parse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import requests

from app.errors import ServiceError
from app.services.http import describe_refusal
from checks.base import CancelToken
from checks.i18n import N_, NP_, Msg

if TYPE_CHECKING:
    from app.core import Hearth

TIMEOUT = (5.0, 20.0)  # (connect, read) seconds
SERVICE = "safe_browsing"
LABEL = "Google Safe Browsing"
MAX_PER_REQUEST = 500
CLIENT = {"clientId": "hearth", "clientVersion": "0.1.0"}
THREAT_TYPES = ["MALWARE", "SOCIAL_ENGINEERING", "UNWANTED_SOFTWARE", "POTENTIALLY_HARMFUL_APPLICATION"]

#: status values of a Listing, strongest first
LISTED = "listed"  # on the service's list of dangerous links
FLAGGED = "flagged"  # some warning signs, not a firm listing
NOT_LISTED = "not_listed"  # the service knows nothing bad about it (not the same as safe)
UNKNOWN = "unknown"  # the service has never seen it


@dataclasses.dataclass(frozen=True)
class Listing:
    """What one service said about one link.

    Attributes:
        service: the service name ("urlhaus", ...).
        url: the link that was looked up.
        status: LISTED, FLAGGED, NOT_LISTED or UNKNOWN.
        threat: a short plain word for the kind of danger ("phishing", "malware"), or "".
        detail: one plain sentence for the user.
        reference: a page at the service about this entry, if any.
    """

    service: str
    url: str
    status: str
    threat: str = ""
    detail: str = ""
    reference: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


_THREAT_WORDS = {
    "MALWARE": N_("malware"),
    "SOCIAL_ENGINEERING": N_("phishing (a trick site)"),
    "UNWANTED_SOFTWARE": N_("unwanted software"),
    "POTENTIALLY_HARMFUL_APPLICATION": N_("a harmful app"),
}


def read_json(service: str, label: str, response: requests.Response) -> Any:
    """The JSON body of a 2xx response, or a plain ServiceError for HTML, garbage or truncation."""
    ctype = (response.headers.get("Content-Type") or "").lower()
    body = response.content or b""
    if "html" in ctype or body.lstrip()[:1] == b"<":
        raise ServiceError(
            N_("{label} answered with a web page instead of data.", label=label),
            hint=N_("The service address may be wrong, or a network login page is in the way. Try again later."),
            service=service,
        )
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ServiceError(
            N_("{label} sent an answer Hearth could not read.", label=label),
            hint=N_("Try again later. The check on this computer still counts."),
            service=service,
        ) from None


def normalise_url(url: str) -> str:
    """A loose form for comparing links: lower-case scheme and host, no fragment, "/" for an empty path."""
    url = (url or "").strip()
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return url
    if not parts.scheme and not parts.netloc:
        parts = urllib.parse.urlsplit("http://" + url)
    path = parts.path or "/"
    return urllib.parse.urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def unreadable(service: str, label: str) -> ServiceError:
    return ServiceError(
        N_("{label} sent an answer Hearth could not read.", label=label),
        hint=N_("Try again later. The check on this computer still counts."),
        service=service,
    )


def lookup(hearth: Hearth, urls: Sequence[str], *, key: str, cancel: CancelToken | None = None) -> list[Listing]:
    """Look ``urls`` up; returns one Listing per URL (LISTED or NOT_LISTED)."""
    urls = list(dict.fromkeys(u for u in urls if u))
    if not urls:
        return []
    session = hearth.session(SERVICE, cancel=cancel, timeout=TIMEOUT)
    base = hearth.service_url(SERVICE)
    found: dict[str, set[str]] = {}
    try:
        for i in range(0, len(urls), MAX_PER_REQUEST):
            chunk = urls[i : i + MAX_PER_REQUEST]
            n = len(chunk)
            body = {
                "client": CLIENT,
                "threatInfo": {
                    "threatTypes": THREAT_TYPES,
                    "platformTypes": ["ANY_PLATFORM"],
                    "threatEntryTypes": ["URL"],
                    "threatEntries": [{"url": u} for u in chunk],
                },
            }
            response = session.post(
                f"{base}/v4/threatMatches:find",
                params={"key": key},
                json=body,
                purpose=NP_("check {n} link against Google Safe Browsing", "check {n} links against Google Safe Browsing", n=n),
            )
            if response.status_code != 200:
                raise describe_refusal(SERVICE, response)
            data = read_json(SERVICE, LABEL, response)
            if not isinstance(data, dict):
                raise unreadable(SERVICE, LABEL)
            matches = data.get("matches") or []
            if not isinstance(matches, list):
                raise unreadable(SERVICE, LABEL)
            for m in matches:
                if not isinstance(m, dict):
                    continue
                threat = m.get("threat")
                url = threat.get("url") if isinstance(threat, dict) else None
                if isinstance(url, str):
                    found.setdefault(normalise_url(url), set()).add(str(m.get("threatType") or ""))
    finally:
        session.close()
    out = []
    for url in urls:
        types = found.get(normalise_url(url))
        if types:
            words = Msg.join(", ", sorted(_THREAT_WORDS.get(t, N_("a dangerous site")) for t in types))
            out.append(Listing(SERVICE, url, LISTED, words, N_("Google Safe Browsing lists this link as {words}.", words=words)))
        else:
            out.append(Listing(SERVICE, url, NOT_LISTED, "", N_("Google Safe Browsing does not list this link.")))
    return out
