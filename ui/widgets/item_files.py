"""The pages of the checklist item chosen in the intake table: scanned, chosen from disk,
dropped onto the item's row or pasted from the clipboard; each checked off the GUI thread
(``desk.attachments``), shown as thumbnails, removable before the dossier is saved. An item
may instead reuse a paper the citizen's earlier dossier digitised.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.attachments.checks import CheckedFile
from desktop.attachments.pages import PreparedFile
from desktop.attachments.service import ItemFile, Origin, ReusablePaper, Role
from desktop.desk import Desk
from desktop.errors import InputError
from ui.models import fmt_time
from ui.tasks import TaskRunner
from ui.widgets.file_dialogs import ask_open_paths
from ui.widgets.plain import error_label, plain_tooltip
from ui.widgets.thumbnails import THUMB_SIZE, thumbnail

INTAKE_THUMB = 44  # the intake page fits a 1366×768 screen (with room for other fonts)
FILE_FILTERS = "PDF, JPEG, PNG (*.pdf *.jpg *.jpeg *.png)"


@dataclass
class ItemPages:
    """What the officer gave for one checklist item so far."""

    pages: list[CheckedFile] = field(default_factory=list)
    origin: Origin = Origin.SCANNED
    reuse: str = ""  # SHA-256 of the reused paper

    @property
    def page_count(self) -> int:
        return sum(p.pages for p in self.pages)


def png_bytes(image: QImage) -> bytes:
    """``image`` as PNG bytes (a pasted picture)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes
    buffer.close()
    return bytes(data.data())


def dropped_paths(event: QDropEvent) -> list[Path]:
    mime = event.mimeData()
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def thumbnail_list(parent: QWidget, size: int = THUMB_SIZE) -> QListWidget:
    """A row of page thumbnails ``size`` pixels high."""
    strip = QListWidget(parent)
    strip.setViewMode(QListView.ViewMode.IconMode)
    strip.setFlow(QListView.Flow.LeftToRight)
    strip.setWrapping(False)
    strip.setIconSize(QSize(size, size))
    strip.setMovement(QListView.Movement.Static)
    strip.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    strip.setFixedHeight(size + 2 * strip.fontMetrics().height())
    return strip


class ItemFilesPanel(QGroupBox):
    """The files of the current checklist item and the controls to add them."""

    pages_added = Signal(int)  # the row given pages: the intake ticks it as received
    changed = Signal()

    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        id_number: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Files of the selected document"), parent)
        self.desk, self.tasks, self.id_number = desk, tasks, id_number
        self.items: list[ItemPages] = []
        self.names: list[str] = []
        self.row = -1
        self.papers: list[ReusablePaper] = []
        self.setAcceptDrops(True)
        self.item_label = QLabel(self)
        self.origin = QComboBox(self)
        for origin, text in (
            (Origin.SCANNED, self.tr("Digitised at the counter")),
            (Origin.REUSED, self.tr("Reuse a paper digitised before")),
            (Origin.NATIONAL_STORE, self.tr("From the citizen's data store")),
        ):
            self.origin.addItem(text, int(origin))
        self.origin.currentIndexChanged.connect(self._origin_chosen)
        self.origin_label = QLabel(self.tr("O&rigin"), self)
        self.origin_label.setBuddy(self.origin)
        self.reuse = QComboBox(self)
        self.reuse.setAccessibleName(self.tr("Paper to reuse"))
        self.reuse.currentIndexChanged.connect(self._reuse_chosen)
        self.reuse.hide()
        self.strip = thumbnail_list(self, INTAKE_THUMB)
        self.strip.setAccessibleName(self.tr("Pages (Delete removes the selected one)"))
        self.strip.installEventFilter(self)
        self.count_label = QLabel(self)
        self.scan_button = QPushButton(self.tr("Scan"), self)
        self.scan_button.setToolTip(self.tr("One page from the scanner (scan.device)"))
        self.scan_button.clicked.connect(self.scan)
        self.folder_button = QPushButton(self.tr("From scan folder"), self)
        self.folder_button.setToolTip(
            self.tr("The files the copier dropped in {folder}").format(
                folder=desk.profile.settings.scan_watch_folder
            )
        )
        self.folder_button.setVisible(bool(desk.profile.settings.scan_watch_folder))
        self.folder_button.clicked.connect(self.from_folder)
        self.choose_button = QPushButton(self.tr("Bro&wse files…"), self)
        self.choose_button.clicked.connect(self.choose_files)
        self.paste_button = QPushButton(self.tr("Paste image"), self)
        self.paste_button.setToolTip(self.tr("Adds the picture copied to the clipboard (Ctrl+V)"))
        self.paste_button.clicked.connect(self.paste_image)
        self.remove_button = QPushButton(self.tr("Remove page"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = error_label()
        self.error.hide()
        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste_image)
        self._lay_out()
        self.show_row(-1)

    def _lay_out(self) -> None:
        self.item_label.setWordWrap(False)
        self.item_label.setMinimumWidth(1)
        origin_row = QHBoxLayout()
        origin_row.addWidget(self.item_label, 2)
        origin_row.addWidget(self.origin_label)
        origin_row.addWidget(self.origin, 1)
        origin_row.addWidget(self.reuse, 2)
        buttons = QHBoxLayout()
        for button in (self.scan_button, self.folder_button, self.choose_button,
                       self.paste_button, self.remove_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(2)
        layout.addLayout(origin_row)
        layout.addWidget(self.strip)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def focus_chain(self) -> list[QWidget]:
        return [self.origin, self.reuse, self.strip, self.scan_button, self.folder_button,
                self.choose_button, self.paste_button, self.remove_button]  # fmt: skip

    # -- the checklist ------------------------------------------------------------------

    def set_lines(self, names: Sequence[str]) -> None:
        """A new checklist: every item starts without files."""
        self.names = list(names)
        self.items = [ItemPages() for _ in self.names]
        self.papers = []
        self.show_row(0 if self.names else -1)
        self.changed.emit()

    def show_row(self, row: int) -> None:
        self.row = row if 0 <= row < len(self.items) else -1
        has_item = self.row >= 0
        for widget in (self.origin, self.strip, self.choose_button, self.paste_button,
                       self.scan_button, self.folder_button, self.remove_button):  # fmt: skip
            widget.setEnabled(has_item)
        self.error.hide()
        if not has_item:
            self.item_label.setText(self.tr("Choose a document in the list to attach its pages."))
            self.strip.clear()
            self.count_label.clear()
            self.reuse.hide()
            return
        self.item_label.setText(self.names[self.row])
        self.item_label.setToolTip(plain_tooltip(self.names[self.row]))
        item = self.items[self.row]
        self.origin.blockSignals(True)
        self.origin.setCurrentIndex(self.origin.findData(int(item.origin)))
        self.origin.blockSignals(False)
        self._fill_reuse()
        self._fill_strip()

    def watch_table(self, table: QTableWidget) -> None:
        """Files dropped on a row of ``table`` go to that row's item."""
        table.setAcceptDrops(True)
        table.viewport().setAcceptDrops(True)
        self._drop_target = table.viewport()
        self._drop_target.installEventFilter(self)
        self._table = table

    def pages_text(self, row: int) -> str:
        item = self.items[row] if 0 <= row < len(self.items) else None
        if item is None:
            return ""
        if item.origin == Origin.REUSED and item.reuse:
            return self.tr("reused")
        return self.tr("{n} pages").format(n=item.page_count) if item.pages else ""

    # -- adding pages -------------------------------------------------------------------

    def ask_paths(self) -> list[Path]:
        return ask_open_paths(self, self.tr("Choose the scanned pages"), FILE_FILTERS)

    def choose_files(self) -> None:
        if self.row >= 0:
            self.add_paths(self.ask_paths(), self.row)

    def add_paths(self, paths: Sequence[Path], row: int) -> None:
        if not paths:
            return
        read, chosen = self.desk.attachments.read, list(paths)
        self._check(lambda: [read(p) for p in chosen], row)

    def paste_image(self) -> None:
        if self.row < 0:
            return
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self._show_error(self.tr("The clipboard holds no picture: copy an image first."))
            return
        data, check = png_bytes(image), self.desk.attachments.check
        self._check(lambda: [check("anh-dan.png", data)], self.row)

    def scan(self) -> None:
        """One page from the scanner per press (a flatbed needs the next sheet laid on)."""
        if self.row >= 0:
            scanning = self.desk.scanning
            self._check(lambda: scanning.scan(pages=1), self.row)

    def from_folder(self) -> None:
        """The whole files the copier dropped in the scan folder, oldest first; they move to
        its ``đã-nhận`` subfolder once they are pages of the item."""
        if self.row < 0:
            return
        scanning = self.desk.scanning

        def take() -> list[CheckedFile]:
            found = scanning.settled_folder_pages()
            if not found:
                raise InputError(
                    "Thư mục quét chưa có tệp nào (hoặc tệp đang được ghi): quét trên máy "
                    "photocopy rồi bấm lại."
                )
            scanning.take_folder(found)
            return [f.page for f in found]

        self._check(take, self.row)

    def _check(self, fn: Callable[[], list[CheckedFile]], row: int) -> None:
        self.error.hide()
        self.tasks.run(
            lambda _report: fn(),
            on_done=lambda pages: self._add(row, pages),
            on_error=lambda error: self._show_error(error.message),
        )

    def _add(self, row: int, pages: list[CheckedFile]) -> None:
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        item.pages.extend(pages)
        if item.origin == Origin.REUSED:
            item.origin, item.reuse = Origin.SCANNED, ""
        if row == self.row:
            self.show_row(row)
        self.pages_added.emit(row)
        self.changed.emit()

    def remove_selected(self) -> None:
        index = self.strip.currentRow()
        if self.row < 0 or not 0 <= index < len(self.items[self.row].pages):
            return
        del self.items[self.row].pages[index]
        self._fill_strip()
        self.strip.setCurrentRow(min(index, self.strip.count() - 1))
        self.changed.emit()

    # -- origin and reuse ---------------------------------------------------------------

    def _origin_chosen(self, _index: int) -> None:
        if self.row < 0:
            return
        item = self.items[self.row]
        item.origin = Origin(int(self.origin.currentData()))
        if item.origin == Origin.REUSED:
            self._load_papers()
        else:
            item.reuse = ""
        self._fill_reuse()
        self.changed.emit()

    def _load_papers(self) -> None:
        id_number, reusable = self.id_number().strip(), self.desk.attachments.reusable
        if not id_number:
            self._show_error(self.tr("Type the applicant's ID number to find their papers."))
            return
        self.tasks.run(
            lambda _report: reusable(id_number),
            on_done=self._papers_arrived,
            on_error=lambda error: self._show_error(error.message),
        )

    def _papers_arrived(self, papers: list[ReusablePaper]) -> None:
        self.papers = papers
        self._fill_reuse()
        if not papers:
            self._show_error(self.tr("This citizen has no digitised paper to reuse."))

    def _fill_reuse(self) -> None:
        item = self.items[self.row] if self.row >= 0 else None
        reusing = item is not None and item.origin == Origin.REUSED
        self.reuse.setVisible(reusing)
        self.reuse.blockSignals(True)
        self.reuse.clear()
        self.reuse.addItem(self.tr("— choose a paper —"), "")
        for paper in self.papers:
            text = f"{paper.name} · {paper.dossier_code} · {fmt_time(paper.added_at)}"
            self.reuse.addItem(text, paper.sha256)
        if item is not None:
            self.reuse.setCurrentIndex(max(0, self.reuse.findData(item.reuse)))
        self.reuse.blockSignals(False)

    def _reuse_chosen(self, _index: int) -> None:
        if self.row >= 0:
            self.items[self.row].reuse = str(self.reuse.currentData() or "")
            self.changed.emit()

    # -- showing ------------------------------------------------------------------------

    def _fill_strip(self) -> None:
        self.strip.clear()
        item = self.items[self.row]
        for number, page in enumerate(item.pages, start=1):
            entry = QListWidgetItem(QIcon(thumbnail(page.data)), str(number))
            entry.setToolTip(page.name)
            self.strip.addItem(entry)
        self.count_label.setText(self.pages_text(self.row))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # -- saving -------------------------------------------------------------------------

    def item_files(self, positions: dict[int, int]) -> list[tuple[int, ItemPages]]:
        """The items with something to store, as (position in the dossier, pages); ``positions``
        maps a checklist row to its position among the documents received."""
        return [
            (positions[row], item)
            for row, item in enumerate(self.items)
            if row in positions and (item.pages or (item.origin == Origin.REUSED and item.reuse))
        ]

    def has_files(self) -> bool:
        return any(item.pages or item.reuse for item in self.items)

    # -- events -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.row >= 0:
            self.add_paths(dropped_paths(event), self.row)
            event.acceptProposedAction()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        deleting = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete
        if watched is self.strip and kind == QEvent.Type.KeyPress and deleting:
            self.remove_selected()
            return True
        if watched is getattr(self, "_drop_target", None):
            table = self._table
            if isinstance(event, QDragMoveEvent | QDragEnterEvent) and event.mimeData().hasUrls():
                event.acceptProposedAction()
                return True
            if isinstance(event, QDropEvent) and kind == QEvent.Type.Drop:
                row = table.rowAt(event.position().toPoint().y())
                if row >= 0:
                    table.setCurrentCell(row, 1)
                    self.add_paths(dropped_paths(event), row)
                    event.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)


def stored_files(
    prepare: Callable[[Sequence[CheckedFile]], PreparedFile],
    items: Sequence[tuple[int, ItemPages]],
) -> tuple[ItemFile, ...]:
    """The item files to store with a dossier (run off the GUI thread: combining takes time)."""
    files = []
    for position, item in items:
        if item.origin == Origin.REUSED:
            files.append(ItemFile(Role.DOCUMENT, position, None, Origin.REUSED, reuse=item.reuse))
        else:
            files.append(ItemFile(Role.DOCUMENT, position, prepare(item.pages), item.origin))
    return tuple(files)
