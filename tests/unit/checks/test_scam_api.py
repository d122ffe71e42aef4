"""The public API of checks.scam: shapes, verdicts, advice by region, and input that must never crash."""

from __future__ import annotations

import json
import random

import pytest

from checks.scam import SCAM_AT, SUSPICIOUS_AT, Indicators, Reason, ScamReport, analyse


def test_report_shape_and_to_dict() -> None:
    report = analyse("USPS: your parcel is on hold. Pay the $1.99 redelivery fee at https://usps-redeliver.top/pay")
    assert isinstance(report, ScamReport)
    assert all(isinstance(r, Reason) for r in report.reasons)
    assert isinstance(report.indicators, Indicators)
    d = report.to_dict()
    assert set(d) == {"verdict", "score", "reasons", "advice", "indicators", "kind", "certainty", "shown_first", "region"}
    assert set(d["reasons"][0]) == {"code", "message", "evidence", "start", "end", "points"}
    assert set(d["indicators"]) == {"urls", "domains", "phones", "emails"}
    json.dumps(d)  # serialisable
    assert d["kind"] == "message"


def test_score_is_the_sum_of_reason_points_capped() -> None:
    for text in ("Hi Mum, new number, phone broke. Can you send £200 to this account? Don't tell dad",
                 "Your code is 123456", "hello", "Install AnyDesk and read me the code, pay with gift cards now"):
        report = analyse(text)
        assert report.rule_score == min(100, sum(r.points for r in report.reasons))


def test_verdict_thresholds() -> None:
    for text in ("hello there", "Your account has been suspended", "Your account has been suspended, verify your account",
                 "Install AnyDesk now and read me the verification code, pay with gift cards"):
        report = analyse(text)
        expected = "scam" if report.score >= SCAM_AT else "suspicious" if report.score >= SUSPICIOUS_AT else "likely_safe"
        assert report.verdict == expected


def test_combination_bonus_is_itself_a_reason() -> None:
    report = analyse("Congratulations, you have won a prize! Call 1-900-555-0123 to claim.")
    combo = [r for r in report.reasons if r.code.startswith("combo_")]
    assert combo and all(r.start == -1 and r.end == -1 and r.points > 0 for r in combo)


@pytest.mark.parametrize("text", ["", "   ", "\n\t  \n"])
def test_empty_is_unknown(text: str) -> None:
    report = analyse(text)
    assert report.verdict == "unknown"
    assert report.score == 0
    assert report.advice


def test_never_says_safe() -> None:
    texts = ["hello", "", "+1 303 555 0182", "https://www.paypal.com/", "Install AnyDesk now",
             "Move your money to a safe account", "Your package was delivered."]
    for text in texts:
        report = analyse(text)
        words = " ".join(report.advice + tuple(r.message for r in report.reasons)).lower()
        words = words.replace("'safe'", "").replace("safe account", "")
        assert " safe" not in words and "is safe" not in words, words


@pytest.mark.parametrize("text", [
    "😀🎉🔥" * 50,
    "\u202eexe.doc\u202c",
    "مرحبا، كيف حالك؟ \u200f هذا نص عربي",
    "pay\u200bpal\u200d.com",
    "\u200b" * 1000,
    "\x00\x01\x02\x7f",
    "\ud800 lone surrogate \udfff",
    "A" * 200_000,
    "http://" * 5000,
    "1" * 5000,
    "@" * 5000,
    "[.]" * 3000,
    "\u0301" * 500,
    "ﷺ" * 1000,
    "İ" * 1000,
])
def test_odd_input_never_raises(text: str) -> None:
    report = analyse(text)
    assert report.verdict in ("scam", "suspicious", "likely_safe", "unknown")
    for r in report.reasons:
        if r.start >= 0:
            assert text[r.start:r.end] == r.evidence


def test_random_garbage_never_raises() -> None:
    rng = random.Random(1234)
    alphabet = "abcxyz019 .:/@-_[]()$£€%#\n\t\u200b\u202eаеоΑ😀ｐ"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        report = analyse(text, region=rng.choice(["US", "GB", "ES", "FR", "", "zz"]))
        assert 0 <= report.score <= 100
        for r in report.reasons:
            if r.start >= 0:
                assert text[r.start:r.end] == r.evidence


def test_huge_input_is_truncated_and_said_so() -> None:
    report = analyse("Hello, this is a long message. " * 20_000)
    assert any("only the first" in a for a in report.advice)


def test_rtl_override_is_a_signal() -> None:
    text = "Invoice attached: report\u202efdp.exe"
    report = analyse(text)
    r = next(r for r in report.reasons if r.code == "text_direction_trick")
    assert text[r.start:r.end] == "\u202e"


def test_zero_width_inside_words_is_a_signal_but_emoji_joiners_are_not() -> None:
    assert "invisible_characters" in {r.code for r in analyse("Your acc\u200bount is lo\u200bcked").reasons}
    assert "invisible_characters" not in {r.code for r in analyse("family 👨\u200d👩\u200d👧 photo").reasons}


@pytest.mark.parametrize(("text", "kind"), [
    ("https://example.com/login", "url"),
    ("+1 (303) 555-0182", "phone"),
    ("A man called me saying he was from my bank", "call"),
    ("hey, dinner at 7?", "message"),
])
def test_kind_detection(text: str, kind: str) -> None:
    assert analyse(text).kind == kind


def test_explicit_kind_is_kept() -> None:
    assert analyse("hello", kind="call").kind == "call"
    assert analyse("hello", kind="nonsense").kind == "message"


@pytest.mark.parametrize(("region", "needle"), [
    ("US", "reportfraud.ftc.gov"), ("US", "ic3.gov"), ("GB", "7726"), ("GB", "Action Fraud"), ("ES", "017"),
    ("FR", "consumer-protection"),
])
def test_advice_names_the_right_reporting_place(region: str, needle: str) -> None:
    report = analyse("Your account is locked. Verify your account now at http://secure-bank-login.top/verify",
                     region=region)
    assert report.verdict in ("scam", "suspicious")
    assert any(needle in a for a in report.advice), report.advice


def test_advice_for_codes_and_remote_access() -> None:
    report = analyse("Install AnyDesk and read me the verification code we sent")
    advice = " ".join(report.advice)
    assert "verification code" in advice
    assert "Don't install" in advice


def test_indicators_collect_emails_and_phones() -> None:
    report = analyse("Write to claims.dept@prize-office.top or call +44 20 7946 0018")
    assert report.indicators.emails == ("claims.dept@prize-office.top",)
    assert report.indicators.phones == ("+442079460018",)


def test_sender_email_not_matching_brand() -> None:
    report = analyse("PayPal: your account is limited, verify your account today", sender="alerts@pp-secure-mail.com")
    assert "sender_not_official" in {r.code for r in report.reasons}
    quiet = analyse("PayPal: your account is limited, verify your account today", sender="service@paypal.com")
    assert "sender_not_official" not in {r.code for r in quiet.reasons}


def test_every_reason_message_is_one_plain_sentence() -> None:
    import re

    texts = ["Install AnyDesk and read me the code. Pay with gift cards or bitcoin within 24 hours or be arrested!",
             "USPS: parcel on hold, pay $1.99 at https://usps.com-help.top/x or call 09066 612661",
             "Hi Mum, new number, phone broke. Don't tell dad. Send £200 to this account",
             "https://xn--pypal-4ve.com/login", "http://185.1.2.3:8080/a.apk", "Invoice\u202efdp.exe", "Your Аmazon acc\u200bount"]
    for text in texts:
        for r in analyse(text).reasons:
            assert len(re.split(r"(?<=[.!?])\s+(?=[A-Z])", r.message)) == 1, r.message
            assert r.message[0].isupper() and r.message.endswith((".", "!")), r.message
