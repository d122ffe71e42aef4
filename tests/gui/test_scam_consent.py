"""Issue 15 §3: the consent panel of "Is this a scam?" shows exactly what the language model then receives."""

from __future__ import annotations

import pytest

from app import scam
from tests.helpers.fake_scam_services import FakeChat
from ui.context import UiContext
from ui.pages.scam import Page

LONG = (
    "Dear Zoe Garcia, your parcel is held at our depot. "
    + "We tried to deliver it twice and nobody answered, so it is waiting for you. " * 30
    + "Pay £1.99 at http://x.top/upd?email=zoe%40gmail.com&card=4111111111111111 "
    "password: hunter2, DOB 14/07/1958, Biscuit says hello."
)


@pytest.fixture
def page(qtbot, ui_ctx: UiContext) -> Page:  # noqa: ANN001
    p = Page(ui_ctx)
    qtbot.addWidget(p)
    p.show()
    return p


def test_consent_panel_shows_the_whole_message_the_model_receives(
    qtbot, page: Page, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    hearth = ui_ctx.hearth
    hearth.members.add("Zoë García", "adult", personal_words=["Biscuit"])
    with FakeChat() as fake:
        monkeypatch.setenv("HEARTH_LLM_URL", fake.url)
        monkeypatch.setenv("HEARTH_LLM_MODEL", "m")
        scam.set_service_enabled(hearth, "llm", True)
        page.on_shown()
        page.paste.setPlainText(LONG)
        page.online.setChecked(True)
        qtbot.waitUntil(lambda: "Language model" in page.consent.toPlainText(), timeout=10000)
        shown = page.consent.toPlainText()
        page.start_check()
        qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
        (body,) = fake.bodies()
    sent = body["messages"][1]["content"]
    assert len(sent) > 2000  # longer than the panel used to show
    assert "    " + sent.replace("\n", "\n    ") in shown  # every character of it, as it is sent
    for personal in ("Zoe", "Garcia", "zoe%40", "4111", "hunter2", "1958", "Biscuit"):
        assert personal not in shown and personal not in sent
