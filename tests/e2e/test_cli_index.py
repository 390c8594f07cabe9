"""`motcua index` on a demo office: the text table, JSON that agrees with `motcua report`'s
totals, a one-page PDF read back with pdftotext, an XLSX that opens, bad options refused."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl

from tests.e2e.cli_runner import Cli

CODES = ["1.4", "2.1", "2.2", "3.3", "3.6", "4.1", "4.2", "4.3", "4.4", "4.5", "5.4"]


def test_index_json_table_pdf_and_xlsx(cli: Cli, tmp_path: Path) -> None:
    office = cli  # a demo office: `motcua demo` makes it
    office("demo", "--dossiers", "120").ok()
    index = office("index", "--period", "2026-10", "--format", "json").json()
    assert [i["code"] for i in index["indicators"]] == CODES
    assert index["period"] == {
        "month": "2026-10",
        "from": "2026-10-01",
        "to": "2026-10-31",
        "unfinished": False,
    }
    assert [m["month"] for m in index["months"]][::11] == ["11/2025", "10/2026"]
    summary = office(
        "report",
        "--period",
        "2026-10",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "r.csv"),
        "--json",
    ).json()
    total = summary["total"]
    by_code = {i["code"]: i for i in index["indicators"]}
    # 3.3's denominator is form II.06a's new dossiers (col 4 + 5), its numerator col 4;
    # 2.1's denominator the dossiers resolved or in progress (col 7 + 11).
    assert (by_code["3.3"]["numerator"], by_code["3.3"]["denominator"]) == (
        total["4"],
        total["4"] + total["5"],
    )
    assert by_code["2.1"]["denominator"] == total["7"] + total["11"] > 0
    assert by_code["4.5"]["value_text"] == "không tính được"

    table = office("index", "--period", "2026-10").ok().out
    assert "Giải quyết đúng hạn" in table and by_code["2.1"]["value_text"] in table

    pdf = tmp_path / "i.pdf"
    office("index", "--period", "2026-10", "--format", "pdf", "--output", str(pdf)).ok()
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "Pages:           1\n" in pages.stdout
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    flat = " ".join(text.stdout.split())
    for words in ("CHỈ SỐ PHỤC VỤ", "Giải quyết đúng hạn", "Tháng 10/2026", "10/2026", "11/2025"):
        assert words in flat
    assert by_code["2.1"]["value_text"] in flat
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = [line for line in fonts.stdout.splitlines()[2:] if line.strip()]
    assert rows and all(" yes " in line for line in rows)  # every font embedded

    xlsx = tmp_path / "i.xlsx"
    office("index", "--period", "2026-10", "--format", "xlsx", "--output", str(xlsx)).ok()
    book = openpyxl.load_workbook(xlsx)
    sheet = book["Chỉ số"]
    codes = [sheet.cell(r, 1).value for r in range(6, 17)]
    assert codes == CODES
    assert sheet.cell(7, 3).value == by_code["2.1"]["numerator"]
    assert book["12 tháng"].max_row == 13


def test_bad_index_options_are_refused(office: Cli, tmp_path: Path) -> None:
    office("index", "--period", "10/2026").refused("YYYY-MM")
    office("index", "--period", "2026-10", "--format", "doc").refused("pdf, xlsx, json")
    office("index", "--period", "2026-10", "--format", "pdf").refused("--output")
