"""Báo cáo: the monthly report (form II.06a) arrives with the report module."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from ui.tasks import TaskRunner


class ReportPage(QWidget):
    """A placeholder with the report's controls, disabled until the report module lands."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        title = QLabel(self.tr("Monthly report"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.notice = QLabel(
            self.tr(
                "The monthly report on handling administrative procedures (form II.06a) and the "
                "dossier register arrive with the report module. Until then the counts are on "
                "the deadline board and in the dossier list."
            )
        )
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)

        form = QFormLayout()
        self.period = QComboBox()
        self.period.addItems([self.tr("Month"), self.tr("Quarter"), self.tr("Year")])
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("MM/yyyy")
        self.period.setMaximumWidth(240)
        self.month.setMaximumWidth(240)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Month"), self.month)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.export_buttons = [
            QPushButton(self.tr("Export XLSX")),
            QPushButton(self.tr("Export PDF")),
            QPushButton(self.tr("Export CSV")),
        ]
        for button in self.export_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for widget in (self.period, self.month, *self.export_buttons):
            widget.setEnabled(False)
