"""`motcua attach`, `motcua attachments` and `motcua scan`: pages become one PDF per item, bad
files are refused (exit 2, Vietnamese, nothing stored), SANE's test device scans into a
dossier, and a scan folder's files are taken once."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests import files_factory as ff
from tests.e2e.cli_runner import Cli, dossier_json
from tests.sane_device import needs_scanimage, sane_config


def _pdf_pages(cli: Cli, sha256: str) -> int:
    """The page count pdfinfo reads in the stored file (from the profile's own folder)."""
    stored = next((cli.data_dir / "files").glob(f"??/{sha256}"))
    info = subprocess.run(["pdfinfo", str(stored)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)$", info.stdout, re.M)
    assert match is not None, info.stdout
    return int(match[1])


def _files(tmp_path: Path, **files: bytes) -> list[str]:
    paths = []
    for name, data in files.items():
        path = tmp_path / name.replace("_", ".")
        path.write_bytes(data)
        paths.append(str(path))
    return paths


def test_attach_two_pages_make_one_pdf(office: Cli, tmp_path: Path) -> None:
    code = office.add(dossier_json())["code"]
    pages = _files(tmp_path, p1_png=ff.png_page("Trang 1"), p2_png=ff.png_page("Trang 2"))
    done = office("attach", code, *pages, "--item", "1").ok()
    assert "giấy tờ số 1" in done.out and "2 trang" in done.out
    [row] = office("attachments", code, "--json").json()
    assert (row["role"], row["position"], row["pages"], row["origin"]) == ("document", 1, 2, 1)
    if not office.database_url or office.database_url.startswith("sqlite"):
        assert _pdf_pages(office, row["sha256"]) == 2
    table = office("attachments", code).ok().out
    assert "số hóa tại quầy" in table and "chưa gửi" in table


def test_bad_files_refused_and_nothing_stored(sqlite_office: Cli, tmp_path: Path) -> None:
    cli = sqlite_office
    code = cli.add(dossier_json())["code"]
    bad = {
        "program_pdf": (ff.WINDOWS_PROGRAM, "không phải PDF, JPEG hay PNG"),
        "cut_pdf": (ff.truncated(ff.pdf_document(2)), "bị cắt cụt"),
        "script_pdf": (ff.pdf_with_javascript(), "mã chạy tự động"),
        "bomb_png": (ff.png_bomb(), "quá"),
    }
    calls = [
        (("attach", code, *_files(tmp_path, good_png=ff.png_page(), **{k: v[0]}), "--item", "1"),
         None)
        for k, v in bad.items()
    ]  # fmt: skip
    for result, (_, words) in zip(cli.many(calls), bad.values(), strict=True):
        result.refused(words)
    cli("attach", code, _files(tmp_path, x_png=ff.png_page())[0]).refused(
        "--item", code=2
    )  # no place named
    cli("attach", code, _files(tmp_path, y_png=ff.png_page())[0], "--item", "9").refused(
        "không có giấy tờ số 9"
    )
    assert cli("attachments", code, "--json").json() == []
    assert "chưa có tệp đính kèm" in cli("attachments", code).ok().out


@needs_scanimage
def test_scan_lists_and_stores_through_the_desk(sqlite_office: Cli, tmp_path: Path) -> None:
    cli = sqlite_office
    cli.extra_env["SANE_CONFIG_DIR"] = str(sane_config(tmp_path / "sane"))
    assert "test:0" in cli("scan", "--list-devices").ok().out
    code = cli.add(dossier_json())["code"]
    done = cli("scan", code, "--item", "1", "--device", "test", "--pages", "2").ok()
    assert "2 trang" in done.out
    [row] = cli("attachments", code, "--json").json()
    assert _pdf_pages(cli, row["sha256"]) == 2
    jammed = sane_config(tmp_path / "jammed", status="SANE_STATUS_JAMMED")
    cli.extra_env["SANE_CONFIG_DIR"] = str(jammed)
    cli("scan", code, "--result", "--device", "test").refused("Giấy bị kẹt", code=1)
    assert len(cli("attachments", code, "--json").json()) == 1


def test_scan_from_folder_takes_the_files_once(sqlite_office: Cli, tmp_path: Path) -> None:
    cli = sqlite_office
    folder = tmp_path / "mfp"
    folder.mkdir()
    cli("config", "set", "scan.watch_folder", str(folder)).ok()
    code = cli.add(dossier_json())["code"]
    cli("scan", code, "--item", "1", "--from-folder").refused("chưa có tệp quét nào")
    _files(folder, a_jpg=ff.jpeg_page(), b_pdf=ff.pdf_document(2), c_pdf_tmp=b"partial")
    done = cli("scan", code, "--item", "1", "--from-folder").ok()
    assert "3 trang" in done.out and "đã-nhận" in done.out
    assert sorted(p.name for p in folder.iterdir()) == ["c.pdf.tmp", "đã-nhận"]
    cli("scan", code, "--item", "1", "--from-folder").refused("chưa có tệp quét nào")
