"""The national service index as the window and the command line use it: compute a month with
its twelve months, export it (PDF, XLSX, JSON) with the officer's ``export.index`` audit line.

ReportLab and openpyxl are imported on first use, so the window opens without them.
"""

from __future__ import annotations

from pathlib import Path

from desktop.accounts.roles import Permission
from desktop.dossiers.context import office_for
from desktop.files import save_file
from desktop.index.indicators import NationalIndex, national_index
from desktop.scope import Facet

FILE_MODE = 0o644


class DeskIndex(Facet):
    def month(self, year: int, month: int) -> NationalIndex:
        """The index of a calendar month, with the twelve months up to it."""
        self.scope.require(Permission.REPORT)
        with self.scope.reading() as session:
            office = office_for(session, self.scope.context.office_code)
            return national_index(session, office, self.scope.calendar, year, month, self.now())

    def export(self, index: NationalIndex, fmt: str, path: Path) -> Path:
        """``fmt``: pdf, xlsx or json."""
        from desktop.index.exports import index_bytes, index_format

        self.scope.require(Permission.REPORT)
        chosen = index_format(fmt)
        saved = save_file(path, index_bytes(index, chosen), mode=FILE_MODE)
        with self.scope.writing() as session:
            record = f"{index.year}-{index.month:02d}"
            detail = {"format": chosen.value, "file": path.name}
            self.scope.audit(session, "export.index", record, detail)
        return saved
