"""app.config: every HEARTH_* variable in one frozen Config."""

from __future__ import annotations

import dataclasses
import pathlib
import re
from pathlib import Path

import pytest

from app import config
from app.config import Config

ROOT = Path(__file__).resolve().parents[3]


def test_an_empty_environment_gives_the_defaults() -> None:
    cfg = Config.from_environ({})
    assert cfg == Config()
    assert cfg.data_dir is None and not cfg.offline and not cfg.probe_loopback_only and dict(cfg.service_urls) == {}


def test_every_variable_is_parsed() -> None:
    cfg = Config.from_environ({
        "HEARTH_DATA_DIR": " /tmp/h ", "HEARTH_OFFLINE": "Yes", "HEARTH_LLM_MODEL": "llama3.1",
        "HEARTH_2FA_SNAPSHOT": "/snap", "HEARTH_HIBP_URL": "http://127.0.0.1:1/", "HEARTH_URLHAUS_URL": "  ",
        "HEARTH_GATEWAY_OVERRIDE": "127.0.0.1", "HEARTH_PROBE_PORTS": "80:18080, 1900:19000,bad",
        "HEARTH_PROBE_LOOPBACK_ONLY": "1", "HEARTH_DNS_TEST_SERVER": "127.0.0.1:5353",
        "HEARTH_TLS_TEST_TARGET": "[::1]:8443", "HEARTH_TLS_TEST_CAFILE": "/ca.pem", "HEARTH_BENCH_FIRST_PAINT": "1",
        "HEARTH_HTTP_DEADLINE": "0.01",
    })
    assert cfg.data_dir == Path("/tmp/h") and cfg.offline and cfg.llm_model == "llama3.1"
    assert cfg.twofa_snapshot == Path("/snap")
    assert dict(cfg.service_urls) == {"hibp": "http://127.0.0.1:1/"}
    assert cfg.gateway_override == "127.0.0.1" and dict(cfg.probe_ports) == {80: 18080, 1900: 19000}
    assert cfg.probe_loopback_only and cfg.dns_test_server == ("127.0.0.1", 5353)
    assert cfg.tls_test_target == ("::1", 8443) and cfg.tls_test_cafile == "/ca.pem" and cfg.bench_first_paint
    assert cfg.http_deadline == 0.05 and Config.from_environ({"HEARTH_HTTP_DEADLINE": "soon"}).http_deadline is None


def test_config_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.current().offline = True  # type: ignore[misc]
    with pytest.raises(TypeError):
        config.current().service_urls["hibp"] = "x"  # type: ignore[index]


def test_current_is_cached_and_follows_a_changed_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    first = config.current()
    assert config.current() is first
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    assert config.current().offline and config.current() is not first
    config.reset()
    assert config.current().offline


def test_loopback_guard_is_explicit_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.probes.common import loopback_only

    assert loopback_only()  # tests/conftest.py sets HEARTH_PROBE_LOOPBACK_ONLY=1
    monkeypatch.delenv("HEARTH_PROBE_LOOPBACK_ONLY")
    assert not loopback_only()  # no looking for pytest in sys.modules


def test_no_module_but_config_reads_hearth_variables() -> None:
    pattern = re.compile(r"(os\.environ|getenv)[^\n]*HEARTH_|os\.environ\.get\(ENV_")
    offenders = []
    for folder in ("app", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name == "config.py" and path.parent.name == "app":
                continue
            text = pathlib.Path(path).read_text(encoding="utf-8")
            if pattern.search(text) or "PYTEST_CURRENT_TEST" in text or '"pytest" in sys.modules' in text:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


#: Every other read of the process environment, and why it is not configuration: each is the standard
#: lookup of something the operating system owns, so it must follow the OS's own variables.
OS_ENVIRONMENT_READS = {
    # the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): the language when no setting names one
    "app/i18n.py": 1,
    # the locale's region (LC_ALL, LC_MESSAGES, LANG): the country for phone numbers when no setting names one
    "app/scam.py": 1,
    # command_env(): the whole environment handed to child programs (PATH, SystemRoot, ...) with a C locale;
    # Host.env: what the probes read from the OS (SystemRoot on Windows), replaced by tests
    "app/probes/common.py": 2,
    # proxy_settings: the standard proxy variables (http_proxy, ...), only for the real environment
    "app/probes/network.py": 1,
}


def test_other_environment_reads_are_the_listed_os_lookups() -> None:
    found: dict[str, int] = {}
    for folder in ("app", "checks", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = str(path.relative_to(ROOT))
            if rel == "app/config.py":
                continue
            n = sum(1 for line in path.read_text(encoding="utf-8").splitlines()
                    if re.search(r"\bos\.environ\b|\bgetenv\(|\benviron\[", line))
            if n:
                found[rel] = n
    assert found == OS_ENVIRONMENT_READS, "a new environment read belongs in app/config.py (HEARTH_*) or in this list with its reason"
