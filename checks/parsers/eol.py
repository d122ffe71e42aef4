"""Turn endoflife.date API answers into Hearth's end-of-life snapshot format (resources/eol.json).

Accepts the v0 shape (``/api/<product>.json``: a list of ``{"cycle", "releaseDate", "eol",
"support", "lts"}``) and the v1 shape (``/api/v1/products/<product>/``: ``{"result":
{"releases": [{"name", "releaseDate", "eolFrom", "isEol", "isLts", ...}]}}``). Pure.
"""

from __future__ import annotations

import re
from typing import Any

OS_PRODUCTS = ("windows", "macos", "ubuntu", "debian", "fedora", "linuxmint")
BROWSER_PRODUCTS = {"chrome": "chrome", "firefox": "firefox"}
CADENCE_DAYS = 28
_WINDOWS_CYCLE = re.compile(r"^(10|11)-([0-9]{2}h[12]|[0-9]{4})(?:-(w|e|iot))?(-lts[bc]?)?$", re.I)


def releases(answer: Any) -> list[dict[str, Any]]:
    """The list of release cycles from a v0 or v1 answer, normalised to v0 keys."""
    if isinstance(answer, dict):
        rel = (answer.get("result") or {}).get("releases") if isinstance(answer.get("result"), dict) else None
        out = []
        for r in rel or []:
            if not isinstance(r, dict) or not r.get("name"):
                continue
            eol = r.get("eolFrom") if r.get("eolFrom") else bool(r.get("isEol"))
            out.append({"cycle": str(r["name"]), "releaseDate": r.get("releaseDate"), "eol": eol, "lts": bool(r.get("isLts")), "support": r.get("eoasFrom")})
        return out
    if isinstance(answer, list):
        return [
            {"cycle": str(r.get("cycle") or r.get("releaseCycle")), **{k: r.get(k) for k in ("releaseDate", "eol", "support", "lts", "extendedSupport")}}
            for r in answer
            if isinstance(r, dict) and (r.get("cycle") or r.get("releaseCycle"))
        ]
    return []


def _eol_value(value: Any) -> str | bool:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    return bool(value) if isinstance(value, bool) else False


def os_cycles(product: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for r in rows:
        cycle = str(r["cycle"])
        entry: dict[str, Any] = {"released": r.get("releaseDate"), "eol": _eol_value(r.get("eol"))}
        if product == "windows":
            m = _WINDOWS_CYCLE.match(cycle)
            if not m:
                continue
            major, version, line, lts = m.group(1), m.group(2).upper(), (m.group(3) or "w").lower(), m.group(4)
            lines = ["ltsc"] if lts else (["home_pro"] if line == "w" else ["enterprise"] if line == "e" else [])
            if not m.group(3) and not lts:
                lines = ["home_pro", "enterprise"]  # one cycle for every edition
            out.extend({"major": major, "version": version, "line": ln, **entry} for ln in lines)
            continue
        entry["cycle"] = cycle
        if product == "debian" and isinstance(r.get("extendedSupport"), str) and isinstance(entry["eol"], str):
            # Hearth counts Debian LTS: regular security support ends at 'eol', LTS at 'extendedSupport'
            entry["support"], entry["eol"] = entry["eol"], r["extendedSupport"]
        if r.get("lts"):
            entry["lts"] = True
        out.append(entry)
    return out


def browser_entry(product: str, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    majors = []
    for r in rows:
        try:
            majors.append((int(str(r["cycle"]).split(".")[0]), r))
        except ValueError:
            continue
    if not majors:
        return None
    major, newest = max(majors, key=lambda x: x[0])
    entry: dict[str, Any] = {"major": major, "released": newest.get("releaseDate"), "cadence_days": CADENCE_DAYS}
    if product == "firefox":
        entry["esr"] = sorted({m for m, r in majors if r.get("lts") and not _is_past(r.get("eol"))}, reverse=True)
    return entry


def _is_past(eol: Any) -> bool:
    return eol is True


def build_snapshot(answers: dict[str, Any], today_iso: str, fallback: dict[str, Any]) -> dict[str, Any]:
    """A full snapshot; products missing from ``answers`` keep the ``fallback`` (shipped) data."""
    snap: dict[str, Any] = {
        "snapshot_date": today_iso,
        "source": "Refreshed from endoflife.date (MIT licence) by Hearth.",
        "products": dict(fallback.get("products") or {}),
        "browsers": dict(fallback.get("browsers") or {}),
    }
    for product in OS_PRODUCTS:
        if product in answers:
            cycles = os_cycles(product, releases(answers[product]))
            if cycles:
                snap["products"][product] = cycles
    for key, product in BROWSER_PRODUCTS.items():
        if product in answers:
            entry = browser_entry(product, releases(answers[product]))
            if entry:
                snap["browsers"][key] = entry
                if key == "chrome":
                    for follower in ("chromium", "edge", "brave"):
                        snap["browsers"][follower] = {k: v for k, v in entry.items() if k != "esr"}
    return snap
