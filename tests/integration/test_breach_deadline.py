"""Issue 15: every command that asks breach services one after the other ends within 30 s in all.

``password import --breach`` asks Pwned Passwords (10 s deadline) and then the HIBP catalogue (30 s);
``breach email`` may wait for the key's rate-limit slot before its look-up. Each runs inside one
``http.overall_deadline()``, so the later call gets only what is left of the shared 30 s. The tests
lower every deadline to 1 s (HEARTH_HTTP_DEADLINE) and show, against silent loopback servers, that
the second service is not even contacted once the first has spent the shared budget: no timing.
"""

from __future__ import annotations

import argparse
import hashlib
import time

import pytest

from app import passwords
from app.commands import breach as breach_command
from app.core import Hearth
from app.errors import ServiceError
from app.services import hibp, http, pwned
from tests.integration.test_deadlines import Trickle


@pytest.fixture
def silent(monkeypatch: pytest.MonkeyPatch):
    """Two loopback servers that accept the request and never answer."""
    monkeypatch.setenv("HEARTH_HTTP_DEADLINE", "1")
    servers = {name: Trickle(head=b"", gap=None, before_headers=True) for name in ("pwned", "hibp")}
    monkeypatch.setenv("HEARTH_PWNED_PASSWORDS_URL", servers["pwned"].url)
    monkeypatch.setenv("HEARTH_HIBP_URL", servers["hibp"].url)
    yield servers
    for server in servers.values():
        server.close()


CSV = b"name,url,username,password\nA,https://a.example,d,Autumn2019!\nB,https://b.example,e,Winter2020?\n"


def test_import_with_breach_shares_one_deadline(hearth: Hearth, silent: dict[str, Trickle]) -> None:
    member = hearth.members.add("Sam", role="adult")
    result = passwords.import_csv(hearth, member.id, CSV, breach=True)
    assert silent["pwned"].connections >= 1  # Pwned Passwords was asked and spent the whole budget
    # the catalogue got what was left of the shared deadline (nothing), so it never connected:
    # on its own 30 s it would have waited on the silent server again
    assert silent["hibp"].connections == 0
    notes = " ".join(str(n) for n in result.to_dict()["notes"])
    assert "Breach check not done" in notes and "could not be updated" in notes
    assert notes.count("took too long") == 2
    outcomes = [(e.service, e.outcome) for e in hearth.ledger.entries()]
    assert ("hibp", "took too long") in outcomes and ("pwned_passwords", "took too long") in outcomes
    assert http.time_left() is None  # the block is closed again


def test_check_with_breach_ends_at_the_deadline(hearth: Hearth, silent: dict[str, Trickle]) -> None:
    with pytest.raises(ServiceError, match="took too long"):
        passwords.check_password(hearth, "Autumn2019!", breach=True)
    assert silent["pwned"].connections == 1 and silent["hibp"].connections == 0


def test_breach_email_counts_the_rate_limit_wait_in_the_deadline(
    hearth: Hearth, silent: dict[str, Trickle], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = "f" * 32
    hearth.secrets.set("hibp", key)
    hearth.settings.set(hibp.HIBP_RATE, 10)  # one call every 6 s
    slot = hashlib.sha256(key.encode()).hexdigest()
    # the key's previous call was 4.8 s ago: this one waits ~1.2 s for its slot, more than the 1 s budget
    monkeypatch.setitem(hibp._last_call, slot, time.monotonic() - 4.8)  # noqa: SLF001
    args = argparse.Namespace(address="alice@example.com", json=True)
    with pytest.raises(ServiceError, match="took too long"):
        breach_command._email(args, hearth)  # noqa: SLF001
    assert silent["hibp"].connections == 0  # the wait used the command's budget: no look-up was started


def test_parallel_range_requests_inherit_the_overall_deadline(hearth: Hearth) -> None:
    """The range requests run in worker threads; the enclosing deadline must reach them."""
    seen: list[float | None] = []

    class Recording(pwned.PwnedPasswords):
        def _range_guarded(self, prefix: str) -> dict[str, int]:
            seen.append(http.time_left())
            return {}

    hashes = [pwned.sha1_hex(p) for p in ("one", "two", "three", "four")]
    with http.overall_deadline(12.0), Recording(hearth, workers=4) as client:
        client.counts(hashes)
    assert len(seen) == 4
    assert all(left is not None and 0 < left <= 12.0 for left in seen)
    with Recording(hearth, workers=2) as client:
        seen.clear()
        client.counts(hashes)
    assert seen == [None] * 4  # outside a block, no budget
