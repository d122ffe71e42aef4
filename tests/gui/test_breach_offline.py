"""The offline breach list box on the Passwords page: download with progress, pause, resume, cancel, refresh offer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app import breach_download as bd
from app import breach_store as bs
from tests.helpers.fake_range import FakeRange
from ui.context import UiContext
from ui.pages.passwords import Page
from ui.tasks import TaskRunner


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch):
    with FakeRange() as server:
        monkeypatch.setenv("HEARTH_PWNED_PASSWORDS_URL", server.url)
        yield server


@pytest.fixture
def page(qtbot, hearth):
    tasks = TaskRunner()
    p = Page(UiContext(hearth, tasks))
    qtbot.addWidget(p)
    p.show()
    yield p
    tasks.shutdown()


def _refreshed(qtbot, box) -> dict:
    with qtbot.waitSignal(box.status_shown, timeout=10_000) as blocker:
        box.refresh()
    return blocker.args[0]


def test_download_in_the_window_then_checks_are_offline(qtbot, page: Page, fake) -> None:
    box = page.offline_box
    box.prefixes = 300
    info = _refreshed(qtbot, box)
    assert not info["complete"] and "no breach list" in box.status.text()
    assert box.download_button.isVisible() and not box.pause_button.isVisible()
    with qtbot.waitSignal(box.status_shown, timeout=60_000):
        qtbot.mouseClick(box.download_button, Qt.MouseButton.LeftButton)
        assert box.pause_button.isVisible() and not box.download_button.isVisible()
    assert bs.store_path(page.ctx.hearth.paths.data).exists()
    assert "very likely seen in breaches" in box.status.text()
    assert not box.download_button.isVisible()  # fresh: no refresh offered yet
    assert len(page.ctx.hearth.ledger.entries()) == 1
    # the password check now needs no consent and no network
    assert page.ctx.hearth.service_url("pwned_passwords")  # still the fake, but the store answers first
    fake.requests.clear()
    page.field.setText("no such password anywhere 4417")
    qtbot.waitUntil(lambda: page.breach_button.isEnabled(), timeout=10_000)
    page._on_breach_clicked()
    qtbot.waitUntil(lambda: "Not found" in page.breach_label.text(), timeout=10_000)
    assert fake.requests == []


def test_pause_resume_and_cancel(qtbot, page: Page, fake) -> None:
    box = page.offline_box
    box.prefixes = 2048
    fake.delay = 0.02
    data = Path(page.ctx.hearth.paths.data)
    box.start()
    qtbot.waitUntil(lambda: len(bd.Job(data).done()) >= 1, timeout=60_000)
    with qtbot.waitSignal(box.status_shown, timeout=30_000):
        box.pause()
    assert "paused at" in box.status.text()
    assert box.download_button.text() == "&Resume the download" and box.cancel_button.isVisible()
    assert bd.Job(data).exists() and not bs.store_path(data).exists()
    with qtbot.waitSignal(box.status_shown, timeout=30_000):
        box.cancel()
    assert not bd.Job(data).dir.exists()
    assert "no breach list" in box.status.text() and not box.cancel_button.isVisible()


def test_refresh_offered_after_six_months(qtbot, page: Page) -> None:
    data = Path(page.ctx.hearth.paths.data)
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=200)
    writer = bs.StoreWriter(bs.store_path(data), created=old)
    writer.add_partition(0, [5, 6, 7])
    writer.commit()
    _refreshed(qtbot, page.offline_box)
    assert "more than 6 months old" in page.offline_box.status.text()
    assert page.offline_box.download_button.isVisible()
    assert page.offline_box.download_button.text() == "&Download it again"
