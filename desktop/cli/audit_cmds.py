"""`motcua audit verify` and `motcua audit list`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sqlalchemy import select

from db.models import AuditEntry
from desktop.accounts.roles import Permission
from desktop.audit.chain import head, verify
from desktop.cli.common import Invocation, emit

EXIT_BROKEN = 1


def cmd_audit_verify(run: Invocation) -> int:
    run.require(Permission.AUDIT)
    profile = run.profile()
    with profile.db.read_session() as session, session.begin():
        verdict = verify(session, profile.audit_key)
        last_seq, last_hash = head(session)
    if verdict.ok:
        emit(
            run,
            {"ok": True, "checked": verdict.checked, "head": {"seq": last_seq, "hash": last_hash}},
            f"Nhật ký kiểm tra toàn vẹn: {verdict.checked} dòng, chuỗi băm khớp "
            f"(dòng cuối {last_seq}, {last_hash[:16]}…).",
        )
        return 0
    problem = verdict.problem
    assert problem is not None
    value = {
        "ok": False,
        "checked": verdict.checked,
        "seq": problem.seq,
        "id": problem.entry_id,
        "reason": problem.reason,
    }
    if run.json:
        emit(run, value)
    where = (
        f"tại dòng số {problem.seq} (id {problem.entry_id})"
        if problem.entry_id
        else "sau khi các dòng trong cơ sở dữ liệu đã khớp"
    )
    print(
        f"Lỗi: nhật ký bị can thiệp {where}: {problem.reason}. "
        f"{verdict.checked} dòng trước đó khớp.",
        file=sys.stderr,
    )
    return EXIT_BROKEN


def cmd_audit_list(run: Invocation) -> int:
    run.require(Permission.AUDIT)
    profile = run.profile()
    with profile.db.read_session() as session, session.begin():
        rows = list(
            session.scalars(
                select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(run.args.limit)
            )
        )
    value = [
        {
            "seq": e.seq,
            "at_utc": e.at_utc,
            "officer": e.officer,
            "action": e.action,
            "record": e.record,
            "detail": e.detail,
        }
        for e in rows
    ]
    text = "\n".join(
        f"{e.seq:>7} {e.at_utc:%Y-%m-%d %H:%M:%S}Z {e.officer:<16} {e.action:<22} {e.record}"
        for e in rows
    )
    emit(run, value, text or "Nhật ký trống.")
    return 0


def add_commands(sub: argparse._SubParsersAction[Any], add: Any) -> None:
    add(sub, "verify", cmd_audit_verify, "kiểm tra chuỗi băm của nhật ký (exit 1 nếu bị sửa)")
    p = add(sub, "list", cmd_audit_list, "các dòng nhật ký mới nhất")
    p.add_argument("--limit", type=int, default=50)
