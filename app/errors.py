"""Errors: the ones a user can act on, and everything else (bugs).

``UserFacingError`` carries a plain-language message that says what happened and
what to do. The GUI shows it; the CLI prints it to stderr and exits non-zero.
Anything that is not a ``UserFacingError`` is a bug: logged with a traceback.
"""

from __future__ import annotations

from checks.i18n import N_


class UserFacingError(Exception):
    """An expected problem whose message may be shown to the user as it is."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        """The message and the hint as one text (a ``Msg`` when they are messages: translatable)."""
        if self.message and self.hint:
            return self.message + " " + self.hint
        return self.message or self.hint or ""


class InvalidInput(UserFacingError):
    """Something the user typed or chose cannot be used."""

    exit_code = 2


class NotFound(UserFacingError):
    exit_code = 3


class OfflineError(UserFacingError):
    """Hearth is in offline mode, so no request was made."""

    def __init__(self, what: str = "") -> None:
        what = what or N_("this check")
        super().__init__(
            N_("Hearth is set to work offline, so it did not do this: {what}.", what=what),
            hint=N_("Turn off 'Work offline' in Settings to allow it."),
        )


class ServiceError(UserFacingError):
    """A service timed out, refused or answered with something we cannot read."""

    def __init__(self, message: str, *, hint: str = "", status: int | None = None, service: str = "") -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.service = service


class KeyringUnavailable(UserFacingError):
    """No secure place to keep secrets on this computer."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            N_("Hearth could not find a secure password store (keyring) on this computer, "
               "so it cannot keep keys or secrets. Nothing was saved."),
            hint=(
                N_("On Linux, install and unlock GNOME Keyring or KWallet; on Windows and macOS the built-in store is used. Everything else in Hearth keeps working. ({detail})", detail=detail)
                if detail else
                N_("On Linux, install and unlock GNOME Keyring or KWallet; on Windows and macOS "
                   "the built-in store is used. Everything else in Hearth keeps working.")
            ),
        )


class StorageError(UserFacingError):
    """The database or data folder cannot be used."""
