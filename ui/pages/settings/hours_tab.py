"""Giờ làm việc: the office's sessions Monday to Friday, a Saturday morning when it opens
then, and the sessions of a make-up Saturday; saved as the hours' text form, which the
officer may also edit whole (different hours on some weekday)."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from desktop.calendar.office_hours import OfficeHours
from desktop.desk import Desk
from desktop.errors import DeskError
from ui.pages.settings.keyed_tab import SettingsTab
from ui.tasks import TaskRunner


def _time(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    return edit


def _span(start: QTimeEdit, end: QTimeEdit) -> str:
    return f"{start.time().toString('HH:mm')}-{end.time().toString('HH:mm')}"


class HoursTab(SettingsTab):
    """Morning and afternoon of the working week, Saturday morning, the make-up day."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.intro(
            self.tr(
                "Appointments are counted in these hours. A change applies to dossiers received "
                "from now on; appointments already given keep their date."
            )
        )
        form = QFormLayout()
        form.setVerticalSpacing(8)
        self.morning = (_time("morningFrom"), _time("morningTo"))
        self.afternoon = (_time("afternoonFrom"), _time("afternoonTo"))
        self.saturday = QCheckBox(self.tr("Open on Saturday &morning"))
        self.saturday.setObjectName("saturday")
        self.saturday_hours = (_time("saturdayFrom"), _time("saturdayTo"))
        self.makeup = (_time("makeupFrom"), _time("makeupTo"))
        self.makeup_afternoon = (_time("makeupAfternoonFrom"), _time("makeupAfternoonTo"))
        form.addRow(self.tr("Monday to Friday, morning"), self._pair(self.morning))
        form.addRow(self.tr("Monday to Friday, afternoon"), self._pair(self.afternoon))
        form.addRow("", self.saturday)
        form.addRow(self.tr("Saturday morning"), self._pair(self.saturday_hours))
        form.addRow(self.tr("Make-up Saturday, morning"), self._pair(self.makeup))
        form.addRow(self.tr("Make-up Saturday, afternoon"), self._pair(self.makeup_afternoon))
        self.text = QLineEdit()
        self.text.setObjectName("hoursText")
        self.text.setToolTip(
            self.tr(
                "The hours as saved, e.g. T2-T6=07:30-11:30,13:30-17:00; T7=07:30-11:30; "
                "bu=07:30-11:30,13:30-17:00 (bu: the make-up Saturday). Edit it for different "
                "hours on some weekday."
            )
        )
        form.addRow(self.tr("Saved as (editable)"), self.text)
        self.box.addLayout(form)
        for edit in (
            *self.morning,
            *self.afternoon,
            *self.saturday_hours,
            *self.makeup,
            *self.makeup_afternoon,
        ):
            edit.timeChanged.connect(self.compose)
        self.saturday.toggled.connect(self.compose)
        line = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save the hours"))
        self.save_button.setObjectName("saveHours")
        self.save_button.clicked.connect(self.save)
        line.addWidget(self.save_button)
        line.addWidget(self.message, 1)
        self.box.addLayout(line)
        self.box.addStretch(1)
        self.loading = False

    @staticmethod
    def _pair(edits: tuple[QTimeEdit, QTimeEdit]) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edits[0])
        row.addWidget(QLabel("→"))
        row.addWidget(edits[1])
        row.addStretch(1)
        return holder

    def reload(self) -> None:
        """The stored hours in the fields (Monday's sessions stand for the week)."""
        hours = self.desk.calendar.hours
        self.loading = True
        try:
            monday = hours.weekly[0] or next(s for s in hours.weekly.values() if s)
            self._put(self.morning, monday[0])
            self._put(self.afternoon, monday[-1] if len(monday) > 1 else None)
            saturday = hours.weekly[5]
            self.saturday.setChecked(bool(saturday))
            self._put(self.saturday_hours, saturday[0] if saturday else monday[0])
            self._put(self.makeup, hours.makeup_day[0])
            later = hours.makeup_day[-1] if len(hours.makeup_day) > 1 else None
            self._put(self.makeup_afternoon, later)
        finally:
            self.loading = False
        self.text.setText(hours.to_text())

    @staticmethod
    def _put(edits: tuple[QTimeEdit, QTimeEdit], session: object) -> None:
        if not isinstance(session, tuple):
            edits[0].setTime(QTime(0, 0))
            edits[1].setTime(QTime(0, 0))
            return
        for edit, moment in zip(edits, session, strict=True):
            edit.setTime(QTime(moment.hour, moment.minute))

    def compose(self) -> None:
        """The text form of what the fields say (an empty afternoon: 00:00 → 00:00)."""
        if self.loading:
            return
        week = [_span(*self.morning)]
        if self._set(self.afternoon):
            week.append(_span(*self.afternoon))
        parts = [f"T2-T6={','.join(week)}"]
        if self.saturday.isChecked():
            parts.append(f"T7={_span(*self.saturday_hours)}")
        makeup = [_span(*self.makeup)]
        if self._set(self.makeup_afternoon):
            makeup.append(_span(*self.makeup_afternoon))
        if makeup != week:  # else the make-up Saturday works the weekdays' hours
            parts.append(f"bu={','.join(makeup)}")
        self.text.setText("; ".join(parts))

    @staticmethod
    def _set(edits: tuple[QTimeEdit, QTimeEdit]) -> bool:
        return not (edits[0].time() == QTime(0, 0) and edits[1].time() == QTime(0, 0))

    def save(self) -> None:
        text, office_days = self.text.text(), self.desk.office_days
        self.tasks.run(
            lambda _report: office_days.set_hours(OfficeHours.parse(text)),
            on_done=lambda _none: self._saved(),
            on_error=self._refused,
            writes=True,
        )

    def _saved(self) -> None:
        self.reload()
        self.say(self.tr("Saved: appointments are counted in these hours from now on."))

    def _refused(self, error: DeskError) -> None:
        self.say(error.message, error=True)
        self.text.setFocus()
