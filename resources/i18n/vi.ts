<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Accept</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Apologise and extend</source>
        <translation>Xin lỗi, gia hạn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Fees paid</source>
        <translation>Đã nộp phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Receive</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Refuse</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Request fees</source>
        <translation>Yêu cầu nộp phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Request supplement</source>
        <translation>Yêu cầu bổ sung hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Resolved</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Return result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Stop processing</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Supplement received</source>
        <translation>Tiếp nhận bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Transfer</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Withdraw</source>
        <translation>Công dân rút hồ sơ</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Amount (VND)</source>
        <translation>Số tiền (đồng)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Documents to supplement</source>
        <translation>Giấy tờ cần bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Dossier {code} — {name}</source>
        <translation>Hồ sơ {code} — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Fee</source>
        <translation>Tên phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>New appointment</source>
        <translation>Ngày hẹn mới</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>New status: {status}</source>
        <translation>Trạng thái mới: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Now at: {unit}</source>
        <translation>Đang ở: {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>One document per line, in full: guidance is given once</source>
        <translation>Mỗi dòng một giấy tờ, ghi đầy đủ: chỉ hướng dẫn một lần</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Payment method</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Received by</source>
        <translation>Người nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Receiving unit or officer</source>
        <translation>Đơn vị, người nhận xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Recording…</source>
        <translation>Đang ghi…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Result received by</source>
        <translation>Người nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>{status} · appointment {time}</source>
        <translation>{status} · hẹn trả {time}</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>Dossiers digitised (papers and result)</source>
        <translation>Hồ sơ được số hóa (thành phần và kết quả)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>full marks at {target}</source>
        <translation>đạt điểm tối đa từ {target}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>Results digitised: {results}; papers reused: {reused}.</source>
        <translation>Kết quả được số hóa: {results}; giấy tờ tái sử dụng: {reused}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>Counted at {time}; click a tile to open its list.</source>
        <translation>Số liệu lúc {time}; bấm vào một ô để mở danh sách.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>Deadlines at a glance</source>
        <translation>Hồ sơ sắp đến hạn và quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>Dossiers overdue</source>
        <translation>Hồ sơ quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>Due soon (within a working day)</source>
        <translation>Sắp đến hạn (trong một ngày làm việc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>Open the list: {what}</source>
        <translation>Mở danh sách: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>Results early or on time</source>
        <translation>Trả kết quả trước và đúng hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>Results ready to return</source>
        <translation>Có kết quả, chờ trả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>Waiting for a supplement</source>
        <translation>Chờ bổ sung hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>target at least {target}</source>
        <translation>chỉ tiêu tối thiểu {target}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>target below {target}</source>
        <translation>chỉ tiêu dưới {target}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>{n} results finished this month.</source>
        <translation>{n} hồ sơ đã giải quyết xong trong tháng.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../ui/models/__init__.py"/>
        <source>At the counter</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/models/__init__.py"/>
        <source>By post</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <location filename="../../ui/models/__init__.py"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../ui/models/__init__.py"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../ui/models/__init__.py"/>
        <source>On time</source>
        <translation>Còn hạn</translation>
    </message>
    <message>
        <location filename="../../ui/models/__init__.py"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source>Officer: {name}</source>
        <translation>Cán bộ: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source>Waiting for sync: {n} · {state}</source>
        <translation>Chờ đồng bộ: {n} · {state}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Print a form…</source>
        <translation>In biểu mẫu…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>(first set: {time})</source>
        <translation>(hẹn ban đầu: {time})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Details</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Handled by</source>
        <translation>Nơi xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>History</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Select a dossier in the list to see it here.</source>
        <translation>Chọn một hồ sơ trong danh sách để xem tại đây.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>appointment {time}</source>
        <translation>hẹn trả {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>{time} by {officer}</source>
        <translation>{time}, cán bộ {officer}</translation>
    </message>
</context>
<context>
    <name>DossierListPage</name>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>All channels</source>
        <translation>Mọi kênh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>All fields</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>All procedures</source>
        <translation>Mọi thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>Any deadline</source>
        <translation>Mọi thời hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>Due soon or overdue</source>
        <translation>Sắp đến hạn hoặc quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>Received from</source>
        <translation>Tiếp nhận từ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>Search by dossier code, ID number, phone or name…</source>
        <translation>Tìm theo mã hồ sơ, số định danh, điện thoại hoặc họ tên…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>{n} dossiers found for “{text}”</source>
        <translation>{n} hồ sơ tìm thấy cho “{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>{n} dossiers shown</source>
        <translation>Đang hiện {n} hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossier_list_page.py"/>
        <source>{n} of {total} dossiers shown</source>
        <translation>Đang hiện {n} / {total} hồ sơ</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../ui/models/dossier_table_model.py"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py"/>
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py"/>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>IntakePlaceholder</name>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>The intake form is not installed in this build. Dossiers can be received with `motcua dossier add`; everything else works here.</source>
        <translation>Màn hình tiếp nhận chưa có trong bản này. Có thể tiếp nhận hồ sơ bằng lệnh `motcua dossier add`; các chức năng khác dùng được tại đây.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Due soon &amp; overdue</source>
        <translation>Sắp đến hạn &amp; Quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Motcua Desk — one-stop counter</source>
        <translation>Motcua Desk — Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>One-stop counter</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Return results</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Export XLSX</source>
        <translation>Xuất XLSX</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Opening {code}…</source>
        <translation>Đang mở {code}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Result of {code} handed to {who}.</source>
        <translation>Đã trả kết quả hồ sơ {code} cho {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Result of {code} returned. Ready for the next.</source>
        <translation>Đã trả kết quả hồ sơ {code}. Mời người tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Result of {code} returned; the applicant is {feeling}. Ready for the next.</source>
        <translation>Đã trả kết quả hồ sơ {code}; người dân {feeling}. Mời người tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Result received by</source>
        <translation>Người nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Results waiting to be returned</source>
        <translation>Kết quả đang chờ trả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Return result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Return results</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Scan or type a dossier code first.</source>
        <translation>Hãy quét hoặc nhập mã hồ sơ trước.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Scan the QR code on the receipt, or type the dossier code, then press Enter.</source>
        <translation>Quét mã QR trên giấy tiếp nhận hoặc nhập mã hồ sơ, rồi nhấn Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>The result is not ready yet: the dossier is “{status}”.</source>
        <translation>Chưa có kết quả: hồ sơ đang ở trạng thái “{status}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>The result is ready. Check who receives it, then press Enter.</source>
        <translation>Đã có kết quả. Kiểm tra người nhận rồi nhấn Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>This result was already returned on {time} to {who}.</source>
        <translation>Kết quả này đã được trả lúc {time} cho {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>dissatisfied</source>
        <translation>không hài lòng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>neutral</source>
        <translation>bình thường</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>satisfied</source>
        <translation>hài lòng</translation>
    </message>
</context>
<context>
    <name>SatisfactionPanel</name>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>1 — Satisfied</source>
        <translation>1 — Hài lòng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>2 — Neutral</source>
        <translation>2 — Bình thường</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>3 — Dissatisfied</source>
        <translation>3 — Không hài lòng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Ask the applicant: how satisfied are you with how your dossier was handled?</source>
        <translation>Hỏi người dân: Ông/Bà có hài lòng với việc giải quyết hồ sơ không?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Esc — skip</source>
        <translation>Esc — bỏ qua</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Office hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Office hours, holidays and the procedure catalogue are set with the `motcua` command (see `motcua --help`).</source>
        <translation>Giờ làm việc, ngày nghỉ và danh mục thủ tục được thiết lập bằng lệnh `motcua` (xem `motcua --help`).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Officer at this counter</source>
        <translation>Cán bộ tại quầy này</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Profile folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Sync server</source>
        <translation>Máy chủ đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>The new language applies when the desk is opened again.</source>
        <translation>Ngôn ngữ mới có hiệu lực khi mở lại phần mềm.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>closed</source>
        <translation>nghỉ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>not configured</source>
        <translation>chưa cấu hình</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Accepted by the province</source>
        <translation>Tỉnh đã nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Being sent</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Failed, will be retried</source>
        <translation>Gửi lỗi, sẽ gửi lại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Items</source>
        <translation>Số mục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Refused, needs attention</source>
        <translation>Bị từ chối, cần xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Sync is not configured: set it on the Settings page, Sync tab.</source>
        <translation>Chưa cấu hình đồng bộ: thiết lập ở trang Cài đặt, thẻ Đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Synchronisation with the provincial system</source>
        <translation>Đồng bộ với hệ thống của tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Synchronise now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Waiting to be sent</source>
        <translation>Chờ gửi</translation>
    </message>
</context>
</TS>
