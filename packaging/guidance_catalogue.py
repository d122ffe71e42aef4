"""Extract the guidance texts (findings, reasons, steps) into resources/i18n/guidance_<lang>.ts.

Sources:
- every ``N_("...", name=value)`` call in ``checks/`` and ``app/`` (see checks/i18n.py), and both
  templates of every ``NP_("{n} thing", "{n} things", n=count)``; an old ``N_(f"...")`` (being
  removed) becomes a template in which ``{name}`` stands for the value;
- the prose fields of the guidance files in ``resources/guidance/`` (``JSON_FIELDS`` below).

Existing translations are kept (matched by source text); new sources are added unfinished, and
sources no longer in the code are dropped. Run through ``packaging/update_translations.py``.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no locking (one translator at a time)
    fcntl = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.i18n import PLACEHOLDER, Message, read_ts, write_ts  # noqa: E402

LANGUAGES = ("es",)
CODE_DIRS = ("checks", "app")
#: guidance file -> the keys whose string values (or lists of strings) are prose to translate.
JSON_FIELDS: dict[str, tuple[str, ...]] = {
    "resources/guidance/quiz.json": ("title", "intro", "question", "choices", "explain", "fix"),
    "resources/guidance/business_audit.json": ("title", "intro", "control", "question", "why", "fix"),
}


class ExtractError(ValueError):
    pass


def _template(node: ast.expr, where: str) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                if "{" in value.value or "}" in value.value:
                    raise ExtractError(f"{where}: a marked text may not contain literal braces")
                parts.append(value.value)
            elif isinstance(value, ast.FormattedValue):
                expr = ast.unparse(value.value)
                if "{" in expr or "}" in expr or "\n" in expr:
                    raise ExtractError(f"{where}: use a plain name inside {{}} in a marked f-string, not {expr!r}")
                parts.append("{" + expr + "}")
        text = "".join(parts)
    else:
        raise ExtractError(f"{where}: N_() needs a string literal or an f-string, not {ast.unparse(node)!r}")
    if not text.strip():
        raise ExtractError(f"{where}: N_() of an empty text")
    if PLACEHOLDER.findall(text) and len(PLACEHOLDER.sub("", text).strip()) < 2:
        raise ExtractError(f"{where}: {text!r} is only a value: mark the words around it instead")
    return text


def _check_params(node: ast.Call, template: str, where: str) -> None:
    """``N_("... {name} ...", name=value)``: a plain literal whose placeholders are exactly the keywords."""
    if not isinstance(node.args[0], ast.Constant):
        raise ExtractError(f"{where}: N_() with parameters takes a plain literal, not an f-string")
    names = {kw.arg for kw in node.keywords}
    if None in names:
        raise ExtractError(f"{where}: N_() parameters are named one by one, not with **")
    wanted = {m.strip("{}") for m in PLACEHOLDER.findall(template)}
    if names != wanted:
        raise ExtractError(f"{where}: N_() parameters {sorted(names)} do not match the placeholders {sorted(wanted)}")


def _check_plural(node: ast.Call, template: str, where: str) -> None:
    """``NP_("{n} account", "{n} accounts", n=count, ...)``: the placeholders are among the keywords."""
    names = {kw.arg for kw in node.keywords} | ({"n"} if len(node.args) > 2 else set())
    wanted = {m.strip("{}") for m in PLACEHOLDER.findall(template)}
    if not wanted <= names:
        raise ExtractError(f"{where}: NP_() parameters {sorted(names)} do not cover the placeholders {sorted(wanted)}")


def python_sources() -> Iterator[tuple[str, str]]:
    """(context, template) for every N_() call, file by file, in source order."""
    for folder in CODE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            rel = path.relative_to(ROOT).as_posix()
            text = path.read_text(encoding="utf-8")
            if "N_(" not in text or rel == "checks/i18n.py":
                continue
            calls = []
            for node in ast.walk(ast.parse(text, rel)):
                if isinstance(node, ast.Call):
                    func = node.func
                    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                    where = f"{rel}:{node.lineno}"
                    if name == "N_":
                        if len(node.args) != 1:
                            raise ExtractError(f"{where}: N_() takes exactly one text")
                        template = _template(node.args[0], where)
                        if node.keywords:
                            _check_params(node, template, where)
                        calls.append((node.lineno, node.col_offset, template))
                    elif name == "NP_":
                        texts = [a for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                        if len(node.args) < 2 or len(texts) < 2 or texts != node.args[:2]:
                            raise ExtractError(f"{where}: NP_() takes two plain literals (singular, plural)")
                        for i, arg in enumerate(node.args[:2]):
                            template = _template(arg, where)
                            _check_plural(node, template, where)
                            calls.append((node.lineno, node.col_offset + i, template))
            for _, _, template in sorted(calls):
                yield rel, template


def _json_strings(value: object, fields: tuple[str, ...], key: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _json_strings(v, fields, k)
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v, fields, key)
    elif isinstance(value, str) and key in fields and value.strip():
        yield value


def json_sources() -> Iterator[tuple[str, str]]:
    for rel, fields in JSON_FIELDS.items():
        data = json.loads((ROOT / rel).read_text(encoding="utf-8"))
        for text in _json_strings(data, fields):
            yield rel, text


def extract() -> list[tuple[str, str]]:
    """(context, source) pairs, each source once (its first context)."""
    seen: set[str] = set()
    out = []
    for context, source in [*python_sources(), *json_sources()]:
        if source not in seen:
            seen.add(source)
            out.append((context, source))
    return out


def ts_path(language: str) -> Path:
    return ROOT / "resources" / "i18n" / f"guidance_{language}.ts"


def render(language: str, sources: list[tuple[str, str]] | None = None) -> str:
    """The up-to-date .ts text for ``language``: current sources with the translations kept."""
    sources = extract() if sources is None else sources
    old = {m.source: m for m in read_ts(ts_path(language))}
    messages = []
    for context, source in sources:
        before = old.get(source)
        if before is not None:
            messages.append(Message(context, source, before.translation, before.finished, before.comment))
        else:
            messages.append(Message(context, source))
    return write_ts(ts_path(language), language, messages)


def _write(path: Path, text: str) -> None:
    """Replace ``path`` in one step, so a reader never sees half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


@contextlib.contextmanager
def _locked() -> Iterator[None]:
    """Serialise read-modify-write of the .ts files (several people may run this at once)."""
    lock = ROOT / "resources" / "i18n" / ".guidance.lock"
    with open(lock, "w") as handle:
        if fcntl is None:
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def update(check: bool = False) -> list[str]:
    """Write (or with ``check`` only compare) every guidance .ts; returns the names out of date."""
    sources = extract()
    stale = []
    with _locked():
        for language in LANGUAGES:
            path = ts_path(language)
            text = render(language, sources)
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if text != current:
                stale.append(path.name)
                if not check:
                    _write(path, text)
    return stale


def import_json(path: Path, language: str = "es") -> tuple[int, list[str]]:
    """Set translations from a JSON object {english source: translation}; marks them finished.

    Returns how many were set, and the sources that are not (or no longer) in the code.
    """
    table = json.loads(Path(path).read_text(encoding="utf-8"))
    sources = extract()
    known = {s for _, s in sources}
    with _locked():
        ts = ts_path(language)
        messages = {m.source: m for m in read_ts(ts)}
        out = []
        for context, source in sources:
            m = messages.get(source) or Message(context, source)
            m.context = context
            if source in table and str(table[source]).strip():
                m.translation, m.finished = str(table[source]), True
            out.append(m)
        _write(ts, write_ts(ts, language, out))
    unknown = [s for s in table if s not in known]
    return sum(1 for s in table if s in known), unknown


def unfinished(language: str, prefixes: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(context, source) of current sources without a finished translation (optionally only some files)."""
    done = {m.source for m in read_ts(ts_path(language)) if m.finished and m.translation.strip()}
    return [
        (c, s) for c, s in extract() if s not in done and (not prefixes or c.startswith(prefixes))
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a catalogue is out of date")
    parser.add_argument("--import", dest="import_file", metavar="JSON", help="set translations from {source: translation}")
    parser.add_argument("--todo", nargs="*", metavar="PATH", help="list untranslated sources (of these files)")
    parser.add_argument("--language", default=LANGUAGES[0])
    args = parser.parse_args(argv)
    if args.import_file:
        count, unknown = import_json(Path(args.import_file), args.language)
        print(f"{count} translations set.")
        for source in unknown:
            print(f"not in the code: {source!r}")
        return 0
    if args.todo is not None:
        for context, source in unfinished(args.language, tuple(args.todo)):
            print(json.dumps({"context": context, "source": source}, ensure_ascii=False))
        return 0
    changed = update(check=args.check)
    print("Out of date: " + ", ".join(changed) if changed else "Guidance catalogues are up to date.")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
