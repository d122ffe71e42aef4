"""The window probe over the checkup wizard's screens, not only its first one: a step with things to
do, the questions, the quiz and the finished results with Print, Save and Share, at 1280x800 with
text at 100 % and 200 %, in English and Spanish (issue 14, "Must reach")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app import checkup as C
from app import settings as S
from app.core import Hearth
from checks.base import Finding, Severity, Subject
from tests.gui.window_probe import probe
from tests.helpers.checkup_runners import fake_device
from ui import i18n, theme
from ui.context import UiContext
from ui.main_window import MainWindow


def _finding(n: int, severity: Severity) -> Finding:
    return Finding(
        check_id=f"device.thing{n}", subject=Subject.DEVICE, severity=severity,
        title=f"Turn on automatic updates for the program number {n} on this computer",
        why="Updates close holes that criminals use.", fix=("Open Settings.", "Turn on automatic updates."),
        effort_minutes=5,
    )


@pytest.fixture(params=[("en", 1.0), ("en", 2.0), ("es", 1.0), ("es", 2.0)], ids=["en-100", "en-200", "es-100", "es-200"])
def window(request, qtbot, qapp, ui_ctx: UiContext, hearth: Hearth,  # noqa: ANN001
           monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    language, scale = request.param
    translators = i18n.install(language, qapp)
    found = fake_device(monkeypatch)
    found[:] = [_finding(n, s) for n, s in enumerate((Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM,
                                                       Severity.LOW), 1)]
    rosa = hearth.members.add("Rosa", "senior")
    ui_ctx.refresh_members()
    ui_ctx.select_member(rosa)
    hearth.settings.set(S.TEXT_SCALE, scale)
    theme.apply(qapp, hearth.settings)
    w = MainWindow(ui_ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    try:
        yield w
    finally:
        w.close()
        hearth.settings.set(S.TEXT_SCALE, 1.0)
        theme.apply(qapp, hearth.settings)
        i18n.remove(translators, qapp)


def _problems(window: MainWindow) -> list[str]:
    problems: list[str] = []
    for _ in range(10):  # layouts settle over a few turns of the event loop; a real problem stays
        QApplication.processEvents()
        problems = probe(window)
        if not problems:
            break
    return problems


def test_every_checkup_screen_fits_with_nothing_cut(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.show_area("checkup")
    page = window.page("checkup")
    found: dict[str, list[str]] = {}
    page.start()
    found["first step"] = _problems(window)
    page.checkup.go_to("device")
    page.render()
    page.run_current()
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)
    assert page.checkup.step_outcome("device") == C.FINDINGS
    found["step with things to do"] = _problems(window)
    page.checkup.go_to("recovery")
    page.render()
    found["questions"] = _problems(window)
    page.checkup.go_to("scam")
    page.render()
    found["quiz"] = _problems(window)
    while not page.checkup.at_summary:
        page.checkup.next()
    page.render()
    found["results"] = _problems(window)
    page.go_next()  # Finish: Print, Save, Share beside "Start a new checkup"
    assert page.print_button.isVisibleTo(page)
    found["finished"] = _problems(window)
    assert {k: v for k, v in found.items() if v} == {}


def test_the_results_take_the_pages_height_at_200_percent(qtbot, qapp, ui_ctx: UiContext, hearth: Hearth,  # noqa: ANN001
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the Back/Next row and the status line stay fixed: the title, step and progress scroll with
    the results (at the default window size and 200 % text the results had ~260 px of ~590)."""
    from PySide6.QtWidgets import QScrollArea

    found = fake_device(monkeypatch)
    found[:] = [_finding(n, Severity.HIGH) for n in range(1, 5)]
    rosa = hearth.members.add("Rosa", "senior")
    ui_ctx.refresh_members()
    ui_ctx.select_member(rosa)
    hearth.settings.set(S.TEXT_SCALE, 2.0)
    theme.apply(qapp, hearth.settings)
    w = MainWindow(ui_ctx)
    qtbot.addWidget(w)
    try:
        w.resize(1100, 720)
        w.show()
        qtbot.waitExposed(w)
        w.show_area("checkup")
        page = w.page("checkup")
        page.start()
        page.checkup.go_to("device")
        page.render()
        page.run_current()
        qtbot.waitUntil(lambda: page.task is None, timeout=20000)
        for _ in range(5):
            QApplication.processEvents()
        assert page.body_host.isAncestorOf(page.title) and page.body_host.isAncestorOf(page.steps_bar)
        assert not page.body_host.isAncestorOf(page.next_button)  # Back/Next stay in reach
        assert page.findChildren(QScrollArea) == [page.scroll]  # one scroll area, none inside it
        share = page.scroll.viewport().height() / page.height()
        assert share >= 0.65, (page.scroll.viewport().height(), page.height())
    finally:
        w.close()
        hearth.settings.set(S.TEXT_SCALE, 1.0)
        theme.apply(qapp, hearth.settings)
