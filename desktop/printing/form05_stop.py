"""Form 05: Thông báo dừng giải quyết hồ sơ (with the reason and the date)."""

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

FORM = "05"


@dataclass(frozen=True)
class StopData:
    letterhead: Letterhead
    code: str
    applicant_name: str
    procedure_name: str
    received_at: datetime
    stopped_at: datetime
    reason: str
    signer_name: str = ""
    reprint: int = 0


def build(data: StopData) -> bytes:
    width = content_width()
    office = data.letterhead.office
    story: list[Flowable] = [header(data.letterhead, data.stopped_at.date(), width)]
    story += title(texts.TITLE_05)
    story.append(para(texts.ADDRESSEE, "center", name=data.applicant_name))
    story.append(para(texts.CODE_LINE, "center", code=data.code))
    story.append(
        para(
            texts.BODY_05,
            office=office,
            code=data.code,
            received=vn_time(data.received_at),
            procedure=data.procedure_name,
        )
    )
    story.append(para(texts.STOP_05, office=office, stopped=vn_time(data.stopped_at)))
    story.append(para(texts.REASON_05, reason=data.reason.strip() or texts.BLANK))
    story.append(para(texts.CLOSE))
    signer = Signer(texts.SIGNERS_05[0], data.signer_name, texts.SIGN_HINT_SEAL)
    story += signatures([signer], width)
    return render(
        story,
        form=FORM,
        title=f"{texts.TITLE_05} {data.code}",
        author=office,
        reprint=data.reprint,
    )
