""""I think I've been scammed": the emergency playbooks, by what happened, with reporting places by region.

The texts live in resources/guidance/playbooks.json (written by us, plain language);
this module loads and checks them, and renders a printable HTML version. Both the
Emergency help page and ``hearth emergency`` use it.
"""

from __future__ import annotations

import dataclasses
import functools
import html
import json
from typing import Any

from app.errors import NotFound, StorageError
from app.resources import resource_path


@dataclasses.dataclass(frozen=True)
class Playbook:
    id: str
    title: str
    summary: str
    steps: tuple[str, ...]
    first: str
    say: str

    def to_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "steps": list(self.steps)}


@dataclasses.dataclass(frozen=True)
class Guidance:
    intro: str
    playbooks: tuple[Playbook, ...]
    reporting: dict[str, tuple[str, ...]]
    pause: str

    def playbook(self, playbook_id: str) -> Playbook:
        for p in self.playbooks:
            if p.id == playbook_id:
                return p
        raise NotFound(
            f"There is no emergency guide called {playbook_id!r}.",
            hint="Choose one of: " + ", ".join(p.id for p in self.playbooks) + ".",
        )

    def reporting_for(self, region: str) -> tuple[str, ...]:
        region = (region or "").upper()
        if region == "UK":
            region = "GB"
        return self.reporting.get(region) or self.reporting["default"]


def parse(data: dict[str, Any]) -> Guidance:
    """Check and convert the JSON document (raises ValueError when it is not usable)."""
    playbooks = []
    for raw in data["playbooks"]:
        steps = tuple(str(s) for s in raw["steps"])
        if not raw.get("id") or not raw.get("title") or not steps:
            raise ValueError(f"playbook {raw!r} needs an id, a title and steps")
        playbooks.append(
            Playbook(raw["id"], raw["title"], raw.get("summary", ""), steps, raw.get("first", ""), raw.get("say", ""))
        )
    reporting = {k.upper() if k != "default" else k: tuple(v) for k, v in data["reporting"].items()}
    if "default" not in reporting:
        raise ValueError("reporting needs a default")
    return Guidance(data.get("intro", ""), tuple(playbooks), reporting, data.get("pause", ""))


@functools.lru_cache(maxsize=1)
def load() -> Guidance:
    path = resource_path("guidance", "playbooks.json")
    try:
        return parse(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StorageError(
            "Hearth's emergency guides could not be read.",
            hint=f"Reinstall Hearth. ({path}: {exc})",
        ) from exc


def default_region() -> str:
    """The household's region for reporting places (from the scam-check setting or the system locale)."""
    import locale

    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    if "_" in name:
        return name.split("_", 1)[1][:2].upper()
    return "US"


def to_html(guidance: Guidance, region: str, playbook_ids: list[str] | None = None) -> str:
    """A printable page: the chosen playbooks (all by default), reporting places and the pause rule."""
    chosen = [guidance.playbook(i) for i in playbook_ids] if playbook_ids else list(guidance.playbooks)
    e = html.escape
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>If you think you've been scammed</title>",
        "<style>body{font-family:sans-serif;font-size:13pt;line-height:1.45;max-width:48em;margin:2em auto;color:#111}"
        "h1{font-size:20pt}h2{font-size:15pt;margin-top:1.6em;border-bottom:1px solid #999}"
        ".first{font-weight:bold}.say{font-style:italic}.pause{border:2px solid #000;padding:.6em;font-weight:bold}"
        "@media print{h2{page-break-after:avoid}}</style></head><body>",
        "<h1>If you think you've been scammed</h1>",
        f"<p>{e(guidance.intro)}</p>",
        f"<p class='pause'>{e(guidance.pause)}</p>",
    ]
    for p in chosen:
        parts.append(f"<h2>{e(p.title)}</h2><p>{e(p.summary)}</p>")
        if p.first:
            parts.append(f"<p class='first'>First: {e(p.first)}</p>")
        parts.append("<ol>" + "".join(f"<li>{e(s)}</li>" for s in p.steps) + "</ol>")
        if p.say:
            parts.append(f"<p>What to say: <span class='say'>{e(p.say)}</span></p>")
    parts.append("<h2>How to report</h2><ul>")
    parts += [f"<li>{e(line)}</li>" for line in guidance.reporting_for(region)]
    parts.append("</ul></body></html>")
    return "".join(parts)
