"""Caring at a distance (issue 18): see app/care/remote.py and docs/CARE.md.

This package is imported by the checkup and the scam check for their one-line hook, so it stays
light: the cryptography (PyNaCl) is loaded only when a care link exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core import Hearth


def after_change(hearth: Hearth, member_id: int | None) -> None:
    """Send an update to the member's caregivers, if they share with any (never raises)."""
    from app.care.remote import after_change as send

    send(hearth, member_id)
