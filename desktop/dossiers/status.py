"""National status codes (TrangThaiHoSo), channels, and the transitions an officer may record."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum


class Status(IntEnum):
    SUBMITTED = 1
    ACCEPTED = 2
    REFUSED = 3
    IN_PROGRESS = 4
    WAITING_SUPPLEMENT = 5
    WAITING_FEE = 6
    WITHDRAWN = 7
    STOPPED = 8
    RESOLVED = 9
    RETURNED = 10

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[Status, str] = {
    Status.SUBMITTED: "Mới đăng ký",
    Status.ACCEPTED: "Được tiếp nhận",
    Status.REFUSED: "Không được tiếp nhận",
    Status.IN_PROGRESS: "Đang xử lý",
    Status.WAITING_SUPPLEMENT: "Yêu cầu bổ sung giấy tờ",
    Status.WAITING_FEE: "Yêu cầu thực hiện nghĩa vụ tài chính",
    Status.WITHDRAWN: "Công dân yêu cầu rút hồ sơ",
    Status.STOPPED: "Dừng xử lý",
    Status.RESOLVED: "Đã xử lý xong",
    Status.RETURNED: "Đã trả kết quả",
}

# The deadline clock runs in these statuses (must match db.models.CLOCK_RUNNING_SQL).
CLOCK_RUNNING = frozenset({Status.ACCEPTED, Status.IN_PROGRESS, Status.WAITING_FEE})
# Statuses that end processing (the end time of the national on-time test).
FINAL = frozenset(
    {Status.REFUSED, Status.WITHDRAWN, Status.STOPPED, Status.RESOLVED, Status.RETURNED}
)


class Channel(IntEnum):
    COUNTER = 1
    ONLINE = 2
    POST = 3


CHANNEL_LABELS = {
    Channel.COUNTER: "Trực tiếp",
    Channel.ONLINE: "Trực tuyến",
    Channel.POST: "Bưu chính",
}


class Action(StrEnum):
    RECEIVE = "receive"
    ACCEPT = "accept"
    REFUSE = "refuse"
    TRANSFER = "transfer"
    SUPPLEMENT = "supplement"
    RESUME = "resume"
    REQUEST_FEE = "request_fee"
    PAY_FEE = "pay_fee"
    EXTEND = "extend"
    RESOLVE = "resolve"
    RETURN = "return"
    WITHDRAW = "withdraw"
    STOP = "stop"


@dataclass(frozen=True)
class Rule:
    sources: frozenset[Status]
    target: Status | None  # None: the status does not change (an extension)
    label: str


S = Status
RULES: dict[Action, Rule] = {
    Action.ACCEPT: Rule(frozenset({S.SUBMITTED}), S.ACCEPTED, "Tiếp nhận hồ sơ"),
    Action.REFUSE: Rule(frozenset({S.SUBMITTED}), S.REFUSED, "Từ chối tiếp nhận"),
    Action.TRANSFER: Rule(frozenset({S.ACCEPTED, S.IN_PROGRESS}), S.IN_PROGRESS, "Chuyển xử lý"),
    Action.SUPPLEMENT: Rule(
        frozenset({S.SUBMITTED, S.ACCEPTED, S.IN_PROGRESS}),
        S.WAITING_SUPPLEMENT,
        "Yêu cầu bổ sung hồ sơ",
    ),
    Action.RESUME: Rule(frozenset({S.WAITING_SUPPLEMENT}), S.IN_PROGRESS, "Tiếp nhận bổ sung"),
    Action.REQUEST_FEE: Rule(
        frozenset({S.ACCEPTED, S.IN_PROGRESS}), S.WAITING_FEE, "Yêu cầu nộp phí, lệ phí"
    ),
    Action.PAY_FEE: Rule(frozenset({S.WAITING_FEE}), S.IN_PROGRESS, "Đã nộp phí, lệ phí"),
    Action.EXTEND: Rule(
        frozenset({S.ACCEPTED, S.IN_PROGRESS, S.WAITING_FEE}), None, "Xin lỗi, gia hạn"
    ),
    Action.RESOLVE: Rule(
        frozenset({S.ACCEPTED, S.IN_PROGRESS, S.WAITING_FEE}), S.RESOLVED, "Đã xử lý xong"
    ),
    Action.RETURN: Rule(frozenset({S.RESOLVED}), S.RETURNED, "Trả kết quả"),
    Action.WITHDRAW: Rule(
        frozenset({S.SUBMITTED, S.ACCEPTED, S.IN_PROGRESS, S.WAITING_SUPPLEMENT, S.WAITING_FEE}),
        S.WITHDRAWN,
        "Công dân rút hồ sơ",
    ),
    Action.STOP: Rule(
        frozenset({S.ACCEPTED, S.IN_PROGRESS, S.WAITING_SUPPLEMENT, S.WAITING_FEE}),
        S.STOPPED,
        "Dừng xử lý",
    ),
}


def allowed_actions(status: Status) -> list[Action]:
    """The actions the state machine allows from ``status``, in menu order."""
    return [action for action, rule in RULES.items() if status in rule.sources]


def target_status(action: Action, current: Status) -> Status:
    rule = RULES[action]
    return current if rule.target is None else rule.target
