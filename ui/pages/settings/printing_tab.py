"""In ấn: the printer the print preview offers first, how many times form 01 prints, this
desk's officer's phone on form 02, and the office's form templates (their state, and back to
the default wording with one action)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from desktop.desk import Desk
from desktop.printing.desk_forms import TemplateState
from desktop.settings import PRINT_COPIES_MAX
from ui.pages.settings.keyed_tab import KeyedTab
from ui.tasks import TaskRunner
from ui.widgets.plain import plain
from ui.widgets.table_cells import list_table


def printer_names() -> list[str]:
    """The printers the system knows (none on a machine without CUPS)."""
    from PySide6.QtPrintSupport import QPrinterInfo  # loaded when the tab is built

    return list(QPrinterInfo.availablePrinterNames())


class PrintingTab(KeyedTab):
    """Default printer, copies of the receipt, the officer's phone, the form templates."""

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
        phone = QLineEdit()
        phone.setPlaceholderText(self.tr("printed on form 02 as the guiding officer's phone"))
        self.add("officer.phone", self.tr("This officer's p&hone"), phone)
        self.finish()
        self.box.takeAt(self.box.count() - 1)  # the templates below take the free space
        self._templates()

    def _templates(self) -> None:
        self.box.addWidget(plain(QLabel(self.tr("The office's form templates"))))
        self.folder = plain(QLabel())
        self.folder.setObjectName("formsFolder")
        self.folder.setWordWrap(True)
        self.box.addWidget(self.folder)
        heads = [self.tr("Form"), self.tr("Wording"), self.tr("Problem")]
        self.table = list_table("templates", heads, 2)
        self.box.addWidget(self.table, 1)
        line = QHBoxLayout()
        self.reset_button = QPushButton(self.tr("Back to the &default wording…"))
        self.reset_button.setObjectName("resetTemplate")
        self.reset_button.clicked.connect(self.reset_template)
        line.addWidget(self.reset_button)
        line.addStretch(1)
        self.box.addLayout(line)
        self.states: list[TemplateState] = []

    def reload(self) -> None:
        super().reload()
        forms = self.desk.forms
        self.folder.setText(self.tr("Folder: {folder}").format(folder=forms.folder()))
        self.states = forms.states()
        self.table.setRowCount(len(self.states))
        for row, state in enumerate(self.states):
            wording = self.tr("the office's file") if state.office_file else self.tr("default")
            if state.problem:
                wording = self.tr("default (the office's file is refused)")
            for column, text in enumerate((state.form, wording, state.problem)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def confirm_reset(self, form: str) -> bool:
        """Ask before setting the office's template aside; replaced in tests."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Form templates"))
        box.setText(
            self.tr(
                "Print form {form} with the default wording again? The office's file is kept "
                "beside it with the ending .bak."
            ).format(form=form)
        )
        yes = box.addButton(self.tr("&Back to the default"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def reset_template(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.states):
            self.say(self.tr("Choose a form in the list first."), error=True)
            return
        state = self.states[row]
        if not state.office_file:
            self.say(
                self.tr("Form {form} already prints the default wording.").format(form=state.form)
            )
            return
        if not self.confirm_reset(state.form):
            return
        forms = self.desk.forms
        self.tasks.run(
            lambda _report: forms.reset(state.form),
            on_done=lambda _path: self._reset_done(state.form),
            on_error=lambda e: self.say(e.message, error=True),
            writes=True,
        )

    def _reset_done(self, form: str) -> None:
        self.reload()
        self.say(self.tr("Form {form} prints the default wording again.").format(form=form))
