"""Every fixed text printed on the forms, in one place an office can adjust.

The exact wording of the 2025 annex forms (Circular 03/2025/TT-VPCP) was not available
(DOMAIN §5, [check]): these follow the usual one-stop forms. Templates are trusted ReportLab
markup (``<b>``, ``<i>``, ``<br/>``); ``{placeholders}`` are filled with values that the
builders escape first, so a value can never add markup of its own.
"""

from __future__ import annotations

# -- shared -----------------------------------------------------------------------------
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
FORM_LABEL = "Mẫu số {form}"
REPRINT = "BẢN IN LẠI (lần {n})"
PAGE = "Trang {n}"
SIGN_HINT = "(Ký, ghi rõ họ tên)"
SIGN_HINT_SEAL = "(Ký, ghi rõ họ tên, đóng dấu)"
BLANK = "................................"
COUNTER = "Bộ phận Một cửa – {office}"
ADDRESSEE = "Kính gửi: Ông/Bà <b>{name}</b>"
CODE_LINE = "Mã hồ sơ: <b>{code}</b>"
APPLICANT_LINE = "Họ và tên người nộp hồ sơ: <b>{name}</b>"
ADDRESS_LINE = "Địa chỉ: {address}"
PHONE_LINE = "Số điện thoại: {phone}"
REQUEST_LINE = "Nội dung yêu cầu giải quyết: {summary}"
PROCEDURE_LINE = "Thủ tục hành chính: {procedure}"
CREATOR = "Motcua Desk"

# -- 01 receipt and appointment slip ------------------------------------------------------
TITLE_01 = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
COPIES_01 = ("Liên 1: Giao người nộp hồ sơ", "Liên 2: Lưu tại bộ phận Một cửa")
INTRO_01 = "Bộ phận Một cửa – {office} đã tiếp nhận hồ sơ của:"
NAME_01 = "Ông/Bà: <b>{name}</b>"
ID_01 = "Số định danh cá nhân: {id_number}; số điện thoại: {phone}"
EMAIL_01 = "Thư điện tử: {email}"
# Book: the year of receipt; number: the dossier's place among those the office received that
# year, in the register's order (the line of a register printed for the whole year).
BOOK_01 = "Vào Sổ theo dõi hồ sơ, Quyển số: {book}, Số thứ tự: {number}"
DOCUMENTS_01 = "Thành phần hồ sơ gồm:"
DOC_HEADERS_01 = ("STT", "Tên giấy tờ", "Bản chính", "Bản sao")
SHOWN_MARK = "(xuất trình)"  # in a paper's name: shown at the counter, not kept
SHOWN_01 = "Xuất trình"
SETS_01 = "Số lượng hồ sơ: <b>{sets}</b> bộ"
LIMIT_01 = "Thời hạn giải quyết theo quy định: {limit}"
RECEIVED_01 = "Thời gian nhận hồ sơ: <b>{time}</b>"
APPOINTMENT_01 = "Thời gian trả kết quả giải quyết hồ sơ: <b>{time}</b>"
COLLECT_01 = "Nơi nhận kết quả: {place}"
COLLECT_POST_01 = "Qua dịch vụ bưu chính công ích, đến địa chỉ: {address}"
NOTE_01 = (
    "<i>Lưu ý: Người nộp hồ sơ mang theo Giấy tiếp nhận này khi đến nhận kết quả; "
    "tra cứu tình trạng hồ sơ bằng mã hồ sơ hoặc mã QR.</i>"
)
TRANSFER_01 = "<b>Quét để chuyển khoản lệ phí</b> (ứng dụng ngân hàng bất kỳ)"
BANK_01 = "Ngân hàng (mã BIN): {bank_bin}; số tài khoản: <b>{account}</b>"
HOLDER_01 = "Chủ tài khoản: {name}"
AMOUNT_01 = "Số tiền: <b>{amount} đồng</b> ({words})"
PURPOSE_01 = "Nội dung chuyển khoản: {code}"
SIGNERS_01 = ("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ")
SAME_DAY = "Trong ngày"
SAME_DAY_CUTOFF = "Trong ngày (hồ sơ nhận sau 15 giờ: trả trong ngày làm việc tiếp theo)"

# -- 02 request to supplement ------------------------------------------------------------
TITLE_02 = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"
INTRO_02 = (
    "Vào lúc {requested}, Bộ phận Một cửa – {office} nhận hồ sơ của Ông/Bà <b>{name}</b> "
    "đề nghị giải quyết thủ tục: {procedure}."
)
ASK_02 = (
    "Sau khi xem xét thành phần hồ sơ, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ "
    "gồm những nội dung sau:"
)
ITEM_02 = "{n}. {content}"
REASON_02 = "<i>Lý do: {reason}</i>"
REASON_ALL_02 = "Lý do: {reason}"
CONTACT_02 = (
    "Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ "
    "cán bộ hướng dẫn <b>{officer}</b>, số điện thoại: {phone}, Bộ phận Một cửa – {office} "
    "để được hướng dẫn."
)
SIGNERS_02 = ("NGƯỜI HƯỚNG DẪN",)

# -- 03 refusal ----------------------------------------------------------------------------
TITLE_03 = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"
INTRO_03 = (
    "Vào lúc {received}, Bộ phận Một cửa – {office} nhận được hồ sơ của Ông/Bà "
    "<b>{name}</b> đề nghị giải quyết thủ tục: {procedure}."
)
REASON_INTRO_03 = (
    "Sau khi nghiên cứu, đối chiếu với quy định hiện hành, Bộ phận Một cửa từ chối "
    "tiếp nhận hồ sơ này với lý do sau:"
)
CLOSE = "Xin thông báo để Ông/Bà được biết và thực hiện."
SIGNERS_03 = ("NGƯỜI TIẾP NHẬN HỒ SƠ",)

# -- 04 apology and extension --------------------------------------------------------------
TITLE_04 = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"
BODY_04 = (
    "{office} đã tiếp nhận hồ sơ mã số <b>{code}</b> của Ông/Bà vào lúc {received}, "
    "giải quyết thủ tục: {procedure}. Thời gian hẹn trả kết quả: <b>{original}</b>."
)
DELAY_04 = "Tuy nhiên, hồ sơ chưa thể giải quyết đúng hẹn. Lý do: {reason}"
APOLOGY_04 = (
    "Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {office} thành thật xin lỗi và đề nghị "
    "được gia hạn thời gian giải quyết; thời gian hẹn trả kết quả mới: <b>{new}</b>."
)
THANKS_04 = "Rất mong nhận được sự thông cảm của Ông/Bà."
SIGNERS_04 = ("THỦ TRƯỞNG CƠ QUAN",)

# -- 05 stop notice ------------------------------------------------------------------------
TITLE_05 = "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"
BODY_05 = (
    "{office} đã tiếp nhận hồ sơ mã số <b>{code}</b> của Ông/Bà vào lúc {received}, "
    "đề nghị giải quyết thủ tục: {procedure}."
)
STOP_05 = "{office} thông báo dừng giải quyết hồ sơ nêu trên kể từ {stopped}."
REASON_05 = "Lý do: {reason}"
SIGNERS_05 = ("THỦ TRƯỞNG CƠ QUAN",)

# -- 06 control sheet ----------------------------------------------------------------------
TITLE_06 = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"
OWNER_06 = "(Kèm theo hồ sơ của Ông/Bà <b>{name}</b>)"
RECEIVED_06 = "Thời gian tiếp nhận: {time}"
APPOINTMENT_06 = "Thời gian hẹn trả kết quả: {time}"
LEAD_06 = "Cơ quan, đơn vị chủ trì giải quyết: <b>{unit}</b>"
COORDINATING_06 = "Cơ quan, đơn vị phối hợp giải quyết: {units}"
HEADERS_06 = (
    "STT",
    "Tên cơ quan, đơn vị",
    "Thời gian giao, nhận hồ sơ",
    "Người giao",
    "Người nhận",
    "Kết quả giải quyết (trước hạn/ đúng hạn/ quá hạn)",
    "Ghi chú",
)
UNIT_CELL_06 = "Giao: {giver_unit}<br/>Nhận: {receiver_unit}"
TIMING = {"early": "Trước hạn", "on_time": "Đúng hạn", "late": "Quá hạn"}

# -- 07 register ---------------------------------------------------------------------------
TITLE_07 = "SỔ THEO DÕI HỒ SƠ"
PERIOD_07 = "Từ ngày {start} đến ngày {end}"
HEADERS_07 = (
    "STT",
    "Mã hồ sơ",
    "Tên thủ tục",
    "Số bộ",
    "Tên tổ chức, cá nhân",
    "Địa chỉ",
    "Số điện thoại",
    "Nhận hồ sơ",
    "Hẹn trả kết quả",
    "Nhận kết quả",
    "Trả kết quả (người giao/ người nhận)",
    "Ghi chú",
)
TOTAL_07 = "Tổng số: <b>{n}</b> hồ sơ"
EMPTY_07 = "Không có hồ sơ nào được tiếp nhận trong khoảng thời gian này."

# -- names an office may print under a signature (in its template): the head of the office
SIGNER_NAME_04 = ""
SIGNER_NAME_05 = ""
