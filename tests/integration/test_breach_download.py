"""``hearth breach download`` against a loopback range server (issue 16): a small prefix space,
429/Retry-After, garbage, pause/resume, kill -9 mid-way, refresh replacing atomically, one ledger entry."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import breach_download as bd
from app import breach_store as bs
from app import passwords
from app.errors import ServiceError, StorageError
from checks.base import CancelToken
from tests.helpers.fake_range import FakeRange, rows_for
from tests.helpers.fakeserver import Reply

ROOT = Path(__file__).resolve().parents[2]
SMALL = 600  # prefixes 00000-00257: partitions 0 and 1 full, partition 2 partly


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch):
    with FakeRange() as server:
        monkeypatch.setenv("HEARTH_PWNED_PASSWORDS_URL", server.url)
        yield server


def _range_requests(fake: FakeRange) -> list[str]:
    return [r.path for r in fake.requests if r.path.startswith("/range/")]


def _leftovers(data: Path) -> list[str]:
    return sorted(p.name for p in data.iterdir() if p.name.endswith(bs.TMP_SUFFIX) or p.name.startswith("pwned-download"))


def test_download_builds_the_store_and_checks_go_offline(hearth, fake, monkeypatch) -> None:
    inside = "00ABC" + "1" * 35
    fake.add_hash(inside, 3)
    summary = bd.download(hearth, workers=4, prefixes=SMALL)
    assert summary["outcome"] == "complete" and summary["prefixes_done"] == SMALL
    expected = fake.hashes(SMALL)
    assert summary["hashes"] == len(expected)
    requests = _range_requests(fake)
    assert len(requests) == SMALL and len(set(requests)) == SMALL  # every prefix once
    assert all(r.header("Add-Padding") == "true" and r.body == b"" for r in fake.requests)
    data = Path(hearth.paths.data)
    with bs.open_store(data) as store:
        assert store.prefixes == SMALL and store.hashes == len(expected)
        assert all(store.contains(h) for h in expected)
        assert not store.contains("00ABC" + "2" * 35)
        # padding rows (count 0) are not in the list
        pad = "00000" + __import__("hashlib").sha1(b"pad000000").hexdigest().upper()[5:]
        assert not store.contains(pad)
    assert os.stat(bs.store_path(data)).st_mode & 0o777 == 0o600
    assert _leftovers(data) == []
    # ONE ledger entry for the whole download
    entries = hearth.ledger.entries()
    assert len(entries) == 1
    assert entries[0].service == "pwned_passwords" and f"{SMALL} range requests" in entries[0].outcome
    status = bd.status(data)
    assert status["complete"] and status["prefixes_done"] == SMALL and status["prefixes_total"] == SMALL
    assert status["hashes"] == len(expected) and status["bytes"] == bs.store_path(data).stat().st_size
    assert status["date"] == dt.datetime.now(dt.UTC).date().isoformat() and status["download"] is None
    # the password check now uses the store, with the network pointing nowhere
    monkeypatch.setenv("HEARTH_PWNED_PASSWORDS_URL", "http://127.0.0.1:9")
    counts, source = passwords.breach_counts(hearth, ["not in the list at all 123"])
    assert source == "offline" and counts == {"not in the list at all 123": 0}
    assert passwords.has_offline_index(hearth)


def test_429_with_retry_after_and_garbage_are_retried(hearth, fake) -> None:
    fake.script["00007"] = [Reply.text("slow down", 429, **{"Retry-After": "1"})]
    fake.script["00100"] = [Reply.text("<html>oops</html>"), Reply.text("ABC:1\r\nnot a line")]
    summary = bd.download(hearth, workers=3, prefixes=SMALL)
    assert summary["outcome"] == "complete"
    requests = _range_requests(fake)
    assert requests.count("/range/00007") == 2 and requests.count("/range/00100") == 3
    with bs.open_store(hearth.paths.data) as store:
        assert all(store.contains(h) for h in rows_for("00007", 3) + rows_for("00100", 3))
    (entry,) = hearth.ledger.entries()
    assert f"{SMALL + 3} range requests (1 refused" in entry.outcome


def test_persistent_garbage_stops_keeps_progress_and_resumes(hearth, fake, monkeypatch) -> None:
    monkeypatch.setattr(bd, "RETRY_BASE", 0.01)  # the waits between attempts, not what is tested here
    fake.script["00150"] = [Reply.text("garbage")] * bd.ATTEMPTS  # partition 0 can never finish this run
    with pytest.raises(ServiceError):
        bd.download(hearth, workers=2, prefixes=SMALL)
    data = Path(hearth.paths.data)
    assert bs.open_store(data) is None
    status = bd.status(data)
    assert not status["complete"] and status["download"] is not None
    done_before = status["download"]["prefixes_done"]
    assert done_before in (256, 256 + 88)  # partition 0 failed; 1 and (perhaps) 2 finished
    job = bd.Job(data)
    assert os.stat(job.dir).st_mode & 0o777 == 0o700
    for p in (job.partial, job.journal_path, job.state_path):
        assert os.stat(p).st_mode & 0o777 == 0o600
    assert len(hearth.ledger.entries()) == 1 and "download failed" in hearth.ledger.entries()[0].outcome
    fake.requests.clear()
    summary = bd.download(hearth, workers=2, prefixes=SMALL)
    assert summary["outcome"] == "complete" and summary["resumed_from"] == done_before
    assert len(_range_requests(fake)) == SMALL - done_before  # only the missing partitions were asked again
    with bs.open_store(data) as store:
        assert all(store.contains(h) for h in fake.hashes(SMALL))
    assert _leftovers(data) == []


def test_pause_then_cancel_discards(hearth, fake) -> None:
    cancel = CancelToken()

    def progress(done: int, total: int, text: str) -> None:
        if done >= 300:
            cancel.cancel()

    summary = bd.download(hearth, workers=2, prefixes=SMALL, cancel=cancel, progress=progress)
    assert summary["outcome"] == "paused" and summary["download"]["prefixes_done"] >= 256
    data = Path(hearth.paths.data)
    assert bd.Job(data).exists()
    assert bd.discard(data) is True
    assert _leftovers(data) == [] and bs.open_store(data) is None
    assert bd.discard(data) is False


def test_not_enough_disk_space(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as err:
        bd.check_space(tmp_path, 10**18)
    assert "MB" in str(err.value.message)
    bd.check_space(tmp_path, 1)  # a tiny need passes
    assert bd.needed_bytes(bs.ALL_PREFIXES) > 2_000_000_000  # the real list: over 2 GB


def test_parse_answer_validates_lines() -> None:
    good = b"0018A45C4D1DEF81644B54AB7F969B88D65:1\r\n00D4F6E8FA6EECAD2A3AA415EEC418D38EC:0\r\n"
    assert bd.parse_answer("21BD1", good) == [(0x21BD1 << 44) | 0x0018A45C4D1]
    for bad in (b"", b"0018A45C4D1DEF81644B54AB7F969B88D6:1", b"<html>", b"0018A45C4D1DEF81644B54AB7F969B88D65:x"):
        with pytest.raises(ValueError):
            bd.parse_answer("21BD1", bad)


def _env(data: Path, url: str) -> dict[str, str]:
    env = {**os.environ, "HEARTH_DATA_DIR": str(data), "HEARTH_PWNED_PASSWORDS_URL": url, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


def _kill_when(proc: subprocess.Popen[bytes], ready, limit: float = 60.0) -> None:
    end = time.monotonic() + limit
    while not ready():
        assert proc.poll() is None, "the process ended before it could be killed"
        assert time.monotonic() < end
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def test_kill_9_during_refresh_keeps_old_store_then_resumes(tmp_path: Path, fake) -> None:
    data = tmp_path / "data"
    env = _env(data, fake.url)
    first = _cli(env, "breach", "download", "--json", "--prefixes", "512")
    assert first.returncode == 0, first.stderr
    old = fake.hashes(512)
    fresh = "00042" + "A" * 35
    fake.add_hash(fresh, 7)
    fake.delay = 0.01
    fake.requests.clear()
    journal = data / bd.JOB_DIR / "journal"
    proc = subprocess.Popen([sys.executable, "-m", "app", "breach", "download", "--workers", "2", "--prefixes", "1024"],
                            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _kill_when(proc, lambda: journal.exists() and journal.read_bytes().count(b"\n") >= 1)
    # the previous store is untouched and usable
    with bs.open_store(data) as store:
        assert store.prefixes == 512 and store.hashes == len(old)
        assert all(store.contains(h) for h in old) and not store.contains(fresh)
    status = json.loads(_cli(env, "breach", "status", "--json").stdout)
    assert status["complete"] and status["download"]["prefixes_done"] >= 256
    killed_at = status["download"]["prefixes_done"]
    asked_before = set(_range_requests(fake))
    fake.delay = 0.0
    fake.requests.clear()
    again = _cli(env, "breach", "download", "--json", "--prefixes", "1024")
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["outcome"] == "complete" and summary["resumed_from"] == killed_at
    assert "/range/00000" in asked_before and "/range/00000" not in _range_requests(fake)  # partition 0 kept
    with bs.open_store(data) as store:
        assert store.prefixes == 1024 and store.contains(fresh)
        assert all(store.contains(h) for h in fake.hashes(1024))
    assert _leftovers(data) == []
    ledger = json.loads(_cli(env, "ledger", "--json").stdout)
    assert len([e for e in ledger if e["service"] == "pwned_passwords"]) == 2  # first + resumed run (killed: none)


def test_kill_9_during_offline_index_build(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = _env(data, "http://127.0.0.1:9")
    old = sorted(f"{(i * 0x9E3779B97F4A7C15F39CC0605CEDC8341082276B) % (1 << 160):040X}" for i in range(1, 50))
    source = tmp_path / "old.txt"
    source.write_text("".join(f"{h}:3\n" for h in old))
    built = _cli(env, "breach", "offline-index", "--compact", "--json", str(source))
    assert built.returncode == 0, built.stderr
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    proc = subprocess.Popen([sys.executable, "-m", "app", "breach", "offline-index", "--compact", str(fifo)],
                            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(fifo, "w") as writer:  # noqa: PTH123 - a named pipe: the build waits for more lines
        writer.write("".join(f"{i:040X}:1\n" for i in range(1, 1 << 16)))  # partition 0: never finished
        writer.flush()
        _kill_when(proc, lambda: any(p.name.endswith(bs.TMP_SUFFIX) for p in data.iterdir()))
    with bs.open_store(data) as store:
        assert store.hashes == len(old) and all(store.contains(h) for h in old)
    assert _leftovers(data)  # the killed build's temporary file is there...
    assert _cli(env, "breach", "status", "--json").returncode == 0
    assert _leftovers(data) == []  # ...until the next start
    assert oct(os.stat(bs.store_path(data)).st_mode & 0o777) == "0o600"


def test_a_write_failure_is_a_plain_storage_error(hearth, fake) -> None:
    cancel = CancelToken()
    cancel.cancel()  # creates the job, then pauses at once
    assert bd.download(hearth, prefixes=SMALL, cancel=cancel)["outcome"] == "paused"
    job = bd.Job(Path(hearth.paths.data))
    job.partial.unlink()
    job.partial.mkdir()  # the partial store can no longer be opened for writing
    with pytest.raises(StorageError) as err:
        bd.download(hearth, prefixes=SMALL)
    assert "could not write the breach list" in str(err.value.message)
