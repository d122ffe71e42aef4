"""app.passwords: import and check store no password and no SHA-1; fingerprints; offline index; CLI."""

from __future__ import annotations

import hashlib
import io
import json
import logging
from pathlib import Path

import pytest

from app import cli, passwords
from app.core import Hearth
from app.errors import InvalidInput
from app.logs import setup_logging
from app.secrets import SecretStore
from app.services import pwned
from checks.base import Cancelled, CancelToken
from tests.helpers.fake_hibp import FakePwnedPasswords

SECRET = "Quokka-Lantern-7741!"
CHROME = (
    "name,url,username,password\n"
    f"Gmail,https://mail.google.com,alice@example.com,{SECRET}\n"
    f"Shop,https://shop.example/login,alice,{SECRET}\n"
    "Forum,https://forum.example,alice,Summer2023!\n"
    "News,https://news.example,alice,summer2024?\n"
    "Bank,https://www.chase.com,alice99,Zebra-Piano-Lantern-42-Oboe\n"
)


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()  # noqa: S324


def _all_bytes(*folders: Path) -> bytes:
    out = b""
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                out += path.read_bytes()
    return out


@pytest.fixture
def logged(hearth: Hearth):
    handler = setup_logging(hearth.paths.log_file, level=logging.DEBUG)
    yield hearth
    logging.getLogger().removeHandler(handler)
    handler.close()


def test_import_and_check_leave_no_password_or_sha1_anywhere(logged: Hearth, monkeypatch) -> None:
    hearth = logged
    member = hearth.members.add("Alice", personal_words=["Quokka"])
    with FakePwnedPasswords({SECRET: 3}) as fake:
        monkeypatch.setenv("HEARTH_PWNED_PASSWORDS_URL", fake.url)
        result = passwords.import_csv(hearth, member.id, CHROME.encode(), breach=True)
        check = passwords.check_password(hearth, SECRET, member.id, breach=True)
    assert result.imported == 5 and check["breach"]["count"] == 3
    logging.getLogger("app").info("after import")  # the log file exists and is written
    hearth.database.close()
    blob = _all_bytes(hearth.paths.data, hearth.paths.logs, hearth.paths.cache)
    assert b"after import" in blob  # the scan does see the log
    for needle in (SECRET, _sha1(SECRET), _sha1(SECRET).upper(), "Summer2023!", _sha1("Summer2023!")):
        assert needle.encode() not in blob, needle
        assert needle.encode("utf-16-le") not in blob, needle
    assert bytes.fromhex(_sha1(SECRET)) not in blob
    assert json.dumps(check).find(SECRET) == -1


def test_import_finds_reuse_and_variants_one_row_per_account(hearth: Hearth) -> None:
    member = hearth.members.add("Alice")
    result = passwords.import_csv(hearth, member.id, CHROME.encode())
    assert result.format == "chrome" and not result.breach_checked
    rows = {r.service: r for r in result.rows}
    assert len(result.rows) == 5
    assert "password.reused" in {p.check_id for p in rows["Gmail"].problems}
    assert "password.reused" in {p.check_id for p in rows["Shop"].problems}
    assert "password.similar" in {p.check_id for p in rows["Forum"].problems}
    assert "password.similar" in {p.check_id for p in rows["News"].problems}
    assert rows["Bank"].problems == ()
    assert result.rows[0].service == "Gmail"  # e-mail first
    stored = hearth.accounts.list(member.id)
    assert all(a.reuse_cluster.startswith("fp1:") for a in stored)
    assert all(a.strength_score is not None and a.breach_count is None for a in stored)
    assert hearth.secrets.get("fingerprint")


def test_variants_are_found_across_imports(hearth: Hearth) -> None:
    member = hearth.members.add("Alice")
    passwords.import_csv(hearth, member.id, b"name,url,username,password\nA,https://a.example,al,Winter2022!\n")
    passwords.add_login(hearth, member.id, "B", "winter2023#", domain="https://b.example")
    rows = passwords.account_health(hearth, member.id)
    assert all("password.similar" in {p.check_id for p in r.problems} for r in rows)


def test_without_keyring_reuse_is_found_within_the_import(memory_keyring) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    h = Hearth.open(secrets=SecretStore(FailKeyring()))
    try:
        member = h.members.add("Alice")
        result = passwords.import_csv(h, member.id, CHROME.encode())
        assert any("keyring" in n for n in result.notes)
        rows = {r.service: r for r in result.rows}
        assert "password.reused" in {p.check_id for p in rows["Gmail"].problems}
    finally:
        h.close()


def test_import_errors_are_plain(hearth: Hearth, tmp_path: Path) -> None:
    member = hearth.members.add("Alice")
    with pytest.raises(InvalidInput, match="does not recognise"):
        passwords.import_csv(hearth, member.id, b"a,b\n1,2\n")
    with pytest.raises(InvalidInput, match="no file"):
        passwords.import_csv(hearth, member.id, tmp_path / "missing.csv")
    big = tmp_path / "big.csv"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(InvalidInput, match="50 MB"):
        passwords.import_csv(hearth, member.id, big)
    assert hearth.accounts.list(member.id) == []


def test_cancelled_import_writes_nothing(hearth: Hearth) -> None:
    member = hearth.members.add("Alice")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        passwords.import_csv(hearth, member.id, CHROME.encode(), cancel=token)
    assert hearth.accounts.list(member.id) == []


def test_check_password_personal_and_long(hearth: Hearth) -> None:
    member = hearth.members.add("Alice", personal_words=["Rex"])
    assert passwords.check_password(hearth, "Rex2019!", member.id)["score"] <= 1
    assert passwords.check_password(hearth, "x" * 300)["length"] == 300
    empty = passwords.check_password(hearth, "")
    assert empty["score"] == 0 and empty["breach"]["checked"] is False


# -- offline index ------------------------------------------------------------------------


def _corpus(tmp_path: Path, words: list[str], *, ordered: bool = True, crlf: bool = False) -> Path:
    lines = [f"{_sha1(w).upper()}:{i + 1}" for i, w in enumerate(words)]
    lines += [f"{_sha1(f'filler-{i}').upper()}:1" for i in range(300)]
    lines.sort()
    if not ordered:
        lines.reverse()
    path = tmp_path / "pwnedpasswords.txt"
    path.write_text(("\r\n" if crlf else "\n").join(lines) + "\n")
    return path


@pytest.mark.parametrize(("ordered", "crlf"), [(True, False), (False, True)])
def test_offline_index_build_and_lookup(hearth: Hearth, tmp_path: Path, monkeypatch, ordered: bool, crlf: bool) -> None:
    monkeypatch.setattr(pwned, "SORT_CHUNK", 50)  # force several sorted runs for the unordered file
    source = _corpus(tmp_path, ["password", "letmein"], ordered=ordered, crlf=crlf)
    seen = []
    summary = pwned.build_offline_index(source, hearth.paths.data, progress=lambda d, t, x: seen.append((d, t)))
    assert summary["hashes"] == 302 and summary["was_sorted"] is ordered and summary["kind"] == "sha1"
    assert seen and seen[-1][0] == seen[-1][1]
    with pwned.find_offline_index(hearth.paths.data) as index:
        assert index.lookup_password("password") == 1
        assert index.lookup_password("letmein") == 2
        assert index.lookup_password("filler-17") == 1
        assert index.lookup_password("not in there") == 0
    # check_password uses it without any network (all URLs point at the discard port)
    result = passwords.check_password(hearth, "letmein")
    assert result["breach"] == {"checked": True, "count": 2, "source": "offline", "advice": passwords.breach_advice(2)}
    assert [p.name for p in hearth.paths.data.iterdir() if p.name.startswith("pwned-index-")] == []


def test_offline_index_ntlm_and_folder(hearth: Hearth, tmp_path: Path) -> None:
    assert pwned.ntlm_hex("password") == "8846F7EAEE8FB117AD06BDD830B7586C"
    assert pwned._md4(b"abc").hex() == "a448017aaf21d8525fc10ae87aa6729d"  # RFC 1320
    folder = tmp_path / "ranges"
    folder.mkdir()
    (folder / "8846F.txt").write_text("7EAEE8FB117AD06BDD830B7586C:5\r\n" + "A" * 27 + ":0")
    (folder / "00000.txt").write_text("B" * 27 + ":7")
    summary = pwned.build_offline_index(folder, hearth.paths.data)
    assert summary == {**summary, "kind": "ntlm", "hashes": 2}
    with pwned.find_offline_index(hearth.paths.data) as index:
        assert index.kind == "ntlm" and index.lookup_password("password") == 5


def test_offline_index_rejects_non_hash_files(hearth: Hearth, tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text(f"{_sha1('a').upper()}:1\nhello world\n")
    with pytest.raises(InvalidInput, match="line 2"):
        pwned.build_offline_index(bad, hearth.paths.data)
    assert pwned.find_offline_index(hearth.paths.data) is None
    assert [p for p in hearth.paths.data.iterdir() if p.name.startswith("pwned")] == []


def test_offline_index_cancel_leaves_nothing(hearth: Hearth, tmp_path: Path) -> None:
    source = _corpus(tmp_path, ["password"])
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        pwned.build_offline_index(source, hearth.paths.data, cancel=token)
    assert pwned.find_offline_index(hearth.paths.data) is None


# -- command line --------------------------------------------------------------------------


def _run(monkeypatch, capsys, argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_password_check_json(monkeypatch, capsys) -> None:
    code, out, _ = _run(monkeypatch, capsys, ["members", "add", "Alice"])
    assert code == 0
    code, out, err = _run(monkeypatch, capsys, ["password", "check", "--json", "--member", "Alice"], "password\n")
    assert code == 0, err
    data = json.loads(out)
    assert data["score"] == 0 and data["breach"] == {"checked": False, "count": None, "source": None, "advice": ""}
    assert {"score", "guesses_log10", "crack_time", "warning", "suggestions", "breach"} <= set(data)
    assert "password" not in out.replace('"', " ").split() and _sha1("password") not in out.lower()


def test_cli_breach_needs_network_and_says_so(monkeypatch, capsys) -> None:
    code, _out, err = _run(monkeypatch, capsys, ["password", "check", "--breach"], "hunter2\n")
    assert code != 0 and "could not be reached" in err


def test_cli_import_and_health_json(monkeypatch, capsys, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(CHROME)
    _run(monkeypatch, capsys, ["members", "add", "Alice"])
    code, out, err = _run(monkeypatch, capsys, ["password", "import", str(path), "--member", "Alice", "--json"])
    assert code == 0, err
    data = json.loads(out)
    assert data["imported"] == 5 and len(data["accounts"]) == 5 and SECRET not in out
    code, out, _ = _run(monkeypatch, capsys, ["password", "health", "--member", "Alice", "--json"])
    assert [a["service"] for a in json.loads(out)["accounts"]][0] == "Gmail"


def test_cli_offline_index(monkeypatch, capsys, tmp_path: Path) -> None:
    source = _corpus(tmp_path, ["password"])
    code, out, err = _run(monkeypatch, capsys, ["breach", "offline-index", "--exact", str(source)])
    assert code == 0, err
    assert "Indexed 301" in out
    code, out, _ = _run(monkeypatch, capsys, ["password", "check", "--json"], "password\n")
    assert json.loads(out)["breach"]["count"] == 1


def test_cli_offline_index_builds_the_compact_store_by_default(monkeypatch, capsys, tmp_path: Path) -> None:
    source = _corpus(tmp_path, ["password"])
    code, out, err = _run(monkeypatch, capsys, ["breach", "offline-index", str(source)])
    assert code == 0, err
    assert "Stored 301 hashes in the compact offline list." in out and "very likely" in out
    code, out, _ = _run(monkeypatch, capsys, ["breach", "status", "--json"])
    assert json.loads(out)["complete"] is True and json.loads(out)["hashes"] == 301
    code, out, _ = _run(monkeypatch, capsys, ["password", "check", "--json"], "password\n")
    breach = json.loads(out)["breach"]
    assert breach["count"] == 1 and breach["exact"] is False and breach["source"] == "offline"


def test_cli_add_by_hand(monkeypatch, capsys) -> None:
    _run(monkeypatch, capsys, ["members", "add", "Alice"])
    code, out, err = _run(monkeypatch, capsys, ["password", "add", "--member", "Alice", "--service", "Gmail",
                                                 "--domain", "mail.google.com", "--login", "alice@example.com",
                                                 "--changed", "2020-01-01", "--json"], "Autumn2019!\n")
    assert code == 0, err
    _run(monkeypatch, capsys, ["password", "add", "--member", "Alice", "--service", "Shop"], "autumn2020?\n")
    code, out, _ = _run(monkeypatch, capsys, ["password", "health", "--member", "Alice", "--json"])
    rows = json.loads(out)["accounts"]
    assert [r["service"] for r in rows][0] == "Gmail"
    assert all("password.similar" in {p["check_id"] for p in r["problems"]} for r in rows)
    assert "Autumn2019" not in out
    code, _out, err = _run(monkeypatch, capsys, ["password", "add", "--member", "Alice", "--service", "X",
                                                 "--changed", "yesterday"], "pw\n")
    assert code == 2 and "2024-05-31" in err
