"""`motcua demo`, `dossier list` filters and `search` over a demo office, on both backends."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.calendar import WorkingCalendar
from desktop.text import fold
from tests.e2e.cli_runner import CLOCK_RUNNING, NOW, Cli, dossier_json

CAL = WorkingCalendar()
MOMENT = datetime.fromisoformat(NOW)
ME = {"full_name": "Đặng Văn Ưng", "id_number": "096088123456", "phone": "0868123987"}


def when(row: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(row["appointment"])


def overdue(row: dict[str, Any]) -> bool:
    return row["status"] in CLOCK_RUNNING and when(row) < MOMENT


def due_soon(row: dict[str, Any]) -> bool:
    return (
        row["status"] in CLOCK_RUNNING
        and when(row) >= MOMENT
        and CAL.office_time_between(MOMENT, when(row)) <= CAL.standard_day
    )


def test_demo_office_lists_and_search(cli: Cli) -> None:
    office = cli  # a new profile: `motcua demo` makes it a demo office
    first = office("demo", "--dossiers", "500", "--json").json()
    # Taken in between two runs of demo data (before and after it).
    mine = office.add(dossier_json(applicant={**ME, "birth_date": "1988-03-04"}))
    demo = office("demo", "--dossiers", "500", "--json").json()
    assert first["dossiers"] == demo["dossiers"] == 500
    assert sum(first["by_status"].values()) + sum(demo["by_status"].values()) == 1000
    prefix = mine["code"][:-2]  # 000.00.00.H56-261120-00
    calls: list[tuple[str, ...]] = [
        ("dossier", "list", "--limit", "10000"),
        ("dossier", "list", "--overdue", "--limit", "10000"),
        ("dossier", "list", "--due-soon", "--limit", "10000"),
        ("dossier", "list", "--status", "5", "--status", "6,9", "--limit", "10000"),
        ("dossier", "list", "--limit", "7"),
        ("search", "dang van ung", "--limit", "200"),
        ("search", prefix, "--limit", "200"),
        ("search", "09608812", "--reveal"),
        ("search", "+84 868 123 987"),
    ]
    results = office.many([((*call, "--json"), None) for call in calls])
    everything, late, soon, waiting, first7, by_name, by_code, by_id, by_phone = (
        r.json() for r in results
    )
    assert len(everything) == 1001
    received = [r["received_at"] for r in everything]
    assert received == sorted(received, reverse=True)  # newest first

    # Overdue: appointment passed while the clock runs (2, 4, 6), and every such dossier.
    assert late, "the demo has overdue dossiers"
    for row in late:
        assert overdue(row) and row["deadline_state"] == "overdue", row
    assert {r["code"] for r in late} == {r["code"] for r in everything if overdue(r)}
    assert [when(r) for r in late] == sorted(when(r) for r in late)

    # Due soon: at most one working day of office time left.
    assert soon, "the demo has dossiers due soon"
    for row in soon:
        assert due_soon(row) and row["deadline_state"] == "due_soon", row
    assert {r["code"] for r in soon} == {r["code"] for r in everything if due_soon(r)}

    assert {r["status"] for r in waiting} <= {5, 6, 9}
    assert len(waiting) == sum(r["status"] in (5, 6, 9) for r in everything) > 0

    assert [r["code"] for r in first7] == [r["code"] for r in everything[:7]]

    # Search: folded name, a code prefix, an ID number prefix, a phone written loosely.
    assert mine["code"] in [r["code"] for r in by_name]
    for row in by_name:
        words = fold(row["applicant_name"]).split()
        assert all(any(w.startswith(part) for w in words) for part in ("dang", "van", "ung")), row
    assert mine["code"] in [r["code"] for r in by_code]
    assert all(r["code"].startswith(prefix) for r in by_code)
    assert [r["code"] for r in by_id] == [mine["code"]]
    assert by_id[0]["applicant_id_number"] == "096088123456"
    assert [r["code"] for r in by_phone] == [mine["code"]]
    # Without --reveal, search masks the numbers too.
    assert by_phone[0]["applicant_id_number"] == "*********456"
    assert by_phone[0]["applicant_phone"] == "*******987"


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_dossier_add_after_demo(cli: Cli) -> None:
    office = cli
    office("demo", "--dossiers", "3").ok()
    added = office("dossier", "add", "-", "--json", stdin=json.dumps(dossier_json()))
    assert added.json()["code"].startswith("000.00.00.H56-261120-")
    assert office.count() == 4


def test_demo_makes_a_new_profile_a_demo_office(cli: Cli) -> None:
    made = cli("demo", "--dossiers", "5", "--json").json()
    assert made["dossiers"] == 5
    settings = json.loads((cli.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert settings["demo"] is True
    cli("demo", "--dossiers", "2").ok()  # more demo data into the same demo profile
    assert cli.count() == 7
    lines = [e for e in cli("audit", "list", "--json").json() if e["action"] == "demo.seed"]
    assert [json.loads(e["detail"])["dossiers"] for e in lines] == [2, 5]


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_demo_refuses_a_real_office(office: Cli, tmp_path: Path) -> None:
    office.add(dossier_json())
    office("demo", "--dossiers", "5").refused("hồ sơ mẫu", "motcua --demo")
    assert office.count() == 1
    settings = json.loads((office.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert not settings.get("demo")
    # A new folder on the office's shared database is no way round it.
    beside = Cli(tmp_path / "beside", database_url=office.database_url)
    beside("demo", "--dossiers", "5").refused("hồ sơ mẫu")
    assert office.count() == 1


def test_demo_profile_syncs_only_with_a_server_on_this_machine(cli: Cli) -> None:
    cli("demo", "--dossiers", "1").ok()
    real = "https://dichvucong.lamdong.gov.vn"
    cli("config", "set", "sync.url", real).refused("hồ sơ mẫu", "127.0.0.1")
    cli("config", "set", "sync.url", "http://127.0.0.1:8765").ok()
    cli("config", "set", "sync.user", "hoabinh").ok()
    # Settings edited by hand: the sync itself refuses, before asking for any password.
    path = cli.data_dir / "settings.json"
    settings = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**settings, "sync_url": real}), encoding="utf-8")
    cli("sync").refused("hồ sơ mẫu")


def test_list_masks_personal_numbers(sqlite_office: Cli) -> None:
    office = sqlite_office
    office.add(dossier_json(applicant=ME, received_at="2026-11-20 09:00"))
    office.add(dossier_json(applicant={"id_number": "", "phone": ""}))
    listed, text, revealed = office.many(
        [
            (("dossier", "list", "--json"), None),
            (("dossier", "list"), None),
            (("dossier", "list", "--json", "--reveal"), None),
        ]
    )
    rows = listed.json()
    assert [(r["applicant_id_number"], r["applicant_phone"]) for r in rows] == [
        ("", ""),
        ("*********456", "*******987"),
    ]
    assert "Đặng Văn Ưng" in text.ok().out
    assert "096088123456" not in text.out and "0868123987" not in text.out
    full = revealed.json()[1]
    assert (full["applicant_id_number"], full["applicant_phone"]) == ("096088123456", "0868123987")
