"""The desk facade the window uses: receive, act, list, board, on both backends."""

from __future__ import annotations

from datetime import datetime

from desktop.desk import Desk
from desktop.dossiers.lifecycle import ActionInput
from desktop.dossiers.queries import DossierFilter
from desktop.dossiers.status import Action
from desktop.profile import Profile
from tests.integration.dossier_factory import intake_json


def test_desk_round_trip_and_board(profile: Profile) -> None:
    clock = [datetime(2026, 11, 16, 9, 0)]
    desk = Desk(profile, now=lambda: clock[0])
    choices = {c.code: c for c in desk.procedures()}
    assert len(choices) == 13 and "khai sinh" in choices["1.001193"].folded
    assert choices["1.001193"].checklist[0].name
    assert desk.preview_appointment("1.004873") == datetime(2026, 11, 19, 9, 0)
    first = desk.receive(intake_json())
    second = desk.receive(intake_json())
    assert first.appointment == datetime(2026, 11, 19, 9, 0) and first.record_version == 1
    clock[0] = datetime(2026, 11, 18, 10, 0)
    desk.act(second.code, Action.RESOLVE, ActionInput())
    clock[0] = datetime(2026, 11, 19, 10, 0)  # the first is now overdue
    board = desk.board()
    assert (board.overdue, board.results_ready, board.month_resolved) == (1, 1, 1)
    assert board.month_on_time_share == 1.0 and board.month_overdue_share == 0.5
    overdue = desk.dossiers(DossierFilter(overdue=True))
    assert [d.code for d in overdue] == [first.code]
    assert overdue[0].applicant_id_number.endswith("345") and "*" in overdue[0].applicant_id_number
    assert desk.detail(first.code).applicant_id_number == "*********345"
    assert desk.reveal(first.code).applicant_id_number == "001090012345"  # and audited
    assert [d.code for d in desk.search("dang van ung")] == [second.code, first.code]
    assert desk.pending_sync() == 6
