"""The Small business page: the self-audit (moved from Reports) and the e-mail domain check with cards,
run off the GUI thread against a real DNS server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app import checkup as C
from app import email_domain as ED
from app.core import Hearth
from tests.helpers.fake_dns import FakeDns
from tests.integration.test_email_domain import SOUND
from ui.context import UiContext
from ui.pages import business as business_mod


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeDns]:
    with FakeDns({k: dict(v) for k, v in SOUND.items()}) as server:
        monkeypatch.setenv("HEARTH_DNS_SERVER", server.address)
        yield server


@pytest.fixture
def page(qtbot, ui_ctx: UiContext, hearth: Hearth) -> Iterator[business_mod.Page]:  # noqa: ANN001
    shop = hearth.members.add("Corner Shop", "business")
    hearth.members.add("Rose", "senior")
    ui_ctx.refresh_members()
    ui_ctx.select_member(shop)
    p = business_mod.Page(ui_ctx)
    qtbot.addWidget(p)
    p.resize(900, 700)
    p.show()
    business_mod.OPEN_AFTER_SAVE[0] = False
    yield p
    business_mod.NEXT_SAVE_PATH.clear()


def _texts(widget) -> str:  # noqa: ANN001
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def _check(qtbot, page: business_mod.Page, typed: str) -> None:  # noqa: ANN001
    page.domain_field.setText(typed)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.check_task is None, timeout=20000)


def test_audit_says_not_answered_yet_then_gaps_with_framework_items_after_the_question(
    qtbot, page: business_mod.Page, hearth: Hearth, ui_ctx: UiContext, tmp_path: Path  # noqa: ANN001
) -> None:
    assert page.body.isVisible() and not page.not_business.isVisible()
    assert page.audit_label.text().startswith("Not answered yet")
    assert "0 gap" not in page.audit_label.text()
    page.open_audit()
    dialog = page.audit_dialog
    dialog.boxes["mfa"].setCurrentIndex(dialog.boxes["mfa"].findData("no"))
    dialog.notes["mfa"].setText("Only the owner")
    dialog.save()
    assert "1 of 14 questions answered; 1 gap(s)" in page.audit_label.text()
    shop = hearth.members.find("Corner Shop")
    assert [f.check_id for f in C.FindingsStore(hearth).list(shop.id, C.OPEN)] == ["business.mfa"]
    labels = page.gaps_box.findChildren(QLabel)
    question = next(i for i, w in enumerate(labels) if w.text().startswith("Is two-step verification"))
    refs = labels[question + 1]  # the framework items come right after the question, in small print
    assert refs.objectName() == "smallPrint" and "NIST CSF 2.0" in refs.text() and "PR.AA" in refs.text()
    assert refs.font().pointSizeF() < labels[question].font().pointSizeF()
    assert "Multi-factor authentication" in labels[question - 1].text() and "No" in labels[question - 1].text()
    business_mod.NEXT_SAVE_PATH.append(str(tmp_path / "gaps.html"))
    qtbot.mouseClick(page.gaps_html, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)
    assert "Only the owner" in (tmp_path / "gaps.html").read_text(encoding="utf-8")
    ui_ctx.select_member(hearth.members.find("Rose"))
    assert page.not_business.isVisible() and not page.body.isVisible()


def test_domain_check_shows_one_card_per_item_with_word_icon_record_and_copy(
    qtbot, page: business_mod.Page, hearth: Hearth, fake: FakeDns  # noqa: ANN001
) -> None:
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com +all"])
    fake.remove("_dmarc.example.com")
    _check(qtbot, page, "Example.COM")
    assert page.status_label.text().startswith("Finished: 2 risky")
    assert [c.item.id for c in page.cards][:2] == ["spf", "dmarc"]  # most urgent first
    assert len(page.cards) == 5
    spf = page.cards[0]
    assert spf.accessibleName().startswith("Risky: ") and spf.accessibleName() != "Risky: "
    assert "✖ Risky" in spf.title.text()  # a mark and a word, never colour alone
    # plain words first; the technical name after, in small print
    assert "SPF" not in spf.title.text() and "Which servers may send e-mail as your business" in spf.title.text()
    assert spf.technical is not None and spf.technical.text() == "Technical name: SPF"
    assert spf.technical.font().pointSizeF() < spf.title.font().pointSizeF()
    assert not spf.icon.pixmap().isNull() and spf.icon.accessibleName() == "Risky"
    assert spf.record is not None and spf.record.isReadOnly()
    assert spf.record.text() == "v=spf1 include:_spf.google.com ~all"
    assert spf.record.accessibleName() and spf.copy_button.accessibleName()
    qtbot.mouseClick(spf.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "v=spf1 include:_spf.google.com ~all"
    assert "What to do:" in spf.steps.text() and "1. " in spf.steps.text()
    good = [c for c in page.cards if c.item.status == "good"]
    assert good and all("✔ Good" in c.title.text() for c in good)
    shop = hearth.members.find("Corner Shop")
    assert ED.member_domain(hearth, shop.id) == "example.com"
    open_ids = {f.check_id for f in C.FindingsStore(hearth).list(shop.id, C.OPEN)}
    assert {"business.email_domain.spf", "business.email_domain.dmarc"} <= open_ids

    # fix SPF, check again with the keyboard: the card says it was fixed since the last check
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com -all"])
    page.domain_field.setFocus()
    qtbot.keyClick(page.domain_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.check_task is None, timeout=20000)
    spf = next(c for c in page.cards if c.item.id == "spf")
    assert spf.item.status == "good" and spf.change is not None and "Fixed since the check on" in spf.change.text()
    assert "1 item fixed" in page.summary_label.text()

    # the page shows the kept result when it is built again
    again = business_mod.Page(page.ctx)
    qtbot.addWidget(again)
    assert again.domain_field.text() == "example.com" and len(again.cards) == 5


def test_bad_domain_gets_a_plain_message_and_nothing_is_asked(qtbot, page: business_mod.Page, fake: FakeDns) -> None:  # noqa: ANN001
    _check(qtbot, page, "192.0.2.1")
    assert "internet address (IP)" in page.status_label.text()
    assert page.cards == [] and fake.asked() == []
    assert page.check_button.isEnabled()


def test_cancel_stops_the_check_and_keeps_nothing(qtbot, page: business_mod.Page, hearth: Hearth, fake: FakeDns) -> None:  # noqa: ANN001
    fake.mute(["*"])
    page.domain_field.setText("example.com")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isEnabled() and not page.check_button.isEnabled()
    assert page.progress_bar.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.check_button.isEnabled() and not page.cancel_button.isEnabled()
    assert page.status_label.text().startswith("Stopped")
    shop = hearth.members.find("Corner Shop")
    page.ctx.tasks.pool.waitForDone(20000)
    assert ED.last_report(hearth, shop.id) is None


def test_with_a_result_every_control_is_named_and_the_page_fits_200_percent_spanish(
    qtbot, qapp, ui_ctx: UiContext, hearth: Hearth, fake: FakeDns  # noqa: ANN001
) -> None:
    from app import settings as S
    from tests.gui.test_accessibility import _unnamed
    from tests.gui.test_fit_width import SCREEN_WIDTH
    from ui import i18n, theme
    from ui.main_window import MainWindow

    shop = hearth.members.add("Corner Shop", "business")
    ui_ctx.refresh_members()
    ui_ctx.select_member(shop)
    fake.set("example.com", "TXT", ["v=spf1 include:_spf.google.com ?all"])
    ED.check_member(hearth, shop.id, "example.com")
    from app.business import BusinessAudit

    BusinessAudit(hearth).save(shop.id, {"mfa": "no", "backups": "partly"})
    translators = i18n.install("es", qapp)
    hearth.settings.set(S.TEXT_SCALE, 2.0)
    theme.apply(qapp, hearth.settings)
    try:
        window = MainWindow(ui_ctx)
        qtbot.addWidget(window)
        window.resize(SCREEN_WIDTH, 800)
        window.show()
        qtbot.waitExposed(window)
        window.show_area("business")
        QApplication.processEvents()
        page = window.page("business")
        assert len(page.cards) == 5 and page.gaps_box.isVisible()
        assert "Con riesgo" in page.cards[0].title.text()  # the status word in Spanish
        assert page.check_button.text() == "Revisar el correo de mi empresa"
        assert _unnamed(page) == []
        sidebar = window.width() - window.stack.width()
        assert page.minimumSizeHint().width() <= SCREEN_WIDTH - sidebar - 20
    finally:
        hearth.settings.set(S.TEXT_SCALE, 1.0)
        theme.apply(qapp, hearth.settings)
        i18n.remove(translators, qapp)


def test_switching_business_members_shows_each_ones_domain(qtbot, page: business_mod.Page, hearth: Hearth,  # noqa: ANN001
                                                            ui_ctx: UiContext) -> None:
    shop = hearth.members.find("Corner Shop")
    other = hearth.members.add("Bakery", "business")
    ui_ctx.refresh_members()
    ED.set_member_domain(hearth, shop.id, "example.com")
    ED.set_member_domain(hearth, other.id, "bücher.de")
    page.reload()
    assert page.domain_field.text() == "example.com"
    page.domain_field.setFocus()
    ui_ctx.select_member(other)
    assert page.domain_field.text() == "bücher.de"  # shown as people write it
    assert page.summary_label.text() == "Not checked yet."


def test_plain_words_come_first_and_the_technical_names_after_in_small_print(page: business_mod.Page) -> None:
    jargon = ("DNS", "SPF", "DKIM", "DMARC", "MX", "record", "domain", "self-audit", "Self-audit", "Gap report")
    first_read = [page.domain_heading.text(), page.domain_intro.text(), page.check_button.text(),
                  page.audit_button.text(), page.gaps_pdf.text(), page.gaps_html.text(), page.audit_label.text()]
    first_read += [label.text() for label in page.findChildren(QLabel) if label.objectName() == "h2"]
    assert page.domain_heading.text() == "Stop others sending e-mail that pretends to be from your business"
    assert [(t, word) for t in first_read for word in jargon if word in t] == []
    small = page.domain_technical
    assert all(name in small.text() for name in ("SPF", "DKIM", "DMARC"))
    assert small.font().pointSizeF() < page.domain_intro.font().pointSizeF()
    body = page.body.layout()
    assert body.indexOf(small) > body.indexOf(page.domain_intro)  # after the plain words
