"""The intake page's keys: its shortcuts wherever the focus is, and mnemonics that act at once.

Window-wide: F2, F3, Ctrl+S and Ctrl+P are :class:`QShortcut` objects of the page with the
window context, so they work while the page is shown in the active window whatever holds the
focus there (a field, the sidebar, the status bar), and never while one of the page's own
dialogs (the print preview, an outcome dialog) is the active window.

At once: Qt answers a button's mnemonic (Alt+letter) with an *animated* click: the button
looks pressed for 100 ms and only then clicks. A Ctrl+S typed in that time checked the form
before the button had acted (Alt+M "Đã nhận mọi giấy tờ" then Ctrl+S said "not stored" with
nothing marked). :class:`ImmediateMnemonics` makes such a click happen before the next key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShortcutEvent
from PySide6.QtWidgets import QAbstractButton, QWidget


def window_shortcuts(
    page: QWidget, keys: Mapping[QKeySequence, Callable[[], None]]
) -> list[QShortcut]:
    """One shortcut per key, owned by ``page``, active wherever the focus is in its window."""
    shortcuts = []
    for sequence, action in keys.items():
        shortcut = QShortcut(sequence, page)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(action)
        shortcuts.append(shortcut)
    return shortcuts


class ImmediateMnemonics(QObject):
    """Clicks a button on its mnemonic at once instead of after Qt's 100 ms animation."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        for button in root.findChildren(QAbstractButton):
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Shortcut
            and isinstance(event, QShortcutEvent)
            and not event.isAmbiguous()  # Qt then moves the focus between the buttons
            and isinstance(watched, QAbstractButton)
        ):
            if watched.isEnabled() and watched.isVisible():
                watched.click()
            return True
        return super().eventFilter(watched, event)
