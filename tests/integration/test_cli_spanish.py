"""The command line in Spanish: real ``hearth`` processes with a Spanish environment.

Human output speaks the user's language (the command's own words and the texts that come from
``checks``/``app``); ``--json`` output is the machine contract and stays exactly the English it
is without the Spanish environment. Everything here is offline (HEARTH_OFFLINE=1, ``--offline``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app import i18n, playbooks
from checks.i18n import N_

ROOT = Path(__file__).resolve().parents[2]
SCAM = (
    "URGENT: your bank account is suspended. Verify now at http://secure-bank-login.xyz/verify "
    "or it will be closed within 24 hours"
)


def run(language: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)  # HEARTH_DATA_DIR and the service URLs come from tests/conftest.py
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        env.pop(name, None)
    if language == "es":
        env.update(LANGUAGE="es", LANG="es_ES.UTF-8")
    else:
        env.update(LANGUAGE="en", LANG="C.UTF-8")
    env.update(HEARTH_OFFLINE="1", HEARTH_PROBE_LOOPBACK_ONLY="1", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=stdin, capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=60, env=env,
    )


def es(text: str) -> str:
    """The Spanish of an English text from checks/app (raises when there is none)."""
    return i18n.translate(text, "es", strict=True)


def same_json(*args: str, stdin: str | None = None) -> Any:
    """The --json output, which must be identical with and without the Spanish environment."""
    en_run, es_run = run("en", *args, stdin=stdin), run("es", *args, stdin=stdin)
    assert en_run.returncode == 0 == es_run.returncode, (en_run.stderr, es_run.stderr)
    data = json.loads(en_run.stdout)
    assert json.loads(es_run.stdout) == data
    return data


@pytest.fixture(autouse=True)
def _fresh_catalogue() -> None:
    i18n.reload()  # the catalogue file may have been updated since another test loaded it


def test_members_add_list_edit_remove_in_spanish() -> None:
    r = run("es", "members", "list")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Todavía no hay nadie. Añade a alguien con: hearth members add NOMBRE --role adult")

    r = run("es", "members", "add", "Alice", "--role", "senior")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "Se añadió a Alice (persona mayor)."
    assert run("es", "members", "list").stdout.strip() == "Alice\tpersona mayor"
    assert run("en", "members", "list").stdout.strip() == "Alice\tsenior"  # English stays English

    data = same_json("members", "list", "--json")
    assert [(m["name"], m["role"]) for m in data] == [("Alice", "senior")]  # the role id, never a translation

    r = run("es", "members", "edit", "alice", "--role", "child")
    assert r.stdout.strip() == "Se guardó a Alice (niño o niña)."
    # A user's name is never translated, even when it is a word Hearth translates.
    r = run("es", "members", "add", "adult", "--role", "business")
    assert r.stdout.strip() == "Se añadió a adult (pequeña empresa)."

    r = run("es", "members", "remove", "Nobody")  # the error comes from app/ (another helper's text)
    assert r.returncode == 3 and "Traceback" not in r.stderr
    assert r.stderr.startswith("hearth: " + es(N_("There is no member called {member}.", member="'Nobody'"))), r.stderr
    assert "no member called" not in r.stderr

    r = run("es", "members", "remove", "Alice")
    assert r.stdout.strip() == "Se quitó a Alice y todo lo que Hearth guardaba sobre esa persona."


def test_scam_check_offline_in_spanish_json_unchanged() -> None:
    data = same_json("scam", "check", "--offline", "--json", "--region", "US", SCAM)
    assert data["verdict"] == "scam" and data["reasons"] and data["advice"]
    assert data["verdict_words"] == "Likely scam"  # JSON stays English
    assert all(r["message"].isascii() for r in data["reasons"])  # the English messages, not the Spanish

    r = run("es", "scam", "check", "--offline", "--region", "US", SCAM)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == f"[!!] {es('Likely scam')}"
    # how sure, in words, as the window says it (the number stays in --json)
    assert lines[1] in (es("Hearth is very sure this is a scam."), es("Hearth is fairly sure this is a scam."))
    assert not any(c.isdigit() for c in lines[1])
    assert "Señales de alerta:" in lines and "Qué hacer ahora:" in lines
    assert "Red flags:" not in r.stdout and "What to do now:" not in r.stdout
    # The same analysis in this process gives the reasons as messages (template + parameters): their
    # Spanish is what the command must print (English text is never matched back to a translation).
    from app.i18n import translate
    from checks.scam import analyse

    spanish = {str(r.message): translate(r.message, "es", strict=True) for r in analyse(SCAM, region="US").reasons}
    for i, reason in enumerate(data["reasons"], 1):
        # translated whole, then numbered; the quoted evidence (what the user pasted) stays as it was
        expected = f"  {i}. {spanish[reason['message']]}"
        assert any(line.startswith(expected) for line in lines), expected
        assert spanish[reason["message"]] != reason["message"]
        if reason["evidence"]:
            assert any(line.startswith(expected) and reason["evidence"][:20] in line for line in lines)
    for i, step in enumerate(data["advice"], 1):
        assert f"  {i}. {es(step)}" in lines
    assert SCAM not in r.stdout  # the message itself is never printed back whole

    r = run("es", "scam", "check", "--offline", stdin="   \n")
    assert r.returncode != 0
    assert r.stderr.strip() == "hearth: No hay nada que revisar: el mensaje está vacío."


def test_scam_check_without_red_flags_in_spanish() -> None:
    r = run("es", "scam", "check", "--offline", "--region", "US", "See you at dinner tonight")
    assert r.returncode == 0, r.stderr
    # the window's words (app.presenters.scam_view): never "safe", and the same sentence on both faces
    assert "No se encontró ninguna. Eso no demuestra que sea auténtico: si tienes dudas" in r.stdout
    assert r.stdout.splitlines()[1] == "A Hearth nada de esto le parece una estafa."


def test_password_check_in_spanish_json_unchanged() -> None:
    data = same_json("password", "check", "--json", stdin="password123\n")
    assert data["score"] == 0 and data["breach"]["checked"] is False and data["breach"]["count"] is None
    assert data["label"] == "Very weak"

    r = run("es", "password", "check", stdin="password123\n")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == f"Fuerza: {es('Very weak')} (0 de 4)"
    assert lines[1] == (
        f"Tiempo aproximado para descifrarla: {es(data['crack_time'])}, para un delincuente con una copia "
        "robada de la lista de contraseñas"
    )
    assert f"Atención: {es(data['warning'])}" in lines
    for s in data["suggestions"]:
        assert f"- {es(s)}" in lines
    assert lines[-1] == "No se comparó con las listas de filtraciones (añade --breach para preguntar a Pwned Passwords)."
    assert "Strength" not in r.stdout and "password123" not in r.stdout

    english = run("en", "password", "check", stdin="password123\n").stdout
    assert english.startswith("Strength: Very weak (0 of 4)")


def test_emergency_in_spanish_json_unchanged() -> None:
    data = same_json("emergency", "paid", "--json", "--region", "US")
    english = playbooks.load("en").playbook("paid")
    assert data["playbooks"][0]["title"] == english.title  # JSON is English unless --language asks

    spanish = playbooks.load("es").playbook("paid")
    assert spanish.title != english.title
    r = run("es", "emergency", "paid", "--region", "US")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(spanish.title.upper())
    for i, step in enumerate(spanish.steps, 1):
        assert f"{i}. {step}" in r.stdout
    assert english.steps[0] not in r.stdout

    r = run("es", "emergency")
    assert playbooks.load("es").intro in r.stdout

    # --language still chooses explicitly, for people and for JSON.
    assert run("es", "emergency", "paid", "--language", "en").stdout.startswith(english.title.upper())
    r = run("en", "emergency", "paid", "--json", "--language", "es", "--region", "US")
    assert json.loads(r.stdout)["playbooks"][0]["title"] == spanish.title

    r = run("es", "emergency", "nothing-like-this")  # error text from app/playbooks.py
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert r.stderr.startswith("hearth: " + es(N_("There is no emergency guide called {playbook_id}.", playbook_id="'nothing-like-this'")))


def test_ledger_and_keys_in_spanish() -> None:
    assert same_json("ledger", "--json") == []
    r = run("es", "ledger")
    assert r.stdout.strip() == "Nada ha salido de este equipo: Hearth no se ha comunicado con ningún servicio."
    r = run("es", "keys", "set", "hibp", stdin="")  # an empty key is refused, in Spanish (text from app/)
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "hearth: " + es(N_("The {what} is empty, so nothing was saved.", what=N_("Have I Been Pwned API key"))) in r.stderr
