"""`motcua dossier add/show/act` end to end, on SQLite and on PostgreSQL.

One dossier goes through every step an officer records (transfer, supplement, resume, fee,
extension, resolve, return): the record version grows by one and the history by one row per
step. Steps the rules refuse exit 2 with a Vietnamese message and change nothing.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.calendar import WorkingCalendar
from tests.e2e.cli_runner import Cli, dossier_json

CAL = WorkingCalendar()  # the office's calendar: default hours, shipped holidays


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


STEPS: list[tuple[str, list[str], int]] = [
    ("transfer", ["--at", "2026-11-18 09:00", "--to-unit", "Công chức Tư pháp - Hộ tịch"], 4),
    (
        "supplement",
        ["--at", "2026-11-18 14:00", "--item", "Bản sao giấy khai sinh", "--item", "Ảnh 4x6"],
        5,
    ),
    ("resume", ["--at", "2026-11-19 09:30"], 4),
    ("request-fee", ["--at", "2026-11-19 10:00"], 6),
    ("pay-fee", ["--at", "2026-11-19 10:30", "--amount", "20000", "--method", "cash"], 4),
    (
        "extend",
        [
            "--at", "2026-11-20 09:00", "--new-appointment", "2026-11-25 17:00",
            "--reason", "Cần xác minh thêm với UBND xã nơi cư trú trước đây",
        ],
        4,
    ),
    ("resolve", ["--at", "2026-11-20 09:30"], 9),
    ("return", ["--recipient", "Đặng Văn Ưng"], 10),
]  # fmt: skip


def check_stored(dossier: dict[str, Any]) -> None:
    """Every field of ``dossier_json()`` came back as it was given."""
    assert dossier["procedure_code"] == "1.004873"
    assert dossier["procedure_name"] == "Cấp Giấy xác nhận tình trạng hôn nhân"
    assert dossier["applicant_name"] == "Đặng Văn Ưng"
    assert dossier["applicant_id_number"] == "001090012345"
    assert dossier["applicant_birth_date"] == "1990-05-17"
    assert dossier["applicant_phone"] == "0912345678"
    assert dossier["applicant_email"] == "ung@example.vn"
    assert dossier["applicant_address"] == "Thôn Đông, xã Hòa Bình"
    assert dossier["channel"] == 1
    assert dossier["summary"] == "Xác nhận tình trạng hôn nhân để đăng ký kết hôn"
    assert dossier["sets"] == 1
    assert dossier["documents"] == [
        {"name": "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "originals": 1, "copies": 0}
    ]


def test_add_show_and_every_step(office: Cli, tmp_path: Path) -> None:
    # From a file, received earlier this week: Wednesday 08:00 + 3 working days.
    path = tmp_path / "ho-so.json"
    payload = dossier_json(received_at="2026-11-18 08:00")
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    # And from stdin, one received Monday 08:00, due Thursday 08:00: overdue by now.
    late_text = json.dumps(dossier_json(received_at="2026-11-16 08:00"), ensure_ascii=False)
    from_file, from_stdin = office.many(
        [
            (("dossier", "add", str(path), "--json"), None),
            (("dossier", "add", "-", "--json"), late_text),
        ]
    )
    dossier, late = from_file.json(), from_stdin.json()
    code = dossier["code"]
    assert code == "000.00.00.H56-261118-0001"
    check_stored(dossier)
    assert dossier["received_at"] == "2026-11-18 08:00:00"
    assert dossier["appointment"] == dossier["original_appointment"] == "2026-11-23 08:00:00"
    assert (dossier["status"], dossier["record_version"]) == (2, 1)
    assert [(h["seq"], h["action"], h["to_status"]) for h in dossier["history"]] == [
        (1, "receive", 2)
    ]
    assert late["code"] == "000.00.00.H56-261116-0001"
    assert late["appointment"] == "2026-11-19 08:00:00"
    assert late["deadline_state"] == "overdue"

    shown, refused, future, too_late = office.many(
        [
            (("dossier", "show", code, "--json", "--reveal"), None),
            # Refusal (form 03) is only for a dossier not yet accepted (status 1).
            (("dossier", "act", code, "refuse", "--reason", "Thiếu giấy tờ"), None),
            (("dossier", "act", code, "resolve", "--at", "2026-11-20 10:01"), None),
            # An apology after the deadline is still taken, and recorded as late (item 19).
            (
                ("dossier", "act", late["code"], "extend", "--new-appointment", "2026-11-27 10:00",
                 "--reason", "Chậm"),
                None,
            ),
        ]
    )  # fmt: skip
    assert shown.json() == dossier  # every field, the history and the version
    refused.refused("Từ chối tiếp nhận")
    future.refused("tương lai")
    assert too_late.code == 0, str(too_late)
    late_history = office("dossier", "show", late["code"], "--json").json()["history"]
    assert "Xin lỗi muộn" in (late_history[-1]["note"] or "")

    seen: dict[str, dict[str, Any]] = {}
    for action, options, status in STEPS:
        after = office.act(code, action, *options).json()
        assert after["status"] == status, action
        assert after["record_version"] == dossier["record_version"] + 1, action
        assert after["history"][:-1] == dossier["history"], action
        step = after["history"][-1]
        assert step["seq"] == len(after["history"]) == len(dossier["history"]) + 1
        assert step["action"] == action.replace("-", "_")
        assert (step["from_status"], step["to_status"]) == (dossier["status"], status)
        assert step["appointment_before"] == dossier["appointment"]
        assert step["appointment_after"] == after["appointment"]
        if "--at" in options:
            assert step["at"] == options[options.index("--at") + 1] + ":00"
        seen[action] = dossier = after

    # Supplement then resume: the appointment moves later by the office time waited.
    assert seen["supplement"]["supplements"][0]["items"] == ["Bản sao giấy khai sinh", "Ảnh 4x6"]
    assert seen["supplement"]["appointment"] == "2026-11-23 08:00:00"
    resumed = seen["resume"]
    assert resumed["supplements"][0]["supplemented_at"] == "2026-11-19 09:30:00"
    # Waited Wed 14:00–17:00 and Thu 07:30–09:30: 5 office hours; Mon 08:00 + 5 h = 15:00.
    assert resumed["appointment"] == "2026-11-23 15:00:00"
    waited = CAL.office_time_between(at("2026-11-18 14:00"), at("2026-11-19 09:30"))
    moved = CAL.office_time_between(at("2026-11-23 08:00"), at(resumed["appointment"]))
    assert moved == waited
    assert resumed["original_appointment"] == "2026-11-23 08:00:00"

    assert seen["transfer"]["handling_unit"] == "Công chức Tư pháp - Hộ tịch"
    assert [h["to_unit"] for h in seen["transfer"]["handovers"]] == ["Công chức Tư pháp - Hộ tịch"]
    assert [(f["amount"], f["method"], f["paid_at"]) for f in seen["pay-fee"]["fees"]] == [
        (20000, "cash", "2026-11-19 10:30:00")
    ]
    assert seen["extend"]["appointment"] == "2026-11-25 17:00:00"
    assert seen["extend"]["original_appointment"] == "2026-11-23 08:00:00"

    final = seen["return"]
    assert final["record_version"] == 1 + len(STEPS)
    assert final["ended_at"] == "2026-11-20 09:30:00"
    assert final["returned_at"] == "2026-11-20 10:00:00"  # no --at: now
    assert final["returned_to"] == "Đặng Văn Ưng"
    assert final["deadline_state"] is None  # the clock no longer runs

    # The overdue dossier, apologised for late, can still be stopped (form 05).
    stopped = office.act(late["code"], "stop", "--reason", "Giấy tờ giả mạo").json()
    assert (stopped["status"], stopped["record_version"]) == (8, 3)
    assert stopped["appointment"] == "2026-11-27 10:00:00"
    assert stopped["original_appointment"] == late["appointment"]
    assert stopped["ended_at"] == "2026-11-20 10:00:00"
    assert [h["action"] for h in stopped["history"]] == ["receive", "extend", "stop"]
    assert stopped["history"][-1]["note"] == "Giấy tờ giả mạo"


def test_steps_the_rules_refuse_change_nothing(sqlite_office: Cli) -> None:
    office = sqlite_office
    accepted = office.add(dossier_json())  # received now, Friday 10:00
    code = accepted["code"]
    refusals: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
        ((code, "accept"), ("Được tiếp nhận",)),
        ((code, "resolve", "--at", "2026-11-20 09:59"), ("sớm hơn",)),
        ((code, "fly"), ("fly", "request-fee")),
        ((code, "supplement"), ("bổ sung",)),  # at least one --item
        ((code, "stop"), ("Lý do",)),  # a stop needs its reason
        (("000.00.00.H56-261120-9999", "resolve"), ("Không tìm thấy",)),
    ]
    calls = [(("dossier", "act", *args), None) for args, _ in refusals]
    *results, shown, text = office.many(
        [
            *calls,
            (("dossier", "show", code, "--json", "--reveal"), None),
            (("dossier", "show", code), None),
        ]
    )
    for (_, fragments), result in zip(refusals, results, strict=True):
        result.refused(*fragments)
    assert shown.json() == accepted
    for part in (
        f"Hồ sơ {code} — Được tiếp nhận (phiên bản 1)",
        "Người nộp: Đặng Văn Ưng",
        "Hẹn trả: 2026-11-26 10:00  Hạn: trong hạn",
    ):
        assert part in text.ok().out

    withdrawn = office.act(code, "withdraw", "--reason", "Công dân xin rút").json()
    assert (withdrawn["status"], withdrawn["record_version"]) == (7, 2)
    assert withdrawn["ended_at"] == "2026-11-20 10:00:00"
    office.act(code, "resolve").refused("Công dân yêu cầu rút hồ sơ")
    office.act(code, "stop", "--reason", "x").refused()
