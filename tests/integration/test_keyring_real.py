"""The real OS keyring (GNOME Keyring over D-Bus in CI, via tests/run.sh)."""

from __future__ import annotations

import os
import uuid

import keyring
import pytest

from app.secrets import SecretStore

pytestmark = pytest.mark.keyring


@pytest.fixture
def real_store() -> SecretStore:
    store = SecretStore(keyring.get_keyring())
    if not store.available():
        if os.environ.get("HEARTH_REAL_KEYRING"):
            pytest.fail(f"a real keyring was promised but {keyring.get_keyring()!r} is not usable")
        pytest.skip("no real keyring backend on this machine (tests/run.sh starts one)")
    return store


def test_round_trip_in_the_os_keyring(real_store: SecretStore) -> None:
    value = f"test-{uuid.uuid4().hex}"
    real_store.set("virustotal", value)
    try:
        assert real_store.get("virustotal") == value
        # stored under Hearth's service name, where other tools can see and remove it
        assert keyring.get_password("hearth", "virustotal") == value
    finally:
        real_store.delete("virustotal")
    assert real_store.get("virustotal") is None
