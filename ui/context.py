"""What every page gets: the app core, the task runner and the selected member."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app import settings as S
from app.core import Hearth
from app.errors import NotFound
from app.storage.repos import Member
from ui.tasks import TaskRunner


class UiContext(QObject):
    """Shared state of the window.

    Attributes:
        hearth: the application core (``app.core.Hearth``).
        tasks: runs work off the GUI thread.

    Signals:
        member_changed(object): the selected member changed (a Member, or None).
        members_changed(): a member was added, edited or removed.
        navigate(str): a page asks the window to show another area.
    """

    member_changed = Signal(object)
    members_changed = Signal()
    navigate = Signal(str)

    def __init__(self, hearth: Hearth, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hearth = hearth
        self.tasks = tasks
        self._member: Member | None = None
        saved = hearth.settings.get(S.CURRENT_MEMBER)
        if saved is not None:
            try:
                self._member = hearth.members.get(saved)
            except NotFound:
                self._member = None
        if self._member is None:
            members = hearth.members.list()
            self._member = members[0] if members else None

    def current_member(self) -> Member | None:
        return self._member

    def select_member(self, member: Member | None) -> None:
        if (member.id if member else None) == (self._member.id if self._member else None) and member == self._member:
            return
        self._member = member
        self.hearth.settings.set(S.CURRENT_MEMBER, member.id if member else None)
        self.member_changed.emit(member)

    def refresh_members(self) -> None:
        """Call after members were added, edited or removed; keeps the selection valid."""
        current = self._member
        members = self.hearth.members.list()
        if current is not None:
            current = next((m for m in members if m.id == current.id), None)
        if current is None and members:
            current = members[0]
        self.members_changed.emit()
        self._member = None if current is None else self._member
        self.select_member(current)
