"""Báo cáo: form II.06a for a month (calendar or 15th-to-14th) or any range, by field or by
procedure, with the chart and the indicators; exports to XLSX, PDF and CSV, and the register.
Everything is computed and written off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from desktop.errors import DeskError
from desktop.reports import texts
from desktop.reports.form06a import Counts, GroupBy
from desktop.reports.indicators import digitisation_lines, percent
from desktop.reports.period import Period, Window, month_period, range_period
from ui.pages.page import Page
from ui.tasks import TaskRunner
from ui.widgets.export_buttons import PathChooser, add_export_buttons, ask_export_path
from ui.widgets.month_edit import MonthEdit
from ui.widgets.plain import plain
from ui.widgets.results_chart import ResultsChart
from ui.widgets.table_cells import cell, grouped

if TYPE_CHECKING:
    from desktop.reports.service import MonthlyReport

MONTH, MID_MONTH, RANGE = "calendar", "15-14", "range"


class ReportPage(Page):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        self.report: MonthlyReport | None = None
        self.choose_path: PathChooser = self._ask_path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        title = QLabel(self.tr("Monthly report (form II.06a)"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(self._controls())
        self.heading = plain(QLabel())
        self.heading.setObjectName("reportHeading")
        layout.addWidget(self.heading)
        legend = plain(QLabel(" · ".join(texts.COLUMN_NAMES)))
        legend.setObjectName("hint")
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.table = QTableWidget(0, 13)
        self.table.setObjectName("reportTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Field"), *(f"({n})" for n in range(3, 14))]
        )
        for column, name in enumerate(texts.COLUMN_NAMES, start=2):
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(name)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 44)
        for column in range(2, 13):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 62)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 3)
        lower = QHBoxLayout()
        self.chart = ResultsChart()
        self.chart.setObjectName("reportChart")
        lower.addWidget(self.chart, 3)
        self.indicators = plain(QLabel())
        self.indicators.setObjectName("reportIndicators")
        self.indicators.setWordWrap(True)
        self.indicators.setAlignment(Qt.AlignmentFlag.AlignTop)
        lower.addWidget(self.indicators, 2)
        layout.addLayout(lower, 2)
        self.message = plain(QLabel())
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._kind_changed()

    # ---- controls ------------------------------------------------------------------------
    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        self.kind.addItem(self.tr("Calendar month"), MONTH)
        self.kind.addItem(self.tr("15th to 14th"), MID_MONTH)
        self.kind.addItem(self.tr("Date range"), RANGE)
        if self.desk.reports.default_window == Window.MID_MONTH.value:
            self.kind.setCurrentIndex(1)
        today = QDate.currentDate()
        last_month = today.addMonths(-1)
        self.month = MonthEdit(last_month)
        self.month.setObjectName("reportMonth")
        self.month.setMaximumWidth(self.month.fontMetrics().horizontalAdvance("00/00000") + 24)
        self.date_from = QDateEdit(QDate(last_month.year(), last_month.month(), 1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.by = QComboBox()
        self.by.setObjectName("reportBy")
        self.by.addItem(self.tr("By field"), GroupBy.FIELD.value)
        self.by.addItem(self.tr("By procedure"), GroupBy.PROCEDURE.value)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("showReport")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.compute)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        for widget in (self.kind, self.month, self.date_from, QLabel("→"), self.date_to, self.by):
            row.addWidget(widget)
        row.addWidget(self.show_button)
        row.addStretch(1)
        formats = (
            ("xlsx", self.tr("Export XLSX")),
            ("pdf", self.tr("Export PDF")),
            ("csv", self.tr("Export CSV")),
        )
        self.export_buttons = add_export_buttons(row, formats, "export_", self.export)
        self.register_button = QPushButton(self.tr("Register (form 07)…"))
        self.register_button.setObjectName("exportRegister")
        self.register_button.clicked.connect(self.export_register)
        row.addWidget(self.register_button)
        return row

    def _kind_changed(self) -> None:
        ranged = self.kind.currentData() == RANGE
        self.month.setVisible(not ranged)
        self.date_from.setVisible(ranged)
        self.date_to.setVisible(ranged)

    def period(self) -> Period:
        kind = self.kind.currentData()
        if kind == RANGE:
            first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
            assert isinstance(first, date) and isinstance(last, date)
            return range_period(first, last)
        month = self.month.date()
        return month_period(month.year(), month.month(), Window(kind))

    # ---- computing -----------------------------------------------------------------------
    def activate(self) -> None:
        if self.report is None:
            self.compute()

    def compute(self) -> None:
        try:
            period = self.period()
        except DeskError as exc:
            self.message.setText(exc.message)
            return
        by = GroupBy(self.by.currentData())
        self.show_button.setEnabled(False)
        self.message.setText(self.tr("Counting…"))
        self.tasks.run(
            lambda _r: self.desk.reports.compute(period, by),
            on_done=self.show_report,
            on_error=self._failed,
        )

    def _failed(self, error: DeskError) -> None:
        self.show_button.setEnabled(True)
        self.message.setText(error.message)

    def _say_failure(self, error: DeskError) -> None:
        self.message.setText(error.message)

    def show_report(self, report: MonthlyReport) -> None:
        self.report = report
        form = report.form
        self.show_button.setEnabled(True)
        self.message.setText("")
        self.heading.setText(form.period_line)
        self.table.setHorizontalHeaderItem(
            1,
            QTableWidgetItem(
                self.tr("Field") if form.by == GroupBy.FIELD else self.tr("Procedure")
            ),
        )
        self.table.setRowCount(len(form.rows) + 1)
        for index, row in enumerate(form.rows):
            name = row.name if form.by == GroupBy.FIELD else f"{row.code} – {row.name}"
            self._fill(index, str(index + 1), name, row.counts)
        self._fill(len(form.rows), "", texts.TOTAL, form.total, bold=True)
        self.table.resizeRowsToContents()
        fields: dict[str, Counts] = {}
        for row in form.rows:
            key = row.name if form.by == GroupBy.FIELD else row.field_code
            fields.setdefault(key, Counts()).add(row.counts)
        self.chart.set_data(
            [(name, (c.early, c.on_time, c.late, c.overdue)) for name, c in sorted(fields.items())],
            texts.CHART_SERIES,
        )
        ind = report.indicators
        self.indicators.setText(
            "\n".join(
                [
                    f"{texts.IND_ON_TIME}: {percent(ind.on_time_share)}",
                    f"{texts.IND_OVERDUE}: {percent(ind.overdue_share)}",
                    f"{texts.IND_ONLINE}: {percent(ind.online_share)}",
                    f"{texts.IND_SATISFACTION}: {percent(ind.satisfaction_share)} "
                    f"({ind.satisfied}/{ind.satisfaction_answers})",
                    f"{texts.IND_FEES}: {grouped(ind.fees_total)} đ",
                    f"{texts.IND_CASHLESS}: {percent(ind.cashless_share)}",
                    *(f"{label}: {value}" for label, value in digitisation_lines(ind.digitisation)),
                ]
            )
        )
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def _fill(self, row: int, number: str, name: str, counts: Counts, bold: bool = False) -> None:
        self.table.setItem(row, 0, cell(number, right=True, bold=bold))
        self.table.setItem(row, 1, cell(name, bold=bold))
        for column, value in enumerate(counts.columns(), start=2):
            self.table.setItem(row, column, cell(grouped(value), right=True, bold=bold))

    # ---- exporting -----------------------------------------------------------------------
    def _ask_path(self, suggested: str, fmt: str) -> str | None:
        return ask_export_path(self, suggested, fmt)

    def _suggested(self, stem: str, fmt: str) -> str:
        period = self.period()
        return f"{stem}-{period.first:%Y%m%d}-{period.last:%Y%m%d}.{fmt}"

    def export(self, fmt: str) -> None:
        report = self.report
        if report is None:
            return
        path = self.choose_path(self._suggested("bao-cao-II06a", fmt), fmt)
        if not path:
            return
        self.message.setText(self.tr("Writing {path}…").format(path=path))
        self.tasks.run(
            lambda _r: self.desk.reports.export(report, fmt, Path(path)),
            on_done=lambda saved: self.message.setText(self.tr("Saved {path}.").format(path=saved)),
            on_error=self._say_failure,
        )

    def export_register(self) -> None:
        try:
            period = self.period()
        except DeskError as exc:
            self.message.setText(exc.message)
            return
        path = self.choose_path(self._suggested("so-theo-doi", "xlsx"), "xlsx")
        if not path:
            return
        fmt = "pdf" if path.lower().endswith(".pdf") else "xlsx"
        self.tasks.run(
            lambda _r: self.desk.reports.export_register(period, fmt, Path(path)),
            on_done=lambda lines: self.message.setText(
                self.tr("Saved the register ({n} dossiers) to {path}.").format(n=lines, path=path)
            ),
            on_error=self._say_failure,
        )
