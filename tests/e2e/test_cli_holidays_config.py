"""`motcua holidays show` and `motcua config set/show`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.cli_runner import Cli


def test_holidays_show(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "empty")
    text, year2026, year2027, too_early = cli.many(
        [
            (("holidays", "show", "2026"), None),
            (("holidays", "show", "2026", "--json"), None),
            (("holidays", "show", "2027", "--json"), None),
            (("holidays", "show", "1800"), None),
        ]
    )
    out = text.ok().out
    days_off, _, makeup = out.partition("Ngày làm bù:")
    assert "24/11/2026 (Thứ Ba) Ngày Văn hóa Việt Nam" in days_off
    for day in ("01/01/2026", "02/01/2026", "17/02/2026", "27/04/2026", "02/09/2026"):
        assert day in days_off
    assert "10/01/2026 (Thứ Bảy)" in makeup and "22/08/2026 (Thứ Bảy)" in makeup
    assert "dự kiến" not in out

    data = year2026.json()
    assert data["year"] == 2026 and data["provisional"] is False
    off = {d["date"] for d in data["days_off"]}
    assert {"2026-11-24", "2026-02-16", "2026-02-20", "2026-04-27", "2026-08-31"} <= off
    assert [d["date"] for d in data["makeup_days"]] == ["2026-01-10", "2026-08-22"]

    provisional = year2027.json()
    assert provisional["year"] == 2027 and provisional["provisional"] is True
    off = {d["date"] for d in provisional["days_off"]}
    assert {"2027-01-01", "2027-04-16", "2027-04-30", "2027-09-02", "2027-11-24"} <= off
    assert provisional["makeup_days"] == []
    too_early.refused("1900")


def test_culture_day_on_a_weekend_is_compensated_only_when_set(tmp_path: Path) -> None:
    """24/11/2029 is a Saturday: Monday 26/11 is off only with the setting."""
    cli = Cli(tmp_path / "p")
    cli.init()
    before = {d["date"] for d in cli("holidays", "show", "2029", "--json").json()["days_off"]}
    assert "2029-11-24" in before and "2029-11-26" not in before
    cli("config", "set", "holidays.culture_day_compensated", "true").ok()
    after = {d["date"] for d in cli("holidays", "show", "2029", "--json").json()["days_off"]}
    assert after == before | {"2029-11-26"}


def test_config_set_and_show(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "profile")
    url = "https://dichvucong.lamdong.gov.vn/api/motcua"
    assert cli("config", "set", "sync.url", url, "--json").json() == {"sync.url": url}
    shown, unknown, not_a_number, bad_range, target, not_a_share = cli.many(
        [
            (("config", "show", "--json"), None),
            (("config", "set", "sync.passwd", "x"), None),
            (("config", "set", "numbering.start", "một"), None),
            (("config", "set", "numbering.start", "20000"), None),
            (("config", "set", "board.target_on_time", "98,5"), None),
            (("config", "set", "board.target_overdue", "thấp"), None),
        ]
    )
    values = shown.json()
    assert values["sync_url"] == url
    assert values["data_dir"] == str(tmp_path / "profile")
    unknown.refused("sync.passwd")
    not_a_number.refused("số nguyên")
    bad_range.refused("1–9999")
    target.ok()
    not_a_share.refused("phải là một số")
    stored = json.loads((tmp_path / "profile" / "settings.json").read_text(encoding="utf-8"))
    assert stored["sync_url"] == url and stored["number_range_start"] == 1
    assert stored["target_on_time"] == 98.5 and stored["target_overdue"] == 5.0


def test_database_url_is_checked_masked_and_repairable(tmp_path: Path) -> None:
    """A counter pointed at the office's PostgreSQL: a wrong URL is refused before it is
    saved, the password is never echoed, and a wrong URL saved by hand can be replaced."""
    folder = tmp_path / "counter"
    cli = Cli(folder)
    cli("config", "set", "database.url", "khong phai url").refused("URL cơ sở dữ liệu")
    cli("config", "set", "database.url", "mysql://motcua@may-chu/motcua").refused("PostgreSQL")
    assert not (folder / "settings.json").exists()
    done = cli("config", "set", "database.url", "postgresql://motcua:bi-mat@may-chu/motcua").ok()
    assert "bi-mat" not in done.out and "***" in done.out
    assert not (folder / "motcua.db").exists()  # no stray local database for the counter
    settings = folder / "settings.json"
    stored = json.loads(settings.read_text(encoding="utf-8"))
    stored["database_url"] = "gõ nhầm"
    settings.write_text(json.dumps(stored), encoding="utf-8")
    cli("dossier", "list").refused("URL cơ sở dữ liệu")
    cli("config", "set", "database.url", f"sqlite+pysqlite:///{folder / 'motcua.db'}").ok()
    cli("init", "--office-code", "000.00.00.H56", "--office-name", "UBND xã Hòa Bình").ok()
