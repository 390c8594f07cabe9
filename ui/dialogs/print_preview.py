"""Preview of printed forms (PDF bytes from the core), with Print and Save as PDF.

The core builds every form as PDF bytes (ReportLab); this dialog shows them with QtPdf,
prints them through ``QPrinter`` (each page rendered by ``QPdfDocument.render`` onto the
printer's painter, at the paper's full size so the form's own margins are kept) and saves
them as a file (written atomically). Several documents can be shown at once (form 01 in two
copies and the control sheet 06 after an intake): Print prints all of them, each as many
times as it asks; Save saves the one on screen.

The dialogs that ask for a printer and a file name are small methods
(:meth:`PrintPreviewDialog.ask_printer`, :meth:`PrintPreviewDialog.ask_save_path`) so tests
can replace them. Enter prints (wherever the focus is in the dialog), Esc closes.

The dialog fits the screen it opens on (the available area of its parent's screen: a
1366×768 laptop included), so its buttons, below the scrolling page view, are always in
sight; on a large screen it keeps its reading size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QShortcut,
    QShowEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.files import write_atomically
from ui.widgets.file_dialogs import ask_save_path
from ui.widgets.plain import ERROR_STYLE

MAX_PRINT_DPI = 300
READING_SIZE = QSize(900, 1000)  # an A4 page at a readable width, when the screen allows
# Room kept for the window frame the window manager adds (title bar, borders).
FRAME_ALLOWANCE = QSize(16, 40)
OK_STYLE = "color: #1e6b32;"


@dataclass(frozen=True)
class PrintJob:
    """One document to preview and print: a title, the PDF, how many copies to print."""

    title: str
    pdf: bytes
    copies: int = 1
    file_name: str = "phieu.pdf"


class PrintPreviewDialog(QDialog):
    """Shows the jobs' PDFs; prints all of them or saves the one shown."""

    printed = Signal()
    saved = Signal(str)

    def __init__(
        self, jobs: Sequence[PrintJob], parent: QWidget | None = None, printer_name: str = ""
    ) -> None:
        super().__init__(parent)
        if not jobs:
            raise ValueError("nothing to preview")
        self.jobs = tuple(jobs)
        self.printer_name = printer_name  # offered first (setting print.printer)
        self.setWindowTitle(self.tr("Print preview"))
        self._buffers: list[QBuffer] = []
        self.documents = [self._load(job.pdf) for job in self.jobs]
        self.selector = QComboBox(self)
        for job in self.jobs:
            label = job.title
            if job.copies > 1:
                label = self.tr("{title} ({copies} copies)").format(
                    title=job.title, copies=job.copies
                )
            self.selector.addItem(label)
        self.selector.setVisible(len(self.jobs) > 1)
        self.selector.setAccessibleName(self.tr("Document"))
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print"), self)
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter prints wherever the focus is; Esc closes
        self.print_button.clicked.connect(self.print_clicked)
        self.save_button.clicked.connect(self.save_clicked)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_clicked)
        top = QHBoxLayout()
        top.addWidget(self.selector, 1)
        top.addWidget(self.pages_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.selector.currentIndexChanged.connect(self.show_job)
        self.show_job(0)
        self.print_button.setFocus()

    # -- the size on screen -----------------------------------------------------------

    def available_geometry(self) -> QRect:
        """The free area (without task bars) of the screen the dialog opens on."""
        owner = self.parentWidget()
        screen = (owner.screen() if owner is not None else None) or self.screen()
        screen = screen or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def fit_to_screen(self) -> None:
        """Take the reading size, or less when the screen is smaller, centred on it."""
        area = self.available_geometry()
        width = min(READING_SIZE.width(), area.width() - FRAME_ALLOWANCE.width())
        height = min(READING_SIZE.height(), area.height() - FRAME_ALLOWANCE.height())
        size = QSize(width, height).expandedTo(self.minimumSizeHint())
        self.resize(size)
        frame = QRect(0, 0, width + FRAME_ALLOWANCE.width(), height + FRAME_ALLOWANCE.height())
        frame.moveCenter(area.center())
        self.move(max(frame.left(), area.left()), max(frame.top(), area.top()))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.fit_to_screen()
        super().showEvent(event)

    # -- documents --------------------------------------------------------------------

    def _load(self, pdf: bytes) -> QPdfDocument:
        document = QPdfDocument(self)
        buffer = QBuffer(self)  # must outlive the document's use of it
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffers.append(buffer)
        document.load(buffer)
        return document

    def show_job(self, index: int) -> None:
        document = self.documents[index]
        self.view.setDocument(document)
        if document.status() == QPdfDocument.Status.Error:
            self._say(self.tr("This document cannot be shown (the PDF is damaged)."), ERROR_STYLE)
        self.pages_label.setText(self.tr("{n} page(s)").format(n=document.pageCount()))

    def current_index(self) -> int:
        return max(self.selector.currentIndex(), 0)

    def page_count(self, index: int | None = None) -> int:
        return self.documents[self.current_index() if index is None else index].pageCount()

    # -- printing ---------------------------------------------------------------------

    def print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)
        if self._landscape(0):
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        if self.printer_name:
            printer.setPrinterName(self.printer_name)
        if not self.ask_printer(printer):
            return
        if self.print_to(printer):
            self._say(self.tr("Sent to the printer."), OK_STYLE)
            self.printed.emit()
        else:
            self._say(self.tr("The printer could not be opened; nothing was printed."), ERROR_STYLE)

    def ask_printer(self, printer: QPrinter) -> bool:
        """Let the officer choose the printer; False when cancelled. Replaced in tests."""
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_to(self, printer: QPrinter) -> bool:
        """Render every page of every job (``copies`` times each) onto ``printer``."""
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            first = True
            for job, document in zip(self.jobs, self.documents, strict=True):
                for _copy in range(max(job.copies, 1)):
                    for page in range(document.pageCount()):
                        if not first:
                            printer.newPage()
                        first = False
                        self._paint_page(painter, printer, document, page)
        finally:
            painter.end()
        return True

    def _paint_page(
        self, painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int
    ) -> None:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = document.render(page, size)
        target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        scale = min(target.width() / size.width(), target.height() / size.height())
        drawn = QRectF(0, 0, size.width() * scale, size.height() * scale)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(drawn, image)

    def _landscape(self, index: int) -> bool:
        document = self.documents[index]
        if document.pageCount() == 0:
            return False
        points = document.pagePointSize(0)
        return points.width() > points.height()

    # -- saving -----------------------------------------------------------------------

    def save_clicked(self) -> None:
        job = self.jobs[self.current_index()]
        path = self.ask_save_path(job.file_name)
        if not path:
            return
        try:
            self.save_to(Path(path))
        except OSError as exc:
            self._say(
                self.tr("Could not save the file: {error}").format(error=exc.strerror or exc),
                ERROR_STYLE,
            )
            return
        self._say(self.tr("Saved to {path}").format(path=path), OK_STYLE)
        self.saved.emit(str(path))

    def ask_save_path(self, suggested: str) -> str | None:
        """Ask where to save the PDF; None when cancelled. Replaced in tests."""
        path = ask_save_path(self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)"))
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path or None

    def save_to(self, path: Path, index: int | None = None) -> None:
        """Write the job's PDF to ``path`` atomically (temporary file, fsync, replace)."""
        data = self.jobs[self.current_index() if index is None else index].pdf
        write_atomically(Path(path), data)

    def _say(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)
