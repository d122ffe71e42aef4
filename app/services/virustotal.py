"""VirusTotal v3: what dozens of security companies say about a link.

``GET {base}/urls/{id}`` with the header ``x-apikey``; the id is the unpadded URL-safe
base64 of the URL (PROTOCOLS.md §3.6). 404 means VirusTotal has never analysed it
(unknown). Hearth only looks links up; it never submits one for scanning.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.services.http import describe_refusal
from app.services.safebrowsing import FLAGGED, LISTED, NOT_LISTED, UNKNOWN, Listing, read_json, unreadable
from checks.base import CancelToken
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth

TIMEOUT = (5.0, 20.0)  # (connect, read) seconds
SERVICE = "virustotal"
LABEL = "VirusTotal"
MAX_URLS = 4  # the free key allows 4 look-ups a minute


def url_id(url: str) -> str:
    """VirusTotal's id for a URL: unpadded URL-safe base64."""
    return base64.urlsafe_b64encode(url.encode("utf-8")).decode("ascii").rstrip("=")


def _count(stats: dict[str, object], name: str) -> int:
    value = stats.get(name, 0)
    try:
        return max(0, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0


def lookup(hearth: Hearth, urls: Sequence[str], *, key: str, cancel: CancelToken | None = None) -> list[Listing]:
    """One Listing per URL (LISTED, FLAGGED, NOT_LISTED or UNKNOWN); at most MAX_URLS links."""
    urls = list(dict.fromkeys(u for u in urls if u))[:MAX_URLS]
    if not urls:
        return []
    base = hearth.service_url(SERVICE)
    out: list[Listing] = []
    session = hearth.session(SERVICE, cancel=cancel, timeout=TIMEOUT)
    try:
        for url in urls:
            response = session.get(
                f"{base}/urls/{url_id(url)}",
                headers={"x-apikey": key, "Accept": "application/json"},
                purpose=N_("look a link up at VirusTotal"),
            )
            if response.status_code == 404:
                out.append(Listing(SERVICE, url, UNKNOWN, "", N_("VirusTotal has not analysed this link before.")))
                continue
            if response.status_code != 200:
                raise describe_refusal(SERVICE, response)
            data = read_json(SERVICE, LABEL, response)
            inner = data.get("data") if isinstance(data, dict) else None
            attributes = inner.get("attributes") if isinstance(inner, dict) else None
            if not isinstance(attributes, dict):
                raise unreadable(SERVICE, LABEL)
            stats = attributes.get("last_analysis_stats")
            if not isinstance(stats, dict):
                raise unreadable(SERVICE, LABEL)
            malicious = _count(stats, "malicious")
            suspicious = _count(stats, "suspicious")
            total = sum(_count(stats, k) for k in ("harmless", "malicious", "suspicious", "undetected"))
            reference = f"https://www.virustotal.com/gui/url/{url_id(url)}"
            if malicious >= 2:
                out.append(
                    Listing(
                        SERVICE,
                        url,
                        LISTED,
                        "malicious",
                        N_("VirusTotal: {malicious} of {total} security companies say this link is dangerous.", malicious=malicious, total=total),
                        reference,
                    )
                )
            elif malicious or suspicious:
                doubts = malicious + suspicious
                out.append(
                    Listing(
                        SERVICE,
                        url,
                        FLAGGED,
                        "suspicious",
                        N_("VirusTotal: {doubts} of {total} security companies have doubts about this link.", doubts=doubts, total=total),
                        reference,
                    )
                )
            else:
                out.append(
                    Listing(SERVICE, url, NOT_LISTED, "", N_("VirusTotal: none of {total} security companies flag this link.", total=total), reference)
                )
    finally:
        session.close()
    return out
