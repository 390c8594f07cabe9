"""Backups and checks as the window runs them (on a worker thread)."""

from __future__ import annotations

from pathlib import Path

from desktop.outbox.queue import last_item_id
from desktop.safety.backups import make_backup, rotate, sqlite_path
from desktop.safety.integrity import OK, check_sqlite
from desktop.scope import Facet


class DeskSafety(Facet):
    def change_marker(self) -> int:
        """Grows with every change the desk makes (each change queues an outbox item)."""
        with self.scope.reading() as session:
            return last_item_id(session)

    def backup(self, reason: str) -> Path | None:
        """A checked backup in the profile's folder, then rotation; None when read-only."""
        if self.profile.read_only:
            return None
        now = self.now()
        path = make_backup(self.profile.db.url, self.profile.backup_dir, reason, now)
        rotate(self.profile.backup_dir, now)
        return path

    def quick_check(self) -> str:
        """``"ok"`` or what is wrong; a damaged database makes the profile read-only."""
        path = sqlite_path(self.profile.db.url)
        result = check_sqlite(path, quick=True) if path is not None and path.exists() else OK
        if result != OK:
            self.profile.failures.note(result)
        return result
