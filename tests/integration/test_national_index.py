"""The national service index (DOMAIN.md §10) on a hand-built office: every indicator's
numerator and denominator worked out by hand, on SQLite and PostgreSQL (October 2026).

The office is form II.06a's October (``report_fixture.py``, D1–D15, worked out in
``test_report_06a.py``) plus three dossiers of 1.004873 (3 working days) received at the counter:

| dossier | received | what happens |
|---|---|---|
| E1 | Mon 19/10 09:00, due 22/10 09:00 | supplement 19/10, resumed 20/10, again 21/10 |
| E2 | Tue 27/10 09:00, due 30/10 09:00 | fee paid online 27/10, resolved 28/10 09:00 |
| E3 | Wed 28/10 09:00, due 2/11 09:00 | fee paid in cash 28/10, still open at the month's end |

and, to feed the other indicators: the province acknowledged D3's and D5's records; D3 has a
scanned paper and a result file and was returned 9/10 rated "not satisfied"; D8 was returned
2/10 rated "satisfied"; D5 reuses D3's scanned paper; D6 has a paper from the citizen's store;
1.004873 charges a fee, 1.001193 charges 0, 1.004859 and 1.001776 none.
Office hours 07:30–11:30, 13:30–17:00: a working day is 7 h 30.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from db.models import AuditEntry, OutboxItem, Procedure, ProcedureVersion
from desktop.attachments.service import ItemFile, Origin, Role
from desktop.desk import Desk
from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import Action
from desktop.errors import InputError
from desktop.index.indicators import NationalIndex
from desktop.profile import Profile
from tests import files_factory as ff
from tests.integration.dossier_factory import do
from tests.integration.report_fixture import NOW, at, build_october, counter

FEES = {"1.004873": 30000, "1.001193": 0, "1.004859": None, "1.001776": None}


def _set_fees(profile: Profile) -> None:
    with profile.db.session() as session, session.begin():
        for code, fee in FEES.items():
            ids = select(Procedure.id).where(Procedure.code == code).scalar_subquery()
            session.execute(
                update(ProcedureVersion).where(ProcedureVersion.procedure_id == ids).values(fee=fee)
            )


def _acknowledge(profile: Profile, *codes: str) -> None:
    """The province acknowledged these dossiers' records (as a sync round leaves them)."""
    with profile.db.session() as session, session.begin():
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.dossier_code.in_(codes), OutboxItem.kind == "dossier")
            .values(state="acked")
        )


def _files(desk: Desk, d: dict[str, str]) -> None:
    scan = desk.attachments.prepare([desk.attachments.check("a.pdf", ff.pdf_document(1))])
    desk.attachments.attach(d["D3"], [ItemFile(Role.DOCUMENT, 1, scan)])
    result = desk.attachments.prepare([desk.attachments.check("kq.pdf", ff.pdf_document(1))])
    desk.attachments.attach(d["D3"], [ItemFile(Role.RESULT, 1, result)])
    reused = ItemFile(Role.DOCUMENT, 1, origin=Origin.REUSED, reuse=scan.sha256)
    desk.attachments.attach(d["D5"], [reused])
    stored = desk.attachments.prepare([desk.attachments.check("k.pdf", ff.pdf_document(1))])
    desk.attachments.attach(d["D6"], [ItemFile(Role.DOCUMENT, 1, stored, Origin.NATIONAL_STORE)])


def build(profile: Profile, ctx: DeskContext) -> dict[str, str]:
    p, c = profile, ctx
    _set_fees(p)
    d = build_october(p, c)
    d["E1"] = counter(p, c, "1.004873", "19/10/2026 09:00")
    do(p, c, d["E1"], Action.SUPPLEMENT, at("19/10/2026 10:00"), items=("Ảnh 4x6",))
    do(p, c, d["E1"], Action.RESUME, at("20/10/2026 09:00"))
    do(p, c, d["E1"], Action.SUPPLEMENT, at("21/10/2026 09:00"), items=("Bản sao sổ hộ khẩu",))
    for name, received, method in (("E2", "27/10/2026", "online"), ("E3", "28/10/2026", "cash")):
        d[name] = counter(p, c, "1.004873", f"{received} 09:00")
        do(p, c, d[name], Action.REQUEST_FEE, at(f"{received} 10:00"))
        fee: dict[str, Any] = {"fee_amount": 30000, "fee_method": method}
        do(p, c, d[name], Action.PAY_FEE, at(f"{received} 11:00"), **fee)
    do(p, c, d["E2"], Action.RESOLVE, at("28/10/2026 09:00"))
    do(p, c, d["D3"], Action.RETURN, at("09/10/2026 10:00"), recipient="Đặng Văn Ưng")
    do(p, c, d["D8"], Action.RETURN, at("02/10/2026 09:00"), recipient="Đặng Văn Ưng")
    desk = Desk(p, now=lambda: NOW)
    desk.record_satisfaction(d["D3"], 3)
    desk.record_satisfaction(d["D8"], 1)
    _files(desk, d)
    _acknowledge(p, d["D3"], d["D5"])
    return d


@pytest.fixture
def index(profile: Profile, ctx: DeskContext) -> NationalIndex:
    build(profile, ctx)
    return Desk(profile, now=lambda: NOW).index.month(2026, 10)


def fraction(index: NationalIndex, code: str) -> tuple[int | None, int | None]:
    item = index.indicator(code)
    return item.numerator, item.denominator


def test_every_indicator_by_hand(index: NationalIndex) -> None:
    assert (index.period.first, index.period.last) == (date(2026, 10, 1), date(2026, 10, 31))
    # Received = taken in for processing in October: D3 D4 D5 D6 D7 D8 D9 D12 E1 E2 E3 (11).
    # 1.4: D4 came from the portal, the province acknowledged D3 and D5.
    assert fraction(index, "1.4") == (3, 11)
    # 2.1: received or processed in October = form II.06a's 7 resolved (D1 D3 D4 D5 D8 D10
    # D12) + 4 in progress (D2 D6 D7 D9), + E1 E3 in progress and E2 resolved = 14. Late: D2
    # (open, due 6/10), D4 (done 16/10 10:00 after 15/10 08:00), D7 (open at the month's end,
    # due 29/10), E1 (a second supplement request). D6 ends at its one request (22/10, before
    # 23/10); D9 and E3 are open but not yet due at the month's end; D12 is done before the
    # appointment its apology set.
    assert fraction(index, "2.1") == (10, 14)
    # 2.2: resolved in October per procedure. 1.001193: D8 3 h 30 and D10 30 min → 2 h, within
    # the day. 1.001776: D1 61 h = 8.13 days ≤ 10. 1.004873: D3 22 h, D4 32 h, D12 45 h,
    # E2 7 h 30 → 26.625 h = 3.55 days > 3. D5 was withdrawn: no result, no time.
    assert fraction(index, "2.2") == (2, 3)
    times = {t.code: (t.dossiers, round(t.average, 4), t.limit, t.within) for t in index.times}
    assert times == {
        "1.001193": (2, round(2 / 7.5, 4), 1.0, True),
        "1.001776": (1, round(61 / 7.5, 4), 10.0, True),
        "1.004873": (4, round(26.625 / 7.5, 4), 3.0, False),
    }
    # 3.3: one of the 11 online (D4); the rest at the counter, none by post.
    assert fraction(index, "3.3") == (1, 11)
    assert index.indicator("3.3").note == "Trực tuyến 1, trực tiếp 10, bưu chính 0."
    # 3.6: received in October under a procedure with a fee ≠ 0 (1.004873): D3 D4 D6 D7 D12 E1
    # E2 E3 (D5's 1.004859 has none, D8 D9's 1.001193 charges 0); only E2 paid online (E3 cash).
    assert fraction(index, "3.6") == (1, 8)
    # 4.1: results in October (status 9 or 10): D1 D3 D4 D8 D10 D12 E2; D3 has a result file.
    assert fraction(index, "4.1") == (1, 7)
    # 4.2–4.4: dossiers whose papers came in during October (received_at): the 11 above and
    # D13 (refused), D14 (guided to supplement), D15 (online, not yet accepted) = 14.
    # 4.2: D3 has a scanned paper and a result file; 4.3: D5 reuses; 4.4: D6 from the store.
    assert fraction(index, "4.2") == (1, 14)
    assert fraction(index, "4.3") == (1, 14)
    assert fraction(index, "4.4") == (1, 14)
    # 4.5: nothing at the desk records a VNeID or chip-card identification.
    assert fraction(index, "4.5") == (None, None)
    assert index.indicator("4.5").value_text == "không tính được"
    assert "VNeID" in index.indicator("4.5").note
    # 5.4: the 14 of 2.1 less the 3 late by form II.06a (D4 resolved late; D2, D7 overdue)
    # less one "not satisfied" rating (D3) = 10.
    assert fraction(index, "5.4") == (10, 14)
    assert index.indicator("5.4").note == "2 lượt đánh giá, 1 không hài lòng."


def test_values_thresholds_and_twelve_months(index: NationalIndex) -> None:
    on_time = index.indicator("2.1")
    assert (on_time.value, on_time.value_text) == (71.43, "71,43 %")
    assert (on_time.full_marks, on_time.target) == (100.0, 99.5)
    assert (index.indicator("3.3").full_marks, index.indicator("4.2").full_marks) == (50.0, 80.0)
    assert index.indicator("5.4").full_marks == 90.0
    assert all(i.formula and i.name for i in index.indicators)
    assert [p.label for p in index.months][0::11] == ["11/2025", "10/2026"]
    assert len(index.months) == 12
    assert index.months[-1].values == {i.code: i.value for i in index.indicators}
    # Nothing happened before September 2026: no denominator, "N/A".
    assert index.months[0].values["2.1"] is None


def test_a_month_with_nothing_reads_na(profile: Profile) -> None:
    empty = Desk(profile, now=lambda: NOW).index.month(2026, 10)
    assert [i.value_text for i in empty.indicators if i.code != "4.5"] == ["N/A"] * 10


def test_export_is_audited_and_a_refused_file_leaves_no_line(
    profile: Profile, tmp_path: Path
) -> None:
    desk = Desk(profile, now=lambda: NOW)
    index = desk.index.month(2026, 10)
    with pytest.raises(InputError, match="không phải tệp"):
        desk.index.export(index, "json", profile.data_dir)
    with pytest.raises(InputError, match="pdf, xlsx, json"):
        desk.index.export(index, "doc", tmp_path / "x.doc")
    saved = desk.index.export(index, "xlsx", tmp_path / "chi-so.xlsx")
    assert saved.read_bytes().startswith(b"PK")
    with profile.db.read_session() as session:
        lines = session.scalars(select(AuditEntry).where(AuditEntry.action == "export.index")).all()
    assert [(e.record, json.loads(e.detail)["format"]) for e in lines] == [("2026-10", "xlsx")]
