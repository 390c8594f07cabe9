"""A hand-built office for the report tests (October 2026); the cells are worked out in
``test_report_06a.py``'s docstring."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select

from db.models import Dossier
from desktop.catalogue.store import SHIPPED_FILE
from desktop.dossiers.context import DeskContext
from desktop.dossiers.intake import parse_intake, receive
from desktop.dossiers.online import store_online
from desktop.dossiers.outcome import Outcome, OutcomeKind
from desktop.dossiers.status import Action
from desktop.profile import Profile
from desktop.province.seed import online_records
from desktop.reports.period import month_period
from tests.integration.dossier_factory import do, intake_json, take_in

NOW = datetime(2026, 11, 20, 10, 0)
OCTOBER = month_period(2026, 10)
CATALOGUE: list[dict[str, Any]] = json.loads(SHIPPED_FILE.read_text(encoding="utf-8"))


def at(text: str) -> datetime:
    return datetime.strptime(text, "%d/%m/%Y %H:%M")


def counter(profile: Profile, ctx: DeskContext, procedure: str, received: str) -> str:
    return take_in(
        profile, ctx, NOW, procedure=procedure, received_at=f"{at(received):%Y-%m-%d %H:%M}"
    )


def online(profile: Profile, ctx: DeskContext, procedure: str, submitted: str, n: int) -> str:
    entry = next(e for e in CATALOGUE if e["MaTTHC"] == procedure)
    record = online_records(ctx.office_code, [entry], n, NOW)[n - 1]
    record["NgayTiepNhan"] = at(submitted).strftime("%Y%m%d%H%M%S")
    with profile.db.session() as session, session.begin():
        assert store_online(session, ctx, record, NOW).result == "stored"
    return str(record["MaHoSo"])


def appointment(profile: Profile, code: str) -> datetime | None:
    with profile.db.read_session() as session:
        return session.scalar(select(Dossier.appointment).where(Dossier.code == code))


TRANSFER = {"to_unit": "Công chức Tư pháp - Hộ tịch", "receiver": "Lê Thị Hoa"}


def build_october(profile: Profile, ctx: DeskContext) -> dict[str, str]:
    p, c = profile, ctx
    d: dict[str, str] = {}
    d["D1"] = counter(p, c, "1.001776", "28/09/2026 09:00")
    assert appointment(p, d["D1"]) == at("12/10/2026 09:00")
    do(p, c, d["D1"], Action.RESOLVE, at("08/10/2026 10:00"))

    d["D2"] = counter(p, c, "1.013225", "15/09/2026 08:00")
    assert appointment(p, d["D2"]) == at("06/10/2026 08:00")
    do(p, c, d["D2"], Action.TRANSFER, at("16/09/2026 08:00"), **TRANSFER)

    d["D3"] = counter(p, c, "1.004873", "05/10/2026 09:00")
    assert appointment(p, d["D3"]) == at("08/10/2026 09:00")
    do(p, c, d["D3"], Action.RESOLVE, at("08/10/2026 08:30"))

    d["D4"] = online(p, c, "1.004873", "09/10/2026 20:00", 1)
    do(p, c, d["D4"], Action.ACCEPT, at("12/10/2026 08:00"))
    assert appointment(p, d["D4"]) == at("15/10/2026 08:00")
    do(p, c, d["D4"], Action.RESOLVE, at("16/10/2026 10:00"))

    d["D5"] = counter(p, c, "1.004859", "13/10/2026 10:00")
    assert appointment(p, d["D5"]) == at("16/10/2026 10:00")
    do(p, c, d["D5"], Action.WITHDRAW, at("14/10/2026 09:00"), reason="Công dân xin rút")

    d["D6"] = counter(p, c, "1.004873", "20/10/2026 09:00")
    assert appointment(p, d["D6"]) == at("23/10/2026 09:00")
    do(p, c, d["D6"], Action.SUPPLEMENT, at("22/10/2026 10:00"), items=("Bản sao giấy khai sinh",))
    do(p, c, d["D6"], Action.RESUME, at("03/11/2026 09:00"))

    d["D7"] = counter(p, c, "1.004873", "26/10/2026 09:00")
    assert appointment(p, d["D7"]) == at("29/10/2026 09:00")
    do(p, c, d["D7"], Action.TRANSFER, at("26/10/2026 10:00"), **TRANSFER)
    do(p, c, d["D7"], Action.RESOLVE, at("03/11/2026 10:00"))

    d["D8"] = counter(p, c, "1.001193", "01/10/2026 00:00")
    assert appointment(p, d["D8"]) == at("01/10/2026 17:00")
    do(p, c, d["D8"], Action.RESOLVE, at("01/10/2026 11:00"))

    d["D9"] = counter(p, c, "1.001193", "31/10/2026 23:59")
    assert appointment(p, d["D9"]) == at("02/11/2026 17:00")

    d["D10"] = counter(p, c, "1.001193", "30/09/2026 23:59")
    assert appointment(p, d["D10"]) == at("01/10/2026 17:00")
    do(p, c, d["D10"], Action.RESOLVE, at("01/10/2026 08:00"))

    d["D11"] = counter(p, c, "1.001193", "01/11/2026 00:00")

    d["D12"] = counter(p, c, "1.004873", "05/10/2026 10:00")
    assert appointment(p, d["D12"]) == at("08/10/2026 10:00")
    do(
        p,
        c,
        d["D12"],
        Action.EXTEND,
        at("07/10/2026 10:00"),
        reason="Cần xác minh thêm",
        new_appointment=at("14/10/2026 10:00"),
    )
    do(p, c, d["D12"], Action.RESOLVE, at("13/10/2026 10:00"))

    for name, outcome, received in (
        ("D13", Outcome(OutcomeKind.REFUSE, reason="Không thuộc thẩm quyền"), "06/10/2026 09:00"),
        ("D14", Outcome(OutcomeKind.SUPPLEMENT, items=("Ảnh 4x6",)), "07/10/2026 09:00"),
    ):
        raw = intake_json(procedure="1.004873", received_at=f"{at(received):%Y-%m-%d %H:%M}")
        with p.db.session() as session, session.begin():
            d[name] = receive(session, c, parse_intake(raw, today=NOW.date()), NOW, outcome).code
    d["D15"] = online(p, c, "1.004873", "20/10/2026 15:00", 2)
    return d
