"""Form 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ (with the reason)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from desktop.printing.document import content_width, render
from desktop.printing.layout import (
    Flowable,
    Letterhead,
    Signer,
    header,
    para,
    plain,
    request_line,
    signatures,
    title,
    vn_time,
)
from desktop.printing.templates import Wording

FORM = "03"


@dataclass(frozen=True)
class RefusalData:
    letterhead: Letterhead
    code: str
    applicant_name: str
    procedure_name: str
    summary: str
    received_at: datetime
    refused_at: datetime
    reason: str
    officer: str
    reprint: int = 0
    wording: Wording = field(default_factory=partial(Wording, FORM))


def build(data: RefusalData) -> bytes:
    width = content_width()
    office = data.letterhead.office
    story: list[Flowable] = [header(data.letterhead, data.refused_at.date(), width)]
    story += title(data.wording.text("TITLE_03"))
    story.append(para(data.wording.text("CODE_LINE"), "left", code=data.code))
    story.append(
        para(
            data.wording.text("INTRO_03"),
            received=vn_time(data.received_at),
            office=office,
            name=data.applicant_name,
            procedure=data.procedure_name,
        )
    )
    story += request_line(data.procedure_name, data.summary)
    story.append(para(data.wording.text("REASON_INTRO_03")))
    story.append(plain(data.reason, "item"))
    story.append(para(data.wording.text("CLOSE")))
    story += signatures([Signer(data.wording.texts("SIGNERS_03")[0], data.officer)], width)
    return render(
        story,
        form=FORM,
        title=f"{data.wording.text('TITLE_03')} {data.code}",
        author=office,
        reprint=data.reprint,
    )
