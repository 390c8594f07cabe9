"""Roles and what each may do. Services call :func:`require` with the acting context.

An office with no account yet (before ``motcua init --admin`` or the first-run dialog) runs
as one unnamed workstation with every permission; once the first admin exists, every action
needs a signed-in account whose role allows it.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.errors import PermissionDenied


class Role(StrEnum):
    OFFICER = "officer"  # tiếp nhận
    LEADER = "leader"  # lãnh đạo
    ADMIN = "admin"  # quản trị


ROLE_LABELS = {Role.OFFICER: "Cán bộ tiếp nhận", Role.LEADER: "Lãnh đạo", Role.ADMIN: "Quản trị"}
NO_ACCOUNTS = "*"  # the role of a workstation of an office without accounts yet


class Permission(StrEnum):
    INTAKE = "intake"
    ACT = "act"  # the ordinary steps: transfer, supplement, resolve, return …
    EXTEND = "extend"  # apology and new appointment (form 04)
    STOP = "stop"
    PRINT = "print"
    REVEAL = "reveal"
    REPORT = "report"
    SYNC = "sync"
    SETTINGS = "settings"
    USERS = "users"
    CATALOGUE = "catalogue"
    BACKUP = "backup"
    PRIVACY = "privacy"
    AUDIT = "audit"


P = Permission
OFFICER_CAN = {P.INTAKE, P.ACT, P.PRINT, P.REVEAL, P.SYNC}
ALLOWED: dict[Role, frozenset[Permission]] = {
    Role.OFFICER: frozenset(OFFICER_CAN),
    Role.LEADER: frozenset(OFFICER_CAN | {P.EXTEND, P.STOP, P.REPORT, P.AUDIT}),
    Role.ADMIN: frozenset(
        {P.SETTINGS, P.USERS, P.CATALOGUE, P.BACKUP, P.PRIVACY, P.AUDIT, P.SYNC, P.REPORT}
    ),
}
LABELS = {
    P.INTAKE: "tiếp nhận hồ sơ",
    P.ACT: "ghi nhận bước xử lý",
    P.EXTEND: "xin lỗi và gia hạn",
    P.STOP: "dừng xử lý",
    P.PRINT: "in biểu mẫu",
    P.REVEAL: "xem đầy đủ số định danh, điện thoại",
    P.REPORT: "lập và xuất báo cáo",
    P.SYNC: "đồng bộ với cổng tỉnh",
    P.SETTINGS: "thay đổi thiết lập",
    P.USERS: "quản lý tài khoản",
    P.CATALOGUE: "sửa danh mục thủ tục",
    P.BACKUP: "sao lưu và khôi phục",
    P.PRIVACY: "xóa hoặc xuất dữ liệu cá nhân",
    P.AUDIT: "xem nhật ký kiểm tra",
}


def allows(role: str, permission: Permission) -> bool:
    if role == NO_ACCOUNTS:
        return True
    try:
        return permission in ALLOWED[Role(role)]
    except ValueError:
        return False


def require(role: str, permission: Permission) -> None:
    """:class:`PermissionDenied` unless ``role`` may do ``permission``."""
    if allows(role, permission):
        return
    if not role:
        raise PermissionDenied("Cần đăng nhập (--user TÊN, mật khẩu ở MOTCUA_PASSWORD).")
    label = ROLE_LABELS.get(Role(role), role) if role in set(Role) else role
    raise PermissionDenied(f"Tài khoản vai trò '{label}' không được {LABELS[permission]}.")
