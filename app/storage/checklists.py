"""Per-member answer tables: the legacy checklist (``legacy_items``) and the business
self-audit (``business_answers``). Both store one row per member and item/question."""

from __future__ import annotations

from collections.abc import Mapping

from app.errors import NotFound
from app.storage.db import Database
from checks.i18n import N_

#: (status or answer, note or evidence, updated_at)
Row = tuple[str, str, str]


def _member_must_exist(db: object, member_id: int) -> None:
    if db.execute("select 1 from members where id = ?", [member_id]).fetchone() is None:  # type: ignore[attr-defined]
        raise NotFound(N_("That member is no longer in the household."))


class LegacyRepo:
    """``legacy_items``: one status and note per member and legacy-checklist item."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def statuses(self, member_id: int) -> dict[str, Row]:
        with self._database.read() as db:
            return {
                r[0]: (r[1], r[2], r[3])
                for r in db.execute(
                    "select item, status, note, updated_at from legacy_items where member_id = ?", [member_id]
                ).fetchall()
            }

    def save(self, member_id: int, item: str, status: str, note: str, at: str) -> None:
        """Insert or replace one item's status. NotFound when the member was removed meanwhile."""
        with self._database.transaction() as db:
            _member_must_exist(db, member_id)
            db.execute(
                "insert into legacy_items (member_id, item, status, note, updated_at) values (?, ?, ?, ?, ?) "
                "on conflict(member_id, item) do update set status = excluded.status, note = excluded.note, "
                "updated_at = excluded.updated_at",
                [member_id, item, status, note, at],
            )


class BusinessAnswersRepo:
    """``business_answers``: one answer and evidence note per member and self-audit question."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def answers(self, member_id: int) -> dict[str, Row]:
        with self._database.read() as db:
            return {
                r[0]: (r[1], r[2], r[3])
                for r in db.execute(
                    "select question, answer, evidence, updated_at from business_answers where member_id = ?",
                    [member_id],
                ).fetchall()
            }

    def save(self, member_id: int, answers: Mapping[str, tuple[str, str]], at: str) -> None:
        """Insert or replace answers ({question: (answer, evidence)}) in one transaction."""
        with self._database.transaction() as db:
            _member_must_exist(db, member_id)
            for question, (answer, evidence) in answers.items():
                db.execute(
                    "insert into business_answers (member_id, question, answer, evidence, updated_at) "
                    "values (?, ?, ?, ?, ?) on conflict(member_id, question) do update set answer = excluded.answer, "
                    "evidence = excluded.evidence, updated_at = excluded.updated_at",
                    [member_id, question, answer, evidence, at],
                )
