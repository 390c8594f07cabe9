"""A month field (MM/yyyy) that takes what is typed: a line edit with a validator.

A ``QDateEdit`` on ``MM/yyyy`` ignores digits typed where its cursor sits (a click puts the
cursor, not a selection, in the month): "12/2026" typed there left the month unchanged.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QFocusEvent, QMouseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.errors import InputError

MONTH = re.compile(r"(0?[1-9]|1[0-2])[/.\-](\d{4})")
FIRST_YEAR, LAST_YEAR = 1900, 9999


class MonthEdit(QLineEdit):
    """``MM/yyyy``; the whole text is selected on entering, so typing replaces it."""

    def __init__(self, month: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(MONTH.pattern), self))
        self.setMaxLength(7)
        self.setPlaceholderText("MM/yyyy")
        self._select_on_release = False
        self.setDate(month)

    def setDate(self, month: QDate) -> None:  # noqa: N802 - as QDateEdit's
        self.setText(f"{month.month():02d}/{month.year():04d}")

    def date(self) -> QDate:
        """The first day of the month typed; :class:`InputError` while it is not a month."""
        found = MONTH.fullmatch(self.text().strip())
        year = int(found.group(2)) if found else 0
        if found is None or not FIRST_YEAR <= year <= LAST_YEAR:
            raise InputError(
                "Tháng báo cáo chưa đúng: hãy nhập tháng/năm, ví dụ 10/2026.", field="month"
            )
        return QDate(year, int(found.group(1)), 1)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.selectAll()
        # a click places the cursor after this event: select again once it is released
        self._select_on_release = event.reason() == Qt.FocusReason.MouseFocusReason

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        if self._select_on_release and not self.hasSelectedText():
            self.selectAll()
        self._select_on_release = False
