"""The ``findings`` and ``checkup_runs`` tables: what each checkup step found, and the checkup runs.

All the SQL of the checkup lives here (``app/checkup/`` holds the rules: what is open, fixed or
dismissed, the score, the steps). Rows come back as plain dicts / tuples; ``app.checkup.store``
turns findings into ``StoredFinding``.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from app.errors import NotFound
from app.storage.db import Database
from app.storage.messages import dump_list, dump_text, load_text
from checks.base import Finding
from checks.i18n import N_

GONE = N_("That member is no longer in the household, so nothing was saved.")
RUN_GONE = N_("This checkup is no longer stored (was the member removed?).")
MEMBER_GONE = N_("That member is no longer in the household.")


class FindingsRepo:
    """The ``findings`` table, one row per member + check_id + subject_ref."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def record(
        self,
        member_id: int,
        run_id: int | None,
        source: str,
        findings: Sequence[Finding],
        stamp: str,
        *,
        only_check_ids: Iterable[str] | None = None,
    ) -> None:
        """Store what a step found and resolve what it no longer finds (see ``FindingsStore.record``)."""
        keys: set[tuple[str, str]] = set()
        only = None if only_check_ids is None else set(only_check_ids)
        try:
            with self._database.transaction() as db:
                if db.execute("select 1 from members where id = ?", [member_id]).fetchone() is None:
                    raise NotFound(GONE)
                for f in findings:
                    key = (f.check_id, f.subject_ref or "")
                    if key in keys:
                        continue
                    keys.add(key)
                    row = db.execute(
                        "select id, status from findings where member_id = ? and check_id = ? and subject_ref = ?",
                        [member_id, key[0], key[1]],
                    ).fetchone()
                    values = [
                        run_id,
                        source,
                        f.subject.value,
                        int(f.severity),
                        dump_text(f.title),
                        dump_text(f.why),
                        dump_list(f.fix),
                        dump_list(f.evidence),
                        int(f.effort_minutes),
                        stamp,
                    ]
                    if row is None:
                        db.execute(
                            "insert into findings (run_id, source, subject, severity, title, why, fix, evidence, "
                            "effort_minutes, last_seen, member_id, check_id, subject_ref, status, first_seen) "
                            "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)",
                            [*values, member_id, key[0], key[1], stamp],
                        )
                    else:
                        status = "dismissed" if row[1] == "dismissed" else "open"
                        db.execute(
                            "update findings set run_id = ?, source = ?, subject = ?, severity = ?, title = ?, "
                            "why = ?, fix = ?, evidence = ?, effort_minutes = ?, last_seen = ?, status = ?, "
                            "resolved_at = case when ? = 'open' then null else resolved_at end where id = ?",
                            [*values, status, status, row[0]],
                        )
                for fid, check_id, ref in db.execute(
                    "select id, check_id, subject_ref from findings where member_id = ? and source = ? "
                    "and status = 'open'",
                    [member_id, source],
                ).fetchall():
                    if (check_id, ref) in keys or (only is not None and check_id not in only):
                        continue
                    db.execute("update findings set status = 'fixed', resolved_at = ? where id = ?", [stamp, fid])
        except sqlite3.IntegrityError as exc:  # the member was removed at the same moment
            raise NotFound(GONE) from exc

    def list(self, member_id: int, status: str | None = None) -> builtins.list[dict[str, Any]]:
        sql = "select * from findings where member_id = ?"
        params: builtins.list[Any] = [member_id]
        if status:
            sql += " and status = ?"
            params.append(status)
        sql += " order by severity desc, effort_minutes, first_seen, id"
        with self._database.read() as db:
            return builtins.list(db.query(sql, params))

    def get(self, finding_id: int) -> dict[str, Any] | None:
        with self._database.read() as db:
            rows = builtins.list(db.query("select * from findings where id = ?", [finding_id]))
        return rows[0] if rows else None

    def set_status(self, finding_id: int, status: str, stamp: str | None, reason: str = "") -> None:
        """``open`` clears the reason and the time resolved; ``fixed``/``dismissed`` set them."""
        with self._database.transaction() as db:
            if status == "open":
                db.execute(
                    "update findings set status = 'open', dismiss_reason = '', resolved_at = null where id = ?",
                    [finding_id],
                )
            elif status == "dismissed":
                db.execute(
                    "update findings set status = 'dismissed', dismiss_reason = ?, resolved_at = ? where id = ?",
                    [reason, stamp, finding_id],
                )
            else:
                db.execute("update findings set status = ?, resolved_at = ? where id = ?", [status, stamp, finding_id])

    def open_items(self, member_id: int) -> builtins.list[tuple[int, str, int]]:
        """(id, source, severity) of the member's open findings."""
        with self._database.read() as db:
            rows = db.execute(
                "select id, source, severity from findings where member_id = ? and status = 'open'", [member_id]
            ).fetchall()
        return [(r[0], r[1] or "", int(r[2])) for r in rows]

    def open_by_member(self) -> dict[int, builtins.list[tuple[int, str, int]]]:
        """(id, source, severity) of every open finding, by member, in one query (for dashboards)."""
        out: dict[int, builtins.list[tuple[int, str, int]]] = {}
        with self._database.read() as db:
            for fid, mid, source, sev in db.execute(
                "select id, member_id, source, severity from findings where status = 'open' "
                "order by member_id, severity desc, effort_minutes, first_seen, id"
            ).fetchall():
                out.setdefault(mid, []).append((fid, source or "", int(sev)))
        return out

    def open_counts(self) -> dict[int, builtins.list[tuple[str, int, int]]]:
        """(source, severity, how many) of the open findings, by member (plain SQL: fast at start-up)."""
        counts: dict[int, builtins.list[tuple[str, int, int]]] = {}
        with self._database.sql() as db:
            for mid, source, sev, n in db.execute(
                "select member_id, source, severity, count(*) from findings where status = 'open' "
                "group by member_id, source, severity"
            ).fetchall():
                counts.setdefault(mid, []).append((source or "", int(sev), int(n)))
        return counts

    def top_title(self, member_id: int, sources: Iterable[str] | None = None) -> str:
        """The title of the member's most urgent open finding (of these sources), or ""."""
        sql = "select title from findings where member_id = ? and status = 'open'"
        params: builtins.list[Any] = [member_id]
        if sources is not None:
            wanted = builtins.list(sources)
            if not wanted:
                return ""
            sql += f" and source in ({', '.join('?' for _ in wanted)})"
            params += wanted
        sql += " order by severity desc, effort_minutes, first_seen, id limit 1"
        with self._database.sql() as db:
            row = db.execute(sql, params).fetchone()
        return load_text(row[0]) if row else ""


class RunsRepo:
    """The ``checkup_runs`` table: one row per checkup, its saved state (JSON) and final score."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def add(self, member_id: int, started_at: str, state: dict[str, Any]) -> int:
        try:
            with self._database.transaction() as db:
                db.execute(
                    "insert into checkup_runs (member_id, started_at, status, state) values (?, ?, 'in_progress', ?)",
                    [member_id, started_at, json.dumps(state, ensure_ascii=False)],
                )
                return int(db.execute("select last_insert_rowid()").fetchone()[0])
        except sqlite3.IntegrityError as exc:
            raise NotFound(MEMBER_GONE) from exc

    def save(
        self, run_id: int, state: dict[str, Any], status: str, score: int | None, finished_at: str | None = None
    ) -> None:
        """Save a run's state (and, with ``finished_at``, finish it). NotFound if the run is gone."""
        try:
            with self._database.transaction() as db:
                if finished_at is None:
                    cur = db.execute(
                        "update checkup_runs set state = ?, status = ?, score = ? where id = ?",
                        [json.dumps(state, ensure_ascii=False), status, score, run_id],
                    )
                else:
                    cur = db.execute(
                        "update checkup_runs set state = ?, status = ?, score = ?, finished_at = ? where id = ?",
                        [json.dumps(state, ensure_ascii=False), status, score, finished_at, run_id],
                    )
                if cur.rowcount == 0:
                    raise NotFound(RUN_GONE)
        except sqlite3.IntegrityError as exc:
            raise NotFound(MEMBER_GONE) from exc

    def get(self, run_id: int) -> tuple[int, str, str] | None:
        """(member_id, state JSON, status) of a run."""
        with self._database.read() as db:
            row = db.execute("select member_id, state, status from checkup_runs where id = ?", [run_id]).fetchone()
        return None if row is None else (int(row[0]), str(row[1] or ""), str(row[2]))

    def latest_state(self, member_id: int) -> str | None:
        """The saved state (JSON) of the member's newest run, finished or not."""
        with self._database.read() as db:
            row = db.execute(
                "select state from checkup_runs where member_id = ? order by id desc limit 1", [member_id]
            ).fetchone()
        return None if row is None else str(row[0] or "")

    def unfinished(self, member_id: int) -> tuple[int, str] | None:
        """(id, state JSON) of the member's newest unfinished run."""
        with self._database.read() as db:
            row = db.execute(
                "select id, state from checkup_runs where member_id = ? and status = 'in_progress' "
                "order by id desc limit 1",
                [member_id],
            ).fetchone()
        return None if row is None else (int(row[0]), str(row[1] or ""))

    def last_finished(self, member_id: int) -> tuple[int, str, str, int | None] | None:
        """(id, finished_at, state JSON, score) of the member's newest finished run."""
        with self._database.read() as db:
            row = db.execute(
                "select id, finished_at, state, score from checkup_runs where member_id = ? and status = 'finished' "
                "order by finished_at desc, id desc limit 1",
                [member_id],
            ).fetchone()
        return None if row is None else (int(row[0]), str(row[1] or ""), str(row[2] or ""), row[3])

    def has_any(self, member_id: int) -> bool:
        with self._database.read() as db:
            return (
                db.execute("select 1 from checkup_runs where member_id = ? limit 1", [member_id]).fetchone()
                is not None
            )

    def has_finished(self, member_id: int) -> bool:
        with self._database.read() as db:
            return (
                db.execute(
                    "select 1 from checkup_runs where member_id = ? and status = 'finished' limit 1", [member_id]
                ).fetchone()
                is not None
            )

    def finished_scores(self, member_id: int, limit: int) -> builtins.list[tuple[int, str, int]]:
        """(id, finished_at, score) of the member's finished runs that have a score, newest first."""
        with self._database.read() as db:
            rows = db.execute(
                "select id, finished_at, score from checkup_runs where member_id = ? and status = 'finished' "
                "and score is not null order by finished_at desc, id desc limit ?",
                [member_id, limit],
            ).fetchall()
        return [(int(r[0]), str(r[1] or ""), int(r[2])) for r in rows]

    def last_finished_at(self, member_id: int) -> str | None:
        with self._database.read() as db:
            row = db.execute(
                "select max(finished_at) from checkup_runs where member_id = ? and status = 'finished'", [member_id]
            ).fetchone()
        return row[0] if row else None

    def finished_by_member(self) -> dict[int, builtins.list[tuple[str | None, int | None, str]]]:
        """(finished_at, score, state JSON) of every finished run, newest first, by member (for dashboards)."""
        runs: dict[int, builtins.list[tuple[str | None, int | None, str]]] = {}
        with self._database.sql() as db:
            for mid, finished, score, state in db.execute(
                "select member_id, finished_at, score, state from checkup_runs where status = 'finished' "
                "order by member_id, finished_at desc, id desc"
            ).fetchall():
                runs.setdefault(mid, []).append((finished, score, state or ""))
        return runs
