"""A page read from the end of a list (``DossierFilter.from_end``) is the same page as the
one read from its start: the query runs in reverse order and hands the rows back."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from desktop.desk import Desk
from desktop.dossiers.queries import DossierFilter
from desktop.profile import Profile
from tests.integration.dossier_factory import intake_json

START = datetime(2026, 11, 16, 8, 0)


def _seed(profile: Profile) -> tuple[Desk, list[datetime]]:
    clock = [START]
    desk = Desk(profile, now=lambda: clock[0])
    for k in range(20):
        clock[0] = START + timedelta(minutes=10 * k)
        desk.receive(intake_json())
    clock[0] = START + timedelta(hours=4)
    for _ in range(5):  # received at the same moment: the id breaks the tie
        desk.receive(intake_json())
    return desk, clock


def _pairs(total: int, limit: int) -> list[tuple[int, int, int]]:
    """(offset from the start, offset from the end, limit) of the same rows."""
    pairs = []
    for offset in (0, 1, 3, 7, 10, total - limit - 1, total - limit, total - 2, total - 1):
        size = min(limit, total - offset)
        pairs.append((offset, total - offset - size, size))
    return pairs


def test_from_end_pages_equal_the_pages_from_the_start(profile: Profile) -> None:
    desk, _ = _seed(profile)
    total = desk.count(DossierFilter())
    assert total == 25
    everything = [d.code for d in desk.dossiers(DossierFilter(limit=100))]
    for offset, back, size in _pairs(total, 6):
        forward = desk.dossiers(DossierFilter(offset=offset, limit=size))
        backward = desk.dossiers(DossierFilter(offset=back, limit=size, from_end=True))
        assert [d.code for d in backward] == [d.code for d in forward]
        assert [d.code for d in backward] == everything[offset : offset + size]


def test_from_end_on_deadline_lists(profile: Profile) -> None:
    desk, clock = _seed(profile)
    clock[0] = datetime(2026, 11, 19, 7, 0)  # every appointment falls today
    flt = DossierFilter(statuses=())
    total = desk.count(flt, due_today=True)
    assert total == 25
    for offset, back, size in _pairs(total, 6):
        forward = desk.due_today(replace(flt, offset=offset, limit=size))
        backward = desk.due_today(replace(flt, offset=back, limit=size, from_end=True))
        assert [d.code for d in backward] == [d.code for d in forward]
    clock[0] = datetime(2026, 11, 20, 12, 0)  # every one is overdue
    overdue = replace(flt, overdue=True)
    total = desk.count(overdue)
    assert total == 25
    for offset, back, size in _pairs(total, 6):
        forward = desk.dossiers(replace(overdue, offset=offset, limit=size))
        backward = desk.dossiers(replace(overdue, offset=back, limit=size, from_end=True))
        # ties in the appointment have no fixed order: compare the appointments
        assert [d.appointment for d in backward] == [d.appointment for d in forward]
        assert len(backward) == size
