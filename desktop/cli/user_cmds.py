"""`motcua user add|passwd|disable|list` and the first admin of `motcua init --admin`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from desktop.accounts.admin import DeskAccounts
from desktop.accounts.roles import Role
from desktop.cli.common import Invocation, emit
from desktop.errors import InputError

NEW_PASSWORD_ENV = "MOTCUA_NEW_PASSWORD"
ADMIN_PASSWORD_ENV = "MOTCUA_ADMIN_PASSWORD"


def ask_password(env: str, who: str) -> str:
    """From ``env``, else typed twice at a terminal."""
    value = os.environ.get(env, "")
    if value:
        return value
    if not sys.stdin.isatty():
        raise InputError(f"Cần mật khẩu cho {who}: đặt biến môi trường {env}.", field="password")
    first = getpass.getpass(f"Mật khẩu mới cho {who}: ")
    if first != getpass.getpass("Nhập lại: "):
        raise InputError("Hai lần nhập mật khẩu không khớp.", field="password")
    return first


def create_first_admin(run: Invocation, username: str) -> None:
    """The office's first admin (``init --admin``); refused once an account exists."""
    accounts = run.desk().accounts
    accounts.check_first_admin()
    accounts.add_first_admin(username, ask_password(ADMIN_PASSWORD_ENV, username))


def _new_password(accounts: DeskAccounts, who: str, own: str | None = None) -> str:
    """``who``'s new password, asked only once the officer may set it (``own``: a password
    change, allowed for one's own account too)."""
    accounts.check_allowed(own)
    return ask_password(NEW_PASSWORD_ENV, who)


def cmd_user_add(run: Invocation) -> int:
    accounts, args = run.desk().accounts, run.args
    password = _new_password(accounts, args.username)
    account = accounts.add(args.username, args.full_name or "", args.role, password, password)
    emit(
        run,
        {"username": account.username, "role": account.role},
        f"Đã tạo tài khoản {account.username} ({account.role_label}).",
    )
    return 0


def cmd_user_passwd(run: Invocation) -> int:
    accounts, username = run.desk().accounts, run.args.username
    password = _new_password(accounts, username, own=username)
    accounts.set_password(username, password, password)
    emit(run, {"username": username}, f"Đã đổi mật khẩu của {username}.")
    return 0


def cmd_user_disable(run: Invocation) -> int:
    run.desk().accounts.disable(run.args.username)
    emit(run, {"username": run.args.username}, f"Đã khóa tài khoản {run.args.username}.")
    return 0


def cmd_user_enable(run: Invocation) -> int:
    run.desk().accounts.enable(run.args.username)
    emit(run, {"username": run.args.username}, f"Đã mở lại tài khoản {run.args.username}.")
    return 0


def cmd_user_list(run: Invocation) -> int:
    rows = [
        {
            "username": a.username,
            "full_name": a.full_name,
            "role": a.role,
            "active": a.active,
            "locked_until": a.locked_until,
            "last_login_at": a.last_login_at,
        }
        for a in run.desk().accounts.rows()
    ]
    emit(
        run,
        rows,
        "\n".join(
            f"{r['username']:<20} {r['role']:<8} {'hoạt động' if r['active'] else 'đã khóa'}"
            for r in rows
        )
        or "Chưa có tài khoản nào.",
    )
    return 0


def add_commands(sub: argparse._SubParsersAction[Any], add: Any) -> None:
    p = add(sub, "add", cmd_user_add, "tạo tài khoản (mật khẩu: MOTCUA_NEW_PASSWORD hoặc nhập)")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--full-name")
    p = add(sub, "passwd", cmd_user_passwd, "đổi mật khẩu")
    p.add_argument("username")
    p = add(sub, "disable", cmd_user_disable, "khóa tài khoản")
    p.add_argument("username")
    p = add(sub, "enable", cmd_user_enable, "mở lại tài khoản đã khóa")
    p.add_argument("username")
    add(sub, "list", cmd_user_list, "danh sách tài khoản")
