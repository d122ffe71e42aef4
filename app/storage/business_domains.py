"""``business_email_domains``: the e-mail domain a small-business member checks, with the result of
the last check and of the one before it (so a re-check can say what was fixed since).

One row per member (migrations 6 and 7). ``result`` / ``previous_result`` are the JSON of
``app.email_domain.DomainReport.to_data()``; this module only stores and fetches them.
"""

from __future__ import annotations

import dataclasses

from app.storage.checklists import _member_must_exist
from app.storage.db import Database

TABLE = "business_email_domains"


@dataclasses.dataclass(frozen=True)
class DomainRow:
    member_id: int
    domain: str
    checked_at: str  # "" when never checked
    result: str  # "" when never checked
    previous_checked_at: str  # "" when there was no earlier check of this domain
    previous_result: str


class BusinessDomainsRepo:
    def __init__(self, database: Database) -> None:
        self._database = database

    def get(self, member_id: int) -> DomainRow | None:
        with self._database.read() as db:
            if not db[TABLE].exists():
                return None
            row = db.execute(
                f"select member_id, domain, checked_at, result, previous_checked_at, previous_result from {TABLE} "
                "where member_id = ?",
                [member_id],
            ).fetchone()
        if row is None:
            return None
        return DomainRow(int(row[0]), str(row[1]), str(row[2] or ""), str(row[3] or ""), str(row[4] or ""),
                         str(row[5] or ""))

    def set_domain(self, member_id: int, domain: str) -> None:
        """Keep ``domain`` for the member; a different domain forgets both earlier results.
        NotFound when the member was removed meanwhile."""
        with self._database.transaction() as db:
            _member_must_exist(db, member_id)
            row = db.execute(f"select domain from {TABLE} where member_id = ?", [member_id]).fetchone()
            if row is None:
                db.execute(f"insert into {TABLE} (member_id, domain) values (?, ?)", [member_id, domain])
            elif row[0] != domain:
                db.execute(
                    f"update {TABLE} set domain = ?, checked_at = '', result = '', previous_checked_at = '', "
                    "previous_result = '' where member_id = ?",
                    [domain, member_id],
                )

    def save_result(self, member_id: int, domain: str, checked_at: str, result: str) -> bool:
        """Store a new result; the one it replaces becomes the previous one. False when the member's
        domain changed meanwhile (nothing stored)."""
        with self._database.transaction() as db:
            _member_must_exist(db, member_id)
            cur = db.execute(
                f"update {TABLE} set previous_checked_at = case when result = '' then previous_checked_at "
                "else checked_at end, previous_result = case when result = '' then previous_result else result end, "
                "checked_at = ?, result = ? where member_id = ? and domain = ?",
                [checked_at, result, member_id, domain],
            )
            return cur.rowcount > 0
