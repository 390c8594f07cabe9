"""Pages from the office's scanner or scan folder, for the officer (``desk.scanning``).

Nothing here touches the database: the pages come back checked like any file
(:meth:`DeskAttachments.check`) and are attached with ``desk.attachments``. Scanning blocks
for as long as the scanner takes, so the window runs it off the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.attachments.checks import CheckedFile
from desktop.attachments.desk_attachments import DeskAttachments
from desktop.attachments.scanning import (
    FolderFile,
    ScanDevice,
    ScanFolder,
    Scanner,
    default_scanner,
    scan_pages,
)
from desktop.errors import ScannerError
from desktop.scope import DeskScope, Facet

SETTLE_SECONDS = 1.0  # between the two looks at the scan folder


@dataclass(frozen=True)
class FolderPage:
    """A whole file of the scan folder and its checked bytes."""

    file: FolderFile
    page: CheckedFile


class DeskScanning(Facet):
    def __init__(self, scope: DeskScope, attachments: DeskAttachments) -> None:
        super().__init__(scope)
        self.attachments = attachments
        self._folder: ScanFolder | None = None

    def scanners(self, scanner: Scanner | None = None) -> list[ScanDevice]:
        """The scanners this computer sees (SANE's ``scanimage``)."""
        return (scanner or default_scanner()).devices()

    def scan(
        self, device: str | None = None, pages: int = 1, scanner: Scanner | None = None
    ) -> list[CheckedFile]:
        """``pages`` pages from ``device`` (else scan.device, else the first scanner found) at
        scan.resolution and scan.mode, each checked as a file."""
        settings = self.profile.settings
        chosen = device if device is not None else settings.scan_device
        scans = scan_pages(
            chosen, settings.scan_resolution, settings.scan_mode, pages, scanner=scanner
        )
        return [
            self.attachments.check(f"trang-{number}.jpg", data)
            for number, data in enumerate(scans, start=1)
        ]

    @property
    def folder(self) -> ScanFolder:
        """The scan folder of the settings (kept between looks: a file is offered at its
        second look with the same size)."""
        path = self.profile.settings.scan_watch_folder
        if not path:
            raise ScannerError(
                "Chưa đặt thư mục quét: đặt thiết lập scan.watch_folder là thư mục máy in đa "
                "năng lưu bản quét."
            )
        if self._folder is None or self._folder.path != Path(path):
            self._folder = ScanFolder(Path(path))
        return self._folder

    def folder_pages(self) -> list[FolderPage]:
        """The whole files of the scan folder, oldest first, each checked (a file that is
        not a good PDF/JPEG/PNG is refused by name: move it away)."""
        return [FolderPage(f, self.attachments.read(f.path)) for f in self.folder.look()]

    def settled_folder_pages(self, settle: float = SETTLE_SECONDS) -> list[FolderPage]:
        """:meth:`folder_pages` after two looks ``settle`` seconds apart, so a file the copier
        is still writing is left for next time (blocks: call off the GUI thread)."""
        self.folder.look()
        time.sleep(settle)
        return self.folder_pages()

    def take_folder(self, pages: Sequence[FolderPage]) -> list[Path]:
        """After attaching: move the taken files into ``đã-nhận``."""
        return self.folder.take([p.file for p in pages])
