"""Whole e-mails (.eml): header red flags, HTML bodies as text, and malformed files that must not crash."""

from __future__ import annotations

import pytest

from checks.scam import analyse, analyse_email

PHISH = b"""From: "PayPal Service" <service@paypa1-support.com>
Reply-To: help.desk.team@gmail.com
To: you@example.com
Subject: Your account has been limited
Authentication-Results: mx.example.com; spf=fail smtp.mailfrom=paypa1-support.com; dkim=none; dmarc=fail
Content-Type: text/html; charset=utf-8

<html><body><p>Dear customer,</p><p>We noticed unusual activity.
<a href="http://paypa1-support.com/login">https://www.paypal.com/signin</a> within 24 hours
or your account will be closed.</p><img src="http://tracker.example/x.png"></body></html>
"""

LEGIT = b"""From: Royal Mail <no-reply@royalmail.com>
To: you@example.com
Subject: Your parcel is on its way
Authentication-Results: mx.example.com; spf=pass; dkim=pass; dmarc=pass
Content-Type: text/plain; charset=utf-8

Hello Sam,

Your parcel will be delivered today between 9:00 and 13:00.
Track it at https://www.royalmail.com/track-your-item

Royal Mail
"""


def _codes(report) -> set[str]:
    return {r.code for r in report.reasons}


def test_phishing_email_headers_and_body() -> None:
    report = analyse_email(PHISH)
    codes = _codes(report)
    assert report.kind == "email"
    assert report.verdict == "scam"
    assert {"email_auth_failed", "email_display_name_spoof", "email_reply_to_mismatch",
            "email_link_text_mismatch", "url_lookalike"} <= codes
    header = next(r for r in report.reasons if r.code == "email_auth_failed")
    assert (header.start, header.end) == (-1, -1)
    assert "dmarc" in header.evidence


def test_body_offsets_point_into_the_analysed_text() -> None:
    report = analyse_email(PHISH)
    body = report.analysed_text
    for r in report.reasons:
        if r.start >= 0:
            assert body[r.start:r.end] == r.evidence
    assert "<img" not in body and "tracker.example" not in body  # HTML is shown as text, images never kept


def test_legitimate_email_is_not_flagged() -> None:
    report = analyse_email(LEGIT)
    assert report.verdict == "likely_safe", [(r.code, r.evidence) for r in report.reasons]


def test_display_name_with_other_address() -> None:
    raw = (b'From: "support@apple.com" <x12@mailer-zone.ru>\nSubject: Receipt\n\n'
           b'Your Apple ID was used to buy an item. If you did not make this purchase call 1-888-555-0110.')
    report = analyse_email(raw)
    assert "email_display_name_spoof" in _codes(report)
    assert report.verdict in ("scam", "suspicious")


def test_free_mail_pretending_to_be_an_organisation() -> None:
    raw = b'From: "IT Helpdesk" <it.helpdesk.admin@gmail.com>\nSubject: Mailbox\n\nYour mailbox is full.'
    assert "email_freemail_org" in _codes(analyse_email(raw))


def test_text_with_headers_is_routed_to_email_analysis() -> None:
    report = analyse(PHISH.decode())
    assert report.kind == "email"
    assert "email_auth_failed" in _codes(report)


@pytest.mark.parametrize("raw", [
    b"",
    b"   \n\n",
    b"\xff\xfe\x00\x00garbage\x80\x81",
    b"From: \n\n",
    b"Content-Type: multipart/mixed; boundary=zzz\n\n--zzz\nContent-Type: text/plain\n"
    b"Content-Transfer-Encoding: base64\n\n@@@notbase64\n--zzz",
    b"Subject: =?utf-8?b?invalid?=\nFrom: =?bogus-charset?q?x?= <a@b>\n\nhello",
    b"Content-Type: text/plain; charset=no-such-charset\n\nhello \xe9",
    b"Content-Type: multipart/alternative\n\nno boundary at all",
    b"From: a@b.c\n" * 5000 + b"\nbody",
    b"Subject: " + b"A" * 100_000 + b"\n\nbody",
])
def test_malformed_email_never_raises(raw: bytes) -> None:
    report = analyse_email(raw)
    assert report.verdict in ("scam", "suspicious", "likely_safe", "unknown")
    assert report.kind == "email"
    assert report.advice


def test_empty_email_is_unknown() -> None:
    report = analyse_email(b"")
    assert report.verdict == "unknown" and report.score == 0


def test_pasted_plain_email_offsets_point_into_the_pasted_text() -> None:
    text = ("From: Amazon Support <support@amazon-billing-help.com>\nTo: you@example.com\nSubject: Order problem\n\n"
            "Your Amazon account has been suspended. Verify your account at http://amazon-billing-help.com/verify today.\n")
    report = analyse(text)
    assert report.kind == "email"
    body_reasons = [r for r in report.reasons if r.start >= 0]
    assert body_reasons
    for r in body_reasons:
        assert text[r.start:r.end] == r.evidence
    assert report.verdict == "scam"


def test_html_to_text_uses_a_tokenizer_not_regexes() -> None:
    """An attribute value holding ">" used to cut the tag early and leave markup in the text (issue 13 §4)."""
    from checks.scam._email import html_to_text

    text, mismatches = html_to_text(
        '<html><head><title>Hidden title</title></head><body><p>Dear <b>customer</b>,</p>'
        '<a title="go >" href="http://evil.top/x">Click here</a><br>'
        "<a title='it\"s' href='http://evil.top/y'>www.paypal.com</a> &amp; more"
        '<script>var a = "<p>not text</p>";</script><table><tr><td>a</td><td>b</td></tr></table></body></html>'
    )
    assert 'href=' not in text and '">' not in text and "<" not in text
    assert "Hidden title" not in text and "not text" not in text
    assert "Dear customer," in text and "Click here (http://evil.top/x)" in text and "& more" in text
    assert "a b" in text
    assert mismatches == [("", "http://evil.top/x"), ("www.paypal.com", "http://evil.top/y")]


def test_html_email_with_tricky_attribute_links_is_read() -> None:
    raw = (b"From: a@example.com\r\nSubject: hi\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
           b'<p>Your parcel is waiting.</p><a title="go >" href="http://evil.top/x">track it</a>')
    report = analyse_email(raw)
    assert "track it (http://evil.top/x)" in report.analysed_text
    assert 'href=' not in report.analysed_text and "<" not in report.analysed_text
