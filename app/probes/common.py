"""Shared plumbing for the probes: running commands safely, reading files, targets and the
loopback guard, OUI look-ups, and the shape of a probe's fact.

Safety rules (LOCAL_CHECKS.md):
- every command is an argv list, run without a shell, with ``LC_ALL=C`` and a timeout, and
  can be cancelled;
- the network probes touch only this computer and the default gateway;
- for tests, every destination can be pointed at loopback fakes:
  ``HEARTH_GATEWAY_OVERRIDE=127.0.0.1`` replaces the detected gateway, ``HEARTH_PROBE_PORTS=80:18080,...``
  maps each logical port to a test port (1900 = SSDP, 5351 = NAT-PMP), and SSDP is then sent
  unicast to the override instead of multicast;
- ``HEARTH_PROBE_LOOPBACK_ONLY=1`` makes every probe refuse a destination that is not loopback,
  so a test can never reach a real router (tests/conftest.py sets it for every test).

The variables are read by ``app.config``; this module only uses its ``Config``.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from app import config
from checks.base import Cancelled, CancelToken
from checks.i18n import N_, MessageError

ENV_GATEWAY = config.GATEWAY_OVERRIDE
ENV_PORTS = config.PROBE_PORTS
ENV_LOOPBACK_ONLY = config.PROBE_LOOPBACK_ONLY
ENV_DNS_SERVER = config.DNS_TEST_SERVER
ENV_TLS_TARGET = config.TLS_TEST_TARGET
ENV_TLS_CAFILE = config.TLS_TEST_CAFILE

DEFAULT_COMMAND_TIMEOUT = 6.0
MAX_OUTPUT = 2 * 1024 * 1024


def system_name() -> str:
    """'linux', 'windows', 'macos' or another lower-case name."""
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    if sys.platform.startswith("linux"):
        return "linux"
    return sys.platform


# -- facts ---------------------------------------------------------------------------------


def ok(**data: Any) -> dict[str, Any]:
    return {"ok": True, **data}


def fail(reason: str, detail: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {"ok": False, "reason": reason}
    if detail:
        out["detail"] = detail
    return out


# -- commands --------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CommandResult:
    argv: tuple[str, ...]
    returncode: int | None
    stdout: str = ""
    stderr: str = ""
    error: str = ""  # "", "not_found", "timeout", "permission", "failed", "cancelled"

    @property
    def ok(self) -> bool:
        return not self.error and self.returncode == 0

    def failure(self, what: str = "") -> dict[str, Any]:
        """The fact for a failed command: reason codes the checks understand."""
        reason = {
            "not_found": "no_command",
            "timeout": "timeout",
            "permission": "needs_admin",
            "cancelled": "cancelled",
        }.get(self.error, "failed")
        if not self.error and _looks_like_access_denied(self.stdout + self.stderr):
            reason = "needs_admin"
        program, code = self.argv[0], self.returncode
        detail = what or (N_("{program} exited with {code}", program=program, code=code) if reason == "failed" and code is not None else "")
        return fail(reason, detail)


def _looks_like_access_denied(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in ("access is denied", "access denied", "permission denied", "requires elevation", "must be root", "run as administrator", "zugriff verweigert", "accès refusé"))


def command_env() -> dict[str, str]:
    env = dict(os.environ)
    env["LC_ALL"] = "C"
    env["LANG"] = "C"
    env.pop("LANGUAGE", None)
    return env


def run_command(argv: list[str], *, timeout: float = DEFAULT_COMMAND_TIMEOUT, cancel: CancelToken | None = None) -> CommandResult:
    """Run ``argv`` (no shell) with LC_ALL=C and a timeout; never raises except Cancelled."""
    if cancel is not None and cancel.cancelled:
        raise Cancelled()
    exe = shutil.which(argv[0]) if not os.path.isabs(argv[0]) else argv[0]
    if not exe or not os.path.exists(exe):
        return CommandResult(tuple(argv), None, error="not_found")
    kwargs: dict[str, Any] = {}
    if sys.platform.startswith("win"):
        kwargs["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        proc = subprocess.Popen(  # noqa: S603 - argv list, no shell
            [exe, *argv[1:]],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=command_env(),
            **kwargs,
        )
    except PermissionError:
        return CommandResult(tuple(argv), None, error="permission")
    except OSError:
        return CommandResult(tuple(argv), None, error="failed")
    result: dict[str, bytes] = {}

    def _communicate() -> None:
        try:
            out, err = proc.communicate()
            result["out"], result["err"] = out, err
        except Exception:  # pragma: no cover - a broken pipe on a killed child
            result["out"], result["err"] = b"", b""

    reader = threading.Thread(target=_communicate, daemon=True)
    reader.start()
    deadline = time.monotonic() + timeout
    while reader.is_alive():
        reader.join(0.05)
        if cancel is not None and cancel.cancelled:
            _kill(proc)
            reader.join(1)
            raise Cancelled()
        if time.monotonic() > deadline:
            _kill(proc)
            reader.join(1)
            return CommandResult(tuple(argv), None, error="timeout")
    out = result.get("out", b"")[:MAX_OUTPUT]
    err = result.get("err", b"")[:MAX_OUTPUT]
    return CommandResult(tuple(argv), proc.returncode, _decode(out), _decode(err))


def _kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        proc.kill()
    except OSError:
        pass


def _decode(data: bytes) -> str:
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1", "replace")  # e.g. Windows OEM code pages: labels only


Runner = Callable[..., CommandResult]


@dataclasses.dataclass
class Host:
    """What the probes may do on this computer; tests replace parts with recorded outputs.

    Attributes:
        system: 'linux', 'windows' or 'macos'.
        run: runs an argv list (see :func:`run_command`).
        read_text / read_bytes: read a file, None when it is missing or unreadable.
        which: find a program on PATH.
        mtime: a file's modification time (epoch seconds) or None.
        env: the environment.
        now: the current time (epoch seconds).
    """

    system: str = dataclasses.field(default_factory=system_name)
    run: Runner = run_command
    env: Mapping[str, str] = dataclasses.field(default_factory=lambda: os.environ)
    cancel: CancelToken = dataclasses.field(default_factory=CancelToken)

    def command(self, argv: list[str], timeout: float = DEFAULT_COMMAND_TIMEOUT) -> CommandResult:
        return self.run(argv, timeout=timeout, cancel=self.cancel)

    def read_text(self, path: str, limit: int = MAX_OUTPUT) -> str | None:
        data = self.read_bytes(path, limit)
        return None if data is None else data.decode("utf-8", "replace")

    def read_bytes(self, path: str, limit: int = MAX_OUTPUT) -> bytes | None:
        try:
            with open(path, "rb") as fh:
                return fh.read(limit)
        except OSError:
            return None

    def which(self, name: str) -> str | None:
        return shutil.which(name)

    def exists(self, path: str) -> bool:
        return Path(path).exists()

    def mtime(self, path: str) -> float | None:
        try:
            return Path(path).stat().st_mtime
        except OSError:
            return None

    def now(self) -> float:
        return time.time()


# -- targets and the loopback guard ----------------------------------------------------------


class Refused(MessageError):
    """A probe was about to contact an address it must not (test mode: not loopback)."""


def loopback_only() -> bool:
    """True when HEARTH_PROBE_LOOPBACK_ONLY is on (tests/conftest.py sets it for every test)."""
    return config.current().probe_loopback_only


def is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def guard(address: str) -> None:
    """Raise Refused when test mode is on and ``address`` is not loopback."""
    if loopback_only() and not is_loopback(address):
        raise Refused(N_("refusing to contact {address}: test mode allows loopback only", address=address))


@dataclasses.dataclass(frozen=True)
class Targets:
    """Where the network probes send their packets.

    Attributes:
        gateway_override: an address that replaces the detected gateway (tests: 127.0.0.1).
        ports: logical port -> real port (tests map each to a loopback listener).
        dns_server: (host, port) used instead of the system resolver for the consented tests.
        tls_target: (host, port) every TLS certificate test connects to instead of the resolved address.
        tls_cafile: CA bundle for those tests (tests: a throw-away CA).
    """

    gateway_override: str = ""
    ports: Mapping[int, int] = dataclasses.field(default_factory=dict)
    dns_server: tuple[str, int] | None = None
    tls_target: tuple[str, int] | None = None
    tls_cafile: str = ""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Targets:
        """From this process's configuration, or from ``env`` (a mapping of HEARTH_* variables)."""
        return cls.from_config(config.current() if env is None else config.Config.from_environ(env))

    @classmethod
    def from_config(cls, cfg: config.Config) -> Targets:
        return cls(
            gateway_override=cfg.gateway_override,
            ports=dict(cfg.probe_ports),
            dns_server=cfg.dns_test_server,
            tls_target=cfg.tls_test_target,
            tls_cafile=cfg.tls_test_cafile,
        )

    def port(self, logical: int) -> int:
        return self.ports.get(logical, logical)

    @property
    def unicast_ssdp(self) -> bool:
        return bool(self.gateway_override)


# -- MAC makers (offline IEEE registry shipped with netaddr) -----------------------------------


def oui_vendor(mac: str) -> str | None:
    """The registered organisation for a MAC's OUI, from netaddr's bundled IEEE file; None if unknown."""
    try:
        from netaddr import EUI
        from netaddr.core import NotRegisteredError
    except ImportError:  # pragma: no cover - netaddr is a dependency
        return None
    try:
        return str(EUI(mac).oui.registration().org).strip() or None
    except (NotRegisteredError, ValueError, TypeError, IndexError, KeyError):
        return None
    except Exception:  # netaddr raises AddrFormatError (a subclass of Exception) on odd input
        return None


# -- running many probes at once ----------------------------------------------------------------


def gather_parallel(
    tasks: Mapping[str, Callable[[], dict[str, Any]]],
    *,
    cancel: CancelToken | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    deadline: float = 12.0,
    labels: Mapping[str, str] | None = None,
) -> dict[str, dict[str, Any]]:
    """Run each probe in its own (daemon) thread; a probe that raises or is still running at the
    deadline becomes a "couldn't check" fact on its own. Raises Cancelled when ``cancel`` is set.

    Daemon threads, not an executor: a probe stuck past the deadline must not keep the
    command line from exiting (its own timeout ends it soon after anyway)."""
    import logging
    import queue

    cancel = cancel or CancelToken()
    results: dict[str, dict[str, Any]] = {}
    total = len(tasks)
    finished: queue.Queue[tuple[str, dict[str, Any] | BaseException]] = queue.Queue()

    def runner(name: str, fn: Callable[[], dict[str, Any]]) -> None:
        try:
            finished.put((name, fn()))
        except BaseException as exc:  # handed to the caller's thread below
            finished.put((name, exc))

    for name, fn in tasks.items():
        threading.Thread(target=runner, args=(name, fn), name=f"probe-{name}", daemon=True).start()
    end = time.monotonic() + deadline
    while len(results) < total:
        if cancel.cancelled:
            raise Cancelled()
        remaining = end - time.monotonic()
        if remaining <= 0:
            break
        try:
            name, outcome = finished.get(timeout=min(0.1, remaining))
        except queue.Empty:
            continue
        if isinstance(outcome, Cancelled):
            raise outcome
        if isinstance(outcome, Refused):
            results[name] = fail("failed", str(outcome))
        elif isinstance(outcome, BaseException):
            logging.getLogger(__name__).warning("probe %s failed: %r", name, outcome)
            results[name] = fail("failed", type(outcome).__name__)
        else:
            results[name] = outcome
        if progress is not None:
            progress(len(results), total, (labels or {}).get(name, name))
    for name in tasks:
        results.setdefault(name, fail("timeout"))
    return results
