"""Issue 15 §3 on loopback fakes: nothing personal is in what a scam check sends or stores.

A household member "Zoë García" with the personal word "Biscuit" checks a message that carries
everything the attack found going out (a link with an e-mail address, a card and a phone number in
its query, a temporary password, a CVV and expiry, "password: hunter2", a full-width ＠, a date
of birth, a Spanish address, the name written without accents, the personal word). The language
model fake and URLhaus fake capture what they receive; the preview must be exactly that; the
SQLite file (and its journal) must hold none of it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import scam
from app.core import Hearth
from app.services import llm
from tests.helpers.fake_scam_services import FakeChat, FakeURLhaus, FakeVirusTotal

LINK = "http://x.top/upd?email=alice.smith%40gmail.com&card=4111111111111111&phone=%2B447700900123"
MESSAGE = (
    f"Hi Zoe Garcia, your parcel is held. Update now: {LINK} "
    "Your temporary password is Tq9!zr77 and CVV 123 exp 12/27. Old login password: hunter2. "
    "Reply to alice.smith＠gmail.com. Your dog Biscuit misses you. DOB 14/07/1958. "
    "Deliver to Calle Mayor 12, 3º B, 28013 Madrid. Pay £49.99 to Royal Mail today."
)
PERSONAL = (
    "Zoe",
    "Garcia",
    "García",
    "alice.smith",
    "alice",
    "4111",
    "7700900123",
    "447700900123",
    "%2B44",
    "Tq9!zr77",
    "hunter2",
    "CVV 123",
    "12/27",
    "Biscuit",
    "14/07/1958",
    "1958",
    "Mayor",
    "28013",
    "＠",
)
KEPT = ("x.top", "£49.99", "Royal Mail", "gmail.com")


@pytest.fixture
def chat(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeChat]:
    with FakeChat() as fake:
        monkeypatch.setenv("HEARTH_LLM_URL", fake.url)
        monkeypatch.setenv("HEARTH_LLM_MODEL", "test-model")
        yield fake


@pytest.fixture
def uh(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeURLhaus]:
    with FakeURLhaus() as fake:
        monkeypatch.setenv("HEARTH_URLHAUS_URL", fake.url)
        yield fake


@pytest.fixture
def vt(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeVirusTotal]:
    with FakeVirusTotal() as fake:
        monkeypatch.setenv("HEARTH_VIRUSTOTAL_URL", fake.url)
        yield fake


@pytest.fixture
def household(hearth: Hearth) -> Hearth:
    hearth.members.add("Zoë García", "adult", personal_words=["Biscuit"])
    return hearth


def _assert_nothing_personal(blob: str, where: str) -> None:
    for personal in PERSONAL:
        assert personal not in blob, f"{personal!r} is in {where}"


def test_preview_is_exactly_what_is_sent_and_holds_nothing_personal(
    household: Hearth, chat: FakeChat, uh: FakeURLhaus, vt: FakeVirusTotal
) -> None:
    hearth = household
    hearth.secrets.set("urlhaus", uh.key)
    hearth.secrets.set("virustotal", vt.key)
    for name in ("urlhaus", "virustotal", "llm"):
        scam.set_service_enabled(hearth, name, True)

    preview = {p["service"]: p for p in scam.preview_outbound(hearth, MESSAGE, region="GB")}
    scam.check(hearth, MESSAGE, region="GB")

    # The language model: its user message is the previewed text, character for character.
    (body,) = chat.bodies()
    sent_message = body["messages"][1]["content"]
    assert preview["llm"]["items"] == [sent_message]
    assert body["messages"][0]["content"] == llm.SYSTEM_PROMPT  # the only other text: fixed, nothing from the user
    _assert_nothing_personal(json.dumps(body, ensure_ascii=False), "the model request")
    for kept in KEPT:
        assert kept in sent_message
    assert "[name]" in sent_message and "[personal word]" in sent_message and "[password]" in sent_message

    # The link services: the previewed links, nothing else, nothing personal.
    sent_links = [urllib.parse.parse_qs(r.body.decode())["url"][0] for r in uh.requests if r.method == "POST"]
    assert sent_links == preview["urlhaus"]["items"] == ["http://x.top/upd"]
    assert preview["virustotal"]["items"] == ["http://x.top/upd"]
    for request in [*uh.requests, *vt.requests]:
        _assert_nothing_personal(request.path + request.body.decode("utf-8", "replace"), "a look-up request")
    for entry in hearth.ledger.entries():
        _assert_nothing_personal(json.dumps(entry.__dict__, default=str, ensure_ascii=False), "the ledger")

    removed = preview["llm"]["removed"]
    for kind in ("name", "personal word", "password", "card security code", "expiry date", "date of birth", "address"):
        assert kind in removed, removed


def test_what_is_stored_is_redacted_the_same_way(household: Hearth, chat: FakeChat) -> None:
    hearth = household
    scam.set_service_enabled(hearth, "llm", True)
    result = scam.check(hearth, MESSAGE, region="GB")
    (body,) = chat.bodies()
    record = scam.history(hearth)[0]
    assert record.id == result.check_id
    # the stored excerpt is the model's text (the same redactor), whitespace folded, never cut mid-placeholder
    sent_text = body["messages"][1]["content"].split("\n")[1]
    assert " ".join(sent_text.split()).startswith(record.excerpt.rstrip("…"))
    _assert_nothing_personal(record.excerpt, "the stored excerpt")

    # The real SQLite file and its journal, byte for byte, after the connection is closed. The
    # member's own name and words are in the members table (where they belong): those are checked
    # in the scam_checks rows only.
    db = Path(hearth.paths.database)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select * from scam_checks").fetchall()
    _assert_nothing_personal(json.dumps(rows, ensure_ascii=False), "scam_checks")
    hearth.close()
    in_members = {"Zoe", "Garcia", "García", "Biscuit"}
    for path in db.parent.glob(db.name + "*"):
        raw = path.read_bytes()
        for personal in set(PERSONAL) - in_members:
            for encoding in ("utf-8", "utf-16-le"):
                assert personal.encode(encoding) not in raw, f"{personal!r} is in {path.name}"


def test_evidence_that_needed_its_context_is_not_stored(household: Hearth) -> None:
    result = scam.check(household, "URGENT: Your bank password: hunter2 was reset, call 0800 123 4567 now", region="GB")
    record = scam.history(household)[0]
    assert record.id == result.check_id
    stored = json.dumps([record.excerpt, record.reasons, record.sources], ensure_ascii=False)
    assert "hunter2" not in stored


def test_members_personal_words_are_removed_before_the_model(household: Hearth, chat: FakeChat) -> None:
    scam.set_service_enabled(household, "llm", True)
    scam.check(household, "Is BISCUIT ok? The vet zoe asked. biscuit needs a check-up", region="GB")
    (body,) = chat.bodies()
    sent = body["messages"][1]["content"]
    assert "biscuit" not in sent.lower() and "zoe" not in sent.lower()
    assert sent.count("[personal word]") == 2 and "[name]" in sent


@pytest.mark.parametrize("where", ["body", "content"])
def test_model_answer_nested_100k_deep_is_a_plain_message(
    hearth: Hearth, chat: FakeChat, caplog: pytest.LogCaptureFixture, where: str
) -> None:
    if where == "body":
        chat.mode = "deep"
    else:
        chat.content = "[" * 100_000 + "]" * 100_000
    scam.set_service_enabled(hearth, "llm", True)
    with caplog.at_level(logging.ERROR):
        result = scam.check(hearth, "Your parcel is held, pay at http://x.top/pay", region="GB")
    (source,) = result.sources
    assert source["status"] == "failed"
    assert "nested too deeply" in source["message"]
    assert "problem in Hearth" not in source["message"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]  # no traceback in the log
    assert result.verdict == result.local_verdict  # the local verdict still stands
