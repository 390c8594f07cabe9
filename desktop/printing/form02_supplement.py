"""Form 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (guidance given once, in full)."""

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
    request_line,
    signatures,
    title,
    vn_time,
)

FORM = "02"


@dataclass(frozen=True)
class SupplementItem:
    """One thing to add or correct, and why."""

    content: str
    reason: str = ""


@dataclass(frozen=True)
class SupplementData:
    letterhead: Letterhead
    code: str
    applicant_name: str
    procedure_name: str
    summary: str
    requested_at: datetime
    items: tuple[SupplementItem, ...]
    officer: str
    reason: str = ""  # given for the whole request (each item may carry its own)
    reprint: int = 0


def _items(items: tuple[SupplementItem, ...]) -> list[Flowable]:
    story: list[Flowable] = []
    for number, item in enumerate(items, start=1):
        story.append(para(texts.ITEM_02, "item", n=number, content=item.content))
        if item.reason.strip():
            story.append(para(texts.REASON_02, "item", reason=item.reason))
    return story


def build(data: SupplementData) -> bytes:
    width = content_width()
    office = data.letterhead.office
    story: list[Flowable] = [header(data.letterhead, data.requested_at.date(), width)]
    story += title(texts.TITLE_02)
    story.append(para(texts.CODE_LINE, "left", code=data.code))
    story.append(
        para(
            texts.INTRO_02,
            requested=vn_time(data.requested_at),
            office=office,
            name=data.applicant_name,
            procedure=data.procedure_name,
        )
    )
    story += request_line(data.procedure_name, data.summary)
    story.append(para(texts.ASK_02))
    story += _items(data.items)
    if data.reason.strip():
        story.append(para(texts.REASON_ALL_02, reason=data.reason))
    story.append(para(texts.CONTACT_02, officer=data.officer or texts.BLANK, office=office))
    story.append(para(texts.CLOSE))
    story += signatures([Signer(texts.SIGNERS_02[0], data.officer)], width)
    return render(
        story,
        form=FORM,
        title=f"{texts.TITLE_02} {data.code}",
        author=office,
        reprint=data.reprint,
    )
