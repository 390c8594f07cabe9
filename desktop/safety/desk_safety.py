"""Backups, restores and checks as the window and the command line run them (the window on a
worker thread)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.accounts.roles import Permission
from desktop.outbox.queue import last_item_id
from desktop.safety.backups import Backup, list_backups, make_backup, rotate, sqlite_path
from desktop.safety.checkup import Checkup, Place, check_profile
from desktop.safety.integrity import OK, check_sqlite
from desktop.safety.restore import RestoredProfile, restore_profile
from desktop.scope import Facet


@dataclass(frozen=True)
class BackupMade:
    path: Path
    size: int
    rotated: list[Path]


class DeskSafety(Facet):
    def change_marker(self) -> int:
        """Grows with every change the desk makes (each change queues an outbox item)."""
        with self.scope.reading() as session:
            return last_item_id(session)

    def backup(self, reason: str) -> Path | None:
        """A checked backup in the profile's folder, then rotation; None when read-only.
        The window's automatic backups: no role needed, no audit line."""
        if self.profile.read_only:
            return None
        return self._make(reason, None).path

    def backup_now(self, out: Path | None = None) -> BackupMade:
        """The officer's backup (``out``: that file, else the profile's folder, rotated),
        checked, with a ``backup`` audit line."""
        self.scope.require(Permission.BACKUP)
        made = self._make("manual", out)
        with self.scope.writing() as session:
            self.scope.audit(session, "backup", made.path.name)
        return made

    def _make(self, reason: str, out: Path | None) -> BackupMade:
        now = self.now()
        profile = self.profile
        path = make_backup(
            profile.db.url, profile.backup_dir, reason, now, out, profile.files.folder
        )
        rotated = [] if out else rotate(self.profile.backup_dir, now)
        return BackupMade(path, path.stat().st_size, rotated)

    def backups(self) -> list[Backup]:
        """The profile's backups, the newest first."""
        self.scope.require(Permission.BACKUP)
        return list_backups(self.profile.backup_dir)

    def restore(self, backup: Path) -> RestoredProfile:
        """Restore ``backup`` over this desk's database (the current one kept aside) and
        record it by this officer. The desk's connections are closed first: open a new
        desk afterwards."""
        self.scope.require(Permission.BACKUP)
        officer, profile = self.scope.officer, self.profile
        profile.close()
        return restore_profile(profile.data_dir, self._url(), backup, self.now(), officer)

    def check(self) -> Checkup:
        """The whole check of `motcua check`: the database's integrity and every attached
        file against its hash; damage found makes the profile read-only (as at start-up)."""
        self.scope.require(Permission.BACKUP)
        found = check_profile(Place(self.profile.data_dir, self._url()), quick=False)
        if found.result != OK:
            self.profile.failures.note(found.result)
        return found

    def quick_check(self) -> str:
        """``"ok"`` or what is wrong; a damaged database makes the profile read-only."""
        path = sqlite_path(self.profile.db.url)
        result = check_sqlite(path, quick=True) if path is not None and path.exists() else OK
        if result != OK:
            self.profile.failures.note(result)
        return result

    def _url(self) -> str:
        """The database's own URL: a profile opened read-only (its file damaged) reads it
        through a read-only URI, which a restore or a check must not be given."""
        path = self.profile.failures.path
        return f"sqlite+pysqlite:///{path}" if path is not None else self.profile.db.url
