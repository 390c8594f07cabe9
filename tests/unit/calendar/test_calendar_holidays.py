"""Holiday data: the shipped years, the statutory fallback and the office's own files."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.calendar import (
    CULTURE_DAY_FROM,
    HolidayYear,
    WorkingCalendar,
    dump_holiday_year,
    load_holiday_year,
    parse_holiday_json,
    save_holiday_year,
    shipped_holidays_dir,
    statutory_holidays,
)
from desktop.errors import InputError


def _d(day: int, month: int, year: int) -> date:
    return date(year, month, day)


DAYS_OFF = {
    2025: [
        _d(1, 1, 2025),
        *[_d(day, 1, 2025) for day in range(27, 32)],
        _d(7, 4, 2025),
        _d(30, 4, 2025),
        _d(1, 5, 2025),
        _d(2, 5, 2025),
        _d(1, 9, 2025),
        _d(2, 9, 2025),
    ],
    2026: [
        _d(1, 1, 2026),
        _d(2, 1, 2026),
        *[_d(day, 2, 2026) for day in range(16, 21)],
        _d(27, 4, 2026),
        _d(30, 4, 2026),
        _d(1, 5, 2026),
        _d(31, 8, 2026),
        _d(1, 9, 2026),
        _d(2, 9, 2026),
        _d(24, 11, 2026),
    ],
}
MAKEUP_SATURDAYS = {2025: [_d(26, 4, 2025)], 2026: [_d(10, 1, 2026), _d(22, 8, 2026)]}

CAL = WorkingCalendar()


@pytest.mark.parametrize(
    "day", [day for days in DAYS_OFF.values() for day in days], ids=lambda d: d.isoformat()
)
def test_every_day_off_is_not_a_working_day(day: date) -> None:
    assert day.weekday() < 5, "the table lists weekdays"
    assert not CAL.is_working_day(day)
    assert CAL.sessions_on(day) == ()
    assert CAL.holiday_name(day)


@pytest.mark.parametrize(
    "day", [day for days in MAKEUP_SATURDAYS.values() for day in days], ids=lambda d: d.isoformat()
)
def test_every_makeup_saturday_is_a_working_day(day: date) -> None:
    assert day.weekday() == 5
    assert CAL.is_working_day(day)
    assert CAL.sessions_on(day) == CAL.hours.weekly[0]
    assert not CAL.is_working_day(day + timedelta(days=1)), "the Sunday after stays off"


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_other_weekdays_around_the_days_off_are_working_days(year: int) -> None:
    off = set(DAYS_OFF[year])
    makeup = set(MAKEUP_SATURDAYS[year])
    for day in DAYS_OFF[year]:
        for neighbour in (day + timedelta(days=k) for k in range(-7, 8)):
            expected = (neighbour.weekday() < 5 and neighbour not in off) or neighbour in makeup
            assert CAL.is_working_day(neighbour) is expected, neighbour


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_whole_shipped_year_matches_the_table(year: int) -> None:
    holidays = load_holiday_year(year)
    assert not holidays.provisional
    weekday_days_off = {day for day in holidays.days_off if day.weekday() < 5}
    assert weekday_days_off == set(DAYS_OFF[year])
    assert set(holidays.makeup_days) == set(MAKEUP_SATURDAYS[year])
    working = [
        day
        for day in (date(year, 1, 1) + timedelta(days=k) for k in range(366))
        if day.year == year and CAL.is_working_day(day)
    ]
    weekdays = [d for d in working if d.weekday() < 5]
    assert len(working) == len(weekdays) + len(MAKEUP_SATURDAYS[year])


def test_tet_2026_runs_from_14_to_22_february() -> None:
    assert CAL.is_working_day(date(2026, 2, 13))
    assert not any(CAL.is_working_day(date(2026, 2, day)) for day in range(14, 23))
    assert CAL.is_working_day(date(2026, 2, 23))


STATUTORY_2027 = [
    date(2027, 1, 1),
    *[date(2027, 2, day) for day in (5, 8, 9, 10, 11)],  # Tết, with Sat 6 and Sun 7 made up
    date(2027, 4, 16),
    date(2027, 4, 30),
    date(2027, 5, 3),  # 1/5 is a Saturday
    date(2027, 9, 1),
    date(2027, 9, 2),
    date(2027, 11, 24),
]


def test_statutory_2027_days_are_present_and_provisional() -> None:
    computed = statutory_holidays(2027)
    assert computed.provisional
    assert computed.makeup_days == {}
    assert {d for d in computed.days_off if d.weekday() < 5} == set(STATUTORY_2027)
    assert date(2027, 2, 6) in computed.days_off  # mùng 1 itself, a Saturday


def test_the_shipped_2027_file_is_the_statutory_calendar() -> None:
    shipped = load_holiday_year(2027)
    assert shipped.provisional
    assert shipped == statutory_holidays(2027)
    assert "TẠM TÍNH" in shipped.note
    for day in STATUTORY_2027:
        assert not CAL.is_working_day(day)


def test_a_year_without_a_file_is_computed_and_provisional() -> None:
    assert not (shipped_holidays_dir() / "2031.json").exists()
    holidays = load_holiday_year(2031)
    assert holidays.provisional
    assert holidays == statutory_holidays(2031)
    assert date(2031, 1, 1) in holidays.days_off


def test_statutory_2026_compensates_hung_kings_on_sunday() -> None:
    days = statutory_holidays(2026).days_off
    assert date(2026, 4, 26) in days
    assert date(2026, 4, 27) in days
    assert "Nghỉ bù" in days[date(2026, 4, 27)]


def test_statutory_tet_compensation_skips_days_already_off() -> None:
    # Tết 2030: eve Fri 1/2, mùng 1 Sat 2/2 ... mùng 4 Tue 5/2; Sat and Sun move to Wed, Thu.
    off = {d for d in statutory_holidays(2030).days_off if d.weekday() < 5}
    assert {date(2030, 2, day) for day in (1, 4, 5, 6, 7)} <= off
    assert date(2030, 2, 8) not in off


@pytest.mark.parametrize(
    ("year", "adjacent"),
    [(2024, date(2024, 9, 3)), (2027, date(2027, 9, 1)), (2029, date(2029, 9, 3))],
)
def test_national_day_adjacent_day(year: int, adjacent: date) -> None:
    assert adjacent in statutory_holidays(year).days_off


def test_culture_day_starts_in_2026() -> None:
    assert date(2026, 7, 1) == CULTURE_DAY_FROM
    assert date(2025, 11, 24) not in statutory_holidays(2025).days_off
    assert date(2026, 11, 24) in statutory_holidays(2026).days_off


def test_a_file_in_the_office_directory_overrides_the_shipped_one(tmp_path: Path) -> None:
    own = HolidayYear(
        year=2026,
        days_off={date(2026, 1, 1): "Tết Dương lịch", date(2026, 3, 9): "Nghỉ của xã"},
        makeup_days={date(2026, 3, 14): "Làm bù cho ngày 09/03"},
        provisional=False,
        source="Quyết định của UBND xã",
    )
    save_holiday_year(own, tmp_path)
    assert load_holiday_year(2026, tmp_path) == own
    assert load_holiday_year(2025, tmp_path) == load_holiday_year(2025)  # no own file for 2025
    cal = WorkingCalendar(holiday_dir=tmp_path)
    assert not cal.is_working_day(date(2026, 3, 9))
    assert cal.is_working_day(date(2026, 3, 14))
    assert cal.is_working_day(date(2026, 2, 17)), "the office's file replaces the whole year"
    assert cal.holiday_name(date(2026, 3, 9)) == "Nghỉ của xã"


def test_an_edited_office_file_is_read_again(tmp_path: Path) -> None:
    holidays = load_holiday_year(2026)
    save_holiday_year(holidays, tmp_path)
    assert load_holiday_year(2026, tmp_path).days_off == holidays.days_off
    days_off = dict(holidays.days_off)
    days_off[date(2026, 6, 1)] = "Nghỉ thêm"
    edited = HolidayYear(2026, days_off, holidays.makeup_days, False)
    (tmp_path / "2026.json").write_text(dump_holiday_year(edited) + "\n", encoding="utf-8")
    assert date(2026, 6, 1) in load_holiday_year(2026, tmp_path).days_off


def test_the_loaded_year_is_a_fresh_copy() -> None:
    first = load_holiday_year(2026)
    first.days_off.clear()
    assert load_holiday_year(2026).days_off


def test_dump_and_parse_round_trip() -> None:
    for year in (2025, 2026, 2027, 2030):
        holidays = load_holiday_year(year)
        text = dump_holiday_year(holidays)
        assert parse_holiday_json(text, year) == holidays
        assert "Tết Dương lịch" in text, "names stay readable UTF-8"


def test_a_file_with_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    text = dump_holiday_year(statutory_holidays(2028))
    (tmp_path / "2028.json").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert load_holiday_year(2028, tmp_path) == statutory_holidays(2028)


GOOD = '{"year": 2028, "days_off": [{"date": "2028-01-01", "name": "Tết Dương lịch"}]}'


def test_the_minimal_file_is_valid() -> None:
    holidays = parse_holiday_json(GOOD, 2028)
    assert holidays.days_off == {date(2028, 1, 1): "Tết Dương lịch"}
    assert holidays.makeup_days == {}
    assert not holidays.provisional


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("{", "cú pháp JSON"),
        ("[]", "đối tượng JSON"),
        ('{"year": 2027, "days_off": []}', '"year" phải là 2028'),
        ('{"year": "2028", "days_off": []}', '"year" phải là 2028'),
        ('{"year": 2028}', '"days_off" phải là một danh sách'),
        ('{"year": 2028, "days_off": [], "makeup_day": []}', "khóa không được hỗ trợ"),
        ('{"year": 2028, "provisional": "yes", "days_off": []}', "true hoặc false"),
        ('{"year": 2028, "days_off": [{"date": "2028-01-01"}]}', '"date" và "name"'),
        ('{"year": 2028, "days_off": [{"date": "01/01/2028", "name": "x"}]}', "YYYY-MM-DD"),
        ('{"year": 2028, "days_off": [{"date": "2028-02-30", "name": "x"}]}', "không tồn tại"),
        ('{"year": 2028, "days_off": [{"date": "2029-01-01", "name": "x"}]}', "không thuộc năm"),
        ('{"year": 2028, "days_off": [{"date": "2028-01-01", "name": " "}]}', "để trống"),
        (
            '{"year": 2028, "days_off": [{"date": "2028-01-01", "name": "a"},'
            ' {"date": "2028-01-01", "name": "b"}]}',
            "lặp lại",
        ),
        (
            '{"year": 2028, "days_off": [{"date": "2028-01-03", "name": "a"}],'
            ' "makeup_days": [{"date": "2028-01-03", "name": "b"}]}',
            "vừa là ngày nghỉ vừa là ngày làm bù",
        ),
    ],
)
def test_a_malformed_file_is_refused_in_vietnamese(text: str, detail: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_holiday_json(text, 2028)
    assert caught.value.message.startswith("Tệp ngày nghỉ năm 2028 không hợp lệ: ")
    assert detail in caught.value.message


def test_a_malformed_office_file_is_reported_when_loaded(tmp_path: Path) -> None:
    (tmp_path / "2027.json").write_text('{"year": 2027, "days_off": [', encoding="utf-8")
    with pytest.raises(InputError, match="Tệp ngày nghỉ năm 2027 không hợp lệ"):
        load_holiday_year(2027, tmp_path)
    (tmp_path / "2026.json").write_bytes(b'{"year": 2026, "days_off": [], "note": "\xff"}')
    with pytest.raises(InputError, match="UTF-8"):
        load_holiday_year(2026, tmp_path)


@pytest.mark.parametrize(
    ("culture_day", "weekday_after"),
    [(date(2029, 11, 24), date(2029, 11, 26)), (date(2030, 11, 24), date(2030, 11, 25))],
    ids=["2029-saturday", "2030-sunday"],
)
def test_culture_day_on_a_weekend_gives_a_weekday_off_only_when_set(
    culture_day: date, weekday_after: date
) -> None:
    """holidays.culture_day_compensated: 24/11 is reported to sit outside the Labour Code's
    list of holidays moved off a weekend (DOMAIN §3), so by default no make-up day."""
    year = culture_day.year
    plain = statutory_holidays(year).days_off
    assert culture_day in plain and weekday_after not in plain
    assert WorkingCalendar().is_working_day(weekday_after)
    compensated = statutory_holidays(year, culture_day_compensated=True).days_off
    assert "Nghỉ bù cho Ngày Văn hóa Việt Nam" in compensated[weekday_after]
    assert not WorkingCalendar(culture_day_compensated=True).is_working_day(weekday_after)
    assert load_holiday_year(year, culture_day_compensated=True).days_off == compensated


def test_other_holidays_on_a_weekend_are_compensated_either_way() -> None:
    # 2/9/2029 is a Sunday: the adjacent day is 3/9 and the compensation goes to 4/9.
    for compensated in (False, True):
        days = statutory_holidays(2029, culture_day_compensated=compensated).days_off
        assert date(2029, 9, 4) in days


def test_every_shipped_year_names_its_legal_source() -> None:
    files = sorted(shipped_holidays_dir().glob("*.json"))
    assert files
    for path in files:
        year = load_holiday_year(int(path.stem))
        assert year.source.strip(), path.name
    assert "Thông báo số 9441/TB-BNV" in load_holiday_year(2026).source
    assert "Bộ luật Lao động 2019, Điều 112" in load_holiday_year(2027).source
