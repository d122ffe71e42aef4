"""A Spanish window keeps names as typed (issue 13 §1): a member or account called "Jordan" or
"Done" is data inside a message, never a catalogue word ("Jordania", "Hecho")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app import checkup as C
from app import i18n as app_i18n
from app.core import Hearth
from checks.base import Finding, Severity, Subject
from checks.i18n import N_, Msg
from ui import i18n
from ui.context import UiContext
from ui.pages import checkup as checkup_page

NOW = dt.datetime(2026, 5, 3, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def spanish(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # noqa: ANN001
    monkeypatch.setitem(app_i18n._state, "language", app_i18n._state["language"])
    translators = i18n.install("es", qapp)
    try:
        yield
    finally:
        i18n.remove(translators, qapp)


#: Each name is also a word Hearth translates: the country (Babel) and the status word (catalogue).
WORDS = {"Jordan": Msg.country("JO", "Jordan"), "Done": N_("Done")}


@pytest.mark.parametrize("name", ["Jordan", "Done"])
def test_a_spanish_checkup_page_keeps_the_name(spanish: None, qtbot, ui_ctx: UiContext, hearth: Hearth, name: str) -> None:  # noqa: ANN001, ARG001
    word = app_i18n.translate(WORDS[name], "es")
    assert word in ("Jordania", "Hecho")
    member = hearth.members.add(name, "adult")
    c = C.Checkup.start(hearth, member.id)
    finding = Finding(
        check_id="twofa.test_names",
        subject=Subject.ACCOUNT,
        severity=Severity.HIGH,
        title=N_("Turn on two-step verification for {who}", who=name),
        # {name} was not one of the old matcher's "verbatim" placeholders: it translated "Done" here
        why=N_("{name} stopped getting security fixes on {ends}. New attacks on it will never be fixed.",
               name=name, ends=dt.date(2026, 5, 1)),
        fix=(N_("Log in to {who} and open the security settings (look for 'two-step verification').", who=name),),
        subject_ref=name,
        effort_minutes=5,
    )
    C.FindingsStore(hearth).record(member.id, c.run_id, "twofa", [finding], NOW)  # stored as data, read back
    while not c.at_summary:
        c.next()
    ui_ctx.select_member(hearth.members.get(member.id))
    page = checkup_page.Page(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    rows = [page.todo_list.item(i).text() for i in range(page.todo_list.count())]
    row = next(r for r in rows if "dos pasos" in r)
    assert f"Activa la verificación en dos pasos en {name}" in row
    assert word not in row
    page.todo_list.setCurrentRow(rows.index(row))
    detail = page.detail.text()
    assert f"Entra en {name} y abre los ajustes de seguridad" in detail
    why = app_i18n.translate(finding.why, "es")
    assert why.startswith(f"{name} ") and "1 de mayo de 2026" in why and why in detail
    assert word not in why
