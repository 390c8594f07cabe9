"""`motcua report` and `motcua register` on a demo office: files that open, numbers that agree
with `motcua dossier list` for the same period, and refusals of bad options."""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

import openpyxl

from tests.e2e.cli_runner import Cli


def test_report_agrees_with_the_dossier_list(cli: Cli, tmp_path: Path) -> None:
    office = cli
    office("demo", "--dossiers", "400").ok()
    out = tmp_path / "r.xlsx"
    result = office(
        "report", "--period", "2026-10", "--format", "xlsx", "--out", str(out), "--json"
    )
    summary = result.json()
    sheet = openpyxl.load_workbook(out)["II.06a"]
    total_row = next(r for r in range(10, 40) if sheet.cell(r, 2).value == "Tổng cộng")
    total = [sheet.cell(total_row, c).value for c in range(3, 14)]
    assert total == [summary["total"][str(n)] for n in range(3, 14)]

    def listed(*options: str) -> int:
        rows = office.rows(
            "--from", "2026-10-01", "--to", "2026-10-31", "--limit", "10000", *options
        )
        return len(rows)

    # Demo dossiers are taken in when received: col 4 and col 5 are the month's list by channel.
    assert total[1] == listed("--channel", "2") > 0
    assert total[2] == listed("--channel", "1") + listed("--channel", "3")
    assert total[0] == total[4] + total[8]  # received = resolved + in progress

    csv_out = tmp_path / "r.csv"
    office(
        "report",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--format",
        "csv",
        "--out",
        str(csv_out),
        "--by",
        "procedure",
    ).ok()
    rows = list(csv.reader(io.StringIO(csv_out.read_bytes().decode("utf-8-sig"))))
    assert [int(v) for v in rows[-1][3:]] == total

    pdf = tmp_path / "r.pdf"
    office(
        "report", "--period", "2026-10", "--window", "15-14", "--format", "pdf", "--out", str(pdf)
    ).ok()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    assert "từ ngày 15/09/2026 đến ngày 14/10/2026" in text.stdout

    register = tmp_path / "s.xlsx"
    done = office(
        "register",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--format",
        "xlsx",
        "--out",
        str(register),
        "--json",
    ).json()
    assert done["lines"] == listed()


def test_bad_report_options_are_refused(office: Cli, tmp_path: Path) -> None:
    out = str(tmp_path / "r.pdf")
    office("report", "--period", "2026-13", "--format", "pdf", "--out", out).refused("Tháng")
    office("report", "--period", "10/2026", "--format", "pdf", "--out", out).refused("YYYY-MM")
    office("report", "--period", "2026-10", "--format", "doc", "--out", out).refused("Định dạng")
    office("report", "--format", "pdf", "--out", out).refused("kỳ báo cáo")
    office(
        "report", "--from", "2026-10-31", "--to", "2026-10-01", "--format", "pdf", "--out", out
    ).refused("sau ngày bắt đầu")
    office("report", "--period", "2026-10", "--format", "pdf", "--out", str(tmp_path)).refused(
        "thư mục"
    )
    office(
        "register", "--from", "2026-10-01", "--to", "2026-10-31", "--format", "csv", "--out", out
    ).refused("pdf, xlsx")
    assert not Path(out).exists()
