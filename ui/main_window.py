"""The desk's window: navigation on the left, one page at a time, the status bar below."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import DOSSIER, OUTBOX, WORKSTATION, Changes, changes
from desktop.desk import Desk
from desktop.profile import QUICK_CHECK_MAX_BYTES
from desktop.safety.backups import sqlite_path
from ui.citizen_display import CitizenDisplay
from ui.idle_lock import IdleLock
from ui.lazy_pages import LazyPages, build_page
from ui.pages.page import Page
from ui.role_view import landing_page, may_open, refusal
from ui.safety_keeper import SafetyKeeper
from ui.status_bar import DeskStatusBar
from ui.sync_scheduler import SyncScheduler
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # each page's module is imported when the page is first shown
    from ui.pages.board_page import BoardPage
    from ui.pages.dossier_list_page import DossierListPage
    from ui.pages.intake_page import IntakePage
    from ui.pages.report_page import ReportPage
    from ui.pages.return_page import ReturnPage
    from ui.pages.settings_page import SettingsPage
    from ui.pages.sync_page import SyncPage

# Page names (for `motcua gui --page NAME`), in navigation order (Ctrl+1 … Ctrl+8).
PAGES = ("intake", "dossiers", "board", "return", "report", "sync", "settings", "index")
WINDOW_SIZE = (1366, 768)
NAV_WIDTH = 212


def _large(desk: Desk) -> bool:
    """A SQLite file too large to check before the window opened (checked in the background)."""
    path = sqlite_path(desk.profile.db.url)
    return path is not None and path.exists() and path.stat().st_size > QUICK_CHECK_MAX_BYTES


def _focus_into(page: QWidget) -> None:
    """Unless the focus is already in ``page``, give it to the page's first field."""
    focus = QApplication.focusWidget()
    if focus is not None and page.isAncestorOf(focus):
        return
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if tab and widget.isVisible() and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = widget.nextInFocusChain()


class MainWindow(QMainWindow):
    """Tiếp nhận · Hồ sơ · Sắp đến hạn & Quá hạn · Trả kết quả · Báo cáo · Đồng bộ · Cài đặt.

    ``changed`` carries the desk's :class:`Changes` (from any write, on any thread) to the GUI
    thread: every page follows it and decides whether a change concerns it."""

    changed = Signal(object)  # Changes

    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        first_page: str | None = None,
    ) -> None:
        """``first_page`` (when the role may open it) is shown at start instead of the
        landing page, and is then the only page built."""
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        self._first_page = first_page
        self.setWindowTitle(self.tr("Motcua Desk — one-stop counter") + f" — {desk.office_name}")
        self.resize(*WINDOW_SIZE)

        self.engine = SyncScheduler(desk.sync, tasks, self)
        self.pages = LazyPages(PAGES, self._build_page)
        self.citizen = CitizenDisplay(
            desk.office_name, desk.profile.settings.citizen_screen_enabled, self
        )
        titles = (
            self.tr("Intake"),
            self.tr("Dossiers"),
            self.tr("Due soon & overdue"),
            self.tr("Return results"),
            self.tr("Reports"),
            self.tr("Sync"),
            self.tr("Settings"),
            self.tr("Service index"),
        )

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setWordWrap(True)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._keyboard_stays_on_the_page()
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for n, (name, title) in enumerate(zip(PAGES, titles, strict=True), start=1):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(f"{title} (Ctrl+{n})" + (" · F2" if name == "intake" else ""))
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # stands for the page until it is first shown
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n}"), self)
            shortcut.activated.connect(lambda page=name: self.show_page(page))
        self._intake_keys()
        self.navigation.currentRowChanged.connect(self._row_changed)

        side = QWidget()
        side.setFixedWidth(NAV_WIDTH)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        brand = QLabel(self.tr("One-stop counter"))
        brand.setObjectName("brand")
        office = QLabel(desk.office_name)
        office.setObjectName("brandOffice")
        office.setWordWrap(True)
        side_layout.addWidget(brand)
        side_layout.addWidget(office)
        side_layout.addWidget(self.navigation, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = DeskStatusBar(desk, tasks, self.engine, self)
        self.setStatusBar(self.status)
        self.engine.online_arrived.connect(self.online_arrived)
        self.engine.start()
        self.keeper = SafetyKeeper(desk, tasks, check_first=_large(desk), parent=self)
        self.keeper.backed_up.connect(
            lambda path: self.status.showMessage(
                self.tr("Backed up to {name}.").format(name=path.name), 10_000
            )
        )
        self.keeper.failed.connect(
            lambda message: self.status.showMessage(
                self.tr("Backup failed: {reason}").format(reason=message), 60_000
            )
        )
        self.keeper.damaged.connect(self.database_damaged)
        self.keeper.start()
        self.idle: IdleLock | None = None
        if desk.has_accounts:
            self.idle = IdleLock(desk, tasks, self, desk.profile.settings.idle_lock_minutes)
            self.idle.signed_in.connect(self.status.show_officer)
            switch = QPushButton(self.tr("Switch officer (F12)"))
            switch.setObjectName("switchOfficer")
            switch.setFlat(True)
            switch.clicked.connect(self.idle.switch)
            self.status.addPermanentWidget(switch)
            self.f12 = QShortcut(QKeySequence(Qt.Key.Key_F12), self)
            self.f12.activated.connect(self.idle.switch)
            self.idle.start()
        if desk.profile.read_only:
            self.setWindowTitle(
                self.windowTitle() + " — " + self.tr("READ-ONLY: the database is damaged")
            )

        self._follow_changes()
        self._follow_roles()

    # --- the pages, built when first shown ---------------------------------------------------

    def _build_page(self, name: str) -> Page:
        """Page ``name``, in its place in the stack, following the desk's changes."""
        page = build_page(name, self.desk, self.tasks, self.engine)
        index = PAGES.index(name)
        stand_in = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        if stand_in is not None:
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        self.changed.connect(page.follow)
        self.citizen.follow_page(name, page)
        if name == "board":
            cast("BoardPage", page).open_list.connect(self.open_list)
        elif name == "settings":
            cast("SettingsPage", page).saved.connect(self.status.show_officer)
        return page

    @property
    def intake(self) -> IntakePage:
        return cast("IntakePage", self.pages["intake"])

    @property
    def dossiers(self) -> DossierListPage:
        return cast("DossierListPage", self.pages["dossiers"])

    @property
    def board(self) -> BoardPage:
        return cast("BoardPage", self.pages["board"])

    @property
    def returns(self) -> ReturnPage:
        return cast("ReturnPage", self.pages["return"])

    @property
    def report(self) -> ReportPage:
        return cast("ReportPage", self.pages["report"])

    @property
    def sync(self) -> SyncPage:
        return cast("SyncPage", self.pages["sync"])

    @property
    def settings(self) -> SettingsPage:
        return cast("SettingsPage", self.pages["settings"])

    def _follow_changes(self) -> None:
        """The desk's changes come to ``changed`` (queued to the GUI thread when a task's
        write publishes them); every page (once built) and the status bar follow it."""
        stop = self.desk.subscribe(self.changed.emit)
        self.destroyed.connect(lambda *_args: stop())
        self.changed.connect(self._status_follows)

    def _status_follows(self, changes: Changes) -> None:
        if changes.concerns(OUTBOX):
            self.status.refresh_pending()
        if changes.concerns(WORKSTATION):  # the province's address or the interval may be new
            self.engine.reconfigure()

    # --- keys and focus --------------------------------------------------------------------

    def _intake_keys(self) -> None:
        """F2 (next citizen) and F3 (scan a chip card) from any other page open the intake
        page. On the intake page they are the page's own window-wide keys (with Ctrl+S and
        Ctrl+P), so the window's step aside there rather than make the keys ambiguous."""
        self.f2 = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        self.f2.activated.connect(lambda: self._to_intake(self.intake.next_citizen))
        self.f3 = QShortcut(QKeySequence(Qt.Key.Key_F3), self)
        self.f3.activated.connect(lambda: self._to_intake(self.intake.focus_scan))

    def _to_intake(self, action: Callable[[], None]) -> None:
        if self.show_page("intake") is self.intake:
            action()

    def _keyboard_stays_on_the_page(self) -> None:
        """The sidebar never takes the keyboard (pages: a click or Ctrl+1 … Ctrl+8): typed
        text cannot jump to a page by its first letter ("c" → Cài đặt) and keys meant for the
        form are not lost; showing a page puts the focus in it."""
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _page_keys_follow(self, page: QWidget) -> None:
        for shortcut in (self.f2, self.f3):
            shortcut.setEnabled(page is not self.pages.built.get("intake"))

    # --- navigation -----------------------------------------------------------------------

    def show_page(self, name: str) -> Page:
        """Show page ``name`` (one of :data:`PAGES`)."""
        if name not in self.pages:
            raise ValueError(f"unknown page {name!r}; pages: {', '.join(PAGES)}")
        if not may_open(self.desk, name):
            self.status.showMessage(refusal(self.desk, name), 10_000)
            return self.pages[self.current_page_name()]
        self.navigation.setCurrentRow(PAGES.index(name))
        return self.pages[name]

    # --- the signed-in role ---------------------------------------------------------------

    def _follow_roles(self) -> None:
        """Show the role's pages now, and again whenever another officer signs in."""
        if self.idle is not None:
            self.idle.signed_in.connect(self.apply_role)
        self.apply_role()

    def apply_role(self) -> None:
        """Only the pages the signed-in role may use; its landing page when the shown one is
        not among them; no message left from the previous officer."""
        for row, name in enumerate(PAGES):
            self.navigation.setRowHidden(row, not may_open(self.desk, name))
        self.status.clearMessage()
        for page in self.pages.built.values():
            message = getattr(page, "message", None)
            if isinstance(message, QLabel):
                message.clear()
        if "dossiers" in self.pages.built:
            self.dossiers.detail.follow_role()
        shown = self.navigation.currentRow()
        first = self._first_page
        if shown < 0 and first is not None and first in self.pages and may_open(self.desk, first):
            self.show_page(first)
        elif shown < 0 or not may_open(self.desk, PAGES[shown]):
            self.show_page(landing_page(self.desk))

    def current_page_name(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[PAGES[row]]
        self.stack.setCurrentIndex(row)
        self._page_keys_follow(page)
        page.activate()
        _focus_into(page)

    def open_list(self, preset: str) -> None:
        """A board tile: the Hồ sơ page filtered the same way."""
        self.dossiers.show_preset(preset)
        self.show_page("dossiers")

    def online_arrived(self, codes: tuple[str, ...]) -> None:
        """New online submissions were pulled: say so and show them in the lists."""
        self.status.showMessage(
            self.tr("{n} new online submissions wait for acceptance (status 1).").format(
                n=len(codes)
            ),
            20_000,
        )
        self.changed.emit(changes({DOSSIER}, codes))
        if self.stack.currentWidget() is self.pages.built.get("dossiers"):
            self.dossiers.apply_filters()

    def database_damaged(self, problem: str) -> None:
        QMessageBox.critical(
            self,
            self.tr("The database is damaged"),
            self.tr(
                "The start-up check found a problem ({problem}). Save nothing more: restore the "
                "newest good backup on the Settings page, Backups tab."
            ).format(problem=problem),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.idle is not None:
            self.idle.stop()
        self.keeper.stop()
        self.engine.stop()
        super().closeEvent(event)
