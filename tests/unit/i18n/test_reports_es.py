"""Spanish reports: with the language set to Spanish, the report's own words, the findings, the
checkup steps, the checklist and the consent sentences are all in Spanish; names and reasons the
family typed stay as typed; JSON on the command line stays English.

The texts come from the real code (``hearth`` fixture, real database, real checkup answers).
PDF text is read back with pypdf, as in tests/unit/app/test_reports.py.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import checkup as C
from app import i18n
from app import reports as R
from app import settings as S
from app.caregiver import CareLinks
from app.cli import main
from app.core import Hearth
from app.errors import InvalidInput, StorageError
from app.legacy import LegacyChecklist
from checks.base import Severity

NOW = dt.datetime(2026, 5, 3, 12, 0, tzinfo=dt.timezone.utc)
REASON = "I changed it last week at the bank"


@pytest.fixture(autouse=True)
def _language_restored(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Whatever a test sets, app.i18n's language is put back afterwards (it is process-wide)."""
    monkeypatch.setitem(i18n._state, "language", i18n._state["language"])
    yield


@pytest.fixture
def household(hearth: Hearth) -> Hearth:
    """Rosé Zoë (a checkup with open, dismissed and skipped items), her carer Ana, and "High"."""
    rose = hearth.members.add("Rosé Zoë", "senior")
    ana = hearth.members.add("Ana")
    hearth.members.add("High")  # a name that is also a word in the catalogue ("Alta")
    c = C.Checkup.start(hearth, rose.id)
    c.skip()  # passwords: skipped
    c.answer({"email_current": "no", "phone_current": "unsure", "codes_saved": "yes", "legacy_contact": "no"})
    c.safe_word_answer("no")
    c.finish()
    fid = next(f.id for f in C.FindingsStore(hearth).list(rose.id) if f.check_id == "recovery.phone_current")
    C.FindingsStore(hearth).dismiss(fid, REASON)
    CareLinks(hearth).grant(rose.id, ana.id, ["findings", "reports"])
    LegacyChecklist(hearth).set(rose.id, "google_inactive", "done")
    return hearth


def _rose(hearth: Hearth) -> int:
    return hearth.members.find("Rosé Zoë").id


def _pdf_text(path: Path) -> str:
    pypdf = pytest.importorskip("pypdf")
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def _flat(text: str) -> str:
    """Words only: PDF text extraction breaks lines where the page wrapped them."""
    return " ".join(text.split())


def test_spanish_html_report_translates_headings_and_findings(household: Hearth) -> None:
    data = R.build_report(household, member_id=_rose(household), now=NOW)
    text = R.render_html(data, "es")
    assert '<html lang="es">' in text
    for spanish in (
        "Informe de seguridad de Rosé Zoë",
        "Hecho por Hearth el 3 de mayo de 2026.",
        "Este informe no contiene contraseñas, códigos ni palabras clave.",
        "Cómo funciona la puntuación:",
        "Puntuación: ",
        "primero las más importantes",
        "Descartadas (no restan puntos)",
        "Pasos de la revisión",
        "Herencia digital y acceso de emergencia",
        "Permiso para la persona que cuida",
        "Última revisión: ",
        "Próxima revisión: ",
        "hazlo esta semana",
    ):
        assert spanish in text, spanish
    for english in ("Security report for", "Made by Hearth", "How the score works", "Score: ", "To do (",
                    "Checkup steps", "Last checkup", "Caregiver consent", "most important first", "points"):
        assert english not in text, english
    # The findings: title, why and every fix step, translated from the catalogue.
    assert data.members[0].todo, "the recovery answers left open items"
    for item in data.members[0].todo:
        assert R._e(i18n.translate(item.title, "es", strict=True)) in text
        assert R._e(i18n.translate(item.why, "es", strict=True)) in text
        for step in item.fix:
            assert R._e(i18n.translate(step, "es", strict=True)) in text
        assert R._e(i18n.translate(item.severity_label, "es", strict=True)) in text
        assert R._e(i18n.translate(item.area, "es", strict=True)) in text
    assert "Revisa el correo de recuperación de tus cuentas principales" in text
    assert i18n.translate(C.SCORE_MODEL_TEXT, "es", strict=True) in text
    # Steps (one skipped), checklist and consent sentences.
    for title, status, message in data.members[0].steps:
        assert R._e(i18n.translate(title, "es", strict=True)) in text
        assert R._e(i18n.translate(status, "es", strict=True)) in text
        assert R._e(i18n.translate(message, "es", strict=True)) in text
    for item, status in data.members[0].legacy:
        assert R._e(i18n.translate(item, "es", strict=True)) in text
        assert R._e(i18n.translate(status, "es", strict=True)) in text
    for sentence in data.members[0].consents:
        assert R._e(i18n.translate(sentence, "es", strict=True)) in text
    # What the family typed stays as typed, next to the translated words.
    assert f"— motivo: {REASON}" in text


def test_report_language_follows_the_current_language(household: Hearth) -> None:
    data = R.build_report(household, member_id=_rose(household), now=NOW)
    i18n.set_language("es")
    assert "Informe de seguridad de Rosé Zoë" in R.render_html(data)
    i18n.set_language("en")
    english = R.render_html(data)
    assert "Security report for Rosé Zoë" in english and "Made by Hearth on 3 May 2026." in english
    assert "Informe" not in english and "Score: " in english
    assert "Check the recovery e-mail on your main accounts" in english


def test_names_that_are_catalogue_words_are_not_translated(household: Hearth) -> None:
    assert i18n.translate("High", "es") == "Alta"  # the severity word
    high = household.members.find("High")
    text = R.render_html(R.build_report(household, member_id=high.id, now=NOW), "es")
    assert "Informe de seguridad de High" in text and "Alta" not in text
    household_text = R.render_html(R.build_report(household, household=True, now=NOW), "es")
    assert "Informe de seguridad del hogar" in household_text
    assert "<h2>High</h2>" in household_text and "Puntuación del hogar:" in household_text


def test_spanish_pdf_report_prints_accents(household: Hearth, tmp_path: Path) -> None:
    i18n.set_language("es")
    path = R.export(household, tmp_path / "rose.pdf", "pdf", member_id=_rose(household), now=NOW)
    text = _flat(_pdf_text(path))
    for spanish in (
        "Informe de seguridad de Rosé Zoë",
        "Hecho por Hearth el 3 de mayo de 2026.",
        "Revisa el correo de recuperación de tus cuentas principales",
        "Acuerda una palabra clave familiar",
        "Pasos de la revisión",
        "Cómo funciona la puntuación:",
        "Herencia digital y acceso de emergencia",
    ):
        assert spanish in text, spanish
    assert "Security report" not in text and "Checkup steps" not in text
    data = R.build_report(household, member_id=_rose(household), now=NOW)
    first = data.members[0].todo[0]
    assert _flat(i18n.translate(first.why, "es", strict=True)) in text


def test_spanish_cards_and_emergency_sheet(household: Hearth, tmp_path: Path) -> None:
    expected = {
        "pause": ("PAUSA", "Llamada inesperada + emoción + prisa", "Recorta por las líneas de puntos."),
        "safe-word": ("Nuestra palabra clave familiar", "velvet walrus", "Nunca publiques esta palabra en internet."),
        "emergency": ("Contactos de emergencia", "Rosé Zoë (quien cuida: Ana)", "Si crees que te han estafado",
                      "Llama a tu banco al número que aparece en tu tarjeta."),
    }
    for card, words in expected.items():
        path = R.export_card(household, card, tmp_path / f"{card}.pdf", word="velvet walrus", language="es")
        text = _flat(_pdf_text(path))
        for word in words:
            assert word in text, (card, word)
        assert "Cut along" not in text and "Emergency contacts" not in text


def test_spanish_gap_report(hearth: Hearth) -> None:
    from app.business import BusinessAudit, load_questions

    shop = hearth.members.add("High", "business")
    _, questions = load_questions()
    BusinessAudit(hearth).save(shop.id, {questions[0].id: ("no", "")})
    text = R.render_gap_html(hearth, shop.id, NOW, language="es")
    assert "Informe de carencias de la pequeña empresa de High" in text
    assert "Hecho por Hearth el 3 de mayo de 2026." in text and "1 de " in text and "preguntas respondidas." in text
    assert "Cómo resolverla:" in text and "Small-business gap report" not in text


def test_report_errors_are_marked_and_translated(hearth: Hearth, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as no_one:
        R.build_report(hearth, household=True)
    assert i18n.translate(no_one.value.message, "es", strict=True) == (
        "Todavía no hay nadie en el hogar, así que no hay nada que informar."
    )
    rose = hearth.members.add("Rose")
    with pytest.raises(StorageError) as missing:
        R.export(hearth, tmp_path / "missing" / "r.html", "html", member_id=rose.id)
    assert i18n.translate(missing.value.message, "es", strict=True).startswith("Hearth no pudo guardar en ")
    assert i18n.translate(missing.value.hint, "es", strict=True).endswith("No se escribió nada.")
    with pytest.raises(InvalidInput) as folder:
        R.export(hearth, tmp_path, "html", member_id=rose.id)
    assert " es una carpeta. " in i18n.translate(folder.value.message, "es", strict=True)


def test_every_report_word_has_a_spanish_translation() -> None:
    """Every text marked in the report, CLI and severity code is translated (catalogue complete)."""
    import importlib.util

    root = Path(__file__).resolve().parents[3]
    spec = importlib.util.spec_from_file_location("guidance_catalogue_reports_es", root / "packaging" / "guidance_catalogue.py")
    assert spec is not None and spec.loader is not None
    catalogue = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(catalogue)
    missing = catalogue.unfinished("es", ("app/reports.py", "app/cli.py", "app/commands/report.py", "checks/base.py"))
    assert missing == []
    for severity in Severity:
        assert i18n.translate(severity.label, "es", strict=True) != severity.label


def test_cli_follows_the_language_setting_but_json_stays_english(
    household: Hearth, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    household.settings.set(S.LANGUAGE, "es")
    household.close()  # the CLI opens its own
    out = tmp_path / "r.html"
    assert main(["report", "export", "--member", "Rosé Zoë", "--output", str(out)]) == 0
    assert f"Informe guardado en {out}." in capsys.readouterr().out
    assert "Informe de seguridad de Rosé Zoë" in out.read_text(encoding="utf-8")
    assert main(["report", "export", "--member", "Rosé Zoë", "--output", str(tmp_path / "no" / "r.pdf")]) != 0
    assert "Hearth no pudo guardar en" in capsys.readouterr().err
    assert main(["checkup", "run", "--member", "Rosé Zoë", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    titles = {f["title"] for f in data["findings"]}
    assert "Check the recovery e-mail on your main accounts" in titles  # the machine contract: English


def test_typed_words_stay_as_typed_in_a_spanish_report(hearth: Hearth, tmp_path: Path) -> None:
    """A member called "Jordan" and a reason typed as "Done" (a catalogue word: "Hecho") print as typed."""
    assert i18n.translate("Done", "es") != "Done"
    jordan = hearth.members.add("Jordan")
    c = C.Checkup.start(hearth, jordan.id)
    c.skip()
    c.answer({"email_current": "no", "phone_current": "no", "codes_saved": "yes", "legacy_contact": "no"})
    c.safe_word_answer("no")
    c.finish()
    fid = next(f.id for f in C.FindingsStore(hearth).list(jordan.id) if f.check_id == "recovery.phone_current")
    C.FindingsStore(hearth).dismiss(fid, "Done")
    data = R.build_report(hearth, member_id=jordan.id, now=NOW)
    page = R.render_html(data, "es")
    assert "Informe de seguridad de Jordan" in page and "<h2>Jordan</h2>" in page
    assert "motivo: Done" in page
    path = R.export(hearth, tmp_path / "jordan.pdf", "pdf", member_id=jordan.id, now=NOW, language="es")
    text = _flat(_pdf_text(path))
    assert "Informe de seguridad de Jordan" in text and "motivo: Done" in text
    assert "Descartadas" in text and "Dismissed" not in text  # the report's own words are in Spanish
