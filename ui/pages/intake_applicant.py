"""The applicant block of the intake page: who hands in the dossier.

Full name, personal ID (12 digits, or 9 for an old card), birth date, phone, e-mail and
address, each checked inline by the core's validators (see
:mod:`ui.widgets.validated_line_edit`). A scan field at the top takes the QR text of a chip
ID card from a keyboard-emulating scanner (it "types" the text, then Enter) and fills the
fields from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.dossiers.chip_card import ChipCard, parse_chip_qr
from desktop.dossiers.validation import (
    ADDRESS_MAX,
    NAME_MAX,
    validate_address,
    validate_birth_date,
    validate_email,
    validate_full_name,
    validate_id_number,
    validate_phone,
)
from desktop.errors import InputError
from ui.widgets.plain import ERROR_STYLE, plain
from ui.widgets.validated_line_edit import ValidatedLineEdit

FIELDS = ("full_name", "id_number", "birth_date", "phone", "email", "address")
SCAN_OK_STYLE = "color: #1e6b32;"


class ApplicantBlock(QGroupBox):
    """The applicant's fields with their inline checks, and the chip-card scan field."""

    changed = Signal()
    card_read = Signal(object)  # ChipCard

    def __init__(self, today: Any, parent: QWidget | None = None) -> None:
        """``today`` is a callable giving the date that birth dates are checked against."""
        super().__init__(parent)
        self.setTitle(self.tr("Applicant"))
        self._today = today
        self.scan = QLineEdit(self)
        self.scan.setPlaceholderText(self.tr("Scan the QR code of the chip ID card here (F3)"))
        self.scan.setAccessibleName(self.tr("Chip ID card QR code"))
        self.scan_note = plain(QLabel(self))
        self.scan_note.setWordWrap(True)
        self.scan_note.hide()
        self.full_name = ValidatedLineEdit(_full_name, parent=self)
        _refuse_aloud_past(self.full_name, NAME_MAX)
        self.id_number = ValidatedLineEdit(self._id_number, allowed=r"[0-9 ]*", parent=self)
        self.id_number.setMaxLength(15)
        self.id_number.setPlaceholderText(self.tr("12 digits (old ID card: 9)"))
        self.birth_date = ValidatedLineEdit(self._birth_date, allowed=r"[0-9/.\-]*", parent=self)
        self.birth_date.setMaxLength(10)
        self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.phone = ValidatedLineEdit(_phone, allowed=r"[0-9 .()+\-]*", parent=self)
        self.phone.setMaxLength(20)
        self.email = ValidatedLineEdit(_email, parent=self)
        self.email.setMaxLength(254)
        self.address = ValidatedLineEdit(_address, parent=self)
        _refuse_aloud_past(self.address, ADDRESS_MAX)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Scan card:"), _stack(self.scan, self.scan_note))
        labels = (
            self.tr("Full &name:"),
            self.tr("&ID number:"),
            self.tr("&Birth date:"),
            self.tr("P&hone:"),
            self.tr("E-&mail:"),
            self.tr("A&ddress:"),
        )
        for label, edit in zip(labels, self.edits(), strict=True):
            form.addRow(label, _stack(edit, edit.note))
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            edit.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.birth_date.checked.connect(self._birth_checked)
        self.scan.returnPressed.connect(self._scanned)

    def edits(self) -> tuple[ValidatedLineEdit, ...]:
        return (
            self.full_name,
            self.id_number,
            self.birth_date,
            self.phone,
            self.email,
            self.address,
        )

    def edit_for(self, field: str | None) -> ValidatedLineEdit | None:
        return dict(zip(FIELDS, self.edits(), strict=True)).get(field or "")

    # -- values -----------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """The applicant as the intake JSON wants it (raw text; the core cleans it)."""
        return {name: edit.text() for name, edit in zip(FIELDS, self.edits(), strict=True)}

    def set_values(self, values: dict[str, Any]) -> None:
        for name, edit in zip(FIELDS, self.edits(), strict=True):
            value = values.get(name)
            edit.reset(value if isinstance(value, str) else "")
        self.scan.clear()
        self.scan_note.hide()

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.edits())

    def check_all(self) -> list[ValidatedLineEdit]:
        """Run every check, show the messages; the fields that are wrong, in form order."""
        return [edit for edit in self.edits() if not edit.run_check()]

    def warnings(self) -> tuple[str, ...]:
        return tuple(w for edit in self.edits() for w in edit.warnings)

    # -- the chip card ----------------------------------------------------------------

    def _scanned(self) -> None:
        text = self.scan.text()
        try:
            card = parse_chip_qr(text)
        except InputError as exc:
            self.scan_note.setStyleSheet(ERROR_STYLE)
            self.scan_note.setText(exc.message)
            self.scan_note.show()
            self.scan.selectAll()
            return
        self.fill_from_card(card)

    def fill_from_card(self, card: ChipCard) -> None:
        self.full_name.reset(card.full_name)
        self.id_number.reset(card.id_number)
        self.birth_date.reset(f"{card.birth_date:%d/%m/%Y}")
        self.address.reset(card.address)
        for edit in (self.full_name, self.birth_date, self.id_number, self.address):
            edit.run_check()
        self.scan.clear()
        self.scan_note.setStyleSheet(SCAN_OK_STYLE)
        self.scan_note.setText(
            self.tr("Card read: {name}, ID {id}. Check the phone number and the address.").format(
                name=card.full_name, id=card.id_number
            )
        )
        self.scan_note.show()
        self.card_read.emit(card)
        self.phone.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- checks that look at two fields -------------------------------------------------

    def _birth(self) -> date | None:
        try:
            return validate_birth_date(self.birth_date.text(), today=self._today())
        except InputError:
            return None

    def _id_number(self, text: str) -> Sequence[str]:
        return validate_id_number(text, birth_date=self._birth()).warnings

    def _birth_date(self, text: str) -> Sequence[str]:
        validate_birth_date(text, today=self._today())
        return ()

    def _birth_checked(self, ok: bool) -> None:
        if not ok:
            return
        born = self._birth()
        if born is not None and self.birth_date.text() != f"{born:%d/%m/%Y}":
            self.birth_date.setText(f"{born:%d/%m/%Y}")  # 05041985 → 05/04/1985
        # The ID's warnings depend on the birth date: refresh them when it changes.
        if self.id_number.text().strip() and self.id_number.error is None:
            self.id_number.run_check()


def _refuse_aloud_past(edit: ValidatedLineEdit, limit: int) -> None:
    """A text longer than ``limit`` (a paste, say) is kept whole and its check speaks at once
    ("… dài tối đa N ký tự"), rather than a maximum length cutting it off in silence."""
    edit.textEdited.connect(lambda text: edit.run_check() if len(text) > limit else None)


def _full_name(text: str) -> Sequence[str]:
    validate_full_name(text)
    return ()


def _phone(text: str) -> Sequence[str]:
    validate_phone(text)
    return ()


def _email(text: str) -> Sequence[str]:
    validate_email(text)
    return ()


def _address(text: str) -> Sequence[str]:
    validate_address(text)
    return ()


def _stack(edit: QWidget, note: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(edit)
    layout.addWidget(note)
    box.setFocusProxy(edit)
    return box
