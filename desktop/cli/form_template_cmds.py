"""`motcua form-template list|show|check|reset`: the office's wording of the forms.

The office edits ``formNN.json`` in the forms folder (setting ``forms.folder``); ``show NN``
prints the wording in use as such a file, a start for the office's own.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.cli.common import Invocation, emit
from desktop.errors import InputError


def _form(run: Invocation) -> str:
    from desktop.printing.service import form_number

    return form_number(run.args.form)


def cmd_form_template_list(run: Invocation) -> int:
    states = run.desk().forms.states()
    rows: list[dict[str, Any]] = [
        {"form": s.form, "file": str(s.path), "office_file": s.office_file, "problem": s.problem}
        for s in states
    ]
    lines = [f"Mẫu {s.form}: {_kind(s.office_file, s.problem)} ({s.path})" for s in states]
    emit(run, rows, "\n".join(lines))
    return 0


def _kind(office_file: bool, problem: str) -> str:
    if problem:
        return "mẫu mặc định — tệp của cơ quan có LỖI, chạy 'motcua form-template check'"
    return "mẫu của cơ quan" if office_file else "mẫu mặc định"


def cmd_form_template_show(run: Invocation) -> int:
    document = run.desk().forms.template(_form(run))
    print(json.dumps(document, ensure_ascii=False, indent=2))
    return 0


def cmd_form_template_check(run: Invocation) -> int:
    problems = run.desk().forms.problems()
    if problems:
        raise InputError("\n".join(problems), field="form-template")
    emit(run, {"ok": True}, "Các mẫu in của cơ quan đều dùng được.")
    return 0


def cmd_form_template_reset(run: Invocation) -> int:
    form = _form(run)
    kept = run.desk().forms.reset(form)
    if kept is None:
        text = f"Mẫu {form} đang dùng mẫu mặc định (cơ quan không có tệp riêng)."
    else:
        text = f"Mẫu {form} đã về mẫu mặc định; tệp cũ của cơ quan được giữ lại ở {kept}."
    emit(run, {"form": form, "kept": str(kept) if kept else None}, text)
    return 0
