"""The "Export XLSX / PDF / …" buttons of a page that shows a table it can write to a file,
and the question where to write it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ui.widgets.file_dialogs import ask_save_path

PathChooser = Callable[[str, str], str | None]
"""(suggested file name, format) → the path chosen, or None when cancelled."""


def add_export_buttons(
    row: QHBoxLayout,
    formats: Sequence[tuple[str, str]],
    name_prefix: str,
    export: Callable[[str], None],
) -> dict[str, QPushButton]:
    """A button per (format, label) at the end of ``row``, disabled until there is something
    to export, named ``<name_prefix><format>``; a click calls ``export(format)``."""
    buttons: dict[str, QPushButton] = {}
    for fmt, label in formats:
        button = QPushButton(label)
        button.setObjectName(f"{name_prefix}{fmt}")
        button.clicked.connect(lambda _c=False, f=fmt: export(f))
        button.setEnabled(False)
        buttons[fmt] = button
        row.addWidget(button)
    return buttons


def ask_export_path(parent: QWidget, suggested: str, fmt: str) -> str | None:
    """Where to save a ``fmt`` file (documents folder first); None when cancelled."""
    title = QCoreApplication.translate("ExportButtons", "Save as")
    return ask_save_path(parent, title, suggested, f"{fmt.upper()} (*.{fmt})")
