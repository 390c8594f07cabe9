"""Form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (two copies: applicant and file)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.platypus import Flowable as RLFlowable
from reportlab.platypus import PageBreak, Spacer, Table

from desktop.payments.amount_words import amount_in_words
from desktop.payments.vietqr import PaymentAccount
from desktop.printing import texts
from desktop.printing.document import content_width, one_page, render
from desktop.printing.layout import (
    Flowable,
    Letterhead,
    Signer,
    grid,
    head_row,
    header,
    or_blank,
    para,
    plain,
    signatures,
    table_style,
    title,
    vn_time,
)
from desktop.printing.templates import Wording

FORM = "01"
QR_SIZE = 26 * mm


@dataclass(frozen=True)
class DocumentLine:
    name: str
    originals: int
    copies: int

    @property
    def shown(self) -> bool:
        """A paper only shown at the counter ("(xuất trình)" in the checklist): looked at
        and handed back, so not an original received."""
        return texts.SHOWN_MARK in self.name.casefold()


@dataclass(frozen=True)
class ReceiptData:
    letterhead: Letterhead
    code: str
    applicant_name: str
    applicant_id_number: str
    applicant_address: str
    applicant_phone: str
    applicant_email: str
    procedure_name: str
    summary: str
    documents: tuple[DocumentLine, ...]
    sets: int
    time_limit: str
    received_at: datetime
    appointment: datetime
    collect_at: str
    officer: str
    register_book: str = ""  # "Quyển số" of the register (the year of receipt)
    register_number: int = 0  # "Số thứ tự" in that book (0: not known, left to fill by hand)
    reprint: int = 0
    wording: Wording = field(default_factory=partial(Wording, FORM))
    fee: int = 0  # the procedure version's fee in đồng (0: none)
    payment: PaymentAccount | None = None  # the office's account (None: no transfer QR)
    code_qr: str = ""  # what the code's QR carries ("": the code; else the lookup address)


def qr_matrix(value: str) -> list[list[bool]]:
    """The modules of ``value`` as a QR code (error correction M), row by row, dark = True."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.make()
    count = qr.getModuleCount()
    return [[bool(qr.isDark(r, c)) for c in range(count)] for r in range(count)]


class QrCode(RLFlowable):  # type: ignore[misc]
    """``value`` as a QR code (error correction M, 4-module quiet zone) of ``size`` points.

    Encoded once and drawn as one filled path of the dark runs of each row: several times
    faster than ReportLab's widget, which encodes again to measure and draws one shape a module.
    """

    QUIET = 4

    def __init__(self, value: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.rows = qr_matrix(value)
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.rows)
        unit = self.size / (count + 2 * self.QUIET)
        path = self.canv.beginPath()
        for r, row in enumerate(self.rows):
            y = self.size - (r + self.QUIET + 1) * unit
            c = 0
            while c < count:
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < count and row[c]:
                    c += 1
                path.rect((start + self.QUIET) * unit, y, (c - start) * unit, unit)
        self.canv.drawPath(path, stroke=0, fill=1)


def qr_code(value: str, size: float = QR_SIZE) -> Flowable:
    """``value`` as a QR code scaled to ``size`` points."""
    return QrCode(value, size)


def barcode(value: str) -> Flowable:
    return Code128(value, barWidth=0.3 * mm, barHeight=9 * mm, humanReadable=False)


def _code_block(data: ReceiptData, width: float) -> Flowable:
    left = [
        para(data.wording.text("CODE_LINE"), "left", code=data.code),
        Spacer(1, 2 * mm),
        barcode(data.code),
    ]
    return _beside_qr(left, data.code_qr or data.code, width)


def _beside_qr(left: list[Flowable], value: str, width: float) -> Flowable:
    table = Table([[left, qr_code(value)]], colWidths=[width - QR_SIZE - 4 * mm, None])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    return table


def _transfer(data: ReceiptData, width: float) -> list[Flowable]:
    """The VietQR of the fee, the dossier code as purpose, beside the account it pays to."""
    if data.payment is None or data.fee <= 0:
        return []
    account = data.payment
    lines = [
        para(texts.TRANSFER_01, "left"),
        para(texts.BANK_01, "item", bank_bin=account.bank_bin, account=account.number),
    ]
    if account.name:
        lines.append(para(texts.HOLDER_01, "item", name=account.name))
    amount = f"{data.fee:,}".replace(",", ".")
    lines.append(para(texts.AMOUNT_01, "item", amount=amount, words=amount_in_words(data.fee)))
    lines.append(para(texts.PURPOSE_01, "item", code=data.code))
    return [Spacer(1, 1 * mm), _beside_qr(lines, account.payload(data.fee, data.code), width)]


def _applicant(data: ReceiptData) -> list[Flowable]:
    office = data.letterhead.office
    lines = [
        para(data.wording.text("INTRO_01"), "left", office=office),
        para(data.wording.text("NAME_01"), "item", name=data.applicant_name),
        para(
            data.wording.text("ID_01"),
            "item",
            id_number=or_blank(data.applicant_id_number),
            phone=or_blank(data.applicant_phone),
        ),
        para(data.wording.text("ADDRESS_LINE"), "item", address=or_blank(data.applicant_address)),
    ]
    if data.applicant_email.strip():
        lines.append(para(data.wording.text("EMAIL_01"), "item", email=data.applicant_email))
    lines.append(para(data.wording.text("PROCEDURE_LINE"), "body", procedure=data.procedure_name))
    request = data.summary.strip() or data.procedure_name
    lines.append(para(data.wording.text("REQUEST_LINE"), "body", summary=request))
    return lines


def _register_entry(data: ReceiptData) -> Flowable:
    number = f"{data.register_number:02d}" if data.register_number > 0 else ""
    return para(
        data.wording.text("BOOK_01"),
        "left",
        book=or_blank(data.register_book),
        number=or_blank(number),
    )


def _documents(data: ReceiptData, width: float) -> list[Flowable]:
    rows = [head_row(data.wording.texts("DOC_HEADERS_01"))]
    for number, doc in enumerate(data.documents, start=1):
        rows.append(
            [
                plain(number, "cell_center"),
                plain(doc.name),
                plain(texts.SHOWN_01 if doc.shown else doc.originals, "cell_center"),
                plain("" if doc.shown else doc.copies, "cell_center"),
            ]
        )
    widths = [12 * mm, width - 12 * mm - 2 * 22 * mm, 22 * mm, 22 * mm]
    return [para(data.wording.text("DOCUMENTS_01"), "left"), grid(rows, widths), Spacer(1, 3 * mm)]


def _times(data: ReceiptData) -> list[Flowable]:
    return [
        para(data.wording.text("SETS_01"), "left", sets=f"{data.sets:02d}"),
        para(data.wording.text("LIMIT_01"), "left", limit=data.time_limit),
        para(data.wording.text("RECEIVED_01"), "left", time=vn_time(data.received_at)),
        para(data.wording.text("APPOINTMENT_01"), "left", time=vn_time(data.appointment)),
        para(data.wording.text("COLLECT_01"), "left", place=data.collect_at),
        _register_entry(data),
        Spacer(1, 1 * mm),
        para(data.wording.text("NOTE_01"), "body"),
    ]


def _copy(data: ReceiptData, label: str, width: float, applicant: bool) -> list[Flowable]:
    story: list[Flowable] = [header(data.letterhead, data.received_at.date(), width)]
    story += title(data.wording.text("TITLE_01"), label)
    story.append(_code_block(data, width))
    story += _applicant(data)
    story += _documents(data, width)
    story += _times(data)
    if applicant:  # the citizen pays from their copy; the office's keeps no payment QR
        story += _transfer(data, width)
    payer, officer = data.wording.texts("SIGNERS_01")
    signers = [Signer(payer, data.applicant_name), Signer(officer, data.officer)]
    story += signatures(signers, width)
    return story


def build(data: ReceiptData) -> bytes:
    """Both copies, one page each (a long list of papers is shrunk to fit the page)."""
    width = content_width()
    story: list[Flowable] = []
    for number, label in enumerate(data.wording.texts("COPIES_01")):
        if number:
            story.append(PageBreak())
        story.append(one_page(_copy(data, label, width, applicant=number == 0), width))
    return render(
        story,
        form=FORM,
        title=f"{data.wording.text('TITLE_01')} {data.code}",
        author=data.letterhead.office,
        reprint=data.reprint,
    )
