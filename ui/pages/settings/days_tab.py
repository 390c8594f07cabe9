"""Ngày nghỉ: the year's days off and make-up days as shipped with the desk (provisional
years marked), the office's own days over them (add, drop), and the 24/11 weekend rule."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from desktop.calendar.holidays import HolidayYear, weekday_vi
from desktop.desk import Desk
from desktop.errors import DeskError
from desktop.office_days import OfficeDay
from ui.pages.settings.keyed_tab import SettingsTab
from ui.tasks import TaskRunner
from ui.widgets.table_cells import list_table

CULTURE_DAY_KEY = "holidays.culture_day_compensated"


class DaysTab(SettingsTab):
    """One year's days: the government's and the office's own."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.intro(
            self.tr(
                "Public holidays and make-up days come with the desk. Add the office's own "
                "changes here: a day off (e.g. a local event) or a working day."
            )
        )
        top = QHBoxLayout()
        year_label = QLabel(self.tr("&Year"))
        top.addWidget(year_label)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(desk.now().year)
        self.year.valueChanged.connect(lambda _y: self.reload())
        top.addWidget(self.year)
        self.provisional = QLabel()
        self.provisional.setObjectName("provisional")
        top.addWidget(self.provisional, 1)
        self.box.addLayout(top)
        year_label.setBuddy(self.year)

        heads = [self.tr("Day"), self.tr("Kind"), self.tr("Name")]
        self.table = list_table("days", heads, 2)
        self.box.addWidget(self.table, 1)

        own = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setObjectName("day")
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        today = desk.now().date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("day off"), False)
        self.kind.addItem(self.tr("working day"), True)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Note (why)"))
        self.mark_button = QPushButton(self.tr("&Set this day"))
        self.mark_button.setObjectName("markDay")
        self.mark_button.clicked.connect(self.mark)
        self.clear_button = QPushButton(self.tr("&Drop the office's change"))
        self.clear_button.setObjectName("clearDay")
        self.clear_button.clicked.connect(self.clear)
        for widget in (self.day, self.kind, self.note):
            own.addWidget(widget)
        own.addWidget(self.mark_button)
        own.addWidget(self.clear_button)
        self.box.addLayout(own)

        self.culture_day = QCheckBox(
            self.tr(
                "When 24/11 (Vietnamese Culture Day) falls on a weekend, the next working day "
                "is off"
            )
        )
        self.culture_day.setObjectName("holidays_culture_day_compensated")
        self.culture_day.toggled.connect(self.save_culture_day)
        self.box.addWidget(self.culture_day)
        self.box.addWidget(self.message)
        self.own_days: dict[int, date] = {}

    def reload(self) -> None:
        year = self.year.value()
        days = self.desk.office_days
        self.culture_day.blockSignals(True)
        self.culture_day.setChecked(self.desk.profile.settings.holidays_culture_day_compensated)
        self.culture_day.blockSignals(False)
        self.tasks.run(
            lambda _report: (days.holidays(year), days.of_year(year)),
            on_done=lambda found: self.show_year(*found),
            on_error=lambda e: self.say(e.message, error=True),
        )

    def show_year(self, holidays: HolidayYear, own: list[OfficeDay]) -> None:
        rows: list[tuple[date, str, str, bool]] = []
        rows += [(d, self.tr("public day off"), n, False) for d, n in holidays.days_off.items()]
        rows += [(d, self.tr("make-up day"), n, False) for d, n in holidays.makeup_days.items()]
        for mark in own:
            kind = self.tr("office: working day") if mark.working else self.tr("office: day off")
            rows.append((mark.day, kind, mark.note, True))
        rows.sort(key=lambda r: (r[0], r[3]))
        self.table.setRowCount(len(rows))
        self.own_days = {}
        for index, (day, kind, name, mine) in enumerate(rows):
            shown = f"{day:%d/%m/%Y} ({weekday_vi(day)})"
            for column, text in enumerate((shown, kind, name)):
                self.table.setItem(index, column, QTableWidgetItem(text))
            if mine:
                self.own_days[index] = day
        self.table.resizeColumnsToContents()
        self.provisional.setText(
            self.tr("Provisional: the government has not yet decided this year's days.")
            if holidays.provisional
            else ""
        )

    def chosen_day(self) -> date:
        picked = self.day.date()
        return date(picked.year(), picked.month(), picked.day())

    def mark(self) -> None:
        day, working, note = self.chosen_day(), bool(self.kind.currentData()), self.note.text()
        days = self.desk.office_days
        self.tasks.run(
            lambda _report: days.mark(day, working=working, note=note),
            on_done=lambda _none: self._done(self.tr("Saved.")),
            on_error=self._refused,
            writes=True,
        )

    def clear(self) -> None:
        """Drop the office's change on the selected row's day (else the day in the box)."""
        row = self.table.currentRow()
        day = self.own_days.get(row, self.chosen_day())
        days = self.desk.office_days

        def dropped(removed: bool) -> None:
            text = self.tr("The office's change was dropped.")
            self._done(text if removed else self.tr("The office has no change on that day."))

        self.tasks.run(
            lambda _report: days.clear(day), on_done=dropped, on_error=self._refused, writes=True
        )

    def save_culture_day(self, on: bool) -> None:
        office, days = self.desk.office, self.desk.office_days
        value = "true" if on else "false"

        def change(_report: object) -> None:
            office.change_settings({CULTURE_DAY_KEY: value})
            days.refresh()  # the deadlines count the rule at once

        self.tasks.run(
            change,
            on_done=lambda _s: self._done(self.tr("Saved.")),
            on_error=self._refused,
            writes=True,
        )

    def _done(self, text: str) -> None:
        self.reload()
        self.say(text)

    def _refused(self, error: DeskError) -> None:
        self.say(error.message, error=True)
        self.reload()
