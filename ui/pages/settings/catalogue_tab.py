"""Danh mục thủ tục: the procedures in force (the unconfirmed ones marked and filterable),
the stored versions of the one chosen, a catalogue file imported (checked whole first), and
the list shipped with this release loaded."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from desktop.catalogue.choices import ProcedureChoice
from desktop.catalogue.entries import CatalogueEntry
from desktop.catalogue.store import ImportOutcome
from desktop.desk import Desk
from desktop.text import fold
from ui.pages.settings.keyed_tab import SettingsTab
from ui.tasks import TaskRunner
from ui.widgets.file_dialogs import ask_open_paths
from ui.widgets.plain import plain
from ui.widgets.table_cells import cell, grouped, list_table

UNCONFIRMED = QColor("#8a4b08")  # the picker's brown for "chưa xác nhận"


class CatalogueTab(SettingsTab):
    """The catalogue as stored, its versions, and loading new ones."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.intro(
            self.tr(
                "The procedures the counter takes in. An entry marked unconfirmed was not found "
                "with its code and time limit in one published source: check it against the "
                "province's list, and load that list here when the province publishes it."
            )
        )
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("catalogueFilter")
        self.filter.setPlaceholderText(self.tr("Filter by code or name"))
        self.filter.textChanged.connect(lambda _t: self.show_rows())
        self.unconfirmed_only = QCheckBox(self.tr("&Unconfirmed only"))
        self.unconfirmed_only.setObjectName("unconfirmedOnly")
        self.unconfirmed_only.toggled.connect(lambda _on: self.show_rows())
        self.counts = plain(QLabel())
        self.counts.setObjectName("catalogueCounts")
        top.addWidget(self.filter, 1)
        top.addWidget(self.unconfirmed_only)
        top.addWidget(self.counts)
        self.box.addLayout(top)

        self.table = list_table(
            "procedures",
            [self.tr("Code"), self.tr("Procedure"), self.tr("Field"), self.tr("Time limit"),
             self.tr("Until")],
        )  # fmt: skip
        self.table.itemSelectionChanged.connect(self.show_versions)
        self.versions = list_table(
            "versions",
            [self.tr("In force from"), self.tr("Until"), self.tr("Time limit"), self.tr("Fee"),
             self.tr("Confirmed"), self.tr("Legal source")],
            stretch=5,
        )  # fmt: skip
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.versions)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.box.addWidget(split, 1)

        line = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import a catalogue file…"))
        self.import_button.setObjectName("importCatalogue")
        self.import_button.clicked.connect(self.import_file)
        self.shipped_button = QPushButton(self.tr("&Load this release's list"))
        self.shipped_button.setObjectName("loadShipped")
        self.shipped_button.clicked.connect(self.load_shipped)
        line.addWidget(self.import_button)
        line.addWidget(self.shipped_button)
        line.addWidget(self.message, 1)
        self.box.addLayout(line)
        self.choices: list[ProcedureChoice] = []
        self.shown: list[ProcedureChoice] = []
        self.choose_file: Callable[[], Path | None] = self._choose_file

    # ---- showing ---------------------------------------------------------------------------
    def reload(self) -> None:
        desk = self.desk
        self.tasks.run(
            lambda _report: desk.procedures(),
            on_done=self._loaded,
            on_error=lambda e: self.say(e.message, error=True),
        )

    def _loaded(self, choices: list[ProcedureChoice]) -> None:
        self.choices = choices
        unconfirmed = sum(1 for c in choices if not c.confirmed)
        self.counts.setText(
            self.tr("{n} procedures in force, {u} unconfirmed").format(
                n=len(choices), u=unconfirmed
            )
        )
        self.show_rows()

    def limit_text(self, limit: Decimal | str | None, unit: str, cutoff: bool) -> str:
        if limit in (None, ""):
            return self.tr("unknown")
        if unit == "same_day":
            return self.tr("same day (after 15:00: next day)") if cutoff else self.tr("same day")
        number = f"{Decimal(str(limit)).normalize():f}"
        if unit == "working_hours":
            return self.tr("{n} working hours").format(n=number)
        return self.tr("{n} working days").format(n=number)

    def fee_text(self, fee: int | None) -> str:
        if fee is None:
            return "—"
        return self.tr("free") if fee == 0 else f"{grouped(fee)} đ"

    def show_rows(self) -> None:
        words = fold(self.filter.text()).split()
        only = self.unconfirmed_only.isChecked()
        self.shown = [
            c
            for c in self.choices
            if (not only or not c.confirmed) and all(w in c.folded for w in words)
        ]
        self.table.setRowCount(len(self.shown))
        for row, choice in enumerate(self.shown):
            name = choice.name if choice.confirmed else f"{choice.name} ({self.tr('unconfirmed')})"
            until = f"{choice.effective_to:%d/%m/%Y}" if choice.effective_to else ""
            limit = self.limit_text(choice.time_limit, choice.time_unit, choice.cutoff_15h)
            for column, text in enumerate((choice.code, name, choice.field_name, limit, until)):
                item = cell(text, tip=choice.legal_source if column == 1 else "")
                if not choice.confirmed:
                    item.setForeground(QBrush(UNCONFIRMED))
                self.table.setItem(row, column, item)
        for column, widest in ((0, 120), (2, 170), (3, 170), (4, 110)):  # the name takes the rest
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.versions.setRowCount(0)

    def chosen(self) -> ProcedureChoice | None:
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def show_versions(self) -> None:
        choice, office = self.chosen(), self.desk.office
        if choice is None:
            self.versions.setRowCount(0)
            return
        self.tasks.run(
            lambda _report: office.catalogue_versions(choice.code),
            on_done=self._versions,
            on_error=lambda e: self.say(e.message, error=True),
        )

    def _versions(self, entries: list[CatalogueEntry]) -> None:
        self.versions.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (
                f"{entry.effective_from:%d/%m/%Y}",
                f"{entry.effective_to:%d/%m/%Y}" if entry.effective_to else "",
                self.limit_text(entry.time_limit, entry.time_unit.value, entry.cutoff_15h),
                self.fee_text(entry.fee),
                self.tr("yes") if entry.confirmed else self.tr("no"),
                entry.legal_source,
            )
            for column, text in enumerate(values):
                self.versions.setItem(row, column, cell(text, tip=text if column == 5 else ""))
        for column in range(5):
            self.versions.resizeColumnToContents(column)

    # ---- loading ---------------------------------------------------------------------------
    def _choose_file(self) -> Path | None:
        found = ask_open_paths(self, self.tr("Catalogue file"), self.tr("JSON (*.json)"))
        return found[0] if found else None

    def import_file(self) -> None:
        path = self.choose_file()
        if path is None:
            return
        office = self.desk.office
        self.say(self.tr("Reading {file}…").format(file=path.name))
        self.tasks.run(
            lambda _report: office.import_catalogue_file(path),
            on_done=self._imported,
            on_error=lambda e: self.say(e.message, error=True),
            writes=True,
        )

    def load_shipped(self) -> None:
        office = self.desk.office
        self.tasks.run(
            lambda _report: office.load_shipped_catalogue(),
            on_done=self._imported,
            on_error=lambda e: self.say(e.message, error=True),
            writes=True,
        )

    def _imported(self, outcome: ImportOutcome) -> None:
        text = self.tr("{added} new versions added; {unchanged} already stored.").format(
            added=outcome.added, unchanged=outcome.unchanged
        )
        self.say("\n".join([text, *outcome.notes]))
        self.reload()
