"""The legacy and emergency access checklist: who can reach a member's accounts if something happens.

One status per item and member, stored in ``legacy_items`` (migration 5): "done", "not_yet",
"not_needed" (the person does not use that service) or "unknown". Nothing secret is stored;
the note is for where the paperwork is ("envelope in the desk"), and is kept short.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from app.errors import InvalidInput
from app.storage.repos import now_iso
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth


@dataclasses.dataclass(frozen=True)
class LegacyItem:
    key: str
    title: str
    why: str
    how: tuple[str, ...]


ITEMS: tuple[LegacyItem, ...] = (
    LegacyItem(
        "google_inactive",
        N_("Google Inactive Account Manager"),
        N_("Chooses who gets your Google photos, e-mail and files if your account is unused for months."),
        (
            N_("Open myaccount.google.com and choose 'Data & privacy'."),
            N_("Choose 'Make a plan for your digital legacy' (Inactive Account Manager)."),
            N_("Pick how long to wait (3 to 18 months) and add up to 10 trusted people."),
        ),
    ),
    LegacyItem(
        "apple_legacy",
        N_("Apple Legacy Contact"),
        N_("Lets a person you choose reach your iCloud photos and files after your death."),
        (
            N_("On iPhone or iPad open Settings, tap your name, then 'Sign-In & Security'."),
            N_("Tap 'Legacy Contact', then 'Add Legacy Contact'."),
            N_("Give them the access key (print it and keep it with your will)."),
        ),
    ),
    LegacyItem(
        "facebook_legacy",
        N_("Facebook legacy contact"),
        N_("Lets a person you choose look after your memorialised Facebook profile, or have it deleted."),
        (
            N_("Open Facebook, then Settings, then 'Accounts Center'."),
            N_("Choose 'Personal details', then 'Account ownership and control', then 'Memorialization'."),
            N_("Choose a legacy contact, or ask for the account to be deleted."),
        ),
    ),
    LegacyItem(
        "password_manager_emergency",
        N_("Password manager emergency access"),
        N_("Lets a trusted person ask for your passwords in an emergency, after a waiting time you choose."),
        (
            N_("Bitwarden: Settings, then 'Emergency access'. 1Password: print the Emergency Kit and keep it safe."),
            N_("Add a trusted person and choose a waiting time (for example 7 days)."),
            N_("Tell them it exists and how to ask for it."),
        ),
    ),
    LegacyItem(
        "bank_trusted_contact",
        N_("Bank or brokerage trusted contact"),
        N_(
            "Your bank or investment firm can call this person if they worry someone is taking advantage of you. "
            "The trusted contact cannot move your money."
        ),
        (
            N_("Call your bank or investment firm on the number on your card or statement."),
            N_("Ask to add a 'trusted contact person' to your accounts."),
            N_("Tell the person you chose."),
        ),
    ),
)
ITEM_KEYS = tuple(i.key for i in ITEMS)

STATUSES = ("done", "not_yet", "not_needed", "unknown")
STATUS_LABELS = {
    "done": N_("Done"),
    "not_yet": N_("Not yet"),
    "not_needed": N_("Not needed"),
    "unknown": N_("Not sure"),
}
MAX_NOTE = 200


@dataclasses.dataclass(frozen=True)
class ItemStatus:
    item: LegacyItem
    status: str
    note: str
    updated_at: str

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


class LegacyChecklist:
    def __init__(self, hearth: Hearth) -> None:
        self._repo = hearth.legacy_items
        self._members = hearth.members

    def items(self, member_id: int) -> list[ItemStatus]:
        self._members.get(member_id)
        rows = self._repo.statuses(member_id)
        out = []
        for item in ITEMS:
            status, note, updated = rows.get(item.key, ("unknown", "", ""))
            out.append(ItemStatus(item, status if status in STATUSES else "unknown", note or "", updated or ""))
        return out

    def set(self, member_id: int, key: str, status: str, note: str = "") -> ItemStatus:
        if key not in ITEM_KEYS:
            raise InvalidInput(N_("That is not an item of the legacy checklist."))
        if status not in STATUSES:
            raise InvalidInput(N_("The status must be done, not yet, not needed or not sure."))
        note = " ".join((note or "").split())
        if len(note) > MAX_NOTE:
            limit = MAX_NOTE
            raise InvalidInput(N_("Please keep the note to {limit} characters or fewer.", limit=limit))
        now = now_iso()
        self._repo.save(member_id, key, status, note, now)  # NotFound when the member was removed
        return next(i for i in self.items(member_id) if i.item.key == key)

    def done_count(self, member_id: int) -> tuple[int, int]:
        items = self.items(member_id)
        relevant = [i for i in items if i.status != "not_needed"]
        return sum(1 for i in relevant if i.status == "done"), len(relevant)
