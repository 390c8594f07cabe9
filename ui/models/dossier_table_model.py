"""The dossier list as a sparse table model: pages of rows fetched in the background on demand.

The model never loads a whole list. Until the list's total is known it grows a page at a
time (``canFetchMore``/``fetchMore``, which views call as the officer scrolls); once the page
hands it the total (:meth:`DossierTableModel.set_total`) it has that many rows at once, and
a row whose page is not loaded shows a placeholder while that page is fetched through the
task runner — pages past the middle of the list are read from its end, so the last row of a
million is as quick to show as the first. At most ``max_pages`` pages are kept (least
recently shown are dropped, and fetched again when shown again).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from desktop.dossiers.views import DossierSummary
from desktop.text import mask_id_number, mask_phone
from ui.models import deadline_colours, deadline_label, fmt_time
from ui.tasks import TaskRunner
from ui.widgets.plain import plain_tooltip

# (offset, limit) → at most ``limit`` rows from ``offset`` of the list being shown; a source
# may also give one that counts ``offset`` from the list's end (rows still in list order).
Fetch = Callable[[int, int], list[DossierSummary]]
AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
MAX_PAGES = 50
PLACEHOLDER = "…"
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

    page_loaded = Signal(int)  # the number of rows loaded (held) now
    load_failed = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.page_size = page_size
        self.max_pages = max_pages
        self._pages: OrderedDict[int, list[DossierSummary]] = OrderedDict()
        self._count = 0  # the rows the view sees
        self._total: int | None = None
        self._requested: set[int] = set()
        self._wanted: list[int] = []
        self._fetch: Fetch | None = None
        self._fetch_end: Fetch | None = None
        self._paged = True
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._fetch_wanted)
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

    def set_source(
        self, fetch: Fetch, *, paged: bool = True, fetch_end: Fetch | None = None
    ) -> None:
        """Show another list (a filter or a search); loads its first page.

        ``paged=False`` for sources that return everything at once (a search capped by its
        own limit): one fetch, no more pages. ``fetch_end`` reads a page counted from the
        end of the list: pages past its middle are read with it once the total is known."""
        self.beginResetModel()
        self._generation += 1
        self._pages.clear()
        self._requested.clear()
        self._wanted.clear()
        self._count, self._total = 0, None
        self._fetch, self._fetch_end, self._paged = fetch, fetch_end, paged
        self._exhausted, self._loading = False, False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def set_total(self, total: int) -> None:
        """The list has ``total`` rows (its count arrived): the view gets them all at once,
        each page fetched when one of its rows is shown."""
        if self._fetch is None or not self._paged:
            return
        total = max(total, 0)
        self._total = total
        self._exhausted = True
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < self._count:
            self.beginRemoveRows(QModelIndex(), total, self._count - 1)
            self._count = total
            self.endRemoveRows()

    @property
    def total(self) -> int | None:
        return self._total

    def reload(self) -> None:
        if self._fetch is not None:
            self.set_source(self._fetch, paged=self._paged, fetch_end=self._fetch_end)

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    @property
    def loaded_rows(self) -> int:
        """How many rows are held now (the loaded pages)."""
        return sum(len(rows) for rows in self._pages.values())

    @property
    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

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
        fetch, offset, limit = self._fetch, self._count, self.page_size
        generation = self._generation
        self._loading = True
        self._requested.add(offset // limit)
        self.tasks.run(
            lambda _report: fetch(offset, limit),
            on_done=lambda rows: self._add_page(generation, offset, rows),
            on_error=lambda error: self._fail(generation, error.message),
        )

    def _add_page(self, generation: int, offset: int, rows: list[DossierSummary]) -> None:
        if generation != self._generation:
            return  # a page of a list no longer shown
        self._loading = False
        page = offset // self.page_size
        if self._total is not None:  # the count came first: the rows are already there
            self._store(page, rows[: max(self._count - offset, 0)])
            self._changed(page)
            self.page_loaded.emit(self.loaded_rows)
            return
        self._exhausted = not self._paged or len(rows) < self.page_size
        if rows:
            first = self._count
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._store(page, rows)
            self._count += len(rows)
            self.endInsertRows()
        self.page_loaded.emit(self.loaded_rows)

    def _fail(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        self.load_failed.emit(message)

    # --- sparse pages ---------------------------------------------------------------------

    def _store(self, page: int, rows: list[DossierSummary]) -> None:
        self._pages[page] = rows
        self._pages.move_to_end(page)
        self._requested.discard(page)
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)

    def _reader(self, page: int) -> tuple[Fetch | None, int, int]:
        """(fetch, offset, limit) that read ``page``: past the middle of a list whose total
        is known, counted from its end (a short walk of the index in reverse)."""
        first = page * self.page_size
        if self._total is None:
            return self._fetch, first, self.page_size
        end = min(first + self.page_size, self._total)
        if first * 2 > self._total and self._fetch_end is not None:
            return self._fetch_end, self._total - end, end - first
        return self._fetch, first, end - first

    def _row(self, row: int) -> DossierSummary | None:
        page, at = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None or at >= len(rows):
            return None
        self._pages.move_to_end(page)
        return rows[at]

    def _want(self, row: int) -> None:
        page = row // self.page_size
        if page in self._requested or self._fetch is None or not self._paged:
            return
        self._requested.add(page)
        self._wanted.append(page)
        self._flush.start()

    def _fetch_wanted(self) -> None:
        wanted, self._wanted = self._wanted, []
        generation = self._generation
        for page in wanted:
            fetch, offset, limit = self._reader(page)
            if page in self._pages or fetch is None or limit <= 0:
                continue
            self._run_page(generation, page, fetch, offset, limit)

    def _run_page(self, generation: int, page: int, fetch: Fetch, offset: int, limit: int) -> None:
        self.tasks.run(
            lambda _report: fetch(offset, limit),
            on_done=lambda rows: self._page_arrived(generation, page, rows),
            on_error=lambda error: self._page_failed(generation, page, error.message),
        )

    def _page_arrived(self, generation: int, page: int, rows: list[DossierSummary]) -> None:
        if generation != self._generation:
            return
        self._store(page, rows)
        self._changed(page)
        self.page_loaded.emit(self.loaded_rows)

    def _page_failed(self, generation: int, page: int, message: str) -> None:
        if generation != self._generation:
            return
        self._requested.discard(page)
        self.load_failed.emit(message)

    def _changed(self, page: int) -> None:
        first = page * self.page_size
        last = min(first + self.page_size, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._headers) - 1))

    # --- rows -----------------------------------------------------------------------------

    def summary(self, row: int) -> DossierSummary:
        """The row ``row``; when its page is not loaded it is fetched now, on this thread
        (the view never calls this: it shows a placeholder and waits for the page)."""
        found = self._row(row)
        if found is not None:
            return found
        if self._fetch is None or not 0 <= row < self._count:
            raise IndexError(row)
        page = row // self.page_size
        fetch, offset, limit = self._reader(page)
        if fetch is not None:
            self._store(page, fetch(offset, limit))
        found = self._row(row)
        if found is None:
            raise IndexError(row)
        return found

    def row_of(self, code: str) -> int | None:
        """The row of ``code`` among the loaded pages (None when it is not loaded)."""
        for page, rows in self._pages.items():
            for at, summary in enumerate(rows):
                if summary.code == code:
                    return page * self.page_size + at
        return None

    def update_row(self, changed: DossierSummary) -> bool:
        """Show the new state of a dossier already in the list; False when it is not."""
        row = self.row_of(changed.code)
        if row is None:
            return False
        page, at = divmod(row, self.page_size)
        self._pages[page][at] = as_summary(changed)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
        return True

    # --- the table ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self._row(index.row())
        if row is None:
            self._want(index.row())
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
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
            return plain_tooltip(f"{row.procedure_code} — {row.procedure_name}")
        if column == APPLICANT:
            return plain_tooltip(row.applicant_name)
        return None
