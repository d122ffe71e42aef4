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
