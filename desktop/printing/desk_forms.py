"""The office's form templates, for the admin and for printing (``desk.forms``).

Each form's wording comes from the office's file in the forms folder when that file passes
its checks (:mod:`desktop.printing.templates`), else from the defaults; a refused file is
reported (:meth:`DeskForms.problems`, and with each print of that form) and never half used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.accounts.roles import Permission
from desktop.errors import StorageError
from desktop.printing import templates
from desktop.printing.print_setup import PrintSetup
from desktop.printing.templates import KEYS, Loaded
from desktop.scope import Facet

FORMS_FOLDER = "forms"  # in the profile folder, when the setting forms.folder is empty
BACKUP_SUFFIX = ".bak"


@dataclass(frozen=True)
class TemplateState:
    form: str
    path: Path
    office_file: bool  # the office has its own file
    problem: str  # why it is refused ("" when it is used or there is none)


class DeskForms(Facet):
    def folder(self) -> Path:
        """Where the office's templates are (setting ``forms.folder``)."""
        settings = self.scope.profile.settings
        if settings.forms_folder.strip():
            return Path(settings.forms_folder).expanduser()
        return self.scope.profile.data_dir / FORMS_FOLDER

    def load(self, form: str) -> Loaded:
        return templates.load(self.folder(), form)

    def states(self) -> list[TemplateState]:
        """Every form: the office's own file or the default, and any fault of that file."""
        return [self._state(self.load(form)) for form in KEYS]

    def problems(self) -> list[str]:
        """The messages of the refused templates (the forms print their defaults)."""
        return [s.problem for s in self.states() if s.problem]

    def template(self, form: str) -> dict[str, Any]:
        """The wording ``form`` prints now, as a template file holds it."""
        loaded = self.load(form)
        document = templates.default_document(form)
        document["texts"].update(
            {k: list(v) if isinstance(v, tuple) else v for k, v in loaded.wording.own.items()}
        )
        return document

    def reset(self, form: str) -> Path | None:
        """Back to the default wording: the office's file is set aside as ``formNN.json.bak``
        (replacing an older one). The path set aside, or None when there was no file."""
        self.scope.require(Permission.SETTINGS)
        path = templates.path_of(self.folder(), form)
        if not path.is_file():
            return None
        backup = path.with_name(path.name + BACKUP_SUFFIX)
        with self.scope.writing() as session:  # the audit line commits with the rename
            self.scope.audit(session, "forms.reset", form, {"kept": backup.name})
            try:
                os.replace(path, backup)
            except OSError as error:
                raise StorageError(
                    f"Không đưa được mẫu in {form} về mặc định: không đổi tên được {path} "
                    f"({error})."
                ) from error
        return backup

    @staticmethod
    def _state(loaded: Loaded) -> TemplateState:
        return TemplateState(loaded.wording.form, loaded.path, loaded.office_file, loaded.problem)

    def setup(self) -> PrintSetup:
        """What a print takes from this desk: the office's wordings (and their faults) and
        this desk's officer's phone (setting ``officer.phone``), the account fees are
        transferred to (``payment.*``) and the lookup address (``receipt.lookup_url``)."""
        loaded = [self.load(form) for form in KEYS]
        settings = self.scope.profile.settings
        phone = settings.officer_phone
        return PrintSetup(
            phones={self.scope.officer: phone} if phone else {},
            wordings={x.wording.form: x.wording for x in loaded},
            problems={x.wording.form: x.problem for x in loaded if x.problem},
            payment=settings.payment_account(),
            lookup_url=settings.receipt_lookup_url,
        )
