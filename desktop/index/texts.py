"""The Vietnamese wording of the national service index (Decision 766/QĐ-TTg, DOMAIN.md §10):
each indicator's name, its formula in words, the share that earns full marks and the seeds'
target (percent; ``None`` where no figure was found — [check] in DOMAIN.md).

The page, the command line, the PDF and the XLSX share these words.
"""

from __future__ import annotations

from dataclasses import dataclass

TITLE = "CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP"
SUBTITLE = "theo Quyết định 766/QĐ-TTg — số liệu của bộ phận Một cửa"
PERIOD = "Tháng {month:02d}/{year} ({label})"
CHART_TITLE = "Tỉ lệ giải quyết đúng hạn (2.1) trong 12 tháng"
CHECK_NOTE = (
    "Công thức và ngưỡng theo mô tả của hệ thống quốc gia, cần đối chiếu khi có văn bản mới; "
    "số liệu chỉ tính trên dữ liệu của bàn làm việc này."
)
NOT_COMPUTABLE = "không tính được"
NOT_SET = "—"

CODE = "Mã"
NAME = "Chỉ số"
NUMERATOR = "Tử số"
DENOMINATOR = "Mẫu số"
VALUE = "Giá trị"
FULL_MARKS = "Ngưỡng điểm tối đa"
TARGET = "Mục tiêu"
FORMULA = "Cách tính"
NOTE = "Ghi chú"
MONTH = "Tháng"

TIMES_TITLE = "2.2 — Thời gian giải quyết trung bình theo thủ tục"
PROCEDURE = "Thủ tục"
DOSSIERS = "Số hồ sơ"
AVERAGE = "Trung bình"
LIMIT = "Thời hạn"

NO_VNEID = (
    "Bàn làm việc chưa ghi nhận việc xác thực người nộp qua VNeID hoặc thẻ căn cước gắn chip, "
    "nên không có số liệu cho chỉ số này."
)
NO_RATINGS = "Chưa ghi nhận đánh giá hài lòng trong kỳ: chỉ trừ tỉ lệ hồ sơ trễ hạn."
RATINGS = "{answers} lượt đánh giá, {unhappy} không hài lòng."
CHANNELS = "Trực tuyến {online}, trực tiếp {counter}, bưu chính {post}."


@dataclass(frozen=True)
class Definition:
    code: str
    name: str
    formula: str
    full_marks: float | None
    target: float | None


DEFINITIONS: tuple[Definition, ...] = (
    Definition(
        "1.4",
        "Hồ sơ đồng bộ lên hệ thống của tỉnh",
        "Số hồ sơ tiếp nhận trong kỳ đã được tỉnh xác nhận (hồ sơ trực tuyến, hoặc đã gửi "
        "thành công) / số hồ sơ tiếp nhận trong kỳ.",
        100.0,
        100.0,
    ),
    Definition(
        "2.1",
        "Giải quyết đúng hạn",
        "Số hồ sơ kết thúc xử lý không muộn hơn ngày hẹn trả / số hồ sơ tiếp nhận hoặc giải "
        "quyết trong kỳ. Kết thúc xử lý: khi giải quyết xong, trả kết quả, dừng, rút; hồ sơ "
        "yêu cầu bổ sung kết thúc ở lần yêu cầu đầu, yêu cầu lần hai tính trễ hạn; hồ sơ còn "
        "mở tính đến cuối kỳ.",
        100.0,
        99.5,
    ),
    Definition(
        "2.2",
        "Thời gian giải quyết trong thời hạn",
        "Số thủ tục có thời gian giải quyết trung bình (giờ hành chính, trừ thời gian chờ bổ "
        "sung, theo đơn vị thời hạn của thủ tục) không vượt thời hạn / số thủ tục có hồ sơ "
        "giải quyết xong trong kỳ.",
        100.0,
        None,
    ),
    Definition(
        "3.3",
        "Tiếp nhận trực tuyến",
        "Số hồ sơ tiếp nhận trong kỳ qua kênh trực tuyến (KenhThucHien 2) / số hồ sơ tiếp "
        "nhận trong kỳ (trực tiếp, trực tuyến, bưu chính).",
        50.0,
        80.0,
    ),
    Definition(
        "3.6",
        "Thanh toán trực tuyến",
        "Số hồ sơ có phí, lệ phí đã nộp trực tuyến hoặc chuyển khoản / số hồ sơ tiếp nhận "
        "trong kỳ của thủ tục có phí, lệ phí (khác 0).",
        None,
        30.0,
    ),
    Definition(
        "4.1",
        "Kết quả điện tử",
        "Số hồ sơ giải quyết xong trong kỳ có tệp kết quả / số hồ sơ giải quyết xong trong kỳ "
        "(mọi kết quả của danh mục là giấy tờ).",
        None,
        None,
    ),
    Definition(
        "4.2",
        "Số hóa hồ sơ",
        "Số hồ sơ nộp trong kỳ có tệp thành phần hồ sơ và tệp kết quả / số hồ sơ nộp trong kỳ.",
        80.0,
        None,
    ),
    Definition(
        "4.3",
        "Tái sử dụng giấy tờ đã số hóa",
        "Số hồ sơ nộp trong kỳ có giấy tờ đánh dấu tái sử dụng / số hồ sơ nộp trong kỳ.",
        None,
        None,
    ),
    Definition(
        "4.4",
        "Giấy tờ lấy từ kho dữ liệu của công dân",
        "Số hồ sơ nộp trong kỳ có giấy tờ lấy từ kho dữ liệu cá nhân trên Cổng quốc gia "
        "(DuocLayTuKhoDMQG) / số hồ sơ nộp trong kỳ.",
        None,
        None,
    ),
    Definition(
        "4.5",
        "Khai thác dữ liệu dân cư",
        "Số hồ sơ có người nộp được xác thực qua VNeID hoặc thẻ căn cước gắn chip / số hồ sơ "
        "nộp trong kỳ.",
        None,
        None,
    ),
    Definition(
        "5.4",
        "Mức độ hài lòng",
        "100 % − (tỉ lệ hồ sơ trễ hạn + tỉ lệ hồ sơ bị đánh giá không hài lòng): (số hồ sơ "
        "tiếp nhận hoặc giải quyết trong kỳ − số trễ hạn − số không hài lòng) / số hồ sơ tiếp "
        "nhận hoặc giải quyết trong kỳ. Trễ hạn: giải quyết quá hạn hoặc đang quá hạn.",
        90.0,
        90.0,
    ),
)


def definition(code: str) -> Definition:
    return next(d for d in DEFINITIONS if d.code == code)


def percent_text(value: float | None) -> str:
    """``87,50 %`` (two decimals, Vietnamese comma), ``N/A`` for nothing to divide."""
    if value is None:
        return "N/A"
    return f"{value:.2f} %".replace(".", ",")


def target_text(value: float | None) -> str:
    return NOT_SET if value is None else f"≥ {percent_text(value)}"
