"""Marking the words ``checks`` shows to people, so that they can be translated.

``checks`` writes its findings, reasons and steps in English. Wrap every such text in ``N_``::

    title=N_("Your router still uses its factory password")
    why=N_(f"{name} can be guessed by anyone who knows the make of the router.")
    step=N_("Open {site} and sign in.").format(site=domain)

``N_`` does nothing when the program runs. ``packaging/update_translations.py`` reads the marked
literals from the source (an f-string becomes a template: ``{name}`` stands for the value) and
keeps ``resources/i18n/guidance_<lang>.ts`` current; ``app.i18n.translate`` turns the English text
into the reader's language when it is shown, by matching it against those templates.

Rules, so that a text can be matched and translated:
- one ``N_`` per whole sentence or paragraph the user reads; do not glue marked pieces together
  in the middle of a sentence (whole sentences joined with a space or a new line are fine);
- in f-strings use plain names (``{count}``, ``{site}``), not calls or expressions;
- write plurals as two marked texts (``N_(f"{n} account") if n == 1 else N_(f"{n} accounts")``).
"""

from __future__ import annotations


def N_(text: str) -> str:  # noqa: N802 - the usual name for a "translate later" marker
    """Mark ``text`` (English) as shown to people; returns it unchanged."""
    return text
