"""app.presenters: one risk order for the window and the command line."""

from __future__ import annotations

import json

import pytest

from app import presenters
from checks.network import Item, Status


def test_items_come_most_urgent_first_and_keep_their_order_within_a_status() -> None:
    items = [Item("a", "A", Status.GOOD, "ok"), Item("b", "B", Status.UNKNOWN, "?"),
             Item("c", "C", Status.RISKY, "bad", ("Fix it.",)), Item("d", "D", Status.ATTENTION, "hm", ("Look.",)),
             Item("e", "E", Status.RISKY, "bad too", ("Fix it.",))]
    assert [i.id for i in presenters.in_risk_order(items)] == ["c", "e", "d", "b", "a"]


def test_cli_prints_in_the_window_order(capsys: pytest.CaptureFixture[str]) -> None:
    from app.commands.network import print_items

    items = [Item("good", "Good", Status.GOOD, "ok"), Item("bad", "Bad", Status.RISKY, "bad", ("Fix it.",))]
    print_items(items, json_out=True)
    assert [i["id"] for i in json.loads(capsys.readouterr().out)["items"]] == ["bad", "good"]
    print_items(items, json_out=False)
    out = capsys.readouterr().out
    assert out.index("Bad") < out.index("Good")


# -- the 2FA look-up result: one set of lines for the window and `hearth twofa lookup` ----------

V4 = {
    "github.com": {"methods": ["sms", "totp", "custom-software", "u2f"], "custom-software": ["GitHub Mobile"],
                   "documentation": "https://docs.github.com/2fa", "recovery": "https://docs.github.com/recover",
                   "notes": "Hardware tokens must have a backup method."},
    "2k.com": {},
}
V3 = [["GitHub", {"domain": "github.com", "tfa": ["sms", "totp", "custom-software", "u2f"]}],
      ["2K Games", {"domain": "2k.com"}]]
PASSKEYS = {"github.com": {"mfa": "allowed", "passwordless": "required", "documentation": "https://docs.github.com/passkeys",
                           "name": "GitHub"}}


def _result(site: str):  # noqa: ANN202
    from checks import twofa as T

    return T.lookup(T.build_index(V4, V3, PASSKEYS), site)


def test_lookup_view_lists_every_rung_with_words_and_the_directory_links() -> None:
    result = _result("https://www.github.com/login")
    v = presenters.lookup_view(result)
    assert v.title == "GitHub (github.com)"
    assert [m.status for m in v.methods if m.offered] == ["Offered"] * len(result.offered) and len(result.offered) >= 4
    assert any(m.status == "Not offered" for m in v.methods)  # words, never an icon alone
    assert [m.recommended for m in v.methods].count(True) == 1
    assert v.company_apps == "Company apps: GitHub Mobile"
    assert v.passkeys == ("You can sign in with a passkey instead of a password (required).",
                          "A passkey can be the second step (allowed).")
    assert [u for _, u in v.links] == ["https://docs.github.com/2fa", "https://docs.github.com/recover",
                                       "https://docs.github.com/passkeys"]
    assert v.note == "Hardware tokens must have a backup method."
    none = presenters.lookup_view(_result("2k.com"))
    assert none.methods == () and none.methods_heading is None
    assert none.passkeys == ("The Passkeys Directory does not list this site.",)


@pytest.mark.parametrize("language", ["en", "es"])
def test_cli_prints_the_view_lines_in_either_language(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    from app import i18n
    from app.commands.twofa import _print_human

    result = _result("github.com")
    v = presenters.lookup_view(result)
    i18n.set_language(language)
    try:
        _print_human(result)
        out = capsys.readouterr().out
        lines = [v.summary, v.methods_heading, v.recommended_word, v.company_apps, *v.passkeys,
                 *(label for label, _ in v.links), v.note_heading, v.advice_heading, *v.advice,
                 *(m.status for m in v.methods), *(m.label for m in v.methods)]
        for line in lines:
            assert line is not None and i18n.translate(line) in out, line
        if language == "es":
            assert "Formas de añadir un segundo paso" in out and "No disponible" in out
            assert "Ways to add a second step" not in out
    finally:
        i18n.set_language("en")


def test_household_basis_says_whom_the_score_counts_and_what_to_do_for_the_others() -> None:
    from app.i18n import translate

    assert presenters.household_basis([("Rose", 80), ("Bob", 60)]) is None  # everyone counted: nothing to add
    assert presenters.household_basis([("Rose", None), ("Bob", None)]) is None  # no one: there is no score
    one = presenters.household_basis([("Rose", 80), ("Bob", None), ("Ana", 70)])
    assert str(one).startswith("Based on 2 of 3 people. Bob has no score yet: finish a checkup with them")
    two = presenters.household_basis([("Rose", 80), ("Bob", None), ("Leo", None)])
    assert str(two).startswith("Based on 1 of 3 people. Bob and Leo have no score yet")
    assert "each of them" in str(two)
    spanish = translate(two, "es", strict=True)
    assert spanish.startswith("Basada en 1 de 3 personas. Bob y Leo todavía no tienen puntuación"), spanish
    assert "Bob todavía no tiene puntuación" in translate(one, "es", strict=True)


def test_household_score_says_what_it_covers() -> None:
    from app.checkup import Coverage
    from app.i18n import translate

    assert presenters.household_coverage([None, Coverage(0, 7)]) is None  # no one counted: no coverage
    both = presenters.household_coverage([Coverage(1, 7), None, Coverage(5, 8), Coverage(0, 7)])
    assert both == Coverage(6, 15)  # only members whose checkup checked something count
    text = presenters.household_score_text(85, both)
    assert str(text) == "Household score: 85 out of 100 (covers 6 of 15 areas)"
    assert translate(text, "es", strict=True) == "Puntuación del hogar: 85 de 100 (cubre 6 de 15 áreas)"
    assert str(presenters.household_score_text(85, None)) == "Household score: 85 out of 100"
