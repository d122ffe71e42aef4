"""The checkup's small-business e-mail domain step (issue 19 item 4), against a real DNS server on loopback.

A checkup holds only the steps that apply to its member: a business member's has the "business"
step (8 steps), anyone else's does not (7), and the coverage counts the checkup's own steps.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app import checkup as C
from app import email_domain as ED
from app import presenters as P
from app import settings as S
from app.business import BusinessAudit
from app.checkup.outcome import HOW_BY_HAND
from app.core import Hearth
from app.errors import InvalidInput
from tests.helpers.fake_dns import FakeDns
from tests.integration.test_email_domain import SOUND

DAY1 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
DAY2 = dt.datetime(2026, 3, 8, 9, 0, tzinfo=dt.UTC)
SPF, DMARC = "business.email_domain.spf", "business.email_domain.dmarc"
JUDGED = {"business.email_domain." + i for i in ("mx", "spf", "dkim", "dmarc", "mta_sts")}


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch):
    with FakeDns({k: dict(v) for k, v in SOUND.items()}) as server:
        monkeypatch.setenv("HEARTH_DNS_SERVER", server.address)
        yield server


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    """No real OS probes or router contacts: device and network have no runner (they say "not built")."""
    for key in ("device", "network"):
        monkeypatch.delitem(C.RUNNERS, key, raising=False)


def _clock(start: dt.datetime = DAY1):
    box = [start]

    def now() -> dt.datetime:
        box[0] += dt.timedelta(seconds=1)
        return box[0]

    return now


def _spoofable(fake: FakeDns) -> None:
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com +all"])
    fake.set("_dmarc.example.com", "TXT", ["v=DMARC1; p=none; rua=mailto:d@example.com"])


def _open(hearth: Hearth, member_id: int) -> dict[str, C.StoredFinding]:
    return {f.check_id: f for f in C.FindingsStore(hearth).list(member_id, C.OPEN)}


def test_a_business_checkup_has_the_step_and_lists_what_the_domain_needs(hearth: Hearth, fake) -> None:  # noqa: ANN001
    shop = hearth.members.add("Shop", role="business")
    ED.set_member_domain(hearth, shop.id, "example.com")
    _spoofable(fake)
    c = C.Checkup.start(hearth, shop.id, clock=_clock())
    keys = [s.key for s in c.step_defs]
    assert "business" in keys and len(keys) == len(C.COMMON_KEYS) + 1
    assert c.progress() == (0, len(C.COMMON_KEYS) + 1)
    step = c.go_to("business")
    assert step.title == "Your business e-mail" and "uses the internet" in step.intro
    assert c.step_number("business") == keys.index("business") + 1

    out = c.run_step("business")
    assert out.status == C.DONE and out.outcome == C.FINDINGS
    assert out.checked == len(JUDGED)  # the judged items: mx, spf, dkim, dmarc, mta_sts
    assert {f.check_id for f in out.findings} == {SPF, DMARC}
    stored = _open(hearth, shop.id)
    assert set(stored) == {SPF, DMARC} and {f.source for f in stored.values()} == {"business"}
    assert stored[SPF].step_title == "Your business e-mail"
    assert any(name == "example.com" for name, _ in fake.asked())  # really looked up on the loopback server
    # the wizard's views list it, and coverage counts 8 areas
    view = next(v for v in c.steps() if v.key == "business")
    assert view.outcome == C.FINDINGS and view.found == 2
    assert c.coverage() == C.Coverage(1, len(C.COMMON_KEYS) + 1)
    lines = {line.key: line for line in P.checkup_summary(c).steps}
    assert lines["business"].outcome == C.FINDINGS


def test_recheck_fixes_what_was_fixed_and_keeps_what_could_not_be_looked_up(hearth: Hearth, fake) -> None:  # noqa: ANN001
    shop = hearth.members.add("Shop", role="business")
    ED.set_member_domain(hearth, shop.id, "example.com")
    _spoofable(fake)
    # a self-audit gap shares the source "business": the domain step must never touch it
    BusinessAudit(hearth).save(shop.id, {"inventory": "no"}, DAY1)
    audit = {k for k in _open(hearth, shop.id) if not k.startswith("business.email_domain.")}
    assert audit and all(_open(hearth, shop.id)[k].step_title == "Small-business self-audit" for k in audit)
    c = C.Checkup.start(hearth, shop.id, clock=_clock())
    c.run_step("business")
    assert set(_open(hearth, shop.id)) == {SPF, DMARC} | audit

    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com -all"])  # SPF fixed
    fake.fail(["_dmarc.example.com"])  # DMARC cannot be looked up this time
    out = c.run_step("business")
    still = _open(hearth, shop.id)
    assert SPF not in still and DMARC in still and audit <= set(still)  # old DMARC finding kept as it was
    fixed = {f.check_id for f in C.FindingsStore(hearth).list(shop.id, C.FIXED)}
    assert SPF in fixed and not (audit & fixed)
    assert out.outcome == C.COULDNT_CHECK and out.checked == len(JUDGED) - 1
    assert any("DMARC" in d for d in out.details) and HOW_BY_HAND in out.details


def test_mark_fixed_rechecks_a_domain_finding_and_takes_the_word_for_a_self_audit_gap(hearth: Hearth, fake) -> None:  # noqa: ANN001
    shop = hearth.members.add("Shop", role="business")
    ED.set_member_domain(hearth, shop.id, "example.com")
    _spoofable(fake)
    BusinessAudit(hearth).save(shop.id, {"inventory": "no"}, DAY1)
    c = C.Checkup.start(hearth, shop.id, clock=_clock())
    c.run_step("business")
    found = _open(hearth, shop.id)
    still = C.mark_fixed(hearth, found[SPF].id, clock=_clock(DAY2))
    assert not still.confirmed and still.finding.status == C.OPEN  # DNS still says +all
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com -all"])
    asked = len(fake.asked())
    done = C.mark_fixed(hearth, found[SPF].id, clock=_clock(DAY2))
    assert done.confirmed and done.finding.status == C.FIXED and len(fake.asked()) > asked
    audit_id = next(f.id for k, f in found.items() if not k.startswith("business.email_domain."))
    asked = len(fake.asked())
    word = C.mark_fixed(hearth, audit_id, clock=_clock(DAY2))
    assert word.finding.status == C.FIXED and len(fake.asked()) == asked  # no DNS for a self-audit answer
    assert DMARC in _open(hearth, shop.id)


def test_no_domain_says_what_to_add_and_asks_nothing(hearth: Hearth, fake) -> None:  # noqa: ANN001
    shop = hearth.members.add("Shop", role="business")
    c = C.Checkup.start(hearth, shop.id)
    out = c.run_step("business")
    assert out.outcome == C.NOTHING_TO_CHECK and out.checked == 0 and out.offer == "business"
    assert "Small business page" in out.message and "nothing to do" not in out.message.lower()
    assert fake.asked() == []


def test_offline_is_respected_and_says_how_to_check_by_hand(hearth: Hearth, fake) -> None:  # noqa: ANN001
    shop = hearth.members.add("Shop", role="business")
    ED.set_member_domain(hearth, shop.id, "example.com")
    hearth.settings.set(S.OFFLINE, True)
    out = C.Checkup.start(hearth, shop.id).run_step("business")
    assert out.outcome == C.COULDNT_CHECK and out.checked == 0
    assert "offline" in out.details[0] and "mxtoolbox.com" in " ".join(out.details)
    assert fake.asked() == []


def test_a_domain_that_does_not_exist_is_couldnt_check_not_a_crash(hearth: Hearth, fake) -> None:  # noqa: ANN001
    shop = hearth.members.add("Shop", role="business")
    ED.set_member_domain(hearth, shop.id, "nowhere.example")
    out = C.Checkup.start(hearth, shop.id).run_step("business")
    assert out.status == C.DONE and out.outcome == C.COULDNT_CHECK
    assert "no domain called nowhere.example" in out.details[0]


def test_a_senior_has_no_business_step_and_coverage_counts_only_theirs(hearth: Hearth, fake) -> None:  # noqa: ANN001
    rosa = hearth.members.add("Rosa", role="senior")
    c = C.Checkup.start(hearth, rosa.id)
    assert [s.key for s in c.step_defs] == list(C.COMMON_KEYS) and "business" not in c.state["steps"]
    assert "business" not in [v.key for v in c.steps()]
    assert c.progress()[1] == len(C.COMMON_KEYS)
    with pytest.raises(InvalidInput):
        c.run_step("business")
    with pytest.raises(InvalidInput):
        c.go_to("business")
    c.answer({q.id: "yes" for q in C.Checkup.questions("recovery")})
    score = c.finish()
    assert score.coverage == C.Coverage(1, len(C.COMMON_KEYS))
    assert C.last_coverage(hearth, rosa.id) == C.Coverage(1, len(C.COMMON_KEYS))
    assert fake.asked() == []


def test_stored_states_stay_readable(hearth: Hearth) -> None:
    shop = hearth.members.add("Shop", role="business")
    c = C.Checkup.start(hearth, shop.id)
    again = C.Checkup.load(hearth, c.run_id)
    assert "business" in [s.key for s in again.step_defs]  # the step survives saving and loading
    # a state saved before member-only steps existed (no business key) keeps its seven steps
    old = {"version": 2, "position": 7,
           "steps": {k: {"status": "done", "message": "", "found": 0, "outcome": "clean", "checked": 1}
                     for k in C.COMMON_KEYS}}
    run_id = hearth.checkup_runs.add(shop.id, "2026-01-01T00:00:00+00:00", old)
    hearth.checkup_runs.save(run_id, old, "finished", 100, "2026-01-01T00:05:00+00:00")
    loaded = C.Checkup.load(hearth, run_id)
    assert [s.key for s in loaded.step_defs] == list(C.COMMON_KEYS) and loaded.at_summary
    assert loaded.coverage() == C.Coverage(len(C.COMMON_KEYS), len(C.COMMON_KEYS))


def test_cli_json_lists_the_business_step_only_for_a_business(hearth: Hearth, fake, quiet, capsys) -> None:  # noqa: ANN001
    from app.cli import main

    shop = hearth.members.add("Shop", role="business")
    hearth.members.add("Rosa", role="senior")
    ED.set_member_domain(hearth, shop.id, "example.com")
    _spoofable(fake)
    hearth.close()  # the CLI opens its own
    assert main(["checkup", "run", "--member", "Shop", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    steps = {s["step"]: s for s in out["steps"]}
    assert list(steps) == [s.key for s in C.STEPS]  # all eight, in the wizard's order
    assert steps["business"]["outcome"] == C.FINDINGS and steps["business"]["checked"] == len(JUDGED)
    assert out["coverage"] == {"checked": 1, "of": len(C.COMMON_KEYS) + 1}
    assert out["score"] is not None
    areas = {f["check_id"]: f["area"] for f in out["findings"]}
    assert areas[SPF] == "business" and areas[DMARC] == "business"

    assert main(["checkup", "run", "--member", "Rosa", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "business" not in {s["step"] for s in out["steps"]}
    assert out["coverage"]["of"] == len(C.COMMON_KEYS)
