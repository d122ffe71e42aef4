"""Root fixtures: every test gets its own data folder, no network, and an in-memory keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core import Hearth  # noqa: E402
from app.paths import Paths  # noqa: E402
from app.secrets import SecretStore  # noqa: E402
from tests.helpers.memkeyring import MemoryKeyring  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test has its own HEARTH_DATA_DIR, and services point nowhere real."""
    monkeypatch.setenv("HEARTH_DATA_DIR", str(tmp_path / "hearth-data"))
    monkeypatch.delenv("HEARTH_OFFLINE", raising=False)
    # Network probes may only ever touch loopback in tests (explicit configuration, read by app.config).
    monkeypatch.setenv("HEARTH_PROBE_LOOPBACK_ONLY", "1")
    # The e-mail domain check's DNS never reaches a real resolver unless a test points it at its fake.
    monkeypatch.setenv("HEARTH_DNS_SERVER", "127.0.0.1:9")
    # Tests start with no copy of the 2FA Directory (as before one shipped in resources/twofa); the
    # shipped copy has its own tests (tests/integration/test_twofa_snapshot.py puts it back).
    from app.services import twofa_directory

    monkeypatch.setattr(twofa_directory, "BUNDLED_SNAPSHOT", None)
    from app.services.urls import SERVICES

    for _, env in SERVICES.values():
        monkeypatch.setenv(env, "http://127.0.0.1:9")  # discard port: nothing real is ever contacted


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def hearth(memory_keyring: MemoryKeyring) -> Iterator[Hearth]:
    h = Hearth.open(Paths.default(), secrets=SecretStore(memory_keyring))
    yield h
    h.close()
