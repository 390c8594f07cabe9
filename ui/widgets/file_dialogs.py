"""Save-file dialogs that open in the office's documents folder (not the program's folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_folder() -> Path:
    """The user's documents folder; the home folder where there is none."""
    located = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if located and Path(located).is_dir():
        return Path(located)
    return Path.home()


def start_path(suggested: str) -> str:
    """``suggested`` (a file name, or a path) placed in the documents folder."""
    return str(documents_folder() / Path(suggested).name)


def save_dialog(parent: QWidget | None, title: str, suggested: str, filters: str) -> QFileDialog:
    """A save dialog on ``suggested`` in the documents folder (not shown yet)."""
    dialog = QFileDialog(parent, title, start_path(suggested), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return dialog


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """Ask where to save, starting in the documents folder; None when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, start_path(suggested), filters)
    return path or None


def ask_open_paths(parent: QWidget | None, title: str, filters: str) -> list[Path]:
    """Ask for one or more files to open, starting in the documents folder; [] when cancelled."""
    paths, _filter = QFileDialog.getOpenFileNames(parent, title, str(documents_folder()), filters)
    return [Path(p) for p in paths]
