"""Printing the intake slips: the forms come from the core as PDF bytes (``Desk.print_form``,
which also records each print and marks reprints) and go to the print preview.

After an intake: form 01 (its PDF already holds both copies, "Liên 1" for the applicant
and "Liên 2" for the file) and the control sheet 06; after a request to supplement:
form 02; after a refusal: form 03. Ctrl+P on the page prints the
last ones again. ``closed`` says the officer closed the preview (Esc or "Close").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.desk import Desk
from desktop.dossiers.outcome import OutcomeKind
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # QtPdf and QtPrintSupport are loaded when the first slip is printed
    from ui.dialogs.print_preview import PrintJob, PrintPreviewDialog

# The forms printed after each outcome, with how many times each PDF is printed.
FORMS: dict[OutcomeKind, tuple[tuple[str, int], ...]] = {
    OutcomeKind.ACCEPT: (("01", 1), ("06", 1)),
    OutcomeKind.SUPPLEMENT: (("02", 1),),
    OutcomeKind.REFUSE: (("03", 1),),
}


class SlipPrinter(QObject):
    """Builds the slips in a background task and opens the preview on ``host``."""

    closed = Signal()  # the preview was closed

    def __init__(
        self, desk: Desk, tasks: TaskRunner, host: QWidget, on_error: Callable[[str], None]
    ) -> None:
        super().__init__(host)
        self.desk, self.tasks, self.host, self.on_error = desk, tasks, host, on_error
        self.last: list[tuple[str, str, int]] = []  # (form, code, copies)
        self.preview: PrintPreviewDialog | None = None

    def titles(self) -> dict[str, str]:
        return {
            "01": self.tr("Form 01: receipt and appointment slip"),
            "02": self.tr("Form 02: request to supplement the dossier"),
            "03": self.tr("Form 03: refusal to accept the dossier"),
            "04": self.tr("Form 04: apology and new appointment"),
            "05": self.tr("Form 05: notice that processing stopped"),
            "06": self.tr("Form 06: control sheet"),
        }

    def after(self, kind: OutcomeKind, code: str) -> None:
        """Print what goes with ``kind`` for the dossier ``code``."""
        receipts = self.desk.profile.settings.print_form01_copies  # setting print.form01_copies
        self.last = [
            (form, code, receipts if form == "01" else copies) for form, copies in FORMS[kind]
        ]
        self.print_forms(self.last)

    def again(self) -> bool:
        """Print the last slips again; False when nothing was printed yet."""
        if not self.last:
            return False
        self.print_forms(self.last)
        return True

    def print_forms(self, forms: list[tuple[str, str, int]]) -> None:
        from ui.dialogs.print_preview import PrintJob  # here, on the GUI thread

        print_form = getattr(self.desk, "print_form", None)
        if print_form is None:
            self.on_error(self.tr("Printing is not available in this version."))
            return
        titles = self.titles()
        # An office template refused: the forms print their default wording; say why.
        warnings = [
            self.desk.forms.load(form).problem for form in dict.fromkeys(f for f, _, _ in forms)
        ]
        if any(warnings):
            self.on_error("\n".join(w for w in warnings if w))

        def build(_report: Any) -> list[PrintJob]:
            return [
                PrintJob(titles.get(form, form), print_form(form, code), copies,
                         f"mau-{form}-{code}.pdf")
                for form, code, copies in forms
            ]  # fmt: skip

        # A write: each print is recorded (reprints are counted and marked).
        self.tasks.run(
            build,
            on_done=self.show_preview,
            on_error=lambda e: self.on_error(e.message),
            writes=True,
        )

    def show_preview(self, jobs: list[PrintJob]) -> None:
        from ui.dialogs.print_preview import PrintPreviewDialog

        if self.preview is not None:
            self.preview.finished.disconnect()  # replaced, not closed by the officer
            self.preview.close()
            self.preview.deleteLater()
        self.preview = PrintPreviewDialog(
            jobs, self.host, printer_name=self.desk.profile.settings.print_printer
        )
        self.preview.finished.connect(lambda _result: self.closed.emit())
        self.preview.open()
