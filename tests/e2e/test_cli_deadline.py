"""`motcua deadline`: worked examples, with no profile (default calendar) and with an office."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli_runner import Cli

DAYS = ("--unit", "working_days")
SAME_DAY_15H = ("--unit", "same_day", "--cutoff-15h")

# received, options, appointment — default hours 07:30–11:30 and 13:30–17:00 (7.5 h a day).
NO_PROFILE: list[tuple[str, tuple[str, ...], str]] = [
    # Friday + 3 working days: Mon 23, (Tue 24/11 off), Wed 25, Thu 26.
    ("2026-11-20 10:00", ("--limit", "3", *DAYS), "2026-11-26 10:00"),
    # Same day with the 15:00 rule: after 15:00 on Friday, due Monday at closing time.
    ("2026-11-20 15:30", ("--limit", "0", *SAME_DAY_15H), "2026-11-23 17:00"),
    ("2026-11-20 14:59", SAME_DAY_15H, "2026-11-20 17:00"),  # a same-day limit needs no number
    # One working day of office time (7.5 h) later: the same time the next working day.
    ("2026-11-19 16:00", ("--limit", "7.5", "--unit", "working_hours"), "2026-11-20 16:00"),
    # Make-up Saturday 22/8/2026 is a working day; the province's unit names are accepted.
    ("2026-08-21 10:00", ("--limit", "1", "--unit", "ngay_lam_viec"), "2026-08-22 10:00"),
]
WRONG: list[tuple[tuple[str, ...], str]] = [
    (("--received", "2026-11-20 10:00", "--limit", "3"), "--unit"),
    (("--received", "2026-11-20 10:00", "--limit", "3", "--unit", "tuần"), "Đơn vị thời hạn"),
    (("--received", "2026-11-20 10:00", "--procedure", "1.004873"), "motcua init"),
]


def test_deadline_with_no_profile(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "empty")  # a fresh, empty folder: no office was ever set up
    (received, options, expected), *others = NO_PROFILE
    # The first call alone: it makes the empty profile's database, the others then share it.
    assert cli("deadline", "--received", received, *options).ok().out == expected + "\n"
    calls = [(("deadline", "--received", r, *o), None) for r, o, _ in others]
    calls += [(("deadline", *args), None) for args, _ in WRONG]
    results = cli.many(calls)
    for (received, options, expected), result in zip(others, results, strict=False):
        assert result.ok().out == expected + "\n", (received, options)
    for (_, message), result in zip(WRONG, results[len(others) :], strict=True):
        result.refused(message)  # a procedure needs the office's catalogue: motcua init


def test_deadline_with_an_eight_hour_office(tmp_path: Path) -> None:
    office = Cli(tmp_path / "office")
    office.init("--office-hours", "07:00-11:30,13:30-17:00")
    calls = [
        # With an 8-hour day, 8 working hours from Thursday 16:00 is Friday 16:00.
        ("--received", "2026-11-19 16:00", "--limit", "8", "--unit", "working_hours"),
        # Procedures from the shipped catalogue: 3 working days, and same day with 15:00.
        ("--received", "2026-11-20 10:00", "--procedure", "1.004873"),
        ("--received", "2026-11-20 15:30", "--procedure", "1.001193"),
        ("--received", "2026-11-20 06:50", "--limit", "1", "--unit", "working_days"),
    ]
    results = office.many([(("deadline", *call, "--json"), None) for call in calls])
    hours, marriage, birth, early = (r.json() for r in results)
    assert hours["appointment"] == "2026-11-20 16:00:00"
    assert marriage == {
        "received": "2026-11-20 10:00:00",
        "appointment": "2026-11-26 10:00:00",
        "limit": "3",
        "unit": "working_days",
        "cutoff_15h": False,
    }
    assert (birth["appointment"], birth["unit"], birth["cutoff_15h"]) == (
        "2026-11-23 17:00:00",
        "same_day",
        True,
    )
    assert early["appointment"] == "2026-11-23 07:00:00"  # before opening: from 07:00
