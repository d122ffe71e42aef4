"""Spanish for the guided checkup, the scam quiz, caregiver mode, the legacy checklist and the
small-business self-audit: every text these produce for a person has a translation.

The tests drive the real code (``hearth`` fixture, real database) to produce the texts: step
titles and introductions, questions and answer choices, the findings made from each answer,
status messages, the quiz and the self-audit from their guidance files, consent sentences and
the errors a person can meet. Each text must translate with ``strict=True`` and, unless it is
the same word in both languages, read differently in Spanish.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from app import business as B
from app import caregiver as CG
from app import checkup as C
from app import legacy as L
from app import playbooks as P
from app.checkup import outcome as O
from app.checkup import quiz as Q
from app.core import Hearth
from app.errors import UserFacingError
from app.i18n import catalogue_path, placeholders, read_ts, translate
from app.resources import resource_path
from checks.base import CancelToken, Finding, Severity, Subject
from tests.helpers.checkup_runners import fake_device as plug_device
from tests.helpers.checkup_runners import raising

#: Texts that are spelt the same in Spanish.
SAME_IN_SPANISH = {"No"}

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _clock(start: dt.datetime = NOW) -> Callable[[], dt.datetime]:
    box = [start]

    def now() -> dt.datetime:
        box[0] += dt.timedelta(seconds=1)
        return box[0]

    return now


class Texts:
    """Collects the texts a test produced, then checks them all at once (listing every miss)."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, *texts: str | Iterable[str]) -> None:
        for t in texts:
            if isinstance(t, str):
                self.items.append(t)
            else:
                self.items.extend(t)

    def finding(self, f: Finding | C.StoredFinding) -> None:
        self.add(f.title, f.why, f.fix, f.evidence)

    def error(self, exc: UserFacingError) -> None:
        """An error's message and hint (the interface translates and shows them one after the other)."""
        self.add(exc.message)
        if exc.hint:
            self.add(exc.hint)

    def check(self, minimum: int = 1) -> dict[str, str]:
        assert len(self.items) >= minimum, f"only {len(self.items)} texts were produced"
        problems, out = [], {}
        for text in dict.fromkeys(self.items):
            if not any(c.isalpha() for c in text):
                continue
            try:
                es = translate(text, "es", strict=True)
            except LookupError:
                problems.append(f"untranslated: {text!r}")
                continue
            if text not in SAME_IN_SPANISH and es == text:
                problems.append(f"still English: {text!r}")
            out[text] = es
        assert not problems, "\n".join(problems)
        return out


@pytest.fixture
def texts() -> Texts:
    return Texts()


@pytest.fixture
def rose(hearth: Hearth):  # noqa: ANN201
    return hearth.members.add("Rose", "senior", ["Rex"])


def _raises(fn: Callable[[], Any]) -> UserFacingError:
    with pytest.raises(UserFacingError) as info:
        fn()
    return info.value


@pytest.fixture
def fake_device(monkeypatch: pytest.MonkeyPatch) -> list[Finding]:
    """A stand-in device runner in the step table; the other automatic steps are switched off."""
    return plug_device(monkeypatch)


def _device_finding(check_id: str) -> Finding:
    return Finding(
        check_id=check_id, subject=Subject.DEVICE, severity=Severity.HIGH, title="x", why="y", fix=("z",)
    )


# ---------------------------------------------------------------------------------------------
# the checkup


def test_steps_labels_and_fixed_texts(texts: Texts) -> None:
    for step in C.STEPS:
        texts.add(step.title, step.intro)
    texts.add(C.STATUS_LABELS.values(), C.ANSWER_LABELS.values(), C.OTHER_SOURCES.values())
    texts.add(C.SCORE_MODEL_TEXT, C.NOT_BUILT, C.CHECKUP_INTERVAL.label, C.CHECKUP_INTERVAL.description)
    texts.add(C.OUTCOME_LABELS.values())
    for n in (1, 2, 7):
        texts.add(O.found_message(n), O.missing_message(n), O.clean_message(n), C.Coverage(n, 7).words)
    es = texts.check(minimum=30)
    assert es["Passwords"] == "Contraseñas"
    assert "{cap}" not in es[C.SCORE_MODEL_TEXT] and str(C.AREA_CAP) in es[C.SCORE_MODEL_TEXT]
    assert es[O.found_message(7)].startswith("7 ")


def test_walking_the_steps(hearth: Hearth, rose, fake_device: list[Finding], texts: Texts,  # noqa: ANN001
                           monkeypatch: pytest.MonkeyPatch) -> None:
    c = C.Checkup.start(hearth, rose.id, clock=_clock())
    c.skip()  # passwords: skipped
    texts.add(c.steps()[0].status_label, c.steps()[0].message)
    assert c.steps()[0].status == C.SKIPPED
    fake_device[:] = [_device_finding("device.a"), _device_finding("device.b")]
    seen: list[str] = []
    outcomes = c.run_automatic(progress=lambda d, t, s: seen.append(s))
    texts.add(seen)  # the step titles and "Done"
    for o in outcomes:
        texts.add(o.message)
    # the device step found two things; the areas that are switched off are "not built yet"
    by_key = {o.key: o for o in outcomes}
    assert by_key["device"].status == C.DONE and by_key["device"].message == "2 things to look at."
    fake_device[:] = [_device_finding("device.a")]
    texts.add(c.run_step("device").message)
    fake_device.clear()
    texts.add(c.run_step("device").message)
    token = CancelToken()
    token.cancel()
    texts.add(c.run_step("device", cancel=token).message)
    for view in c.steps():
        texts.add(view.title, view.intro, view.status_label, view.message)
    statuses = {v.status for v in c.steps()}
    assert {C.UNAVAILABLE, C.CANCELLED, C.PENDING} <= statuses
    texts.add(c.availability("network").message)
    # a step whose runner raises: failed, in plain words
    monkeypatch.setitem(C.RUNNERS, "device", raising(RuntimeError("probe exploded")))
    failed = c.run_step("device")
    assert failed.status == C.FAILED
    texts.add(failed.message)
    es = texts.check(minimum=20)
    assert es["You skipped this step. You can come back to it any time."].startswith("Saltaste")


def test_outcomes_of_the_real_runners(hearth: Hearth, rose, texts: Texts,  # noqa: ANN001
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing to check (what to add), couldn't check (why and how by hand), clean, not built yet."""
    from checks.network import WIFI_CHECK_YOURSELF, Item, Status, couldnt_check

    c = C.Checkup.start(hearth, rose.id)
    for key in ("passwords", "breaches", "twofa"):
        out = c.run_step(key)
        assert out.outcome == C.NOTHING_TO_CHECK
        texts.add(out.message)
    hearth.accounts.add(rose.id, "Mail", domain="mail.example")
    out = c.run_step("passwords")
    texts.add(out.message)
    out = c.run_step("breaches")  # no breach list in a fresh household
    assert out.outcome == C.COULDNT_CHECK
    texts.add(out.message, out.details)
    items = [
        Item("router_admin", "Router settings page", Status.RISKY, "Open.", ("Close it.",)),
        Item("wifi_security", "Wi-Fi security", Status.UNKNOWN, couldnt_check({"reason": "needs_admin"}),
             WIFI_CHECK_YOURSELF),
    ]
    monkeypatch.setitem(C.RUNNERS, "network", lambda ctx: C.items_result(items, Subject.NETWORK, "network.hygiene"))
    out = c.run_step("network")
    assert out.outcome == C.FINDINGS
    texts.add(out.message)
    items.pop(0)
    out = c.run_step("network")
    assert out.outcome == C.COULDNT_CHECK
    texts.add(out.message, C.OUTCOME_LABELS[out.outcome])
    monkeypatch.delitem(C.RUNNERS, "device")
    reason = C.availability(C.step_def("device"))
    assert not reason.available
    texts.add(reason.message)
    texts.check(minimum=8)


def test_recovery_questions_and_their_findings(hearth: Hearth, rose, texts: Texts) -> None:  # noqa: ANN001
    c = C.Checkup.start(hearth, rose.id, clock=_clock())
    qs = c.questions()
    for q in qs:
        texts.add(q.text, q.help, q.title, q.why, q.fix)
    # one answered: three still to answer; then all but one; then all
    first = c.answer({qs[0].id: "no"})
    assert first.status == C.PENDING
    texts.add(first.message)
    texts.add(c.answer({q.id: "unsure" for q in qs[1:-1]}).message)
    done = c.answer({qs[-1].id: "no"})
    texts.add(done.message)
    assert len(done.findings) == len(qs)
    for f in done.findings:
        texts.finding(f)
    for answer in ("no", "unsure"):
        for q in qs:
            texts.finding(C._question_finding(q, answer))
    one = c.answer({q.id: "yes" for q in qs[1:]})
    texts.add(one.message)
    assert one.message == "1 thing to look at."
    texts.add(c.answer({qs[0].id: "yes"}).message)
    for bad in ({"nope": "yes"}, {qs[0].id: "maybe"}):
        texts.error(_raises(lambda bad=bad: c.answer(bad)))
    texts.error(_raises(lambda: c.run_step("recovery")))
    es = texts.check(minimum=40)
    assert es["3 questions still to answer."] == "Quedan 3 preguntas por responder."
    assert es["1 question still to answer."] == "Queda 1 pregunta por responder."


def test_quiz_and_safe_word(hearth: Hearth, rose, texts: Texts) -> None:  # noqa: ANN001
    raw = json.loads(resource_path("guidance", "quiz.json").read_text(encoding="utf-8"))
    texts.add(raw["title"], raw["intro"])
    c = C.Checkup.start(hearth, rose.id, clock=_clock())
    quiz = c.quiz()
    assert len(quiz) == len(raw["questions"]) >= 5
    assert set(C.QUIZ_TITLES) == {q.id for q in quiz}, "every quiz question needs a translatable finding title"
    for q in quiz:
        texts.add(q.question, q.choices, q.explain, q.fix)
        wrong = (q.answer + 1) % len(q.choices)
        fb = c.quiz_answer(q.id, wrong)
        assert not fb.correct
        texts.add(fb.right_choice, fb.explain)
        texts.add(c.state["steps"]["scam"]["message"])  # "Some questions still to answer."
    texts.add(C.SAFE_WORD_QUESTION.text, C.SAFE_WORD_QUESTION.help)
    for answer in ("no", "unsure"):
        out = c.safe_word_answer(answer)
        assert out.status == C.DONE
        texts.add(out.message)
        for f in out.findings:
            texts.finding(f)
    assert len(out.findings) == len(quiz) + 1
    # the findings as stored, and the fallback title of a question without a short name
    for f in C.FindingsStore(hearth).list(rose.id, C.OPEN):
        texts.finding(f)
        texts.add(f.display_title, f.step_title)
    texts.add(C._quiz_title(C.QuizQuestion("new", quiz[1].question, ("a", "b"), 0, "e", ())))
    for bad in (lambda: c.quiz_answer("nope", 0), lambda: c.quiz_answer(quiz[0].id, 99),
                lambda: c.safe_word_answer("perhaps")):
        texts.error(_raises(bad))
    es = texts.check(minimum=60)
    assert es["Agree a family safe word"] == "Acuerda una palabra clave familiar"


def test_findings_store_and_mark_fixed_messages(hearth: Hearth, rose, fake_device: list[Finding],  # noqa: ANN001
                                                texts: Texts) -> None:
    c = C.Checkup.start(hearth, rose.id, clock=_clock())
    c.answer({"email_current": "no"})
    store = C.FindingsStore(hearth)
    (question,) = store.list(rose.id, C.OPEN)
    texts.add(C.mark_fixed(hearth, question.id).message)  # taken at the person's word
    texts.add(C.mark_fixed(hearth, question.id).message)  # already fixed
    fake_device[:] = [_device_finding("device.a")]
    c.run_step("device")
    (device,) = store.list(rose.id, C.OPEN)
    texts.add(C.mark_fixed(hearth, device.id).message)  # still there
    fake_device.clear()
    texts.add(C.mark_fixed(hearth, device.id).message)  # fixed now
    store.record(rose.id, None, "network", [_device_finding("network.x")], NOW)
    (network,) = store.list(rose.id, C.OPEN)
    texts.add(C.mark_fixed(hearth, network.id).message)  # the network area is switched off
    store.record(rose.id, None, "", [_device_finding("other.x")], NOW)
    store.record(rose.id, None, "business", [_device_finding("business.x")], NOW)
    titles = {f.source: f.step_title for f in store.list(rose.id)}
    assert titles[""] == "Other" and titles["business"] == "Small-business self-audit"
    texts.add(titles.values())
    texts.error(_raises(lambda: store.dismiss(device.id, "  ")))
    texts.error(_raises(lambda: store.dismiss(device.id, "x" * (C.MAX_REASON + 1))))
    texts.error(_raises(lambda: store.get(99999)))
    texts.error(_raises(lambda: store.record(99999, None, "device", [], NOW)))
    texts.error(_raises(lambda: C.Checkup.load(hearth, 99999)))
    gone = C.Checkup.start(hearth, rose.id, fresh=True)  # a run without findings, then removed under it
    with hearth.database.transaction() as db:
        db.execute("delete from checkup_runs where id = ?", [gone.run_id])
    texts.error(_raises(gone.next))
    texts.error(_raises(gone.finish))
    es = texts.check(minimum=15)
    assert es["Marked fixed. Well done!"] == "Marcado como resuelto. ¡Bien hecho!"


def test_unreadable_quiz_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, texts: Texts) -> None:
    bad = tmp_path / "quiz.json"
    bad.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(Q, "resource_path", lambda *parts: bad)
    exc = _raises(C.load_quiz)
    texts.error(exc)
    es = texts.check(minimum=2)
    assert str(bad) in es[exc.hint]


# ---------------------------------------------------------------------------------------------
# caregiver mode


def test_caregiver_consent_sentences_and_errors(hearth: Hearth, texts: Texts) -> None:
    rose = hearth.members.add("Rose", "senior")
    ann = hearth.members.add("Ann", "adult")
    links = CG.CareLinks(hearth)
    texts.add(CG.SCOPE_LABELS.values(), CG.scopes_text(()))
    combos = [("findings",), ("scam_history",), ("reports",), ("reports", "findings"),
              ("findings", "scam_history"), ("scam_history", "reports"), CG.SCOPES]
    for scopes in combos:
        link = links.grant(rose.id, ann.id, scopes)
        texts.add(CG.scopes_text(scopes), link.consent_sentence)
    gone = links.withdraw(rose.id, ann.id)
    assert not gone.active
    texts.add(gone.consent_sentence)
    texts.error(_raises(lambda: links.grant(rose.id, ann.id, ["everything"])))
    texts.error(_raises(lambda: links.grant(rose.id, rose.id)))
    texts.error(_raises(lambda: links.withdraw(rose.id, ann.id)))
    texts.error(_raises(lambda: links.link(ann.id, rose.id)))
    es = texts.check(minimum=15)
    sentence = links.link(rose.id, ann.id).consent_sentence
    assert "Rose" in es[sentence] and "Ann" in es[sentence] and "retiró" in es[sentence]
    assert "los informes para imprimir" in es[sentence]


# ---------------------------------------------------------------------------------------------
# legacy checklist


def test_legacy_checklist(hearth: Hearth, rose, texts: Texts) -> None:  # noqa: ANN001
    checklist = L.LegacyChecklist(hearth)
    for status, item in zip(L.STATUSES, L.ITEMS, strict=False):
        checklist.set(rose.id, item.key, status, "envelope in the desk")
    for row in checklist.items(rose.id):
        texts.add(row.item.title, row.item.why, row.item.how, row.status_label)
    texts.add(L.STATUS_LABELS.values())
    texts.error(_raises(lambda: checklist.set(rose.id, "nope", "done")))
    texts.error(_raises(lambda: checklist.set(rose.id, L.ITEMS[0].key, "maybe")))
    texts.error(_raises(lambda: checklist.set(rose.id, L.ITEMS[0].key, "done", "x" * (L.MAX_NOTE + 1))))
    texts.error(_raises(lambda: checklist.set(99999, L.ITEMS[0].key, "done")))
    es = texts.check(minimum=25)
    assert es["Not yet"] == "Todavía no"


# ---------------------------------------------------------------------------------------------
# small-business self-audit


def test_business_audit_questions_and_gaps(hearth: Hearth, texts: Texts) -> None:
    raw = json.loads(resource_path("guidance", "business_audit.json").read_text(encoding="utf-8"))
    texts.add(raw["title"])
    shop = hearth.members.add("Corner Shop", "business")
    audit = B.BusinessAudit(hearth)
    intro, questions = B.load_questions()
    texts.add(intro, B.DNS_NOTE, B.ANSWER_LABELS.values())
    for a in audit.answers(shop.id):
        texts.add(a.answer_label)  # "Not answered"
    for q in questions:
        texts.add(q.control, q.question, q.fix)
    for answer in ("no", "partly"):
        audit.save(shop.id, {q.id: (answer, "a note") for q in questions})
        gaps = audit.gaps(shop.id)
        assert len(gaps) == len(questions)
        for g in gaps:
            texts.add(g.answer_label)
        found = C.FindingsStore(hearth).list(shop.id, C.OPEN)
        assert len(found) == len(questions)
        for f in found:
            texts.finding(f)
            texts.add(f.step_title)
    texts.error(_raises(lambda: audit.save(shop.id, {"nope": "yes"})))
    texts.error(_raises(lambda: audit.save(shop.id, {questions[0].id: "maybe"})))
    texts.error(_raises(lambda: audit.save(shop.id, {questions[0].id: ("no", "x" * (B.MAX_EVIDENCE + 1))})))
    texts.error(_raises(lambda: audit.save(99999, {questions[0].id: "yes"})))
    es = texts.check(minimum=60)
    mfa = next(f for f in C.FindingsStore(hearth).list(shop.id) if f.check_id == "business.mfa")
    assert es[mfa.title] == "Cierra esta carencia: Autenticación multifactor"
    assert es[mfa.why].startswith("Respondiste «en parte» a: ¿Está activada la verificación en dos pasos")
    assert "UK NCSC Cyber Essentials" in es[mfa.why]  # the framework items keep their official names


def test_unreadable_business_questionnaire(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, texts: Texts) -> None:
    bad = tmp_path / "business_audit.json"
    bad.write_text("[]", encoding="utf-8")
    monkeypatch.setattr(B, "resource_path", lambda *parts: bad)
    texts.error(_raises(B.load_questions))
    texts.check(minimum=2)


# ---------------------------------------------------------------------------------------------
# emergency guides (their own texts are translated in playbooks.es.json; these are the errors)


def test_playbook_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, texts: Texts) -> None:
    texts.error(_raises(lambda: P.load().playbook("lottery")))
    bad = tmp_path / "playbooks.json"
    bad.write_text("{not json", encoding="utf-8")
    P.load.cache_clear()
    monkeypatch.setattr(P, "resource_path", lambda *parts: bad)
    try:
        texts.error(_raises(lambda: P.load("en")))
    finally:
        P.load.cache_clear()
    es = texts.check(minimum=4)
    hint = next(t for t in es if t.startswith("Choose one of:"))
    assert es[hint].startswith("Elige una de estas: clicked, ")
    reinstall = next(t for t in es if t.startswith("Reinstall Hearth."))
    assert es[reinstall].startswith("Vuelve a instalar Hearth. (") and str(bad) in es[reinstall]


CHECKUP_DIR = Path(__file__).resolve().parents[3] / "app" / "checkup"
MY_SOURCES = (*(f"app/checkup/{p.name}" for p in sorted(CHECKUP_DIR.glob("*.py"))), "app/caregiver.py", "app/legacy.py", "app/business.py", "app/playbooks.py",
              "resources/guidance/quiz.json", "resources/guidance/business_audit.json")


def test_catalogue_is_finished_and_keeps_placeholders() -> None:
    """Every source of these files has a finished Spanish text with the same {placeholders}."""
    mine = [m for m in read_ts(catalogue_path("es")) if m.context in MY_SOURCES]
    assert len(mine) > 250
    unfinished = [m.source for m in mine if not (m.finished and m.translation.strip())]
    assert not unfinished
    bad = [m.source for m in mine if sorted(placeholders(m.source)) != sorted(placeholders(m.translation))]
    assert not bad
