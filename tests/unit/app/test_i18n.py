"""app.i18n: matching finished English texts against the guidance catalogue and translating them."""

from __future__ import annotations

import pytest

from app import i18n
from app.i18n import Catalogue, Message


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


def test_unknown_text_is_none_and_strict_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    assert CAT.translate("Something nobody wrote down.") is None
    assert CAT.translate("Turn on two-step verification. Something else.") is None
    monkeypatch.setattr(i18n, "catalogue", lambda language: CAT)
    assert i18n.translate("Something nobody wrote down.", "es") == "Something nobody wrote down."
    with pytest.raises(i18n.Untranslated):
        i18n.translate("Something nobody wrote down.", "es", strict=True)
    assert i18n.translate("Open a.b and sign in.", "en") == "Open a.b and sign in."


def test_unfinished_and_bare_placeholder_messages_are_ignored() -> None:
    cat = Catalogue([Message("c", "Hello there", "Hola", False), Message("c", "{x}", "{x}!", True)])
    assert cat.translate("Hello there") is None
    assert cat.translate("anything") is None


def test_choose_follows_setting_then_environment() -> None:
    assert i18n.choose("es", {}) == "es"
    assert i18n.choose("", {"LANG": "es_ES.UTF-8"}) == "es"
    assert i18n.choose("", {"LANGUAGE": "fr:es", "LANG": "en_US.UTF-8"}) == "en"
    assert i18n.choose("", {"LANG": "C.UTF-8"}) == "en"
    assert i18n.choose("xx", {"LC_ALL": "es_MX"}) == "es"


def test_ts_round_trip(tmp_path) -> None:
    path = tmp_path / "g.ts"
    messages = [Message("a.py", "One & <two>", "Uno & <dos>", True), Message("b.json", "Three", "", False)]
    path.write_text(i18n.write_ts(path, "es", messages), encoding="utf-8")
    back = i18n.read_ts(path)
    assert [(m.context, m.source, m.translation, m.finished) for m in back] == [
        ("a.py", "One & <two>", "Uno & <dos>", True),
        ("b.json", "Three", "", False),
    ]


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


def test_a_gzipped_catalogue_reads_the_same(tmp_path) -> None:
    import gzip

    from app.resources import resource_path

    plain = resource_path("i18n", "guidance_es.ts")
    packed = tmp_path / "guidance_es.ts.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert i18n.read_ts(packed) == i18n.read_ts(plain)


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
    assert i18n.long_date(1, 5, 2027, "es") == "1 de mayo de 2027"
    assert i18n.long_date(1, 5, 2027, "en") == "1 May 2027"


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
