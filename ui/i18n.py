"""Which language the interface speaks, and loading its translations.

The interface follows the computer's language (``QLocale.system()``); the Settings page's
Language choice (``app.settings.LANGUAGE``: "" = follow the computer, "en", "es") overrides it.
Hearth's own messages come from ``resources/i18n/hearth_<lang>.qm``; Qt's standard words
(OK, Cancel, the right-click menus) from PySide6's ``qtbase_<lang>.qm`` when it is present.
English needs a small ``hearth_en.qm`` too: it holds only the plural forms ("1 day", "2 days").

The texts ``checks`` and ``app`` write (findings, scam reasons, steps, error messages) are
messages (``checks.i18n.Msg``: template + parameters) and are shown through ``guidance``, which
renders them in the interface language (``app.i18n.translate``, ``resources/i18n/guidance_<lang>.ts``);
``install`` and ``setup`` set ``app.i18n``'s language too, so reports and pages agree.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n as app_i18n
from app.resources import resource_path

log = logging.getLogger(__name__)

#: Languages the interface is translated into (besides English, the source language).
LANGUAGES = ("en", "es")
DEFAULT = "en"


def choose(setting: str, system: QLocale | None = None) -> str:
    """The interface language: the setting when it names a known language, else the computer's."""
    if setting in LANGUAGES:
        return setting
    system = system if system is not None else QLocale.system()
    for name in system.uiLanguages() or [system.name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT


def translations_dir() -> Path:
    return resource_path("i18n")


def _qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install(language: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Install the translators for ``language`` on the application; returns them (keep them alive).

    Missing files are not an error: the interface then stays in English.
    """
    app = app or QCoreApplication.instance()
    installed: list[QTranslator] = []
    if app is None:
        return installed
    if not _locale_before:
        _locale_before.append(QLocale())
        _guidance_before.append(app_i18n.current())
    app_i18n.set_language(language)  # the texts of checks/ and app/ follow the interface
    QLocale.setDefault(QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English))
    candidates = [(f"hearth_{language}", str(translations_dir()))]
    if language != "en":
        candidates.append((f"qtbase_{language}", _qt_translations_dir()))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("no translation %s in %s", name, folder)
            translator.deleteLater()
    return installed


def remove(translators: list[QTranslator], app: QCoreApplication | None = None) -> None:
    app = app or QCoreApplication.instance()
    if app is None:
        return
    for translator in translators:
        app.removeTranslator(translator)
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())
    if _guidance_before:
        app_i18n.set_language(_guidance_before.pop())


def current_language() -> str:
    """The language the interface speaks now ("en" or "es"), from the default locale ``install`` set."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT


def setup(app: QCoreApplication, setting: str) -> str:
    """Choose the language from the setting and the computer, install its translators; returns it."""
    language = choose(setting)
    app_i18n.set_language(language)  # reports, errors and guidance from app/ and checks/ agree with the window
    if _installed and _language[0] == language:
        return language
    remove(_installed, app)
    _installed.clear()
    _installed.extend(install(language, app))
    _language[0] = language
    return language


_locale_before: list[QLocale] = []  # the default locale before the first install, for remove()
_guidance_before: list[str] = []  # app.i18n's language before the first install, for remove()
_installed: list[QTranslator] = []  # kept alive for the life of the application
_language = [DEFAULT]


# Status and severity words come from ``checks`` and ``app`` in English; the interface shows them
# translated. The tables list the English words so that lupdate extracts them.
_WORDS = (
    # checks.base.Severity.label
    QT_TRANSLATE_NOOP("Status", "For your information"),
    QT_TRANSLATE_NOOP("Status", "Low"),
    QT_TRANSLATE_NOOP("Status", "Medium"),
    QT_TRANSLATE_NOOP("Status", "High"),
    QT_TRANSLATE_NOOP("Status", "Urgent"),
    # checks.network.Status.label
    QT_TRANSLATE_NOOP("Status", "Good"),
    QT_TRANSLATE_NOOP("Status", "Needs attention"),
    QT_TRANSLATE_NOOP("Status", "Risky"),
    QT_TRANSLATE_NOOP("Status", "Couldn't check"),
    # app.checkup.STATUS_LABELS
    QT_TRANSLATE_NOOP("Status", "Not done yet"),
    QT_TRANSLATE_NOOP("Status", "Done"),
    QT_TRANSLATE_NOOP("Status", "Skipped"),
    QT_TRANSLATE_NOOP("Status", "Not available"),
    QT_TRANSLATE_NOOP("Status", "Stopped"),
    QT_TRANSLATE_NOOP("Status", "Could not finish"),
)


def word(label: str) -> str:
    """A status or severity word from ``checks``/``app`` (English) in the interface language."""
    translated = QCoreApplication.translate("Status", label)
    return translated if translated != label else guidance(label)


# ---------------------------------------------------------------------------------------------
# Texts written by ``checks`` and ``app`` (findings, reasons, advice, steps, error messages) are
# English, marked with ``N_`` and translated in resources/i18n/guidance_<lang>.ts. The pages pass
# each one through ``guidance`` when they show it: the page decides nothing, it only translates.
# User data (names, account names, pasted messages) is never passed through it.


def guidance(text: str) -> str:
    """A message (or a plain text, looked up exactly) from ``checks``/``app`` in the interface language."""
    if not text:
        return text
    return app_i18n.translate(text)


def guidance_all(texts: Iterable[str]) -> list[str]:
    """``guidance`` of each text (fix steps, advice, reasons), in order."""
    return [guidance(t) for t in texts]


def guidance_title(display_title: str, title: str) -> str:
    """A finding's display title ("Gmail: Turn on two-step verification") with its title translated.

    ``app.checkup.StoredFinding.display_title`` puts the account in front of the title when the
    title does not name it; the account is user data, so only the title part is translated.
    """
    if title and title in display_title and display_title != title:
        return display_title.replace(title, guidance(title), 1)
    return guidance(display_title)


def tr_or_guidance(context: str, text: str) -> str:
    """A label the interface lists for lupdate (``context``), else from the guidance catalogue."""
    translated = QCoreApplication.translate(context, text)
    return translated if translated != text else guidance(text)


def reader_date(stamp: str) -> str:
    """A stored date or time ("2026-12-07", "2026-12-07T14:05:00+00:00") as its day in the reader's form
    ("7 December 2026", "7 de diciembre de 2026"), never ISO; the text itself if unreadable."""
    import datetime as dt

    try:
        day = dt.date.fromisoformat(str(stamp)[:10])
    except ValueError:
        return str(stamp)
    return app_i18n.format_date(day, current_language())


def reader_time(stamp: str) -> str:
    """A stored time as the reader writes it, in local time ("7 Dec 2026, 14:05"); the text itself if unreadable."""
    import datetime as dt

    from babel.dates import format_datetime

    try:
        at = dt.datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp)
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return format_datetime(at.astimezone(), "medium", locale=current_language())
