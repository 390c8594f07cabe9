"""How answers are read (SYNC.md v2 §1–§2, §4): success codes, the dialect a login allows."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.outbox.queue import ItemKind
from desktop.sync.dialects import choose
from desktop.sync.dialects.base import Sent, succeeded
from desktop.sync.errors import Refused


@pytest.mark.parametrize(
    ("code", "ok"),
    [
        (0, True),
        ("0", True),
        ("00", True),
        (-1, False),
        ("-1", False),
        (False, False),
        (None, False),
    ],
)
def test_success_codes(code: Any, ok: bool) -> None:
    assert succeeded({"error_code": code}) is ok


def test_extended_only_when_results_offered() -> None:
    assert choose([]).name == "national"
    assert choose(["online", "reconcile"]).name == "national"
    assert choose(["results"]).name == "extended"


def test_national_reads_whole_call_answers_and_sends_no_extension_keys() -> None:
    record = {"MaHoSo": "X", "RecordVersion": 2, "IdempotencyKey": "k", "ChuHoSo": "A"}
    sent = [Sent(ItemKind.DOSSIER, "X", 2, "k", record, updating=True)]
    national = choose([])
    (sent_record,) = national.records(sent)
    assert sent_record["MaHoSo"] == "X" and sent_record["ChuHoSo"] == "A"
    assert not {"RecordVersion", "IdempotencyKey"} & set(sent_record)
    assert all(isinstance(v, str | list) for v in sent_record.values())
    assert [o.verdict for o in national.read(sent, {"error_code": "00"}) or []] == ["updated"]
    with pytest.raises(Refused, match="ChuHoSo"):
        national.read(sent, {"error_code": "-1", "message": "Hồ sơ X: ChuHoSo rỗng"})
