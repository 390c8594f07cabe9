"""Chỉ số phục vụ: the national service index (Decision 766/QĐ-TTg) of a month — each
indicator's numerator, denominator, value, full-marks threshold and the seeds' target, its
formula in words, and the twelve months of the chosen indicator as a chart; exports to XLSX,
PDF and JSON. Everything is computed and written off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from desktop.errors import DeskError
from desktop.index import texts
from desktop.index.indicators import Indicator, NationalIndex, series_values
from ui.pages.page import Page
from ui.tasks import TaskRunner
from ui.widgets.export_buttons import PathChooser, add_export_buttons, ask_export_path
from ui.widgets.month_edit import MonthEdit
from ui.widgets.months_chart import MonthsChart
from ui.widgets.plain import plain
from ui.widgets.table_cells import cell, grouped

HEADS = (
    texts.CODE,
    texts.NAME,
    texts.NUMERATOR,
    texts.DENOMINATOR,
    texts.VALUE,
    texts.FULL_MARKS,
    texts.TARGET,
)
CHARTED = "2.1"


class IndexPage(Page):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        self.index: NationalIndex | None = None
        self.choose_path: PathChooser = self._ask_path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        title = QLabel(self.tr("Service index (Decision 766)"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(self._controls())
        self.heading = plain(QLabel())
        self.heading.setObjectName("indexHeading")
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, len(HEADS))
        self.table.setObjectName("indexTable")
        self.table.setAccessibleName(self.tr("Indicators"))
        self.table.setHorizontalHeaderLabels(list(HEADS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 44), (2, 70), (3, 70), (4, 120), (5, 172), (6, 100)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.table.currentCellChanged.connect(lambda row, *_: self._chosen(row))
        self.table.verticalHeader().setDefaultSectionSize(24)
        layout.addWidget(self.table, 5)
        self.formula = plain(QLabel())
        self.formula.setObjectName("indexFormula")
        self.formula.setWordWrap(True)
        layout.addWidget(self.formula)
        self.chart = MonthsChart()
        self.chart.setObjectName("indexChart")
        layout.addWidget(self.chart, 3)
        note = plain(QLabel(texts.CHECK_NOTE))
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.message = plain(QLabel())
        self.message.setObjectName("indexMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Month:"))
        self.month = MonthEdit(QDate.currentDate().addMonths(-1))
        self.month.setObjectName("indexMonth")
        self.month.setMaximumWidth(self.month.fontMetrics().horizontalAdvance("00/00000") + 24)
        label.setBuddy(self.month)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("showIndex")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.compute)
        self.month.returnPressed.connect(self.compute)
        row.addWidget(label)
        row.addWidget(self.month)
        row.addWidget(self.show_button)
        row.addStretch(1)
        formats = (
            ("xlsx", self.tr("Export XLSX")),
            ("pdf", self.tr("Export PDF")),
            ("json", self.tr("Export JSON")),
        )
        self.export_buttons = add_export_buttons(row, formats, "indexExport_", self.export)
        return row

    # ---- computing -----------------------------------------------------------------------
    def activate(self) -> None:
        if self.index is None:
            self.compute()

    def compute(self) -> None:
        try:
            month = self.month.date()
        except DeskError as exc:
            self.message.setText(exc.message)
            return
        year, number = month.year(), month.month()
        self.show_button.setEnabled(False)
        self.message.setText(self.tr("Counting…"))
        self.tasks.run(
            lambda _r: self.desk.index.month(year, number),
            on_done=self.show_index,
            on_error=self._failed,
        )

    def _failed(self, error: DeskError) -> None:
        self.show_button.setEnabled(True)
        self.message.setText(error.message)

    def show_index(self, index: NationalIndex) -> None:
        self.index = index
        self.show_button.setEnabled(True)
        self.message.setText("")
        self.heading.setText(f"{index.office_name} — {index.heading}")
        self.table.setRowCount(len(index.indicators))
        for row, item in enumerate(index.indicators):
            self._fill(row, item)
        codes = [i.code for i in index.indicators]
        self.table.setCurrentCell(codes.index(CHARTED), 1)
        self._chosen(codes.index(CHARTED))
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def _fill(self, row: int, item: Indicator) -> None:
        tip = item.formula + (f"\n{item.note}" if item.note else "")
        cells = (
            (item.code, False),
            (item.name, False),
            (grouped(item.numerator), True),
            (grouped(item.denominator), True),
            (item.value_text, True),
            (texts.target_text(item.full_marks), True),
            (texts.target_text(item.target), True),
        )
        for column, (text, right) in enumerate(cells):
            self.table.setItem(row, column, cell(text, right=right, tip=tip))

    def _chosen(self, row: int) -> None:
        index = self.index
        if index is None or not 0 <= row < len(index.indicators):
            return
        item = index.indicators[row]
        words = f"{item.code} {item.name} — {texts.FORMULA}: {item.formula}"
        self.formula.setText(words + (f" {item.note}" if item.note else ""))
        points = list(
            zip((p.label for p in index.months), series_values(index, item.code), strict=True)
        )
        title = f"{item.code} {item.name} — {len(points)} {texts.MONTH.lower()}"
        self.chart.set_data(title, points, item.full_marks)

    # ---- exporting -----------------------------------------------------------------------
    def _ask_path(self, suggested: str, fmt: str) -> str | None:
        return ask_export_path(self, suggested, fmt)

    def export(self, fmt: str) -> None:
        index = self.index
        if index is None:
            return
        path = self.choose_path(f"chi-so-766-{index.year}-{index.month:02d}.{fmt}", fmt)
        if not path:
            return
        self.message.setText(self.tr("Writing {path}…").format(path=path))
        self.tasks.run(
            lambda _r: self.desk.index.export(index, fmt, Path(path)),
            on_done=lambda saved: self.message.setText(self.tr("Saved {path}.").format(path=saved)),
            on_error=self._failed,
        )
