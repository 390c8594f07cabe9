"""Benchmark: scanned papers through the desk, each figure beside its floor from the same run.

    .venv/bin/python tests/perf/files_bench.py [--dossiers 1000] [--files 20000]

1. attach a 10-page scan (A4, 150 dpi grey JPEG pages) to one dossier: the desk's own path
   (type sniffing, image checks, one PDF, content-addressed durable write, the row, the outbox
   item, the audit line) beside the floor: the same PDF's bytes written and fsynced to a file
   in the same folder;
2. storage for ``--dossiers`` dossiers with a 3-page scan each: bytes on disk (files and
   database growth) beside the floor: the bytes of the pages themselves;
3. backup and restore of a profile holding ``--files`` stored files (small one-page scans):
   ``desk.safety.backup_now`` and ``desk.safety.restore`` (the files brought back into an
   empty files folder) beside the floor: SQLite's own backup of the database plus a plain copy
   of every file (``shutil.copy2``), and that copy back.

Prints the figures; asserts nothing (not collected by pytest).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _path in (str(HERE), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from PIL import Image, ImageDraw  # noqa: E402
from workload import NOW, init_office, intake_payloads, procedure_codes  # noqa: E402

from desktop.attachments.service import ItemFile, Role  # noqa: E402
from desktop.desk import Desk  # noqa: E402
from desktop.profile import Profile, open_profile  # noqa: E402

A4_150DPI = (1240, 1754)


def scan_page(rng: random.Random, size: tuple[int, int] = A4_150DPI) -> bytes:
    """A grey page with lines of "text" and scanner noise, as JPEG with its DPI (distinct
    bytes every call, so every file is stored once)."""
    image = Image.new("L", size, 250)
    draw = ImageDraw.Draw(image)
    width, height = size
    for row in range(60, height - 60, max(12, height // 60)):
        x = 60
        while x < width - 80:
            word = rng.randint(12, 70)
            draw.rectangle((x, row, x + word, row + max(3, height // 250)), fill=rng.randint(0, 60))
            x += word + rng.randint(8, 20)
    for _ in range(width * height // 3000):
        draw.point((rng.randrange(width), rng.randrange(height)), fill=rng.randint(150, 255))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=75, dpi=(150, 150))
    return out.getvalue()


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def db_bytes(profile: Profile) -> int:
    base = profile.data_dir / "motcua.db"
    return sum(p.stat().st_size for p in (base, base.with_name("motcua.db-wal")) if p.exists())


def durable_write(path: Path, data: bytes) -> None:
    with open(path, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def received(profile: Profile, count: int, rng: random.Random) -> list[str]:
    """``count`` dossiers taken in at the counter, each with two papers on its checklist."""
    desk = Desk(profile, now=lambda: NOW)
    done = []
    for text in intake_payloads(count, procedure_codes(profile), rng):
        payload = json.loads(text)
        payload["documents"] = ["Tờ khai theo mẫu", "Bản sao giấy tờ tùy thân"]
        done.append(desk.receive(payload).code)
    return done


def attach_pages(desk: Desk, code: str, pages: list[bytes]) -> int:
    checked = [desk.attachments.check(f"trang-{i + 1}.jpg", p) for i, p in enumerate(pages)]
    prepared = desk.attachments.prepare(checked)
    desk.attachments.attach(code, [ItemFile(Role.DOCUMENT, 1, prepared, name="ban-quet.pdf")])
    return prepared.size


def ten_pages(profile: Profile, code: str, rng: random.Random, folder: Path) -> None:
    desk = Desk(profile, now=lambda: NOW)
    samples, floors, size = [], [], 0
    for run in range(5):
        pages = [scan_page(rng) for _ in range(10)]
        checked = [desk.attachments.check(f"p{i}.jpg", p) for i, p in enumerate(pages)]
        pdf = desk.attachments.prepare(checked).data
        floors.append(timed(lambda pdf=pdf, run=run: durable_write(folder / f"raw{run}.pdf", pdf)))
        samples.append(timed(lambda pages=pages: attach_pages(desk, code, pages)))
        size = len(pdf)
    desk_ms, floor_ms = statistics.median(samples), statistics.median(floors)
    print(
        f"attach a 10-page scan ({size / 1024:,.0f} KB PDF, pages "
        f"{sum(map(len, pages)) / 10 / 1024:,.0f} KB each): desk {desk_ms:7.1f} ms (p50 of 5)   "
        f"floor: write+fsync the PDF {floor_ms:6.1f} ms   ratio {desk_ms / floor_ms:5.1f}×"
    )


def storage(profile: Profile, dossiers: list[str], rng: random.Random) -> None:
    desk = Desk(profile, now=lambda: NOW)
    before_files, before_db = folder_bytes(profile.data_dir / "files"), db_bytes(profile)
    page_bytes = 0
    started = time.perf_counter()
    for code in dossiers:
        pages = [scan_page(rng) for _ in range(3)]
        page_bytes += sum(map(len, pages))
        attach_pages(desk, code, pages)
    seconds = time.perf_counter() - started
    files = folder_bytes(profile.data_dir / "files") - before_files
    grown = db_bytes(profile) - before_db
    n = len(dossiers)
    print(
        f"storage, {n:,} dossiers × 3 pages: files {files / 2**20:,.1f} MB + database "
        f"{grown / 2**20:,.1f} MB = {(files + grown) / n / 1024:,.0f} KB a dossier   "
        f"floor: the pages' own bytes {page_bytes / 2**20:,.1f} MB   "
        f"ratio {(files + grown) / page_bytes:4.2f}×   ({seconds:,.1f} s to attach, "
        "page making included)"
    )


def many_files(profile: Profile, dossiers: list[str], total: int, rng: random.Random) -> None:
    """``total`` small distinct one-page scans, spread over the dossiers (as results, which
    any dossier can take however many papers its checklist has)."""
    desk = Desk(profile, now=lambda: NOW)
    per = max(1, -(-total // len(dossiers)))
    made = 0
    for code in dossiers:
        files = []
        for position in range(1, per + 1):
            if made == total:
                break
            page = scan_page(rng, (310, 438))
            prepared = desk.attachments.prepare([desk.attachments.check("p.jpg", page)])
            files.append(ItemFile(Role.RESULT, position, prepared, name=f"ket-qua-{position}.pdf"))
            made += 1
        if files:
            desk.attachments.attach(code, files)


def floor_backup(profile: Profile, into: Path) -> float:
    def work() -> None:
        into.mkdir(parents=True)
        source = sqlite3.connect(profile.data_dir / "motcua.db")
        target = sqlite3.connect(into / "motcua.db")
        with target:
            source.backup(target)
        source.close()
        target.close()
        for path in (profile.data_dir / "files").rglob("*"):
            if path.is_file():
                shutil.copy2(path, into / path.name)

    return timed(work)


def backup_and_restore(profile: Profile, folder: Path) -> None:
    files = sum(1 for p in (profile.data_dir / "files").rglob("*") if p.is_file())
    floor_ms = floor_backup(profile, folder / "floor")
    desk = Desk(profile, now=lambda: NOW)
    made_ms = timed(lambda: desk.safety.backup_now(folder / "bench-backup.db"))
    backup = folder / "bench-backup.db"
    shutil.rmtree(profile.data_dir / "files")
    back_floor_ms = timed(
        lambda: shutil.copytree(folder / "floor", folder / "floor-back", copy_function=shutil.copy2)
    )
    restored: list[object] = []
    restore_ms = timed(lambda: restored.append(desk.safety.restore(backup)))
    back = sum(1 for p in (profile.data_dir / "files").rglob("*") if p.is_file())
    print(
        f"backup, {files:,} files: desk {made_ms / 1000:6.1f} s   floor: SQLite backup + copy "
        f"every file {floor_ms / 1000:6.1f} s   ratio {made_ms / floor_ms:4.1f}×"
    )
    print(
        f"restore, {back:,} files brought back: desk {restore_ms / 1000:6.1f} s   floor: copy "
        f"them back {back_floor_ms / 1000:6.1f} s   ratio {restore_ms / back_floor_ms:4.1f}×"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dossiers", type=int, default=1000)
    parser.add_argument("--files", type=int, default=20_000)
    args = parser.parse_args()
    rng = random.Random(2026)
    folder = Path(tempfile.mkdtemp(prefix="motcua-files-bench-"))
    try:
        profile = open_profile(folder / "desk")
        init_office(profile)
        dossiers = received(profile, args.dossiers, rng)
        ten_pages(profile, dossiers[0], rng, folder)
        storage(profile, dossiers, rng)
        profile.close()
        second = open_profile(folder / "many")
        init_office(second)
        many_files(second, received(second, args.dossiers, rng), args.files, rng)
        backup_and_restore(second, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
