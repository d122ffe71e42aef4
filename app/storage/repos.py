"""Repositories: the only code that reads and writes the tables.

Each returns plain frozen dataclasses; callers never see rows or SQL.
"""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
import json
import logging
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from app.errors import InvalidInput, NotFound
from app.storage.db import Database
from app.storage.messages import dump_text, load_text
from checks.i18n import N_

log = logging.getLogger(__name__)

#: What ``clean_text`` calls the fields it checks (``what=``), marked so that messages
#: like "Please type a name." are translated with the field's name.
FIELD_WORDS = (
    N_("name"),
    N_("word"),
    N_("service name"),
    N_("domain"),
    N_("login hint"),
    N_("notes"),
    N_("twofa method"),
    N_("place"),
)
_FIELD_WORDS = {str(w): w for w in FIELD_WORDS}

ROLES = ("adult", "child", "senior", "business")
MAX_NAME = 60
MAX_WORD = 40
MAX_WORDS = 50

# Direction overrides and isolates can make a name display as something else.
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def now_iso() -> str:
    """The time as stored in every table: UTC, ISO 8601, to the second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def clean_text(value: str, *, what: str, limit: int, allow_empty: bool = False) -> str:
    """Normalise user text: NFC, no control or direction-override characters, trimmed, length-checked."""
    text = unicodedata.normalize("NFC", value or "")
    text = "".join(
        ch for ch in text if ch not in _BIDI_CONTROLS and (unicodedata.category(ch) != "Cc" or ch == " ")
    )
    text = " ".join(text.split())
    what = _FIELD_WORDS.get(what, what)  # the field's name as a message, so it is translated
    if not text and not allow_empty:
        raise InvalidInput(N_("Please type a {what}.", what=what))
    if len(text) > limit:
        raise InvalidInput(N_("That {what} is too long: please keep it to {limit} characters or fewer.", what=what, limit=limit))
    return text


def name_key(name: str) -> str:
    """How two names are compared for duplicates ("Alice" and "alice " are the same person)."""
    return unicodedata.normalize("NFKC", name).casefold().strip()


def clean_words(words: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for raw in words:
        for part in str(raw).replace(";", ",").split(","):
            word = clean_text(part, what="word", limit=MAX_WORD, allow_empty=True)
            if word and word.casefold() not in seen:
                seen[word.casefold()] = word
    if len(seen) > MAX_WORDS:
        raise InvalidInput(N_("Please keep the list of personal words to {max_words} or fewer.", max_words=MAX_WORDS))
    return tuple(seen.values())


@dataclasses.dataclass(frozen=True)
class Member:
    id: int
    name: str
    role: str
    personal_words: tuple[str, ...]
    created_at: str
    updated_at: str
    #: Stored fields that could not be read (damaged outside Hearth); they read as empty.
    damaged: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "personal_words": list(self.personal_words),
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
        if self.damaged:
            out["damaged"] = list(self.damaged)
        return out


def _stored_words(raw: Any) -> tuple[str, ...] | None:
    """The personal words stored in a cell, or None when the cell is damaged."""
    try:
        value = json.loads(raw or "[]")
    except (ValueError, TypeError):
        return None
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        return None
    return tuple(value)


def _member(row: dict[str, Any]) -> Member:
    words = _stored_words(row["personal_words"])
    damaged: tuple[str, ...] = ()
    if words is None:
        # Never log the cell itself: it may hold personal words.
        log.warning("members record %s: the personal_words cell is damaged; read as empty", row["id"])
        words, damaged = (), ("personal_words",)
    return Member(
        id=row["id"],
        name=row["name"],
        role=row["role"],
        personal_words=words,
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        damaged=damaged,
    )


class MembersRepo:
    """The people in the household."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list(self) -> builtins.list[Member]:
        with self._database.sql() as db:
            rows = list(db.query("select * from members order by name_key, id"))
        return [_member(r) for r in rows]

    def get(self, member_id: int) -> Member:
        with self._database.sql() as db:
            rows = list(db.query("select * from members where id = ?", [member_id]))
        if not rows:
            raise NotFound(N_("That member is no longer in the household."))
        return _member(rows[0])

    def find(self, name: str) -> Member:
        key = name_key(name)
        with self._database.sql() as db:
            rows = list(db.query("select * from members where name_key = ?", [key]))
        if not rows:
            raise NotFound(N_("There is no member called {member}.", member=repr(name)), hint=N_("'hearth members list' shows who is there."))
        return _member(rows[0])

    def add(self, name: str, role: str = "adult", personal_words: Sequence[str] = ()) -> Member:
        name = clean_text(name, what="name", limit=MAX_NAME)
        role = self._role(role)
        words = clean_words(personal_words)
        now = now_iso()
        with self._database.write() as db:
            self._refuse_duplicate(db, name, None)
            db.execute(
                "insert into members (name, name_key, role, personal_words, created_at, updated_at) "
                "values (?, ?, ?, ?, ?, ?)",
                [name, name_key(name), role, json.dumps(list(words), ensure_ascii=False), now, now],
            )
            new_id = db.execute("select last_insert_rowid()").fetchone()[0]
        return self.get(new_id)

    def update(
        self,
        member_id: int,
        *,
        name: str | None = None,
        role: str | None = None,
        personal_words: Sequence[str] | None = None,
    ) -> Member:
        current = self.get(member_id)
        new_name = current.name if name is None else clean_text(name, what="name", limit=MAX_NAME)
        new_role = current.role if role is None else self._role(role)
        words = current.personal_words if personal_words is None else clean_words(personal_words)
        with self._database.write() as db:
            self._refuse_duplicate(db, new_name, member_id)
            db.execute(
                "update members set name = ?, name_key = ?, role = ?, personal_words = ?, updated_at = ? where id = ?",
                [new_name, name_key(new_name), new_role, json.dumps(list(words), ensure_ascii=False), now_iso(), member_id],
            )
        return self.get(member_id)

    def remove(self, member_id: int) -> None:
        """Remove a member and everything stored about them, in one transaction."""
        with self._database.write() as db:
            for table in self._dependent_tables(db):
                db.execute(f"delete from [{table}] where member_id = ?", [member_id])
            cursor = db.execute("delete from members where id = ?", [member_id])
            if cursor.rowcount == 0:
                raise NotFound(N_("That member is no longer in the household."))

    @staticmethod
    def _dependent_tables(db: Any) -> builtins.list[str]:
        # Later tables may point at earlier ones (findings -> checkup_runs), so delete newest first.
        return list(db.referencing_tables("members"))

    @staticmethod
    def _role(role: str) -> str:
        role = (role or "adult").strip().lower()
        if role not in ROLES:
            roles = ", ".join(ROLES)
            raise InvalidInput(N_("The role must be one of: {roles}.", roles=roles))
        return role

    @staticmethod
    def _refuse_duplicate(db: Any, name: str, member_id: int | None) -> None:
        row = db.execute("select id from members where name_key = ?", [name_key(name)]).fetchone()
        if row and row[0] != member_id:
            raise InvalidInput(
                N_("There is already a member called {member}.", member=name),
                hint=N_("Use a different name, for example with an initial (\"Alice B.\")."),
            )


@dataclasses.dataclass(frozen=True)
class Account:
    """An account in a member's inventory. Never holds a password."""

    id: int
    member_id: int
    service: str
    domain: str = ""
    login_hint: str = ""
    twofa_method: str = "unknown"
    recovery_set: dict[str, Any] = dataclasses.field(default_factory=dict)
    last_changed: str | None = None
    strength_score: int | None = None
    breach_count: int | None = None
    reuse_cluster: str | None = None
    notes: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


_ACCOUNT_FIELDS = {
    "service",
    "domain",
    "login_hint",
    "twofa_method",
    "recovery_set",
    "last_changed",
    "strength_score",
    "breach_count",
    "reuse_cluster",
    "notes",
}


def _account(row: dict[str, Any]) -> Account:
    data = {k: row[k] for k in ("id", "member_id", *_ACCOUNT_FIELDS)}
    data["recovery_set"] = json.loads(row["recovery_set"] or "{}")
    return Account(**data)


class AccountsRepo:
    """A member's account inventory (service, domain, login hint, 2FA, health), never passwords."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list(self, member_id: int) -> builtins.list[Account]:
        with self._database.sql() as db:
            rows = list(db.query("select * from accounts where member_id = ? order by service, id", [member_id]))
        return [_account(r) for r in rows]

    def get(self, account_id: int) -> Account:
        with self._database.sql() as db:
            rows = list(db.query("select * from accounts where id = ?", [account_id]))
        if not rows:
            raise NotFound(N_("That account is no longer in the list."))
        return _account(rows[0])

    def add(self, member_id: int, service: str, **fields: Any) -> Account:
        return self.add_many(member_id, [{"service": service, **fields}])[0]

    def add_many(self, member_id: int, accounts: Sequence[dict[str, Any]]) -> builtins.list[Account]:
        """Add or update several accounts in one transaction (same service + login = same account)."""
        now = now_iso()
        ids: builtins.list[int] = []
        with self._database.write() as db:
            if db.execute("select 1 from members where id = ?", [member_id]).fetchone() is None:
                raise NotFound(N_("That member is no longer in the household."))
            for fields in accounts:
                values = self._clean(fields)
                existing = db.execute(
                    "select id from accounts where member_id = ? and service = ? and login_hint = ?",
                    [member_id, values["service"], values.get("login_hint", "")],
                ).fetchone()
                if existing:
                    self._write(db, existing[0], values, now)
                    ids.append(existing[0])
                else:
                    cols = ["member_id", *values, "created_at", "updated_at"]
                    db.execute(
                        f"insert into accounts ({', '.join(cols)}) values ({', '.join('?' * len(cols))})",
                        [member_id, *values.values(), now, now],
                    )
                    ids.append(db.execute("select last_insert_rowid()").fetchone()[0])
        return [self.get(i) for i in ids]

    def update(self, account_id: int, **fields: Any) -> Account:
        values = self._clean(fields, partial=True)
        with self._database.write() as db:
            self._write(db, account_id, values, now_iso())
        return self.get(account_id)

    def remove(self, account_id: int) -> None:
        with self._database.write() as db:
            db.execute("delete from accounts where id = ?", [account_id])

    @staticmethod
    def _write(db: Any, account_id: int, values: dict[str, Any], now: str) -> None:
        if not values:
            return
        assignments = ", ".join(f"{k} = ?" for k in values)
        cursor = db.execute(
            f"update accounts set {assignments}, updated_at = ? where id = ?", [*values.values(), now, account_id]
        )
        if cursor.rowcount == 0:
            raise NotFound(N_("That account is no longer in the list."))

    @staticmethod
    def _clean(fields: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
        unknown = set(fields) - _ACCOUNT_FIELDS
        if unknown:
            # A programming error, and a guard against ever storing e.g. a password field.
            raise TypeError(f"accounts have no field(s) {sorted(unknown)}")
        values: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "service":
                value = clean_text(value, what="service name", limit=120)
            elif key in ("domain", "login_hint", "notes", "twofa_method"):
                value = clean_text(value or "", what=key.replace("_", " "), limit=500, allow_empty=True)
            elif key == "recovery_set":
                value = json.dumps(value or {}, ensure_ascii=False)
            values[key] = value
        if not partial and "service" not in values:
            raise InvalidInput(N_("Please type the name of the service or website."))
        return values


@dataclasses.dataclass(frozen=True)
class LedgerEntry:
    """One request that left this computer (never its secrets or personal data)."""

    id: int
    at: str
    service: str
    method: str
    host: str
    path: str
    purpose: str
    status: int | None
    outcome: str

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class LedgerRepo:
    """The privacy ledger: what left this machine, when, and why."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def record(
        self, *, service: str, method: str, host: str, path: str, purpose: str, status: int | None, outcome: str
    ) -> None:
        with self._database.write() as db:
            db.execute(
                "insert into ledger (at, service, method, host, path, purpose, status, outcome) "
                "values (?, ?, ?, ?, ?, ?, ?, ?)",
                [now_iso(), service, method, host, path, dump_text(purpose), status, outcome],
            )

    def list(self, limit: int | None = None) -> builtins.list[LedgerEntry]:
        sql = "select * from ledger order by id desc"
        params: builtins.list[Any] = []
        if limit is not None:
            sql += " limit ?"
            params.append(limit)
        with self._database.sql() as db:
            return [LedgerEntry(**{**r, "purpose": load_text(r["purpose"])}) for r in db.query(sql, params)]

    def clear(self) -> None:
        with self._database.write() as db:
            db.execute("delete from ledger")


class SettingsRepo:
    """Raw key/value storage for :mod:`app.settings` (values are JSON)."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def load(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        with self._database.sql() as db:
            for row in db.query("select key, value from settings"):
                try:
                    out[row["key"]] = json.loads(row["value"])
                except ValueError:
                    continue
        return out

    def save(self, key: str, value: Any) -> None:
        with self._database.write() as db:
            db.execute(
                "insert into settings (key, value) values (?, ?) "
                "on conflict(key) do update set value = excluded.value",
                [key, json.dumps(value)],
            )
