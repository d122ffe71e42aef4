"""Every earlier schema version upgrades to the latest, keeping its data."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import migrations
from app.storage.db import Database
from app.storage.repos import MembersRepo


@pytest.mark.parametrize("start", range(0, migrations.LATEST_VERSION))
def test_upgrade_from_every_earlier_version(tmp_path: Path, start: int) -> None:
    path = tmp_path / "old.sqlite3"
    old = Database(path, target_version=start)
    assert old.version == start
    if start >= 1:
        with old.transaction() as db:
            db.execute(
                "insert into members (name, name_key, role, personal_words, created_at, updated_at) "
                "values ('Alice', 'alice', 'senior', '[\"Rex\"]', '2025-01-01', '2025-01-01')"
            )
    old.close()

    new = Database(path)
    try:
        assert new.version == migrations.LATEST_VERSION
        with new.read() as db:
            tables = set(db.table_names())
            assert {"members", "accounts", "ledger", "settings", "scam_checks", "findings"} <= tables
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        if start >= 1:
            (alice,) = MembersRepo(new).list()
            assert alice.personal_words == ("Rex",)
    finally:
        new.close()


def test_a_failing_migration_leaves_the_old_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "h.sqlite3"
    Database(path, target_version=1).close()

    def broken(db):  # noqa: ANN001
        db["accounts"].create({"id": int}, pk="id")
        raise RuntimeError("disk full halfway")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken, *migrations.MIGRATIONS[2:]])
    with pytest.raises(RuntimeError):
        Database(path)
    monkeypatch.undo()
    d = Database(path, target_version=1)
    try:
        assert d.version == 1
        with d.read() as db:
            assert "accounts" not in db.table_names()
    finally:
        d.close()


def test_v5_keeps_v4_findings_and_adds_checkup_columns_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite3"
    old = Database(path, target_version=4)
    with old.transaction() as db:
        db.execute(
            "insert into members (name, name_key, role, personal_words, created_at, updated_at) "
            "values ('Rose', 'rose', 'senior', '[]', '2025-01-01', '2025-01-01')"
        )
        db.execute(
            "insert into findings (member_id, check_id, subject, subject_ref, severity, title, why, fix, status, "
            "first_seen, last_seen) values (1, 'x.y', 'member', '', 3, 'T', 'W', '[\"F\"]', 'dismissed', 'a', 'b')"
        )
    old.close()
    new = Database(path, target_version=5)
    try:
        with new.read() as db:
            row = db.execute("select status, source, resolved_at from findings").fetchone()
            assert row == ("dismissed", "", None)
            assert {"care_links", "legacy_items", "business_answers"} <= set(db.table_names())
        MembersRepo(new).remove(1)  # the new tables do not block removing a member
        with new.read() as db:
            assert db.execute("select count(*) from findings").fetchone()[0] == 0
    finally:
        new.close()
