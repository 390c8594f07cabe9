"""The dossier's own details on the intake page: summary, sets, result delivery, channel, note.

Channel: at the counter (1) or by public post (3); online dossiers (2) arrive by sync.
Delivery of the result: at the counter (0) or by post (1). See DOMAIN.md §2.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.dossiers.validation import NOTE_MAX, SUMMARY_MAX
from ui.widgets.plain import ERROR_STYLE

CHANNELS = (1, 3)
DELIVERIES = (0, 1)
MAX_SETS = 20


class DossierDetailsBox(QGroupBox):
    """Summary, number of sets, delivery, channel and note, with a line for a message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dossier"))
        self.summary = QLineEdit(self)
        self.summary.setMaxLength(SUMMARY_MAX)
        self.summary.setPlaceholderText(self.tr("Request summary (default: the procedure name)"))
        self.sets = QSpinBox(self)
        self.sets.setRange(1, MAX_SETS)
        self.delivery = QComboBox(self)
        self.delivery.addItems([self.tr("At the counter"), self.tr("By post")])
        self.channel = QComboBox(self)
        self.channel.addItems([self.tr("At the counter"), self.tr("By public post")])
        self.note = QLineEdit(self)
        self.note.setMaxLength(NOTE_MAX)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.sets)
        row.addSpacing(12)
        row.addWidget(self._label(self.tr("Res&ult:"), self.delivery))
        row.addWidget(self.delivery, 1)
        row.addSpacing(12)
        row.addWidget(self._label(self.tr("Recei&ved:"), self.channel))
        row.addWidget(self.channel, 1)
        form = QFormLayout(self)
        form.addRow(self._label(self.tr("Summar&y:"), self.summary), self.summary)
        form.addRow(self._label(self.tr("S&ets:"), self.sets), row)
        form.addRow(self._label(self.tr("N&ote:"), self.note), self.note)
        form.addRow(self.message)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def focus_chain(self) -> list[QWidget]:
        return [self.summary, self.sets, self.delivery, self.channel, self.note]

    def values(self) -> dict[str, Any]:
        return {
            "summary": self.summary.text(),
            "sets": self.sets.value(),
            "delivery": DELIVERIES[self.delivery.currentIndex()],
            "channel": CHANNELS[self.channel.currentIndex()],
            "note": self.note.text(),
        }

    def set_values(self, data: dict[str, Any]) -> None:
        self.summary.setText(_text(data.get("summary")))
        self.note.setText(_text(data.get("note")))
        sets = data.get("sets")
        ok = isinstance(sets, int) and not isinstance(sets, bool) and 1 <= sets <= MAX_SETS
        self.sets.setValue(sets if ok and isinstance(sets, int) else 1)
        self.delivery.setCurrentIndex(_index(DELIVERIES, data.get("delivery")))
        self.channel.setCurrentIndex(_index(CHANNELS, data.get("channel")))
        self.message.hide()

    def is_empty(self) -> bool:
        return not self.summary.text().strip() and not self.note.text().strip()

    def show_error(self, field: str | None, message: str) -> QWidget:
        """Show ``message`` under the details; returns the widget the field names."""
        self.message.setText(message)
        self.message.show()
        targets: dict[str, QWidget] = {
            "summary": self.summary,
            "note": self.note,
            "sets": self.sets,
            "delivery": self.delivery,
            "channel": self.channel,
        }
        return targets.get(field or "", self.summary)

    def clear_error(self) -> None:
        self.message.hide()


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _index(options: tuple[int, ...], value: Any) -> int:
    return options.index(value) if value in options else 0
