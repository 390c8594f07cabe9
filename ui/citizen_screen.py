"""The citizen's screen: a frameless window on the second monitor, facing the applicant.

It shows one of three things: the office's welcome while nobody is served, what the officer is
entering (for the applicant to check before it is saved), or at the return the three
satisfaction answers the applicant presses (keys 1/2/3 or the mouse). It always speaks
Vietnamese, whatever the officer's own language, and never shows a personal number whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.text import mask_id_number, mask_phone

WELCOME = "Xin mời công dân"
PLEASE_CHECK = "Vui lòng kiểm tra thông tin"
PLEASE_RATE = "Ông/bà có hài lòng với việc giải quyết hồ sơ không?"
THANKS = "Cảm ơn ông/bà!"
ANSWERS = ((1, "1  Hài lòng"), (2, "2  Chấp nhận được"), (3, "3  Không hài lòng"))
ANSWER_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}
STYLE = """
QWidget#citizenScreen { background: #f7f9fc; }
QLabel { color: #102a43; font-size: 22pt; }
QLabel#citizenTitle { font-size: 34pt; font-weight: bold; color: #0b4f8a; }
QLabel#citizenOffice { font-size: 26pt; color: #334e68; }
QLabel#citizenValue { font-weight: bold; }
QPushButton { font-size: 26pt; padding: 24px; min-height: 120px; border-radius: 12px; }
QPushButton#answer1 { background: #2f855a; color: white; }
QPushButton#answer2 { background: #d69e2e; color: white; }
QPushButton#answer3 { background: #c53030; color: white; }
"""
IDLE, CHECK, RATE = range(3)


@dataclass(frozen=True)
class CitizenView:
    """What the officer has entered so far, as plain text (numbers unmasked: the screen
    masks them)."""

    name: str = ""
    id_number: str = ""
    phone: str = ""
    procedure: str = ""
    documents: tuple[str, ...] = ()
    appointment: str = ""


def _value_label() -> QLabel:
    label = QLabel()
    label.setObjectName("citizenValue")
    label.setTextFormat(Qt.TextFormat.PlainText)  # names print literally, never as HTML
    label.setWordWrap(True)
    return label


class CitizenScreen(QWidget):
    """The window facing the applicant; ``chosen`` carries the answer pressed (1, 2 or 3)."""

    chosen = Signal(int)

    def __init__(self, office_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("citizenScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setWindowTitle("Màn hình công dân")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_idle(office_name))
        self.pages.addWidget(self._build_check())
        self.pages.addWidget(self._build_rate())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(self.pages)

    # -- building ---------------------------------------------------------------------

    def _build_idle(self, office_name: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        office = QLabel(office_name)
        office.setObjectName("citizenOffice")
        office.setTextFormat(Qt.TextFormat.PlainText)
        self.welcome = QLabel(WELCOME)
        self.welcome.setObjectName("citizenTitle")
        for label in (office, self.welcome):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        return page

    def _build_check(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(PLEASE_CHECK)
        title.setObjectName("citizenTitle")
        layout.addWidget(title)
        form = QFormLayout()
        form.setVerticalSpacing(18)
        form.setHorizontalSpacing(28)
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("name", "Họ và tên"),
            ("id_number", "Số định danh"),
            ("phone", "Điện thoại"),
            ("procedure", "Thủ tục"),
            ("documents", "Giấy tờ đã nộp"),
            ("appointment", "Ngày hẹn trả"),
        ):
            self.values[key] = _value_label()
            form.addRow(f"{text}:", self.values[key])
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _build_rate(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        question = QLabel(PLEASE_RATE)
        question.setObjectName("citizenTitle")
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        question.setWordWrap(True)
        layout.addWidget(question)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.answers: dict[int, QPushButton] = {}
        for level, text in ANSWERS:
            button = QPushButton(text)
            button.setObjectName(f"answer{level}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, n=level: self._answer(n))
            row.addWidget(button)
            self.answers[level] = button
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- what it shows ----------------------------------------------------------------

    def show_idle(self, text: str = WELCOME) -> None:
        self.welcome.setText(text)
        self.pages.setCurrentIndex(IDLE)

    def show_view(self, view: CitizenView) -> None:
        """The entry to check; the personal numbers show only their last digits."""
        shown = {
            "name": view.name,
            "id_number": mask_id_number(view.id_number),
            "phone": mask_phone(view.phone),
            "procedure": view.procedure,
            "documents": "\n".join(f"• {name}" for name in view.documents),
            "appointment": view.appointment,
        }
        for key, label in self.values.items():
            label.setText(shown[key] or "—")
        self.pages.setCurrentIndex(CHECK)

    def ask_satisfaction(self) -> None:
        self.pages.setCurrentIndex(RATE)
        self.setFocus()

    def is_asking(self) -> bool:
        return self.pages.currentIndex() == RATE

    def _answer(self, level: int) -> None:
        if self.is_asking():
            self.show_idle(THANKS)
            self.chosen.emit(level)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = Qt.Key(event.key())
        if key in ANSWER_KEYS:
            self._answer(ANSWER_KEYS[key])
        else:
            super().keyPressEvent(event)
