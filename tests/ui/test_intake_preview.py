"""The print preview: shows PDF bytes with QtPdf, prints through QPrinter, saves atomically."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from ui.dialogs.print_preview import PrintJob, PrintPreviewDialog


def pdf_bytes(pages: int, *, wide: bool = False) -> bytes:
    out = BytesIO()
    pdf = canvas.Canvas(out, pagesize=landscape(A4) if wide else A4)
    for number in range(pages):
        pdf.drawString(72, 500, f"Giấy tiếp nhận hồ sơ — trang {number + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture
def dialog(qtbot: QtBot) -> PrintPreviewDialog:
    jobs = [
        PrintJob("Mẫu 01", pdf_bytes(2), copies=2, file_name="mau-01.pdf"),
        PrintJob("Mẫu 06", pdf_bytes(1), file_name="mau-06.pdf"),
    ]
    dlg = PrintPreviewDialog(jobs)
    qtbot.addWidget(dlg)
    return dlg


def pages_in(path: Path) -> int:
    document = QPdfDocument()
    document.load(str(path))
    return document.pageCount()


def test_it_loads_the_pdf_and_reports_its_pages(qtbot: QtBot, dialog: PrintPreviewDialog) -> None:
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.page_count() == 2
    assert dialog.pages_label.text() == "2 page(s)"
    assert dialog.view.document() is dialog.documents[0]
    assert dialog.selector.isVisibleTo(dialog)
    assert dialog.selector.itemText(0) == "Mẫu 01 (2 copies)"
    dialog.selector.setCurrentIndex(1)
    assert dialog.page_count() == 1 and dialog.view.document() is dialog.documents[1]


def test_one_document_needs_no_selector(qtbot: QtBot) -> None:
    dlg = PrintPreviewDialog([PrintJob("Mẫu 03", pdf_bytes(1))])
    qtbot.addWidget(dlg)
    assert not dlg.selector.isVisibleTo(dlg)
    with pytest.raises(ValueError):
        PrintPreviewDialog([])


def test_save_writes_the_shown_pdf_atomically(
    qtbot: QtBot, dialog: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "phieu.pdf"
    asked: list[str] = []

    def ask(suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(dialog, "ask_save_path", ask)
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        dialog.save_clicked()
    assert asked == ["mau-01.pdf"]
    assert target.read_bytes() == dialog.jobs[0].pdf
    assert str(target) in dialog.status.text()
    dialog.selector.setCurrentIndex(1)
    dialog.save_clicked()  # replaces the file with the shown document
    assert target.read_bytes() == dialog.jobs[1].pdf
    assert sorted(p.name for p in tmp_path.iterdir()) == ["phieu.pdf"]


def test_a_cancelled_or_failed_save_leaves_nothing(
    dialog: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialog, "ask_save_path", lambda _suggested: None)
    dialog.save_clicked()
    assert dialog.status.text() == ""
    monkeypatch.setattr(dialog, "ask_save_path", lambda _s: str(tmp_path / "no" / "x.pdf"))
    dialog.save_clicked()
    assert "Could not save the file" in dialog.status.text()
    assert list(tmp_path.iterdir()) == []


def test_print_renders_every_page_of_every_copy(
    qtbot: QtBot, dialog: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)  # keeps the rendering quick
        return True

    monkeypatch.setattr(dialog, "ask_printer", to_file)
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        dialog.print_clicked()
    assert pages_in(out) == 2 * 2 + 1  # form 01 twice (2 pages), form 06 once
    assert dialog.status.text() == "Sent to the printer."


def test_a_cancelled_print_dialog_prints_nothing(
    dialog: PrintPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialog, "ask_printer", lambda _printer: False)
    monkeypatch.setattr(dialog, "print_to", lambda _printer: pytest.fail("printed"))
    dialog.print_clicked()
    assert dialog.status.text() == ""


def test_a_landscape_register_asks_for_a_landscape_page(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dlg = PrintPreviewDialog([PrintJob("Mẫu 07", pdf_bytes(1, wide=True))])
    qtbot.addWidget(dlg)
    seen: list[bool] = []

    def ask(printer: QPrinter) -> bool:
        seen.append(printer.pageLayout().orientation().name == "Landscape")
        return False

    monkeypatch.setattr(dlg, "ask_printer", ask)
    dlg.print_clicked()
    assert seen == [True]


def test_a_damaged_pdf_is_said_not_raised(qtbot: QtBot) -> None:
    dlg = PrintPreviewDialog([PrintJob("Mẫu 01", b"%PDF-1.4 cut short")])
    qtbot.addWidget(dlg)
    assert dlg.page_count() == 0
    assert "damaged" in dlg.status.text()


def test_escape_closes(qtbot: QtBot, dialog: PrintPreviewDialog) -> None:
    dialog.open()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


SMALL_SCREEN = QRect(0, 0, 1366, 768)


def test_it_fits_a_1366x768_screen_with_its_buttons_in_view(
    qtbot: QtBot, dialog: PrintPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialog, "available_geometry", lambda: SMALL_SCREEN)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert SMALL_SCREEN.contains(dialog.frameGeometry()), dialog.frameGeometry()
    assert dialog.height() < SMALL_SCREEN.height()
    for button in (dialog.print_button, dialog.save_button, dialog.close_button):
        assert button.isVisible() and not dialog.view.isAncestorOf(button)  # never scrolled
        where = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
        assert dialog.rect().contains(where), (button.text(), where, dialog.rect())


def test_on_a_large_screen_it_keeps_its_reading_size(
    qtbot: QtBot, dialog: PrintPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    large = QRect(1920, 0, 1920, 1160)  # the second screen, to the right of the first
    monkeypatch.setattr(dialog, "available_geometry", lambda: large)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert large.contains(dialog.frameGeometry())
    assert dialog.height() >= 900


def test_enter_prints_wherever_the_focus_is_in_the_preview(
    qtbot: QtBot, dialog: PrintPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(dialog, "ask_printer", lambda _printer: asked.append(True) or False)
    dialog.open()
    qtbot.waitExposed(dialog)
    for widget in (dialog.print_button, dialog.save_button, dialog.close_button, dialog.view):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        assert dialog.isVisible()
    assert asked == [True] * 4
