"""The documents the applicant hands over, ticked against the procedure's checklist.

One row per document of the procedure: received (a check box; Space ticks the current
row), the name, whether it is required, and the numbers of originals and copies (spin boxes
when edited, prefilled from the checklist). A dossier can be accepted only when every
required line is ticked; the note under the table says what is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.choices import ChecklistLine
from ui.widgets.plain import plain_tooltip

RECEIVED, NAME, REQUIRED, ORIGINALS, COPIES, FILES = range(6)
MAX_PAPERS = 99
MISSING_STYLE = "color: #b3261e;"
INFO_STYLE = "color: #4a4a4a;"


class _CountDelegate(QStyledItemDelegate):
    """A spin box 0–99 for the originals and copies columns."""

    def createEditor(  # noqa: N802
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_PAPERS)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor


class IntakeChecklist(QWidget):
    """The checklist table and the note beside it."""

    changed = Signal()
    lines_set = Signal()  # a new checklist (or none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[ChecklistLine, ...] = ()
        self._chosen = False  # a procedure is chosen (its empty list is the catalogue's gap)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Received"), self.tr("Document"), self.tr("Required"),
             self.tr("Originals"), self.tr("Copies"), self.tr("Files")]
        )  # fmt: skip
        self.table.setAccessibleName(self.tr("Documents received"))
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        delegate = _CountDelegate(self.table)
        self.table.setItemDelegateForColumn(ORIGINALS, delegate)
        self.table.setItemDelegateForColumn(COPIES, delegate)
        header = self.table.horizontalHeader()
        for column in (RECEIVED, REQUIRED, ORIGINALS, COPIES, FILES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self.table.itemChanged.connect(self._item_changed)
        self.all_button = QPushButton(self.tr("Tick a&ll"), self)
        self.all_button.setToolTip(self.tr("Tick every required document in the list"))
        self.all_button.clicked.connect(self.tick_all)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(INFO_STYLE)
        self._blocking = False
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setFocusProxy(self.table)
        self._update_note()

    # -- filling ----------------------------------------------------------------------

    def set_checklist(self, lines: Sequence[ChecklistLine], *, chosen: bool = False) -> None:
        """``chosen``: a procedure is chosen (an empty list is then the catalogue's gap)."""
        self._chosen = chosen
        self._lines = tuple(lines)
        self._blocking = False
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)  # fmt: skip
            tick.setCheckState(Qt.CheckState.Unchecked)
            name = QTableWidgetItem(line.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setToolTip(plain_tooltip(line.name))
            required = QTableWidgetItem(self.tr("Required") if line.required else "")
            required.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if line.required:
                required.setForeground(Qt.GlobalColor.darkRed)
            self.table.setItem(row, RECEIVED, tick)
            self.table.setItem(row, NAME, name)
            self.table.setItem(row, REQUIRED, required)
            for column, value in ((ORIGINALS, line.originals), (COPIES, line.copies)):
                count = QTableWidgetItem()
                count.setData(Qt.ItemDataRole.EditRole, int(value))
                count.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, count)
            files = QTableWidgetItem()
            files.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, FILES, files)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        if self._lines:
            self.table.setCurrentCell(0, RECEIVED)
        self._update_note()
        self.lines_set.emit()
        self.changed.emit()

    def clear(self) -> None:
        self.set_checklist(())

    # -- reading ----------------------------------------------------------------------

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None, (row, column)
        return item

    def is_received(self, row: int) -> bool:
        return self._item(row, RECEIVED).checkState() == Qt.CheckState.Checked

    def set_received(self, row: int, received: bool) -> None:
        state = Qt.CheckState.Checked if received else Qt.CheckState.Unchecked
        self._item(row, RECEIVED).setCheckState(state)

    def count(self, row: int, column: int) -> int:
        return int(self._item(row, column).data(Qt.ItemDataRole.EditRole) or 0)

    def documents(self) -> list[dict[str, Any]]:
        """The documents received, as the intake JSON wants them."""
        return [
            {
                "name": line.name,
                "originals": self.count(row, ORIGINALS),
                "copies": self.count(row, COPIES),
            }
            for row, line in enumerate(self._lines)
            if self.is_received(row)
        ]

    def names(self) -> list[str]:
        return [line.name for line in self._lines]

    def positions(self) -> dict[int, int]:
        """Each received row and its position among the documents received (from 1)."""
        received = [row for row in range(len(self._lines)) if self.is_received(row)]
        return {row: position for position, row in enumerate(received, start=1)}

    def set_files_text(self, row: int, text: str) -> None:
        """The files column of ``row`` ("2 pages")."""
        if 0 <= row < len(self._lines):
            self.table.blockSignals(True)
            self._item(row, FILES).setText(text)
            self.table.blockSignals(False)

    def missing_required(self) -> list[str]:
        return [
            line.name
            for row, line in enumerate(self._lines)
            if line.required and not self.is_received(row)
        ]

    def check_complete(self) -> bool:
        """True when every required document is ticked; otherwise the note says which not."""
        self._blocking = bool(self.missing_required())
        self._update_note()
        return not self._blocking

    # -- drafts -----------------------------------------------------------------------

    def state(self) -> list[dict[str, Any]]:
        return [
            {
                "name": line.name,
                "received": self.is_received(row),
                "originals": self.count(row, ORIGINALS),
                "copies": self.count(row, COPIES),
            }
            for row, line in enumerate(self._lines)
        ]

    def restore(self, state: Sequence[Any]) -> None:
        """Apply a saved :meth:`state` to the lines of the same name."""
        saved = {s.get("name"): s for s in state if isinstance(s, dict)}
        for row, line in enumerate(self._lines):
            entry = saved.get(line.name)
            if entry is None:
                continue
            self.set_received(row, bool(entry.get("received")))
            for column, key in ((ORIGINALS, "originals"), (COPIES, "copies")):
                value = entry.get(key)
                if isinstance(value, int) and 0 <= value <= MAX_PAPERS:
                    self._item(row, column).setData(Qt.ItemDataRole.EditRole, value)

    def tick_all(self) -> None:
        """The "all received" button: every required document; optional ones are ticked
        one by one (they were not necessarily handed in)."""
        for row, line in enumerate(self._lines):
            if line.required:
                self.set_received(row, True)

    def is_empty(self) -> bool:
        return not any(self.is_received(row) for row in range(len(self._lines)))

    # -- events -----------------------------------------------------------------------

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if self._blocking and not self.missing_required():
            self._blocking = False
        self._update_note()
        self.changed.emit()

    def _update_note(self) -> None:
        if not self._lines:
            self.note.setStyleSheet(INFO_STYLE)
            if self._chosen:
                self.note.setText(
                    self.tr(
                        "The catalogue lists no documents for this procedure: write the papers "
                        "received in the note."
                    )
                )
            else:
                self.note.setText(self.tr("Choose a procedure to see its documents."))
            return
        missing = self.missing_required()
        required = sum(1 for line in self._lines if line.required)
        received = sum(1 for row in range(len(self._lines)) if self.is_received(row))
        summary = self.tr("{received} of {total} documents received ({ok} of {required} required).")
        text = summary.format(
            received=received,
            total=len(self._lines),
            ok=required - len(missing),
            required=required,
        )
        if self._blocking and missing:
            self.note.setStyleSheet(MISSING_STYLE)
            lines = "\n".join(f"• {name}" for name in missing)
            text = self.tr(
                "Cannot accept: required documents not received:\n{lines}\n"
                "If the applicant must bring them, choose “Request supplement”."
            ).format(lines=lines)
        else:
            self.note.setStyleSheet(INFO_STYLE)
        self.note.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            row = self.table.currentRow()
            if event.key() == Qt.Key.Key_Space and row >= 0:
                self.set_received(row, not self.is_received(row))
                return True
        return super().eventFilter(watched, event)
