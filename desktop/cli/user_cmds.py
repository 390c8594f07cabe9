"""`motcua user add|passwd|disable|list` and the first admin of `motcua init --admin`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from desktop.accounts import store
from desktop.accounts.admin import (
    add_account,
    change_password,
    disable_account,
    enable_account,
)
from desktop.accounts.roles import ROLE_LABELS, Permission, Role
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
    profile = run.profile()
    with profile.db.session() as session, session.begin():
        if store.has_accounts(session):
            raise InputError("Văn phòng đã có tài khoản; dùng `motcua user add`.", field="admin")
        password = ask_password(ADMIN_PASSWORD_ENV, username)
        add_account(
            session, profile.audit_key, None, username, password, Role.ADMIN.value, run.now()
        )


def cmd_user_add(run: Invocation) -> int:
    run.require(Permission.USERS)
    password = ask_password(NEW_PASSWORD_ENV, run.args.username)
    with run.writing() as (session, ctx):
        account = add_account(
            session,
            ctx.audit_key,
            ctx.officer,
            run.args.username,
            password,
            run.args.role,
            run.now(),
            run.args.full_name or "",
        )
    emit(
        run,
        {"username": account.username, "role": account.role},
        f"Đã tạo tài khoản {account.username} ({ROLE_LABELS[Role(account.role)]}).",
    )
    return 0


def cmd_user_passwd(run: Invocation) -> int:
    signed = run.signed_in()
    if signed is None or signed.username != run.args.username.strip().lower():
        run.require(Permission.USERS)  # one's own password, or an admin
    password = ask_password(NEW_PASSWORD_ENV, run.args.username)
    with run.writing() as (session, ctx):
        change_password(session, ctx.audit_key, ctx.officer, run.args.username, password)
    emit(run, {"username": run.args.username}, f"Đã đổi mật khẩu của {run.args.username}.")
    return 0


def cmd_user_disable(run: Invocation) -> int:
    run.require(Permission.USERS)
    with run.writing() as (session, ctx):
        disable_account(session, ctx.audit_key, ctx.officer, run.args.username)
    emit(run, {"username": run.args.username}, f"Đã khóa tài khoản {run.args.username}.")
    return 0


def cmd_user_enable(run: Invocation) -> int:
    run.require(Permission.USERS)
    with run.writing() as (session, ctx):
        enable_account(session, ctx.audit_key, ctx.officer, run.args.username)
    emit(run, {"username": run.args.username}, f"Đã mở lại tài khoản {run.args.username}.")
    return 0


def cmd_user_list(run: Invocation) -> int:
    run.require(Permission.USERS)
    with run.reading() as (session, _ctx):
        accounts = store.list_accounts(session)
        rows = [
            {
                "username": a.username,
                "full_name": a.full_name,
                "role": a.role,
                "active": a.active,
                "locked_until": a.locked_until,
                "last_login_at": a.last_login_at,
            }
            for a in accounts
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
