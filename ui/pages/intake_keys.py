"""The intake page's keys: its shortcuts work wherever the focus is in its window.

Window-wide: F2, F3, Ctrl+S and Ctrl+P are :class:`QShortcut` objects of the page with the
window context, so they work while the page is shown in the active window whatever holds the
focus there (a field, the sidebar, the status bar), and never while one of the page's own
dialogs (the print preview, an outcome dialog) is the active window.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


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
