"""The ``scam_checks`` table: redacted excerpts and verdicts of scam checks, per member."""

from __future__ import annotations

import builtins
import dataclasses
import json
from collections.abc import Sequence
from typing import Any

from app.storage.db import Database
from app.storage.messages import dump_fields, load_fields
from app.storage.repos import now_iso

EXCERPT_CHARS = 280


@dataclasses.dataclass(frozen=True)
class ScamCheckRecord:
    id: int
    member_id: int | None
    at: str
    kind: str
    excerpt: str
    verdict: str
    score: int
    reasons: tuple[dict[str, Any], ...]
    sources: tuple[dict[str, Any], ...]

    @property
    def verdict_words(self) -> str:
        from app.scam import VERDICT_WORDS  # the words belong to the scam feature

        return VERDICT_WORDS.get(self.shown_verdict, self.verdict)

    @property
    def shown_verdict(self) -> str:
        """"warning_signs" for a "likely_safe" check that listed red flags (see app.scam.shown_verdict)."""
        from app.scam import shown_verdict

        return shown_verdict(self.verdict, bool(self.reasons))

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["reasons"] = list(self.reasons)
        d["sources"] = list(self.sources)
        d["verdict_words"] = self.verdict_words
        return d


def _loads_list(raw: str | None) -> tuple[dict[str, Any], ...]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return ()
    return tuple(load_fields(v) for v in value if isinstance(v, dict)) if isinstance(value, list) else ()


class ScamChecksRepo:
    """The ``scam_checks`` table: redacted excerpts and verdicts, per member."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def add(
        self,
        *,
        member_id: int | None,
        kind: str,
        excerpt: str,
        verdict: str,
        score: int,
        reasons: Sequence[dict[str, Any]],
        sources: Sequence[dict[str, Any]],
        at: str | None = None,
    ) -> int:
        with self._database.transaction() as db:
            db.execute(
                "insert into scam_checks (member_id, at, kind, excerpt, verdict, score, reasons, sources) "
                "values (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    member_id,
                    at or now_iso(),
                    kind,
                    excerpt[:EXCERPT_CHARS],
                    verdict,
                    int(score),
                    json.dumps([dump_fields(r) for r in reasons], ensure_ascii=False),
                    json.dumps(list(sources), ensure_ascii=False),
                ],
            )
            return int(db.execute("select last_insert_rowid()").fetchone()[0])

    def list(self, member_id: int | None = None, limit: int = 50) -> builtins.list[ScamCheckRecord]:
        sql = "select * from scam_checks"
        params: builtins.list[Any] = []
        if member_id is not None:
            sql += " where member_id = ?"
            params.append(member_id)
        sql += " order by at desc, id desc limit ?"
        params.append(max(1, min(int(limit), 10_000)))
        with self._database.read() as db:
            rows = list(db.query(sql, params))
        return [
            ScamCheckRecord(
                id=r["id"],
                member_id=r["member_id"],
                at=r["at"],
                kind=r["kind"],
                excerpt=r["excerpt"],
                verdict=r["verdict"],
                score=r["score"],
                reasons=_loads_list(r["reasons"]),
                sources=_loads_list(r["sources"]),
            )
            for r in rows
        ]

    def delete(self, check_id: int) -> None:
        with self._database.transaction() as db:
            db.execute("delete from scam_checks where id = ?", [check_id])

    def clear(self, member_id: int | None = None) -> None:
        with self._database.transaction() as db:
            if member_id is None:
                db.execute("delete from scam_checks")
            else:
                db.execute("delete from scam_checks where member_id = ?", [member_id])
