"""Messages are data (issue 13 §1): no finished English inside ``N_``.

``N_(f"...")`` gives the catalogue a finished text instead of a template and parameters; the
catalogue can then only be matched back, which is what issue 13 removed. ``OWNED`` lists the files
converted so far; the lead extends it to every file once the other branches have landed.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Files of checks/ and app/ still allowed an ``N_(f"...")`` until their owners convert them.
NOT_YET: set[str] = set()


def _marked_fstrings(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out = []
    for node in ast.walk(tree):
        marker = isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("N_", "NP_")
        if marker and any(isinstance(a, ast.JoinedStr) for a in node.args):  # type: ignore[attr-defined]
            out.append(node.lineno)
    return out


def test_no_f_string_is_marked_for_translation() -> None:
    found = []
    for folder in ("checks", "app"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel in NOT_YET or "__pycache__" in path.parts:
                continue
            found += [f"{rel}:{line}" for line in _marked_fstrings(path)]
    assert not found, "use N_('... {name} ...', name=value), not N_(f'...'):\n" + "\n".join(found)


def test_the_guard_sees_an_f_string(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text('who = "x"\nN_("fine {who}", who=who)\nN_(f"not fine {who}")\n', encoding="utf-8")
    assert _marked_fstrings(sample) == [3]


def test_not_yet_converted_files_exist() -> None:
    """The exemption list names real files (a renamed file must not slip through unchecked)."""
    missing = [rel for rel in NOT_YET if not (ROOT / rel).is_file()]
    assert not missing, missing
