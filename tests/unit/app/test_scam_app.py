"""app.scam (check, preview, history, settings) and the ``hearth scam`` command, with no network."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import scam
from app.cli import main
from app.core import Hearth
from app.errors import InvalidInput, NotFound

SCAM_TEXT = (
    "USPS: your parcel is on hold. Pay the 1.99 redelivery fee now at http://usps-redelivery.top/pay "
    "or call 0800 123 4567. Margaret, reply to margaret.jones@example.com"
)
HAM_TEXT = "Hi love, running 10 minutes late, see you at the station. x"


@pytest.fixture
def member(hearth: Hearth) -> int:
    return hearth.members.add("Margaret Jones", "senior").id


def test_local_check_verdict_shape_and_history(hearth: Hearth, member: int) -> None:
    result = scam.check(hearth, SCAM_TEXT, member_id=member, region="US")
    assert result.verdict in ("scam", "suspicious")
    assert result.verdict_words in ("Likely scam", "Be careful")
    assert 0 <= result.score <= 100 and result.reasons
    d = result.to_dict()
    assert set(d) >= {"verdict", "score", "reasons", "advice", "indicators", "sources"}
    assert set(d["indicators"]) == {"urls", "domains", "phones", "emails"}
    assert all(set(r) >= {"code", "message", "evidence", "start", "end"} for r in d["reasons"])
    assert d["sources"] == []
    for r in result.reasons:  # offsets point into the text that is shown
        if r.start >= 0 and r.evidence:
            assert result.text[r.start : r.end]
    records = scam.history(hearth, member)
    assert [r.id for r in records] == [result.check_id]
    rec = records[0]
    assert rec.verdict == result.verdict and rec.member_id == member
    assert len(rec.excerpt) <= scam.EXCERPT_CHARS
    stored = json.dumps(rec.to_dict())
    for personal in ("Margaret", "margaret.jones", "123 4567"):
        assert personal not in stored
    assert "usps-redelivery.top" in stored  # the evidence that matters is kept


def test_ordinary_message_has_no_red_flags(hearth: Hearth) -> None:
    result = scam.check(hearth, HAM_TEXT)
    assert result.verdict == "likely_safe"
    assert result.verdict_words == "No red flags found"
    assert "safe" not in result.verdict_words.lower().replace("no red flags", "")


def test_history_is_per_member_and_newest_first(hearth: Hearth, member: int) -> None:
    other = hearth.members.add("Tom", "adult").id
    first = scam.check(hearth, HAM_TEXT, member_id=member).check_id
    second = scam.check(hearth, SCAM_TEXT, member_id=member).check_id
    scam.check(hearth, HAM_TEXT, member_id=other)
    assert [r.id for r in scam.history(hearth, member)] == [second, first]
    assert len(scam.history(hearth)) == 3
    assert len(scam.history(hearth, member, limit=1)) == 1
    hearth.members.remove(member)  # removing a member removes their history too
    assert scam.history(hearth, member) == []


def test_unknown_member_and_missing_input(hearth: Hearth) -> None:
    with pytest.raises(NotFound):
        scam.check(hearth, "hello", member_id=999)
    with pytest.raises(InvalidInput):
        scam.check(hearth)


def test_enabled_service_without_key_is_skipped_with_a_note(hearth: Hearth) -> None:
    scam.set_service_enabled(hearth, "virustotal", True)
    result = scam.check(hearth, SCAM_TEXT)
    (source,) = result.sources
    assert source["service"] == "virustotal" and source["status"] == "skipped"
    assert "needs a key" in source["message"]
    assert hearth.ledger.entries() == []  # nothing left the computer
    assert result.verdict == result.local_verdict


def test_offline_means_no_service_is_asked(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    hearth.secrets.set("urlhaus", "k")
    scam.set_service_enabled(hearth, "urlhaus", True)
    assert scam.check(hearth, SCAM_TEXT, offline=True).notes == ("Online services were not asked (offline check).",)
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    result = scam.check(hearth, SCAM_TEXT)
    assert any("offline" in n for n in result.notes)
    assert result.sources == () and hearth.ledger.entries() == []


def test_failing_service_never_blocks_the_local_verdict(hearth: Hearth) -> None:
    # Every service URL points at 127.0.0.1:9 (nothing listens): the look-up fails.
    hearth.secrets.set("urlhaus", "k")
    scam.set_service_enabled(hearth, "urlhaus", True)
    result = scam.check(hearth, SCAM_TEXT)
    assert result.verdict == result.local_verdict
    (source,) = result.sources
    assert source["status"] == "failed" and "could not be reached" in source["message"]
    assert hearth.ledger.entries()[0].service == "urlhaus"


def test_settings_validate_service_names(hearth: Hearth) -> None:
    with pytest.raises(InvalidInput):
        scam.set_service_enabled(hearth, "nonsense", True)
    scam.set_service_enabled(hearth, "llm", True)
    scam.set_service_enabled(hearth, "feeds", True)
    assert scam.enabled_services(hearth) == ["feeds", "llm"]
    scam.set_service_enabled(hearth, "llm", False)
    assert scam.enabled_services(hearth) == ["feeds"]


def test_key_status_never_returns_the_key(hearth: Hearth) -> None:
    hearth.secrets.set("virustotal", "vt-secret-123")
    status = scam.key_status(hearth)
    assert status["virustotal"] == "stored" and status["urlhaus"] == "missing" and status["feeds"] == "not_needed"
    assert "vt-secret-123" not in repr(status)


def test_preview_shows_exactly_what_would_be_sent(hearth: Hearth, member: int) -> None:  # noqa: ARG001
    for name in ("feeds", "urlhaus", "llm"):
        scam.set_service_enabled(hearth, name, True)
    preview = {p["service"]: p for p in scam.preview_outbound(hearth, SCAM_TEXT + " http://x.example/?u=margaret@example.com")}
    assert list(preview) == ["feeds", "urlhaus", "llm"]
    assert preview["feeds"]["items"] == []
    assert preview["urlhaus"]["ready"] is False and "needs a key" in preview["urlhaus"]["note"]
    assert "http://usps-redelivery.top/pay" in preview["urlhaus"]["items"]
    assert all("margaret" not in u for u in preview["urlhaus"]["items"])  # an address in a link is cut off
    (llm_text,) = preview["llm"]["items"]
    assert preview["llm"]["ready"] is True  # the model key is optional
    for personal in ("Margaret", "margaret.jones", "123 4567"):
        assert personal not in llm_text
    assert "[name]" in llm_text and "redelivery fee" in llm_text
    assert preview["llm"]["removed"].startswith("Removed ")


def test_outbound_url_cuts_personal_query() -> None:
    assert scam.outbound_url("http://a.example/p?x=1") == "http://a.example/p?x=1"
    assert scam.outbound_url("http://a.example/p?email=bob%40example.com") == "http://a.example/p"
    assert scam.outbound_url("http://a.example/p#bob@example.com") == "http://a.example/p"


def test_huge_paste_is_cut_with_a_note(hearth: Hearth) -> None:
    text = ("Totally normal words here. " * 40_000) + "http://paypa1.example/login"
    result = scam.check(hearth, text, store=False)
    assert len(result.text) == scam.MAX_CHARS
    assert any("very long" in n for n in result.notes)


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01\x02 \ufffd\ufffd", "\u202egnp.exe\u202c", "\u200bhi\u200b" * 50])
def test_odd_input_never_crashes(hearth: Hearth, text: str) -> None:
    result = scam.check(hearth, text)
    assert result.verdict in ("scam", "suspicious", "likely_safe", "unknown")


def test_eml_check(hearth: Hearth) -> None:
    raw = (
        b"From: PayPal <service@paypa1-billing.example>\r\nReply-To: help@gmail.com\r\n"
        b"Subject: Your account is limited\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<p>Dear customer, <img src='http://127.0.0.1:9/track.png'> verify now "
        b"<a href='http://paypa1-billing.example/login'>here</a></p>"
    )
    result = scam.check(hearth, eml_bytes=raw)
    assert result.kind == "email"
    assert result.verdict in ("scam", "suspicious")
    assert hearth.ledger.entries() == []
    garbage = scam.check(hearth, eml_bytes=b"\xff\xfe not an email \x00\x00")
    assert garbage.verdict in ("unknown", "likely_safe", "suspicious", "scam")


def test_html_to_text_keeps_link_targets_and_drops_tags() -> None:
    text = scam.html_to_text("<style>x{}</style><p>Hi <b>you</b></p><a href='http://a.example/x'>click</a><img src=x>")
    assert "http://a.example/x" in text and "<" not in text and "Hi you" in text.replace("  ", " ")


def test_region_setting_and_system_locale(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    monkeypatch.setattr(scam.locale, "getlocale", lambda: (None, None))
    assert scam.system_region() == "GB"
    assert scam.region_for(hearth) == "GB"
    hearth.settings.set(scam.SCAM_REGION, "US")
    assert scam.region_for(hearth) == "US"
    assert scam.region_for(hearth, "au") == "AU"
    with pytest.raises(InvalidInput):
        hearth.settings.set(scam.SCAM_REGION, "Britain")


def test_advice_names_the_right_reporting_places() -> None:
    assert any("7726" in a for a in scam.advice_for("scam", "GB"))
    assert any("Action Fraud" in a for a in scam.advice_for("scam", "GB"))
    assert any("ReportFraud.ftc.gov" in a for a in scam.advice_for("scam", "US"))
    assert any("consumer protection" in a for a in scam.advice_for("scam", "FR"))


# -- the command line ---------------------------------------------------------------------------


def test_cli_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scam", "check", SCAM_TEXT, "--json", "--offline"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] in ("scam", "suspicious")
    assert set(data) >= {"verdict", "score", "reasons", "advice", "indicators", "sources"}
    assert "http://usps-redelivery.top/pay" in data["indicators"]["urls"]


def test_cli_check_human_and_exit_zero_for_no_flags(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scam", "check", HAM_TEXT]) == 0
    out = capsys.readouterr().out
    assert "No red flags found" in out and "safe" not in out.lower().replace("no red flags", "")


def test_cli_check_stdin_and_member(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    assert main(["members", "add", "Ann"]) == 0

    class FakeStdin(io.TextIOWrapper):
        def isatty(self) -> bool:
            return False

    monkeypatch.setattr(sys, "stdin", FakeStdin(io.BytesIO(SCAM_TEXT.encode() + b"\xff\xfe")))
    assert main(["scam", "check", "--json", "--member", "Ann"]) == 0
    capsys.readouterr()
    assert main(["scam", "history", "--member", "Ann", "--json"]) == 0
    history = json.loads(capsys.readouterr().out)
    assert len(history) == 1 and history[0]["verdict"] in ("scam", "suspicious")
    assert main(["scam", "check", "--member", "Nobody", "hello"]) == 3


def test_cli_eml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(b"From: a@b.example\r\nSubject: hi\r\n\r\nSee you tomorrow at lunch.\r\n")
    assert main(["scam", "check", "--eml", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "email"
    assert main(["scam", "check", "--eml", str(tmp_path / "missing.eml")]) == 2


def test_cli_batch_one_json_object_per_line_even_for_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [SCAM_TEXT.encode(), HAM_TEXT.encode(), b"", b"\xff\xfe\xfd broken utf-8", b"x" * 200_000]
    lines += [f"message number {i} http://a{i}.example/".encode() for i in range(2000)]
    path = tmp_path / "batch.txt"
    path.write_bytes(b"\n".join(lines) + b"\n")
    assert main(["scam", "check", "--batch", str(path), "--json"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(lines)
    rows = [json.loads(line) for line in out]
    assert [r["line"] for r in rows] == list(range(1, len(lines) + 1))
    assert rows[0]["verdict"] in ("scam", "suspicious")
    assert rows[1]["verdict"] == "likely_safe"
    assert all("verdict" in r or "error" in r for r in rows)


def test_cli_batch_human_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "batch.txt"
    path.write_text(f"{SCAM_TEXT}\n{HAM_TEXT}\n", encoding="utf-8")
    assert main(["scam", "check", "--batch", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[1].startswith("2\tlikely_safe")
    assert "Lines checked: 2." in captured.err
    assert main(["scam", "check", "--batch", str(tmp_path / "none.txt")]) == 2


def test_region_comes_from_the_message_when_none_is_set(hearth, monkeypatch) -> None:
    from app import scam as app_scam

    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert app_scam.region_for(hearth, None, "Royal Mail: a £1.99 fee is due, pay at royalmail-fee.top") == "GB"
    assert app_scam.region_for(hearth, "ES", "Royal Mail: a £1.99 fee is due") == "ES"
    result = app_scam.check(hearth, "Royal Mail: your parcel is held, pay the £1.99 fee at royalmail-redeliver.top",
                            offline=True, store=False)
    assert result.region == "GB"
    assert not any("ftc" in str(a).lower() for a in result.advice)


def test_html_to_text_keeps_no_markup_from_attributes_holding_a_bracket() -> None:
    text = scam.html_to_text('<a title="go >" href="http://evil.top/x">Click</a> now')
    assert text == "Click (http://evil.top/x) now"


def test_saying_the_sender_is_a_stranger_reaches_the_check_and_the_cli(hearth: Hearth, capsys: pytest.CaptureFixture[str]) -> None:
    opener = "Hey, are you free for coffee Thursday?"
    assert scam.check(hearth, opener, offline=True).verdict == "likely_safe"
    result = scam.check(hearth, opener, offline=True, sender_known=False)
    assert result.verdict == "suspicious"
    assert any(r.code == "stranger_first_text" for r in result.reasons)
    assert scam.history(hearth, None)[0].verdict == "suspicious"
    assert main(["scam", "check", "--offline", "--sender-known", "no", opener]) == 0
    out = capsys.readouterr().out
    assert out.startswith("[! ] Be careful") and "You don't know who sent this" in out
    assert main(["scam", "check", "--offline", "--sender-known", "yes", opener]) == 0
    assert capsys.readouterr().out.startswith("[ok]")
