"""``hearth --self-test`` (app/selftest.py, ui/selftest.py) run in-process, and the icons it checks."""

from __future__ import annotations

import io
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app import selftest
from app.resources import resource_path
from tests.helpers.memkeyring import MemoryKeyring

SVG = "{http://www.w3.org/2000/svg}"


def _lines(text: str) -> dict[str, str]:
    """check name -> status, from the report."""
    out = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in (selftest.OK, selftest.WARN, selftest.FAIL):
            out[parts[1]] = parts[0]
    return out


@pytest.fixture
def keyring_backend():
    """Set the process-wide keyring backend for one test, then put the old one back."""
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


def test_self_test_passes_in_the_test_environment(qapp, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    code = selftest.main(["--output", str(report)])
    text = report.read_text(encoding="utf-8")
    assert code == 0, text
    statuses = _lines(text)
    for name in ("imports", "resources", "database", "keyring", "zxcvbn", "tldextract", "phonenumbers", "qt"):
        assert statuses.get(name) in (selftest.OK, selftest.WARN), text
    assert statuses["qt"] == selftest.OK
    assert statuses["window"] == selftest.OK, text  # the real main window opened every page
    assert statuses["pdf"] == selftest.OK
    assert text.splitlines()[-1] == "self-test passed"


def test_database_check_leaves_the_users_data_folder_alone() -> None:
    data_dir = Path(os.environ["HEARTH_DATA_DIR"])
    assert not data_dir.exists()
    result = selftest.check_database()
    assert result.status == selftest.OK, result.detail
    assert not data_dir.exists()


def test_no_secure_keyring_is_a_warning_unless_required(keyring_backend) -> None:
    keyring_backend(fail.Keyring())
    relaxed = selftest.check_keyring(require_keyring=False)
    strict = selftest.check_keyring(require_keyring=True)
    assert relaxed.status == selftest.WARN
    assert strict.status == selftest.FAIL
    assert "fail.Keyring" in strict.detail


def test_a_usable_keyring_is_named(keyring_backend) -> None:
    keyring_backend(MemoryKeyring())
    result = selftest.check_keyring(require_keyring=True)
    assert result.status == selftest.OK
    assert "MemoryKeyring (priority 1)" in result.detail


def test_a_missing_resource_fails_and_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "base.qss").write_text("QWidget {}", encoding="utf-8")
    monkeypatch.setattr("app.resources.resources_dir", lambda: tmp_path)
    result = selftest.check_resources()
    assert result.status == selftest.FAIL
    assert "icons/hearth.svg" in result.detail
    assert "styles/base.qss" not in result.detail


def test_a_crashing_check_is_a_failed_line_not_a_crash(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom() -> selftest.CheckResult:
        raise OSError("disk on fire")

    monkeypatch.setattr(selftest, "check_database", boom)
    out = io.StringIO()
    assert selftest.run_self_test(out=out) == 1
    text = out.getvalue()
    assert "FAIL  database     OSError: disk on fire" in text
    assert _lines(text)["qt"] == selftest.OK  # the checks after it still ran
    assert text.splitlines()[-1] == "self-test FAILED: 1 check(s)"


def test_twofa_snapshot_is_checked_when_one_is_configured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HEARTH_2FA_SNAPSHOT", raising=False)
    assert selftest._twofa_snapshot().status == selftest.OK
    monkeypatch.setenv("HEARTH_2FA_SNAPSHOT", str(tmp_path))
    assert selftest._twofa_snapshot().status == selftest.FAIL
    (tmp_path / "v4-all.json").write_text('{"example.com": {"methods": ["totp"]}}', encoding="utf-8")
    result = selftest._twofa_snapshot()
    assert result.status == selftest.OK, result.detail
    assert "v4 1" in result.detail


# -- the icon set -------------------------------------------------------------------------------


@pytest.mark.parametrize("parts", selftest.required_resources(), ids=lambda p: "/".join(p))
def test_required_resources_exist(parts: tuple[str, ...]) -> None:
    assert resource_path(*parts).is_file()


ICONS = [f"{key}.svg" for key in selftest.AREA_KEYS] + [f"status-{key}.svg" for key in selftest.STATUS_KEYS]


@pytest.mark.parametrize("name", ICONS)
def test_area_and_status_icons_share_one_recolourable_style(name: str) -> None:
    root = ET.parse(resource_path("icons", name)).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("stroke") == "currentColor"
    assert root.get("stroke-width") == "2"
    assert root.get("fill") == "none"
    colours = {el.get(attr) for el in root.iter() for attr in ("fill", "stroke") if el.get(attr)}
    assert colours <= {"none", "currentColor"}, f"{name} hard-codes a colour: {colours}"
    assert root.find(f"{SVG}title") is not None and root.find(f"{SVG}title").text


def test_status_icons_differ_in_shape_not_only_colour() -> None:
    outlines = set()
    for key in selftest.STATUS_KEYS:
        root = ET.parse(resource_path("icons", f"status-{key}.svg")).getroot()
        first = next(el for el in root if el.tag != f"{SVG}title")
        outlines.add((first.tag, first.get("d") or first.get("r") or first.get("rx")))
    assert len(outlines) == len(selftest.STATUS_KEYS)


def test_every_sidebar_area_has_an_icon() -> None:
    from ui.pages import AREAS

    assert {a.key for a in AREAS} == set(selftest.AREA_KEYS)


def test_app_icon_renders_at_small_and_large_sizes(qapp) -> None:
    from PySide6.QtGui import QIcon

    icon = QIcon(str(resource_path("icons", "hearth.svg")))
    for size in (16, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        # opaque, coloured pixels in the middle: the icon really drew something
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
