"""Carry finished translations over when texts move to another Qt context.

When a class is renamed (e.g. each page's ``Page`` class got its own name, so ``tr()`` no longer
shares the context "Page"), lupdate adds the texts under the new context as unfinished and drops
the old ones. This fills each unfinished message of ``TS`` from a copy of the file made BEFORE
lupdate (``--before``), taking the translation of the same source (and plural forms) from the
old context(s) given with ``--from``; then run ``pyside6-lrelease`` (``update_translations.py``).

    cp resources/i18n/hearth_es.ts /tmp/before.ts
    (rename the classes; run packaging/update_translations.py)
    python packaging/move_translations.py resources/i18n/hearth_es.ts --before /tmp/before.ts --from Page
    (run packaging/update_translations.py again: lupdate writes the file back in its own layout
    and lrelease builds the .qm)
"""

from __future__ import annotations

import argparse
import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _old_translations(before: Path, contexts: set[str]) -> dict[str, ET.Element]:
    out: dict[str, ET.Element] = {}
    for context in ET.parse(before).getroot().iter("context"):
        if (context.findtext("name") or "") not in contexts:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            out.setdefault(message.findtext("source") or "", translation)
    return out


def move(ts: Path, before: Path, contexts: set[str]) -> int:
    """Fill ``ts``'s unfinished messages from ``before``; returns how many were filled."""
    old = _old_translations(before, contexts)
    text = ts.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        found = old.get(message.findtext("source") or "")
        if found is None:
            continue
        index = list(message).index(translation)
        message.remove(translation)
        message.insert(index, copy.deepcopy(found))
        filled += 1
    header = text[: text.index("<TS")]
    ET.indent(tree, space="    ")
    ts.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    return filled


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("--before", type=Path, required=True, help="a copy of the .ts made before lupdate")
    parser.add_argument("--from", dest="contexts", action="append", required=True, help="old context name")
    args = parser.parse_args(argv)
    print(f"{move(args.ts, args.before, set(args.contexts))} translations carried over.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
