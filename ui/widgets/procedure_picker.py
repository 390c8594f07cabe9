"""Choose a procedure by typing: marks are ignored, every word must match, codes work too.

``khai sinh`` finds "Đăng ký khai sinh", ``chung thuc`` the certification procedures and
``1.0011`` the codes that start so. Up/Down move through the matches, Enter takes the
highlighted one (a click does too); the list never takes the focus, so Tab goes on to the
next field. Enter in the empty box takes nothing (a stray Enter between two citizens must not
choose the first procedure of the list) unless the officer moved through the list first.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.choices import ProcedureChoice
from desktop.text import fold

VISIBLE_ROWS = 5
_STEPS = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: VISIBLE_ROWS,
    Qt.Key.Key_PageUp: -VISIBLE_ROWS,
}


def matches(choice: ProcedureChoice, text: str) -> bool:
    """True when every word of ``text`` (folded) occurs in the procedure's code and name."""
    words = [w for w in fold(text).split() if any(ch.isalnum() for ch in w)]
    return all(word in choice.folded for word in words)


class ProcedurePicker(QWidget):
    """A search box over the procedures in force, with the matches listed under it."""

    chosen = Signal(object)  # the ProcedureChoice taken, or None after reset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[ProcedureChoice] = []
        self._current: ProcedureChoice | None = None
        self._browsed = False  # Up/Down moved the highlight since the text last changed
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Type a name or a code, without marks: khai sinh, chung thuc, 1.0011")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Procedure"))
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setStyleSheet("QListWidget::item { padding: 2px 4px; }")
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * VISIBLE_ROWS + 16)
        self.empty = QLabel(self)
        self.empty.setStyleSheet("color: #6b6b6b;")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.setFocusProxy(self.search)
        self.search.textEdited.connect(self._refilter)
        self.search.returnPressed.connect(self._enter)
        self.search.installEventFilter(self)
        self.list.itemClicked.connect(lambda _item: self.take_highlighted())

    # -- data -------------------------------------------------------------------------

    def set_procedures(self, choices: Sequence[ProcedureChoice]) -> None:
        self._all = list(choices)
        self._refilter(self.search.text())
        if self.list.count():  # room for VISIBLE_ROWS rows as they are drawn
            rows = self.list.sizeHintForRow(0) * VISIBLE_ROWS
            self.list.setFixedHeight(rows + 2 * self.list.frameWidth())

    def procedures(self) -> list[ProcedureChoice]:
        return list(self._all)

    def current(self) -> ProcedureChoice | None:
        return self._current

    def visible_codes(self) -> list[str]:
        return [self._choice_at(row).code for row in range(self.list.count())]

    def highlighted(self) -> ProcedureChoice | None:
        row = self.list.currentRow()
        return self._choice_at(row) if row >= 0 else None

    # -- choosing ---------------------------------------------------------------------

    def take_highlighted(self) -> None:
        choice = self.highlighted()
        if choice is not None:
            self._take(choice)

    def _enter(self) -> None:
        """Enter takes the highlighted procedure and goes on to the next field."""
        if not self.search.text().strip() and not self._browsed:
            return
        if self.highlighted() is not None:
            self.take_highlighted()
            self.search.focusNextChild()

    def select_code(self, code: str) -> bool:
        """Take the procedure with this code (drafts, tests); False when it is not in force."""
        for choice in self._all:
            if choice.code == code:
                self._take(choice)
                return True
        return False

    def reset(self) -> None:
        self.search.clear()
        self._refilter("")
        if self._current is not None:
            self._current = None
            self.chosen.emit(None)

    def _take(self, choice: ProcedureChoice) -> None:
        self.search.setText(label_of(choice))
        self._refilter(self.search.text())
        changed = self._current != choice
        self._current = choice
        if changed:
            self.chosen.emit(choice)

    # -- filtering and keys -----------------------------------------------------------

    def _refilter(self, text: str) -> None:
        self._browsed = False
        self.list.clear()
        for choice in ranked([c for c in self._all if matches(c, text)], text):
            mark = "" if choice.confirmed else "   " + self.tr("(unconfirmed)")
            item = QListWidgetItem(f"{choice.code}   {choice.name}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setToolTip(f"{choice.code} — {choice.name} ({choice.field_name})")
            if not choice.confirmed:
                item.setForeground(QColor("#8a5a00"))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(bool(self._all) and self.list.count() == 0)
        self.empty.setText(self.tr("No procedure matches “{text}”.").format(text=text.strip()))

    def _choice_at(self, row: int) -> ProcedureChoice:
        choice: ProcedureChoice = self.list.item(row).data(Qt.ItemDataRole.UserRole)
        return choice

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Coming back to a chosen procedure: typing replaces its label.
        if (
            watched is self.search
            and event.type() == QEvent.Type.FocusIn
            and self._current is not None
            and self.search.text() == label_of(self._current)
        ):
            self.search.selectAll()
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = _STEPS.get(Qt.Key(event.key()), 0)
            if step and self.list.count():
                row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
                self.list.setCurrentRow(row)
                self.list.scrollToItem(self.list.currentItem())
                self._browsed = True
                return True
        return super().eventFilter(watched, event)


def ranked(choices: list[ProcedureChoice], text: str) -> list[ProcedureChoice]:
    """Names that begin with what was typed first, then the shorter (the plain procedure
    before its variants: "khai sinh" lists Đăng ký khai sinh before the foreign-element one)."""
    typed = fold(text).strip()
    if not typed:
        return choices

    def key(choice: ProcedureChoice) -> tuple[bool, int, str]:
        name = fold(choice.name)
        return (not name.startswith(typed), len(name), choice.code)

    return sorted(choices, key=key)


def label_of(choice: ProcedureChoice) -> str:
    return f"{choice.code} – {choice.name}"
