"""The desk facade the window uses: receive, act, list, board, on both backends."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from desktop.changes import DOSSIER, OUTBOX, WORKSTATION, Changes, changes
from desktop.desk import Desk
from desktop.dossiers.queries import DossierFilter
from desktop.dossiers.status import Action
from desktop.dossiers.step_input import ActionInput
from desktop.errors import TransitionError
from desktop.profile import Profile
from tests.integration.dossier_factory import intake_json
from tests.shipped_catalogue import SHIPPED_COUNT


def test_desk_round_trip_and_board(profile: Profile) -> None:
    clock = [datetime(2026, 11, 16, 9, 0)]
    desk = Desk(profile, now=lambda: clock[0])
    choices = {c.code: c for c in desk.procedures()}
    assert len(choices) == SHIPPED_COUNT and "khai sinh" in choices["1.001193"].folded
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


def test_writes_tell_the_listeners_what_they_changed_once_committed(profile: Profile) -> None:
    clock = [datetime(2026, 11, 16, 9, 0)]
    desk = Desk(profile, now=lambda: clock[0])
    heard: list[Changes] = []
    stop = desk.subscribe(heard.append)
    code = desk.receive(intake_json()).code
    assert heard == [Changes(frozenset({code}), frozenset({DOSSIER, OUTBOX}))]
    with pytest.raises(TransitionError):  # refused: nothing stored, nothing told
        desk.act(code, Action.RETURN, ActionInput(recipient="Đặng Văn Ưng"))
    assert len(heard) == 1
    desk.act(code, Action.RESOLVE, ActionInput())
    desk.update_workstation(officer="Lê Thị Hoa", language="vi")
    assert heard[1:] == [changes({DOSSIER, OUTBOX}, {code}), changes({WORKSTATION})]
    assert heard[1].concerns(DOSSIER) and not heard[2].concerns(DOSSIER, OUTBOX)
    stop()
    desk.receive(intake_json())
    assert len(heard) == 3


def test_a_revealing_list_or_search_is_audited_in_its_own_transaction(profile: Profile) -> None:
    from sqlalchemy import select

    from db.models import AuditEntry
    from desktop.errors import PermissionDenied

    desk = Desk(profile, now=lambda: datetime(2026, 11, 16, 9, 0))
    codes = [desk.receive(intake_json()).code for _ in range(2)]
    assert [r.applicant_id_number for r in desk.dossiers(DossierFilter(), reveal=True)] == [
        "001090012345"
    ] * 2
    assert desk.search("dang van ung", reveal=True)[0].applicant_phone == "0912345678"
    assert desk.search("dang van ung")[0].applicant_phone != "0912345678"
    with profile.db.read_session() as session:
        lines = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "personal.reveal")
        ).all()
        assert [(e.record, json.loads(e.detail)["codes"]) for e in lines] == [
            ("2 hồ sơ", sorted(codes, reverse=True)),
            ("2 hồ sơ", sorted(codes, reverse=True)),
        ]
    desk.scope.context = replace(desk.scope.context, role="admin")  # no REVEAL
    with pytest.raises(PermissionDenied):
        desk.dossiers(DossierFilter(), reveal=True)
