"""Form 04: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (before the deadline)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

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


def build(data: ApologyData) -> bytes:
    width = content_width()
    office = data.letterhead.office
    story: list[Flowable] = [header(data.letterhead, data.written_at.date(), width)]
    story += title(texts.TITLE_04)
    story.append(para(texts.ADDRESSEE, "center", name=data.applicant_name))
    story.append(para(texts.CODE_LINE, "center", code=data.code))
    story.append(
        para(
            texts.BODY_04,
            office=office,
            code=data.code,
            received=vn_time(data.received_at),
            procedure=data.procedure_name,
            original=vn_time(data.original_appointment),
        )
    )
    story.append(para(texts.DELAY_04, reason=data.reason))
    story.append(para(texts.APOLOGY_04, office=office, new=vn_time(data.new_appointment)))
    story.append(para(texts.THANKS_04))
    signer = Signer(texts.SIGNERS_04[0], data.signer_name, texts.SIGN_HINT_SEAL)
    story += signatures([signer], width)
    return render(
        story,
        form=FORM,
        title=f"{texts.TITLE_04} {data.code}",
        author=office,
        reprint=data.reprint,
    )
