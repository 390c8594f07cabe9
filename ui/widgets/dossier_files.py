"""The files of a stored dossier: a thumbnail per file, opened full size in the print preview
(to read or print), and a file added to a checklist item or as the result handed back.

The bytes are a citizen's papers: ``desk.attachments.content`` is audited, so they are loaded
once per dossier shown, off the GUI thread, and kept for opening.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.roles import Permission
from desktop.attachments.service import AttachmentView, ItemFile, Role
from desktop.desk import Desk
from desktop.errors import DeskError
from ui.role_view import may
from ui.tasks import TaskRunner
from ui.widgets.file_dialogs import ask_open_paths
from ui.widgets.item_files import FILE_FILTERS, thumbnail_list
from ui.widgets.plain import error_label
from ui.widgets.thumbnails import thumbnail

Loaded = list[tuple[AttachmentView, bytes]]


def load_files(desk: Desk, code: str, role: Role | None = None) -> Loaded:
    """The dossier's files (of ``role`` only, if given) and their bytes (none when the officer
    may not see them)."""
    views = [v for v in desk.attachments.listing(code) if role is None or v.role == role.value]
    if not views or not may(desk, Permission.REVEAL):
        return [(v, b"") for v in views]
    return [(v, desk.attachments.content(code, v.id)) for v in views]


class DossierFiles(QWidget):
    """A dossier's files with "Open" and "Attach" (a paper, or with ``result`` the result)."""

    attached = Signal(str)  # the dossier's code, after a file was stored

    def __init__(
        self, desk: Desk, tasks: TaskRunner, *, result: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk, self.tasks, self.result = desk, tasks, result
        self.code = ""
        self.documents: list[str] = []
        self.loaded: Loaded = []
        self.preview: QWidget | None = None
        self.title = QLabel(self.tr("Files"), self)
        self.title.setObjectName("sectionTitle")
        self.list = thumbnail_list(self)
        self.list.setAccessibleName(self.tr("Files of the dossier (Enter opens)"))
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.empty = QLabel(self.tr("No file attached."), self)
        self.open_button = QPushButton(self.tr("&View / print file"), self)
        self.open_button.clicked.connect(self.open_current)
        text = self.tr("Attach the &result…") if result else self.tr("Attac&h file…")
        self.attach_button = QPushButton(text, self)
        self.attach_button.clicked.connect(self.attach)
        self.error = error_label()
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self._fill([])

    # -- showing ------------------------------------------------------------------------

    def show_dossier(self, code: str, documents: Sequence[str] = ()) -> None:
        """Load the files of dossier ``code`` (``documents``: its papers, by position)."""
        self.code, self.documents = code, list(documents)
        self.error.hide()
        self.attach_button.setVisible(may(self.desk, Permission.ACT))
        desk, role = self.desk, Role.RESULT if self.result else None
        self.tasks.run(
            lambda _report: load_files(desk, code, role),
            on_done=lambda loaded: self._loaded(code, loaded),
            on_error=self._show_error,
        )

    def clear(self) -> None:
        self.code, self.documents = "", []
        self._fill([])

    def _loaded(self, code: str, loaded: Loaded) -> None:
        if code == self.code:
            self._fill(loaded)

    def _fill(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.list.clear()
        for view, data in loaded:
            role = self.tr("Result") if view.role == Role.RESULT.value else view.name
            pages = self.tr("{n} pages").format(n=view.pages)
            entry = QListWidgetItem(QIcon(thumbnail(data)) if data else QIcon(), f"{pages}")
            entry.setToolTip(f"{role} — {pages} — {view.origin_label}")
            entry.setData(Qt.ItemDataRole.UserRole, view.id)
            self.list.addItem(entry)
        self.list.setVisible(bool(loaded))
        self.empty.setVisible(not loaded)
        self.open_button.setEnabled(any(data for _v, data in loaded))
        if loaded:
            self.list.setCurrentRow(0)

    def item_texts(self) -> list[str]:
        return [self.list.item(i).toolTip() for i in range(self.list.count())]

    # -- opening ------------------------------------------------------------------------

    def open_current(self) -> QWidget | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.loaded) or not self.loaded[row][1]:
            return None
        from ui.dialogs.print_preview import PrintJob, PrintPreviewDialog

        view, data = self.loaded[row]
        job = PrintJob(view.name, data, 1, f"{self.code}-{view.position}.pdf")
        dialog = PrintPreviewDialog([job], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.preview = dialog
        return dialog

    # -- attaching ----------------------------------------------------------------------

    def ask_paths(self) -> list[Path]:
        return ask_open_paths(self, self.tr("Choose the file to attach"), FILE_FILTERS)

    def ask_position(self) -> int | None:
        """Which paper of the checklist the file is (its position, from 1)."""
        if not self.documents:
            self._show_error_text(self.tr("The dossier lists no document to attach a file to."))
            return None
        name, ok = QInputDialog.getItem(
            self, self.tr("Attach file"), self.tr("Document:"), self.documents, 0, False
        )
        return self.documents.index(name) + 1 if ok and name in self.documents else None

    def attach(self) -> None:
        if not self.code:
            return
        position = 1 if self.result else self.ask_position()
        if position is None:
            return
        paths = self.ask_paths()
        if not paths:
            return
        role = Role.RESULT if self.result else Role.DOCUMENT
        desk, code = self.desk, self.code

        def store(_report: object) -> str:
            prepared = desk.attachments.prepare_paths(paths)
            desk.attachments.attach(code, [ItemFile(role, position, prepared)])
            return code

        self.error.hide()
        self.attach_button.setEnabled(False)
        self.tasks.run(store, on_done=self._attached, on_error=self._show_error, writes=True)

    def _attached(self, code: str) -> None:
        self.attach_button.setEnabled(True)
        self.attached.emit(code)
        if code == self.code:
            self.show_dossier(code, self.documents)

    def _show_error(self, error: DeskError) -> None:
        self.attach_button.setEnabled(True)
        self._show_error_text(error.message)

    def _show_error_text(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
