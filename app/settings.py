"""Every setting Hearth has, declared once in a typed schema.

Widgets and commands never use raw keys: they use the ``Setting`` objects here
(``settings.get(OFFLINE)``), which check types and fall back to defaults when a
stored value is missing or of the wrong type.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from app.errors import InvalidInput
from app.storage.repos import SettingsRepo
from checks.i18n import N_

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: key, type, default and a plain label for the Settings page."""

    key: str
    type: type
    default: T
    label: str
    description: str = ""
    validate: Callable[[Any], bool] | None = None

    def coerce(self, value: Any) -> T:
        if value is None:
            if self.default is not None:
                label = self.label
                raise InvalidInput(N_(f"The setting '{label}' cannot be empty."))
            return value  # type: ignore[return-value]
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if (self.type is not bool and isinstance(value, bool)) or not isinstance(value, self.type):
            label, kind = self.label, self.type.__name__
            raise InvalidInput(N_(f"The setting '{label}' needs a {kind}."))
        if self.validate is not None and not self.validate(value):
            label = self.label
            raise InvalidInput(N_(f"That value is not allowed for '{label}'."))
        return value  # type: ignore[no-any-return]


SCHEMA: dict[str, Setting[Any]] = {}


def _declare(setting: Setting[T]) -> Setting[T]:
    SCHEMA[setting.key] = setting
    return setting


OFFLINE = _declare(
    Setting(
        "offline",
        bool,
        False,
        N_("Work offline"),
        N_("When on, Hearth never contacts any service; checks that need the internet say so."),
    )
)
CURRENT_MEMBER = _declare(Setting("current_member_id", int, None, N_("Selected member")))
WINDOW_GEOMETRY = _declare(Setting("window_geometry", str, "", N_("Window size and position")))
TEXT_SCALE = _declare(
    Setting(
        "text_scale", float, 1.0, N_("Text size"), N_("Makes all text larger (1.0 to 2.0)."), lambda v: 1.0 <= v <= 2.0
    )
)
HIGH_CONTRAST = _declare(Setting("high_contrast", bool, False, N_("High contrast")))
LANGUAGE = _declare(Setting("language", str, "", N_("Language"), N_("Empty means: follow the computer's language.")))
SERVICE_URLS = _declare(
    Setting("service_urls", dict, {}, N_("Service addresses"), N_("Advanced: replacement base addresses for services."))
)
ENABLED_SERVICES = _declare(
    Setting("enabled_services", list, [], N_("Online services"), N_("Services the user has turned on."))
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
