"""SQLite storage through sqlite-utils: the database, its migrations and repositories."""

from app.storage.db import Database
from app.storage.repos import Account, AccountsRepo, LedgerEntry, LedgerRepo, Member, MembersRepo, SettingsRepo

__all__ = [
    "Account",
    "AccountsRepo",
    "Database",
    "LedgerEntry",
    "LedgerRepo",
    "Member",
    "MembersRepo",
    "SettingsRepo",
]
