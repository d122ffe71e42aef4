"""Base URLs of every service, overridable by environment variable or setting (for tests and mirrors)."""

from __future__ import annotations

from collections.abc import Mapping

#: service name -> (default base URL, environment variable)
SERVICES: dict[str, tuple[str, str]] = {
    "pwned_passwords": ("https://api.pwnedpasswords.com", "HEARTH_PWNED_PASSWORDS_URL"),
    "hibp": ("https://haveibeenpwned.com/api/v3", "HEARTH_HIBP_URL"),
    "twofa_directory": ("https://api.2fa.directory", "HEARTH_2FA_DIRECTORY_URL"),
    "passkeys_directory": ("https://passkeys-api.2fa.directory", "HEARTH_PASSKEYS_DIRECTORY_URL"),
    "safe_browsing": ("https://safebrowsing.googleapis.com", "HEARTH_SAFE_BROWSING_URL"),
    "urlhaus": ("https://urlhaus-api.abuse.ch", "HEARTH_URLHAUS_URL"),
    "virustotal": ("https://www.virustotal.com/api/v3", "HEARTH_VIRUSTOTAL_URL"),
    "llm": ("", "HEARTH_LLM_URL"),
    "feeds": ("", "HEARTH_FEEDS_URL"),
    "endoflife": ("https://endoflife.date/api", "HEARTH_ENDOFLIFE_URL"),
}


def base_url(service: str, overrides: Mapping[str, str] | None = None) -> str:
    """The base URL for a service: environment first, then the settings override, then the default."""
    from app import config

    default, _env = SERVICES[service]
    value = config.current().service_urls.get(service, "") or (overrides or {}).get(service, "").strip() or default
    return value.rstrip("/")
