"""What the command line does with a database newer than the code, a closed output pipe, and
hostile text in the office's own settings."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
from pathlib import Path

from tests.e2e.cli_runner import OFFICE_CODE, OFFICE_NAME, Cli, dossier_json
from tests.integration.storage_helpers import damage_table


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_newer_than_the_code_is_refused_untouched(sqlite_office: Cli) -> None:
    office = sqlite_office
    office.add(dossier_json())
    path = office.data_dir / "motcua.db"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_tu_tuong_lai'")
    conn.close()
    before = digest(path)
    files = sorted(p.name for p in office.data_dir.iterdir())
    results = office.many(
        [
            (("dossier", "list"), None),
            (("dossier", "add", "-"), json.dumps(dossier_json())),
            (("dossier", "act", "000.00.00.H56-261120-0001", "resolve"), None),
            (("catalogue", "export", str(office.data_dir / "x.json")), None),
        ]
    )
    for result in results:
        result.refused("phiên bản mới hơn", "9999_tu_tuong_lai", code=3)
        assert result.out == ""
    assert digest(path) == before
    assert sorted(p.name for p in office.data_dir.iterdir()) == files  # no backup, no export
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM dossier").fetchone() == (1,)
        assert conn.execute("SELECT status FROM dossier").fetchone() == (2,)
    conn.close()


def test_output_to_a_closed_pipe_is_not_a_crash(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "empty")
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will ever read: the first write fails with EPIPE
    try:
        done = subprocess.run(
            cli.command("holidays", "show", "2026"),
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=cli.env(),
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 1
    assert done.stderr.decode("utf-8") == ""


BAD_OFFICE: list[tuple[str, str, str]] = [
    ("--superior", "UBND tỉnh\u0007Lâm Đồng", "điều khiển"),
    ("--superior", "Ủ" * 201, "tối đa 200"),
    ("--place", "Hòa\u202eBình", "ký tự ẩn"),
    ("--office-code", "H56", "bốn nhóm"),
    ("--office-hours", "17:00-07:30", "Giờ làm việc"),
]


def test_init_refuses_bad_office_details(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "profile")
    calls = []
    for option, value, _ in BAD_OFFICE:
        args = {"--office-code": OFFICE_CODE, "--office-name": OFFICE_NAME, option: value}
        calls.append((("init", *(part for pair in args.items() for part in pair)), None))
    for (_, _, message), result in zip(BAD_OFFICE, cli.many(calls), strict=True):
        result.refused(message)
    assert not (cli.data_dir / "settings.json").exists()
    assert not (cli.data_dir / "motcua.db").exists()  # refused before the profile is opened


def test_unwritable_export_and_unreadable_import(sqlite_office: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "folder.json"
    folder.mkdir()
    export, imported = sqlite_office.many(
        [
            (("catalogue", "export", str(tmp_path / "no-such-folder" / "x.json")), None),
            (("catalogue", "import", str(folder)), None),
        ]
    )
    export.refused("Không ghi được tệp")
    imported.refused("Không đọc được tệp")


def test_vietnamese_output_through_a_pipe_without_utf8(tmp_path: Path) -> None:
    """A Windows pipe (code page 1252) or a C locale: the messages still come out, in UTF-8."""
    from tests.e2e.cli_runner import MOTCUA

    env = {k: v for k, v in os.environ.items() if not k.startswith("MOTCUA_")}
    env.update(PYTHONIOENCODING="cp1252", LC_ALL="C", LANG="C")
    done = subprocess.run(
        [
            str(MOTCUA),
            "init",
            "--office-code",
            OFFICE_CODE,
            "--office-name",
            OFFICE_NAME,
            "--data-dir",
            str(tmp_path / "p"),
        ],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert f"Đã khởi tạo {OFFICE_NAME}" in done.stdout.decode("utf-8")
    wrong = subprocess.run(
        [
            str(MOTCUA),
            "init",
            "--office-code",
            "sai",
            "--office-name",
            "x",
            "--data-dir",
            str(tmp_path / "q"),
        ],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert wrong.returncode == 2 and "Mã định danh" in wrong.stderr.decode("utf-8")


def test_a_damaged_database_takes_no_more_writes_until_restored(sqlite_office: Cli) -> None:
    """`check` finds the damage; from then on nothing is written into the file (even a change
    that would not touch the damaged page), reads still work, and `restore` ends it."""
    office = sqlite_office
    office.add(dossier_json())
    office("backup").ok()
    backup = next((office.data_dir / "backups").glob("*.db"))
    path = office.data_dir / "motcua.db"
    damage_table(path, "handover")  # a table that taking in a dossier does not read
    checked = office("check")
    assert checked.code == 3 and "bị hỏng" in checked.out, str(checked)
    before = digest(path)
    office("dossier", "add", "-", stdin=json.dumps(dossier_json())).refused(
        "bị hỏng", "motcua check", "motcua restore", code=3
    )
    assert digest(path) == before
    assert office.count() == 1  # still readable
    office("restore", str(backup)).ok()
    office.add(dossier_json())
    assert office.count() == 2
