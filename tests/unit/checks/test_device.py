"""Rules over this computer's facts (pure), with the shipped end-of-life snapshot."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from checks.base import Severity, Subject
from checks.device import browser_items, evaluate_device, expected_major, find_cycle, os_item
from checks.network import Status

EOL = json.loads((Path(__file__).resolve().parents[3] / "resources" / "eol.json").read_text(encoding="utf-8"))
TODAY = dt.date(2026, 11, 27)


def by_id(facts: dict[str, Any], today: dt.date = TODAY) -> dict[str, Any]:
    return {i.id: i for i in evaluate_device(facts, EOL, today)}


def test_snapshot_shape() -> None:
    assert EOL["snapshot_date"] and set(EOL["products"]) >= {"windows", "macos", "ubuntu", "debian", "fedora"}
    for product, cycles in EOL["products"].items():
        for c in cycles:
            assert "eol" in c, product
            if isinstance(c["eol"], str):
                dt.date.fromisoformat(c["eol"])
    assert {"chrome", "firefox", "edge"} <= set(EOL["browsers"])


@pytest.mark.parametrize(
    ("os_fact", "status"),
    [
        ({"product": "windows", "major": "10", "display_version": "22H2", "enterprise": False, "name": "Windows 10 22H2"}, Status.RISKY),
        ({"product": "windows", "major": "10", "display_version": "21H1", "enterprise": False, "name": "Windows 10 21H1"}, Status.RISKY),
        ({"product": "windows", "major": "11", "display_version": "25H2", "enterprise": False, "name": "Windows 11 25H2"}, Status.GOOD),
        ({"product": "windows", "major": "11", "display_version": "24H2", "enterprise": False, "name": "Windows 11 24H2"}, Status.RISKY),
        ({"product": "windows", "major": "11", "display_version": "24H2", "enterprise": True, "name": "Windows 11 24H2"}, Status.GOOD),
        ({"product": "windows", "major": "10", "display_version": "21H2", "ltsc": True, "name": "Windows 10 LTSC 2021"}, Status.ATTENTION),
        ({"product": "windows", "major": "11", "display_version": "27H2", "name": "Windows 11 27H2"}, Status.UNKNOWN),
        ({"product": "macos", "version": "15.1", "name": "macOS 15.1"}, Status.GOOD),
        ({"product": "macos", "version": "12.7.6", "name": "macOS 12.7.6"}, Status.RISKY),
        ({"product": "macos", "version": "10.15.7", "name": "macOS 10.15.7"}, Status.RISKY),
        ({"product": "ubuntu", "version": "24.04", "name": "Ubuntu 24.04.1 LTS"}, Status.GOOD),
        ({"product": "ubuntu", "version": "20.04", "name": "Ubuntu 20.04"}, Status.RISKY),
        ({"product": "debian", "version": "12", "name": "Debian 12"}, Status.ATTENTION),
        ({"product": "debian", "version": "13", "name": "Debian 13"}, Status.GOOD),
        ({"product": "fedora", "version": "43", "name": "Fedora 43"}, Status.ATTENTION),
        ({"product": "linuxmint", "version": "21.3", "name": "Linux Mint 21.3"}, Status.GOOD),
        ({"product": "arch", "version": "", "name": "Arch Linux"}, Status.UNKNOWN),
    ],
)
def test_os_end_of_life(os_fact: dict[str, Any], status: Status) -> None:
    item = os_item({"ok": True, **os_fact}, EOL, TODAY)
    assert item.status is status, item.detail
    if status in (Status.RISKY, Status.ATTENTION):
        assert item.fix


def test_windows_10_advice_mentions_esu() -> None:
    item = os_item({"ok": True, "product": "windows", "major": "10", "display_version": "22H2", "name": "Windows 10"}, EOL, TODAY)
    assert "14 October 2025" in item.detail and "2025-10-14" not in item.detail and any("Extended Security Updates" in s for s in item.fix)


def test_cycle_matching_prefers_longest() -> None:
    assert find_cycle({"product": "macos", "version": "10.15.7"}, EOL)["cycle"] == "10.15"
    assert find_cycle({"product": "ubuntu", "version": "24.04"}, EOL)["cycle"] == "24.04"
    assert find_cycle({"product": "ubuntu", "version": "24.0"}, EOL) is None


def test_stale_snapshot_is_said() -> None:
    item = os_item({"ok": True, "product": "ubuntu", "version": "24.04", "name": "Ubuntu 24.04"}, EOL, dt.date(2028, 1, 1))
    assert "may be out of date" in item.detail


def test_os_unknown_reason() -> None:
    item = os_item({"ok": False, "reason": "timeout"}, EOL, TODAY)
    assert item.status is Status.UNKNOWN and "took too long" in item.detail


def test_browser_projection() -> None:
    chrome = EOL["browsers"]["chrome"]
    assert expected_major(chrome, dt.date.fromisoformat(chrome["released"])) == chrome["major"]
    assert expected_major(chrome, dt.date.fromisoformat(chrome["released"]) + dt.timedelta(days=28 * 5)) == chrome["major"] + 5
    at_snapshot = dt.date.fromisoformat(EOL["snapshot_date"])
    items = browser_items(
        {"ok": True, "found": [{"key": "chrome", "version": f"{chrome['major']}.0.1.2"}, {"key": "firefox", "version": "115.18.0esr"}]},
        EOL,
        at_snapshot,
    )
    assert [i.status for i in items] == [Status.GOOD, Status.GOOD]  # current Chrome, and Firefox ESR


def test_old_browsers() -> None:
    items = {i.id: i for i in browser_items({"ok": True, "found": [{"key": "chrome", "version": "118.0.5993.88"}, {"key": "edge", "version": "garbage"}]}, EOL, TODAY)}
    assert items["browser_chrome"].status is Status.RISKY and items["browser_chrome"].severity is Severity.HIGH
    assert items["browser_edge"].status is Status.UNKNOWN
    assert browser_items({"ok": True, "found": []}, EOL, TODAY)[0].status is Status.UNKNOWN


def test_device_items_linux() -> None:
    got = by_id(
        {
            "os": {"ok": True, "system": "linux", "product": "ubuntu", "version": "24.04", "name": "Ubuntu 24.04.1 LTS"},
            "disk_encryption": {"ok": True, "state": "on", "method": "LUKS"},
            "firewall": {"ok": True, "enabled": False, "listeners": 1},
            "updates": {"ok": True, "pending": 4, "security": 2, "lists_age_days": 12},
            "auto_updates": {"ok": True, "enabled": True},
            "screen_lock": {"ok": True, "lock_enabled": True, "delay_seconds": 300},
            "antivirus": {"ok": False, "reason": "not_on_system"},
            "browsers": {"ok": True, "found": []},
        }
    )
    assert got["disk_encryption"].status is Status.GOOD
    assert got["firewall"].status is Status.ATTENTION and got["firewall"].severity is Severity.MEDIUM
    assert got["updates"].status is Status.RISKY and "12 days ago" in got["updates"].detail
    assert got["screen_lock"].status is Status.GOOD and "5 minute" in got["screen_lock"].detail
    assert "antivirus" not in got  # no nagging on Linux


def test_device_items_windows() -> None:
    got = by_id(
        {
            "os": {"ok": True, "system": "windows", "product": "windows", "major": "11", "display_version": "25H2", "name": "Windows 11 25H2"},
            "disk_encryption": {"ok": True, "state": "off", "method": "BitLocker / Device encryption"},
            "firewall": {"ok": True, "enabled": False},
            "updates": {"ok": False, "reason": "timeout"},
            "auto_updates": {"ok": True, "enabled": False, "evidence": ["paused until 2026-12-01"]},
            "screen_lock": {"ok": True, "lock_enabled": True, "delay_seconds": 1800},
            "antivirus": {"ok": True, "products": [{"name": "Windows Defender", "enabled": True, "up_to_date": False}]},
            "browsers": {"ok": False, "reason": "failed"},
        }
    )
    assert got["disk_encryption"].status is Status.RISKY and any("recovery key" in s for s in got["disk_encryption"].fix)
    assert got["firewall"].status is Status.RISKY and got["firewall"].severity is Severity.HIGH
    assert got["updates"].status is Status.UNKNOWN
    assert got["auto_updates"].status is Status.ATTENTION
    assert got["screen_lock"].status is Status.ATTENTION and "30 minutes" in got["screen_lock"].detail
    assert got["antivirus"].status is Status.ATTENTION
    assert got["browsers"].status is Status.UNKNOWN


def test_device_items_macos() -> None:
    got = by_id(
        {
            "os": {"ok": True, "system": "macos", "product": "macos", "version": "14.7.1", "name": "macOS 14.7.1"},
            "disk_encryption": {"ok": True, "state": "encrypting", "method": "FileVault"},
            "firewall": {"ok": True, "enabled": True, "product": "macOS firewall"},
            "screen_lock": {"ok": True, "lock_enabled": False, "delay_seconds": None},
            "antivirus": {"ok": True, "gatekeeper": False},
        }
    )
    assert got["disk_encryption"].status is Status.GOOD
    assert got["firewall"].status is Status.GOOD
    assert got["screen_lock"].status is Status.ATTENTION
    assert got["antivirus"].status is Status.RISKY and "Gatekeeper" in got["antivirus"].title
    assert got["updates"].status is Status.UNKNOWN  # no fact at all: couldn't check, with reason


def test_no_antivirus_on_windows_is_risky() -> None:
    got = by_id({"os": {"ok": True, "system": "windows"}, "antivirus": {"ok": True, "products": []}})
    assert got["antivirus"].status is Status.RISKY


def test_checkup_check() -> None:
    facts = {"os": {"ok": True, "system": "macos", "product": "macos", "version": "12.7", "name": "macOS 12.7"}}
    items = evaluate_device(facts, EOL, dt.date(2026, 11, 27))
    ids = [f.check_id for f in (i.to_finding(Subject.DEVICE, "device.hygiene") for i in items) if f is not None]
    assert ids == ["device.hygiene.os_support"]
