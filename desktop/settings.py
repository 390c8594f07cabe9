"""Typed settings of one office profile, kept in ``settings.json`` in the profile folder.

Environment variables override the file for headless runs: ``MOTCUA_DATABASE_URL``.
Secrets (sync password) are never stored here.

Every setting is a declared field with its type and default; nothing is read from a loose
dictionary. A file written by an older version is upgraded on load, one version at a time
(:data:`UPGRADES`); a key the program does not know, or a value of the wrong type, is refused
with a message naming it (a typo must not be silently ignored).
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, get_type_hints
from urllib.parse import quote, urlsplit

from platformdirs import user_data_dir
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from desktop.errors import InputError, StorageError
from desktop.files import private_folder, write_atomically
from desktop.text import clean_text

if TYPE_CHECKING:
    from desktop.payments.vietqr import PaymentAccount

HOME_ENV = "MOTCUA_HOME"
DATABASE_URL_ENV = "MOTCUA_DATABASE_URL"
SETTINGS_FILE = "settings.json"
DATABASE_FILE = "motcua.db"
SETTINGS_VERSION = 2  # 2: the window's keys left "extra" for declared fields
OFFICER_MAX = 100
PRINT_COPIES_MAX = 5
MAX_BATCH_LIMIT = 1000  # records a call, at most (SYNC.md §5.6)
# The province's URLs as `config set` names them, with their fields.
URL_KEYS = {
    "sync.url": "sync_url",
    "sync.auth_url": "sync_auth_url",
    "sync.integration_url": "sync_integration_url",
    "sync.files_url": "sync_files_url",
}
CODE_MAX = 20  # a code of the province's integration sheet
CODE_SLOT = "{code}"  # where receipt.lookup_url takes the dossier code


SCAN_MODES = ("Gray", "Color", "Lineart")
# Form II.06a's two cells provinces count differently (desktop/reports/count_rules.py).
SUPPLEMENT_RULES = ("within", "on_time", "first_request")
WITHDRAWN_RULES = ("appointment", "on_time")
# After the 2025 reform a commune reports to the province (no district in between).
RECEIVING_UNIT = "Văn phòng Ủy ban nhân dân tỉnh"
BOOL_TEXT = {"true": True, "1": True, "có": True, "false": False, "0": False, "không": False}


@dataclass
class Settings:
    """What one workstation needs to know; the office's own data lives in the database."""

    version: int = SETTINGS_VERSION
    office_code: str = ""
    database_url: str = ""
    officer: str = "can-bo"
    number_range_start: int = 1
    number_range_end: int = 9999
    language: str = "vi"
    report_window: str = "calendar"
    sync_url: str = ""
    sync_auth_url: str = ""  # login URL when it is not {sync.url}/auth
    sync_integration_url: str = ""  # services URL when it is not {sync.url}/integration
    sync_files_url: str = ""  # file upload URL (SYNC.md §3); "": files stay at the desk
    sync_max_batch: int = 50  # records a call when the login answer names no max_batch
    sync_user: str = ""
    sync_timeout: int = 15  # seconds a call may take before it counts as unanswered
    sync_interval: int = 60  # seconds between background runs of the desk
    sync_lookup_pause: float = 0.2  # seconds between TraCuuHoSo calls (reconciling, baseline)
    # Codes the province's integration sheet fixes (SYNC.md §2.1); ours until it says otherwise.
    sync_id_type_personal: str = "1"  # LoaiDinhDanh of the 12-digit personal number
    sync_id_type_old_card: str = "2"  # LoaiDinhDanh of the old 9-digit identity card
    sync_submission_place: str = ""  # NoiNopHoSo of this counter ("": not sent)
    retention_months: int = 60  # personal data kept this long after processing ended
    demo: bool = False  # made by `motcua demo` / `motcua --demo`: never syncs to a province
    idle_lock_minutes: int = 10  # the window locks after this long without keyboard or mouse
    target_on_time: float = 99.5  # per cent of results early or on time, at least (board)
    target_overdue: float = 5.0  # per cent of dossiers overdue, below (board)
    attachments_folder: str = ""  # a shared folder for the files ("": the profile or the DB)
    attachments_max_file_mb: int = 20  # one file at most this many MB
    attachments_max_dossier_mb: int = 100  # a dossier's files together at most this many MB
    scan_device: str = ""  # the SANE / TWAIN / WIA device ("": the first one found)
    scan_resolution: int = 150  # dots per inch (150–200 keeps an A4 page near 100–300 KB)
    scan_mode: str = "Gray"  # Gray, Color or Lineart
    scan_watch_folder: str = ""  # where a multifunction printer drops its scans ("": none)
    officer_phone: str = ""  # this desk's officer's phone, printed on form 02 ("": by hand)
    forms_folder: str = ""  # the office's form templates ("": the profile's `forms` folder)
    report_supplement_rule: str = "within"  # within, on_time or first_request (DOMAIN §6)
    report_withdrawn_rule: str = "appointment"  # appointment or on_time
    report_receiving_unit: str = RECEIVING_UNIT  # "Đơn vị nhận báo cáo" of form II.06a
    # 24/11 (Ngày Văn hóa Việt Nam) on a weekend gives the next working day off (DOMAIN §3)
    holidays_culture_day_compensated: bool = False
    # The office's account fees are transferred to, printed as a VietQR (DOMAIN §11)
    payment_bank_bin: str = ""  # the bank's BIN, 6 digits ("": no transfer QR)
    payment_account_number: str = ""
    payment_account_name: str = ""  # as the bank prints it: upper case, no marks
    receipt_lookup_url: str = ""  # the province's lookup page with {code} ("": the QR is the code)
    citizen_screen_enabled: bool = True  # a second monitor shows the citizen what is entered
    print_printer: str = ""  # the printer the preview offers first ("": the system's default)
    print_form01_copies: int = 1  # times form 01 is printed (its PDF holds both "liên")

    # Keys a user may set with `motcua config set KEY VALUE`, as dotted names.
    SETTABLE: ClassVar[dict[str, str]] = {
        "office.code": "office_code",
        "database.url": "database_url",
        "officer": "officer",
        "numbering.start": "number_range_start",
        "numbering.end": "number_range_end",
        "language": "language",
        "report.window": "report_window",
        "sync.url": "sync_url",
        "sync.auth_url": "sync_auth_url",
        "sync.integration_url": "sync_integration_url",
        "sync.files_url": "sync_files_url",
        "sync.max_batch": "sync_max_batch",
        "sync.user": "sync_user",
        "sync.timeout": "sync_timeout",
        "sync.interval": "sync_interval",
        "sync.lookup_pause": "sync_lookup_pause",
        "sync.id_type_personal": "sync_id_type_personal",
        "sync.id_type_old_card": "sync_id_type_old_card",
        "sync.submission_place": "sync_submission_place",
        "privacy.retention_months": "retention_months",
        "lock.idle_minutes": "idle_lock_minutes",
        "board.target_on_time": "target_on_time",
        "board.target_overdue": "target_overdue",
        "attachments.folder": "attachments_folder",
        "attachments.max_file_mb": "attachments_max_file_mb",
        "attachments.max_dossier_mb": "attachments_max_dossier_mb",
        "scan.device": "scan_device",
        "scan.resolution": "scan_resolution",
        "scan.mode": "scan_mode",
        "scan.watch_folder": "scan_watch_folder",
        "officer.phone": "officer_phone",
        "forms.folder": "forms_folder",
        "report.supplement_rule": "report_supplement_rule",
        "report.withdrawn_rule": "report_withdrawn_rule",
        "report.receiving_unit": "report_receiving_unit",
        "holidays.culture_day_compensated": "holidays_culture_day_compensated",
        "payment.bank_bin": "payment_bank_bin",
        "payment.account_number": "payment_account_number",
        "payment.account_name": "payment_account_name",
        "receipt.lookup_url": "receipt_lookup_url",
        "citizen_screen.enabled": "citizen_screen_enabled",
        "print.printer": "print_printer",
        "print.form01_copies": "print_form01_copies",
    }

    def set(self, key: str, value: str) -> None:
        """Set one settable key from the text typed, parsed by the field's declared type."""
        attr = self.SETTABLE.get(key)
        if attr is None:
            raise InputError(f"Không có thiết lập '{key}'.", field="key")
        setattr(self, attr, _parse_text(key, field_types()[attr], value))
        if key in URL_KEYS and getattr(self, attr):
            from desktop.sync.endpoints import checked_url  # httpx only when a URL is set

            checked_url(getattr(self, attr), key)
        self.check()

    def check(self) -> None:
        self.officer = clean_text(
            self.officer, field="officer", label_vi="Tên cán bộ", max_len=OFFICER_MAX
        )
        if not 1 <= self.sync_timeout <= 600 or not 5 <= self.sync_interval <= 86400:
            raise InputError(
                "sync.timeout phải từ 1 đến 600 giây; sync.interval từ 5 đến 86400 giây.",
                field="sync",
            )
        if not 0 <= self.sync_lookup_pause <= 60:
            raise InputError("sync.lookup_pause phải từ 0 đến 60 giây.", field="sync.lookup_pause")
        if not 1 <= self.sync_max_batch <= MAX_BATCH_LIMIT:
            raise InputError(
                f"sync.max_batch phải từ 1 đến {MAX_BATCH_LIMIT} hồ sơ một lần gửi.",
                field="sync.max_batch",
            )
        if not 1 <= self.attachments_max_file_mb <= self.attachments_max_dossier_mb <= 2000:
            raise InputError(
                "attachments.max_file_mb phải từ 1 MB và không quá attachments.max_dossier_mb "
                "(tối đa 2000 MB).",
                field="attachments",
            )
        if not 75 <= self.scan_resolution <= 600 or self.scan_mode not in SCAN_MODES:
            raise InputError(
                "scan.resolution phải từ 75 đến 600 dpi; scan.mode là Gray, Color hoặc Lineart.",
                field="scan",
            )
        if not 1 <= self.idle_lock_minutes <= 480:
            raise InputError("lock.idle_minutes phải từ 1 đến 480 phút.", field="idle_lock_minutes")
        if not (0 <= self.target_on_time <= 100 and 0 <= self.target_overdue <= 100):
            raise InputError(
                "board.target_on_time và board.target_overdue là phần trăm, từ 0 đến 100.",
                field="target",
            )
        if not 1 <= self.print_form01_copies <= PRINT_COPIES_MAX:
            raise InputError(
                f"Số bản in mẫu 01 phải từ 1 đến {PRINT_COPIES_MAX}.", field="print.form01_copies"
            )
        self.print_printer = clean_text(
            self.print_printer,
            field="print.printer",
            label_vi="Tên máy in",
            max_len=200,
            required=False,
        )
        if not 1 <= self.retention_months <= 1200:
            raise InputError(
                "privacy.retention_months phải từ 1 đến 1200 tháng.", field="retention_months"
            )
        if self.officer_phone:
            from desktop.dossiers.validation import validate_phone

            self.officer_phone = validate_phone(self.officer_phone)
        self.check_codes()
        self.check_report()
        self.check_payment()
        if self.database_url:
            check_database_url(self.database_url)
        self.check_sync_target()
        if not 1 <= self.number_range_start <= self.number_range_end <= 9999:
            raise InputError(
                "Dải số hồ sơ của máy phải nằm trong 1–9999 và số đầu không lớn hơn số cuối.",
                field="numbering",
            )

    def sync_urls(self) -> tuple[str, ...]:
        """Every province URL set (the base and the separate ones)."""
        return tuple(getattr(self, URL_KEYS[k]) for k in URL_KEYS if getattr(self, URL_KEYS[k]))

    def check_codes(self) -> None:
        """The province's codes: short, and an identity type never empty."""
        codes = (self.sync_id_type_personal, self.sync_id_type_old_card)
        if not all(codes) or any(
            len(c) > CODE_MAX or c != c.strip() for c in (*codes, self.sync_submission_place)
        ):
            raise InputError(
                "sync.id_type_personal và sync.id_type_old_card là mã loại giấy tờ tùy thân "
                f"theo tài liệu kết nối của tỉnh (không để trống); các mã dài tối đa {CODE_MAX} "
                "ký tự, không có khoảng trắng ở đầu hay cuối.",
                field="sync.codes",
            )

    def check_report(self) -> None:
        """Form II.06a's counting rules are known values; the receiving unit is named."""
        if (
            self.report_supplement_rule not in SUPPLEMENT_RULES
            or self.report_withdrawn_rule not in WITHDRAWN_RULES
        ):
            raise InputError(
                f"report.supplement_rule là {', '.join(SUPPLEMENT_RULES)}; "
                f"report.withdrawn_rule là {', '.join(WITHDRAWN_RULES)}.",
                field="report",
            )
        self.report_receiving_unit = clean_text(
            self.report_receiving_unit,
            field="report.receiving_unit",
            label_vi="Đơn vị nhận báo cáo",
            max_len=200,
        )

    def check_payment(self) -> None:
        """The transfer account's fields as banks take them; the lookup address a web page."""
        from desktop.payments import vietqr

        if self.payment_bank_bin:
            self.payment_bank_bin = vietqr.checked_bin(self.payment_bank_bin)
        if self.payment_account_number:
            self.payment_account_number = vietqr.checked_account(self.payment_account_number)
        self.payment_account_name = vietqr.checked_name(self.payment_account_name)
        check_lookup_url(self.receipt_lookup_url)

    def payment_account(self) -> PaymentAccount | None:
        """The account fees are transferred to, when its BIN and number are both set."""
        from desktop.payments.vietqr import PaymentAccount

        if not (self.payment_bank_bin and self.payment_account_number):
            return None
        return PaymentAccount(
            self.payment_bank_bin, self.payment_account_number, self.payment_account_name
        )

    def check_sync_target(self) -> None:
        """A demo profile syncs only with the reference server on this machine (loopback):
        its invented dossiers must never reach a real province."""
        if not self.demo or not self.sync_urls():
            return
        from desktop.sync.gateway import is_loopback  # httpx only when a URL is set

        if not all(is_loopback(urlsplit(url).hostname or "") for url in self.sync_urls()):
            raise InputError(
                "Đây là hồ sơ mẫu (dữ liệu bịa ra để thử): chỉ được đồng bộ với máy chủ tỉnh "
                "mẫu chạy trên chính máy này (ví dụ http://127.0.0.1:8765), không bao giờ với "
                "cổng tỉnh thật. Đồng bộ với tỉnh từ hồ sơ văn phòng thật.",
                field="sync.url",
            )


def check_database_url(url: str) -> str:
    """A SQLite or PostgreSQL URL, or :class:`InputError` saying what one looks like."""
    example = "ví dụ postgresql://motcua:MẬT_KHẨU@may-chu/motcua"
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        raise InputError(
            f"URL cơ sở dữ liệu không hợp lệ ({example}).", field="database_url"
        ) from None
    if backend not in ("sqlite", "postgresql"):
        raise InputError(f"Chỉ dùng được SQLite hoặc PostgreSQL ({example}).", field="database_url")
    return url


def check_lookup_url(url: str) -> str:
    """ "" or an http(s) address with ``{code}`` where the dossier code goes."""
    parts = urlsplit(url)
    if url and (parts.scheme not in ("http", "https") or not parts.netloc or CODE_SLOT not in url):
        raise InputError(
            "receipt.lookup_url là địa chỉ trang tra cứu hồ sơ của tỉnh, bắt đầu bằng http:// "
            "hoặc https:// và có {code} ở chỗ mã hồ sơ (ví dụ "
            "https://dichvucong.example.gov.vn/tra-cuu?ma={code}); để trống thì mã QR chỉ "
            "mang mã hồ sơ.",
            field="receipt.lookup_url",
        )
    return url


def lookup_address(template: str, code: str) -> str:
    """What the receipt's QR carries: the lookup address with the code, or the code."""
    return template.replace(CODE_SLOT, quote(code, safe="")) if template else code


def default_data_dir() -> Path:
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env)
    return Path(user_data_dir("motcua", appauthor=False))


def demo_data_dir() -> Path:
    """Where `motcua --demo` keeps its demo profile (beside the office's own, never in it)."""
    return default_data_dir() / "demo"


def field_types() -> dict[str, type]:
    """Each declared setting's type (``int``, ``float``, ``str`` or ``bool``)."""
    hints = get_type_hints(Settings)
    return {f.name: hints[f.name] for f in fields(Settings)}


def _parse_text(key: str, kind: type, value: str) -> Any:
    """The text typed after `motcua config set KEY`, as the key's declared type."""
    text = value.strip()
    if kind is bool:
        if text.lower() not in BOOL_TEXT:
            raise InputError(f"Thiết lập '{key}' là true hoặc false.", field="value")
        return BOOL_TEXT[text.lower()]
    if kind is int:
        try:
            return int(text)
        except ValueError:
            raise InputError(f"Thiết lập '{key}' phải là số nguyên.", field="value") from None
    if kind is float:
        try:
            number = float(text.replace(",", "."))  # 99,5 as written in Vietnamese
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise InputError(
                f"Thiết lập '{key}' phải là một số (ví dụ 99,5).", field="value"
            ) from None
        return number
    return text


def _upgrade_v1(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept the window's keys (idle lock, board targets) in a dictionary "extra"."""
    extra = raw.pop("extra", None) or {}
    if not isinstance(extra, dict):
        raise StorageError(f'Tệp thiết lập {SETTINGS_FILE}: mục "extra" phải là một từ điển.')
    return {**extra, **raw}


# How a file of version N becomes version N + 1.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _upgrade_v1}


def upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """The content of a settings file of any known version, as the current version."""
    version = raw.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StorageError(f"Tệp thiết lập {SETTINGS_FILE} có số phiên bản hỏng: {version!r}.")
    if version > SETTINGS_VERSION:
        raise StorageError(
            f"Tệp thiết lập {SETTINGS_FILE} do phiên bản Một cửa mới hơn ghi (phiên bản "
            f"thiết lập {version}); hãy cài phiên bản mới nhất của chương trình rồi mở lại."
        )
    while version < SETTINGS_VERSION:
        raw = UPGRADES[version](raw)
        version += 1
    raw["version"] = SETTINGS_VERSION
    return raw


def settings_from(raw: dict[str, Any]) -> Settings:
    """Settings from a file's content (upgraded first); unknown keys and wrong types refused."""
    raw = upgrade(dict(raw))
    types = field_types()
    unknown = sorted(k for k in raw if k not in types)
    if unknown:
        raise StorageError(
            f"Tệp thiết lập {SETTINGS_FILE} có mục chương trình không biết: "
            f"{', '.join(unknown)}. Xóa (hoặc sửa đúng tên) mục đó trong tệp rồi mở lại; "
            "các mục đặt được xem bằng `motcua config show`."
        )
    return Settings(**{k: _checked_value(k, types[k], v) for k, v in raw.items()})


def _checked_value(name: str, kind: type, value: Any) -> Any:
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)  # 98 written for 98.0
    if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
        return value
    wanted = {int: "số nguyên", float: "số", str: "chuỗi chữ", bool: "true hoặc false"}[kind]
    raise StorageError(
        f"Tệp thiết lập {SETTINGS_FILE}: mục {name} phải là {wanted}, không phải "
        f"{json.dumps(value, ensure_ascii=False)}. Sửa mục đó trong tệp rồi mở lại."
    )


def load_settings(data_dir: Path) -> Settings:
    path = data_dir / SETTINGS_FILE
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StorageError(f"Không đọc được tệp thiết lập {path.name}: {exc}") from exc
    if not isinstance(raw, dict):
        raise StorageError(f"Tệp thiết lập {path.name} hỏng: không phải một từ điển JSON.")
    return settings_from(raw)


def save_settings(data_dir: Path, settings: Settings) -> None:
    """Write atomically: a power cut leaves the old file or the new one, never half."""
    private_folder(data_dir)
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2)
    try:
        write_atomically(data_dir / SETTINGS_FILE, text.encode("utf-8"))
    except OSError as exc:
        raise StorageError(
            f"Không lưu được thiết lập vào {data_dir} ({exc.strerror or exc}); "
            "thiết lập cũ vẫn giữ nguyên."
        ) from exc


def hide_password(url: str) -> str:
    """A database URL as it may be shown: its password hidden (an empty URL stays empty)."""
    return make_url(url).render_as_string(hide_password=True) if url else url


def change_setting(data_dir: Path, key: str, value: str) -> Settings:
    """Set one key of the settings file in ``data_dir`` from the text typed (checked first;
    the file is left as it was when the value is refused)."""
    return change_settings(data_dir, {key: value})


def change_settings(data_dir: Path, values: Mapping[str, str]) -> Settings:
    """Set several keys at once, as a settings page saves them: every value is checked before
    the file is written, and one refused value leaves the file as it was."""
    settings = load_settings(data_dir)
    for key, value in values.items():
        try:
            settings.set(key, value)
        except InputError as exc:  # the page marks the key's own field
            field = key if exc.field in ("value", None, "") else exc.field
            raise InputError(exc.message, field=field) from None
    save_settings(data_dir, settings)
    return settings


def database_url(data_dir: Path, settings: Settings, override: str | None = None) -> str:
    """The URL in force: the command line, then the environment, then the file, then SQLite."""
    url = override or os.environ.get(DATABASE_URL_ENV) or settings.database_url
    if url:
        return url
    return f"sqlite+pysqlite:///{data_dir / DATABASE_FILE}"
