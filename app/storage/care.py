"""Tables of caring at a distance (app/care/): ``care_peers``, ``care_invites``, ``care_out_files``,
``care_nudges`` (migration 7). Private keys are never here: they are in the keyring."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any

from app.storage.db import Database


@dataclasses.dataclass(frozen=True)
class Peer:
    """One link with a person on another computer. ``side`` is this computer's part in it:
    "caregiver" (we receive updates) or "relative" (we send them)."""

    id: int
    side: str
    member_id: int | None
    member_name: str
    caregiver_name: str
    folder: str
    key_ref: str
    peer_sign: str
    peer_box: str
    scopes: tuple[str, ...]
    consent_at: str
    send_seq: int
    recv_seq: int
    last_digest: str
    snapshot: dict[str, Any] | None
    updated_at: str
    received_at: str
    created_at: str


@dataclasses.dataclass(frozen=True)
class Invite:
    id: int
    invite_id: str
    caregiver_name: str
    folder: str
    file_name: str
    key_ref: str
    created_at: str
    expires_at: str
    used_at: str | None


@dataclasses.dataclass(frozen=True)
class Nudge:
    id: int
    peer_id: int
    direction: str  # "sent" (caregiver side) or "received" (relative side)
    text: str
    at: str
    dismissed_at: str | None


def _peer(r: dict[str, Any]) -> Peer:
    try:
        snapshot = json.loads(r["snapshot"]) if r["snapshot"] else None
    except ValueError:
        snapshot = None
    return Peer(
        r["id"], r["side"], r["member_id"], r["member_name"], r["caregiver_name"], r["folder"], r["key_ref"],
        r["peer_sign"] or "", r["peer_box"] or "", tuple(json.loads(r["scopes"] or "[]")), r["consent_at"] or "",
        int(r["send_seq"] or 0), int(r["recv_seq"] or 0), r["last_digest"] or "",
        snapshot if isinstance(snapshot, dict) else None, r["updated_at"] or "", r["received_at"] or "",
        r["created_at"],
    )


class CareRepo:
    """Reads and writes the care tables."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # -- peers -----------------------------------------------------------------------------

    def peers(self, side: str | None = None) -> list[Peer]:
        sql = "select * from care_peers"
        params: list[Any] = []
        if side:
            sql += " where side = ?"
            params.append(side)
        with self._database.sql() as db:
            return [_peer(r) for r in db.query(sql + " order by id", params)]

    def peer(self, peer_id: int) -> Peer | None:
        with self._database.sql() as db:
            rows = list(db.query("select * from care_peers where id = ?", [peer_id]))
        return _peer(rows[0]) if rows else None

    def relative_peers(self, member_id: int) -> list[Peer]:
        """The caregivers a local member shares with (relative side)."""
        with self._database.sql() as db:
            rows = db.query("select * from care_peers where side = 'relative' and member_id = ? order by id", [member_id])
            return [_peer(r) for r in rows]

    def has_relative_links(self) -> bool:
        with self._database.sql() as db:
            return db.execute("select 1 from care_peers where side = 'relative' limit 1").fetchone() is not None

    def add_peer(self, *, side: str, member_id: int | None, member_name: str, caregiver_name: str, folder: str,
                 key_ref: str, peer_sign: str, peer_box: str, scopes: Iterable[str], consent_at: str,
                 created_at: str, send_seq: int = 0, recv_seq: int = 0) -> int:
        with self._database.write() as db:
            cur = db.execute(
                "insert into care_peers (side, member_id, member_name, caregiver_name, folder, key_ref, peer_sign, "
                "peer_box, scopes, consent_at, send_seq, recv_seq, last_digest, snapshot, created_at) "
                "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?)",
                [side, member_id, member_name, caregiver_name, folder, key_ref, peer_sign, peer_box,
                 json.dumps(list(scopes)), consent_at, send_seq, recv_seq, created_at],
            )
            return int(cur.lastrowid or 0)

    def next_send_seq(self, peer_id: int) -> int:
        with self._database.write() as db:
            db.execute("update care_peers set send_seq = send_seq + 1 where id = ?", [peer_id])
            return int(db.execute("select send_seq from care_peers where id = ?", [peer_id]).fetchone()[0])

    def store_update(self, peer_id: int, *, seq: int, digest: str, snapshot: dict[str, Any] | None,
                     updated_at: str, received_at: str) -> None:
        with self._database.write() as db:
            if snapshot is None:
                db.execute("update care_peers set recv_seq = ?, last_digest = ?, received_at = ? where id = ?",
                           [seq, digest, received_at, peer_id])
            else:
                db.execute(
                    "update care_peers set recv_seq = ?, last_digest = ?, snapshot = ?, updated_at = ?, "
                    "received_at = ? where id = ?",
                    [seq, digest, json.dumps(snapshot, ensure_ascii=False), updated_at, received_at, peer_id],
                )

    def delete_peer(self, peer_id: int) -> None:
        """Forget a link and everything received through it."""
        with self._database.write() as db:
            db.execute("delete from care_nudges where peer_id = ?", [peer_id])
            db.execute("delete from care_out_files where peer_id = ?", [peer_id])
            db.execute("delete from care_peers where id = ?", [peer_id])

    # -- invitations -----------------------------------------------------------------------

    def add_invite(self, *, invite_id: str, caregiver_name: str, folder: str, file_name: str, key_ref: str,
                   created_at: str, expires_at: str) -> None:
        with self._database.write() as db:
            db.execute(
                "insert into care_invites (invite_id, caregiver_name, folder, file_name, key_ref, created_at, "
                "expires_at, used_at) values (?, ?, ?, ?, ?, ?, ?, null)",
                [invite_id, caregiver_name, folder, file_name, key_ref, created_at, expires_at],
            )

    def invites(self, *, open_only: bool = True) -> list[Invite]:
        sql = "select * from care_invites" + (" where used_at is null" if open_only else "") + " order by id"
        with self._database.sql() as db:
            return [Invite(r["id"], r["invite_id"], r["caregiver_name"], r["folder"], r["file_name"], r["key_ref"],
                           r["created_at"], r["expires_at"], r["used_at"]) for r in db.query(sql)]

    def use_invite(self, invite_id: str, at: str) -> bool:
        """Mark an invitation used; False if it was used already (one acceptance per code)."""
        with self._database.write() as db:
            cur = db.execute("update care_invites set used_at = ? where invite_id = ? and used_at is null",
                             [at, invite_id])
            return cur.rowcount == 1

    # -- files this side wrote ---------------------------------------------------------------

    def add_out_file(self, peer_id: int, kind: str, name: str, seq: int, at: str) -> None:
        with self._database.write() as db:
            db.execute("insert into care_out_files (peer_id, kind, name, seq, at) values (?, ?, ?, ?, ?)",
                       [peer_id, kind, name, seq, at])

    def out_files(self, peer_id: int, kind: str | None = None) -> list[tuple[int, str, int]]:
        """(row id, file name, seq) of the files this side wrote for a link, oldest first."""
        sql = "select id, name, seq from care_out_files where peer_id = ?"
        params: list[Any] = [peer_id]
        if kind:
            sql += " and kind = ?"
            params.append(kind)
        with self._database.sql() as db:
            return [(r[0], r[1], r[2]) for r in db.execute(sql + " order by seq, id", params).fetchall()]

    def forget_out_files(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        if not ids:
            return
        with self._database.write() as db:
            db.execute("delete from care_out_files where id in (" + ",".join("?" * len(ids)) + ")", ids)

    # -- nudges ----------------------------------------------------------------------------

    def add_nudge(self, peer_id: int, direction: str, text: str, at: str) -> int:
        with self._database.write() as db:
            cur = db.execute("insert into care_nudges (peer_id, direction, text, at) values (?, ?, ?, ?)",
                             [peer_id, direction, text, at])
            return int(cur.lastrowid or 0)

    def nudges(self, *, direction: str, peer_ids: Iterable[int] | None = None,
               include_dismissed: bool = False) -> list[Nudge]:
        sql = "select * from care_nudges where direction = ?"
        params: list[Any] = [direction]
        if peer_ids is not None:
            ids = list(peer_ids)
            if not ids:
                return []
            sql += " and peer_id in (" + ",".join("?" * len(ids)) + ")"
            params.extend(ids)
        if not include_dismissed:
            sql += " and dismissed_at is null"
        with self._database.sql() as db:
            return [Nudge(r["id"], r["peer_id"], r["direction"], r["text"], r["at"], r["dismissed_at"])
                    for r in db.query(sql + " order by at desc, id desc", params)]

    def dismiss_nudge(self, nudge_id: int, at: str) -> bool:
        with self._database.write() as db:
            cur = db.execute("update care_nudges set dismissed_at = ? where id = ? and dismissed_at is null",
                             [at, nudge_id])
            return cur.rowcount == 1
