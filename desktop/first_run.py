"""The first run of a desk: the office, its hours, the province's address and the first admin.

The window's wizard collects the answers page by page (each page checks its part with the
functions here) and :func:`complete_first_run` stores them together: the office, its
catalogue, the admin account and the settings file in one transaction. Nothing is stored until
every answer has passed its check, and a failure leaves the profile as the wizard found it
(the wizard simply shows again at the next start).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from desktop.accounts import store
from desktop.accounts.admin import add_account, check_repeated
from desktop.accounts.roles import Role
from desktop.accounts.store import SignedIn
from desktop.audit import chain as audit
from desktop.calendar import OfficeHours
from desktop.errors import InputError, StorageError
from desktop.office_setup import OfficeInfo, store_office
from desktop.profile import Profile
from desktop.settings import save_settings
from desktop.text import clean_text


@dataclass(frozen=True)
class SyncAnswers:
    """The province's address and this office's account there; all optional."""

    url: str = ""
    user: str = ""
    password: str = ""

    def __post_init__(self) -> None:
        url = self.url.strip()
        user = clean_text(
            self.user,
            field="sync_user",
            label_vi="Tài khoản cổng tỉnh",
            max_len=100,
            required=False,
        )
        if url:
            from desktop.sync.gateway import check_url  # httpx only when a URL is given

            check_url(url)
        elif user or self.password:
            raise InputError(
                "Nhập địa chỉ cổng tỉnh, hoặc để trống cả tài khoản và mật khẩu.", field="url"
            )
        object.__setattr__(self, "url", url)
        object.__setattr__(self, "user", user)


@dataclass(frozen=True)
class AdminAnswers:
    """The office's first admin; the password typed twice."""

    username: str
    password: str
    repeated: str
    full_name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "username", store.check_username(self.username))
        object.__setattr__(
            self,
            "full_name",
            clean_text(
                self.full_name, field="full_name", label_vi="Họ tên", max_len=100, required=False
            ),
        )
        check_repeated(self.password, self.repeated)


@dataclass(frozen=True)
class FirstRunAnswers:
    office: OfficeInfo
    hours: OfficeHours
    sync: SyncAnswers
    admin: AdminAnswers


@dataclass(frozen=True)
class FirstRunResult:
    signed: SignedIn
    warning: str = ""  # something the officer should know but that did not stop the setup


def complete_first_run(profile: Profile, answers: FirstRunAnswers, now: datetime) -> FirstRunResult:
    """Store the answers; returns the admin, signed in. Refused once the office exists.

    The office, its catalogue, the admin and their audit lines go in one transaction; the
    settings file is written inside it, just before the commit, so a failure anywhere leaves
    either nothing or (commit failed) a settings file naming an office the database does not
    have, which only brings the wizard back. The province password goes to the operating
    system's keyring last: a machine without one gets a warning, not a failed setup."""
    if not profile.needs_first_run():
        raise InputError("Văn phòng đã được khởi tạo; sửa thiết lập ở trang Thiết lập.")
    sync, admin = answers.sync, answers.admin
    info = replace(answers.office, hours=answers.hours)
    settings = replace(
        profile.settings, office_code=info.code, sync_url=sync.url, sync_user=sync.user
    )
    try:
        with profile.db.session() as session, session.begin():
            if store.has_accounts(session):
                raise InputError("Văn phòng đã có tài khoản; đăng nhập bằng tài khoản đó.")
            outcome = store_office(session, info, now)
            key = profile.audit_key
            audit.append(
                session,
                key,
                admin.username,
                "office.setup",
                info.code,
                {"procedures_added": outcome.added, "sync": bool(sync.url)},
            )
            account = add_account(
                session,
                key,
                None,
                admin.username,
                admin.password,
                Role.ADMIN.value,
                now,
                admin.full_name,
            )
            signed = SignedIn(account.username, account.full_name, account.role)
            session.flush()
            save_settings(profile.data_dir, settings)
    except IntegrityError:
        raise StorageError(
            "Một quầy khác vừa khởi tạo văn phòng này trong cơ sở dữ liệu chung; đóng rồi mở lại "
            "phần mềm và đăng nhập."
        ) from None
    profile.settings = settings
    return FirstRunResult(signed, _keep_password(sync))


def _keep_password(sync: SyncAnswers) -> str:
    """The province password into the keyring; the warning to show when there is none."""
    if not sync.password:
        return ""
    from desktop.sync.credentials import PASSWORD_ENV, store_password

    try:
        store_password(sync.url, sync.user, sync.password)
    except StorageError:
        return (
            "Văn phòng đã được khởi tạo, nhưng máy này không có kho mật khẩu của hệ điều hành nên "
            "chưa lưu mật khẩu cổng tỉnh. Nhờ cán bộ CNTT cài kho mật khẩu (ví dụ gnome-keyring) "
            "rồi lưu mật khẩu ở trang Cài đặt › Đồng bộ, hoặc đặt biến môi trường "
            f"{PASSWORD_ENV}."
        )
    return ""
