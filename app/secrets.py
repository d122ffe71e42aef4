"""Secrets (API keys, the fingerprint key) live only in the OS keyring.

There is no plaintext fallback: without a usable backend, ``SecretStore`` raises
``KeyringUnavailable`` and the features that need a secret say so. Calls may block
on an unlock prompt, so the GUI calls them from a worker.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.errors import InvalidInput, KeyringUnavailable
from checks.i18n import N_

if TYPE_CHECKING:  # keyring is imported on first use: it costs ~50 ms at start-up
    import keyring.backend

log = logging.getLogger(__name__)

SERVICE = "hearth"

#: Names of the secrets Hearth may keep, with a plain description for messages.
KNOWN_SECRETS = {
    "hibp": N_("Have I Been Pwned API key"),
    "virustotal": N_("VirusTotal API key"),
    "urlhaus": N_("URLhaus Auth-Key"),
    "safe_browsing": N_("Google Safe Browsing API key"),
    "llm": N_("language model API key"),
    "fingerprint": N_("password fingerprint key"),
    "care_keys": N_("caring-at-a-distance keys"),
}

_INSECURE_BACKENDS = ("PlaintextKeyring", "UncryptedFileKeyring", "EncryptedKeyring", "NullKeyring")


def backend_problem(backend: keyring.backend.KeyringBackend) -> str | None:
    """Why this backend is unusable for Hearth, or None if it is fine."""
    name = type(backend).__name__
    if name == "ChainerBackend":
        inner = getattr(backend, "backends", [])
        if not inner:
            return N_("no secure key store is installed")
        problems = [backend_problem(b) for b in inner]
        return None if any(p is None for p in problems) else problems[0]
    if name in ("Keyring",) and type(backend).__module__.endswith("fail"):
        return N_("no secure key store is available")
    if name in _INSECURE_BACKENDS:
        return N_("the only key store available ({name}) keeps secrets as plain files", name=name)
    try:
        priority = float(getattr(backend, "priority", 0))
    except Exception:  # noqa: BLE001 - a backend whose priority check fails is unusable
        priority = 0
    if priority <= 0:
        return N_("the key store {name} cannot be used here", name=name)
    return None


class SecretStore:
    """Get, set and delete Hearth's secrets in the OS keyring."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        if self._backend is None:
            import keyring

            return keyring.get_keyring()
        return self._backend

    def check(self) -> None:
        """Raise KeyringUnavailable unless a secure backend is usable."""
        problem = backend_problem(self.backend)
        if problem:
            raise KeyringUnavailable(problem)

    def available(self) -> bool:
        try:
            self.check()
        except KeyringUnavailable:
            return False
        return True

    def get(self, name: str) -> str | None:
        import keyring.errors

        self._known(name)
        self.check()
        try:
            return self.backend.get_password(SERVICE, name)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(type(exc).__name__) from None

    def set(self, name: str, value: str) -> None:
        self._known(name)
        value = (value or "").strip()
        if not value:
            what = KNOWN_SECRETS[name]
            raise InvalidInput(N_("The {what} is empty, so nothing was saved.", what=what))
        self.check()
        import keyring.errors

        try:
            self.backend.set_password(SERVICE, name, value)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(type(exc).__name__) from None

    def delete(self, name: str) -> None:
        import keyring.errors

        self._known(name)
        self.check()
        try:
            self.backend.delete_password(SERVICE, name)
        except keyring.errors.PasswordDeleteError:
            return
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(type(exc).__name__) from None

    @staticmethod
    def _known(name: str) -> None:
        if name not in KNOWN_SECRETS:
            names = ", ".join(sorted(KNOWN_SECRETS))
            raise InvalidInput(
                N_("Hearth does not keep a secret called {name}.", name=repr(name)),
                hint=N_("Known names: {names}.", names=names),
            )
