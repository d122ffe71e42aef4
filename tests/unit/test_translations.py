"""The interface translations (resources/i18n/*.ts, *.qm) and the translated guidance files.

(a) every message of the Spanish .ts has a finished, non-empty translation (and every plural form);
(b) each translation keeps the placeholders of its source ({name}, {0}, %n, %1, %s, %d, %v, %m)
    and the same number of keyboard accelerators;
(c) the compiled .qm matches the .ts: loaded with QTranslator it gives the .ts's Spanish text;
(d) the Spanish emergency playbooks have the same ids, step counts and reporting regions as the English ones;
(e) the guidance catalogue (resources/i18n/guidance_es.ts: what checks/ and app/ say) is current with
    the code, complete, and keeps every {placeholder}.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import playbooks
from app.resources import resource_path

I18N = resource_path("i18n")
ES_TS = I18N / "hearth_es.ts"
EN_TS = I18N / "hearth_en.ts"

# {name} / {0} (str.format), %n %1 %v %m (Qt), %s %d (Python %-formatting)
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%(?:n|[0-9]+|[sdvm])")
ACCELERATOR = re.compile(r"&(?!&)(?=\w)")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message))
    return out


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_spanish_ts_is_complete_and_finished() -> None:
    messages = _messages(ES_TS)
    assert len(messages) > 500  # the whole interface, not a sample
    problems = []
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        forms = _forms(message)
        if message.get("numerus") == "yes" and len(forms) != 2:  # Spanish: singular and plural
            problems.append(f"{context}: {source!r} needs 2 plural forms, has {len(forms)}")
        if any(not form.strip() for form in forms):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


def test_english_plural_forms_are_finished() -> None:
    messages = _messages(EN_TS)
    assert messages, "hearth_en.ts holds the English plural forms"
    for context, message in messages:
        assert message.get("numerus") == "yes", (context, message.findtext("source"))
        forms = _forms(message)
        assert len(forms) == 2 and all(f.strip() for f in forms), (context, message.findtext("source"))


@pytest.mark.parametrize("ts", [ES_TS, EN_TS], ids=lambda p: p.name)
def test_translations_keep_placeholders_and_accelerators(ts: Path) -> None:
    problems = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in _forms(message):
            got = sorted(PLACEHOLDER.findall(form))
            if got != wanted:
                problems.append(f"{context}: {source!r} -> {form!r}: placeholders {got} != {wanted}")
            if len(ACCELERATOR.findall(form)) != len(ACCELERATOR.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r}: keyboard accelerator lost or added")
    assert not problems, "\n".join(problems)


def test_placeholder_check_catches_a_lost_placeholder() -> None:
    """The check above would fail on a translation that drops or renames a placeholder."""
    assert sorted(PLACEHOLDER.findall("Remove {name}?")) != sorted(PLACEHOLDER.findall("¿Quitar a {nombre}?"))
    assert PLACEHOLDER.findall("%n day(s)") == ["%n"]
    assert PLACEHOLDER.findall("Looking up %1…") == ["%1"]


def _load_translator(qapp, name: str):  # noqa: ANN001, ANN202
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(name, str(I18N)), f"{name}.qm missing: run packaging/update_translations.py"
    return translator


def test_qm_matches_the_ts(qapp) -> None:  # noqa: ANN001
    """Every finished message of the .ts comes out of the compiled .qm (so the .qm is not stale)."""
    translator = _load_translator(qapp, "hearth_es")
    stale = []
    for context, message in _messages(ES_TS):
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            forms = _forms(message)
            for n, expected in ((1, forms[0]), (3, forms[1])):
                got = translator.translate(context, source, None, n)
                if got != expected:
                    stale.append(f"{context}: {source!r} n={n}: {got!r} != {expected!r}")
        else:
            expected = _forms(message)[0]
            got = translator.translate(context, source)
            if got != expected:
                stale.append(f"{context}: {source!r}: {got!r} != {expected!r}")
    assert not stale, "run packaging/update_translations.py:\n" + "\n".join(stale[:20])


def test_known_strings_in_spanish(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication

    translator = _load_translator(qapp, "hearth_es")
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Areas", "Scam check") == "¿Es una estafa?"
        assert QCoreApplication.translate("Areas", "Passwords") == "Contraseñas"
        assert QCoreApplication.translate("HomePage", "Welcome to Hearth") == "Te damos la bienvenida a Hearth"
        assert (
            QCoreApplication.translate("Dashboard", "Next checkup: {date} (in %n day(s))", None, 3)
            == "Próxima revisión: {date} (dentro de 3 días)"
        )
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("Areas", "Passwords") == "Passwords"


def test_english_plurals_read_naturally(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication

    translator = _load_translator(qapp, "hearth_en")
    source = "Next checkup: {date} (in %n day(s))"
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Dashboard", source, None, 1) == "Next checkup: {date} (in 1 day)"
        assert QCoreApplication.translate("Dashboard", source, None, 5) == "Next checkup: {date} (in 5 days)"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_spanish_playbooks_match_the_english_ones() -> None:
    en = playbooks.load()
    es = playbooks.load("es")
    assert es.language == "es" and en.language == "en"
    assert [p.id for p in es.playbooks] == [p.id for p in en.playbooks]
    assert [len(p.steps) for p in es.playbooks] == [len(p.steps) for p in en.playbooks]
    assert [bool(p.first) for p in es.playbooks] == [bool(p.first) for p in en.playbooks]
    assert [bool(p.say) for p in es.playbooks] == [bool(p.say) for p in en.playbooks]
    assert set(es.reporting) == set(en.reporting)
    assert {k: len(v) for k, v in es.reporting.items()} == {k: len(v) for k, v in en.reporting.items()}
    assert es.playbook("paid").title != en.playbook("paid").title  # really translated
    assert es.label("report") == "Cómo denunciarlo" and en.label("report") == "How to report"
    raw = json.loads(resource_path("guidance", "playbooks.es.json").read_text(encoding="utf-8"))
    assert set(raw) >= {"intro", "playbooks", "reporting", "pause"}


def test_playbooks_fall_back_to_english() -> None:
    assert playbooks.load("fr").language == "en"
    assert playbooks.load("fr").playbook("paid").title == playbooks.load().playbook("paid").title
    assert playbooks.load("es_MX").language == "es"
    assert playbooks.load("").language == "en"
    assert "lang='es'" in playbooks.to_html(playbooks.load("es"), "ES")


def test_cli_emergency_speaks_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    assert main(["emergency", "paid", "--language", "es", "--region", "ES", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["playbooks"][0]["title"] == playbooks.load("es").playbook("paid").title
    assert any("017" in line for line in data["report"])
    assert main(["emergency", "paid"]) == 0
    out = capsys.readouterr().out
    assert "How to report:" in out and playbooks.load().playbook("paid").title.upper() in out


# --- the guidance catalogue (texts of checks/ and app/, read by app/i18n.py) -----------------

GUIDANCE_ES = I18N / "guidance_es.ts"


def _guidance_tool():
    import importlib.util

    spec = importlib.util.spec_from_file_location("guidance_catalogue", ROOT / "packaging" / "guidance_catalogue.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ROOT = Path(__file__).resolve().parents[2]


def test_guidance_catalogue_is_current_with_the_code() -> None:
    """Every N_() text in checks/ and app/ and the guidance files' prose is in guidance_es.ts, nothing else."""
    tool = _guidance_tool()
    assert tool.update(check=True) == [], "run: .venv/bin/python packaging/update_translations.py"


def test_guidance_catalogue_is_complete_and_keeps_placeholders() -> None:
    from app import i18n

    messages = i18n.read_ts(GUIDANCE_ES)
    assert len(messages) > 1000  # every finding, reason and step, not a sample
    problems = []
    for m in messages:
        if not m.finished or not m.translation.strip():
            problems.append(f"{m.context}: {m.source!r} is not translated")
        elif sorted(i18n.placeholders(m.source)) != sorted(i18n.placeholders(m.translation)):
            problems.append(f"{m.context}: {m.source!r} -> {m.translation!r} changes the placeholders")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])


def test_guidance_sources_translate_to_themselves_in_spanish() -> None:
    """Each catalogue source, as the program would print it, comes back in Spanish (nothing shadows it)."""
    from app import i18n

    cat = i18n.Catalogue(i18n.read_ts(GUIDANCE_ES))
    wrong = []
    for m in i18n.read_ts(GUIDANCE_ES):
        if not m.finished or i18n.placeholders(m.source):
            continue
        if cat.translate(m.source) != m.translation:
            wrong.append(m.source)
    assert not wrong, wrong[:20]


def test_every_page_has_its_own_translation_context() -> None:
    """Each page's tr() texts are in a context named after its class, not one "Page" shared by all."""
    contexts = {name for name, _ in _messages(ES_TS)}
    assert "Page" not in contexts
    for page in ("AccountsPage", "CheckupPage", "EmergencyPage", "HomePage", "NetworkPage", "PasswordsPage",
                 "ReportsPage", "ScamPage", "SettingsPage"):
        assert page in contexts, page


def test_one_term_one_spanish_text_on_every_surface() -> None:
    """A word both the window (hearth_es.ts) and checks/app (guidance_es.ts) show reads the same in both:
    "Likely scam" is one Spanish text in the CLI, the reports and the window (issue 13 §1)."""
    from app import i18n

    guidance = {m.source: m.translation for m in i18n.read_ts(GUIDANCE_ES) if m.finished}
    differ = []
    for context, message in _messages(ES_TS):
        source = message.findtext("source") or ""
        if source in guidance and message.get("numerus") != "yes":
            window = _forms(message)[0]
            if window != guidance[source]:
                differ.append(f"{context}: {source!r}: window {window!r}, guidance {guidance[source]!r}")
    assert not differ, "\n".join(differ)
    assert guidance["Likely scam"] == "Probable estafa"


def test_one_word_for_the_computer_in_spanish() -> None:
    """The Spanish is Spain's ("móvil", "ordenador"): one word for the computer everywhere, not
    "ordenador" on one page and "computadora" on the next."""
    for path in (ES_TS, GUIDANCE_ES):
        text = path.read_text(encoding="utf-8")
        assert "ordenador" in text and "computadora" not in text, path.name
