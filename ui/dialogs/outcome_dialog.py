"""What the officer writes when a dossier is not accepted as it is.

*Request supplement* (form 02) collects the numbered list of what the applicant must add or
correct (guidance is given once and in full, so the list should be complete); *Refuse*
(form 03) collects the reason. Enter adds an item, Delete removes the highlighted one,
Ctrl+Enter confirms, Esc cancels. The dialog is opened with ``open()`` (window-modal, not
blocking) and the page reads :meth:`OutcomeDialog.outcome` when it is accepted.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.dossiers.outcome import Outcome, OutcomeKind
from desktop.dossiers.validation import NOTE_MAX
from ui.widgets.plain import error_label


class OutcomeDialog(QDialog):
    """Collects the items to supplement, or the reason for a refusal."""

    def __init__(
        self,
        kind: OutcomeKind,
        *,
        suggested: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if kind not in (OutcomeKind.SUPPLEMENT, OutcomeKind.REFUSE):
            raise ValueError(f"no dialog for {kind}")
        self.kind = kind
        self.setMinimumWidth(560)
        self.message = error_label()
        self.message.hide()
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        for button in (self.ok_button, cancel):
            button.setAutoDefault(False)  # Enter adds an item; Ctrl+Enter confirms
            button.setDefault(False)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._confirm)
        layout = QVBoxLayout(self)
        if kind == OutcomeKind.SUPPLEMENT:
            self._build_supplement(layout, suggested)
        else:
            self._build_refusal(layout)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # -- supplement -------------------------------------------------------------------

    def _build_supplement(self, layout: QVBoxLayout, suggested: Sequence[str]) -> None:
        self.setWindowTitle(self.tr("Request supplement (form 02)"))
        intro = QLabel(
            self.tr(
                "List everything the applicant must add or correct, with the reason. "
                "Guidance is given once and in full. Enter adds the item; Delete removes "
                "the highlighted one; Ctrl+Enter confirms."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.item_edit = QLineEdit(self)
        self.item_edit.setMaxLength(NOTE_MAX)
        self.item_edit.setPlaceholderText(self.tr("What to add or correct, and why"))
        self.item_edit.setAccessibleName(self.tr("Item to add or correct"))
        add = QPushButton(self.tr("&Add"), self)
        add.setAutoDefault(False)
        add.clicked.connect(self.add_item)
        self.item_edit.returnPressed.connect(self.add_item)
        row = QHBoxLayout()
        row.addWidget(self.item_edit, 1)
        row.addWidget(add)
        self.items_list = QListWidget(self)
        self.items_list.setAccessibleName(self.tr("Items to add or correct"))
        self.items_list.installEventFilter(self)
        self.ok_button.setText(self.tr("&Send back to complete"))
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.items_list, 1)
        for text in suggested:
            self._append(text)
        self.item_edit.setFocus()

    def add_item(self) -> None:
        text = " ".join(self.item_edit.text().split())
        if not text:
            return
        self._append(text)
        self.item_edit.clear()
        self.message.hide()

    def _append(self, text: str) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, text)
        self.items_list.addItem(item)
        self._renumber()

    def remove_current(self) -> None:
        row = self.items_list.currentRow()
        if row >= 0:
            self.items_list.takeItem(row)
            self._renumber()

    def _renumber(self) -> None:
        for row in range(self.items_list.count()):
            item = self.items_list.item(row)
            item.setText(f"{row + 1}. {item.data(Qt.ItemDataRole.UserRole)}")

    def items(self) -> tuple[str, ...]:
        if self.kind != OutcomeKind.SUPPLEMENT:
            return ()
        return tuple(
            str(self.items_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.items_list.count())
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and watched is getattr(self, "items_list", None):
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    # -- refusal ----------------------------------------------------------------------

    def _build_refusal(self, layout: QVBoxLayout) -> None:
        self.setWindowTitle(self.tr("Refuse the dossier (form 03)"))
        intro = QLabel(
            self.tr("Write the reason for refusing the dossier; it is printed on form 03."), self
        )
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Reason for refusal"))
        self.reason_edit.setPlaceholderText(
            self.tr("For example: the procedure is not handled by this commune")
        )
        self.ok_button.setText(self.tr("&Refuse"))
        layout.addWidget(intro)
        layout.addWidget(self.reason_edit, 1)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        if self.kind != OutcomeKind.REFUSE:
            return ""
        return self.reason_edit.toPlainText().strip()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Plain Enter adds an item (the line edit handles it) and must never close the
        # dialog through a default button; Ctrl+Enter confirms.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._confirm()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- result -----------------------------------------------------------------------

    def outcome(self) -> Outcome:
        if self.kind == OutcomeKind.SUPPLEMENT:
            return Outcome(OutcomeKind.SUPPLEMENT, items=self.items())
        return Outcome(OutcomeKind.REFUSE, reason=self.reason())

    def _confirm(self) -> None:
        if self.kind == OutcomeKind.SUPPLEMENT:
            self.add_item()  # an item typed but not yet added counts
            if not self.items():
                self._complain(self.tr("Add at least one item the applicant must supplement."))
                self.item_edit.setFocus()
                return
        elif not self.reason():
            self._complain(self.tr("Write the reason for the refusal."))
            self.reason_edit.setFocus()
            return
        elif len(self.reason()) > NOTE_MAX:
            self._complain(self.tr("The reason is too long (at most 2,000 characters)."))
            return
        self.accept()

    def _complain(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
