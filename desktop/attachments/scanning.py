"""Scanners as offices have them: a SANE scanner on Linux, or a multifunction printer that
drops its scans into a folder.

SANE is driven through its own maintained front end ``scanimage``, run as a child process:
the python-sane binding needs a C build against libsane-dev, and a backend that crashes (they
are vendor drivers) would take the desk down with it; a child process isolates it, and a
timeout ends a scanner that never answers. TWAIN and WIA (Windows) are not done: they plug
in behind :class:`Scanner`; until then a Windows counter uses the scan-to-folder way.

No threads here: a batch scan is watched by polling, and the window polls
:class:`ScanFolder` through its task runner.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from desktop.errors import ScannerError
from desktop.files import os_reason

SCANIMAGE = "scanimage"
JPEG_QUALITY = 75  # a grey A4 text page at 150 dpi: ~100–300 KB, the text crisp
A4_MM = (210.0, 297.0)
LIST_TIMEOUT = 30  # seconds for `scanimage -f` (the net backend asks the network)
PAGE_TIMEOUT = 120  # seconds per page: a slow USB flatbed at 300 dpi takes under a minute
# Seconds scanimage gets to exit once it has said "Batch terminated": some backends (SANE's
# own test backend among them, now and then) hang in sane_close after a paper jam; the
# pages and the scanner's words are already out by then, so the desk ends it and goes on.
CLOSE_GRACE = 5.0
POLL = 0.1  # seconds between looks at a running batch
BATCH_END = "batch terminated"
TAKEN = "đã-nhận"  # where taken files of a scan folder go, so they are not offered twice
PAGE_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")
WHAT_TO_DO = "kiểm tra máy quét đã bật và cắm cáp, rồi thử lại"
# What scanimage says on stderr (SANE's status strings) → what the officer should do.
SANE_PROBLEMS = (
    ("jammed", "Giấy bị kẹt trong máy quét: gỡ tờ giấy kẹt ra rồi quét lại."),
    ("out of documents", "Máy quét không có giấy: đặt giấy vào khay rồi quét lại."),
    ("device busy", "Máy quét đang bận (chương trình khác đang dùng): đợi xong rồi quét lại."),
    ("cover is open", "Nắp máy quét đang mở: đóng nắp rồi quét lại."),
    ("access to resource has been denied", "Tài khoản máy tính này không có quyền dùng máy "
     "quét: nhờ quản trị thêm vào nhóm scanner rồi đăng nhập lại."),
    ("open of device", f"Không mở được máy quét: {WHAT_TO_DO} (xem `motcua scan --list-devices`)."),
    ("error during device i/o", f"Máy quét báo lỗi khi đọc trang: {WHAT_TO_DO}."),
)  # fmt: skip


@dataclass(frozen=True)
class ScanDevice:
    """A scanner as SANE names it (``name``, to pass back) and as the officer reads it."""

    name: str
    label: str


class Scanner(Protocol):
    """A way to get pages from a scanner (SANE here; TWAIN/WIA would be others)."""

    def devices(self) -> list[ScanDevice]: ...

    def scan(self, device: str, resolution: int, mode: str, pages: int) -> list[bytes]:
        """``pages`` pages as JPEG bytes, in order."""
        ...


@dataclass(frozen=True)
class SaneScanner:
    """SANE through ``scanimage``; ``env`` adds to the environment (SANE_CONFIG_DIR)."""

    program: str = SCANIMAGE
    env: dict[str, str] = field(default_factory=dict)
    page_timeout: float = PAGE_TIMEOUT

    def devices(self) -> list[ScanDevice]:
        out = self._run(["-f", "%d|%v|%m%n"], LIST_TIMEOUT).decode("utf-8", "replace")
        return parse_devices(out)

    def scan(self, device: str, resolution: int, mode: str, pages: int) -> list[bytes]:
        if pages < 1:
            raise ScannerError("Số trang cần quét phải từ 1 trở lên.")
        area = self._area(device)
        with tempfile.TemporaryDirectory(prefix="motcua-scan-") as folder:
            pattern = str(Path(folder) / "trang-%d.pnm")
            args = ["-d", device, "--format=pnm", "--resolution", str(resolution)]
            args += ["--mode", mode, *area, f"--batch={pattern}", f"--batch-count={pages}"]
            self._run_batch(args, LIST_TIMEOUT + self.page_timeout * pages, Path(folder))
            files = sorted(Path(folder).glob("trang-*.pnm"), key=_page_number)
            if len(files) < pages:
                raise ScannerError(
                    f"Máy quét chỉ trả về {len(files)}/{pages} trang: kiểm tra giấy rồi quét lại."
                )
            return [to_jpeg(path.read_bytes(), resolution) for path in files]

    def _area(self, device: str) -> list[str]:
        """``-x``/``-y`` for an A4 page, within what the device scans (a flatbed's bed may
        be smaller, SANE's test device is 200×200 mm); none when the device says nothing."""
        options = self._run(["-d", device, "-A"], LIST_TIMEOUT).decode("utf-8", "replace")
        return area_options(options)

    def _run_batch(self, args: Sequence[str], timeout: float, folder: Path) -> None:
        """A batch scan into ``folder``, its words on stderr watched: the batch is over at
        "Batch terminated", and a scanimage still running :data:`CLOSE_GRACE` seconds later
        is ended rather than awaited until ``timeout`` (what it said still decides)."""
        log = folder / "scanimage.log"
        with log.open("wb") as stderr:
            try:
                child = subprocess.Popen(
                    [self.program, *args],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=stderr,
                    env=self._env(),
                )
            except FileNotFoundError:
                raise _not_installed() from None
            except OSError as exc:
                raise ScannerError(f"Không chạy được scanimage: {os_reason(exc)}.") from None
            with child:
                code = _await_batch(child, log, timeout)
        words = log.read_text("utf-8", "replace")
        if _said_trouble(words) or code not in (0, None):  # None: hung after a clean batch
            raise sane_failure(words)

    def _env(self) -> dict[str, str]:
        return {**os.environ, **self.env, "LC_ALL": "C"}  # SANE's messages as matched below

    def _run(self, args: Sequence[str], timeout: float) -> bytes:
        env = self._env()
        try:
            done = subprocess.run(
                [self.program, *args], capture_output=True, timeout=timeout, env=env, check=False
            )
        except FileNotFoundError:
            raise _not_installed() from None
        except subprocess.TimeoutExpired:
            raise _no_answer(timeout) from None
        except OSError as exc:
            raise ScannerError(f"Không chạy được scanimage: {os_reason(exc)}.") from None
        if done.returncode != 0:
            raise sane_failure(done.stderr.decode("utf-8", "replace"))
        return done.stdout


def parse_devices(out: str) -> list[ScanDevice]:
    """The devices of ``scanimage -f "%d|%v|%m%n"``: one ``name|vendor|model`` a line."""
    found = []
    for line in out.splitlines():
        name, _, rest = line.strip().partition("|")
        if name:
            vendor, _, model = rest.partition("|")
            found.append(ScanDevice(name, " ".join(p for p in (vendor, model) if p) or name))
    return found


def area_options(help_text: str) -> list[str]:
    """``-x W -y H`` for an A4 page clamped to the ranges ``scanimage -A`` shows."""
    options = []
    for flag, wanted in zip(("-x", "-y"), A4_MM, strict=True):
        match = re.search(rf"^\s*{flag} ([\d.]+)\.\.([\d.]+)mm", help_text, re.M)
        if match:
            low, high = float(match[1]), float(match[2])
            options += [flag, f"{max(low, min(wanted, high)):g}"]
    return options


def _await_batch(child: subprocess.Popen[bytes], log: Path, timeout: float) -> int | None:
    """The exit code of a batch scan, or None when it hung after saying its batch was over
    and was ended (its words decide then); a scanner silent for ``timeout`` seconds is an
    error."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            return child.wait(POLL)
        except subprocess.TimeoutExpired:
            pass
        if BATCH_END in log.read_text("utf-8", "replace").lower():
            try:
                return child.wait(CLOSE_GRACE)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
                return None
    child.kill()
    child.wait()
    raise _no_answer(timeout)


def _said_trouble(words: str) -> bool:
    lowered = words.lower()
    return any(problem in lowered for problem, _ in SANE_PROBLEMS)


def _not_installed() -> ScannerError:
    return ScannerError(
        "Chưa cài chương trình quét SANE (scanimage): cài gói sane-utils "
        "(sudo apt install sane-utils) rồi thử lại, hoặc quét vào thư mục "
        "(thiết lập scan.watch_folder)."
    )


def _no_answer(timeout: float) -> ScannerError:
    return ScannerError(f"Máy quét không trả lời sau {timeout:.0f} giây: {WHAT_TO_DO}.")


def sane_failure(stderr: str) -> ScannerError:
    """What went wrong, from scanimage's own words, for the officer."""
    lowered = stderr.lower()
    for words, message in SANE_PROBLEMS:
        if words in lowered:
            return ScannerError(message)
    last = stderr.strip().splitlines()[-1] if stderr.strip() else "không rõ lỗi"
    return ScannerError(f"Máy quét báo lỗi ({last[:200]}): {WHAT_TO_DO}.")


def _page_number(path: Path) -> int:
    return int(path.stem.rpartition("-")[2])


def to_jpeg(data: bytes, resolution: int) -> bytes:
    """A scanned page (PNM or PNG) as a JPEG keeping its DPI; line art becomes grey."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        page = image.convert("L" if image.mode in ("1", "L", "I", "I;16") else "RGB")
        buffer = io.BytesIO()
        page.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, dpi=(resolution, resolution))
        return buffer.getvalue()


def default_scanner(env: dict[str, str] | None = None) -> Scanner:
    """The scanner of this system (SANE; on Windows none yet: scan to a folder)."""
    if os.name == "nt":
        raise ScannerError(
            "Quét trực tiếp (TWAIN/WIA) chưa hỗ trợ trên Windows: cho máy in đa năng quét vào "
            "một thư mục rồi đặt thiết lập scan.watch_folder là thư mục đó."
        )
    return SaneScanner(env=dict(env or {}))


def choose_device(scanner: Scanner, wanted: str) -> str:
    """``wanted`` (the --device or scan.device), else the first scanner found."""
    if wanted:
        return wanted
    found = scanner.devices()
    if not found:
        raise ScannerError(f"Không tìm thấy máy quét nào: {WHAT_TO_DO} (hoặc đặt scan.device).")
    return found[0].name


def list_devices(scanner: Scanner | None = None) -> list[ScanDevice]:
    return (scanner or default_scanner()).devices()


def scan_pages(
    device: str, resolution: int = 150, mode: str = "Gray", pages: int = 1,
    scanner: Scanner | None = None,
) -> list[bytes]:  # fmt: skip
    """``pages`` pages from ``device`` ("": the first found) as JPEG bytes."""
    chosen = scanner or default_scanner()
    return chosen.scan(choose_device(chosen, device), resolution, mode, pages)


# ---- scan to folder ------------------------------------------------------------------------
@dataclass(frozen=True)
class FolderFile:
    """A file a multifunction printer left in the scan folder, whole."""

    path: Path
    size: int
    mtime: float


class ScanFolder:
    """The files that appeared in ``path`` since ``since`` (a timestamp), oldest first.

    A file is offered once it is whole: the same size at two looks in a row (a printer
    writing over the network grows it meanwhile), not hidden and not a temporary name.
    Taken files move into ``đã-nhận`` so they are not offered twice."""

    def __init__(self, path: Path, *, since: float = 0.0) -> None:
        self.path = path
        self.since = since
        self._sizes: dict[Path, int] = {}

    def look(self) -> list[FolderFile]:
        """The whole files now (call again later: a new file is offered at its second look)."""
        seen = {f.path: f for f in self._candidates()}
        ready = [f for f in seen.values() if self._sizes.get(f.path) == f.size and f.size > 0]
        self._sizes = {p: f.size for p, f in seen.items()}
        return sorted(ready, key=lambda f: (f.mtime, f.path.name))

    def _candidates(self) -> list[FolderFile]:
        try:
            entries = list(os.scandir(self.path))
        except OSError as exc:
            raise ScannerError(
                f"Không đọc được thư mục quét {self.path}: {os_reason(exc)}; kiểm tra thiết lập "
                "scan.watch_folder."
            ) from None
        found = []
        for entry in entries:
            name = entry.name.lower()
            if name.startswith((".", "~")) or not name.endswith(PAGE_SUFFIXES):
                continue  # hidden, temporary (.tmp, .part …) or not a page
            try:
                if not entry.is_file():
                    continue
                stat = entry.stat()
            except OSError:
                continue  # gone since the listing
            if stat.st_mtime >= self.since:
                found.append(FolderFile(Path(entry.path), stat.st_size, stat.st_mtime))
        return found

    def take(self, files: Sequence[FolderFile]) -> list[Path]:
        """Move ``files`` into ``đã-nhận`` (a name already there gets a number); their new
        places."""
        taken = self.path / TAKEN
        moved = []
        try:
            taken.mkdir(exist_ok=True)
            for file in files:
                target = _free_name(taken, file.path.name)
                os.replace(file.path, target)
                self._sizes.pop(file.path, None)
                moved.append(target)
        except OSError as exc:
            raise ScannerError(
                f"Đã đính kèm nhưng không chuyển được tệp quét vào {taken}: {os_reason(exc)}; "
                "hãy tự chuyển để không bị nhận hai lần."
            ) from None
        return moved


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix = os.path.splitext(name)
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{stem}-{number}{suffix}"
    return target
