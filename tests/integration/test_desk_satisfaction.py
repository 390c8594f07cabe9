"""The desk's additions for the window, on both backends: satisfaction at the return desk,
counts beside the lists, the due-today list, outbox counts and the workstation settings."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from db.models import Dossier, OutboxItem
from desktop.desk import Desk
from desktop.dossiers.queries import DossierFilter
from desktop.dossiers.status import Action, Status
from desktop.dossiers.step_input import ActionInput
from desktop.errors import InputError
from desktop.profile import Profile
from desktop.settings import load_settings
from tests.integration.dossier_factory import intake_json


def _desk(profile: Profile, clock: list[datetime]) -> Desk:
    return Desk(profile, now=lambda: clock[0])


def test_satisfaction_is_stored_versioned_and_queued(profile: Profile) -> None:
    clock = [datetime(2026, 11, 16, 9, 0)]
    desk = _desk(profile, clock)
    code = desk.receive(intake_json()).code
    with pytest.raises(InputError, match="đã trả kết quả") as refused:
        desk.record_satisfaction(code, 1)
    assert refused.value.field == "satisfaction"
    clock[0] = datetime(2026, 11, 17, 9, 0)
    desk.act(code, Action.RESOLVE, ActionInput())
    clock[0] = datetime(2026, 11, 17, 10, 0)
    returned = desk.act(code, Action.RETURN, ActionInput(recipient="Đặng Văn Ưng"))
    assert returned.status == Status.RETURNED
    with pytest.raises(InputError, match="1 \\(hài lòng\\)"):
        desk.record_satisfaction(code, 4)
    queued_before = desk.pending_sync()
    after = desk.record_satisfaction(code.lower(), 2)
    assert after.record_version == returned.record_version + 1
    assert desk.pending_sync() == queued_before + 1
    with profile.db.read_session() as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == code)).one()
        assert (dossier.satisfaction, dossier.record_version) == (2, after.record_version)
        last = session.scalars(select(OutboxItem).order_by(OutboxItem.id.desc()).limit(1)).one()
        assert (last.kind, last.dossier_code, last.record_version) == (
            "dossier",
            code,
            after.record_version,
        )


def test_counts_and_due_today_match_the_board(profile: Profile) -> None:
    clock = [datetime(2026, 11, 16, 9, 0)]  # Monday
    desk = _desk(profile, clock)
    first = desk.receive(intake_json()).code  # due Thursday 19/11 09:00
    clock[0] = datetime(2026, 11, 16, 14, 0)
    second = desk.receive(intake_json()).code  # due Thursday 19/11 14:00
    third = desk.receive(intake_json()).code
    desk.act(third, Action.RESOLVE, ActionInput())
    assert desk.count(DossierFilter()) == 3
    assert desk.count(DossierFilter(statuses=(9,))) == 1
    clock[0] = datetime(2026, 11, 19, 8, 0)  # Thursday morning: both due today
    board = desk.board()
    assert desk.count(DossierFilter(), due_today=True) == board.due_today == 2
    assert [d.code for d in desk.due_today(DossierFilter())] == [first, second]
    assert [d.code for d in desk.due_today(DossierFilter(limit=1, offset=1))] == [second]
    clock[0] = datetime(2026, 11, 19, 10, 0)  # the first is now overdue
    assert desk.count(DossierFilter(overdue=True)) == desk.board().overdue == 1
    assert desk.count(DossierFilter(due_soon=True)) == 1
    assert desk.count(DossierFilter(due_soon=True, overdue=True)) == 2
    assert [d.code for d in desk.due_today(DossierFilter())] == [second]
    assert desk.count(DossierFilter(procedure_code="1.001193")) == 0
    with pytest.raises(InputError):
        desk.due_today(DossierFilter(limit=0))


def test_outbox_counts_name_every_state(profile: Profile) -> None:
    desk = _desk(profile, [datetime(2026, 11, 16, 9, 0)])
    assert desk.outbox_counts() == {
        "pending": 0,
        "sending": 0,
        "acked": 0,
        "failed": 0,
        "needs_attention": 0,
    }
    desk.receive(intake_json())
    counts = desk.outbox_counts()
    assert counts["pending"] == desk.pending_sync() > 0 and counts["acked"] == 0


def test_workstation_settings_are_saved_and_used(profile: Profile) -> None:
    clock = [datetime(2026, 11, 16, 9, 0)]
    desk = _desk(profile, clock)
    desk.update_workstation(officer="  Lê Thị Hoa ", language="en")
    assert desk.officer == "Lê Thị Hoa" and profile.settings.language == "en"
    saved = load_settings(profile.data_dir)
    assert (saved.officer, saved.language) == ("Lê Thị Hoa", "en")
    assert desk.receive(intake_json()).received_by == "Lê Thị Hoa"
    with pytest.raises(InputError) as bad_language:
        desk.update_workstation(officer="Lê Thị Hoa", language="fr")
    assert bad_language.value.field == "language"
    with pytest.raises(InputError) as no_name:
        desk.update_workstation(officer="   ", language="vi")
    assert no_name.value.field == "officer"
    assert load_settings(profile.data_dir).officer == "Lê Thị Hoa"
