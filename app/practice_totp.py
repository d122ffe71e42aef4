"""A practice authenticator: try an authenticator app on a throw-away secret before using it for real.

Hearth makes a fresh random secret (``pyotp.random_base32``), shows it as a QR code
(segno) and as text to type, and checks the 6-digit code the user reads from their app
(``valid_window=1``: the code before and after the current one also count). The secret
lives only in this object's memory: it is never stored, logged, or put in an error message,
and ``repr()`` hides it.

When codes keep failing, ``check_clock`` compares this computer's clock with the ``Date``
the 2FA Directory's server reports, and explains clock drift in plain words.
"""

from __future__ import annotations

import dataclasses
import io
import time
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

import pyotp
import segno

from app.errors import OfflineError, ServiceError
from checks.base import CancelToken
from checks.i18n import N_, NP_

if TYPE_CHECKING:
    from app.core import Hearth

ISSUER = "Hearth practice"
ACCOUNT = "practice"
DIGITS = 6
INTERVAL = 30
VALID_WINDOW = 1
#: After this many wrong codes in a row, Hearth offers to check the clock.
FAILURES_BEFORE_CLOCK_CHECK = 3
#: Drift the check tolerates before calling it a problem (one step either way is accepted anyway).
CLOCK_TOLERANCE_SECONDS = 30


@dataclasses.dataclass(frozen=True)
class CheckResult:
    """The answer to a typed code. ``status``: "ok", "wrong" or "invalid" (not a 6-digit number)."""

    status: str
    message: str
    failures: int
    suggest_clock_check: bool = False

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class PracticeSession:
    """One practice run. Make a new one to start again with a new secret."""

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self._secret = pyotp.random_base32()
        self._totp = pyotp.TOTP(self._secret, digits=DIGITS, interval=INTERVAL, issuer=ISSUER, name=ACCOUNT)
        self._clock = clock
        self.failures = 0  # wrong codes in a row
        self.successes = 0

    def __repr__(self) -> str:
        return f"<PracticeSession failures={self.failures} successes={self.successes} secret=hidden>"

    # -- what the user needs to add the practice account to their app -------------------

    @property
    def uri(self) -> str:
        """The otpauth:// URI (contains the secret: show it as a QR code only, never log it)."""
        return self._totp.provisioning_uri(name=ACCOUNT, issuer_name=ISSUER)

    @property
    def secret_for_typing(self) -> str:
        """The secret in groups of four, for people who cannot scan ("ABCD EFGH ...")."""
        return " ".join(self._secret[i : i + 4] for i in range(0, len(self._secret), 4))

    def qr_svg(self, *, scale: int = 6, dark: str = "#000000", light: str = "#ffffff") -> bytes:
        from app.i18n import translate

        # The title is read out by screen readers: written in the reader's language now (it is
        # inside the picture, where the interface cannot translate it later).
        title = translate(N_("QR code for the practice account"))
        out = io.BytesIO()
        segno.make(self.uri, error="m").save(out, kind="svg", scale=scale, border=4, dark=dark, light=light, title=title)
        return out.getvalue()

    def qr_png(self, *, scale: int = 6) -> bytes:
        out = io.BytesIO()
        segno.make(self.uri, error="m").save(out, kind="png", scale=scale, border=4)
        return out.getvalue()

    def code_for(self, for_time: float) -> str:
        """The code an app would show at ``for_time`` (used by tests and the self-check)."""
        return self._totp.at(for_time)

    # -- checking a code ----------------------------------------------------------------

    def check(self, typed: str) -> CheckResult:
        """Check a typed code. Spaces and dashes are ignored; letters get a plain message."""
        text = unicodedata.normalize("NFKC", typed or "")
        code = "".join(ch for ch in text if not ch.isspace() and ch not in "-\u2010\u2011\u2012\u2013\u2014")
        if not code:
            return CheckResult(
                "invalid", N_("Please type the 6-digit code your app shows for \u201cHearth practice\u201d."), self.failures
            )
        if not code.isascii() or not code.isdigit():
            return CheckResult(
                "invalid",
                N_("The code is only numbers (6 digits). Please type just the numbers your app shows."),
                self.failures,
            )
        if len(code) != DIGITS:
            digits, typed_count = DIGITS, len(code)
            return CheckResult(
                "invalid",
                N_(
                    "The code has {digits} digits, and you typed {typed_count}. Please type all {digits} numbers your app shows.", digits=digits, typed_count=typed_count
                ),
                self.failures,
            )
        if self._totp.verify(code, for_time=self._clock(), valid_window=VALID_WINDOW):
            self.failures = 0
            self.successes += 1
            return CheckResult(
                "ok",
                N_(
                    "Your app works! The code matched. You can now use this app to turn on two-step verification "
                    "on your real accounts. You can delete the \u201cHearth practice\u201d entry from the app."
                ),
                0,
            )
        self.failures += 1
        suggest = self.failures >= FAILURES_BEFORE_CLOCK_CHECK
        message = N_(
            "That code did not match. Codes change every 30 seconds: type the newest code shown under "
            "\u201cHearth practice\u201d in your app, and check that you scanned the QR code shown here now."
        )
        if suggest:
            message += " " + N_(
                "Codes have failed several times, which can happen when a clock is wrong. "
                "Hearth can check this computer's clock."
            )
        return CheckResult("wrong", message, self.failures, suggest)


@dataclasses.dataclass(frozen=True)
class ClockReport:
    """How this computer's clock compares with the server's. ``offset_seconds`` = computer minus server."""

    checked: bool
    offset_seconds: float | None
    message: str

    @property
    def drift_is_a_problem(self) -> bool:
        return self.offset_seconds is not None and abs(self.offset_seconds) > CLOCK_TOLERANCE_SECONDS


GENERIC_DRIFT = N_(
    "Authenticator codes are made from the current time, so the phone and the computer (or the website) "
    "must agree on the time to within about half a minute. If codes keep failing, open the phone's settings "
    "and turn on \u201cSet time automatically\u201d (Date & time), and do the same on this computer. "
    "The time zone does not matter, only the clock."
)


def _amount(seconds: float) -> str:
    seconds = abs(seconds)
    if seconds < 90:
        n = round(seconds)
        return NP_("{n} second", "{n} seconds", n=n)
    if seconds < 90 * 60:
        n = round(seconds / 60)
        return NP_("{n} minute", "{n} minutes", n=n)
    n = round(seconds / 3600)
    return NP_("{n} hour", "{n} hours", n=n)


def explain_offset(offset_seconds: float) -> str:
    """Plain words for a clock difference (computer minus server)."""
    if abs(offset_seconds) <= CLOCK_TOLERANCE_SECONDS:
        within = N_("a second") if abs(offset_seconds) < 1.5 else _amount(offset_seconds)
        return N_(
            "This computer's clock is right (within {within} of the internet time), so the computer's clock is not the problem. Check the phone: in its settings, turn on “Set time automatically”. Then type the newest code from the app.", within=within
        )
    amount = _amount(offset_seconds)
    # Two texts rather than "{amount} {direction}": the words around a value are what finds it.
    if offset_seconds > 0:
        return N_(
            "This computer's clock is about {amount} ahead of the internet time. Authenticator codes are made from the time, so Hearth expects a different code than your phone shows. Your app is probably fine. To fix the computer's clock, open its date and time settings and turn on “Set time automatically”, then try the practice again.", amount=amount
        )
    return N_(
        "This computer's clock is about {amount} behind the internet time. Authenticator codes are made from the time, so Hearth expects a different code than your phone shows. Your app is probably fine. To fix the computer's clock, open its date and time settings and turn on “Set time automatically”, then try the practice again.", amount=amount
    )


def check_clock(
    hearth: Hearth, *, cancel: CancelToken | None = None, clock: Callable[[], float] = time.time
) -> ClockReport:
    """Compare this computer's clock with the 2FA Directory server's ``Date`` header.

    Offline or unreachable: a generic explanation of clock drift, not an error.
    """
    from app.services.twofa_directory import server_time

    try:
        before = clock()
        server = server_time(hearth, cancel=cancel)
        after = clock()
    except OfflineError:
        return ClockReport(
            False, None, N_("Hearth is set to work offline, so it could not compare the clock.") + " " + GENERIC_DRIFT
        )
    except ServiceError:
        return ClockReport(
            False, None, N_("Hearth could not reach the internet to compare the clock.") + " " + GENERIC_DRIFT
        )
    if server is None:
        return ClockReport(False, None, N_("The server did not say what time it is.") + " " + GENERIC_DRIFT)
    local = (before + after) / 2
    offset = local - server.timestamp()
    # The Date header has whole seconds only: ignore differences below one second.
    if abs(offset) < 1.0:
        offset = 0.0
    return ClockReport(True, offset, explain_offset(offset))
