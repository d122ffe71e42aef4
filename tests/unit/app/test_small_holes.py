"""Issue 15 §5, the smaller holes: each ends in a plain message, with nothing lost or left behind."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.core import Hearth
from app.paths import Paths

ROOT = Path(__file__).resolve().parents[3]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


# 1. a damaged JSON cell --------------------------------------------------------------------------


def test_a_damaged_personal_words_cell_is_tolerated_and_named(hearth: Hearth) -> None:
    ana = hearth.members.add("Ana", "adult", ["rex"])
    hearth.members.add("Ben", "adult", ["blue"])
    db = sqlite3.connect(Paths.default().database)
    with db:
        db.execute("update members set personal_words = '{bad' where id = ?", [ana.id])
    db.close()
    listed = {m.name: m for m in hearth.members.list()}
    assert listed["Ana"].personal_words == () and listed["Ana"].damaged == ("personal_words",)
    assert listed["Ben"].personal_words == ("blue",) and listed["Ben"].damaged == ()
    r = run_cli("members", "list")
    assert r.returncode == 0 and "Traceback" not in r.stderr
    assert "Ana" in r.stdout and "Ben" in r.stdout
    assert "Ana" in r.stderr and f"record {ana.id}" in r.stderr and "damaged" in r.stderr
    r = run_cli("members", "list", "--json")
    assert r.returncode == 0, r.stderr
    shown = {m["name"]: m for m in json.loads(r.stdout)}
    assert shown["Ana"]["damaged"] == ["personal_words"] and "damaged" not in shown["Ben"]
    # Setting the words again repairs the record.
    fixed = hearth.members.update(ana.id, personal_words=["rex"])
    assert fixed.personal_words == ("rex",) and fixed.damaged == ()


# 2. a CSV without a header row --------------------------------------------------------------------


def test_a_csv_without_header_never_echoes_its_cells(hearth: Hearth, tmp_path: Path) -> None:
    from app import passwords
    from app.errors import InvalidInput

    member = hearth.members.add("Ana")
    csv_file = tmp_path / "export.csv"
    csv_file.write_text("github,https://github.com,ana@example.com,Canary-7319-Secret!\n", encoding="utf-8")
    try:
        passwords.import_csv(hearth, member.id, csv_file)
    except InvalidInput as exc:
        text = str(exc) + " " + str(exc.hint or "")
    else:
        raise AssertionError("the file was accepted")
    assert "does not recognise" in text and "4 columns" in text
    for cell in ("github", "ana@example.com", "Canary"):
        assert cell not in text
    r = run_cli("members", "add", "Ana")
    r = run_cli("password", "import", str(csv_file), "--member", "Ana")
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "Canary" not in r.stderr + r.stdout and "ana@example.com" not in r.stderr + r.stdout


# 3. a FIFO, a folder or a device as the CSV -------------------------------------------------------


def test_only_regular_files_are_imported(hearth: Hearth, tmp_path: Path) -> None:
    import os

    import pytest

    from app import passwords
    from app.errors import InvalidInput

    member = hearth.members.add("Ana")
    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)  # nobody ever writes: opening it the ordinary way would wait forever
    with pytest.raises(InvalidInput, match="not an ordinary file"):
        passwords.import_csv(hearth, member.id, fifo)
    with pytest.raises(InvalidInput, match="not an ordinary file"):
        passwords.import_csv(hearth, member.id, "/dev/null")
    with pytest.raises(InvalidInput, match="folder"):
        passwords.import_csv(hearth, member.id, tmp_path)
    run_cli("members", "add", "Ana")
    r = run_cli("password", "import", str(fifo), "--member", "Ana")
    assert r.returncode != 0 and "not an ordinary file" in r.stderr and "Traceback" not in r.stderr


# 4. UTF-16 without a BOM -------------------------------------------------------------------------


def test_utf16_without_bom_is_read(hearth: Hearth, tmp_path: Path) -> None:
    from app import passwords
    from checks import password_import as imp

    text = "name,url,username,password\nGitHub,https://github.com,zoë@example.com,Tr0ub4dor&3-long-one\n"
    for codec in ("utf-16-le", "utf-16-be"):
        decoded, used = imp.decode(text.encode(codec))
        assert decoded == text and used == codec
    member = hearth.members.add("Zoë")
    csv_file = tmp_path / "export.csv"
    csv_file.write_bytes(text.encode("utf-16-le"))
    result = passwords.import_csv(hearth, member.id, csv_file)
    assert [a.service for a in hearth.accounts.list(member.id)] == ["GitHub"], result
    # Real binary data is still refused.
    import pytest

    with pytest.raises(imp.CsvImportError, match="binary"):
        imp.decode(bytes(range(256)) * 4)


# 5. a 0-byte database file -----------------------------------------------------------------------


def test_an_empty_database_file_is_reported_once() -> None:
    db_file = Paths.default().ensure().database
    db_file.write_bytes(b"")
    r = run_cli("members", "list")
    assert r.returncode == 0 and "Traceback" not in r.stderr
    assert "was empty (0 bytes)" in r.stderr and "backup" in r.stderr
    assert "0 bytes" in Paths.default().log_file.read_text(encoding="utf-8")
    assert db_file.stat().st_size > 0
    again = run_cli("members", "list")
    assert again.returncode == 0 and "0 bytes" not in again.stderr


# 6. report export: a long name, a special file ------------------------------------------------------


def test_report_export_to_a_long_name_is_a_plain_message(hearth: Hearth, tmp_path: Path) -> None:
    hearth.members.add("Ana")
    long_name = tmp_path / ("r" * 296 + ".pdf")
    r = run_cli("members", "add", "Ana")
    r = run_cli("report", "export", "--member", "Ana", "--output", str(long_name))
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "something went wrong" not in r.stderr and "too long" in r.stderr
    assert "Traceback" not in Paths.default().log_file.read_text(encoding="utf-8")
    assert list(tmp_path.iterdir()) == [tmp_path / "hearth-data"]


def test_report_export_never_replaces_a_special_file(hearth: Hearth, tmp_path: Path) -> None:
    import os

    import pytest

    from app import reports
    from app.errors import InvalidInput

    fifo = tmp_path / "report.html"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInput, match="not an ordinary file"):
        reports.write_file(fifo, b"<p>x</p>")
    assert fifo.is_fifo()
    with pytest.raises(InvalidInput, match="not an ordinary file"):
        reports.write_file("/dev/null", b"x")
    assert Path("/dev/null").is_char_device()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hearth-data", "report.html"]
    ordinary = reports.write_file(tmp_path / "ok.html", b"<p>ok</p>")
    assert ordinary.read_bytes() == b"<p>ok</p>"
