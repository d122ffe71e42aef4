"""Member roles' names in the interface language.

Apart from ui/dialogs.py so that the main window can name roles before its first paint without
loading the dialogs' Qt classes (PySide builds each class's enums when it is first imported).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ROLE_LABELS = {
    "adult": QT_TRANSLATE_NOOP("Roles", "Adult"),
    "child": QT_TRANSLATE_NOOP("Roles", "Child"),
    "senior": QT_TRANSLATE_NOOP("Roles", "Senior"),
    "business": QT_TRANSLATE_NOOP("Roles", "Small business"),
}


def role_name(role: str) -> str:
    """The role's name in the interface language (unknown roles are shown as stored)."""
    return QCoreApplication.translate("Roles", ROLE_LABELS[role]) if role in ROLE_LABELS else role
