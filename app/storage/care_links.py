"""``care_links`` (migration 5): consent records of a member cared for by another member of the same
household. The rules (scopes, who may see what, the words) are in ``app/caregiver.py``."""

from __future__ import annotations

from typing import Any

from app.storage.db import Database

#: (id, member_id, member name, caregiver_id, caregiver name, scopes JSON, consent_at, withdrawn_at, note)
LinkRow = tuple[Any, ...]


class CareLinksRepo:
    def __init__(self, database: Database) -> None:
        self._database = database

    def rows(self, *, member_id: int | None = None, caregiver_id: int | None = None) -> list[LinkRow]:
        """Links (withdrawn ones too) of this member and/or this caregiver, oldest first."""
        where, params = [], []
        if member_id is not None:
            where.append("l.member_id = ?")
            params.append(member_id)
        if caregiver_id is not None:
            where.append("l.caregiver_id = ?")
            params.append(caregiver_id)
        sql = (
            "select l.id, l.member_id, m.name, l.caregiver_id, c.name, l.scopes, l.consent_at, l.withdrawn_at, "
            "l.note from care_links l join members m on m.id = l.member_id "
            "join members c on c.id = l.caregiver_id"
        )
        if where:
            sql += " where " + " and ".join(where)
        with self._database.read() as db:
            return [tuple(r) for r in db.execute(sql + " order by l.id", params).fetchall()]

    def upsert(self, member_id: int, caregiver_id: int, scopes_json: str, consent_at: str, note: str) -> None:
        """Record (or renew) consent; a withdrawn link becomes active again."""
        with self._database.transaction() as db:
            db.execute(
                "insert into care_links (member_id, caregiver_id, scopes, consent_at, withdrawn_at, note) "
                "values (?, ?, ?, ?, null, ?) on conflict(member_id, caregiver_id) do update set "
                "scopes = excluded.scopes, consent_at = excluded.consent_at, withdrawn_at = null, note = excluded.note",
                [member_id, caregiver_id, scopes_json, consent_at, note],
            )

    def withdraw(self, member_id: int, caregiver_id: int, at: str) -> bool:
        """End an active link (the row is kept as history); False when there was none."""
        with self._database.transaction() as db:
            cur = db.execute(
                "update care_links set withdrawn_at = ? where member_id = ? and caregiver_id = ? "
                "and withdrawn_at is null",
                [at, member_id, caregiver_id],
            )
        return cur.rowcount > 0
