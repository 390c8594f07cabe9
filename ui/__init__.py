"""The PySide6 window of the desk (imports ``desktop``; nothing below imports this)."""

from ui import qt_workarounds as _qt_workarounds  # noqa: F401  (applied on import)
