"""The compact offline breach store (app/breach_store.py, issue 16)."""

from __future__ import annotations

import hashlib
import os
import random
from pathlib import Path

from app import breach_store as bs


def _hashes(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return sorted(f"{rng.getrandbits(160):040X}" for _ in range(n))


def test_known_found_absent_not_and_compact(tmp_path: Path) -> None:
    hashes = _hashes(40_000)
    summary = bs.build_store(hashes, bs.store_path(tmp_path))
    assert summary["hashes"] == 40_000
    with bs.open_store(tmp_path) as store:
        assert store.hashes == 40_000 and not store.exact
        assert all(store.contains(h) for h in hashes)
        rng = random.Random(99)
        absent = [f"{rng.getrandbits(160):040X}" for _ in range(3000)]
        false = sum(store.contains(h) for h in absent if h not in set(hashes))
        assert false <= 1
    # small corpus: the fixed cost of 4096 partitions (table entry, 8-byte head, first sample) dominates;
    # the per-hash coding itself stays near 2.2 bytes (bench: 2.245 bytes a hash on 4 million hashes)
    fixed = bs.HEADER.size + (bs.ENTRY.size + 12) * bs.PARTITIONS
    assert (summary["bytes"] - fixed) / 40_000 <= 2.5
    assert os.stat(bs.store_path(tmp_path)).st_mode & 0o777 == 0o600


def test_real_password_and_empty_partitions(tmp_path: Path) -> None:
    pw = hashlib.sha1(b"password").hexdigest().upper()  # noqa: S324 - the protocol's hash
    bs.build_store([pw], bs.store_path(tmp_path))
    with bs.open_store(tmp_path) as store:
        assert store.contains(pw)
        assert not store.contains("0" * 40) and not store.contains("F" * 40)


def test_crash_leaves_previous_store_and_cleanup(tmp_path: Path) -> None:
    first = _hashes(100, seed=2)
    bs.build_store(first, bs.store_path(tmp_path))
    writer = bs.StoreWriter(bs.store_path(tmp_path))  # a build that "dies" before commit
    writer.add_partition(0, [1, 2, 3])
    writer.fh.close()
    assert writer.tmp.exists()
    with bs.open_store(tmp_path) as store:
        assert store.hashes == 100 and store.contains(first[0])
    run = tmp_path / "pwned-index-abc"
    run.mkdir()
    (run / "run0").write_bytes(b"x" * 10)
    removed = bs.cleanup(tmp_path)
    assert not writer.tmp.exists() and not run.exists() and len(removed) == 2
    assert bs.store_path(tmp_path).exists()


def test_damaged_store_is_not_used(tmp_path: Path) -> None:
    bs.store_path(tmp_path).write_bytes(b"HEARTHPS")
    assert bs.open_store(tmp_path) is None


def test_password_check_uses_the_store_offline(hearth, tmp_path: Path) -> None:
    from app import passwords

    pw = hashlib.sha1(b"letmein").hexdigest().upper()  # noqa: S324 - the protocol's hash
    bs.build_store(sorted([pw, *_hashes(500, seed=4)]), bs.store_path(hearth.paths.data))
    assert passwords.has_offline_index(hearth)
    result = passwords.check_password(hearth, "letmein")  # every service URL points at the discard port
    assert result["breach"]["checked"] and result["breach"]["source"] == "offline"
    assert result["breach"]["count"] == 1 and result["breach"]["exact"] is False
    assert result["breach"]["advice"].startswith("Very likely seen in breaches")
    assert passwords.check_password(hearth, "a long unusual phrase 91")["breach"]["count"] == 0


def test_offline_index_cleans_killed_runs_and_keeps_files_private(hearth, tmp_path: Path) -> None:
    from app.services import pwned

    left = hearth.paths.data / "pwned-index-old"
    left.mkdir()
    (left / "run0").write_bytes(b"\0" * 24)
    source = tmp_path / "corpus.txt"
    source.write_text("".join(f"{h}:1\n" for h in _hashes(50, seed=5)))
    pwned.build_offline_index(source, hearth.paths.data)
    assert not left.exists()
    assert os.stat(pwned.index_path(hearth.paths.data)).st_mode & 0o777 == 0o600


def test_cli_compact_index_and_status(monkeypatch, capsys, tmp_path: Path) -> None:
    import json

    from app import cli

    pw = hashlib.sha1(b"password").hexdigest().upper()  # noqa: S324 - the protocol's hash
    source = tmp_path / "corpus.txt"
    source.write_text("".join(f"{h}:3\n" for h in sorted([pw, *_hashes(200, seed=6)])) + "A" * 40 + ":0\n")
    assert cli.main(["breach", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["complete"] is False
    assert cli.main(["breach", "offline-index", "--compact", str(source)]) == 0
    assert "201" in capsys.readouterr().out
    assert cli.main(["breach", "status", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["complete"] is True and info["hashes"] == 201 and info["bytes"] > 0 and info["date"]
    assert {"prefixes_done", "prefixes_total", "hashes", "bytes", "date", "complete"} <= set(info)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("password\n"))
    assert cli.main(["password", "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["breach"]["count"] == 1


def test_import_with_the_compact_store_says_very_likely(hearth) -> None:
    from app import passwords

    pw = hashlib.sha1(b"Summer2019!").hexdigest().upper()  # noqa: S324 - the protocol's hash
    bs.build_store(sorted([pw, *_hashes(300, seed=8)]), bs.store_path(hearth.paths.data))
    member = hearth.members.add("Alice")
    csv = b"name,url,username,password\nShop,https://shop.example,a@example.com,Summer2019!\n" \
          b"Forum,https://forum.example,a@example.com,quite unusual words 7731 lantern\n"
    result = passwords.import_csv(hearth, member.id, csv, breach=False)  # no consent needed: nothing is sent
    assert result.breach_source == "offline"
    stored = {a.domain: a for a in hearth.accounts.list(member.id)}
    assert stored["shop.example"].breach_count == passwords.FOUND_NO_COUNT
    assert stored["forum.example"].breach_count == 0
    titles = {f.title for row in result.rows for f in row.problems}
    assert "This password is very likely known to criminals" in titles
    assert not any("times" in f.why for row in result.rows for f in row.problems if f.check_id == "password.pwned")


def test_compact_store_from_a_per_prefix_folder_and_ntlm_file(tmp_path: Path) -> None:
    from app.services import pwned

    folder = tmp_path / "ranges"
    folder.mkdir()
    pw = hashlib.sha1(b"hunter2").hexdigest().upper()  # noqa: S324 - the protocol's hash
    (folder / f"{pw[:5]}.txt").write_text(f"{pw[5:]}:4\r\n{'0' * 35}:0\r\n")
    (folder / "00000.txt").write_text("1" * 35 + ":2\n")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert bs.build_store(bs.hashes_from_file(folder), bs.store_path(tmp_path / "a"), kind="auto")["kind"] == "sha1"
    with bs.open_store(tmp_path / "a") as store:
        assert store.hashes == 2 and store.contains(pw) and store.contains("00000" + "1" * 35)
        assert not store.contains(pw[:5] + "0" * 35)  # the padding row (count 0) is left out
    nt = pwned.ntlm_hex("hunter2")
    source = tmp_path / "ntlm.txt"
    source.write_text(f"{nt}:9\n")
    assert bs.build_store(bs.hashes_from_file(source), bs.store_path(tmp_path / "b"), kind="auto")["kind"] == "ntlm"
    index = pwned.find_offline_index(tmp_path / "b")
    with index:
        assert index.kind == "ntlm" and index.lookup_password("hunter2") == 1
        assert index.lookup_password("hunter3") == 0


def test_cleanup_spares_a_live_build_and_a_held_lock(tmp_path: Path) -> None:
    import fcntl
    import subprocess
    import sys

    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        mine = bs.store_path(tmp_path).with_name(f"{bs.STORE_NAME}.{live.pid}{bs.TMP_SUFFIX}")
        mine.write_bytes(b"x")
        dead = bs.store_path(tmp_path).with_name(f"{bs.STORE_NAME}.999999999{bs.TMP_SUFFIX}")
        dead.write_bytes(b"x")
        lock = tmp_path / "pwned-download.lock"
        lock.write_bytes(b"")
        fd = os.open(lock, os.O_RDWR)
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            assert bs.cleanup(tmp_path) == [dead.name]
            assert mine.exists() and lock.exists()
        finally:
            os.close(fd)
        assert bs.cleanup(tmp_path) == ["pwned-download.lock"]  # no one holds it any more
    finally:
        live.kill()
        live.wait()
    assert bs.cleanup(tmp_path) == [mine.name]  # its process is gone
