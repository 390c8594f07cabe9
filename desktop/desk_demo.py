"""The desk's demo data: realistic dossiers, only into a profile made for them."""

from __future__ import annotations

from desktop.changes import DOSSIER, OUTBOX
from desktop.demo import DemoOutcome, seed_demo
from desktop.dossiers.queries import DossierFilter, count_dossiers
from desktop.errors import InputError
from desktop.scope import Facet

DEFAULT_SEED = 2026


class DeskDemo(Facet):
    def seed(self, count: int, seed: int = DEFAULT_SEED) -> DemoOutcome:
        """Add ``count`` demo dossiers, with a ``demo.seed`` audit line, in one transaction.
        A second run goes on from the first (another seed, or its sync keys would repeat)."""
        if not self.profile.settings.demo:
            raise InputError(
                "Dữ liệu mẫu chỉ tạo trong hồ sơ mẫu (`motcua --demo`).", field="data_dir"
            )
        now = self.now()
        scope = self.scope
        with scope.writing() as session:
            stored = count_dossiers(session, DossierFilter(), now, scope.calendar)
            outcome = seed_demo(session, scope.context, count, now, seed=seed + stored)
            scope.audit(session, "demo.seed", "", {"dossiers": outcome.dossiers})
        scope.publish((DOSSIER, OUTBOX))
        return outcome
