"""A settings tab whose fields are keys of the settings file (``Settings.SETTABLE``).

Each row binds a key to a widget; Save sends every row's text at once to
``Desk.office.change_settings``, which checks them all before writing: a refused value saves
nothing, its Vietnamese reason shows under the tab and its field takes the focus.

Texts of these base classes are translated in their own context (``KeyedTab``): ``self.tr``
would look them up under the subclass's name.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from desktop.errors import DeskError
from desktop.settings import Settings
from ui.tasks import TaskRunner
from ui.widgets.plain import ERROR_STYLE, plain

OK_STYLE = "color: #1b5e20;"
FIELD_WIDTH = 640  # an address fits; the form does not stretch over a wide screen


@dataclass(frozen=True)
class Row:
    """A settings key and the widget that edits it."""

    key: str
    widget: QWidget


def widget_text(widget: QWidget) -> str:
    """What ``widget`` holds, as `config set` would take it."""
    if isinstance(widget, QCheckBox):
        return "true" if widget.isChecked() else "false"
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return str(widget.value())
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        typed = widget.isEditable() and widget.currentText() != widget.itemText(
            widget.currentIndex()
        )  # an editable list's own text (a printer not listed)
        return widget.currentText() if data is None or typed else str(data)
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(f"no text for {type(widget).__name__}")


def show_value(widget: QWidget, value: object) -> None:
    """Put a stored setting into ``widget``."""
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(str(value)))
    elif isinstance(widget, QDoubleSpinBox):
        widget.setValue(float(str(value)))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0 and widget.isEditable():
            widget.setEditText(str(value))
        else:
            widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))


class SettingsTab(QWidget):
    """A tab with a title line, a form and (for :class:`KeyedTab`) a Save button."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(16, 12, 16, 12)
        self.box.setSpacing(10)
        self.message = plain(QLabel())
        self.message.setObjectName("tabMessage")
        self.message.setWordWrap(True)

    def intro(self, text: str) -> QLabel:
        """A line saying what the tab is for, at its top."""
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        self.box.insertWidget(0, label)
        return label

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)

    def reload(self) -> None:
        """Show what is stored now (the tab is shown again, or another officer signed in)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.reload()
        super().showEvent(event)


class KeyedTab(SettingsTab):
    """Rows of settings keys saved together."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.rows: list[Row] = []
        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.box.addLayout(self.form)

    def add(self, key: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        """A row for ``key``; its widget is named for the key (``payment.bank_bin`` →
        ``payment_bank_bin``) so tests and the keyboard find it."""
        widget.setObjectName(key.replace(".", "_"))
        self.rows.append(Row(key, widget))
        if hint:
            widget.setToolTip(hint)
        if not isinstance(widget, QCheckBox):
            widget.setMaximumWidth(FIELD_WIDTH)
        self.form.addRow(label, widget)
        return widget

    def finish(self) -> None:
        """The Save button and the message line under the form."""
        line = QHBoxLayout()
        self.save_button = QPushButton(QCoreApplication.translate("KeyedTab", "&Save"))
        self.save_button.setObjectName("saveTab")
        self.save_button.clicked.connect(self.save)
        line.addWidget(self.save_button)
        line.addWidget(self.message, 1)
        self.box.addLayout(line)
        self.box.addStretch(1)

    def values(self) -> dict[str, str]:
        return {row.key: widget_text(row.widget) for row in self.rows}

    def reload(self) -> None:
        settings = self.desk.profile.settings
        for row in self.rows:
            show_value(row.widget, getattr(settings, Settings.SETTABLE[row.key]))

    def save(self) -> None:
        values = self.values()
        office = self.desk.office
        self.tasks.run(
            lambda _report: office.change_settings(values),
            on_done=self._saved,
            on_error=self._refused,
            writes=True,
        )

    def _saved(self, _settings: Settings) -> None:
        self.reload()
        self.say(QCoreApplication.translate("KeyedTab", "Saved."))

    def _refused(self, error: DeskError) -> None:
        self.say(error.message, error=True)
        for row in self.rows:
            if row.key == error.field:
                row.widget.setFocus()
