"""The checkup state machine, the findings store, the score model and the to-do list (no GUI)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest

from app import checkup as C
from app.core import Hearth
from app.errors import InvalidInput, NotFound
from checks.base import CancelToken, Finding, Severity, Subject


def _plug(monkeypatch: pytest.MonkeyPatch, runner: C.Runner) -> None:
    """Make ``runner`` the device step's runner; the other automatic steps are switched off (no real OS
    probes, router contacts or directories in unit tests)."""
    for key in ("network", "passwords", "breaches", "twofa"):
        monkeypatch.delitem(C.RUNNERS, key)
    monkeypatch.setitem(C.RUNNERS, "device", runner)


NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _finding(check_id: str, severity: Severity = Severity.HIGH, ref: str = "", effort: int = 5) -> Finding:
    return Finding(
        check_id=check_id,
        subject=Subject.DEVICE,
        severity=severity,
        title=f"Problem {check_id}",
        why="Because it matters.",
        fix=("Do this.", "Then that."),
        evidence=("token=SECRET-EVIDENCE-123",),
        effort_minutes=effort,
        subject_ref=ref,
    )


@pytest.fixture
def fake_device(monkeypatch: pytest.MonkeyPatch) -> list[Finding]:
    """A stand-in device runner in the step table: it looks at 5 things and finds ``current``."""
    current: list[Finding] = []

    def runner(ctx: C.StepContext) -> C.StepResult:
        ctx.progress(0, 1, "looking")
        ctx.cancel.raise_if_cancelled()
        return C.StepResult(tuple(current), checked=5)

    _plug(monkeypatch, runner)
    return current


@pytest.fixture
def rose(hearth: Hearth):  # noqa: ANN201
    return hearth.members.add("Rose", "senior", ["Rex"])


def _clock(start: dt.datetime = NOW) -> Callable[[], dt.datetime]:
    box = [start]

    def now() -> dt.datetime:
        box[0] += dt.timedelta(seconds=1)
        return box[0]

    return now


def test_walk_skip_and_resume_after_a_crash(hearth: Hearth, rose) -> None:  # noqa: ANN001
    c = C.Checkup.start(hearth, rose.id, clock=_clock())
    assert c.current.key == "passwords"
    c.skip()
    assert c.step_status("passwords") == C.SKIPPED
    assert c.current.key == "breaches"
    c.next()
    c.next()
    assert c.current.key == "recovery"
    c.answer({"email_current": "no"})
    assert c.step_status("recovery") == C.PENDING  # three questions still open

    # "crash": forget the object, start again -> the same run, same place, same answers
    again = C.Checkup.start(hearth, rose.id, clock=_clock())
    assert again.run_id == c.run_id
    assert again.current.key == "recovery"
    assert again.step_status("passwords") == C.SKIPPED
    assert again.state["answers"]["recovery.email_current"] == "no"
    again.back()
    assert again.current.key == "twofa"


def test_a_damaged_saved_state_falls_back_to_the_start(hearth: Hearth, rose) -> None:  # noqa: ANN001
    c = C.Checkup.start(hearth, rose.id)
    with hearth.database.transaction() as db:
        db.execute("update checkup_runs set state = ? where id = ?", ["{not json", c.run_id])
    again = C.Checkup.start(hearth, rose.id)
    assert again.run_id == c.run_id and again.position == 0


def test_missing_areas_are_skipped_honestly(hearth: Hearth, rose, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.delitem(C.RUNNERS, "device")
    c = C.Checkup.start(hearth, rose.id)
    out = c.run_step("device")
    assert out.status == C.UNAVAILABLE
    assert "not built yet" in out.message
    assert c.step_status("device") == C.UNAVAILABLE


def test_recovery_answers_become_findings_and_yes_resolves_them(hearth: Hearth, rose) -> None:  # noqa: ANN001
    c = C.Checkup.start(hearth, rose.id, clock=_clock())
    out = c.answer({"email_current": "no", "phone_current": "yes", "codes_saved": "unsure", "legacy_contact": "yes"})
    assert out.status == C.DONE
    ids = {f.check_id: f for f in C.FindingsStore(hearth).list(rose.id, C.OPEN)}
    assert set(ids) == {"recovery.email_current", "recovery.codes_saved"}
    assert ids["recovery.email_current"].severity == Severity.HIGH
    assert ids["recovery.codes_saved"].severity == Severity.LOW  # "not sure" is one notch lower than "no"
    c.answer({"email_current": "yes"})
    still = {f.check_id for f in C.FindingsStore(hearth).list(rose.id, C.OPEN)}
    assert still == {"recovery.codes_saved"}
    with pytest.raises(InvalidInput):
        c.answer({"email_current": "maybe"})


def test_quiz_feedback_and_safe_word(hearth: Hearth, rose) -> None:  # noqa: ANN001
    c = C.Checkup.start(hearth, rose.id)
    quiz = c.quiz()
    assert len(quiz) >= 5
    wrong = (quiz[0].answer + 1) % len(quiz[0].choices)
    fb = c.quiz_answer(quiz[0].id, wrong)
    assert not fb.correct and fb.explain and fb.right_choice == quiz[0].choices[quiz[0].answer]
    for q in quiz[1:]:
        assert c.quiz_answer(q.id, q.answer).correct
    assert c.step_status("scam") == C.PENDING  # safe word question still open
    assert c.safe_word_answer("no").status == C.DONE
    open_ids = {f.check_id for f in C.FindingsStore(hearth).list(rose.id, C.OPEN)}
    assert open_ids == {f"scam.quiz.{quiz[0].id}", "scam.safe_word"}
    word = c.suggest_safe_word()
    assert len(word.split()) == 2 and "rex" not in word.split()
    # the word itself is never stored
    with hearth.database.read() as db:
        dump = json.dumps([list(r) for r in db.execute("select * from checkup_runs").fetchall()])
    assert word not in dump


def test_safe_word_suggestions_avoid_personal_words_and_vary() -> None:
    words = {C.suggest_safe_word(avoid=["apple"], language="en") for _ in range(40)}
    assert len(words) > 20
    assert all("apple" not in w.split() for w in words)


def test_safe_word_suggestions_are_in_the_households_language() -> None:
    words = {C.suggest_safe_word(avoid=["tortuga"], language="es") for _ in range(40)}
    assert all(set(w.split()) <= set(C.SAFE_WORDS_ES) for w in words)
    assert all("tortuga" not in w.split() for w in words) and len(words) > 20
    assert len(set(C.SAFE_WORDS_ES)) == len(C.SAFE_WORDS_ES) >= 100


def test_auto_step_records_findings_and_dismissed_stays_dismissed(hearth: Hearth, rose, fake_device) -> None:  # noqa: ANN001
    fake_device[:] = [_finding("device.firewall"), _finding("device.updates", Severity.MEDIUM)]
    c = C.Checkup.start(hearth, rose.id, clock=_clock())
    out = c.run_step("device")
    assert out.status == C.DONE and len(out.findings) == 2
    store = C.FindingsStore(hearth)
    fw = next(f for f in store.list(rose.id) if f.check_id == "device.firewall")
    with pytest.raises(InvalidInput):
        store.dismiss(fw.id, "   ")
    store.dismiss(fw.id, "My router has its own firewall")
    c.run_step("device")  # seen again: still dismissed, reason kept
    fw2 = store.get(fw.id)
    assert fw2.status == C.DISMISSED and fw2.dismiss_reason == "My router has its own firewall"
    # a new checkup run does not bring it back either
    c.finish()
    c2 = C.Checkup.start(hearth, rose.id, clock=_clock())
    assert c2.run_id != c.run_id
    c2.run_step("device")
    assert store.get(fw.id).status == C.DISMISSED
    # a finding no longer seen becomes fixed; when it comes back it reopens
    fake_device[:] = [_finding("device.firewall")]
    c2.run_step("device")
    updates = next(f for f in store.list(rose.id) if f.check_id == "device.updates")
    assert updates.status == C.FIXED
    fake_device[:] = [_finding("device.updates", Severity.MEDIUM)]
    c2.run_step("device")
    assert store.get(updates.id).status == C.OPEN


def test_mark_fixed_reruns_the_check(hearth: Hearth, rose, fake_device) -> None:  # noqa: ANN001
    fake_device[:] = [_finding("device.firewall")]
    c = C.Checkup.start(hearth, rose.id)
    c.run_step("device")
    (f,) = C.FindingsStore(hearth).list(rose.id, C.OPEN)
    not_yet = C.mark_fixed(hearth, f.id)
    assert not not_yet.confirmed and not_yet.finding.status == C.OPEN
    fake_device.clear()  # the person fixed it
    done = C.mark_fixed(hearth, f.id)
    assert done.confirmed and done.finding.status == C.FIXED


def test_cancel_leaves_nothing_half_saved(hearth: Hearth, rose, fake_device) -> None:  # noqa: ANN001
    fake_device[:] = [_finding("device.firewall")]
    c = C.Checkup.start(hearth, rose.id)
    token = CancelToken()
    token.cancel()
    seen: list[tuple[int, int, str]] = []
    out = c.run_step("device", cancel=token, progress=lambda d, t, s: seen.append((d, t, s)))
    assert out.status == C.CANCELLED
    assert seen  # progress was reported before the cancel was noticed
    assert C.FindingsStore(hearth).list(rose.id) == []
    assert C.Checkup.start(hearth, rose.id).step_status("device") == C.CANCELLED


def test_a_failing_area_fails_only_its_step(hearth: Hearth, rose, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    def runner(ctx: C.StepContext) -> C.StepResult:
        raise RuntimeError("probe exploded")

    _plug(monkeypatch, runner)
    c = C.Checkup.start(hearth, rose.id)
    out = c.run_step("device")
    assert out.status == C.FAILED and "went wrong" in out.message


def test_member_removed_during_a_checkup(hearth: Hearth, rose, fake_device) -> None:  # noqa: ANN001
    fake_device[:] = [_finding("device.firewall")]
    c = C.Checkup.start(hearth, rose.id)
    hearth.members.remove(rose.id)
    with pytest.raises(NotFound):
        c.run_step("device")


def test_score_model_every_point_is_a_finding() -> None:
    items = [(1, "device", Severity.CRITICAL), (2, "device", Severity.HIGH), (3, "twofa", Severity.LOW),
             (4, "twofa", Severity.INFO)]
    score = C.compute_score(items)
    # device: 25 + 10 (capped at 35); twofa: 3; info: 0
    assert score.value == 100 - 35 - 3
    assert score.points_for(2) == 10 and next(l for l in score.lines if l.finding_id == 2).capped
    assert score.points_for(4) == 0
    assert sum(line.points for line in score.lines) == 100 - score.value
    many = [(i, f"area{i % 7}", Severity.CRITICAL) for i in range(200)]
    floor = C.compute_score(many)
    assert floor.value == 0 and floor.points_lost == 100
    assert C.compute_score([]).value == 100


def test_todo_ranks_by_risk_then_effort(hearth: Hearth, rose, fake_device) -> None:  # noqa: ANN001
    fake_device[:] = [
        _finding("device.a", Severity.MEDIUM, effort=1),
        _finding("device.b", Severity.HIGH, effort=30),
        _finding("device.c", Severity.HIGH, effort=5),
        _finding("device.d", Severity.LOW, effort=1),
    ]
    C.Checkup.start(hearth, rose.id).run_step("device")
    order = [f.check_id for f in C.todo(hearth, rose.id)]
    assert order == ["device.c", "device.b", "device.a", "device.d"]
    assert len(C.todo(hearth, rose.id, C.THIS_WEEK)) == 3


def test_finish_history_trend_and_due(hearth: Hearth, rose, fake_device) -> None:  # noqa: ANN001
    bob = hearth.members.add("Bob")
    assert {d.name for d in C.due_members(hearth, NOW)} == {"Rose", "Bob"}  # never checked: due now
    fake_device[:] = [_finding("device.a", Severity.HIGH)]
    c = C.Checkup.start(hearth, rose.id, clock=lambda: NOW)
    c.run_step("device")
    assert c.finish().value == 85
    fake_device.clear()
    later = NOW + dt.timedelta(days=10)
    c2 = C.Checkup.start(hearth, rose.id, clock=lambda: later)
    c2.run_step("device")
    assert c2.finish().value == 100
    points = C.history(hearth, rose.id)
    assert [p.score for p in points] == [85, 100]
    summary = C.household_summary(hearth, later)
    card = next(m for m in summary.members if m.name == "Rose")
    assert card.trend == 15 and card.score == 100 and not card.due_now
    assert card.next_due == later + dt.timedelta(days=90)
    assert next(m for m in summary.members if m.name == "Bob").score is None
    assert summary.score == 100  # Bob has had no checkup: not averaged in
    assert [d.name for d in C.due_members(hearth, later)] == ["Bob"]
    assert [d.name for d in C.due_members(hearth, later + dt.timedelta(days=91))] == ["Bob", "Rose"]
    # a clock that jumped back: the future-dated checkup is not trusted
    assert C.next_due(hearth, rose.id, NOW - dt.timedelta(days=30)) == NOW - dt.timedelta(days=30)
    assert bob.id


def test_dashboard_stays_fast_with_thousands_of_findings(hearth: Hearth, rose, fake_device) -> None:  # noqa: ANN001
    findings = [_finding(f"device.n{i}", Severity(i % 5), ref=str(i)) for i in range(3000)]
    c = C.Checkup.start(hearth, rose.id)
    c.run_step("device")
    c.finish()
    C.FindingsStore(hearth).record(rose.id, None, "device", findings, NOW)
    summary = C.household_summary(hearth, NOW)
    (card,) = summary.members
    assert card.open_count == 3000 and card.score == 100 - C.AREA_CAP


def test_a_new_member_gets_nothing_to_check_not_done(hearth: Hearth, rose) -> None:  # noqa: ANN001
    """No accounts, no imported passwords: the account steps say what to add, never "nothing to do"."""
    c = C.Checkup.start(hearth, rose.id)
    for key in ("passwords", "breaches", "twofa"):
        out = c.run_step(key)
        assert out.outcome == C.NOTHING_TO_CHECK and out.checked == 0, key
        assert "Nothing to do" not in out.message and "found nothing" not in out.message
        assert "Add your key accounts" in out.message
    assert c.steps()[0].offer == "passwords" and c.steps()[2].offer == "accounts"
    hearth.accounts.add(rose.id, "Mail", domain="mail.example")  # an account, but no password imported
    out = c.run_step("passwords")
    assert out.outcome == C.NOTHING_TO_CHECK and "import them" in out.message
    out = c.run_step("twofa")
    assert out.outcome in (C.CLEAN, C.FINDINGS) and out.checked == 1
    assert c.coverage() == C.Coverage(1, len(C.COMMON_KEYS))


def test_a_step_is_not_clean_while_items_could_not_be_checked(hearth: Hearth, rose, monkeypatch) -> None:  # noqa: ANN001
    from checks.network import Item, Status

    items = [
        Item("router_admin", "Router settings page", Status.GOOD, "Closed to the internet."),
        Item("wifi_security", "Wi-Fi security", Status.UNKNOWN, "Couldn't check: needs administrator rights.",
             ("Open your router's settings page and look under Wi-Fi security.",)),
    ]
    monkeypatch.setitem(C.RUNNERS, "network", lambda ctx: C.items_result(items, Subject.NETWORK, "network.hygiene"))
    c = C.Checkup.start(hearth, rose.id)
    out = c.run_step("network")
    assert out.outcome == C.COULDNT_CHECK and out.checked == 1
    assert "Nothing to do" not in out.message and "not marked clean" in out.message
    assert "About Wi-Fi security: Couldn't check: needs administrator rights." in out.details
    assert "Open your router's settings page and look under Wi-Fi security." in out.details
    assert c.coverage().checked == 0
    # every item checked and good: clean, with how many things were looked at
    items[1] = Item("wifi_security", "Wi-Fi security", Status.GOOD, "WPA2.")
    out = c.run_step("network")
    assert out.outcome == C.CLEAN and out.checked == 2 and "looked at 2 things" in out.message
    assert c.coverage() == C.Coverage(1, len(C.COMMON_KEYS))
    # a risky item with another uncheckable: findings, and it says what could not be checked
    items[0] = Item("router_admin", "Router settings page", Status.RISKY, "Open to the internet.", ("Close it.",),
                    severity=Severity.HIGH)
    items[1] = Item("wifi_security", "Wi-Fi security", Status.UNKNOWN, "Couldn't check: timeout.")
    out = c.run_step("network")
    assert out.outcome == C.FINDINGS and "couldn't check 1 other thing" in out.message


def test_device_and_network_run_at_the_same_time(hearth: Hearth, rose, monkeypatch) -> None:  # noqa: ANN001
    import threading

    both = threading.Barrier(2, timeout=30)  # each runner waits for the other: only concurrent runs pass

    def meet(ctx: C.StepContext) -> C.StepResult:
        both.wait()
        return C.StepResult((), checked=1)

    for key in ("passwords", "breaches", "twofa"):
        monkeypatch.delitem(C.RUNNERS, key)
    monkeypatch.setitem(C.RUNNERS, "device", meet)
    monkeypatch.setitem(C.RUNNERS, "network", meet)
    c = C.Checkup.start(hearth, rose.id)
    outs = c.run_automatic()
    assert [(o.key, o.outcome) for o in outs] == [
        ("passwords", C.COULDNT_CHECK), ("breaches", C.COULDNT_CHECK), ("twofa", C.COULDNT_CHECK),
        ("device", C.CLEAN), ("network", C.CLEAN),
    ]
    assert "not built yet" in outs[0].message


def test_no_score_until_a_checkup_finished(hearth: Hearth, rose, fake_device) -> None:  # noqa: ANN001
    C.FindingsStore(hearth).record(rose.id, None, "business", [_finding("business.x", Severity.LOW)], NOW)
    assert C.member_score(hearth, rose.id).shown is None
    assert C.household_summary(hearth, NOW).members[0].score is None
    c = C.Checkup.start(hearth, rose.id)
    c.run_step("device")
    assert C.household_summary(hearth, NOW).members[0].score is None  # not finished yet
    score = c.finish()
    assert score.shown == 97 and score.coverage is not None and score.coverage.checked == 1
    (card,) = C.household_summary(hearth, NOW).members
    assert card.score == 97 and card.coverage == C.Coverage(1, len(C.COMMON_KEYS))
    # a finished checkup that could check nothing keeps no score
    fake_device.append(_finding("device.a"))
    c2 = C.Checkup.start(hearth, rose.id)
    c2.skip()
    assert c2.finish().shown is None
    assert C.household_summary(hearth, NOW).members[0].score is None
    assert C.history(hearth, rose.id)[-1].score == 97


def test_score_from_counts_matches_the_itemised_score() -> None:
    import random

    rng = random.Random(7)
    for _ in range(200):
        items = [(i, rng.choice(["a", "b", "c", "d"]), Severity(rng.randrange(5))) for i in range(rng.randrange(30))]
        counts: dict[tuple[str, int], int] = {}
        for _, src, sev in items:
            counts[(src, int(sev))] = counts.get((src, int(sev)), 0) + 1
        rows = [(src, sev, n) for (src, sev), n in counts.items()]
        assert C.score_from_counts(rows) == C.compute_score(items).value


def test_a_new_checkup_remembers_earlier_answers(hearth: Hearth, rose) -> None:  # noqa: ANN001
    c = C.Checkup.start(hearth, rose.id)
    c.answer({"email_current": "yes", "codes_saved": "no"})
    c.finish()
    again = C.Checkup.start(hearth, rose.id)
    assert again.run_id != c.run_id
    assert again.state["answers"] == {"recovery.email_current": "yes", "recovery.codes_saved": "no"}
    assert again.step_status("recovery") == C.PENDING  # still asked to confirm


def test_the_page_opens_on_the_unfinished_checkup_else_the_last_finished_one(hearth: Hearth, rose) -> None:  # noqa: ANN001
    assert C.Checkup.to_show(hearth, rose.id) is None  # never had one
    first = C.Checkup.start(hearth, rose.id, clock=_clock())
    first.finish()
    shown = C.Checkup.to_show(hearth, rose.id)
    assert shown is not None and shown.run_id == first.run_id and shown.status == "finished" and shown.at_summary
    second = C.Checkup.start(hearth, rose.id, clock=_clock())
    shown = C.Checkup.to_show(hearth, rose.id)
    assert shown is not None and shown.run_id == second.run_id and not shown.at_summary


def test_cli_run_for_a_new_member_is_honest(hearth: Hearth, monkeypatch, capsys, tmp_path) -> None:  # noqa: ANN001
    """No accounts, nothing the probes could read: no score, coverage 0 of 7, and no "nothing to do"."""
    from app.cli import main
    from checks.network import Item, Status

    unknown = [Item("wifi_security", "Wi-Fi security", Status.UNKNOWN, "Couldn't check: timeout.")]
    for key in ("device", "network"):
        monkeypatch.setitem(C.RUNNERS, key, lambda ctx: C.items_result(unknown, Subject.NETWORK, "network.hygiene"))
    hearth.members.add("Nia")
    hearth.close()  # the CLI opens its own
    assert main(["checkup", "run", "--member", "Nia", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["score"] is None and out["coverage"] == {"checked": 0, "of": len(C.COMMON_KEYS)}
    steps = {s["step"]: s for s in out["steps"]}
    assert [steps[k]["outcome"] for k in ("passwords", "breaches", "twofa")] == [C.NOTHING_TO_CHECK] * 3
    assert steps["network"]["outcome"] == C.COULDNT_CHECK and steps["network"]["checked"] == 0
    assert steps["recovery"]["outcome"] == C.NEEDS_ANSWERS
    assert all(set(s) >= {"step", "outcome", "checked", "message"} for s in out["steps"])
    assert main(["checkup", "run", "--member", "Nia"]) == 0
    text = capsys.readouterr().out
    assert "No score: this checkup could not check any area yet." in text
    assert "Nothing to do here" not in text and "Couldn't check" in text
    # the report says the same as the CLI
    report = tmp_path / "nia.html"
    assert main(["report", "export", "--member", "Nia", "--output", str(report)]) == 0
    html = report.read_text(encoding="utf-8")
    assert "No score: this checkup could not check any area yet." in html
    assert "○ Nothing to check yet" in html and "? Couldn&#x27;t check" in html
    assert "Nothing to do here" not in html and "Score:" not in html
    assert "<br>About Wi-Fi security: Couldn&#x27;t check: timeout." in html  # the "below" is there


def test_checkups_saved_before_outcomes_keep_their_score(hearth: Hearth, rose) -> None:  # noqa: ANN001
    """A finished run whose state has no outcomes (version 1): its done steps still count as checked."""
    C.FindingsStore(hearth).record(rose.id, None, "device", [_finding("device.a", Severity.HIGH)], NOW)
    steps = {k: {"status": "pending", "message": "", "found": 0} for k in C.COMMON_KEYS}
    steps["device"] = {"status": "done", "message": "1 thing to look at.", "found": 1}
    steps["twofa"] = {"status": "done", "message": "Nothing to do here for now.", "found": 0}
    steps["network"] = {"status": "unavailable", "message": "Not built.", "found": 0}
    with hearth.database.transaction() as db:
        db.execute(
            "insert into checkup_runs (member_id, started_at, finished_at, status, score, state) "
            "values (?, ?, ?, 'finished', 85, ?)",
            [rose.id, NOW.isoformat(), NOW.isoformat(), json.dumps({"version": 1, "position": 7, "steps": steps})],
        )
    (card,) = C.household_summary(hearth, NOW).members
    assert card.score == 85 and card.coverage == C.Coverage(2, len(C.COMMON_KEYS))
    run = C.Checkup.to_show(hearth, rose.id)
    assert run is not None
    assert [run.step_outcome(k) for k in ("device", "twofa", "network")] == [C.FINDINGS, C.CLEAN, C.COULDNT_CHECK]
