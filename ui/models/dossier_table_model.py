"""The dossier list as a lazy table model: pages of rows fetched in the background on demand.

The model never loads a whole list: it asks its source for ``page_size`` rows at a time
(``canFetchMore``/``fetchMore``, which views call as the officer scrolls) through the task
runner, so a profile of a million dossiers opens as fast as one of a hundred.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.dossiers.views import DossierSummary
from desktop.text import mask_id_number, mask_phone
from ui.models import deadline_colours, deadline_label, fmt_time
from ui.tasks import TaskRunner

# (offset, limit) → at most ``limit`` rows from ``offset`` of the list being shown.
Fetch = Callable[[int, int], list[DossierSummary]]
AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
STARS = re.compile(r"\*{3,}")
CODE_ROLE = Qt.ItemDataRole.UserRole + 1

CODE, PROCEDURE, APPLICANT, RECEIVED, APPOINTMENT, STATUS, DEADLINE = range(7)


def as_summary(row: DossierSummary) -> DossierSummary:
    """A list row (ID and phone masked) from a summary or a revealed detail."""
    values = {f.name: getattr(row, f.name) for f in fields(DossierSummary)}
    if "*" not in values["applicant_id_number"]:
        values["applicant_id_number"] = mask_id_number(values["applicant_id_number"])
    if values["applicant_phone"] and "*" not in values["applicant_phone"]:
        values["applicant_phone"] = mask_phone(values["applicant_phone"])
    return DossierSummary(**values)


class DossierTableModel(QAbstractTableModel):
    """Rows of :class:`DossierSummary`, loaded a page at a time."""

    page_loaded = Signal(int)  # the number of rows loaded so far
    load_failed = Signal(str)

    def __init__(
        self, tasks: TaskRunner, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.page_size = page_size
        self._rows: list[DossierSummary] = []
        self._fetch: Fetch | None = None
        self._paged = True
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self._headers = (
            self.tr("Code"),
            self.tr("Procedure"),
            self.tr("Applicant"),
            self.tr("Received"),
            self.tr("Appointment"),
            self.tr("Status"),
            self.tr("Deadline"),
        )

    # --- the source ---------------------------------------------------------------------

    def set_source(self, fetch: Fetch, *, paged: bool = True) -> None:
        """Show another list (a filter or a search); loads its first page.

        ``paged=False`` for sources that return everything at once (a search capped by its
        own limit): one fetch, no more pages."""
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._fetch, self._paged = fetch, paged
        self._exhausted, self._loading = False, False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        if self._fetch is not None:
            self.set_source(self._fetch, paged=self._paged)

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return (
            not parent.isValid()
            and self._fetch is not None
            and not self._exhausted
            and not self._loading
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        fetch, offset, limit = self._fetch, len(self._rows), self.page_size
        generation = self._generation
        self._loading = True
        self.tasks.run(
            lambda _report: fetch(offset, limit),
            on_done=lambda rows: self._add_page(generation, rows),
            on_error=lambda message: self._fail(generation, message),
        )

    def _add_page(self, generation: int, rows: list[DossierSummary]) -> None:
        if generation != self._generation:
            return  # a page of a list no longer shown
        self._loading = False
        self._exhausted = not self._paged or len(rows) < self.page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    def _fail(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        self.load_failed.emit(message)

    # --- rows -----------------------------------------------------------------------------

    def summary(self, row: int) -> DossierSummary:
        return self._rows[row]

    def row_of(self, code: str) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.code == code:
                return row
        return None

    def update_row(self, changed: DossierSummary) -> bool:
        """Show the new state of a dossier already in the list; False when it is not."""
        row = self.row_of(changed.code)
        if row is None:
            return False
        self._rows[row] = as_summary(changed)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
        return True

    # --- the table ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = deadline_colours(row.deadline_state)
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        if role == CODE_ROLE:
            return row.code
        return None

    def _text(self, row: DossierSummary, column: int) -> str:
        if column == CODE:
            return row.code
        if column == PROCEDURE:
            return row.procedure_name
        if column == APPLICANT:
            return f"{row.applicant_name} · {STARS.sub('***', row.applicant_id_number)}"
        if column == RECEIVED:
            return fmt_time(row.received_at)
        if column == APPOINTMENT:
            return fmt_time(row.appointment)
        if column == STATUS:
            return row.status_label
        return deadline_label(row.deadline_state)

    def _tooltip(self, row: DossierSummary, column: int) -> str | None:
        if column == PROCEDURE:
            return f"{row.procedure_code} — {row.procedure_name}"
        if column == APPLICANT:
            return row.applicant_name
        return None
