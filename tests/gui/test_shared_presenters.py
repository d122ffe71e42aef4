"""The window and the command line show the same 2FA look-up result, in the same words (app/presenters.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from app import i18n as app_i18n
from app import presenters
from tests.unit.app.test_presenters import _result
from ui.pages.accounts import result_html


@pytest.mark.parametrize("language", ["en", "es"])
def test_window_and_cli_show_the_same_lookup_lines(qapp, language: str, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001, ARG001
    from app.commands.twofa import _print_human

    result = _result("github.com")
    v = presenters.lookup_view(result)
    app_i18n.set_language(language)
    try:
        doc = QTextDocument()
        doc.setHtml(result_html(result))
        window = doc.toPlainText()
        _print_human(result)
        cli = capsys.readouterr().out
        words = [v.summary, v.methods_heading, v.recommended_word, v.company_apps, v.passkeys_heading, *v.passkeys,
                 *(label for label, _ in v.links), v.note_heading, v.advice_heading, *v.advice,
                 *(m.status for m in v.methods)]
        for text in words:
            assert text is not None
            shown = app_i18n.translate(text)
            assert shown in window, text
            assert shown in cli, text
        assert v.note in window and v.note in cli  # the directory's own words, as they are
    finally:
        app_i18n.set_language("en")


SCAM_TEXT = "USPS: your parcel is on hold. Pay the 1.99 redelivery fee now at http://usps-redelivery.top/pay"


@pytest.mark.parametrize("language", ["en", "es"])
def test_window_and_cli_show_the_same_scam_result(qtbot, ui_ctx, hearth, language: str) -> None:  # noqa: ANN001
    import io

    from app import scam
    from app.commands.scam import _print_human
    from ui.pages.scam import Page

    result = scam.check(hearth, SCAM_TEXT, offline=True, region="US")
    assert result.reasons and result.verdict in ("scam", "suspicious")
    v = presenters.scam_view(result)
    app_i18n.set_language(language)
    try:
        page = Page(ui_ctx)
        qtbot.addWidget(page)
        page.show_result(result)
        if page.more_reasons.isVisible() or page.more_reasons.isVisibleTo(page):
            page.more_reasons.click()  # the first five are shown first; the CLI prints them all
        window = "\n".join([page.verdict_label.text(), page.score_label.text(), page.advice_label.text(),
                            *(page.reasons_list.item(i).text() for i in range(page.reasons_list.count()))])
        out = io.StringIO()
        _print_human(result, out)
        cli = out.getvalue()
        for text in (v.verdict, v.score, *(r.message for r in v.reasons), *v.advice):
            shown = app_i18n.translate(text)
            assert shown in window, text
            assert shown in cli, text
        for r in v.reasons:
            if r.evidence:
                assert f'("{r.evidence}")' in window and f'("{r.evidence}")' in cli  # the same shortened quote
        if language == "es":  # one Spanish for the verdict (it was worded twice: window and CLI differed)
            assert app_i18n.translate(v.verdict) != v.verdict
            assert app_i18n.translate(v.verdict) in page.verdict_label.text() and app_i18n.translate(v.verdict) in cli
    finally:
        app_i18n.set_language("en")


def test_network_status_words_are_one_in_spanish(qapp) -> None:  # noqa: ANN001
    from checks.network import Status
    from ui import i18n as ui_i18n

    translators = ui_i18n.install("es", qapp)  # the window's own catalogue (context "Status")
    try:
        assert ui_i18n.word("Needs attention") == "Hay que revisarlo"
        for status in Status:
            cli = app_i18n.translate(presenters.STATUS_WORDS[status], "es")
            assert cli != presenters.STATUS_WORDS[status]
            assert ui_i18n.word(status.label) == cli, status  # the window and the CLI agree
    finally:
        ui_i18n.remove(translators, qapp)
        app_i18n.set_language("en")
