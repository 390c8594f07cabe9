"""Dossier commands: add, show, list, act, search."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.cli.common import Invocation, emit, fmt_time, warn
from desktop.dossiers.queries import DossierFilter
from desktop.dossiers.status import Action, Status
from desktop.dossiers.step_input import ActionInput
from desktop.dossiers.validation import parse_datetime_vn
from desktop.dossiers.views import DossierSummary
from desktop.errors import InputError
from desktop.files import os_reason

MAX_INPUT_BYTES = 1024 * 1024
DEADLINE_LABELS = {"on_time": "trong hạn", "due_soon": "sắp đến hạn", "overdue": "quá hạn"}

# CLI action names (with dashes) mapped to the state machine's actions.
CLI_ACTIONS = {a.value.replace("_", "-"): a for a in Action if a != Action.RECEIVE}


def _read_json(source: str) -> Any:
    from desktop.json_input import parse_json, read_json_file

    try:
        if source == "-":
            text = sys.stdin.read(MAX_INPUT_BYTES + 1)
            return parse_json(text, what_vi="Dữ liệu hồ sơ", max_chars=MAX_INPUT_BYTES)
        return read_json_file(Path(source), what_vi="Tệp hồ sơ", max_bytes=MAX_INPUT_BYTES)
    except FileNotFoundError:
        raise InputError(f"Không tìm thấy tệp {source}.") from None
    except UnicodeDecodeError:
        raise InputError("Dữ liệu hồ sơ phải là văn bản UTF-8.") from None
    except OSError as exc:  # a folder, no permission, a device that fails
        raise InputError(f"Không đọc được tệp {source}: {os_reason(exc)}.") from None


def cmd_dossier_add(run: Invocation) -> int:
    # The input is checked first (no profile needed to refuse it), then who is asking.
    from desktop.dossiers.intake_request import parse_intake

    request = parse_intake(_read_json(run.args.file), today=run.now().date())
    # The officer's own input is echoed in full (not a reveal of stored data).
    detail = run.desk().receive(request, warn=warn, echo=True)
    # Printed only now: the transaction is committed and durable.
    emit(run, detail, f"Đã tiếp nhận hồ sơ {detail.code}; hẹn trả {fmt_time(detail.appointment)}.")
    return 0


def cmd_dossier_show(run: Invocation) -> int:
    desk = run.desk()
    code = run.args.code
    detail = desk.reveal(code) if getattr(run.args, "reveal", False) else desk.detail(code)
    if run.json:
        emit(run, detail)
        return 0
    print(f"Hồ sơ {detail.code} — {detail.status_label} (phiên bản {detail.record_version})")
    print(f"  Thủ tục: {detail.procedure_code} {detail.procedure_name}")
    print(
        f"  Người nộp: {detail.applicant_name}  ĐDCN: {detail.applicant_id_number or '—'}"
        f"  ĐT: {detail.applicant_phone or '—'}"
    )
    print(
        f"  Tiếp nhận: {fmt_time(detail.received_at)}  Hẹn trả: {fmt_time(detail.appointment)}"
        f"  Hạn: {DEADLINE_LABELS.get(detail.deadline_state or '', '—')}"
    )
    print("  Quá trình:")
    for h in detail.history:
        print(
            f"   {h.seq:>2}. {fmt_time(h.at)} {h.action:<12} → {h.to_status:<2} {h.officer}"
            f" {h.note}".rstrip()
        )
    return 0


def _status_list(raw: list[str] | None) -> tuple[int, ...]:
    return tuple(_status(part) for item in raw or [] for part in item.split(","))


def _status(part: str) -> int:
    try:
        return int(Status(int(part)))
    except ValueError:
        raise InputError(f"Trạng thái '{part}' không hợp lệ (1–10).", field="status") from None


def _print_rows(rows: list[DossierSummary]) -> None:
    for r in rows:
        state = {"overdue": "QUÁ HẠN", "due_soon": "sắp đến hạn"}.get(r.deadline_state or "", "")
        print(
            f"{r.code}  {r.status:>2} {fmt_time(r.received_at)} → {fmt_time(r.appointment)}  "
            f"{r.applicant_name[:30]:<30} {r.procedure_code} {state}".rstrip()
        )
    print(f"({len(rows)} hồ sơ)")


def cmd_dossier_list(run: Invocation) -> int:
    args = run.args
    flt = DossierFilter(
        statuses=_status_list(args.status),
        procedure_code=args.procedure or "",
        field_code=args.field or "",
        channel=args.channel,
        received_from=_day(args.received_from, "from"),
        received_to=_day(args.received_to, "to"),
        due_soon=args.due_soon,
        overdue=args.overdue,
        limit=args.limit,
    )
    rows = run.desk().dossiers(flt, reveal=args.reveal)
    if run.json:
        emit(run, rows)
    else:
        _print_rows(rows)
    return 0


def _day(value: str | None, which: str) -> datetime | None:
    """A ``YYYY-MM-DD`` bound; ``--to`` includes the whole day."""
    if not value:
        return None
    start = parse_datetime_vn(f"{value} 00:00", field=which, label_vi="Ngày")
    return start + timedelta(days=1) if which == "to" else start


def cmd_search(run: Invocation) -> int:
    args = run.args
    rows = run.desk().search(args.text, limit=args.limit, reveal=args.reveal)
    if run.json:
        emit(run, rows)
    else:
        _print_rows(rows)
    return 0


def _action_input(args: argparse.Namespace) -> ActionInput:
    def when(value: str | None, field: str, label: str) -> Any:
        return parse_datetime_vn(value, field=field, label_vi=label) if value else None

    amount = args.amount
    return ActionInput(
        at=when(args.at, "at", "Thời điểm"),
        note=args.note or "",
        reason=args.reason or "",
        to_unit=args.to_unit or "",
        receiver=args.receiver or "",
        items=tuple(args.item or ()),
        new_appointment=when(args.new_appointment, "new_appointment", "Ngày hẹn mới"),
        recipient=args.recipient or "",
        fee_name=args.fee_name or "",
        fee_amount=amount,
        fee_method=args.method or "cash",
    )


def cmd_dossier_act(run: Invocation) -> int:
    action = CLI_ACTIONS.get(run.args.action)
    if action is None:
        names = ", ".join(CLI_ACTIONS)
        raise InputError(f"Thao tác '{run.args.action}' không có. Chọn một trong: {names}.")
    detail = run.desk().act(run.args.code, action, _action_input(run.args))
    emit(
        run,
        detail,
        f"Hồ sơ {detail.code}: {detail.status_label}; "
        f"hẹn trả {fmt_time(detail.appointment)} (phiên bản {detail.record_version}).",
    )
    return 0
