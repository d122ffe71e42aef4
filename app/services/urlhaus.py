"""URLhaus (abuse.ch): is a link known to spread malware?

``POST {base}/v1/url/`` with the form field ``url`` and the header ``Auth-Key``
(PROTOCOLS.md §3.3). ``query_status`` ``ok`` means the link is in URLhaus;
``no_results`` means URLhaus has never seen it (unknown, not clean).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.errors import ServiceError
from app.services.http import describe_refusal
from app.services.safebrowsing import LISTED, UNKNOWN, Listing, read_json, unreadable
from checks.base import CancelToken
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth

TIMEOUT = (5.0, 20.0)  # (connect, read) seconds
SERVICE = "urlhaus"
LABEL = "URLhaus"
MAX_URLS = 20  # one request per link; more than this in one message is not looked up

_THREATS = {"malware_download": N_("malware")}


def lookup(hearth: Hearth, urls: Sequence[str], *, key: str, cancel: CancelToken | None = None) -> list[Listing]:
    """One Listing per URL (LISTED or UNKNOWN); at most MAX_URLS links are looked up."""
    urls = list(dict.fromkeys(u for u in urls if u))[:MAX_URLS]
    if not urls:
        return []
    base = hearth.service_url(SERVICE)
    out: list[Listing] = []
    session = hearth.session(SERVICE, cancel=cancel, timeout=TIMEOUT)
    try:
        for url in urls:
            response = session.post(
                f"{base}/v1/url/",
                data={"url": url},
                headers={"Auth-Key": key},
                purpose=N_("check a link against URLhaus"),
            )
            if response.status_code != 200:
                raise describe_refusal(SERVICE, response)
            data = read_json(SERVICE, LABEL, response)
            if not isinstance(data, dict):
                raise unreadable(SERVICE, LABEL)
            status = data.get("query_status")
            if status == "ok":
                threat = _THREATS.get(str(data.get("threat") or ""), str(data.get("threat") or N_("malware")).replace("_", " "))
                online = data.get("url_status")
                when = " " + N_("It is still online.") if online == "online" else ""
                out.append(
                    Listing(
                        SERVICE,
                        url,
                        LISTED,
                        threat,
                        N_("URLhaus lists this link as {threat}.", threat=threat) + when,
                        str(data.get("urlhaus_reference") or ""),
                    )
                )
            elif status in ("no_results", "invalid_url"):
                out.append(Listing(SERVICE, url, UNKNOWN, "", N_("URLhaus has no record of this link.")))
            elif status in ("unknown_auth_key", "invalid_auth_key"):
                raise ServiceError(
                    N_("URLhaus refused the request (the key may be missing or wrong)."),
                    hint=N_("Check the URLhaus key in Settings."),
                    service=SERVICE,
                )
            else:
                raise unreadable(SERVICE, LABEL)
    finally:
        session.close()
    return out
