"""Table cells and numbers as the pages show them: counts right-aligned, thousands grouped
with a dot as Vietnamese writes them (1.234), an unknown figure as a dash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def grouped(value: int | None) -> str:
    """``1234`` → ``1.234``; None (no figure) → ``—``."""
    return "—" if value is None else f"{value:,}".replace(",", ".")


def cell(text: str, *, right: bool = False, bold: bool = False, tip: str = "") -> QTableWidgetItem:
    """A read-only-looking table item: right-aligned for figures, bold for totals, with a
    tooltip when ``tip`` says more."""
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    if tip:
        item.setToolTip(tip)
    return item


def list_table(name: str, heads: list[str], stretch: int = 1) -> QTableWidget:
    """A read-only table of whole rows, one chosen at a time, column ``stretch`` taking the
    width left; named ``name`` for the keyboard and the tests."""
    table = QTableWidget(0, len(heads))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(heads)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
