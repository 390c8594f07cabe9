"""Helpers to take in dossiers in tests through the real services."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.dossiers.context import DeskContext
from desktop.dossiers.intake import parse_intake, receive
from desktop.dossiers.lifecycle import act
from desktop.dossiers.status import Action
from desktop.dossiers.step_input import ActionInput
from desktop.profile import Profile


def intake_json(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "procedure": "1.004873",
        "applicant": {
            "full_name": "Đặng Văn Ưng",
            "id_number": "001090012345",
            "birth_date": "1990-05-17",
            "phone": "0912345678",
            "email": "ung@example.vn",
            "address": "Thôn Đông, xã Hòa Bình",
        },
        "channel": 1,
        "summary": "Xác nhận tình trạng hôn nhân để đăng ký kết hôn",
        "sets": 1,
    }
    data.update(overrides)
    return data


def take_in(profile: Profile, ctx: DeskContext, now: datetime, **overrides: Any) -> str:
    request = parse_intake(intake_json(**overrides), today=now.date())
    with profile.db.session() as session, session.begin():
        return receive(session, ctx, request, now).code


def do(
    profile: Profile, ctx: DeskContext, code: str, action: Action, now: datetime, **fields: Any
) -> None:
    with profile.db.session() as session, session.begin():
        act(session, ctx, code, action, ActionInput(**fields), now)
