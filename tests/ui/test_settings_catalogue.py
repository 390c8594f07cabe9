"""The Danh mục thủ tục tab on real widgets: the shipped catalogue listed with the
unconfirmed entries marked and filterable, a procedure's versions shown, a national file
imported, and a bad file refused with nothing stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.desk import Desk
from ui.pages.settings.catalogue_tab import CatalogueTab
from ui.tasks import TaskRunner

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "catalogue" / "national_sample.json"


def stored_versions(desk: Desk) -> int:
    return len(desk.office.export_catalogue())


@pytest.fixture
def tab(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> CatalogueTab:
    made = CatalogueTab(desk, tasks)
    qtbot.addWidget(made)
    made.reload()
    return made


def test_listed_with_the_unconfirmed_marked_and_filtered(tab: CatalogueTab, desk: Desk) -> None:
    shown = tab.table.rowCount()
    unconfirmed = sum(1 for c in desk.procedures() if not c.confirmed)
    assert shown == len(desk.procedures()) and 0 < unconfirmed < shown
    assert f"{unconfirmed} unconfirmed" in tab.counts.text()
    tab.unconfirmed_only.setChecked(True)
    assert tab.table.rowCount() == unconfirmed
    assert all("(unconfirmed)" in tab.table.item(r, 1).text() for r in range(unconfirmed))
    tab.unconfirmed_only.setChecked(False)
    tab.filter.setText("khai sinh")
    names = [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())]
    assert names and all("khai sinh" in n.lower() for n in names)
    tab.filter.setText("1.004873")
    assert tab.table.rowCount() == 1
    tab.table.selectRow(0)
    assert tab.versions.rowCount() >= 1 and tab.versions.item(0, 0).text()


def test_a_national_file_imported_adds_versions(
    tab: CatalogueTab, desk: Desk, tmp_path: Path
) -> None:
    before = stored_versions(desk)
    file = tmp_path / "tthc.json"
    file.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    tab.choose_file = lambda: file
    tab.import_button.click()
    added = stored_versions(desk) - before
    assert added > 0 and f"{added} new versions added" in tab.message.text()
    tab.import_button.click()  # the same file again adds nothing
    assert stored_versions(desk) == before + added and "0 new versions" in tab.message.text()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("MaTTHC;TenTTHC\n1.004873;Khai sinh\n", "JSON"),
        ("[" * 5000 + "]" * 5000, "lồng nhau quá sâu"),
        (json.dumps([{"MaTTHC": "1.999001", "TenTTHC": "Thủ tục thử"}]), "Thủ tục thứ 1"),
    ],
)
def test_a_bad_file_is_refused_with_nothing_stored(
    tab: CatalogueTab, desk: Desk, tmp_path: Path, content: str, words: str
) -> None:
    before = stored_versions(desk)
    file = tmp_path / "hong.json"
    file.write_text(content, encoding="utf-8")
    tab.choose_file = lambda: file
    tab.import_button.click()
    assert words in tab.message.text() and stored_versions(desk) == before


def test_the_shipped_list_loaded_again_adds_nothing(tab: CatalogueTab, desk: Desk) -> None:
    before = stored_versions(desk)
    tab.shipped_button.click()
    assert "0 new versions added" in tab.message.text() and stored_versions(desk) == before


def test_a_national_file_with_nothing_readable_is_refused(
    tab: CatalogueTab, desk: Desk, tmp_path: Path
) -> None:
    raw = json.loads(SAMPLE.read_text(encoding="utf-8"))
    for record in raw["result"]:
        del record["LINHVUCTHUCHIEN"]  # no field: every procedure is skipped
    file = tmp_path / "tthc.json"
    file.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    before = stored_versions(desk)
    tab.choose_file = lambda: file
    tab.import_button.click()
    assert "không có thủ tục nào nhập được" in tab.message.text()
    assert "Chưa nhập gì" in tab.message.text() and stored_versions(desk) == before
    tab.choose_file = lambda: tmp_path  # a folder, not a file
    tab.import_button.click()
    assert "Không đọc được tệp" in tab.message.text() and stored_versions(desk) == before


def test_the_intake_picker_offers_an_imported_procedure_at_once(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, tmp_path: Path
) -> None:
    from ui.pages.intake_page import IntakePage

    intake = IntakePage(desk, tasks)
    qtbot.addWidget(intake)
    stop = desk.subscribe(intake.follow)
    record = {
        "MaTTHC": "1.999001", "TenTTHC": "Thủ tục nhập thử", "MaLinhVuc": "HT",
        "TenLinhVuc": "Hộ tịch", "ThoiHanGiaiQuyet": 3, "DonViThoiHan": "ngay_lam_viec",
        "HieuLucTu": "20250101000000", "ThanhPhanHoSo": [],
    }  # fmt: skip
    file = tmp_path / "moi.json"
    file.write_text(json.dumps([record], ensure_ascii=False), encoding="utf-8")
    assert "1.999001" not in [c.code for c in intake.picker.procedures()]
    desk.office.import_catalogue_file(file)
    assert "1.999001" in [c.code for c in intake.picker.procedures()]
    stop()
