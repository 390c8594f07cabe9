"""The Vietnamese wording of form II.06a and its indicators (PDF, XLSX and CSV share it)."""

from __future__ import annotations

TITLE = "TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
SUBTITLE = "tại cơ quan, đơn vị trực tiếp giải quyết thủ tục hành chính"
FORM_CODE = "Biểu số II.06a/VPCP/KSTT"
REPORTING_UNIT = "Đơn vị báo cáo: {unit}"
RECEIVING_UNIT = "Đơn vị nhận báo cáo: {unit}"
PERIOD = "Kỳ báo cáo: {label}"
UNFINISHED = "Kỳ báo cáo chưa kết thúc — số liệu tính đến {time} ngày {day}"
UNIT = "Đơn vị tính: hồ sơ"
BY_FIELD = "Lĩnh vực giải quyết"
BY_PROCEDURE = "Thủ tục hành chính"
TOTAL = "Tổng cộng"
NUMBER = "STT"

RECEIVED = "Số hồ sơ nhận giải quyết"
RESULTS = "Kết quả giải quyết"
RECEIVED_TOTAL = "Tổng số"
NEW = "Số mới tiếp nhận"
ONLINE = "Trực tuyến"
COUNTER = "Trực tiếp, dịch vụ bưu chính"
CARRIED = "Số từ kỳ trước chuyển qua"
RESOLVED = "Số hồ sơ đã giải quyết"
IN_PROGRESS = "Số hồ sơ đang giải quyết"
TOTAL_SHORT = "Tổng số"
EARLY = "Trước hạn"
ON_TIME = "Đúng hạn"
LATE = "Quá hạn"
WITHIN = "Trong hạn"
OVERDUE = "Quá hạn"

# Flat headers for CSV (and the chart), numbered as the form numbers its columns.
COLUMN_NAMES = (
    "(3) Tổng số nhận giải quyết",
    "(4) Mới tiếp nhận trực tuyến",
    "(5) Mới tiếp nhận trực tiếp, bưu chính",
    "(6) Từ kỳ trước chuyển qua",
    "(7) Tổng số đã giải quyết",
    "(8) Trước hạn",
    "(9) Đúng hạn",
    "(10) Quá hạn",
    "(11) Tổng số đang giải quyết",
    "(12) Trong hạn",
    "(13) Quá hạn",
)

INDICATORS = "CÁC CHỈ SỐ CỦA KỲ BÁO CÁO"
IND_ON_TIME = "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn"
IND_OVERDUE = "Tỷ lệ hồ sơ quá hạn (đã giải quyết quá hạn và đang quá hạn)"
IND_ONLINE = "Tỷ lệ hồ sơ tiếp nhận trực tuyến"
IND_SATISFACTION = "Mức độ hài lòng (số ý kiến hài lòng / số ý kiến)"
IND_FEES = "Phí, lệ phí đã thu"
IND_CASHLESS = "Tỷ lệ lượt nộp phí không dùng tiền mặt"
IND_DIGITISED = "Tỷ lệ hồ sơ số hóa (thành phần hồ sơ và kết quả)"
IND_ELECTRONIC_RESULTS = "Tỷ lệ kết quả giải quyết được số hóa"
IND_REUSED = "Tỷ lệ hồ sơ tái sử dụng giấy tờ đã số hóa"
FEES_HEAD = ("Hình thức thu", "Số tiền (đồng)")
CHART_TITLE = "Kết quả giải quyết theo lĩnh vực"
CHART_SERIES = ("Trước hạn", "Đúng hạn", "Quá hạn", "Đang quá hạn")
MAKER = "NGƯỜI LẬP BIỂU"
HEAD = "THỦ TRƯỞNG CƠ QUAN"
SIGN_HINT = "(Ký, ghi rõ họ tên)"
SHEET_FORM = "II.06a"
SHEET_INDICATORS = "Chỉ số"
EMPTY = "Không có hồ sơ nào trong kỳ báo cáo."
