"""The idle lock of a shared counter PC: after ``lock.idle_minutes`` without a key or a click,
the window hides its content behind the sign-in dialog; any officer signs in to go on (that is
also the quick switch of officer)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.desk import Desk
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.dialogs.login_dialog import LoginDialog

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    signed_in = Signal()

    def __init__(self, desk: Desk, tasks: TaskRunner, window: QWidget, minutes: int) -> None:
        super().__init__(window)
        self.desk, self.tasks, self.window = desk, tasks, window
        self.locked = False
        self.dialog: LoginDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.lock)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.locked and event.type() in INPUT_EVENTS:
            self.timer.start()
        return False

    def lock(self) -> None:
        """Hide the work and ask for a sign-in (the dialog cannot be dismissed)."""
        if self.locked:
            return
        self.locked = True
        central = getattr(self.window, "centralWidget", None)
        if callable(central) and central() is not None:
            central().setVisible(False)
        from ui.dialogs.login_dialog import LoginDialog  # loaded when first needed

        self.dialog = LoginDialog(self.desk, self.tasks, self.window)
        self.dialog.setWindowTitle(self.tr("Locked — sign in to continue"))
        self.dialog.rejected.connect(self._ask_again)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.open()

    def switch(self) -> None:
        """The quick switch: another officer signs in, the work stays on screen."""
        from ui.dialogs.login_dialog import LoginDialog

        self.dialog = LoginDialog(self.desk, self.tasks, self.window)
        self.dialog.accepted.connect(self.signed_in.emit)
        self.dialog.open()

    def _ask_again(self) -> None:
        if self.dialog is not None:
            self.dialog.open()

    def _unlocked(self) -> None:
        self.locked = False
        central = getattr(self.window, "centralWidget", None)
        if callable(central) and central() is not None:
            central().setVisible(True)
        self.timer.start()
        self.signed_in.emit()
