"""Every ``HEARTH_*`` environment variable, read in one place into one frozen ``Config``.

No other module reads ``HEARTH_*`` from ``os.environ``: they call :func:`current`.

The environment is parsed once and the result is cached. It is parsed again only when the
``HEARTH_*`` part of the process environment changed since (tests set variables with
``monkeypatch.setenv`` after building a ``Hearth``; packaged builds set ``HEARTH_2FA_SNAPSHOT``
in a runtime hook before start-up). :func:`reset` drops the cache explicitly.

Variables:
    HEARTH_DATA_DIR               one folder for data, cache and logs (tests, portable use)
    HEARTH_OFFLINE                1/true/yes/on: refuse every network call this session
    HEARTH_LLM_MODEL              the language-model name (wins over the setting)
    HEARTH_2FA_SNAPSHOT           folder with an offline copy of the 2FA Directory
    HEARTH_<SERVICE>_URL          base address of a service (see app.services.urls.SERVICES)
    HEARTH_GATEWAY_OVERRIDE       replaces the detected router address (tests: 127.0.0.1)
    HEARTH_PROBE_PORTS            logical:real port map for the network probes ("80:18080,1900:19000")
    HEARTH_PROBE_LOOPBACK_ONLY    1: every probe refuses a destination that is not loopback (tests)
    HEARTH_DNS_TEST_SERVER        host:port used for the consented DNS tests
    HEARTH_DNS_SERVER             ip:port every look-up of the e-mail domain check goes to (as typed)
    HEARTH_TLS_TEST_TARGET        host:port every TLS certificate test connects to
    HEARTH_TLS_TEST_CAFILE        CA bundle for those TLS tests
    HEARTH_BENCH_FIRST_PAINT      1: the window reports its first paint (bench/startup.py); home: the
                                  first paint after the Home page is built
    HEARTH_HTTP_DEADLINE          seconds (at least 0.05): lowers every HTTP call's deadline (tests)
"""

from __future__ import annotations

import dataclasses
import os
import threading
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

PREFIX = "HEARTH_"
TRUE_WORDS = ("1", "true", "yes", "on")

DATA_DIR = "HEARTH_DATA_DIR"
OFFLINE = "HEARTH_OFFLINE"
LLM_MODEL = "HEARTH_LLM_MODEL"
TWOFA_SNAPSHOT = "HEARTH_2FA_SNAPSHOT"
GATEWAY_OVERRIDE = "HEARTH_GATEWAY_OVERRIDE"
PROBE_PORTS = "HEARTH_PROBE_PORTS"
PROBE_LOOPBACK_ONLY = "HEARTH_PROBE_LOOPBACK_ONLY"
DNS_TEST_SERVER = "HEARTH_DNS_TEST_SERVER"
DNS_SERVER = "HEARTH_DNS_SERVER"
TLS_TEST_TARGET = "HEARTH_TLS_TEST_TARGET"
TLS_TEST_CAFILE = "HEARTH_TLS_TEST_CAFILE"
BENCH_FIRST_PAINT = "HEARTH_BENCH_FIRST_PAINT"
HTTP_DEADLINE = "HEARTH_HTTP_DEADLINE"


def _flag(value: str) -> bool:
    return value.strip().lower() in TRUE_WORDS


def _host_port(text: str) -> tuple[str, int] | None:
    host, sep, port = text.strip().rpartition(":")
    if not sep or not host or not port.isdigit():
        return None
    return host.strip("[]"), int(port)


def _ports(text: str) -> dict[int, int]:
    ports: dict[int, int] = {}
    for pair in text.split(","):
        a, sep, b = pair.strip().partition(":")
        if sep and a.isdigit() and b.isdigit():
            ports[int(a)] = int(b)
    return ports


def _seconds(text: str) -> float | None:
    try:
        return max(0.05, float(text)) if text else None
    except ValueError:
        return None


@dataclasses.dataclass(frozen=True)
class Config:
    """What the ``HEARTH_*`` environment says. Empty strings / None mean "not set"."""

    data_dir: Path | None = None
    offline: bool = False
    llm_model: str = ""
    twofa_snapshot: Path | None = None
    service_urls: Mapping[str, str] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    gateway_override: str = ""
    probe_ports: Mapping[int, int] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    probe_loopback_only: bool = False
    dns_test_server: tuple[str, int] | None = None
    dns_server: str = ""  # raw text: app.email_domain refuses a malformed value plainly
    tls_test_target: tuple[str, int] | None = None
    tls_test_cafile: str = ""
    bench_first_paint: bool = False
    bench_paint_home: bool = False
    http_deadline: float | None = None

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> Config:
        from app.services.urls import SERVICES  # the service table names its own variables

        def text(name: str) -> str:
            return (environ.get(name) or "").strip()

        urls = {service: text(env) for service, (_, env) in SERVICES.items() if text(env)}
        data_dir, snapshot = text(DATA_DIR), text(TWOFA_SNAPSHOT)
        return cls(
            data_dir=Path(data_dir).expanduser() if data_dir else None,
            offline=_flag(text(OFFLINE)),
            llm_model=text(LLM_MODEL),
            twofa_snapshot=Path(snapshot).expanduser() if snapshot else None,
            service_urls=MappingProxyType(urls),
            gateway_override=text(GATEWAY_OVERRIDE),
            probe_ports=MappingProxyType(_ports(text(PROBE_PORTS))),
            probe_loopback_only=_flag(text(PROBE_LOOPBACK_ONLY)),
            dns_test_server=_host_port(text(DNS_TEST_SERVER)),
            dns_server=text(DNS_SERVER),
            tls_test_target=_host_port(text(TLS_TEST_TARGET)),
            tls_test_cafile=text(TLS_TEST_CAFILE),
            bench_first_paint=_flag(text(BENCH_FIRST_PAINT)) or text(BENCH_FIRST_PAINT).strip() == "home",
            bench_paint_home=text(BENCH_FIRST_PAINT).strip() == "home",
            http_deadline=_seconds(text(HTTP_DEADLINE)),
        )


_lock = threading.Lock()
_cache: tuple[tuple[tuple[str, str], ...], Config] | None = None


def _fingerprint() -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith(PREFIX)))


def current() -> Config:
    """The configuration of this process (parsed once; again only if ``HEARTH_*`` changed)."""
    global _cache
    key = _fingerprint()
    with _lock:
        if _cache is None or _cache[0] != key:
            _cache = (key, Config.from_environ(dict(key)))
        return _cache[1]


def reset() -> None:
    """Forget the parsed configuration; the next :func:`current` reads the environment again."""
    global _cache
    with _lock:
        _cache = None
