"""checks.confusables: look-alike letters from the Unicode TR39 data, not a hand-written list."""

from __future__ import annotations

from checks.confusables import latin_lookalikes
from checks.scam import analyse
from checks.scam._text import prepare
from checks.scam._urls import analyse_url


def test_the_table_is_tr39_sized_and_maps_to_the_imitated_letter() -> None:
    table = latin_lookalikes()
    assert len(table) > 1000  # the old hand-written list had 63
    assert table["а"] == "a" and table["Р"] == "P" and table["ο"] == "o"  # Cyrillic a, capital Er, Greek omicron
    assert table["І"] == "I"  # TR39's prototype is "l"; a capital look-alike imitates "I"
    assert table["ꮪ"] == "s" or table["Ꮪ"] == "S"  # Cherokee: not in the old list
    assert table["𝐏"] == "P"  # mathematical bold letters, used to slip past filters
    assert all(len(v) == 1 and v.isascii() and v.isalpha() for v in table.values())
    for letter in "ñéüßçøåæœ":  # accented Latin letters are ordinary letters, not look-alikes
        assert letter not in table


def test_letters_the_old_list_missed_are_read_and_flagged() -> None:
    text = "Your Ꭺpple ID is locked. Verify at once."  # Cherokee A (U+13AA)
    prep = prepare(text)
    assert "Apple ID" in prep.scan
    assert prep.confusable_words  # a word mixing Latin letters with a look-alike
    report = analyse(text)
    assert report.analysed_text == text


def test_a_web_address_with_a_cherokee_letter_is_flagged_as_homoglyph() -> None:
    host = "Ꭺpple.com"
    info = analyse_url("https://" + host + "/login", "https://" + host + "/login")
    assert any(f.code == "url_homoglyph" for f in info.flags)


def test_generated_table_is_what_the_unicode_data_gives() -> None:
    """checks/_confusables_table.py is current (packaging/make_confusables_table.py regenerates it)."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    sys.path.insert(0, str(root / "packaging"))
    try:
        import make_confusables_table as M
    finally:
        sys.path.remove(str(root / "packaging"))
    assert (root / "checks" / "_confusables_table.py").read_text(encoding="utf-8") == M.source()


def test_the_app_does_not_need_the_package_at_run_time() -> None:
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    for folder in ("app", "checks", "ui"):
        for path in (root / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
            names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
            assert not any(x.startswith("confusable_homoglyphs") for x in names), path
