"""`motcua audit verify` and `motcua audit list`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.common import Invocation, emit

EXIT_BROKEN = 1


def cmd_audit_verify(run: Invocation) -> int:
    check = run.desk().audit_trail.verify()
    if check.ok:
        emit(
            run,
            {
                "ok": True,
                "checked": check.checked,
                "head": {"seq": check.head_seq, "hash": check.head_hash},
            },
            f"Nhật ký kiểm tra toàn vẹn: {check.checked} dòng, chuỗi băm khớp "
            f"(dòng cuối {check.head_seq}, {check.head_hash[:16]}…).",
        )
        return 0
    problem = check.problem
    assert problem is not None
    value = {
        "ok": False,
        "checked": check.checked,
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
        f"Lỗi: nhật ký bị can thiệp {where}: {problem.reason}. {check.checked} dòng trước đó khớp.",
        file=sys.stderr,
    )
    return EXIT_BROKEN


def cmd_audit_list(run: Invocation) -> int:
    lines = run.desk().audit_trail.latest(run.args.limit)
    value = [
        {
            "seq": e.seq,
            "at_utc": e.at_utc,
            "officer": e.officer,
            "action": e.action,
            "record": e.record,
            "detail": e.detail,
        }
        for e in lines
    ]
    text = "\n".join(
        f"{e.seq:>7} {e.at_utc:%Y-%m-%d %H:%M:%S}Z {e.officer:<16} {e.action:<22} {e.record}"
        for e in lines
    )
    emit(run, value, text or "Nhật ký trống.")
    return 0


def add_commands(sub: argparse._SubParsersAction[Any], add: Any) -> None:
    add(sub, "verify", cmd_audit_verify, "kiểm tra chuỗi băm của nhật ký (exit 1 nếu bị sửa)")
    p = add(sub, "list", cmd_audit_list, "các dòng nhật ký mới nhất")
    p.add_argument("--limit", type=int, default=50)
