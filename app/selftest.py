"""``hearth --self-test``: does this installation (a source checkout or a frozen bundle) work?

It checks, one line each (``OK``, ``WARN`` or ``FAIL`` and a detail):

* imports: every module of ``app``, ``checks`` and ``ui`` and the libraries Hearth imports lazily;
* resources: the style sheet, the icons and fonts are where ``app.resources`` looks;
* database: a Hearth over a temporary folder can add and list a family member;
* keyring: which backend the ``keyring`` library resolves (no secret is read or written);
  a missing secure backend is a ``WARN``, or a ``FAIL`` with ``--require-keyring``;
* data files: zxcvbn's word lists, tldextract's offline suffix list, phonenumbers' metadata and
  geocoding data, netaddr's IEEE registry, the CA certificates requests uses, the 2FA Directory
  snapshot when one is configured, and a report PDF written with fpdf2 and the bundled font;
* Qt: the ``offscreen`` platform plugin loads, a widget paints, an SVG icon renders, and a
  native platform plugin for this OS is present;
* window: the real main window, over a temporary database and an empty keyring, opens every page.

The exit code is 0 when nothing failed, 1 otherwise. Nothing here touches the user's own
data folder or the network. The Qt check lives in ``ui/selftest.py`` and is loaded by name,
like the window (``app/`` never imports widgets).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import pkgutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

OK = "OK"
WARN = "WARN"
FAIL = "FAIL"

#: The packages whose every module must import.
PACKAGES = ("app", "checks", "ui")

#: Libraries that Hearth imports only when a feature needs them, so walking our own
#: modules does not prove they are present (a frozen bundle can silently miss them).
LAZY_LIBRARIES = (
    "requests",
    "keyring",
    "sqlite_utils",
    "platformdirs",
    "pyotp",
    "segno",
    "fpdf",
    "netaddr",
    "zxcvbn",
    "tldextract",
    "phonenumbers",
)

#: Sidebar areas (ui.pages.AREAS) and status words, each with an icon in resources/icons/.
AREA_KEYS = (
    "home", "checkup", "scam", "passwords", "accounts", "network", "reports", "emergency", "settings", "business",
    "caregiver",
)
STATUS_KEYS = ("good", "attention", "risky", "unknown")


@dataclasses.dataclass(frozen=True)
class CheckResult:
    """The outcome of one check: ``status`` is OK, WARN or FAIL; ``detail`` is one plain line."""

    name: str
    status: str
    detail: str

    @property
    def failed(self) -> bool:
        return self.status == FAIL

    def line(self) -> str:
        return f"{self.status:<4}  {self.name:<12} {self.detail}"


# -- the checks ---------------------------------------------------------------------------


def check_imports() -> CheckResult:
    count = 0
    broken: list[str] = []
    for package in PACKAGES:
        try:
            root = importlib.import_module(package)
        except Exception as exc:  # noqa: BLE001 - any failure to import is the finding
            broken.append(f"{package} ({type(exc).__name__}: {exc})")
            continue
        count += 1
        names = [
            info.name
            for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}.", onerror=broken.append)
            if not info.name.endswith("__main__")
        ]
        for name in sorted(names):
            try:
                importlib.import_module(name)
            except Exception as exc:  # noqa: BLE001
                broken.append(f"{name} ({type(exc).__name__}: {exc})")
            else:
                count += 1
    missing = []
    for name in LAZY_LIBRARIES:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001
            missing.append(f"{name} ({type(exc).__name__})")
    if broken or missing:
        return CheckResult("imports", FAIL, "cannot import: " + "; ".join(broken + missing))
    return CheckResult(
        "imports", OK, f"{count} Hearth modules and {len(LAZY_LIBRARIES)} libraries import (Python {_python()})"
    )


def required_resources() -> list[tuple[str, ...]]:
    files: list[tuple[str, ...]] = [("styles", "base.qss"), ("icons", "hearth.svg"), ("fonts", "DejaVuSans.ttf")]
    files += [("icons", f"{key}.svg") for key in AREA_KEYS]
    files += [("icons", f"status-{key}.svg") for key in STATUS_KEYS]
    return files


def check_resources() -> CheckResult:
    from app.resources import resources_dir

    root = resources_dir()
    if not root.is_dir():
        return CheckResult("resources", FAIL, f"the resources folder is missing: {root}")
    missing = []
    for parts in required_resources():
        path = root.joinpath(*parts)
        try:
            if not path.is_file() or path.stat().st_size == 0:
                missing.append("/".join(parts))
        except OSError:
            missing.append("/".join(parts))
    if missing:
        return CheckResult("resources", FAIL, f"missing in {root}: " + ", ".join(missing))
    total = sum(1 for p in root.rglob("*") if p.is_file())
    languages = sorted(_language_of(p) for p in (root / "i18n").glob("*.qm")) if (root / "i18n").is_dir() else []
    translations = ", ".join(languages) if languages else "none compiled"
    from app import i18n

    if not i18n.catalogue_path("es").is_file():
        return CheckResult("resources", FAIL, f"the Spanish guidance catalogue is missing: {i18n.catalogue_path('es')}")
    try:
        guidance = len(i18n.Catalogue(i18n.read_ts(i18n.catalogue_path("es"))))
    except Exception as exc:  # noqa: BLE001 - a broken catalogue is a self-test failure, said plainly
        return CheckResult("resources", FAIL, f"the Spanish guidance catalogue could not be read: {exc}")
    return CheckResult(
        "resources", OK, f"{total} files in {root}; translations: {translations}; Spanish guidance texts: {guidance}"
    )


def _language_of(qm: Path) -> str:
    stem = qm.stem
    return stem.split("_", 1)[1] if "_" in stem else stem


def check_database() -> CheckResult:
    from app.core import Hearth
    from app.paths import Paths

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hearth-selftest-", ignore_cleanup_errors=True) as tmp:
        root = Path(tmp)
        paths = Paths(data=root, cache=root / "cache", logs=root / "logs")
        hearth = Hearth.open(paths)
        try:
            added = hearth.members.add("Self-test", "adult")
            names = [m.name for m in hearth.members.list()]
            hearth.members.remove(added.id)
            left = len(hearth.members.list())
        finally:
            hearth.close()
    if names != ["Self-test"] or left != 0:
        return CheckResult("database", FAIL, f"a member added to a new database did not read back ({names!r})")
    ms = (time.perf_counter() - started) * 1000
    return CheckResult("database", OK, f"created, wrote and read a new database in a temporary folder ({ms:.0f} ms)")


def check_keyring(require_keyring: bool = False) -> CheckResult:
    import keyring
    import keyring.backend

    from app.secrets import backend_problem

    backend = keyring.get_keyring()
    problem = backend_problem(backend)
    name = _backend_name(backend)
    if type(backend).__name__ == "ChainerBackend":
        inner = getattr(backend, "backends", [])
        name = "chainer of " + (", ".join(_backend_name(b) for b in inner) if inner else "nothing")
    viable = sorted({_backend_name(b) for b in keyring.backend.get_all_keyring() if _priority(b) > 0})
    detail = f"{name}; usable backends found: {', '.join(viable) or 'none'}"
    if problem is None:
        return CheckResult("keyring", OK, detail)
    status = FAIL if require_keyring else WARN
    advice = "" if require_keyring else " (API keys cannot be saved until a keyring is available)"
    return CheckResult("keyring", status, f"{problem}{advice}; {detail}")


def _priority(backend: object) -> float:
    try:
        return float(getattr(backend, "priority", 0))
    except Exception:  # noqa: BLE001 - some backends raise from their priority property
        return 0.0


def _backend_name(backend: object) -> str:
    module = type(backend).__module__.removeprefix("keyring.backends.")
    return f"{module}.{type(backend).__name__} (priority {_priority(backend):g})"


def check_data_files() -> list[CheckResult]:
    return [_zxcvbn(), _tldextract(), _phonenumbers(), _netaddr(), _certificates(), _twofa_snapshot(), _pdf()]


def _zxcvbn() -> CheckResult:
    from zxcvbn import zxcvbn
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    words = sum(len(v) for v in FREQUENCY_LISTS.values())
    result = zxcvbn("password1")
    dictionary = any(m.get("pattern") == "dictionary" for m in result.get("sequence", []))
    if not words or not dictionary or result["score"] != 0:
        return CheckResult("zxcvbn", FAIL, "the word lists are missing: 'password1' was not recognised")
    return CheckResult("zxcvbn", OK, f"{words} words in {len(FREQUENCY_LISTS)} frequency lists")


def _tldextract() -> CheckResult:
    import tldextract

    extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    got = extractor("https://www.bbc.co.uk.example.com.br/login")
    if (got.domain, got.suffix) != ("example", "com.br"):
        return CheckResult("tldextract", FAIL, f"the offline suffix list is missing (got {got.suffix!r})")
    snapshot = Path(tldextract.__file__).with_name(".tld_set_snapshot")
    where = f"snapshot {snapshot.stat().st_size // 1024} KB" if snapshot.is_file() else "snapshot built in"
    return CheckResult("tldextract", OK, f"offline public suffix list works ({where})")


def _phonenumbers() -> CheckResult:
    import phonenumbers

    from checks.scam._countries import COUNTRY_NAMES

    spanish = phonenumbers.parse("+34 612 34 56 78")
    jamaican = phonenumbers.parse("+1 876-555-0123")
    if not phonenumbers.is_valid_number(spanish) or phonenumbers.region_code_for_number(spanish) != "ES":
        return CheckResult("phonenumbers", FAIL, "the numbering metadata is missing: a Spanish mobile did not parse")
    region = phonenumbers.region_code_for_number(jamaican)
    if region != "JM" or COUNTRY_NAMES.get(region) != "Jamaica":
        return CheckResult("phonenumbers", FAIL, f"the region data is wrong: +1 876 gave {region!r}")
    return CheckResult("phonenumbers", OK, f"metadata {phonenumbers.__version__}; +1 876 is in {COUNTRY_NAMES[region]}")


def _netaddr() -> CheckResult:
    try:
        from netaddr import EUI
    except ImportError:
        return CheckResult("netaddr", WARN, "not installed: network devices are shown without their maker")
    try:
        org = EUI("00-00-0C-12-34-56").oui.registration().org
    except Exception as exc:  # noqa: BLE001 - a missing registry file surfaces as several error types
        return CheckResult("netaddr", FAIL, f"the IEEE registry is missing ({type(exc).__name__})")
    return CheckResult("netaddr", OK, f"IEEE registry works (00-00-0C is {org})")


def _certificates() -> CheckResult:
    import requests.certs

    where = Path(requests.certs.where())
    if not where.is_file() or where.stat().st_size < 10_000:
        return CheckResult("certificates", FAIL, f"the CA certificate bundle is missing: {where}")
    return CheckResult("certificates", OK, f"CA bundle for HTTPS found ({where.stat().st_size // 1024} KB)")


def _twofa_snapshot() -> CheckResult:
    from app.services.twofa_directory import ENV_SNAPSHOT, FILES_BY_KEY, DirectoryCache, snapshot_folder

    snapshot = snapshot_folder()  # HEARTH_2FA_SNAPSHOT, else the copy shipped in resources/twofa
    folder = str(snapshot) if snapshot else ""
    if not folder:
        return CheckResult("2fa snapshot", OK, "none shipped: the 2FA Directory is downloaded when first needed")
    cache = DirectoryCache(Path(tempfile.gettempdir()) / "hearth-selftest-none", snapshot)
    found = {key: cache.read_snapshot(f) for key, f in FILES_BY_KEY.items()}
    if found.get("v4") is None:
        detail = f"{ENV_SNAPSHOT}={folder} holds no readable 2FA Directory (v4-all.json)"
        return CheckResult("2fa snapshot", FAIL, detail)
    parts = ", ".join(f"{key} {len(data)}" for key, data in found.items() if data is not None)
    return CheckResult("2fa snapshot", OK, f"offline copy in {folder} ({parts} entries)")


def _pdf() -> CheckResult:
    from fpdf import FPDF

    from app.resources import resource_path

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(resource_path("fonts", "DejaVuSans.ttf")))
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    pdf.cell(text="Hearth: ¿Es una estafa? ✓")
    data = bytes(pdf.output())
    if not data.startswith(b"%PDF") or b"/FontFile2" not in data:
        return CheckResult("pdf", FAIL, "a report PDF with the DejaVu font could not be written")
    return CheckResult("pdf", OK, f"wrote a one-page report PDF with an embedded font ({len(data) // 1024} KB)")


def check_qt() -> CheckResult:
    # Widgets belong to ui/; the check is loaded by name, like the window in app/cli.py.
    qt = importlib.import_module("ui.selftest")
    ok, detail = qt.check_qt_platform()
    return CheckResult("qt", OK if ok else FAIL, detail)


def check_window() -> CheckResult:
    """Build the real main window over a temporary database and open every page once."""
    from keyring.backends import null

    from app import settings as S
    from app.core import Hearth
    from app.paths import Paths
    from app.secrets import SecretStore

    qt = importlib.import_module("ui.selftest")
    with tempfile.TemporaryDirectory(prefix="hearth-selftest-", ignore_cleanup_errors=True) as tmp:
        root = Path(tmp)
        paths = Paths(data=root, cache=root / "cache", logs=root / "logs")
        # A keyring that holds nothing, and offline: opening pages must never reach (or unlock)
        # the real keyring, nor the network.
        hearth = Hearth.open(paths, secrets=SecretStore(null.Keyring()))
        try:
            hearth.settings.set(S.OFFLINE, True)
            ok, detail = qt.check_main_window(hearth)
        finally:
            hearth.close()
    return CheckResult("window", OK if ok else FAIL, detail)


# -- running them ------------------------------------------------------------------------


def _guard(name: str, check: Callable[[], CheckResult | list[CheckResult]]) -> list[CheckResult]:
    try:
        result = check()
    except Exception as exc:  # noqa: BLE001 - a crashing check is a failed check, not a crashed self-test
        return [CheckResult(name, FAIL, f"{type(exc).__name__}: {exc}")]
    return result if isinstance(result, list) else [result]


def iter_checks(require_keyring: bool = False) -> list[tuple[str, Callable[[], CheckResult | list[CheckResult]]]]:
    """The checks in the order they run; Qt is last because a broken plugin can abort the process."""
    return [
        ("imports", check_imports),
        ("resources", check_resources),
        ("database", check_database),
        ("keyring", lambda: check_keyring(require_keyring)),
        ("data files", check_data_files),
        ("qt", check_qt),
        ("window", check_window),
    ]


def run_self_test(require_keyring: bool = False, out: TextIO | None = None) -> int:
    """Run every check, print one line each to ``out`` (standard output), return 0 or 1."""
    out = out or sys.stdout
    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    print(f"Hearth {_version()} self-test ({frozen}, {sys.platform})", file=out, flush=True)
    failed = 0
    for name, check in iter_checks(require_keyring):
        for result in _guard(name, check):
            failed += result.failed
            print(result.line(), file=out, flush=True)
    print("self-test passed" if not failed else f"self-test FAILED: {failed} check(s)", file=out, flush=True)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="hearth --self-test", description="Check that this Hearth installation works, then exit."
    )
    parser.add_argument(
        "--require-keyring", action="store_true", help="fail (not just warn) when no secure keyring backend is found"
    )
    parser.add_argument("--output", metavar="FILE", help="write the report to FILE instead of standard output")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            return run_self_test(args.require_keyring, fh)
    if sys.stdout is None:  # a windowed (console=False) Windows build has no standard output
        report = Path(tempfile.gettempdir()) / "hearth-self-test.txt"
        with report.open("w", encoding="utf-8") as fh:
            return run_self_test(args.require_keyring, fh)
    return run_self_test(args.require_keyring)


def _version() -> str:
    import app

    return app.__version__


def _python() -> str:
    return ".".join(map(str, sys.version_info[:3]))


if __name__ == "__main__":
    sys.exit(main())
