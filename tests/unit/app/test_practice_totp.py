"""app.practice_totp: the throw-away practice authenticator (and pyotp against RFC 6238)."""

from __future__ import annotations

import hashlib
import logging
import re
import urllib.parse

import pyotp
import pytest

from app import practice_totp as P

RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"  # ASCII "12345678901234567890"


@pytest.mark.parametrize(
    ("for_time", "code"),
    [(59, "94287082"), (1111111109, "07081804"), (1234567890, "89005924"), (2000000000, "69279037")],
)
def test_pyotp_matches_the_rfc_6238_vectors(for_time: int, code: str) -> None:
    totp = pyotp.TOTP(RFC_SECRET, digits=8, digest=hashlib.sha1)
    assert totp.at(for_time) == code
    assert totp.verify(code, for_time=for_time)


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _secret(session: P.PracticeSession) -> str:
    return session.secret_for_typing.replace(" ", "")


def test_uri_and_qr_carry_the_practice_account() -> None:
    s = P.PracticeSession()
    parsed = urllib.parse.urlsplit(s.uri)
    params = dict(urllib.parse.parse_qsl(parsed.query))
    assert parsed.scheme == "otpauth" and parsed.netloc == "totp"
    assert urllib.parse.unquote(parsed.path) == "/Hearth practice:practice"
    assert params["issuer"] == "Hearth practice" and params["secret"] == _secret(s)
    assert re.fullmatch(r"[A-Z2-7]{32}", _secret(s))  # 160 bits, pyotp.random_base32
    totp = pyotp.parse_uri(s.uri)
    assert totp.issuer == "Hearth practice" and totp.digits == 6 and totp.interval == 30
    assert s.qr_png().startswith(b"\x89PNG")
    svg = s.qr_svg()
    assert svg.startswith(b"<?xml") and b"<svg" in svg and _secret(s).encode() not in svg


def test_every_session_has_a_new_secret_and_repr_hides_it() -> None:
    a, b = P.PracticeSession(), P.PracticeSession()
    assert _secret(a) != _secret(b)
    assert _secret(a) not in repr(a) and "hidden" in repr(a)


def test_right_code_even_with_spaces_or_dashes() -> None:
    clock = Clock(1_800_000_000)
    s = P.PracticeSession(clock=clock)
    code = pyotp.TOTP(_secret(s)).at(clock.now)
    for typed in (code, f"{code[:3]} {code[3:]}", f" {code[:3]}-{code[3:]} ", "\u2007".join(code)):
        result = s.check(typed)
        assert result.ok and result.status == "ok" and "Your app works" in result.message, typed


def test_full_width_digits_are_accepted() -> None:
    clock = Clock(1_800_000_000)
    s = P.PracticeSession(clock=clock)
    code = pyotp.TOTP(_secret(s)).at(clock.now)
    full_width = "".join(chr(0xFF10 + int(c)) for c in code)
    assert s.check(full_width).ok


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("12a456", "only numbers"),
        ("abcdef", "only numbers"),
        ("12345", "you typed 5"),
        ("1234567", "you typed 7"),
        ("", "Please type the 6-digit code"),
        ("   ", "Please type the 6-digit code"),
        ("١٢٣٤٥٦", "only numbers"),  # Arabic-Indic digits are not what the app shows
    ],
)
def test_bad_input_gets_a_plain_message_and_does_not_count_as_a_failure(typed: str, words: str) -> None:
    s = P.PracticeSession()
    result = s.check(typed)
    assert result.status == "invalid" and words in result.message
    assert s.failures == 0


def _wrong_code(s: P.PracticeSession, now: float) -> str:
    near = {pyotp.TOTP(_secret(s)).at(now + d) for d in range(-90, 91, 30)}
    return next(c for c in ("000000", "123456", "999999", "555555") if c not in near)


def test_wrong_codes_count_and_suggest_a_clock_check() -> None:
    clock = Clock(1_800_000_000)
    s = P.PracticeSession(clock=clock)
    wrong = _wrong_code(s, clock.now)
    results = [s.check(wrong) for _ in range(P.FAILURES_BEFORE_CLOCK_CHECK)]
    assert [r.status for r in results] == ["wrong"] * P.FAILURES_BEFORE_CLOCK_CHECK
    assert [r.failures for r in results] == list(range(1, P.FAILURES_BEFORE_CLOCK_CHECK + 1))
    assert not results[0].suggest_clock_check and results[-1].suggest_clock_check
    assert "clock" in results[-1].message
    # A right code resets the count.
    assert s.check(pyotp.TOTP(_secret(s)).at(clock.now)).ok and s.failures == 0


@pytest.mark.parametrize(("step_offset", "accepted"), [(-2, False), (-1, True), (0, True), (1, True), (2, False)])
def test_valid_window_is_one_step_either_way(step_offset: int, accepted: bool) -> None:
    clock = Clock(1_800_000_010)  # 10 s into a 30 s step
    s = P.PracticeSession(clock=clock)
    code = pyotp.TOTP(_secret(s)).at(clock.now + 30 * step_offset)
    assert s.check(code).ok is accepted


def test_the_secret_is_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    s = P.PracticeSession()
    for typed in ("12a456", "000000", "1"):
        s.check(typed)
    assert _secret(s) not in caplog.text


@pytest.mark.parametrize(
    ("offset", "words"),
    [
        (0.0, "within a second"),
        (12.0, "within 12 seconds"),
        (-45.0, "45 seconds behind"),
        (600.0, "10 minutes ahead"),
        (-7200.0, "2 hours behind"),
    ],
)
def test_explain_offset_in_plain_words(offset: float, words: str) -> None:
    assert words in P.explain_offset(offset)
