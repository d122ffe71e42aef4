"""One module per area of the product: ``ui/pages/<area>.py`` defines ``class Page(PageBase)``.

The main window looks each area up by name; an area whose module does not exist yet
shows an honest "coming soon" page.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclasses.dataclass(frozen=True)
class Area:
    key: str
    title: str
    summary: str


AREAS: tuple[Area, ...] = (
    Area("home", QT_TRANSLATE_NOOP("Areas", "Home"), QT_TRANSLATE_NOOP("Areas", "Your household at a glance.")),
    Area(
        "checkup",
        QT_TRANSLATE_NOOP("Areas", "Checkup"),
        QT_TRANSLATE_NOOP("Areas", "A guided check, one family member at a time, ending in a short to-do list."),
    ),
    Area(
        "scam",
        QT_TRANSLATE_NOOP("Areas", "Scam check"),
        QT_TRANSLATE_NOOP("Areas", "Paste a message, link or phone number and ask: is this a scam?"),
    ),
    Area(
        "passwords",
        QT_TRANSLATE_NOOP("Areas", "Passwords"),
        QT_TRANSLATE_NOOP("Areas", "How strong your passwords are, and whether criminals know them."),
    ),
    Area(
        "accounts",
        QT_TRANSLATE_NOOP("Areas", "Accounts & 2FA"),
        QT_TRANSLATE_NOOP("Areas", "Your accounts, two-step verification, passkeys and recovery."),
    ),
    Area(
        "network",
        QT_TRANSLATE_NOOP("Areas", "Network & devices"),
        QT_TRANSLATE_NOOP("Areas", "How well your router and this computer protect you."),
    ),
    Area(
        "reports",
        QT_TRANSLATE_NOOP("Areas", "Reports"),
        QT_TRANSLATE_NOOP("Areas", "Printable reports, the pause card and reminders."),
    ),
    Area(
        "emergency",
        QT_TRANSLATE_NOOP("Areas", "Emergency help"),
        QT_TRANSLATE_NOOP("Areas", "I think I've been scammed: what to do, step by step."),
    ),
    Area(
        "settings",
        QT_TRANSLATE_NOOP("Areas", "Settings"),
        QT_TRANSLATE_NOOP("Areas", "Offline mode, online services, your data folder and privacy ledger."),
    ),
    Area(
        "business",
        QT_TRANSLATE_NOOP("Areas", "Small business"),
        QT_TRANSLATE_NOOP("Areas", "The small-business self-audit and your e-mail domain's SPF, DKIM and DMARC."),
    ),
    Area(
        "caregiver",
        QT_TRANSLATE_NOOP("Areas", "Caregiver"),
        QT_TRANSLATE_NOOP("Areas", "Follow a relative's security from afar, or let someone you trust follow yours."),
    ),
)
