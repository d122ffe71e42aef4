"""Property-based tests (hypothesis) over the offline scam analyser: the URL, phone and text parts.

For any input: nothing raises, the score stays in 0..100, the verdict matches the score, every
highlighted span lies inside the analysed text and is exactly the evidence it names, and the score is
the sum of the named reasons' points (capped at 100).
"""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.scam import SCAM_AT, SUSPICIOUS_AT, analyse
from checks.scam._phones import find_phones, parse_single, phone_flags
from checks.scam._text import prepare
from checks.scam._urls import analyse_url, find_urls

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of real-looking scam and ordinary text, links, numbers and tricky characters, mixed with
# arbitrary text, so the generator reaches the interesting code paths and not only random noise.
FRAGMENTS = [
    "Your package is on hold", "pay $1.99 redelivery fee", "https://usps.com-track.top/x", "bit.ly/3xY",
    "E-ZPass unpaid toll", "Hi Mum, this is my new number", "Is this Jessica?", "call 1-800-555-0199",
    "+44 909 879 0879", "09066 612661", "send me the code", "gift cards", "hxxps://paypal-verify[.]top/login",
    "https://abc.trycloudflare.com/pay", "http://192.168.0.1:8080/login", "xn--pypal-4ve.com", "pаypal.com",
    "\u202e", "\u200b", "\ufeff", "Ｆｕｌｌｗｉｄｔｈ", "İstanbul", "ß", "😊", "\n", "  ", ".", "?", "!",
    "From: a@b.com\nTo: c@d.com\nSubject: hi\n\n", "Authentication-Results: spf=fail", "www.", "http://", "@",
    "tel:+15555550123", "Dear customer", "verify your account", "has ganado un premio", "123456 is your code",
]
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=25).map(" ".join),
)
URLISH = st.one_of(
    st.text(max_size=120),
    st.builds(lambda scheme, host, path: f"{scheme}{host}{path}",
              st.sampled_from(["", "http://", "https://", "hxxp://", "ftp://", "javascript:", "data:text/html,", "//"]),
              st.text(alphabet=string.ascii_letters + string.digits + ".-@:[]%_~" + "аеоріхѕ", min_size=0, max_size=60),
              st.text(alphabet=string.printable, max_size=40)),
)
PHONEISH = st.one_of(
    st.text(alphabet="0123456789 +-().", max_size=25),
    st.from_regex(r"\+?[0-9]{1,3}[ -]?[0-9]{3}[ -]?[0-9]{3,4}[ -]?[0-9]{0,4}", fullmatch=True),
    st.text(max_size=30),
)


def _check_report(report, source: str) -> None:
    assert 0 <= report.score <= 100
    assert report.verdict in ("scam", "suspicious", "likely_safe", "unknown")
    if report.verdict == "unknown":
        assert report.score == 0
    elif report.score >= SCAM_AT:
        assert report.verdict == "scam"
    elif report.score >= SUSPICIOUS_AT:
        assert report.verdict == "suspicious"
    else:
        assert report.verdict == "likely_safe"
    assert report.rule_score == min(100, sum(r.points for r in report.reasons))
    if report.verdict in ("scam", "suspicious"):
        assert any(r.start >= 0 for r in report.reasons) or not text.strip() or report.kind == "phone"
    assert report.shown_first <= 5
    text = report.analysed_text or ""
    for r in report.reasons:
        assert r.points >= 0
        assert r.code and r.message.strip()
        if r.start >= 0:
            assert 0 <= r.start < r.end <= len(text), (r.code, r.start, r.end, len(text))
            assert text[r.start:r.end] == r.evidence
    assert report.advice


@SETTINGS
@given(TEXTS)
def test_message_analysis_never_fails_and_stays_consistent(text: str) -> None:
    report = analyse(text)
    _check_report(report, text)


@SETTINGS
@given(TEXTS, st.sampled_from(["auto", "message", "url", "phone", "call", "email", "nonsense"]),
       st.sampled_from(["US", "GB", "ES", "IN", "", "zz", "us"]))
def test_any_kind_and_region_is_handled(text: str, kind: str, region: str) -> None:
    report = analyse(text, kind=kind, region=region)
    _check_report(report, text)


@SETTINGS
@given(URLISH)
def test_url_analysis_never_fails(url: str) -> None:
    info = analyse_url(url, url)
    for f in info.flags:
        assert f.points > 0
        assert f.message.endswith(".")
    report = analyse(url)
    _check_report(report, url)


@SETTINGS
@given(TEXTS)
def test_found_links_point_at_the_link(text: str) -> None:
    prep = prepare(text)
    for hit in find_urls(prep.scan):
        assert 0 <= hit.start < hit.end <= len(prep.scan)
        assert prep.scan[hit.start:hit.end] == hit.url
        s, e = prep.span(hit.start, hit.end)
        assert 0 <= s < e <= len(text)


@SETTINGS
@given(st.one_of(PHONEISH, TEXTS), st.sampled_from(["US", "GB", "ES", "IN", "AU"]))
def test_phone_analysis_never_fails(text: str, region: str) -> None:
    for hit in find_phones(text, region):
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start:hit.end] == hit.raw
        for code, points, message in phone_flags(hit, region):
            assert code.startswith("phone_") and points > 0 and message.endswith(".")
    single = parse_single(text, region)
    if single is not None:
        phone_flags(single, region)
    _check_report(analyse(text, kind="phone", region=region), text)


@SETTINGS
@given(TEXTS)
def test_prepared_text_maps_back_to_the_original(text: str) -> None:
    prep = prepare(text)
    assert len(prep.scan) == len(prep.index) == len(prep.low) == len(prep.raw_scan)
    assert all(0 <= i < len(text) for i in prep.index)
    assert all(a <= b for a, b in zip(prep.index, prep.index[1:]))
