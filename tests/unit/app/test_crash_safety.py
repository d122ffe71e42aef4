"""A writer killed in the middle of a transaction leaves the database intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from app.storage.db import Database
from app.storage.repos import AccountsRepo, MembersRepo

WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.storage.db import Database
    d = Database(Path(sys.argv[1]))
    with d.transaction() as db:
        for i in range(100000):
            db.execute(
                "insert into accounts (member_id, service, domain, login_hint, created_at, updated_at) "
                "values (1, ?, '', ?, 'now', 'now')", [f"svc{i}", f"u{i}"])
            if i == 500:
                print("halfway", flush=True)
                time.sleep(30)
    """
)


def test_kill_mid_transaction(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    d = Database(path)
    alice = MembersRepo(d).add("Alice")
    AccountsRepo(d).add(alice.id, "Mail", login_hint="alice")
    d.close()

    root = Path(__file__).resolve().parents[3]
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "halfway"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    time.sleep(0.05)

    d2 = Database(path)
    try:
        with d2.read() as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [a.service for a in AccountsRepo(d2).list(alice.id)] == ["Mail"]
        assert [m.name for m in MembersRepo(d2).list()] == ["Alice"]
    finally:
        d2.close()
