"""Form 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả (before the deadline)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from desktop.printing import texts
from desktop.printing.document import content_width, render
from desktop.printing.layout import (
    Flowable,
    Letterhead,
    Signer,
    header,
    para,
    signatures,
    title,
    vn_time,
)
from desktop.printing.templates import Wording

FORM = "04"


@dataclass(frozen=True)
class ApologyData:
    letterhead: Letterhead
    code: str
    applicant_name: str
    procedure_name: str
    received_at: datetime
    original_appointment: datetime
    reason: str
    new_appointment: datetime
    written_at: datetime
    signer_name: str = ""
    reprint: int = 0
    wording: Wording = field(default_factory=partial(Wording, FORM))


def build(data: ApologyData) -> bytes:
    width = content_width()
    office = data.letterhead.office
    story: list[Flowable] = [header(data.letterhead, data.written_at.date(), width)]
    story += title(data.wording.text("TITLE_04"))
    story.append(para(data.wording.text("ADDRESSEE"), "center", name=data.applicant_name))
    story.append(para(data.wording.text("CODE_LINE"), "center", code=data.code))
    story.append(
        para(
            data.wording.text("BODY_04"),
            office=office,
            code=data.code,
            received=vn_time(data.received_at),
            procedure=data.procedure_name,
            original=vn_time(data.original_appointment),
        )
    )
    story.append(para(data.wording.text("DELAY_04"), reason=data.reason))
    story.append(
        para(data.wording.text("APOLOGY_04"), office=office, new=vn_time(data.new_appointment))
    )
    story.append(para(data.wording.text("THANKS_04")))
    signer = Signer(
        data.wording.texts("SIGNERS_04")[0],
        data.signer_name or data.wording.text("SIGNER_NAME_04"),
        texts.SIGN_HINT_SEAL,
    )
    story += signatures([signer], width)
    return render(
        story,
        form=FORM,
        title=f"{data.wording.text('TITLE_04')} {data.code}",
        author=office,
        reprint=data.reprint,
    )
