"""app.i18n: rendering messages (template + parameters) in the reader's language, the catalogue files."""

from __future__ import annotations

import datetime as dt

import pytest

from app import i18n
from app.i18n import Catalogue, Message
from checks.i18n import N_, NP_, Msg, from_data, listed, to_data

CAT = Catalogue(
    Message("ctx", s, t, True)
    for s, t in [
        ("Turn on two-step verification.", "Activa la verificación en dos pasos."),
        ("Open {site} and sign in.", "Abre {site} e inicia sesión."),
        ("text message codes", "códigos por SMS"),
        ("passkeys", "llaves de acceso"),
        ("Switch from {method} to an app.", "Cambia de {method} a una aplicación."),
        ("Security report for {who}", "Informe de seguridad de {who}"),
        ("Jordan", "Jordania"),
        ("Done", "Hecho"),
        ("Status: {status}", "Estado: {status}"),
        ("{n} account", "{n} cuenta"),
        ("{n} accounts", "{n} cuentas"),
        ("Breached on {when}.", "Filtrada el {when}."),
        ("Methods: {methods}", "Métodos: {methods}"),
    ]
)


@pytest.fixture
def es(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "catalogue", lambda language: CAT if language == "es" else Catalogue(()))


def test_a_message_is_rendered_from_its_template_and_parameters(es: None) -> None:
    msg = N_("Open {site} and sign in.", site="bank.example")
    assert msg == "Open bank.example and sign in."
    assert i18n.translate(msg, "es") == "Abre bank.example e inicia sesión."
    assert i18n.translate(msg, "en") == "Open bank.example and sign in."


def test_data_is_never_translated_only_messages_are(es: None) -> None:
    """A member called "Jordan" or "Done" stays as typed; the word "Done" as a message is translated."""
    assert i18n.translate(N_("Security report for {who}", who="Jordan"), "es") == "Informe de seguridad de Jordan"
    assert i18n.translate(N_("Security report for {who}", who="Done"), "es") == "Informe de seguridad de Done"
    assert i18n.translate(N_("Status: {status}", status=N_("Done")), "es") == "Estado: Hecho"
    assert i18n.translate(N_("Switch from {method} to an app.", method=N_("text message codes")), "es") == (
        "Cambia de códigos por SMS a una aplicación."
    )
    # a plain text is looked up exactly: no template is matched against finished English
    assert i18n.translate("Open bank.example and sign in.", "es") == "Open bank.example and sign in."
    assert i18n.translate("Done", "es") == "Hecho"


def test_plurals_numbers_dates_and_lists_come_from_babel(es: None) -> None:
    assert i18n.translate(NP_("{n} account", "{n} accounts", n=1), "es") == "1 cuenta"
    assert i18n.translate(NP_("{n} account", "{n} accounts", n=0), "es") == "0 cuentas"
    many = NP_("{n} account", "{n} accounts", n=12345)
    assert many == "12,345 accounts" and i18n.translate(many, "es") == "12.345 cuentas"
    when = N_("Breached on {when}.", when=dt.date(2026, 11, 3))
    assert when == "Breached on 3 November 2026."
    assert i18n.translate(when, "es") == "Filtrada el 3 de noviembre de 2026."
    methods = N_("Methods: {methods}", methods=listed([N_("passkeys"), N_("text message codes"), "YubiKey"]))
    assert methods == "Methods: passkeys, text message codes and YubiKey"
    assert i18n.translate(methods, "es") == "Métodos: llaves de acceso, códigos por SMS y YubiKey"
    assert i18n.long_date(1, 5, 2027, "es") == "1 de mayo de 2027"
    assert i18n.long_date(1, 5, 2027, "en") == "1 May 2027"
    assert i18n.MONTHS["es"][4] == "mayo" and i18n.MONTHS["en"][10] == "November"


def test_joined_messages_translate_part_by_part_and_survive_storage(es: None) -> None:
    msg = N_("Turn on two-step verification.") + " " + N_("Security report for {who}", who="Jordan")
    back = from_data(to_data(msg))
    assert isinstance(back, Msg) and back == msg
    assert i18n.translate(back, "es") == "Activa la verificación en dos pasos. Informe de seguridad de Jordan"


def test_errors_keep_their_message(es: None) -> None:
    from app.errors import InvalidInput

    err = InvalidInput(N_("Security report for {who}", who="Jordan"), hint=N_("Turn on two-step verification."))
    assert str(err) == "Security report for Jordan Turn on two-step verification."
    assert i18n.translate(str(err), "es") == "Informe de seguridad de Jordan Activa la verificación en dos pasos."


def test_unknown_text_is_none_and_strict_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    assert CAT.translate("Something nobody wrote down.") is None
    assert CAT.translate("Turn on two-step verification. Something else.") is None
    monkeypatch.setattr(i18n, "catalogue", lambda language: CAT)
    with pytest.raises(i18n.Untranslated):
        i18n.translate(N_("Something {x} wrote down.", x="nobody"), "es", strict=True)
    assert i18n.translate("Something nobody wrote down.", "es") == "Something nobody wrote down."
    with pytest.raises(i18n.Untranslated):
        i18n.translate("Something nobody wrote down.", "es", strict=True)
    assert i18n.translate("Open a.b and sign in.", "en") == "Open a.b and sign in."


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


def test_a_gzipped_catalogue_reads_the_same(tmp_path) -> None:
    import gzip

    from app.resources import resource_path

    plain = resource_path("i18n", "guidance_es.ts")
    packed = tmp_path / "guidance_es.ts.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert i18n.read_ts(packed) == i18n.read_ts(plain)


