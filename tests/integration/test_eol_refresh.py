"""Refreshing the end-of-life list from a fake endoflife.date (v0 API) on loopback."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app import device as app_device
from app.core import Hearth
from app.errors import OfflineError, ServiceError
from app.services import urls
from checks.parsers.eol import build_snapshot, releases
from tests.helpers.fakeserver import FakeServer, Reply

UBUNTU = [
    {"cycle": "26.04", "releaseDate": "2026-04-23", "eol": "2031-05-29", "lts": True, "latest": "26.04.1"},
    {"cycle": "24.04", "releaseDate": "2024-04-25", "eol": "2029-05-31", "lts": True},
    {"cycle": "20.04", "releaseDate": "2020-04-23", "eol": "2025-05-31", "lts": True},
]
WINDOWS = [
    {"cycle": "11-26h2-w", "releaseDate": "2026-09-29", "eol": "2028-10-10"},
    {"cycle": "11-26h2-e", "releaseDate": "2026-09-29", "eol": "2029-10-09"},
    {"cycle": "10-22h2", "releaseDate": "2022-10-18", "eol": "2025-10-14"},
    {"cycle": "10-21h2-e-lts", "releaseDate": "2021-11-16", "eol": "2027-01-12"},
]
DEBIAN = [{"cycle": "12", "releaseDate": "2023-06-10", "eol": "2026-06-10", "extendedSupport": "2028-06-30"}]
CHROME = [{"cycle": "150", "releaseDate": "2026-10-27", "eol": False}, {"cycle": "149", "releaseDate": "2026-09-29", "eol": "2026-10-27"}]
FIREFOX = [
    {"cycle": "146", "releaseDate": "2026-11-10", "eol": False},
    {"cycle": "140", "releaseDate": "2025-06-24", "eol": False, "lts": True},
    {"cycle": "115", "releaseDate": "2023-07-04", "eol": True, "lts": True},
]


@pytest.fixture
def eol_service(monkeypatch: pytest.MonkeyPatch) -> FakeServer:
    monkeypatch.setitem(urls.SERVICES, "endoflife", ("https://endoflife.date/api", "HEARTH_ENDOFLIFE_URL"))
    server = FakeServer()
    for name, data in (("ubuntu", UBUNTU), ("windows", WINDOWS), ("debian", DEBIAN), ("chrome", CHROME), ("firefox", FIREFOX)):
        server.route("GET", f"/api/{name}.json", Reply.json(data))
    server.route("GET", "/api/macos.json", Reply(200, b"<html>not json</html>", {"Content-Type": "text/html"}))
    server.start()
    monkeypatch.setenv("HEARTH_ENDOFLIFE_URL", server.url + "/api")
    yield server
    server.stop()


def test_refresh_writes_cache_and_is_used(hearth: Hearth, eol_service: FakeServer) -> None:
    snap = app_device.refresh_eol(hearth, today=dt.date(2026, 11, 27))
    assert snap["snapshot_date"] == "2026-11-27"
    assert {"major": "11", "version": "26H2", "line": "home_pro", "released": "2026-09-29", "eol": "2028-10-10"} in snap["products"]["windows"]
    assert any(c.get("line") == "ltsc" for c in snap["products"]["windows"])
    assert snap["products"]["debian"] == [{"released": "2023-06-10", "eol": "2028-06-30", "cycle": "12", "support": "2026-06-10"}]
    assert snap["products"]["macos"]  # unreadable answer: the shipped data is kept
    assert snap["browsers"]["chrome"]["major"] == 150 and snap["browsers"]["edge"]["major"] == 150
    assert snap["browsers"]["firefox"]["esr"] == [140]
    loaded = app_device.load_eol(cache_dir=hearth.paths.cache)
    assert loaded["snapshot_date"] == "2026-11-27"
    paths = [r.path for r in eol_service.requests]
    assert "/api/ubuntu.json" in paths and all(r.method == "GET" for r in eol_service.requests)
    assert any(e.service == "endoflife" for e in hearth.ledger.entries())


def test_refresh_offline(hearth: Hearth, eol_service: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    with pytest.raises(OfflineError):
        app_device.refresh_eol(hearth)
    assert eol_service.requests == []


def test_refresh_service_down(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(urls.SERVICES, "endoflife", ("https://endoflife.date/api", "HEARTH_ENDOFLIFE_URL"))
    monkeypatch.setenv("HEARTH_ENDOFLIFE_URL", "http://127.0.0.1:9")
    with pytest.raises(ServiceError):
        app_device.refresh_eol(hearth)
    assert app_device.load_eol(cache_dir=hearth.paths.cache)["snapshot_date"] == json.loads(app_device.EOL_PATH.read_text())["snapshot_date"]


def test_v1_shape() -> None:
    v1 = {"result": {"name": "ubuntu", "releases": [{"name": "24.04", "releaseDate": "2024-04-25", "isLts": True, "isEol": False, "eolFrom": "2029-05-31"}]}}
    assert releases(v1) == [{"cycle": "24.04", "releaseDate": "2024-04-25", "eol": "2029-05-31", "lts": True, "support": None}]
    snap = build_snapshot({"ubuntu": v1}, "2026-11-27", {"products": {}, "browsers": {}})
    assert snap["products"]["ubuntu"][0]["eol"] == "2029-05-31"
