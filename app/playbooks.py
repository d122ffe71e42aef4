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
from checks.i18n import N_


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
    language: str = "en"
    labels: dict[str, str] = dataclasses.field(default_factory=dict)

    def label(self, key: str) -> str:
        """A heading of the printable page in the guides' language ("title", "first", "say", "report")."""
        return self.labels.get(key) or LABELS[key]

    def playbook(self, playbook_id: str) -> Playbook:
        for p in self.playbooks:
            if p.id == playbook_id:
                return p
        names = ", ".join(p.id for p in self.playbooks)
        raise NotFound(
            N_("There is no emergency guide called {playbook_id}.", playbook_id=repr(playbook_id)),
            hint=N_("Choose one of: {names}.", names=names),
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
    labels = {k: str(v) for k, v in data.get("labels", {}).items() if k in LABELS}
    return Guidance(
        data.get("intro", ""), tuple(playbooks), reporting, data.get("pause", ""), data.get("language", "en"), labels
    )


#: Headings of the printable page, in English; a translated guides file may give its own ("labels").
LABELS = {
    "title": "If you think you've been scammed",
    "first": "First:",
    "say": "What to say:",
    "report": "How to report",
}


def guidance_path(language: str = "en"):  # noqa: ANN201 - a Path
    """The guides file for ``language`` (``playbooks.<language>.json``), or the English one when there is none."""
    language = (language or "en").lower().split("_")[0].split("-")[0]
    if language != "en" and language.isalpha():
        translated = resource_path("guidance", f"playbooks.{language}.json")
        if translated.is_file():
            return translated
    return resource_path("guidance", "playbooks.json")


@functools.lru_cache(maxsize=4)
def load(language: str = "en") -> Guidance:
    """The emergency guides in ``language`` ("en", "es", ...), in English when there is no translation."""
    path = guidance_path(language)
    try:
        return parse(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StorageError(
            N_("Hearth's emergency guides could not be read."),
            hint=N_("Reinstall Hearth. ({path}: {exc})", path=path, exc=exc),
        ) from exc


def to_html(guidance: Guidance, region: str, playbook_ids: list[str] | None = None) -> str:
    """A printable page: the chosen playbooks (all by default), reporting places and the pause rule."""
    chosen = [guidance.playbook(i) for i in playbook_ids] if playbook_ids else list(guidance.playbooks)
    e = html.escape
    parts = [
        f"<!doctype html><html lang='{e(guidance.language)}'><head><meta charset='utf-8'>"
        f"<title>{e(guidance.label('title'))}</title>",
        "<style>body{font-family:sans-serif;font-size:13pt;line-height:1.45;max-width:48em;margin:2em auto;color:#111}"
        "h1{font-size:20pt}h2{font-size:15pt;margin-top:1.6em;border-bottom:1px solid #999}"
        ".first{font-weight:bold}.say{font-style:italic}.pause{border:2px solid #000;padding:.6em;font-weight:bold}"
        "@media print{h2{page-break-after:avoid}}</style></head><body>",
        f"<h1>{e(guidance.label('title'))}</h1>",
        f"<p>{e(guidance.intro)}</p>",
        f"<p class='pause'>{e(guidance.pause)}</p>",
    ]
    for p in chosen:
        parts.append(f"<h2>{e(p.title)}</h2><p>{e(p.summary)}</p>")
        if p.first:
            parts.append(f"<p class='first'>{e(guidance.label('first'))} {e(p.first)}</p>")
        parts.append("<ol>" + "".join(f"<li>{e(s)}</li>" for s in p.steps) + "</ol>")
        if p.say:
            parts.append(f"<p>{e(guidance.label('say'))} <span class='say'>{e(p.say)}</span></p>")
    parts.append(f"<h2>{e(guidance.label('report'))}</h2><ul>")
    parts += [f"<li>{e(line)}</li>" for line in guidance.reporting_for(region)]
    parts.append("</ul></body></html>")
    return "".join(parts)
