"""Form 05: Thông báo dừng giải quyết hồ sơ (with the reason and the date)."""

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
    wording: Wording = field(default_factory=partial(Wording, FORM))


def build(data: StopData) -> bytes:
    width = content_width()
    office = data.letterhead.office
    story: list[Flowable] = [header(data.letterhead, data.stopped_at.date(), width)]
    story += title(data.wording.text("TITLE_05"))
    story.append(para(data.wording.text("ADDRESSEE"), "center", name=data.applicant_name))
    story.append(para(data.wording.text("CODE_LINE"), "center", code=data.code))
    story.append(
        para(
            data.wording.text("BODY_05"),
            office=office,
            code=data.code,
            received=vn_time(data.received_at),
            procedure=data.procedure_name,
        )
    )
    story.append(
        para(data.wording.text("STOP_05"), office=office, stopped=vn_time(data.stopped_at))
    )
    story.append(para(data.wording.text("REASON_05"), reason=data.reason.strip() or texts.BLANK))
    story.append(para(data.wording.text("CLOSE")))
    signer = Signer(
        data.wording.texts("SIGNERS_05")[0],
        data.signer_name or data.wording.text("SIGNER_NAME_05"),
        texts.SIGN_HINT_SEAL,
    )
    story += signatures([signer], width)
    return render(
        story,
        form=FORM,
        title=f"{data.wording.text('TITLE_05')} {data.code}",
        author=office,
        reprint=data.reprint,
    )
