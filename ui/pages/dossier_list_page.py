"""Hồ sơ: every dossier, filtered or searched, a page at a time, with the selected one below."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import DOSSIER, Changes
from desktop.desk import Desk
from desktop.dossiers.queries import DossierFilter
from desktop.dossiers.status import Status
from desktop.dossiers.views import DossierDetail, DossierSummary
from ui.models import channel_label
from ui.models.dossier_table_model import (
    APPLICANT,
    APPOINTMENT,
    CODE,
    CODE_ROLE,
    DEADLINE,
    PROCEDURE,
    RECEIVED,
    STATUS,
    DossierTableModel,
)
from ui.pages.detail_pane import DetailPane
from ui.pages.page import Page
from ui.tasks import TaskRunner
from ui.widgets.plain import plain
from ui.widgets.table_cells import grouped

if TYPE_CHECKING:
    from desktop.catalogue.choices import ProcedureChoice

SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 200
ALL = ""
# Deadline choices of the filter (and the board's tiles).
DUE_TODAY, DUE_SOON, OVERDUE, LATE_OR_SOON = "due_today", "due_soon", "overdue", "late_or_soon"
# What the board's tiles open.
PRESETS = ("due_today", "due_soon", "overdue", "waiting_supplement", "results_ready")


def _day(edit: QDateEdit) -> date:
    qdate = edit.date()
    return date(qdate.year(), qdate.month(), qdate.day())


class DossierListPage(Page):
    """The dossier list with its filters, type-ahead search and the detail pane."""

    changed = Signal(object)  # DossierDetail, after a step was recorded here

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        self.model = DossierTableModel(tasks, self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.total: int | None = None
        self.searching = ""
        self._count_generation = 0
        self._procedures_loaded = False
        self._started = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(self._search_row())
        layout.addLayout(self._filter_row())

        self.table = QTableView()
        self.table.setObjectName("dossierTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        stamp = metrics.horizontalAdvance("00/00/0000 00:00") + 20
        for column, width in (
            (CODE, metrics.horizontalAdvance("000.00.00.H56-000000-0000") + 20),
            (APPLICANT, 205),
            (RECEIVED, stamp),
            (APPOINTMENT, stamp),
            (STATUS, 175),
            (DEADLINE, metrics.horizontalAdvance(self.tr("Due soon")) + 24),
        ):
            header.resizeSection(column, width)
        header.setSectionResizeMode(PROCEDURE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = DetailPane(desk, tasks)
        self.detail.changed.connect(self._dossier_changed)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self._connect_filters()
        self.model.page_loaded.connect(self._page_loaded)
        self.model.load_failed.connect(self._load_failed)

    # --- widgets --------------------------------------------------------------------------

    def _search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Search by dossier code, ID number, phone or name…")
        )
        self.search_box.textChanged.connect(lambda _t: self.search_timer.start())
        self.search_box.returnPressed.connect(self.run_search)
        row.addWidget(self.search_box, 1)
        self.count_label = plain(QLabel())
        self.count_label.setObjectName("countLabel")
        row.addWidget(self.count_label)
        row.addSpacing(12)
        self.status_combo = self._combo(row, self.tr("Status"), 16)
        self.status_combo.addItem(self.tr("All statuses"), ALL)
        for status in Status:
            self.status_combo.addItem(f"{int(status)}. {status.label}", int(status))
        self.deadline_combo = self._combo(row, self.tr("Deadline"), 14)
        for key, text in (
            (ALL, self.tr("Any deadline")),
            (DUE_TODAY, self.tr("Due today")),
            (DUE_SOON, self.tr("Due soon")),
            (OVERDUE, self.tr("Overdue")),
            (LATE_OR_SOON, self.tr("Due soon or overdue")),
        ):
            self.deadline_combo.addItem(text, key)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        row.addWidget(self.clear_button)
        return row

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.procedure_combo = self._combo(row, self.tr("Procedure"), 20)
        self.procedure_combo.addItem(self.tr("All procedures"), ALL)
        self.field_combo = self._combo(row, self.tr("Field"), 13)
        self.field_combo.addItem(self.tr("All fields"), ALL)
        self.channel_combo = self._combo(row, self.tr("Channel"), 10)
        self.channel_combo.addItem(self.tr("All channels"), ALL)
        for channel in (1, 2, 3):
            self.channel_combo.addItem(channel_label(channel), channel)
        today = QDate.currentDate()
        self.from_check, self.from_date = self._date(
            row, self.tr("Received from"), today.addDays(-30)
        )
        self.to_check, self.to_date = self._date(row, self.tr("to"), today)
        row.addStretch(1)
        return row

    def _combo(self, row: QHBoxLayout, tip: str, width: int) -> QComboBox:
        combo = QComboBox()
        combo.setToolTip(tip)
        combo.setAccessibleName(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(width)
        row.addWidget(combo)
        return combo

    def _date(self, row: QHBoxLayout, text: str, value: QDate) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(text)
        edit = QDateEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        row.addWidget(check)
        row.addWidget(edit)
        return check, edit

    def _connect_filters(self) -> None:
        """Any change of a filter shows the new list (connected once the row is built)."""
        for combo in self._combos():
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            check.toggled.connect(lambda _on: self.apply_filters())
            edit.dateChanged.connect(
                lambda _d, c=check: self.apply_filters() if c.isChecked() else None
            )

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.status_combo,
            self.procedure_combo,
            self.field_combo,
            self.channel_combo,
            self.deadline_combo,
        )

    # --- showing a list -------------------------------------------------------------------

    def activate(self) -> None:
        """Called when the page is shown: the first time, load the list (then the pickers)."""
        if not self._started:
            self._started = True
            self.apply_filters()
        self.search_box.setFocus()

    def _load_pickers(self) -> None:
        """The procedure and field pickers, once the first rows are in: reading the catalogue
        is Python work that would otherwise share the interpreter with the first paint."""
        if not self._procedures_loaded:
            self._procedures_loaded = True
            self.tasks.run(lambda _r: self.desk.procedures(), on_done=self._fill_procedures)

    def _fill_procedures(self, choices: list[ProcedureChoice]) -> None:
        fields: dict[str, str] = {}
        for combo in (self.procedure_combo, self.field_combo):
            combo.blockSignals(True)
        for choice in choices:
            self.procedure_combo.addItem(f"{choice.code} — {choice.name}", choice.code)
            self.procedure_combo.setItemData(
                self.procedure_combo.count() - 1, choice.name, Qt.ItemDataRole.ToolTipRole
            )
            fields.setdefault(choice.field_code, choice.field_name)
        for code, name in sorted(fields.items(), key=lambda f: f[1]):
            self.field_combo.addItem(name, code)
        for combo in (self.procedure_combo, self.field_combo):
            combo.blockSignals(False)

    def current_filter(self) -> tuple[DossierFilter, bool]:
        """The filter the widgets describe, and whether it is the due-today list."""
        status = self.status_combo.currentData()
        channel = self.channel_combo.currentData()
        deadline = self.deadline_combo.currentData()
        received_from = received_to = None
        if self.from_check.isChecked():
            received_from = datetime.combine(_day(self.from_date), time())
        if self.to_check.isChecked():
            received_to = datetime.combine(_day(self.to_date) + timedelta(days=1), time())
        flt = DossierFilter(
            statuses=(int(status),) if status != ALL else (),
            procedure_code=str(self.procedure_combo.currentData() or ""),
            field_code=str(self.field_combo.currentData() or ""),
            channel=int(channel) if channel != ALL else None,
            received_from=received_from,
            received_to=received_to,
            due_soon=deadline in (DUE_SOON, LATE_OR_SOON),
            overdue=deadline in (OVERDUE, LATE_OR_SOON),
            limit=self.model.page_size,
        )
        return flt, deadline == DUE_TODAY

    def apply_filters(self) -> None:
        """Show the filtered list from its first page, and count it in the background."""
        if self.search_box.text().strip():
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
        self.search_timer.stop()
        self.searching = ""
        flt, due_today = self.current_filter()
        desk = self.desk

        def read(page: DossierFilter) -> list[DossierSummary]:
            return desk.due_today(page) if due_today else desk.dossiers(page)

        def fetch(offset: int, limit: int) -> list[DossierSummary]:
            return read(replace(flt, offset=offset, limit=limit))

        def fetch_end(offset: int, limit: int) -> list[DossierSummary]:
            return read(replace(flt, offset=offset, limit=limit, from_end=True))

        self.total = None
        self.detail.clear()
        self.model.set_source(fetch, fetch_end=fetch_end)
        self._count_generation += 1
        generation = self._count_generation
        self.tasks.run(
            lambda _r: desk.count(flt, due_today=due_today),
            on_done=lambda n: self._counted(generation, n),
        )

    def _page_loaded(self, rows: int) -> None:
        self._load_pickers()
        self._show_count()
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)  # the first dossier opens below, ready for a step

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._count_generation:
            self.total = total
            self.model.set_total(total)  # every row at once; pages come as they are shown
            self._show_count()

    def run_search(self) -> None:
        """The type-ahead search (after a short pause in typing, or on Enter)."""
        self.search_timer.stop()
        text = self.search_box.text().strip()
        if not text:
            if self.searching:
                self.apply_filters()
            return
        if text == self.searching:
            return
        self.searching = text
        self._count_generation += 1
        self.total = None
        desk = self.desk

        def fetch(offset: int, _limit: int) -> list[DossierSummary]:
            return desk.search(text, limit=SEARCH_LIMIT) if offset == 0 else []

        self.detail.clear()
        self.model.set_source(fetch, paged=False)

    def show_preset(self, preset: str) -> None:
        """Open the list as a board tile asks: due today, due soon, overdue, waiting for a
        supplement, results ready."""
        widgets = (*self._combos(), self.from_check, self.to_check)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in self._combos():
            combo.setCurrentIndex(0)
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self.from_date.setEnabled(False)
        self.to_date.setEnabled(False)
        if preset in (DUE_TODAY, DUE_SOON, OVERDUE):
            self.deadline_combo.setCurrentIndex(self.deadline_combo.findData(preset))
        elif preset == "waiting_supplement":
            index = self.status_combo.findData(int(Status.WAITING_SUPPLEMENT))
            self.status_combo.setCurrentIndex(index)
        elif preset == "results_ready":
            self.status_combo.setCurrentIndex(self.status_combo.findData(int(Status.RESOLVED)))
        for widget in widgets:
            widget.blockSignals(False)
        self._started = True
        self.apply_filters()

    def clear_filters(self) -> None:
        self.show_preset("")

    def _show_count(self) -> None:
        loaded = self.model.loaded_rows
        if self.searching:
            text = self.tr("{n} dossiers found for “{text}”").format(
                n=grouped(loaded), text=self.searching
            )
        elif self.total is None:
            text = self.tr("{n} dossiers shown").format(n=grouped(loaded))
        else:
            text = self.tr("{n} of {total} dossiers shown").format(
                n=grouped(loaded), total=grouped(self.total)
            )
        self.count_label.setText(text)

    def _load_failed(self, message: str) -> None:
        self._load_pickers()
        self.count_label.setText(message)

    # --- the selected dossier -------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.open_row(rows[0])

    def open_row(self, index: QModelIndex) -> None:
        code = self.model.data(self.model.index(index.row(), 0), CODE_ROLE)
        if code:
            self.detail.show_code(str(code))

    def select_code(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _dossier_changed(self, detail: DossierDetail) -> None:
        self.model.update_row(detail)
        self.changed.emit(detail)

    def follow(self, changes: Changes) -> None:
        """Dossiers changed (here or on another page): show the new state of those listed
        or open here."""
        if not changes.concerns(DOSSIER):
            return
        shown = self.detail.detail.code if self.detail.detail is not None else None
        for code in sorted(changes.dossiers):
            if code == shown or self.model.row_of(code) is not None:
                self._reload(code)

    def _reload(self, code: str) -> None:
        self.tasks.run(lambda _r: self.desk.detail(code), on_done=self.refresh_dossier)

    def refresh_dossier(self, detail: DossierDetail) -> None:
        """Another page changed a dossier: show its new state if it is in the list."""
        self.model.update_row(detail)
        if self.detail.detail is not None and self.detail.detail.code == detail.code:
            self.detail.show_detail(detail)
