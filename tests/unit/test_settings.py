"""Settings declared once: typed fields, old files upgraded on load, `config set` by type."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.errors import InputError, StorageError
from desktop.settings import (
    SETTINGS_FILE,
    SETTINGS_VERSION,
    Settings,
    field_types,
    load_settings,
    lookup_address,
    save_settings,
)

# A value other than the default for every settable key, as typed after `config set`.
TYPED = {
    "office.code": ("000.00.01.H40", "000.00.01.H40"),
    "database.url": ("postgresql://motcua@may-chu/motcua", "postgresql://motcua@may-chu/motcua"),
    "officer": ("Nguyễn Thị Hoa", "Nguyễn Thị Hoa"),
    "numbering.start": ("20", 20),
    "numbering.end": ("900", 900),
    "language": ("en", "en"),
    "report.window": ("rolling", "rolling"),
    "sync.url": ("https://dichvucong.example.vn/api", "https://dichvucong.example.vn/api"),
    "sync.user": ("xa-an-binh", "xa-an-binh"),
    "sync.auth_url": ("https://sso.example.vn/token", "https://sso.example.vn/token"),
    "sync.integration_url": ("https://lgsp.example.vn/dvc", "https://lgsp.example.vn/dvc"),
    "sync.files_url": ("https://lgsp.example.vn/tep", "https://lgsp.example.vn/tep"),
    "sync.max_batch": ("20", 20),
    "sync.timeout": ("30", 30),
    "sync.interval": ("120", 120),
    "sync.lookup_pause": ("0.5", 0.5),
    "sync.id_type_personal": ("CCCD", "CCCD"),
    "sync.id_type_old_card": ("CMND", "CMND"),
    "sync.submission_place": ("1", "1"),
    "privacy.retention_months": ("24", 24),
    "lock.idle_minutes": ("5", 5),
    "board.target_on_time": ("98,5", 98.5),
    "board.target_overdue": ("3.5", 3.5),
    "attachments.folder": ("/srv/motcua-tep", "/srv/motcua-tep"),
    "attachments.max_file_mb": ("10", 10),
    "attachments.max_dossier_mb": ("50", 50),
    "scan.device": ("test:0", "test:0"),
    "scan.resolution": ("200", 200),
    "scan.mode": ("Color", "Color"),
    "scan.watch_folder": ("/srv/may-photo", "/srv/may-photo"),
    "officer.phone": ("0912 345 678", "0912345678"),
    "forms.folder": ("/srv/mau-in", "/srv/mau-in"),
    "report.supplement_rule": ("first_request", "first_request"),
    "report.withdrawn_rule": ("on_time", "on_time"),
    "report.receiving_unit": ("UBND tỉnh  Hà Tĩnh", "UBND tỉnh Hà Tĩnh"),
    "holidays.culture_day_compensated": ("true", True),
    "payment.bank_bin": (" 970415 ", "970415"),
    "payment.account_number": ("1133 6666 8888", "113366668888"),
    "payment.account_name": ("Ủy ban nhân dân xã An Bình", "UY BAN NHAN DAN XA AN BINH"),
    "receipt.lookup_url": ("https://dvc.example.gov.vn/tra-cuu?ma={code}",) * 2,
    "citizen_screen.enabled": ("false", False),
    "print.printer": ("  HP LaserJet  quầy 1 ", "HP LaserJet quầy 1"),
    "print.form01_copies": ("2", 2),
}


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("payment.bank_bin", "97041", "6 chữ số"),
        ("print.form01_copies", "6", "từ 1 đến 5"),
        ("print.form01_copies", "0", "từ 1 đến 5"),
        ("payment.bank_bin", "VCB123", "6 chữ số"),
        ("payment.account_number", "12345", "từ 6 đến 19"),
        ("payment.account_number", "1234567890ABC", "chỉ gồm chữ số"),
        ("payment.account_name", "X" * 51, "tối đa 50"),
        ("receipt.lookup_url", "ftp://dvc.example.gov.vn/{code}", "http"),
        ("receipt.lookup_url", "https://dvc.example.gov.vn/tra-cuu", "{code}"),
        ("receipt.lookup_url", "dvc.example.gov.vn/{code}", "https://"),
    ],
)
def test_payment_and_lookup_keys_refuse_bad_values(key: str, value: str, message: str) -> None:
    settings = Settings()
    with pytest.raises(InputError, match=message):
        settings.set(key, value)


def test_the_payment_account_needs_its_bin_and_number() -> None:
    settings = Settings()
    settings.set("payment.bank_bin", "970415")
    assert settings.payment_account() is None
    settings.set("payment.account_number", "113366668888")
    account = settings.payment_account()
    assert account is not None and (account.bank_bin, account.number) == ("970415", "113366668888")


def test_the_lookup_address_takes_the_code() -> None:
    template = "https://dvc.example.gov.vn/tra-cuu?ma={code}"
    code = "000.00.00.H56-250101-0001"
    assert lookup_address(template, code) == f"https://dvc.example.gov.vn/tra-cuu?ma={code}"
    assert lookup_address("", code) == code


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("report.supplement_rule", "dung_han"),
        ("report.withdrawn_rule", "within"),
        ("report.receiving_unit", ""),
        ("holidays.culture_day_compensated", "maybe"),
    ],
)
def test_report_and_holiday_keys_refuse_unknown_values(key: str, value: str) -> None:
    settings = Settings()
    with pytest.raises(InputError):
        settings.set(key, value)


def test_counting_rules_default_to_what_the_desk_always_did() -> None:
    settings = Settings()
    assert (settings.report_supplement_rule, settings.report_withdrawn_rule) == (
        "within",
        "appointment",
    )
    assert settings.holidays_culture_day_compensated is False


def test_every_settable_key_is_covered_and_declared() -> None:
    assert set(TYPED) == set(Settings.SETTABLE)
    types = field_types()
    assert all(attr in types for attr in Settings.SETTABLE.values())


@pytest.mark.parametrize("key", sorted(TYPED))
def test_each_declared_key_round_trips(tmp_path: Path, key: str) -> None:
    typed, expected = TYPED[key]
    settings = Settings()
    settings.set(key, typed)
    save_settings(tmp_path, settings)
    loaded = load_settings(tmp_path)
    value = getattr(loaded, Settings.SETTABLE[key])
    assert value == expected and type(value) is type(expected)
    assert loaded == settings


def test_an_old_file_with_extra_keys_loads_into_the_fields(tmp_path: Path) -> None:
    old = {
        "version": 1,
        "office_code": "000.00.01.H40",
        "extra": {"idle_lock_minutes": 3, "target_on_time": 98, "target_overdue": 2.5},
    }
    (tmp_path / SETTINGS_FILE).write_text(json.dumps(old), encoding="utf-8")
    settings = load_settings(tmp_path)
    assert settings.idle_lock_minutes == 3 and settings.office_code == "000.00.01.H40"
    assert settings.target_on_time == 98.0 and settings.target_overdue == 2.5
    assert settings.version == SETTINGS_VERSION
    save_settings(tmp_path, settings)
    written = json.loads((tmp_path / SETTINGS_FILE).read_text(encoding="utf-8"))
    assert "extra" not in written and written["idle_lock_minutes"] == 3


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ({"version": 1, "extra": {"idle_lock_minute": 3}}, "idle_lock_minute"),
        ({"version": 2, "sync_pasword": "x"}, "sync_pasword"),
    ],
)
def test_an_unknown_key_is_refused_by_name(tmp_path: Path, content: object, named: str) -> None:
    (tmp_path / SETTINGS_FILE).write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(StorageError, match=f"không biết: {named}"):
        load_settings(tmp_path)


def test_a_wrong_type_in_the_file_or_a_newer_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / SETTINGS_FILE
    path.write_text(json.dumps({"version": 2, "idle_lock_minutes": "mười"}), encoding="utf-8")
    with pytest.raises(StorageError, match="idle_lock_minutes phải là số nguyên"):
        load_settings(tmp_path)
    path.write_text(json.dumps({"version": SETTINGS_VERSION + 1}), encoding="utf-8")
    with pytest.raises(StorageError, match="phiên bản Một cửa mới hơn"):
        load_settings(tmp_path)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("lock.idle_minutes", "năm", "phải là số nguyên"),
        ("lock.idle_minutes", "2.5", "phải là số nguyên"),
        ("board.target_on_time", "cao", "phải là một số"),
        ("board.target_overdue", "nan", "phải là một số"),
        ("board.target_on_time", "120", "từ 0 đến 100"),
        ("lock.idle_minutes", "0", "từ 1 đến 480"),
    ],
)
def test_a_wrong_type_is_refused_in_vietnamese(key: str, value: str, message: str) -> None:
    settings = Settings()
    with pytest.raises(InputError, match=message):
        settings.set(key, value)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("sync.id_type_personal", ""),
        ("sync.id_type_old_card", " "),
        ("sync.submission_place", "x" * 21),
    ],
)
def test_a_province_code_empty_or_too_long_is_refused(key: str, value: str) -> None:
    settings = Settings()
    with pytest.raises(InputError, match="tài liệu kết nối của tỉnh"):
        settings.set(key, value)


@pytest.mark.parametrize("key", ["sync.auth_url", "sync.integration_url", "sync.files_url"])
def test_a_province_url_set_alone_is_checked(key: str) -> None:
    settings = Settings()
    with pytest.raises(InputError, match="HTTPS") as refused:
        settings.set(key, "http://lgsp.example.vn/x")
    assert refused.value.field == key
    settings.set(key, "http://127.0.0.1:8765/x")  # loopback: the reference server


@pytest.mark.parametrize("value", ["0", "1001"])
def test_max_batch_out_of_range_is_refused(value: str) -> None:
    with pytest.raises(InputError, match=r"sync\.max_batch"):
        Settings().set("sync.max_batch", value)


def test_a_demo_profile_refuses_any_province_url_beyond_this_machine() -> None:
    settings = Settings(demo=True, sync_url="http://127.0.0.1:8765")
    with pytest.raises(InputError, match="hồ sơ mẫu"):
        settings.set("sync.integration_url", "https://lgsp.example.vn/dvc")
