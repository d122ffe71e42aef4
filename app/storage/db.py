"""The Hearth database: one SQLite file, private to the user, in WAL mode.

Access is serialised by a lock (one connection, used from any thread), writes
go through :meth:`Database.transaction`, and the schema is upgraded by the
numbered migrations in :mod:`app.storage.migrations`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import StorageError
from app.storage import migrations
from checks.i18n import N_, Msg

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

FILE_MODE = 0o600


def _create_private(path: Path) -> None:
    """Create the file with mode 0600 before SQLite opens it, so it is never world-readable."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, FILE_MODE)
    os.close(fd)


class Sql:
    """A thin view of the connection for the repositories on the start-up path: plain SQL,
    rows as dicts. (sqlite-utils is imported only when something asks for ``Database.db``:
    it costs about 0.1 s at start-up.)"""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        columns = [d[0] for d in cursor.description or ()]
        for row in cursor:
            yield dict(zip(columns, row, strict=True))

    def referencing_tables(self, table: str) -> list[str]:
        """Tables with a foreign key to ``table``, newest first (so they can be emptied in order)."""
        names = [r[0] for r in self.conn.execute("select name from sqlite_master where type = 'table' order by rowid desc")]
        return [
            n
            for n in names
            if n != table and any(fk[2] == table for fk in self.conn.execute(f"PRAGMA foreign_key_list([{n}])"))
        ]


class Database:
    """The open database.

    Attributes:
        path: the database file.
        conn: the sqlite3 connection (use it only while holding the lock, e.g. inside
            :meth:`transaction`, :meth:`write`, :meth:`read` or :meth:`sql`).
        db: a sqlite-utils wrapper over the same connection, made on first use.
    """

    def __init__(self, path: Path, *, target_version: int | None = None) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._db: sqlite_utils.Database | None = None
        self.conn = self._connect(target_version)

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # -- opening -------------------------------------------------------------------------

    def _connect(self, target_version: int | None) -> sqlite3.Connection:
        path = self.path
        folder = path.parent
        if not folder.is_dir():
            raise StorageError(
                N_("The folder for Hearth's data, {folder}, does not exist.", folder=folder),
                hint=N_("Create it, or start Hearth with its data in a folder you own (see the README)."),
            )
        existed = path.exists()
        #: Things the person should be told once about this opening (the CLI prints them).
        self.notices: list[Msg] = []
        wal = path.with_name(path.name + "-wal")
        if existed and path.is_file() and path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size):
            # Nothing can be lost: the file holds no bytes (and no journal waits to be replayed).
            log.warning("database file %s was empty (0 bytes); starting a new, empty database in it", path)
            self.notices.append(N_(
                "Hearth's database file {name} was empty (0 bytes), perhaps after a failed copy or a full disk, "
                "so Hearth started a new, empty household in it. If you have a backup of that file, "
                "close Hearth and put the backup in its place.",
                name=str(path),
            ))
        try:
            if not existed:
                _create_private(path)
            elif path.stat().st_mode & 0o077:
                os.chmod(path, FILE_MODE)
        except OSError as exc:
            reason = exc.strerror or exc
            raise StorageError(
                N_("Hearth cannot create or secure its database at {path} ({reason}).", path=path, reason=reason),
                hint=N_("Check that you can write to that folder."),
            ) from exc
        if not os.access(path, os.R_OK | os.W_OK) or not os.access(folder, os.W_OK):
            raise StorageError(
                N_("Hearth's database at {path} is read-only, so nothing could be saved.", path=path),
                hint=N_("Check the permissions of the file and its folder. Nothing was changed."),
            )
        try:
            conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10, isolation_level=None)
            conn.execute("PRAGMA foreign_keys = ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            # A damaged file fails here, before anything is written.
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise sqlite3.DatabaseError(ok)
        except sqlite3.DatabaseError as exc:
            with contextlib.suppress(Exception):
                conn.close()
            raise DamagedDatabase(path, str(exc)) from exc
        if version > migrations.LATEST_VERSION:
            conn.close()
            latest = migrations.LATEST_VERSION
            raise StorageError(
                N_("Hearth's database was saved by a newer version of Hearth (schema {version}; this version understands up to {latest}).", version=version, latest=latest),
                hint=N_("Install the newer version of Hearth again. Nothing was changed."),
            )
        try:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                log.warning("journal mode is %s, not WAL", mode)
            conn.execute("PRAGMA synchronous = NORMAL")
            target = migrations.LATEST_VERSION if target_version is None else target_version
            if version < target:
                import sqlite_utils

                self._db = sqlite_utils.Database(conn)
                self._migrate(self._db, version, target)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StorageError(
                N_("Hearth could not prepare its database at {path} ({exc}).", path=path, exc=exc),
                hint=N_("Nothing already stored was changed. If the disk is full, free some space and start Hearth again."),
            ) from exc
        for suffix in ("-wal", "-shm"):
            side = Path(str(path) + suffix)
            with contextlib.suppress(OSError):
                if side.exists() and side.stat().st_mode & 0o077:
                    os.chmod(side, FILE_MODE)
        return conn

    @staticmethod
    def _migrate(db: sqlite_utils.Database, current: int, target: int) -> None:
        for number in range(current + 1, target + 1):
            step = migrations.MIGRATIONS[number - 1]
            log.info("upgrading database to schema %d (%s)", number, step.__name__)
            with db.atomic():
                step(db)
                db.conn.execute(f"PRAGMA user_version = {int(number)}")

    # -- use -----------------------------------------------------------------------------

    @property
    def version(self) -> int:
        with self._lock:
            return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def _atomic(self) -> Iterator[None]:
        """BEGIN ... COMMIT, or a savepoint when a transaction is already open (nesting)."""
        conn = self.conn
        if conn.in_transaction:
            name = f"hearth_{id(object())}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """All writes in the block happen, or none do (sqlite-utils API)."""
        with self._lock, self._atomic():
            yield self.db

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite_utils.Database]:
        with self._lock:
            yield self.db

    @contextlib.contextmanager
    def write(self) -> Iterator[Sql]:
        """All writes in the block happen, or none do (plain SQL)."""
        with self._lock, self._atomic():
            yield Sql(self.conn)

    @contextlib.contextmanager
    def sql(self) -> Iterator[Sql]:
        with self._lock:
            yield Sql(self.conn)

    def close(self) -> None:
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()


class DamagedDatabase(StorageError):
    """The database file exists but SQLite cannot read it."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            N_("Hearth's database at {path} is damaged and cannot be opened ({detail}).", path=path, detail=detail),
            hint=N_("Nothing was changed. You can start with a fresh database: the damaged file is kept beside it "
                    "so nothing is thrown away."),
        )
        self.path = path

    def set_aside(self) -> Path:
        """Rename the damaged file (and its WAL/SHM) out of the way; returns the new name."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        os.replace(self.path, target)
        for suffix in ("-wal", "-shm"):
            side = Path(str(self.path) + suffix)
            if side.exists():
                os.replace(side, Path(str(target) + suffix))
        return target
