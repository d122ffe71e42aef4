"""Every setting Hearth has, declared here, once, in a typed schema.

Widgets and commands never use raw keys: they use the ``Setting`` objects here
(``settings.get(OFFLINE)``), which check types and fall back to defaults when a
stored value is missing or of the wrong type. Feature modules re-export the ones they use
(``app.scam.SCAM_REGION is app.settings.SCAM_REGION``); they do not declare their own.

Public API: :func:`declare`, :func:`lookup`, :func:`parse`, :func:`all_settings`, ``SCHEMA``.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from app.errors import InvalidInput
from app.storage.repos import SettingsRepo
from checks.i18n import N_

T = TypeVar("T")
#: a ``Setting[list[str]]`` is read where an ``Iterable[str]`` is wanted (the setting is frozen)
T_co = TypeVar("T_co", covariant=True)


@dataclasses.dataclass(frozen=True)
class Setting(Generic[T_co]):
    """One setting: key, type, default and a plain label for the Settings page."""

    key: str
    type: type
    default: T_co
    label: str
    description: str = ""
    validate: Callable[[Any], bool] | None = None
    #: shown as hidden by ``hearth settings`` (no setting holds a secret today: those live in the keyring)
    secret: bool = False

    def coerce(self, value: Any) -> T_co:
        if value is None:
            if self.default is not None:
                label = self.label
                raise InvalidInput(N_("The setting '{label}' cannot be empty.", label=label))
            return value  # type: ignore[return-value]
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if (self.type is not bool and isinstance(value, bool)) or not isinstance(value, self.type):
            label, kind = self.label, self.type.__name__
            raise InvalidInput(N_("The setting '{label}' needs a {kind}.", label=label, kind=kind))
        if self.validate is not None and not self.validate(value):
            label = self.label
            raise InvalidInput(N_("That value is not allowed for '{label}'.", label=label))
        return value  # type: ignore[return-value]


SCHEMA: dict[str, Setting[Any]] = {}


def declare(setting: Setting[T]) -> Setting[T]:
    """Add a setting to the schema (every declaration lives in this module)."""
    if setting.key in SCHEMA and SCHEMA[setting.key] != setting:
        raise ValueError(f"setting {setting.key!r} is declared twice")
    SCHEMA[setting.key] = setting
    return setting



def all_settings() -> list[Setting[Any]]:
    return sorted(SCHEMA.values(), key=lambda s: s.key)


def lookup(key: str) -> Setting[Any]:
    """The setting called ``key``; InvalidInput (with the known keys) when there is none."""
    setting = SCHEMA.get(key.strip())
    if setting is None:
        known = ", ".join(sorted(SCHEMA))
        raise InvalidInput(
            N_("There is no setting called '{key}'.", key=key),
            hint=N_("The settings are: {known}.", known=known),
        )
    return setting


def parse(setting: Setting[T], text: str) -> T:
    """Turn typed text (a command line, a script) into a checked value for ``setting``."""
    raw = text.strip()
    label = setting.label
    value: Any
    if setting.type is bool:
        low = raw.lower()
        if low in ("1", "true", "yes", "on"):
            value = True
        elif low in ("0", "false", "no", "off"):
            value = False
        else:
            raise InvalidInput(N_("The setting '{label}' needs on or off.", label=label),
                               hint=N_("Type on or off."))
    elif setting.type is int:
        try:
            value = int(raw)
        except ValueError:
            raise InvalidInput(N_("The setting '{label}' needs a whole number.", label=label)) from None
    elif setting.type is float:
        try:
            value = float(raw)
        except ValueError:
            raise InvalidInput(N_("The setting '{label}' needs a number.", label=label)) from None
    elif setting.type in (list, dict):
        try:
            value = json.loads(raw) if raw else setting.type()
        except ValueError:
            value = [part.strip() for part in raw.split(",") if part.strip()] if setting.type is list else None
        if not isinstance(value, setting.type):
            hint = N_('Type a list such as ["urlhaus", "feeds"].') if setting.type is list else N_(
                'Type an object such as {"hibp": "https://example.org"}.')
            raise InvalidInput(N_("The setting '{label}' needs a list of values.", label=label)
                               if setting.type is list else
                               N_("The setting '{label}' needs names with values.", label=label), hint=hint)
    else:
        value = raw
    return setting.coerce(value)


OFFLINE = declare(
    Setting(
        "offline",
        bool,
        False,
        N_("Work offline"),
        N_("When on, Hearth never contacts any service; checks that need the internet say so."),
    )
)
CURRENT_MEMBER = declare(Setting("current_member_id", int, None, N_("Selected member")))
WINDOW_GEOMETRY = declare(Setting("window_geometry", str, "", N_("Window size and position")))
TEXT_SCALE = declare(
    Setting(
        "text_scale", float, 1.0, N_("Text size"), N_("Makes all text larger (1.0 to 2.0)."), lambda v: 1.0 <= v <= 2.0
    )
)
HIGH_CONTRAST = declare(Setting("high_contrast", bool, False, N_("High contrast")))
LANGUAGE = declare(Setting("language", str, "", N_("Language"), N_("Empty means: follow the computer's language.")))
SERVICE_URLS: Setting[dict[str, str]] = declare(
    Setting("service_urls", dict, {}, N_("Service addresses"), N_("Advanced: replacement base addresses for services."))
)
ENABLED_SERVICES: Setting[list[str]] = declare(
    Setting("enabled_services", list, [], N_("Online services"), N_("Services the user has turned on."))
)



def _scam_service_names() -> set[str]:
    from app.scam import SERVICES  # imported when a value is checked, not at start-up

    return set(SERVICES)


# -- scam checks (app/scam.py) ------------------------------------------------------------------
SCAM_SERVICES: Setting[list[str]] = declare(
    Setting(
        "scam_services",
        list,
        [],
        N_("Scam-check services"),
        N_("Online services asked during a scam check. All are off until you turn them on."),
        lambda v: all(isinstance(x, str) and x in _scam_service_names() for x in v),
    )
)
SCAM_REGION = declare(
    Setting(
        "scam_region",
        str,
        "",
        N_("Your country (for phone numbers and where to report scams)"),
        N_("A two-letter code such as US or GB. Empty means: follow the computer's settings."),
        lambda v: v == "" or (len(v) == 2 and v.isalpha() and v.isascii()),
    )
)
SCAM_LLM_MODEL = declare(
    Setting(
        "scam_llm_model",
        str,
        "",
        N_("Language model name"),
        N_("The model to ask, for example gpt-4o-mini or llama3.1."),
    )
)

# -- breach look-ups (app/services/hibp.py) ------------------------------------------------------
HIBP_RATE = declare(
    Setting(
        "hibp_requests_per_minute",
        int,
        10,
        N_("Have I Been Pwned look-ups per minute"),
        N_("The rate limit of your HIBP subscription (Pwned 1 allows 10 a minute)."),
        lambda v: 1 <= v <= 10_000,
    )
)

# -- checkup (app/checkup) ------------------------------------------------------------------------
CHECKUP_INTERVAL = declare(
    Setting(
        "checkup_interval_days",
        int,
        90,
        N_("Checkup reminder"),
        N_("How many days after a checkup the next one is due (7 to 365)."),
        lambda v: 7 <= v <= 365,
    )
)


class Settings:
    """The settings of this installation, stored in the database.

    Signals are not used here (no Qt): ``subscribe(callback)`` registers a function called
    as ``callback(setting, value)`` after every change.
    """

    def __init__(self, repo: SettingsRepo) -> None:
        self._repo = repo
        self._lock = threading.Lock()
        self._values = repo.load()
        self._listeners: list[Callable[[Setting[Any], Any], None]] = []

    def get(self, setting: Setting[T]) -> T:
        with self._lock:
            raw = self._values.get(setting.key, setting.default)
        try:
            return setting.coerce(raw)
        except InvalidInput:
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        value = setting.coerce(value)
        self._repo.save(setting.key, value)
        with self._lock:
            self._values[setting.key] = value
            listeners = list(self._listeners)
        for listener in listeners:
            listener(setting, value)

    def subscribe(self, callback: Callable[[Setting[Any], Any], None]) -> None:
        self._listeners.append(callback)
