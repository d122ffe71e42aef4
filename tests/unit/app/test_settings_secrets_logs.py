from __future__ import annotations

import logging
from pathlib import Path

import keyring.backends.fail
import pytest

from app import settings as S
from app.core import Hearth
from app.errors import InvalidInput, KeyringUnavailable
from app.ledger import redact_url
from app.logs import redact, setup_logging
from app.secrets import SecretStore
from tests.helpers.memkeyring import MemoryKeyring


def test_settings_are_typed_persist_and_notify(hearth: Hearth) -> None:
    seen = []
    hearth.settings.subscribe(lambda s, v: seen.append((s.key, v)))
    assert hearth.settings.get(S.OFFLINE) is False
    hearth.settings.set(S.OFFLINE, True)
    hearth.settings.set(S.TEXT_SCALE, 2)
    assert seen == [("offline", True), ("text_scale", 2.0)]
    with pytest.raises(InvalidInput):
        hearth.settings.set(S.OFFLINE, "yes")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        hearth.settings.set(S.TEXT_SCALE, 3.0)
    reopened = S.Settings(hearth.settings._repo)  # noqa: SLF001 - a fresh read from the database
    assert reopened.get(S.OFFLINE) is True and reopened.get(S.TEXT_SCALE) == 2.0
    assert hearth.is_offline()


def test_a_corrupt_stored_value_falls_back_to_the_default(hearth: Hearth) -> None:
    hearth.settings._repo.save("text_scale", "huge")  # noqa: SLF001
    assert S.Settings(hearth.settings._repo).get(S.TEXT_SCALE) == 1.0  # noqa: SLF001


def test_offline_env_wins(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    assert hearth.is_offline() and hearth.offline_forced_by_environment()


def test_secrets_round_trip_in_a_keyring() -> None:
    store = SecretStore(MemoryKeyring())
    store.set("hibp", "  abc123  ")
    assert store.get("hibp") == "abc123"
    store.delete("hibp")
    assert store.get("hibp") is None
    with pytest.raises(InvalidInput):
        store.set("hibp", "   ")
    with pytest.raises(InvalidInput):
        store.get("my-bank-password")


def test_no_keyring_means_a_plain_error_and_no_fallback(tmp_path: Path) -> None:
    store = SecretStore(keyring.backends.fail.Keyring())
    assert not store.available()
    with pytest.raises(KeyringUnavailable) as info:
        store.set("hibp", "abc")
    assert "keyring" in info.value.message.lower() and "Nothing was saved" in info.value.message


def test_plaintext_keyring_is_refused() -> None:
    class PlaintextKeyring(MemoryKeyring):
        pass

    assert not SecretStore(PlaintextKeyring()).available()


@pytest.mark.parametrize(
    "line, secret",
    [
        ("login password=hunter2 ok", "hunter2"),
        ('{"api_key": "sk-abcdefghijklmnopqrstuv"}', "sk-abcdefghijklmnopqrstuv"),
        ("hibp-api-key: 0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef"),
        ("Authorization: Bearer eyJhbGciOi.xyz", "eyJhbGciOi.xyz"),
        ("GET https://x/v4/threatMatches:find?key=AIzaSyD-123&alt=json", "AIzaSyD-123"),
        ("otpauth://totp/Hearth?secret=JBSWY3DPEHPK3PXP", "JBSWY3DPEHPK3PXP"),
        ("sha1 5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8", "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8"),
    ],
)
def test_redaction(line: str, secret: str) -> None:
    assert secret not in redact(line)


def test_log_file_never_gets_secrets(tmp_path: Path) -> None:
    log_file = tmp_path / "hearth.log"
    handler = setup_logging(log_file)
    try:
        log = logging.getLogger("test.secrets")
        log.warning("user typed password=%s", "CorrectHorse9")
        try:
            raise ValueError("token=abc.def.ghi")
        except ValueError:
            log.exception("failed with api_key=%s", "k-123456")
        handler.flush()
        text = log_file.read_text()
        assert "CorrectHorse9" not in text and "abc.def.ghi" not in text and "k-123456" not in text
        assert "[redacted]" in text and "Traceback" in text
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()


def test_ledger_urls_lose_personal_data() -> None:
    host, path = redact_url("https://haveibeenpwned.com/api/v3/breachedaccount/alice%40example.com?truncateResponse=false")
    assert host == "haveibeenpwned.com" and "alice" not in path and "[e-mail address]" in path
    assert path.endswith("?truncateResponse=…")
    _, path = redact_url("https://safebrowsing.googleapis.com/v4/threatMatches:find?key=AIzaSECRET")
    assert "AIzaSECRET" not in path
    _, path = redact_url("https://api.pwnedpasswords.com/range/5BAA6")
    assert path == "/range/5BAA6"
    _, path = redact_url("http://127.0.0.1:8080/lookup/+44 7700 900123")
    assert "7700" not in path


def test_log_file_rotates(tmp_path: Path) -> None:
    from app.logs import RotatingFile

    path = tmp_path / "hearth.log"
    handler = RotatingFile(path, max_bytes=200, backups=2)
    log = logging.getLogger("test.rotate")
    log.addHandler(handler)
    log.propagate = False
    try:
        for i in range(40):
            log.warning("line %d %s", i, "x" * 20)
    finally:
        log.removeHandler(handler)
        handler.close()
    assert path.exists() and (tmp_path / "hearth.log.1").exists() and (tmp_path / "hearth.log.2").exists()
    assert not (tmp_path / "hearth.log.3").exists()
    assert path.stat().st_size < 400


def test_log_files_are_private(tmp_path: Path) -> None:
    import logging.handlers
    import stat

    from app.logs import RotatingFile

    path = tmp_path / "hearth.log"
    handler = RotatingFile(path, max_bytes=200, backups=2)
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    log = logging.getLogger("test.private")
    log.addHandler(handler)
    log.propagate = False
    try:
        for i in range(20):
            log.warning("line %d %s", i, "x" * 20)
    finally:
        log.removeHandler(handler)
        handler.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "hearth.log.1").stat().st_mode) == 0o600
