"""Catalogue commands: list what is in force, import and export files, load this release's list."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from desktop.catalogue.choices import ProcedureChoice
from desktop.catalogue.store import ImportOutcome
from desktop.cli.common import Invocation, emit
from desktop.errors import InputError
from desktop.files import os_reason

UNITS_VI = {"working_days": "ngày làm việc", "working_hours": "giờ làm việc"}


def cmd_catalogue_list(run: Invocation) -> int:
    choices = run.desk().procedures()
    if run.args.unconfirmed:
        choices = [c for c in choices if not c.confirmed]
    lines = [_line(c) for c in choices]
    unconfirmed = sum(1 for c in choices if not c.confirmed)
    lines += [f"{len(choices)} thủ tục đang hiệu lực; {unconfirmed} chưa xác nhận (*)."]
    emit(run, [asdict(c) | {"takes_dossiers": c.takes_dossiers} for c in choices], "\n".join(lines))
    return 0


def _line(choice: ProcedureChoice) -> str:
    if not choice.takes_dossiers:
        limit = "chưa rõ thời hạn"
    elif choice.time_unit == "same_day":
        limit = "trong ngày" + (" (sau 15h: hôm sau)" if choice.cutoff_15h else "")
    else:
        limit = f"{choice.time_limit} {UNITS_VI.get(choice.time_unit, choice.time_unit)}"
    mark = " " if choice.confirmed else "*"
    until = f"; hết hiệu lực {choice.effective_to:%d/%m/%Y}" if choice.effective_to else ""
    return f"{mark}{choice.code:<10} {choice.field_code:<5} {choice.name} — {limit}{until}"


def cmd_catalogue_import(run: Invocation) -> int:
    _report(run, run.desk().office.import_catalogue_file(Path(run.args.file)))
    return 0


def cmd_catalogue_update(run: Invocation) -> int:
    """The list shipped with this release: versions not stored yet are added, none changed."""
    _report(run, run.desk().office.load_shipped_catalogue())
    return 0


def _report(run: Invocation, outcome: ImportOutcome) -> None:
    emit(
        run,
        asdict(outcome),
        f"Đã nhập {outcome.added} phiên bản mới; "
        f"{outcome.unchanged} đã có; {outcome.procedures} thủ tục trong tệp."
        + "".join(f"\n- {note}" for note in outcome.notes),
    )


def cmd_catalogue_export(run: Invocation) -> int:
    data = run.desk().office.export_catalogue()
    target = Path(run.args.file)
    try:
        target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"Không ghi được tệp {target}: {os_reason(exc)}.") from None
    emit(
        run,
        {"file": str(target), "versions": len(data)},
        f"Đã xuất {len(data)} phiên bản thủ tục ra {target}.",
    )
    return 0
