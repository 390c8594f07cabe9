"""The index in the format asked for: PDF (one page), XLSX or JSON."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from desktop.errors import InputError
from desktop.index.indicators import Indicator, NationalIndex, ProcedureTime


class IndexFormat(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"
    JSON = "json"


def index_format(value: str) -> IndexFormat:
    try:
        return IndexFormat(value.strip().lower())
    except ValueError:
        names = ", ".join(f.value for f in IndexFormat)
        raise InputError(f"Định dạng phải là một trong: {names}.", field="format") from None


def index_bytes(index: NationalIndex, fmt: IndexFormat) -> bytes:
    if fmt == IndexFormat.PDF:
        from desktop.index.index_pdf import build as pdf

        return pdf(index)
    if fmt == IndexFormat.XLSX:
        from desktop.index.index_xlsx import build as xlsx

        return xlsx(index)
    return json.dumps(index_json(index), ensure_ascii=False, indent=2).encode("utf-8")


def indicator_json(item: Indicator) -> dict[str, Any]:
    return {
        "code": item.code,
        "name": item.name,
        "numerator": item.numerator,
        "denominator": item.denominator,
        "value": item.value,
        "value_text": item.value_text,
        "formula": item.formula,
        "full_marks": item.full_marks,
        "target": item.target,
        "note": item.note,
    }


def _time_json(t: ProcedureTime) -> dict[str, Any]:
    return {
        "procedure": t.code,
        "name": t.name,
        "dossiers": t.dossiers,
        "average": round(t.average, 2),
        "limit": t.limit,
        "unit": t.unit,
        "within": t.within,
    }


def index_json(index: NationalIndex) -> dict[str, Any]:
    return {
        "office": {"code": index.office_code, "name": index.office_name},
        "period": {
            "month": f"{index.year}-{index.month:02d}",
            "from": index.period.first.isoformat(),
            "to": index.period.last.isoformat(),
            "unfinished": index.unfinished,
        },
        "made_at": index.made_at.isoformat(timespec="minutes"),
        "indicators": [indicator_json(i) for i in index.indicators],
        "handling_times": [_time_json(t) for t in index.times],
        "months": [{"month": p.label, "values": p.values} for p in index.months],
    }
