"""The main window: a sidebar with every area and the member switcher, and the pages."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import settings as S
from app.storage.repos import Member
from ui.context import UiContext
from ui.pages import AREAS
from ui.roles import role_name

if TYPE_CHECKING:  # each Qt class costs when first imported: these are not needed for the first paint
    from PySide6.QtGui import QCloseEvent, QPaintEvent

log = logging.getLogger(__name__)


# From this text size on, the sidebar shows icons only (with their names as tooltips).
COMPACT_FROM = 1.5

# Qt's numbers for the item data roles and scroll-bar policies the window uses before its first
# paint. The first use of ``Qt`` makes PySide build every enum of Qt's namespace at once (~15 ms of
# CPU), so nothing on the path to the first paint names it: QListWidgetItem.data/setData take the
# role as an int, and an enum property can be set from its int (tests/gui/test_startup_path.py
# checks these against ``Qt``).
USER_ROLE = 256  # Qt.ItemDataRole.UserRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
SCROLL_BAR_AS_NEEDED = 0  # Qt.ScrollBarPolicy.ScrollBarAsNeeded
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff


# The window's size on first start (then it comes back as the person left it), when the screen
# has room for it; on a smaller screen, the screen's free area.
DEFAULT_SIZE = (1100, 720)


def default_size(free: QSize) -> QSize:
    """The first-start size for a screen whose free area (without task bars) is ``free``: never
    larger than the screen."""
    return QSize(min(DEFAULT_SIZE[0], free.width()), min(DEFAULT_SIZE[1], free.height()))


class _Nav(QListWidget):
    """The area list; it tells the window when its height changes (large text: the icons shrink a
    little so every area, Emergency help and Settings too, stays in sight)."""

    def __init__(self, on_resized: Callable[[], None]) -> None:
        super().__init__()
        self._on_resized = on_resized

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._on_resized()


def _tr_area(text: str) -> str:
    return QCoreApplication.translate("Areas", text)


def _set_standard_shortcut(action: QAction, key: QKeySequence.StandardKey) -> None:
    """``action.setShortcut(key)``, exactly (the platform's first binding, or none), without PySide's
    overloads of setShortcut, which build every enum of ``Qt`` (see USER_ROLE) before the first paint."""
    action.setShortcuts(QKeySequence.keyBindings(key)[:1])


class MainWindow(QMainWindow):
    """Sidebar (member switcher + areas) on the left, the current page on the right."""

    def __init__(self, ctx: UiContext, *, first_page_after_paint: bool = False) -> None:
        """``first_page_after_paint``: build the Home page just after the window first appears
        (the start-up path: the frame and sidebar paint without waiting for the page)."""
        super().__init__()
        if not first_page_after_paint:
            from ui import keyboard, plain

            plain.install()  # no data rendered as markup anywhere in the window (ui/plain.py)
            keyboard.install()  # Enter presses the focused button (ui/keyboard.py)
        self.ctx = ctx
        self.setWindowTitle("Hearth")
        self.setMinimumSize(QSize(720, 500))
        self._pages: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        self._icons_loaded = False
        self._compact: bool | None = None  # icons-only sidebar (large text); set by apply_sidebar_mode
        # Called (in order, before the Home page is built) just after the window's first paint.
        self.after_first_paint: list[Callable[[], None]] = []

        central = QWidget()
        root = QHBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)

        sidebar = QFrame()
        self._sidebar = sidebar
        sidebar.setObjectName("sidebar")
        sidebar.setMinimumWidth(240)
        sidebar.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(16, 18, 16, 16)
        side.setSpacing(8)
        brand = QLabel("Hearth")
        brand.setObjectName("brand")
        brand.setAccessibleName("Hearth")
        side.addWidget(brand)
        self._brand = brand

        who = QLabel(self.tr("Chec&king for:"))
        self.member_switcher = QComboBox()
        self.member_switcher.setAccessibleName(self.tr("Family member"))
        self.member_switcher.setAccessibleDescription(self.tr("Whose checks and accounts are shown"))
        who.setBuddy(self.member_switcher)
        self.member_switcher.currentIndexChanged.connect(self._on_member_switcher_changed)
        side.addWidget(who)
        side.addWidget(self.member_switcher)
        self._who = who
        side.addSpacing(8)

        self.nav = _Nav(lambda: self._compact and self._fit_nav())
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Areas"))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.nav.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        for area in AREAS:
            title = _tr_area(area.title)
            item = QListWidgetItem(title)
            item.setData(USER_ROLE, area.key)
            built = self._page_exists(area.key)
            item.setData(
                ACCESSIBLE_TEXT_ROLE, title if built else self.tr("{title} (coming soon)").format(title=title)
            )
            if not built:
                item.setText(self.tr("{title}  · soon").format(title=title))
            self.nav.addItem(item)
        self.nav.currentItemChanged.connect(self._on_nav_current_changed)
        side.addWidget(self.nav, 1)

        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        # With large text the sidebar shows icons only and the member switcher moves above the page.
        self._top_bar = QFrame()
        self._top_bar.setObjectName("topBar")
        top = QHBoxLayout(self._top_bar)
        top.setContentsMargins(16, 8, 16, 8)
        self._top_bar.setVisible(False)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self._top_bar)
        self._right = right
        right.addWidget(self.stack, 1)
        root.addWidget(sidebar)
        root.addLayout(right, 1)
        self.setCentralWidget(central)

        self._build_menu()
        self._offline_label = QLabel()
        self._offline_label.setAccessibleName(self.tr("Connection mode"))
        self._update_offline_label()
        ctx.hearth.settings.subscribe(lambda setting, _v: setting is S.OFFLINE and self._update_offline_label())

        ctx.members_changed.connect(self._reload_members)
        ctx.member_changed.connect(self._on_ctx_member_changed)
        ctx.navigate.connect(self.show_area)
        self._reload_members()
        self._restore_geometry()
        self.apply_sidebar_mode()
        ctx.hearth.settings.subscribe(lambda setting, _v: setting is S.TEXT_SCALE and self.apply_sidebar_mode())
        self._defer_first_page = first_page_after_paint
        if not first_page_after_paint:
            self._install_shortcuts()
            self._install_status_bar()
            self._install_keyring_banner()
        if first_page_after_paint:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(0)  # Home, selected now; its page is built right after the first paint
            self.nav.blockSignals(False)
        else:
            self.show_area("home")
        self.nav.setFocus()

    def _after_first_paint(self) -> None:
        # The markup guard filters every event of the application in Python: installed before any
        # page exists (what the first paint shows is the sidebar's own fixed words and the member
        # switcher, a combo box, which never renders markup), it no longer slows the first paint.
        from ui import keyboard, plain

        plain.install()
        keyboard.install()  # Enter presses the focused button (ui/keyboard.py)
        self._install_shortcuts()
        self._install_status_bar()
        self._install_keyring_banner()
        if self.stack.count() == 0:
            self.show_area("home")

    def _install_keyring_banner(self) -> None:
        """One note when the secure key store is missing, above the page. Hidden until its check (off
        the GUI thread) finds no key store; on the start-up path it is made just after the first paint
        (its module and style sheet cost ~5 ms of CPU)."""
        from ui.widgets.keyring_banner import KeyringBanner

        self.keyring_banner = KeyringBanner(self.ctx)
        self._right.insertWidget(self._right.indexOf(self.stack), self.keyring_banner)

    def _install_status_bar(self) -> None:
        """The status bar with the connection mode. On the start-up path it comes with the Home page,
        just after the first paint (Qt's status bar costs ~6 ms of CPU to make); the page area is
        still empty then, so nothing seen moves."""
        bar = self.statusBar()
        bar.addPermanentWidget(self._offline_label)
        bar.show()  # now, not on the next turn of the event loop (a bar added to a shown window waits)

    # -- icons -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._icons_loaded:
            self._icons_loaded = True
            for call in self.after_first_paint:
                QTimer.singleShot(0, self, call)
            if self._defer_first_page:
                QTimer.singleShot(0, self, self._after_first_paint)
                QTimer.singleShot(0, self, lambda: self.keyring_banner.check())  # made by _after_first_paint
            # Drawn just after the window first appears (start-up stays quick), and again
            # when the theme changes.
            QTimer.singleShot(0, self, self.load_icons)
            self.ctx.hearth.settings.subscribe(
                lambda setting, _v: setting in (S.HIGH_CONTRAST, S.TEXT_SCALE)
                and QTimer.singleShot(0, self, self.load_icons)
            )

    def load_icons(self) -> None:
        from ui import theme

        colours = theme.current_colours(self.ctx.hearth.settings)
        # Icons grow with the text size setting, so large text keeps icons you can make out.
        size = round(22 * self.ctx.hearth.settings.get(S.TEXT_SCALE))
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            item.setIcon(
                theme.tinted_icon(item.data(USER_ROLE), colours["fg"], colours["accent_fg"], size)
            )
        # After the icons are set: the fit measures a row's height, which without icons (the first
        # load, just after the window's first paint) is the text's only, and nothing was shrunk.
        self._fit_nav()

    def apply_sidebar_mode(self) -> None:
        """Icons only in the sidebar when the text is large, so every area (Emergency help and
        Settings too) stays in sight and the page keeps most of the width."""
        compact = self.ctx.hearth.settings.get(S.TEXT_SCALE) >= COMPACT_FROM
        if compact == self._compact:
            return
        changed = self._compact is not None  # not the first call (from __init__, before any polish)
        self._compact = compact
        side = self._sidebar.layout()
        top = self._top_bar.layout()
        if compact:
            top.addWidget(self._who)
            top.addWidget(self.member_switcher, 1)
        else:
            side.insertWidget(1, self._who)
            side.insertWidget(2, self.member_switcher)
        self._top_bar.setVisible(compact)
        self._brand.setVisible(not compact)
        self._sidebar.setMinimumWidth(0 if compact else 240)
        side.setContentsMargins(*((6, 10, 6, 10) if compact else (16, 18, 16, 16)))
        self.nav.setProperty("compact", compact)
        if changed:  # the style sheet's [compact="true"] rule, now (polish builds Qt's enums: not at start-up)
            self.nav.style().unpolish(self.nav)
            self.nav.style().polish(self.nav)
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            title = item.data(ACCESSIBLE_TEXT_ROLE)
            shown = item.data(USER_ROLE + 1)
            if shown is None:
                shown = item.text()
                item.setData(USER_ROLE + 1, shown)
            item.setText("" if compact else shown)
            item.setToolTip(title if compact else "")
        self.nav.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.nav.setProperty("verticalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF if compact else SCROLL_BAR_AS_NEEDED)
        self._fit_nav()  # the icons themselves follow the text size in load_icons

    def _fit_nav(self) -> None:
        size = round(22 * self.ctx.hearth.settings.get(S.TEXT_SCALE))
        if self._compact and self.nav.count():
            # Icons only: every icon must fit the list's height without scrolling (a small window
            # or screen at 200 % text), so they shrink a little when there is not room for all.
            row_padding = max(0, self.nav.sizeHintForRow(0) - self.nav.iconSize().height())
            room = self.nav.viewport().height() // self.nav.count() - row_padding
            size = max(16, min(size, room))
        if self.nav.iconSize() != QSize(size, size):
            self.nav.setIconSize(QSize(size, size))
        if self._compact:
            self.nav.setFixedWidth(size + 40)  # the icon, its padding and the focus outline
        else:
            self.nav.setMinimumWidth(0)
            self.nav.setMaximumWidth(16777215)

    # -- pages -------------------------------------------------------------------------------

    @staticmethod
    def _page_exists(key: str) -> bool:
        """Whether the area's page module exists, without importing it (start-up stays fast)."""
        return importlib.util.find_spec(f"ui.pages.{key}") is not None

    @staticmethod
    def _page_module(key: str):  # noqa: ANN205
        try:
            module = importlib.import_module(f"ui.pages.{key}")
        except ModuleNotFoundError as exc:
            if exc.name == f"ui.pages.{key}":
                return None
            raise
        return module if hasattr(module, "Page") else None

    def page(self, key: str) -> QWidget:
        """The page for an area, built on first use."""
        if key not in self._pages:
            area = next(a for a in AREAS if a.key == key)
            module = self._page_module(key)
            if module is None:
                from ui.pages.base import ComingSoonPage

                page: QWidget = ComingSoonPage(self.ctx, _tr_area(area.title), _tr_area(area.summary))
            else:
                page = module.Page(self.ctx)
            page.setAccessibleName(_tr_area(area.title))
            self._pages[key] = page
            # Every page scrolls, so large text never cuts anything off. A page that keeps
            # parts fixed (the checkup wizard's title and Back/Next row) scrolls its own body
            # and is not wrapped again: nested scroll areas fight each other.
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QScrollArea

            from ui import keyboard

            if page.findChild(QScrollArea, "", Qt.FindChildOption.FindDirectChildrenOnly) is not None:
                holder: QWidget = page
            else:
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.Shape.NoFrame)
                scroll.setWidget(page)
                scroll.setAccessibleName(_tr_area(area.title))
                holder = scroll
            keyboard.tidy_tab_stops(holder)
            self._holders[key] = holder
            self.stack.addWidget(holder)
        return self._pages[key]

    def current_page(self) -> QWidget | None:
        holder = self.stack.currentWidget()
        return next((self._pages[k] for k, h in self._holders.items() if h is holder), None)

    def show_area(self, key: str) -> None:
        for i in range(self.nav.count()):
            if self.nav.item(i).data(USER_ROLE) == key and self.nav.currentRow() != i:
                self.nav.setCurrentRow(i)  # triggers _on_nav_current_changed
                return
        page = self.page(key)
        self.stack.setCurrentWidget(self._holders[key])
        from ui import keyboard
        from ui.pages.base import PageBase, fit_width  # loaded with the first page, after the first paint

        if isinstance(page, PageBase):
            page.on_shown()
            fit_width(page)  # what on_shown built, too
            keyboard.tidy_tab_stops(page)

    def _on_nav_current_changed(self, current: QListWidgetItem | None, previous: object) -> None:  # noqa: ARG002
        if current is not None:
            self.show_area(current.data(USER_ROLE))

    # -- members -----------------------------------------------------------------------------

    def _reload_members(self) -> None:
        members = self.ctx.hearth.members.list()
        current = self.ctx.current_member()
        self.member_switcher.blockSignals(True)
        self.member_switcher.clear()
        if not members:
            self.member_switcher.addItem(self.tr("No one yet"), None)
            self.member_switcher.setEnabled(False)
        else:
            self.member_switcher.setEnabled(True)
            for m in members:
                self.member_switcher.addItem(f"{m.name} ({role_name(m.role)})", m.id)
                if current and m.id == current.id:
                    self.member_switcher.setCurrentIndex(self.member_switcher.count() - 1)
        self.member_switcher.blockSignals(False)

    def _on_member_switcher_changed(self, index: int) -> None:
        member_id = self.member_switcher.itemData(index)
        if member_id is None:
            return
        member = next((m for m in self.ctx.hearth.members.list() if m.id == member_id), None)
        self.ctx.select_member(member)

    def _on_ctx_member_changed(self, member: object) -> None:
        if not isinstance(member, Member):
            return
        index = self.member_switcher.findData(member.id)
        if index >= 0 and index != self.member_switcher.currentIndex():
            self.member_switcher.blockSignals(True)
            self.member_switcher.setCurrentIndex(index)
            self.member_switcher.blockSignals(False)

    # -- chrome ------------------------------------------------------------------------------

    def _install_shortcuts(self) -> None:
        """Ctrl+1 ... Ctrl+0 for the areas, and the menu's standard keys (Quit, F1 for the guide).
        On the start-up path they are set just after the first paint: parsing key sequences and
        building QKeySequence's enum cost ~3 ms of CPU, and no one presses a key in that time."""
        for i, area in enumerate(AREAS[:10]):  # Ctrl+1 ... Ctrl+9, then Ctrl+0 for the tenth area
            shortcut = QShortcut(QKeySequence(f"Ctrl+{(i + 1) % 10}"), self)
            shortcut.activated.connect(lambda k=area.key: self.show_area(k))
        _set_standard_shortcut(self._quit_action, QKeySequence.StandardKey.Quit)
        _set_standard_shortcut(self._guide_action, QKeySequence.StandardKey.HelpContents)  # F1

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        self._quit_action = quit_action
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.emergency_action = QAction(self.tr("&Emergency help: I think I've been scammed"), self)
        self.emergency_action.triggered.connect(lambda: self.show_area("emergency"))
        help_menu.addAction(self.emergency_action)
        guide = QAction(self.tr("A short &guide to Hearth"), self)
        self._guide_action = guide
        guide.triggered.connect(self._show_guide)
        help_menu.addAction(guide)
        help_menu.addSeparator()
        about = QAction(self.tr("&About Hearth"), self)
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    def _show_about(self) -> None:
        from ui.dialogs import AboutDialog  # not needed for the first paint

        AboutDialog(self).exec()

    def _show_guide(self) -> None:
        from ui.widgets.guide import GuideDialog

        GuideDialog(self).exec()

    def _update_offline_label(self) -> bool:
        offline = self.ctx.hearth.is_offline()
        self._offline_label.setText(
            self.tr("● Offline: no online look-ups") if offline else self.tr("○ Online look-ups allowed when you ask")
        )
        return True

    def _restore_geometry(self) -> None:
        saved = self.ctx.hearth.settings.get(S.WINDOW_GEOMETRY)
        screen = self.screen()
        free = screen.availableGeometry().size() if screen is not None else QSize(*DEFAULT_SIZE)
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            # saved on a larger screen (or before the text grew): never bigger than this one
            if self.width() > free.width() or self.height() > free.height():
                self.resize(min(self.width(), free.width()), min(self.height(), free.height()))
            return
        self.resize(default_size(free))

    def save_geometry(self) -> None:
        data = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.ctx.hearth.settings.set(S.WINDOW_GEOMETRY, data)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        try:
            self.save_geometry()
        except Exception:  # noqa: BLE001 - never block closing
            log.exception("could not save the window geometry")
        self.ctx.tasks.cancel_all()
        super().closeEvent(event)
