"""The office's own set-up as the service API offers it: the office row, the settings, the
catalogue and the deadline a procedure gives. Each change checks the role and writes its audit
line in its own transaction."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.accounts.roles import Permission
from desktop.calendar import TimeLimit, appointment_for
from desktop.catalogue.entries import CatalogueEntry
from desktop.catalogue.store import (
    ImportOutcome,
    export_entries,
    import_entries,
    load_shipped,
    procedure_or_error,
    read_import_file,
    version_entry,
    version_in_force,
)
from desktop.catalogue.time_limits import time_limit
from desktop.changes import CATALOGUE, WORKSTATION
from desktop.office_setup import OfficeInfo, store_office
from desktop.scope import Facet
from desktop.settings import Settings, change_settings, save_settings


@dataclass(frozen=True)
class Deadline:
    limit: TimeLimit
    appointment: datetime


class DeskOffice(Facet):
    @property
    def may_change(self) -> bool:
        """Whether the officer signed in may change the office's settings."""
        return self.scope.allows(Permission.SETTINGS)

    def set_up(self, info: OfficeInfo) -> ImportOutcome:
        """Update the office (or set up another one for this workstation) and load the shipped
        catalogue; the settings file names it, written just before the commit."""
        self.scope.require(Permission.SETTINGS)
        settings = replace(self.profile.settings, office_code=info.code)
        with self.scope.writing() as session:
            outcome = store_office(session, info, self.now())
            detail = {"procedures_added": outcome.added}
            self.scope.audit(session, "office.setup", info.code, detail)
            save_settings(self.profile.data_dir, settings)
        self.profile.settings = settings
        return outcome

    def change_setting(self, key: str, value: str) -> None:
        """One key of this workstation's settings file (see ``Settings.SETTABLE``); a URL's
        value is not copied into the audit trail."""
        self.change_settings({key: value})

    def change_settings(self, values: Mapping[str, str]) -> Settings:
        """Several keys at once, as a settings page saves them: all checked before the file
        is written (one refused value saves none), one audit line each, and the desk follows
        the new values at once."""
        self.scope.require(Permission.SETTINGS)
        with self.scope.writing() as session:
            for key, value in values.items():
                shown = "…" if "url" in key else value
                self.scope.audit(session, "settings.change", key, {"value": shown})
            settings = change_settings(self.profile.data_dir, values)
        self.profile.settings = settings
        self.scope.publish({WORKSTATION})
        return settings

    def deadline(self, received: datetime, procedure: str) -> Deadline:
        """The appointment the procedure in force at ``received`` gives, on the office's
        calendar."""
        with self.scope.reading() as session:
            limit = time_limit(version_in_force(session, procedure, received))
        return Deadline(limit, appointment_for(received, limit, self.scope.calendar))

    def import_catalogue(self, entries: list[CatalogueEntry], source: str) -> ImportOutcome:
        """Add the versions not yet stored (``source``: the file's name, for the audit)."""
        self.scope.require(Permission.CATALOGUE)
        with self.scope.writing() as session:
            outcome = import_entries(session, entries, self.now(), "import")
            self.scope.audit(session, "catalogue.import", source, {"added": outcome.added})
        self.scope.publish({CATALOGUE})
        return outcome

    def import_catalogue_file(self, path: Path) -> ImportOutcome:
        """A catalogue file (the desk's TTHC records or the national shape), read and checked
        whole before any version is stored."""
        self.scope.require(Permission.CATALOGUE)
        return self.import_catalogue(read_import_file(path), path.name)

    def catalogue_versions(self, code: str) -> list[CatalogueEntry]:
        """Every stored version of procedure ``code``, the oldest first."""
        with self.scope.reading() as session:
            procedure = procedure_or_error(session, code)
            versions = sorted(procedure.versions, key=lambda v: v.effective_from)
            return [version_entry(v) for v in versions]

    def load_shipped_catalogue(self) -> ImportOutcome:
        """Add the versions of the list shipped with this release that are not stored yet
        (after an upgrade); stored versions are never changed."""
        self.scope.require(Permission.CATALOGUE)
        with self.scope.writing() as session:
            outcome = load_shipped(session, self.now())
            self.scope.audit(session, "catalogue.import", "shipped", {"added": outcome.added})
        self.scope.publish({CATALOGUE})
        return outcome

    def export_catalogue(self) -> list[dict[str, Any]]:
        """Every stored version, as TTHC records."""
        with self.scope.reading() as session:
            return export_entries(session)
