"""Members and accounts round-trip through a real SQLite file; bad input and bad files are handled."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.core import Hearth
from app.errors import InvalidInput, NotFound, StorageError
from app.paths import Paths
from app.storage import migrations
from app.storage.db import DamagedDatabase, Database
from app.storage.repos import AccountsRepo, MembersRepo


@pytest.fixture
def db(tmp_path: Path) -> Database:
    d = Database(tmp_path / "h.sqlite3")
    yield d
    d.close()


def test_database_is_private_wal_and_current(db: Database) -> None:
    mode = stat.S_IMODE(os.stat(db.path).st_mode)
    assert mode == 0o600
    assert db.version == migrations.LATEST_VERSION
    with db.read() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_loose_permissions_are_tightened(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    Database(path).close()
    os.chmod(path, 0o644)
    Database(path).close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_members_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    d = Database(path)
    MembersRepo(d).add("Alice", "senior", ["Rex", "Maple Street, 1952"])
    d.close()
    d2 = Database(path)
    (alice,) = MembersRepo(d2).list()
    assert (alice.name, alice.role, alice.personal_words) == ("Alice", "senior", ("Rex", "Maple Street", "1952"))
    d2.close()


@pytest.mark.parametrize(
    "name, stored",
    [
        ("  Grandma   Rose ", "Grandma Rose"),
        ("Zoë 👵🏽", "Zoë 👵🏽"),
        ("مريم", "مريم"),
        ("Eve\u202egnp.exe", "Evegnp.exe"),  # direction override removed
        ("Bob\x00\x07", "Bob"),
    ],
)
def test_names_are_normalised(db: Database, name: str, stored: str) -> None:
    assert MembersRepo(db).add(name).name == stored


@pytest.mark.parametrize("name", ["", "   ", "\u202e", "x" * 10_000])
def test_bad_names_get_a_plain_message_and_nothing_is_lost(db: Database, name: str) -> None:
    repo = MembersRepo(db)
    repo.add("Alice")
    with pytest.raises(InvalidInput) as info:
        repo.add(name)
    assert "name" in info.value.message.lower()
    assert [m.name for m in repo.list()] == ["Alice"]


def test_duplicate_names_are_refused_case_insensitively(db: Database) -> None:
    repo = MembersRepo(db)
    alice = repo.add("Alice")
    bob = repo.add("Bob")
    with pytest.raises(InvalidInput, match="already a member"):
        repo.add("ALICE ")
    with pytest.raises(InvalidInput, match="already a member"):
        repo.update(bob.id, name="alice")
    assert repo.update(alice.id, name="alice").name == "alice"  # renaming yourself is fine
    with pytest.raises(InvalidInput, match="role"):
        repo.add("Carol", role="admin")


def test_edit_and_remove_member_with_accounts(db: Database) -> None:
    members, accounts = MembersRepo(db), AccountsRepo(db)
    alice = members.add("Alice")
    accounts.add(alice.id, "Gmail", domain="google.com", login_hint="a…@gmail.com", recovery_set={"codes_saved": "yes"})
    assert accounts.list(alice.id)[0].recovery_set == {"codes_saved": "yes"}
    members.update(alice.id, role="senior", personal_words=["Rex"])
    assert members.find("alice").role == "senior"
    members.remove(alice.id)
    assert members.list() == []
    with db.read() as conn:
        assert conn.execute("select count(*) from accounts").fetchone()[0] == 0
    with pytest.raises(NotFound):
        members.remove(alice.id)


def test_accounts_never_take_a_password_field(db: Database) -> None:
    alice = MembersRepo(db).add("Alice")
    with pytest.raises(TypeError):
        AccountsRepo(db).add(alice.id, "Bank", password="hunter2")
    # same service + login is one account, updated in place
    repo = AccountsRepo(db)
    repo.add_many(alice.id, [{"service": "Bank", "login_hint": "alice", "strength_score": 1}])
    repo.add_many(alice.id, [{"service": "Bank", "login_hint": "alice", "strength_score": 4}])
    (only,) = repo.list(alice.id)
    assert only.strength_score == 4


def test_failed_transaction_leaves_nothing_half_written(db: Database) -> None:
    alice = MembersRepo(db).add("Alice")
    with pytest.raises(InvalidInput):
        AccountsRepo(db).add_many(alice.id, [{"service": "Mail"}, {"service": ""}])
    assert AccountsRepo(db).list(alice.id) == []


def test_damaged_database_is_reported_and_can_be_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DamagedDatabase) as info:
        Database(path)
    assert "damaged" in info.value.message
    assert path.read_bytes().startswith(b"this is not")  # untouched
    kept = info.value.set_aside()
    assert kept.exists() and not path.exists()
    Database(path).close()  # a fresh start works


def test_database_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="newer version"):
        Database(path)
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only files")
def test_read_only_database(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    Database(path).close()
    os.chmod(path, 0o400)
    with pytest.raises(StorageError, match="read-only"):
        Database(path)


def test_missing_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        Database(tmp_path / "nope" / "h.sqlite3")


def test_unwritable_data_folder_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot create"):
        Paths(data=blocker / "data", cache=blocker / "c", logs=blocker / "l").ensure()


def test_hearth_open_uses_hearth_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_DATA_DIR", str(tmp_path / "portable"))
    h = Hearth.open()
    try:
        assert h.paths.database == tmp_path / "portable" / "hearth.sqlite3"
        assert h.paths.cache.parent == tmp_path / "portable" and h.paths.logs.is_dir()
    finally:
        h.close()


def test_feature_tables_have_repositories_owned_by_hearth(hearth) -> None:  # type: ignore[no-untyped-def]
    from app.errors import NotFound
    from app.storage.checklists import BusinessAnswersRepo, LegacyRepo
    from app.storage.scam_checks import EXCERPT_CHARS, ScamChecksRepo

    assert isinstance(hearth.scam_checks, ScamChecksRepo) and isinstance(hearth.legacy_items, LegacyRepo)
    assert isinstance(hearth.business_answers, BusinessAnswersRepo)
    rose = hearth.members.add("Rose", role="senior")
    check_id = hearth.scam_checks.add(member_id=rose.id, kind="text", excerpt="x" * 1000, verdict="scam", score=90,
                                      reasons=[{"code": "urgency"}], sources=[])
    [record] = hearth.scam_checks.list(rose.id)
    assert record.id == check_id and len(record.excerpt) == EXCERPT_CHARS and record.reasons == ({"code": "urgency"},)
    hearth.legacy_items.save(rose.id, "google_inactive", "done", "in the desk", "2026-01-01T00:00:00+00:00")
    hearth.legacy_items.save(rose.id, "google_inactive", "not_yet", "", "2026-01-02T00:00:00+00:00")
    assert hearth.legacy_items.statuses(rose.id) == {"google_inactive": ("not_yet", "", "2026-01-02T00:00:00+00:00")}
    hearth.business_answers.save(rose.id, {"backups": ("no", "")}, "2026-01-01T00:00:00+00:00")
    assert hearth.business_answers.answers(rose.id) == {"backups": ("no", "", "2026-01-01T00:00:00+00:00")}
    hearth.members.remove(rose.id)
    with pytest.raises(NotFound):
        hearth.legacy_items.save(rose.id, "google_inactive", "done", "", "2026-01-03T00:00:00+00:00")
    with pytest.raises(NotFound):
        hearth.business_answers.save(rose.id, {"backups": ("yes", "")}, "2026-01-03T00:00:00+00:00")
