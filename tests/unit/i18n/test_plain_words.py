"""Issue 14 item 8: no developer language in what the window shows.

Reads every text the window can show, as the translation files list them: the window's own words
(resources/i18n/hearth_es.ts, from tr()) and the guidance texts from app/ and checks/
(resources/i18n/guidance_es.ts, from N_()), in English and in Spanish, leaving out the command line's own texts (app/commands/,
app/cli.py), which are for people who type commands. Such detail may still sit behind an "Advanced"
expander, but then it is not one of these words.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[3] / "resources" / "i18n"

BANNED = {
    "an environment variable": re.compile(r"\bHEARTH_[A-Z_]+"),
    "a command to type": re.compile(r"\bhearth (keys|settings|breach|checkup|password|scam|network)\b"),
    "SHA-1": re.compile(r"SHA-1"),
    "UPnP and NAT-PMP": re.compile(r"UPnP and NAT-PMP"),
    "SSDP": re.compile(r"\bSSDP\b|239\.255\.255\.250"),
    "server address / model name": re.compile(r"Server address|Model name"),
    "about centuries": re.compile(r"\bcenturies\b"),
    "update(s)": re.compile(r"\w\(s\)"),
    "so … was not done": re.compile(r"so \{\w+\} was not done"),
    "an ISO date": re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
}
CLI_ONLY = ("app/commands/", "app/cli.py")
#: Texts from elsewhere that only the command line shows, with the reason.
CLI_ONLY_TEXTS = {
    # Building the offline index from a downloaded file is `hearth breach offline-index FILE` only;
    # the window downloads the list itself (ui/pages/breach_offline.py).
    "Use the file made by the Pwned Passwords downloader:",
}


def _english_plurals() -> dict[tuple[str, str], list[str]]:
    """The English singular and plural a "%n day(s)" source is shown as (resources/i18n/hearth_en.ts)."""
    forms = {}
    for ctx in ET.parse(I18N / "hearth_en.ts").getroot().iter("context"):
        for message in ctx.iter("message"):
            shown = [f.text or "" for f in message.iter("numerusform")]
            if shown:
                forms[(ctx.findtext("name") or "", message.findtext("source") or "")] = shown
    return forms


def _window_texts() -> list[tuple[str, str]]:
    plurals = _english_plurals()
    texts = []
    for name in ("hearth_es.ts", "guidance_es.ts"):
        root = ET.parse(I18N / name).getroot()
        for ctx in root.iter("context"):
            context = ctx.findtext("name") or ""
            if context.startswith(CLI_ONLY):
                continue
            for message in ctx.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                    continue
                source = message.findtext("source") or ""
                if source.startswith(tuple(CLI_ONLY_TEXTS)):
                    continue
                for shown in plurals.get((context, source), [source]):
                    texts.append((context, shown))
                if translation is not None:  # the Spanish, as shown (each plural form)
                    forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                    texts.extend((context + " (es)", form) for form in forms if form)
    return texts


def test_the_translation_files_list_the_window_texts() -> None:
    texts = _window_texts()
    assert len(texts) > 1000
    assert any(c == "SettingsPage" for c, _ in texts) and any(c.startswith("checks/") for c, _ in texts)
    assert any(c == "SettingsPage (es)" for c, _ in texts) and ("Dashboard", "Next checkup: {date} (in %n days)") in texts


@pytest.mark.parametrize("what", sorted(BANNED))
def test_no_developer_language_in_the_window(what: str) -> None:
    pattern = BANNED[what]
    found = [f"{context}: {text[:120]}" for context, text in _window_texts() if pattern.search(text)]
    assert not found, f"{what} in the window's texts:\n" + "\n".join(found)


def test_the_banned_words_are_caught() -> None:
    for sample in ("set HEARTH_DATA_DIR", "run 'hearth keys set hibp'", "its SHA-1 hash", "UPnP and NAT-PMP",
                   "SSDP 239.255.255.250:1900", "Model name:", "about centuries", "2 update(s)",
                   "so {what} was not done", "from 2025-10-14"):
        assert any(p.search(sample) for p in BANNED.values()), sample
