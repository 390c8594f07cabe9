"""A line edit that checks itself with the core's validators and says what is wrong inline.

While the officer types, a :class:`CheckValidator` only classifies the text (Invalid
characters are refused, Intermediate while incomplete, Acceptable once the core's check
passes); nothing pops up. When editing finishes (Enter, Tab, focus leaves) the check runs
and its Vietnamese :class:`~desktop.errors.InputError` message appears in the field's note
label; focus and text are left alone. Soft warnings (an ID that disagrees with the birth
date) appear in the same label in amber and never block.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.errors import InputError
from ui.widgets.plain import ERROR_STYLE

# What a check does: returns soft warnings, or raises InputError with the message.
Check = Callable[[str], Sequence[str]]

WARNING_STYLE = "color: #8a5300; background: #fff4d6; border-radius: 3px; padding: 1px 4px;"
INVALID_EDIT_STYLE = "QLineEdit { border: 1px solid #b3261e; }"


class CheckValidator(QValidator):
    """Invalid when a character is not allowed, Acceptable when the check passes,
    Intermediate otherwise (the officer is still typing)."""

    def __init__(self, check: Check, allowed: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._check = check
        self._allowed = re.compile(allowed) if allowed else None

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._allowed is not None and not self._allowed.fullmatch(text):
            return QValidator.State.Invalid, text, pos
        try:
            self._check(text)
        except InputError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class ValidatedLineEdit(QLineEdit):
    """A :class:`QLineEdit` with a check and a note label (put ``note`` under it in a layout).

    ``checked(ok)`` is emitted whenever the check runs on finished editing.
    """

    checked = Signal(bool)

    def __init__(
        self,
        check: Check,
        *,
        allowed: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.error: str | None = None
        self.warnings: tuple[str, ...] = ()
        self._dirty = False
        self.setValidator(CheckValidator(check, allowed, self))
        self.note = QLabel(parent)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finished)

    # -- checking ---------------------------------------------------------------------

    def run_check(self) -> bool:
        """Check the text now; show the error or warnings beside the field. True when valid."""
        self._dirty = False
        try:
            warnings = tuple(self._check(self.text()))
        except InputError as exc:
            self.show_error(exc.message)
            self.checked.emit(False)
            return False
        self.error = None
        self.setStyleSheet("")
        self.show_warnings(warnings)
        self.checked.emit(True)
        return True

    def is_valid(self) -> bool:
        try:
            self._check(self.text())
        except InputError:
            return False
        return True

    def show_error(self, message: str) -> None:
        self.error = message
        self.warnings = ()
        self.setStyleSheet(INVALID_EDIT_STYLE)
        self.setAccessibleDescription(message)
        self.note.setStyleSheet(ERROR_STYLE)
        self.note.setText(message)
        self.note.show()

    def show_warnings(self, warnings: Sequence[str]) -> None:
        self.warnings = tuple(warnings)
        self.setAccessibleDescription(" ".join(warnings))
        if warnings:
            self.note.setStyleSheet(WARNING_STYLE)
            self.note.setText("\n".join(f"⚠ {w}" for w in warnings))
            self.note.show()
        else:
            self.note.clear()
            self.note.hide()

    def clear_note(self) -> None:
        self.error = None
        self.setStyleSheet("")
        self.show_warnings(())

    def reset(self, text: str = "") -> None:
        """Set the text without checking it and forget any message."""
        self.setText(text)
        self._dirty = False
        self.clear_note()

    # -- events -----------------------------------------------------------------------

    def _edited(self, _text: str) -> None:
        self._dirty = True
        if self.error is not None and self.is_valid():
            self.clear_note()  # fixed while typing: the message goes away at once

    def _finished(self) -> None:
        if self._dirty or self.error is not None:
            self.run_check()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        # QLineEdit emits editingFinished only for Acceptable text; check the rest here.
        super().focusOutEvent(event)
        # Not when a popup opens or the officer switches windows: editing goes on after.
        passing = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
        if event.reason() not in passing and self._dirty:
            self.run_check()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.hasAcceptableInput():
            self.run_check()
        super().keyPressEvent(event)
