"""The interface in Spanish: with the Spanish translators installed, the main window speaks Spanish."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from app import settings as S
from app.core import Hearth
from ui import i18n
from ui.context import UiContext
from ui.main_window import MainWindow

SPANISH_AREAS = {
    "home": "Inicio",
    "checkup": "Revisión",
    "scam": "¿Es una estafa?",
    "passwords": "Contraseñas",
    "accounts": "Cuentas y 2 pasos",
    "network": "Red y equipos",
    "reports": "Informes",
    "emergency": "Ayuda urgente",
    "settings": "Ajustes",
    "business": "Pequeña empresa",
    "caregiver": "Cuidadores",
}


@pytest.fixture
def spanish(qapp) -> Iterator[None]:  # noqa: ANN001
    translators = i18n.install("es", qapp)
    assert translators, "resources/i18n/hearth_es.qm is missing: run packaging/update_translations.py"
    try:
        yield
    finally:
        i18n.remove(translators, qapp)
    assert QCoreApplication.translate("Areas", "Home") == "Home"


@pytest.fixture
def es_window(qtbot, spanish: None, ui_ctx: UiContext) -> MainWindow:  # noqa: ANN001, ARG001
    w = MainWindow(ui_ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _headings(page) -> list[str]:  # noqa: ANN001
    return [label.text() for label in page.findChildren(QLabel) if label.objectName() in ("h1", "h2")]


def test_sidebar_and_headings_are_spanish(es_window: MainWindow, hearth: Hearth) -> None:
    nav = {
        es_window.nav.item(i).data(Qt.ItemDataRole.UserRole): es_window.nav.item(i).text()
        for i in range(es_window.nav.count())
    }
    assert nav == SPANISH_AREAS
    assert i18n.current_language() == "es"
    assert QLocale().language() == QLocale.Language.Spanish

    home = es_window.page("home")
    assert "Te damos la bienvenida a Hearth" in _headings(home)
    assert "Tu hogar" in _headings(home)
    buttons = {b.text() for b in home.findChildren(QPushButton)}
    assert {"¿Es una estafa?", "Hacer una revisión", "Creo que me han estafado"} <= buttons

    settings = es_window.page("settings")
    assert "Ajustes" in _headings(settings)
    language = next(c for c in settings.findChildren(QComboBox) if c.accessibleName() == "Idioma")
    assert [language.itemData(i) for i in range(language.count())] == ["", "en", "es"]
    language.setCurrentIndex(language.findData("es"))
    assert hearth.settings.get(S.LANGUAGE) == "es"

    emergency = es_window.page("emergency")
    assert "Creo que me han estafado" in _headings(emergency)
    assert "Hice clic en un enlace" in {b.text() for b in emergency.findChildren(QPushButton)}
    assert "Lo primero:" in emergency.view.toPlainText()
    assert "Cómo denunciarlo\n" in emergency.view.toPlainText()

    assert es_window.menuBar().actions()[0].text() == "&Archivo"


def test_member_roles_and_counts_are_spanish(spanish: None, qtbot, ui_ctx: UiContext, hearth: Hearth) -> None:  # noqa: ANN001, ARG001
    hearth.members.add("Rosa", "senior", ["Toby", "1952"])
    w = MainWindow(ui_ctx)
    qtbot.addWidget(w)
    assert w.member_switcher.itemText(0) == "Rosa (Persona mayor)"
    home = w.page("home")
    assert home.members.item(0).text() == "Rosa\nPersona mayor · 2 palabras personales"


def test_language_setting_chooses_the_language() -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    spanish = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    assert i18n.choose("", spanish) == "es"
    assert i18n.choose("", english) == "en"
    assert i18n.choose("en", spanish) == "en"
    assert i18n.choose("es", english) == "es"
    assert i18n.choose("", QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
