"""A procedure version's time limit, as the deadline calendar counts it."""

from __future__ import annotations

from db.models import ProcedureVersion
from desktop.calendar import LimitUnit, TimeLimit
from desktop.errors import InputError


def time_limit(version: ProcedureVersion) -> TimeLimit:
    """The version's time limit; :class:`InputError` when no source confirmed it (an
    unconfirmed catalogue entry never counts as a 0-day limit)."""
    if version.time_limit is None:
        raise InputError(
            f"Thủ tục {version.procedure.code} chưa có thời hạn giải quyết được xác nhận trong "
            "danh mục, nên chưa tính được ngày hẹn trả: nạp danh mục của tỉnh (hoặc tệp danh "
            "mục có ghi thời hạn) rồi tiếp nhận.",
            field="procedure",
        )
    return TimeLimit(version.time_limit, LimitUnit(version.time_unit), version.cutoff_15h)
