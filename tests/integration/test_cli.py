"""The command line as scripts use it: real processes, a real database in HEARTH_DATA_DIR."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def hearth(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=60
    )


def test_members_round_trip_and_private_file() -> None:
    r = hearth("members", "add", "Alice", "--role", "senior", "--words", "Rex, Maple Street")
    assert r.returncode == 0, r.stderr
    r = hearth("members", "list", "--json")
    data = json.loads(r.stdout)
    assert [(m["name"], m["role"]) for m in data] == [("Alice", "senior")]
    assert data[0]["personal_words"] == ["Rex", "Maple Street"]
    db = Path(os.environ["HEARTH_DATA_DIR"]) / "hearth.sqlite3"
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_errors_are_plain_and_non_zero() -> None:
    assert hearth("members", "add", "Alice").returncode == 0
    r = hearth("members", "add", "alice")
    assert r.returncode == 2 and "already a member called" in r.stderr and "Traceback" not in r.stderr
    r = hearth("members", "remove", "Nobody")
    assert r.returncode == 3 and "no member called" in r.stderr
    r = hearth("members", "add", "x" * 10_000)
    assert r.returncode == 2 and "too long" in r.stderr
    assert json.loads(hearth("members", "list", "--json").stdout)[0]["name"] == "Alice"


def test_edit_remove_and_version() -> None:
    hearth("members", "add", "Bob")
    assert hearth("members", "edit", "bob", "--role", "child", "--rename", "Bobby").returncode == 0
    assert json.loads(hearth("members", "list", "--json").stdout)[0]["name"] == "Bobby"
    assert hearth("members", "remove", "Bobby").returncode == 0
    assert json.loads(hearth("members", "list", "--json").stdout) == []
    r = hearth("--version")
    assert r.returncode == 0 and r.stdout.startswith("Hearth ")


def test_ledger_starts_empty() -> None:
    r = hearth("ledger", "--json")
    assert r.returncode == 0 and json.loads(r.stdout) == []
    assert "Nothing has left this computer" in hearth("ledger").stdout


def test_damaged_database_is_explained_not_a_traceback() -> None:
    data = Path(os.environ["HEARTH_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    (data / "hearth.sqlite3").write_bytes(b"garbage" * 1000)
    r = hearth("members", "list")
    assert r.returncode != 0 and "damaged" in r.stderr and "Traceback" not in r.stderr


def test_keys_are_read_from_stdin_not_arguments() -> None:
    r = hearth("keys", "set", "hibp", "0123")  # an argument is not accepted as the key
    assert r.returncode == 2


def test_scam_check_reads_a_dash_as_standard_input() -> None:
    text = "Your parcel is on hold. Pay the $1.99 fee now: https://usps-redelivery.top/pay"
    piped = hearth("scam", "check", "--offline", "--json", "-", stdin=text)
    direct = hearth("scam", "check", "--offline", "--json", text)
    assert piped.returncode == direct.returncode, piped.stderr
    assert json.loads(piped.stdout)["verdict"] == json.loads(direct.stdout)["verdict"] == "scam"


def test_scam_check_with_warning_signs_is_not_marked_ok() -> None:
    alert = "Wells Fargo Fraud Prevention: Did you use card ending 0934 for $89.00 at STEAMGAMES.COM? Reply YES or NO."
    r = hearth("scam", "check", "--offline", alert)
    assert r.stdout.startswith("[! ] A few warning signs"), r.stdout
    plain = hearth("scam", "check", "--offline", "Running late, see you at 7 at the station.")
    assert plain.stdout.startswith("[ok] No red flags found"), plain.stdout
