"""In ấn: the printer the print preview offers first, and how many times form 01 prints."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from desktop.desk import Desk
from desktop.settings import PRINT_COPIES_MAX
from ui.pages.settings.keyed_tab import KeyedTab
from ui.tasks import TaskRunner


def printer_names() -> list[str]:
    """The printers the system knows (none on a machine without CUPS)."""
    from PySide6.QtPrintSupport import QPrinterInfo  # loaded when the tab is built

    return list(QPrinterInfo.availablePrinterNames())


class PrintingTab(KeyedTab):
    """Default printer and copies of the receipt."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.intro(
            self.tr(
                "The print preview offers this printer first; the officer can still choose "
                "another. Form 01 holds both copies (for the applicant and for the file) on "
                "one sheet."
            )
        )
        printer = QComboBox()
        printer.setEditable(True)
        printer.addItem(self.tr("(the system's default printer)"), "")
        for name in printer_names():
            printer.addItem(name, name)
        self.add("print.printer", self.tr("Default &printer"), printer)
        copies = QSpinBox()
        copies.setRange(1, PRINT_COPIES_MAX)
        self.add("print.form01_copies", self.tr("&Copies of form 01"), copies)
        self.finish()
