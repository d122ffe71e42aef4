"""Loopback fakes of Pwned Passwords (range API) and HIBP v3, speaking PROTOCOLS.md §1.

``FakePwnedPasswords`` serves ``GET /range/{PREFIX}`` from a dict of known passwords,
adds ``:0`` padding rows when the request carries ``Add-Padding: true``, separates lines
with CRLF and (like the real worker) omits the final newline. Other modes: ``"lf"``
line endings, ``"garbage"`` bodies, 5xx, a ``delay`` per request.

``FakeHibp`` serves ``/breaches`` and ``/breachedaccount/{account}`` with the real
status codes and bodies (404 without body, 401 messages, 429 + retry-after JSON).
"""

from __future__ import annotations

import hashlib
import random
import re
import urllib.parse
from collections.abc import Iterable
from typing import Any

from tests.helpers.fakeserver import ProtocolFake, Reply, Request

ADOBE = {
    "Name": "Adobe", "Title": "Adobe", "Domain": "adobe.com", "BreachDate": "2013-10-04",
    "AddedDate": "2013-12-04T00:00:00Z", "ModifiedDate": "2022-05-15T23:52:49Z", "PwnCount": 152445165,
    "Description": "In October 2013, 153 million Adobe accounts were breached ... <a href=\"https://x\">x</a>",
    "LogoPath": "https://logos.haveibeenpwned.com/Adobe.png", "Attribution": None, "DisclosureUrl": None,
    "DataClasses": ["Email addresses", "Password hints", "Passwords", "Usernames"],
    "IsVerified": True, "IsFabricated": False, "IsSensitive": False, "IsRetired": False, "IsSpamList": False,
    "IsMalware": False, "IsSubscriptionFree": False, "IsStealerLog": False,
}
EXAMPLE_SHOP = {
    "Name": "ExampleShop", "Title": "Example Shop", "Domain": "shop.example", "BreachDate": "2024-03-01",
    "AddedDate": "2024-04-01T00:00:00Z", "PwnCount": 1000,
    "Description": "An <b>example</b> breach.", "DataClasses": ["Email addresses", "Passwords", "Phone numbers"],
    "IsVerified": True, "IsFabricated": False, "IsSpamList": False,
}
OLD_FORUM = {  # an older capture: fewer fields
    "Name": "OldForum", "Title": "Old Forum", "Domain": "forum.example", "BreachDate": "2015-01-01",
    "AddedDate": "2015-02-01T00:00:00Z", "PwnCount": 50, "DataClasses": ["Email addresses", "Usernames"],
    "IsVerified": True,
}
CATALOGUE = [ADOBE, EXAMPLE_SHOP, OLD_FORUM]


def sha1(password: str) -> str:
    return hashlib.sha1(password.encode("utf-8")).hexdigest().upper()  # noqa: S324 - the protocol's hash


class FakePwnedPasswords(ProtocolFake):
    """Pwned Passwords range API on loopback."""

    def __init__(self, known: dict[str, int] | None = None, *, seed: int = 1) -> None:
        self.known: dict[str, int] = {}  # full SHA-1 -> count
        for password, count in (known or {}).items():
            self.add(password, count)
        self.mode = "crlf"  # "crlf" | "lf" | "garbage" | "error"
        self.status = 500
        self.delay = 0.0
        self.script: list[Reply] = []  # replies to give first, in turn (e.g. a 429)
        self.rng = random.Random(seed)
        super().__init__()
        self.server.route("GET", r"/range/(?P<prefix>[^/]*)", self._range)

    def add(self, password: str, count: int) -> None:
        self.known[sha1(password)] = count

    def add_hash(self, full_hash: str, count: int) -> None:
        self.known[full_hash.upper()] = count

    def _range(self, req: Request, match: re.Match[str]) -> Reply:
        prefix = match.group("prefix").upper()
        if len(prefix) != 5:
            return Reply.text("The hash prefix was not in a valid format", 400)
        if not re.fullmatch(r"[0-9A-F]{5}", prefix):
            return Reply.text("The hash prefix was not valid hexadecimal", 400)
        if self.script:
            return self.script.pop(0)
        if self.mode == "error":
            return Reply(self.status, b"Something went wrong.", {"Content-Type": "text/plain"}, delay=self.delay)
        if self.mode == "garbage":
            return Reply(200, b"<html>oops</html>\r\nnot:a:line", {"Content-Type": "text/plain"}, delay=self.delay)
        rows = [(h[5:], n) for h, n in self.known.items() if h.startswith(prefix)]
        # A few real-looking non-matching rows, as the real range always has hundreds.
        rows += [("".join(self.rng.choice("0123456789ABCDEF") for _ in range(35)), self.rng.randint(1, 99))
                 for _ in range(5)]
        padded = (req.header("Add-Padding") or "").lower() == "true"
        if padded:
            rows += [("".join(self.rng.choice("0123456789ABCDEF") for _ in range(35)), 0)
                     for _ in range(10 + self.rng.randint(0, 20))]
        self.rng.shuffle(rows)
        sep = "\r\n" if self.mode == "crlf" else "\n"
        body = sep.join(f"{s}:{n}" for s, n in rows)  # no final newline, like the worker
        headers = {"Content-Type": "text/plain"}
        if padded:
            headers.update({"Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=2678400"})
        return Reply(200, body.encode(), headers, delay=self.delay)


class FakeHibp(ProtocolFake):
    """HIBP v3 on loopback: /breaches and /breachedaccount/{account}."""

    def __init__(self, *, key: str = "0" * 32, catalogue: list[dict[str, Any]] | None = None) -> None:
        self.key = key
        self.catalogue = list(CATALOGUE if catalogue is None else catalogue)
        self.accounts: dict[str, list[str]] = {}  # address (lower) -> breach names
        self.script: list[Reply] = []  # replies to give first for breachedaccount, in turn
        self.catalogue_replies: list[Reply] = []
        super().__init__()
        self.server.route("GET", r"/breaches", self._breaches)
        self.server.route("GET", r"/breachedaccount/(?P<account>.+)", self._account)

    def pwn(self, address: str, names: Iterable[str]) -> None:
        self.accounts[address.strip().lower()] = list(names)

    def _breaches(self, req: Request, match: re.Match[str]) -> Reply:
        if not req.header("User-Agent"):
            return Reply(403, b"")
        if self.catalogue_replies:
            return self.catalogue_replies.pop(0)
        return Reply.json(self.catalogue)

    def _account(self, req: Request, match: re.Match[str]) -> Reply:
        if not req.header("User-Agent"):
            return Reply(403, b"")
        if self.script:
            return self.script.pop(0)
        key = req.header("hibp-api-key")
        if key is None:
            return Reply.text("Access denied due to missing hibp-api-key.", 401)
        if not re.fullmatch(r"[0-9a-fA-F]{32}", key):
            return Reply.text("Access denied due to improperly formed hibp-api-key.", 401)
        if key != self.key:
            return Reply.text("Access denied due to invalid hibp-api-key.", 401)
        account = urllib.parse.unquote(match.group("account")).strip().lower()
        names = self.accounts.get(account)
        if not names:
            return Reply(404, b"")
        by_name = {b["Name"]: b for b in self.catalogue}
        if "truncateResponse=false" in req.query:
            return Reply.json([by_name[n] for n in names])
        return Reply.json([{"Name": n} for n in names])


def rate_limited(seconds: int) -> Reply:
    return Reply.json(
        {"statusCode": 429, "message": f"Rate limit is exceeded. Try again in {seconds} seconds."},
        429,
        **{"retry-after": str(seconds)},
    )
