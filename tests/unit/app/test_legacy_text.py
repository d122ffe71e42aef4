"""The old matcher, kept only for the migration that converts stored English texts to messages
(app/storage/legacy_text.py): matching finished English back to templates, and ``to_message``."""

from __future__ import annotations

import datetime as dt

from app.i18n import Message
from app.storage.legacy_text import Catalogue, long_date
from checks.i18n import Msg, to_data


def _cat(*pairs: tuple[str, str]) -> Catalogue:
    return Catalogue(Message("ctx", s, t, True) for s, t in pairs)


CAT = _cat(
    ("Turn on two-step verification.", "Activa la verificación en dos pasos."),
    ("Open {site} and sign in.", "Abre {site} e inicia sesión."),
    ("text message codes", "códigos por SMS"),
    ("Switch from {method} to an app.", "Cambia de {method} a una aplicación."),
    ("{name} was breached on {when}.", "{name} sufrió una filtración el {when}."),
    ("{name} was breached on {when}, twice.", "{name} sufrió dos filtraciones, la última el {when}."),
    ("Why it matters:", "Por qué importa:"),
)


def test_exact_source() -> None:
    assert CAT.translate("Turn on two-step verification.") == "Activa la verificación en dos pasos."


def test_template_keeps_the_values() -> None:
    assert CAT.translate("Open bank.example and sign in.") == "Abre bank.example e inicia sesión."


def test_values_that_are_sources_are_translated_too() -> None:
    assert CAT.translate("Switch from text message codes to an app.") == "Cambia de códigos por SMS a una aplicación."


def test_the_most_specific_template_wins() -> None:
    assert CAT.translate("Acme was breached on 2024-01-02, twice.") == "Acme sufrió dos filtraciones, la última el 2024-01-02."
    assert CAT.translate("Acme was breached on 2024-01-02.") == "Acme sufrió una filtración el 2024-01-02."


def test_sentences_joined_by_spaces_and_lines_are_translated_one_by_one() -> None:
    text = "Turn on two-step verification. Open x.org and sign in.\n\nWhy it matters: Turn on two-step verification."
    assert CAT.translate(text) == (
        "Activa la verificación en dos pasos. Abre x.org e inicia sesión.\n\n"
        "Por qué importa: Activa la verificación en dos pasos."
    )


def test_surrounding_space_is_kept() -> None:
    assert CAT.translate("  Turn on two-step verification.\n") == "  Activa la verificación en dos pasos.\n"


def test_unfinished_and_bare_placeholder_messages_are_ignored() -> None:
    cat = Catalogue([Message("c", "Hello there", "Hola", False), Message("c", "{x}", "{x}!", True)])
    assert cat.translate("Hello there") is None
    assert cat.translate("anything") is None


def test_a_template_does_not_swallow_the_sentences_before_it() -> None:
    cat = _cat(
        ("{site} offers {method}, which is stronger.", "{site} ofrece {method}, que es más fuerte."),
        ("Codes by text can be stolen.", "Los códigos por SMS se pueden robar."),
        ("text message codes", "códigos por SMS"),
    )
    text = "Codes by text can be stolen. Gmail offers text message codes, which is stronger."
    assert cat.translate(text) == "Los códigos por SMS se pueden robar. Gmail ofrece códigos por SMS, que es más fuerte."
    assert cat.translate("Something else. Gmail offers x, which is stronger.") is None


def test_lists_in_a_value_are_translated_item_by_item() -> None:
    cat = _cat(("Methods: {methods}", "Métodos: {methods}"), ("text message codes", "códigos por SMS"), ("passkeys", "llaves de acceso"))
    assert cat.translate("Methods: passkeys, text message codes, YubiKey") == "Métodos: llaves de acceso, códigos por SMS, YubiKey"


def test_values_people_typed_are_never_translated() -> None:
    cat = _cat(("{who} has a weak password.", "{who} tiene una contraseña débil."), ("High", "Alta"),
               ("Level: {level}", "Nivel: {level}"))
    assert cat.translate("High has a weak password.") == "High tiene una contraseña débil."
    assert cat.translate("Level: High") == "Nivel: Alta"


def test_many_placeholders_match_like_lazy_groups() -> None:
    source = "Removed {n1} {k1}, {n2} {k2} and {n3} {k3}."
    cat = _cat((source, "Se quitaron {n1} {k1}, {n2} {k2} y {n3} {k3}."), ("phone numbers", "números de teléfono"))
    assert cat.translate("Removed 2 phone numbers, 1 name and 3 e-mail addresses.") == (
        "Se quitaron 2 números de teléfono, 1 name y 3 e-mail addresses."
    )
    assert cat.translate("Removed 2 phone numbers and 1 name.") is None


def test_dates_inside_a_sentence_are_written_the_spanish_way() -> None:
    cat = Catalogue([Message("c", "Hearth's copy is from {when}.", "La copia de Hearth es del {when}.", True),
                     Message("c", "May", "Mayo", True)], "es")
    assert cat.translate("Hearth's copy is from 3 November 2026.") == "La copia de Hearth es del 3 de noviembre de 2026."
    assert long_date(1, 5, 2027, "es") == "1 de mayo de 2027"
    assert long_date(1, 5, 2027, "en") == "1 May 2027"


def test_lists_with_and_and_counts_are_translated_and_joined_the_spanish_way() -> None:
    cat = Catalogue(
        [
            Message("c", "Removed {removed}.", "Se quitó: {removed}.", True),
            Message("c", "phone numbers", "números de teléfono", True),
            Message("c", "name", "nombre", True),
            Message("c", "identity documents", "identificaciones", True),
            Message("c", "Security questions and answers", "Preguntas y respuestas de seguridad", True),
            Message("c", "Lost: {what}", "Perdido: {what}", True),
        ],
        "es",
    )
    assert cat.translate("Removed 2 phone numbers and 1 name.") == "Se quitó: 2 números de teléfono y 1 nombre."
    assert cat.translate("Removed 1 name and 3 identity documents.") == "Se quitó: 1 nombre y 3 identificaciones."
    assert cat.translate("Removed 1 name and identity documents.") == "Se quitó: 1 nombre e identificaciones."
    # an item that itself contains "and" is taken whole
    assert cat.translate("Lost: name, Security questions and answers") == (
        "Perdido: nombre, Preguntas y respuestas de seguridad"
    )
    # nothing in the list is a source: the value stays as it is, and so does the match
    assert cat.translate("Lost: Rosa and Pablo") == "Perdido: Rosa and Pablo"


def test_to_message_gives_template_and_parameters_back() -> None:
    cat = Catalogue(
        [
            Message("c", "Turn on {method} for {who}.", "Activa {method} para {who}.", True),
            Message("c", "text message codes", "códigos por SMS", True),
            Message("c", "Hearth's copy is from {when}.", "La copia de Hearth es del {when}.", True),
            Message("c", "Done", "Hecho", True),
            Message("c", "Security report for {who}", "Informe de seguridad de {who}", True),
        ],
        "es",
    )
    msg = cat.to_message("Turn on text message codes for Jordan.")
    assert isinstance(msg, Msg) and msg == "Turn on text message codes for Jordan."
    assert to_data(msg) == {"t": "Turn on {method} for {who}.", "p": {"method": {"t": "text message codes"}, "who": "Jordan"}}
    dated = cat.to_message("Hearth's copy is from 3 November 2026. Done")
    assert to_data(dated) == {"join": [{"t": "Hearth's copy is from {when}.", "p": {"when": {"date": "2026-11-03"}}}, " ", {"t": "Done"}]}
    assert dated == "Hearth's copy is from 3 November 2026. Done"
    # a member called "Done": a verbatim placeholder keeps the name as data
    assert to_data(cat.to_message("Security report for Done")) == {"t": "Security report for {who}", "p": {"who": "Done"}}
    assert cat.to_message("Something nobody wrote down.") == "Something nobody wrote down."
    assert not isinstance(cat.to_message("Something nobody wrote down."), Msg)
    assert dt.date(2026, 11, 3)  # dates come back as dates (above), not text
