"""The checkup wizard: a whole checkup driven with pytest-qt, from the first step to the report."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app import checkup as C
from app.core import Hearth
from checks.base import Finding, Severity, Subject
from tests.helpers.checkup_runners import fake_device, plug
from ui.context import UiContext
from ui.pages import checkup as page_mod
from ui.pages import reports as reports_mod
from ui.widgets.dashboard import HouseholdDashboard
from ui.widgets.score_chart import ScoreChart


@pytest.fixture
def device_findings(monkeypatch: pytest.MonkeyPatch) -> list[Finding]:
    current = [
        Finding(
            check_id="device.firewall",
            subject=Subject.DEVICE,
            severity=Severity.HIGH,
            title="Turn on the firewall",
            why="A firewall blocks connections you did not ask for.",
            fix=("Open Settings.", "Turn the firewall on."),
            effort_minutes=5,
        )
    ]
    # Only the fake device runner is plugged in: no real OS probes or directories in this test.
    box = fake_device(monkeypatch, label="Looking at this computer")
    box[:] = current
    return box


def _page(qtbot, ui_ctx: UiContext) -> page_mod.Page:  # noqa: ANN001
    page = page_mod.Page(ui_ctx)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    return page


def test_whole_checkup_from_start_to_report(
    qtbot, hearth: Hearth, device_findings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    rose = hearth.members.add("Rose", "senior")
    from ui.tasks import TaskRunner

    tasks = TaskRunner()
    ctx = UiContext(hearth, tasks)
    page = _page(qtbot, ctx)
    assert ctx.current_member().id == rose.id
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.checkup is not None and page.checkup.current.key == "passwords"

    seen = []
    while page.checkup is not None and not page.checkup.at_summary:
        step = page.checkup.current
        seen.append(step.key)
        assert page.step_label.text().startswith(f"Step {len(seen)} of {len(C.COMMON_KEYS)}")
        # Before it has a result, a step offers its action and Skip, never a Next that quietly skips.
        assert page.skip_button.isVisibleTo(page) and not page.next_button.isVisibleTo(page)
        if step.kind == C.AUTO:
            qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: page.task is None, timeout=20000)
            assert page.checkup.step_status(step.key) in (C.DONE, C.UNAVAILABLE, C.FAILED)
            if step.key == "device":
                assert page.checkup.step_status("device") == C.DONE
                assert page.found_rows == ["High: Turn on the firewall"]
        elif step.kind == C.QUESTIONS:
            assert not page.findChildren(QComboBox)  # radio buttons, not drop-downs
            for qid, box in page._question_choices.items():
                box.choose("no" if qid == "email_current" else "yes")
            qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
            assert page.checkup.step_status("recovery") == C.DONE
        else:
            assert not page.findChildren(QComboBox)
            quiz = page.checkup.quiz()
            for q in quiz:
                page._quiz_groups[q.id].button(q.answer).click()
            page.safe_word_box.choose("yes")
            assert page.checkup.step_status("scam") == C.DONE
            page.suggest_word()
            assert page.safe_word_label.text().startswith("Suggestion: ")
        # It has a result to read: Next moves on, Skip is gone.
        assert page.next_button.isVisibleTo(page) and not page.skip_button.isVisibleTo(page)
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert seen == list(C.COMMON_KEYS)

    # the summary: score and to-do list
    assert page.checkup.at_summary
    titles = [page.todo_list.item(i).text() for i in range(page.todo_list.count())]
    assert page.todo_list.week_count == len(page.todo_list.this_week()) == min(3, len(titles))
    assert any("Turn on the firewall" in t for t in titles)
    assert any("recovery e-mail" in t for t in titles)
    score_before = page.checkup.score().value
    # device, recovery and scam were checked; the other automatic steps are switched off in this test
    assert page.score_label.text() == f"Score: {score_before} out of 100 (covers 3 of 7 areas)"
    outcomes = [label.text() for label in page.outcome_labels]
    assert outcomes[4].startswith("⚠ This computer: Things to do. 1 thing to look at.")
    assert outcomes[0].startswith("? Passwords: Couldn't check.")  # not built in this test: never "done"
    assert not any("Nothing to do" in text for text in outcomes)

    # dismiss the recovery item with a reason
    row = next(i for i, t in enumerate(titles) if "recovery e-mail" in t)
    page_mod.NEXT_REASON.append("I changed it at the bank last week")
    qtbot.mouseClick(page.todo_list.item(row).dismiss_button, Qt.MouseButton.LeftButton)
    assert "Dismissed" in page.status.text()
    assert page.checkup.score().value == score_before + 15

    # fix the firewall, then "Mark fixed": Hearth checks again
    device_findings.clear()
    row = next(i for i in range(page.todo_list.count()) if "firewall" in page.todo_list.item(i).text())
    qtbot.mouseClick(page.todo_list.item(row).fixed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)
    assert "fixed" in page.status.text().lower()
    firewall = next(f for f in C.FindingsStore(hearth).list(rose.id) if f.check_id == "device.firewall")
    assert firewall.status == C.FIXED
    assert page.checkup.score().value == 100  # nothing open any more
    assert page.score_label.text() == "Score: 100 out of 100 (covers 3 of 7 areas)"

    # finish: saved with its score, history chart shows it
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.checkup.status == "finished"
    assert [p.score for p in C.history(hearth, rose.id)] == [page.checkup.score().value]
    assert page.findChild(ScoreChart) is not None

    # and the report, from the Reports page
    reports = reports_mod.Page(ctx)
    qtbot.addWidget(reports)
    reports_mod.OPEN_AFTER_SAVE[0] = False
    target = tmp_path / "rose.pdf"
    reports_mod.NEXT_SAVE_PATH.append(str(target))
    qtbot.mouseClick(reports.member_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reports.task is None, timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Saved to" in reports.status.text()
    tasks.shutdown()


def test_skip_and_resume_in_the_wizard(qtbot, ui_ctx: UiContext, hearth: Hearth) -> None:  # noqa: ANN001
    hearth.members.add("Rose")
    ui_ctx.refresh_members()
    page = _page(qtbot, ui_ctx)
    page.start()
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert page.checkup.current.key == "twofa"
    page.close()
    # the window was closed: a new page resumes where it stopped
    again = _page(qtbot, ui_ctx)
    assert again.checkup is not None and again.checkup.current.key == "twofa"
    assert "Step 3 of" in again.step_label.text()
    qtbot.mouseClick(again.back_button, Qt.MouseButton.LeftButton)
    assert again.checkup.current.key == "breaches"


def test_coming_back_after_a_finished_checkup_shows_its_to_do_list(qtbot, ui_ctx: UiContext, hearth: Hearth) -> None:  # noqa: ANN001
    rose = hearth.members.add("Rose")
    ui_ctx.refresh_members()
    done = C.Checkup.start(hearth, rose.id)
    done.answer({q.id: "no" for q in C.Checkup.questions("recovery")})
    done.finish()
    page = _page(qtbot, ui_ctx)
    assert page.checkup is not None and page.checkup.run_id == done.run_id
    assert page.step_label.text() == "Your results"
    assert page.todo_list.count() == len(C.todo(hearth, rose.id)) > 0
    assert page.next_button.isVisible() and "new checkup" in page.next_button.text().replace("&", "")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.checkup.status == "in_progress" and page.checkup.run_id != done.run_id


def test_cancel_a_long_step(qtbot, ui_ctx: UiContext, hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    import threading

    release = threading.Event()

    def runner(ctx: C.StepContext) -> C.StepResult:
        ctx.progress(0, 1, "slow")
        release.wait(10)
        ctx.cancel.raise_if_cancelled()
        return C.StepResult((), checked=1)

    plug(monkeypatch, runner, others_off=False)
    hearth.members.add("Rose")
    ui_ctx.refresh_members()
    page = _page(qtbot, ui_ctx)
    page.start()
    page.checkup.go_to("device")
    page.render()
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isEnabled() and not page.next_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    assert "Stopped" in page.status.text()
    assert page.next_button.isEnabled()
    ui_ctx.tasks.pool.waitForDone(5000)
    assert C.Checkup.unfinished(hearth, page.checkup.member_id).step_status("device") == C.CANCELLED


def test_dashboard_cards_and_chart(qtbot, ui_ctx: UiContext, hearth: Hearth, device_findings) -> None:  # noqa: ANN001
    rose = hearth.members.add("Rose", "senior")
    hearth.members.add("Bob")
    c = C.Checkup.start(hearth, rose.id)
    c.run_step("device")
    c.finish()
    dash = HouseholdDashboard(ui_ctx)
    qtbot.addWidget(dash)
    texts = {card.card.name: card for card in dash.cards}
    assert texts["Rose"].score_label.text() == "Score: 85 out of 100 (covers 1 of 7 areas)"
    assert texts["Rose"].trend_label.text() == "First checkup: nothing to compare with yet"
    assert "Turn on the firewall" in texts["Rose"].top_label.text()
    assert texts["Bob"].score_label.text() == "No checkup yet"
    assert "never had one" in texts["Bob"].due_label.text()
    # the household score says what it covers: one area of Rose's seven (Bob is not counted)
    assert dash.household_label.text() == "Household score: 85 / 100 (covers 1 of 7 areas)"
    # only Rose is counted: it says so, and what to do for Bob
    assert dash.basis_label.isVisibleTo(dash)
    assert dash.basis_label.text().startswith("Based on 1 of 2 people. Bob has no score yet: finish a checkup")
    assert "Based on 1 of 2 people" in dash.household_label.accessibleName()
    navigated: list[str] = []
    ui_ctx.navigate.connect(navigated.append)
    texts["Bob"].button.click()
    assert navigated == ["checkup"] and ui_ctx.current_member().name == "Bob"
    chart = ScoreChart()
    qtbot.addWidget(chart)
    assert "No finished checkups" in chart.accessibleDescription()
    chart.set_points([(p.finished_at, p.score) for p in C.history(hearth, rose.id)])
    assert "85 on" in chart.accessibleDescription()
    chart.resize(400, 200)
    assert not chart.grab().isNull()


def test_one_business_answer_gives_no_score_on_home(qtbot, ui_ctx: UiContext, hearth: Hearth) -> None:  # noqa: ANN001
    from app.business import BusinessAudit, load_questions

    sam = hearth.members.add("Sam")
    first = load_questions()[1][0]
    BusinessAudit(hearth).save(sam.id, {first.id: "no"})
    assert C.FindingsStore(hearth).list(sam.id, C.OPEN)  # a gap is open...
    dash = HouseholdDashboard(ui_ctx)
    qtbot.addWidget(dash)
    (card,) = dash.cards
    assert card.score_label.text() == "No checkup yet"  # ...but no score without a finished checkup
    assert "Score" not in card.accessibleName() and "never had one" in card.due_label.text()
    assert dash.household_label.text() == "Household score: no checkups yet"
    assert not dash.basis_label.isVisibleTo(dash)  # no score: nothing to say whom it counts


def test_a_business_member_has_the_email_domain_step(  # noqa: PLR0915
    qtbot, ui_ctx: UiContext, hearth: Hearth, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    from app import email_domain as ED
    from app.business import BusinessAudit
    from tests.helpers.fake_dns import FakeDns
    from tests.integration.test_email_domain import SOUND

    fake_device(monkeypatch)  # no real OS probes or router contacts
    rosa = hearth.members.add("Rosa", role="senior")
    shop = hearth.members.add("Shop", role="business")
    ui_ctx.refresh_members()
    ui_ctx.select_member(rosa)
    page = _page(qtbot, ui_ctx)
    texts = [w.text() for w in page.body_host.findChildren(page_mod.QLabel)]
    assert not any("Your business e-mail" in t for t in texts) and any("seven short steps" in t for t in texts)

    ui_ctx.select_member(shop)
    page.on_member_changed(shop)
    texts = [w.text() for w in page.body_host.findChildren(page_mod.QLabel)]
    assert any("Your business e-mail" in t for t in texts) and any("eight short steps" in t for t in texts)
    BusinessAudit(hearth).save(shop.id, {"inventory": "no"})  # a self-audit gap: not this step's
    with FakeDns({k: dict(v) for k, v in SOUND.items()}) as server:
        monkeypatch.setenv("HEARTH_DNS_SERVER", server.address)
        server.set("example.com", "TXT", ["v=spf1 include:_spf.google.com +all"])
        page.start()
        n = len(page.checkup.step_defs)
        assert n == len(C.COMMON_KEYS) + 1
        page.checkup.go_to("business")
        page.render()
        number = page.checkup.step_number("business")
        assert page.step_label.text() == f"Step {number} of {n}: Your business e-mail"
        texts = [w.text() for w in page.body_host.findChildren(page_mod.QLabel)]
        assert any(t.startswith("Hearth looks up your business's e-mail domain") for t in texts)
        # no domain yet: nothing to check, and a button to the Small business page
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.task is None, timeout=20000)
        assert page.checkup.step_outcome("business") == C.NOTHING_TO_CHECK
        assert page.offer_button.text() == "Open the S&mall business page"
        with qtbot.waitSignal(ui_ctx.navigate) as went:
            qtbot.mouseClick(page.offer_button, Qt.MouseButton.LeftButton)
        assert went.args == ["business"]
        assert server.asked() == []
        # with a domain: the findings are listed under the step (the self-audit gap is not)
        ED.set_member_domain(hearth, shop.id, "example.com")
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.task is None, timeout=20000)
        assert page.checkup.step_outcome("business") == C.FINDINGS
        found = page.found_rows
        assert len(found) == 1 and "SPF" in found[0]
        assert page.step_state.text().startswith("⚠ Things to do.")
        assert page.step_state.icon_label.text() == "⚠" and page.step_state.level == "warning"
