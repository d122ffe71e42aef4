"""Refresh the translations: pyside6-lupdate over ui/ (and app/ modules that mark strings with
QCoreApplication.translate), then pyside6-lrelease to build the .qm files the app loads; and the
guidance catalogue (texts marked N_() in checks/ and app/, and the guidance files), see
packaging/guidance_catalogue.py.

    .venv/bin/python packaging/update_translations.py          # update .ts, then build .qm
    .venv/bin/python packaging/update_translations.py --check  # exit 1 if a .ts is out of date

Outputs (both kept in git: the app needs the .qm at run time from a source checkout):
    resources/i18n/hearth_es.ts / hearth_es.qm   the Spanish translation (every message)
    resources/i18n/hearth_en.ts / hearth_en.qm   English plural forms only ("1 day" / "2 days")
    resources/i18n/guidance_es.ts                findings, reasons and guidance (read by app/i18n.py)

New or changed source strings show up in the .ts as "unfinished": translate them (Qt Linguist:
``pyside6-linguist resources/i18n/hearth_es.ts``), then run this script again.
tests/unit/test_translations.py fails while any message is unfinished or loses a placeholder.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("es",)
#: Marker that a module in app/ uses Qt's translation functions (app/ has no QtWidgets, but may use QtCore).
MARKERS = ("QCoreApplication.translate", "QT_TRANSLATE_NOOP")


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this Python's environment.")
    return found


def sources() -> list[str]:
    files = sorted(p for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    files += sorted(
        p
        for p in (ROOT / "app").rglob("*.py")
        if "__pycache__" not in p.parts and any(m in p.read_text(encoding="utf-8") for m in MARKERS)
    )
    return [str(p.relative_to(ROOT)) for p in files]


def lupdate(ts: Path, *extra: str) -> None:
    subprocess.run([_tool("pyside6-lupdate"), *extra, "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)], cwd=ROOT, check=True)


def lrelease(ts: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)


def targets() -> list[tuple[Path, tuple[str, ...]]]:
    out = [(I18N / f"hearth_{lang}.ts", ()) for lang in LANGUAGES]
    out.append((I18N / "hearth_en.ts", ("-pluralonly",)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether the .ts files are current")
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    if args.check:
        stale = []
        with tempfile.TemporaryDirectory() as tmp:
            for ts, extra in targets():
                copy = Path(tmp) / ts.name
                if ts.exists():
                    shutil.copy(ts, copy)
                lupdate(copy, *extra)
                if not ts.exists() or not filecmp.cmp(ts, copy, shallow=False):
                    stale.append(ts.name)
        import guidance_catalogue

        stale += guidance_catalogue.update(check=True)
        if stale:
            print("Out of date: " + ", ".join(stale) + ". Run packaging/update_translations.py.")
            return 1
        print("Translations are up to date.")
        return 0
    for ts, extra in targets():
        lupdate(ts, *extra)
        lrelease(ts)
    import guidance_catalogue

    guidance_catalogue.update()
    todo = guidance_catalogue.unfinished("es")
    if todo:
        print(f"{len(todo)} guidance texts are not translated yet: resources/i18n/guidance_es.ts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
