"""The Network & devices page: consent line, run with progress, Cancel, results with icon + word.

The check runs for real against a fake router on loopback (HEARTH_GATEWAY_OVERRIDE + port
map); the device part is replaced by recorded facts so the test does not depend on this
machine.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from app import device as app_device
from app.probes import network as net
from checks.network import Item, Status
from tests.helpers.fake_router import FakeRouter, RouterConfig
from ui.context import UiContext
from ui.pages.network import ICONS, Page, item_details


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_PROBE_LOOPBACK_ONLY", "1")
    monkeypatch.setattr(net, "SSDP_WAIT", 0.5)


def fake_device(hearth: Any, *, cancel: Any = None, progress: Any = None, **_: Any) -> list[Item]:
    return [
        Item("disk_encryption", "Disk encryption", Status.RISKY, "This computer's disk is not encrypted.", ("Turn on FileVault.",)),
        Item("firewall", "Firewall", Status.GOOD, "The firewall is on."),
    ]


def test_consent_line_and_controls(qtbot, ui_ctx: UiContext) -> None:  # noqa: ANN001
    page = Page(ui_ctx)
    qtbot.addWidget(page)
    assert "only this computer and your router" in page.consent_label.text()
    assert page.check_button.text() == "Check my network and this computer"
    assert not page.dns_tests.isChecked() and not page.cancel_button.isEnabled()
    for w in (page.check_button, page.cancel_button, page.dns_tests, page.results_list, page.progress_bar):
        assert w.accessibleName().strip()


def test_check_runs_and_shows_results(qtbot, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(app_device, "run_device_check", fake_device)
    page = Page(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.results_list.isVisible()  # no empty box before the first check
    progress: list[int] = []
    page.progress_bar.valueChanged.connect(progress.append)
    with FakeRouter(RouterConfig(open_ports=(80, 23)), tmp_path) as router:
        monkeypatch.setenv("HEARTH_GATEWAY_OVERRIDE", "127.0.0.1")
        monkeypatch.setenv("HEARTH_PROBE_PORTS", router.env_ports())
        qtbot.mouseClick(page.check_button, qtbot_button())
        assert page.cancel_button.isEnabled() and not page.check_button.isEnabled()
        qtbot.waitUntil(lambda: bool(page.results), timeout=30000)
    assert page.check_button.isEnabled() and not page.cancel_button.isEnabled()
    assert progress and max(progress) > 0
    texts = [page.results_list.item(i).text() for i in range(page.results_list.count())]
    assert "Your router and home network" in texts and "This computer" in texts
    assert page.results_list.isVisible()
    telnet = next(t for t in texts if "Telnet" in t)
    assert telnet.startswith(f"{ICONS[Status.RISKY]} Risky")  # icon and word, not colour alone
    assert "risky" in page.summary_label.text()
    # the first row is selected and its steps are shown as a numbered list
    assert "1. " in page.details_label.text()
    assert not page.dns_tests.isChecked()


def test_cancel(qtbot, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    started = threading.Event()
    release = threading.Event()

    def slow(hearth: Any, *, consent_dns: bool, cancel: Any, progress: Any) -> dict[str, list[Item]]:
        started.set()
        while not cancel.cancelled and not release.is_set():
            release.wait(0.05)
        cancel.raise_if_cancelled()
        return {"network": [], "device": []}

    from app import network as app_network

    monkeypatch.setattr(app_network, "run_home_check", slow)
    page = Page(ui_ctx)
    qtbot.addWidget(page)
    page.dns_tests.setChecked(True)
    page.check_button.click()
    qtbot.waitUntil(started.is_set, timeout=5000)
    page.cancel_button.click()
    release.set()
    assert page.check_button.isEnabled() and "Stopped" in page.status_label.text()
    assert page.results == {}
    assert not page.dns_tests.isChecked()  # consent does not carry over to the next check


def test_details_text() -> None:
    item = Item("x", "Wi-Fi protection", Status.ATTENTION, "Old protection.", ("Open the router.", "Choose WPA2."), ("security: WPA1",))
    text = item_details(item)
    assert text.splitlines()[0] == "⚠ Needs attention — Wi-Fi protection"
    assert "1. Open the router." in text and "2. Choose WPA2." in text and "security: WPA1" in text


def qtbot_button() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
