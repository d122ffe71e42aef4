"""Issue 15 "Must reach" for the scam check, on loopback fakes that misbehave.

- No request of any scam-check service reaches another host through a redirect; the hop is in the
  ledger, and the check still gives the local verdict.
- A check that asks several services waits at most one overall deadline for all of them together
  (30 s; HEARTH_HTTP_DEADLINE lowers it to 1 s here): once a silent server has used it up, the
  services after it are not asked at all (the silent server sees one connection, nothing else does).
"""

from __future__ import annotations

import pytest

from app import scam
from app.core import Hearth
from app.services import http
from tests.helpers.fakeserver import FakeServer, Reply
from tests.integration.test_deadlines import Trickle

MESSAGE = "Your parcel is held. Pay the fee at http://paypa1-secure.example/pay today."

# service -> (environment variable, method, path the client calls)
SERVICES = {
    "safe_browsing": ("HEARTH_SAFE_BROWSING_URL", "POST", r"/v4/threatMatches:find"),
    "urlhaus": ("HEARTH_URLHAUS_URL", "POST", r"/v1/url/"),
    "virustotal": ("HEARTH_VIRUSTOTAL_URL", "GET", r"/urls/.*"),
    "feeds": ("HEARTH_FEEDS_URL", "GET", r"/.*"),
    "llm": ("HEARTH_LLM_URL", "POST", r"/v1/chat/completions"),
}


@pytest.mark.parametrize("status", [302, 307])
@pytest.mark.parametrize("service", list(SERVICES))
def test_no_scam_service_follows_a_redirect_to_another_host(
    hearth: Hearth, monkeypatch: pytest.MonkeyPatch, service: str, status: int
) -> None:
    env, method, path = SERVICES[service]
    with FakeServer() as origin, FakeServer() as other:
        other.route(method, r"/.*", Reply.json({"stolen": True}))
        origin.route(method, path, Reply(status, b"", {"Location": other.url.replace("127.0.0.1", "localhost") + "/x"}))
        monkeypatch.setenv(env, origin.url)
        monkeypatch.setenv("HEARTH_LLM_MODEL", "test-model")
        info = scam.SERVICES[service]
        if info.key_name and not info.key_optional:
            hearth.secrets.set(info.key_name, "test-key-123")
        scam.set_service_enabled(hearth, service, True)
        result = scam.check(hearth, MESSAGE, region="GB")
        assert other.requests == []
        assert origin.requests  # the service was asked, once per link or feed
    assert result.verdict == result.local_verdict or result.verdict in ("scam", "suspicious")
    refused = [e for e in hearth.ledger.entries() if e.service == service and e.status == status]
    assert refused and all("refused" in e.outcome for e in refused)
    if service != "feeds":  # the feeds keep their previous copy quietly; the others say what happened
        (source,) = [s for s in result.sources if s["service"] == service]
        assert source["status"] == "failed" and "did not follow" in source["message"]


def test_a_silent_server_uses_the_one_deadline_of_the_whole_check(
    hearth: Hearth, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEARTH_HTTP_DEADLINE", "1")
    monkeypatch.setenv("HEARTH_LLM_MODEL", "test-model")
    server = Trickle(head=b"", gap=None, before_headers=True)  # accepts, then never answers
    try:
        for service in ("urlhaus", "virustotal", "llm"):
            monkeypatch.setenv(SERVICES[service][0], server.url)
            scam.set_service_enabled(hearth, service, True)
        hearth.secrets.set("urlhaus", "k1")
        hearth.secrets.set("virustotal", "k2")
        result = scam.check(hearth, MESSAGE, region="GB")
        connections = server.connections
    finally:
        server.close()
    by = {s["service"]: s for s in result.sources}
    assert by["urlhaus"]["status"] == "failed" and "took too long" in by["urlhaus"]["message"]
    for later in ("virustotal", "llm"):
        assert by[later]["status"] == "skipped"
        assert "used all the time a check may wait" in by[later]["message"]
    assert connections == 1  # the services after the silent one were never contacted
    assert result.verdict == result.local_verdict


def test_every_service_deadline_is_at_most_30_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services.urls import SERVICES as ALL

    monkeypatch.delenv("HEARTH_HTTP_DEADLINE", raising=False)  # the configuration follows HEARTH_* changes
    for service in ALL:
        assert http.deadline_for(service) <= 30.0, service
    assert http.deadline_for("pwned_passwords") <= 10.0
    with http.overall_deadline():
        left = http.time_left()
        assert left is not None and 0 < left <= 30.0
    assert http.time_left() is None


@pytest.mark.parametrize("status", [401, 403])
def test_pwned_passwords_refusal_never_talks_about_a_key(
    hearth: Hearth, monkeypatch: pytest.MonkeyPatch, status: int
) -> None:
    """Issue 15 §5: Pwned Passwords needs no key, so its 401/403 must not send people looking for one."""
    from app.errors import ServiceError
    from app.services import pwned

    with FakeServer() as s:
        s.route("GET", "/range/.*", Reply.text("no", status))
        monkeypatch.setenv("HEARTH_PWNED_PASSWORDS_URL", s.url)
        with pytest.raises(ServiceError) as info:
            pwned.PwnedPasswords(hearth).count("password")
    text = (info.value.message + " " + str(info.value.hint)).lower()
    assert "refused" in text and "key" not in text and "traceback" not in text
