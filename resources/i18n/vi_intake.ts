<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ApplicantBlock</name>
    <message>
        <location filename="../../ui/pages/intake_applicant.py" line="46"/>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_applicant.py" line="49"/>
        <source>Scan the QR code of the chip ID card here (F3)</source>
        <translation>Quét mã QR của thẻ căn cước (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_applicant.py" line="50"/>
        <source>Chip ID card QR code</source>
        <translation>Mã QR thẻ căn cước</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_applicant.py" line="58"/>
        <source>12 digits (old ID card: 9)</source>
        <translation>12 chữ số (chứng minh nhân dân cũ: 9 chữ số)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_applicant.py" line="61"/>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_applicant.py" line="70"/>
        <source>&amp;Scan card:</source>
        <translation>&amp;Quét thẻ:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_applicant.py" line="72"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_applicant.py" line="73"/>
        <source>&amp;ID number:</source>
        <translation>Số định &amp;danh:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_applicant.py" line="74"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Ngày sinh:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_applicant.py" line="75"/>
        <source>P&amp;hone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_applicant.py" line="76"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_applicant.py" line="77"/>
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_applicant.py" line="149"/>
        <source>Card read: {name}, ID {id}. Check the phone number and the address.</source>
        <translation>Đã đọc thẻ: {name}, số định danh {id}. Hãy kiểm tra số điện thoại và địa chỉ.</translation>
    </message>
</context>
<context>
    <name>DossierDetailsBox</name>
    <message>
        <location filename="../../ui/pages/intake_details.py" line="35"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_details.py" line="38"/>
        <source>Request summary (default: the procedure name)</source>
        <translation>Trích yếu nội dung yêu cầu (mặc định: tên thủ tục)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_details.py" line="42"/>
        <source>At the counter</source>
        <translation>Tại bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_details.py" line="42"/>
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_details.py" line="44"/>
        <source>By public post</source>
        <translation>Qua dịch vụ bưu chính công ích</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_details.py" line="54"/>
        <source>Res&amp;ult:</source>
        <translation>Nhận kết q&amp;uả:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_details.py" line="57"/>
        <source>Recei&amp;ved:</source>
        <translation>Kênh t&amp;iếp nhận:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_details.py" line="60"/>
        <source>Summar&amp;y:</source>
        <translation>Trích &amp;yếu:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_details.py" line="61"/>
        <source>S&amp;ets:</source>
        <translation>Số bộ:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_details.py" line="62"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <location filename="../../ui/pages/intake_drafts.py" line="32"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_drafts.py" line="33"/>
        <source>Dis&amp;card</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_drafts.py" line="44"/>
        <source>There is a draft from {time} on {date} —</source>
        <translation>Có bản nháp lúc {time} ngày {date} —</translation>
    </message>
</context>
<context>
    <name>IntakeChecklist</name>
    <message>
        <location filename="../../ui/pages/intake_checklist.py" line="65"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_checklist.py" line="65"/>
        <source>Document</source>
        <translation>Tên giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_checklist.py" line="65"/>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_checklist.py" line="66"/>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_checklist.py" line="66"/>
        <source>Copies</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_checklist.py" line="68"/>
        <source>Documents received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_checklist.py" line="88"/>
        <source>Tick a&amp;ll</source>
        <translation>Đã nhận &amp;mọi giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_checklist.py" line="89"/>
        <source>Tick every required document in the list</source>
        <translation>Đánh dấu đã nhận mọi giấy tờ bắt buộc trong danh sách (giấy tờ không bắt buộc đánh dấu riêng)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_checklist.py" line="228"/>
        <source>Choose a procedure to see its documents.</source>
        <translation>Chọn thủ tục để xem thành phần hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_checklist.py" line="233"/>
        <source>{received} of {total} documents received ({ok} of {required} required).</source>
        <translation>Đã nhận {received}/{total} giấy tờ ({ok}/{required} giấy tờ bắt buộc).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_checklist.py" line="243"/>
        <source>Cannot accept: required documents not received:
{lines}
If the applicant must bring them, choose “Request supplement”.</source>
        <translation>Chưa thể tiếp nhận: còn thiếu giấy tờ bắt buộc:
{lines}
Nếu người nộp phải bổ sung, chọn “Yêu cầu bổ sung”.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="113"/>
        <source>Procedure (F2: new dossier)</source>
        <translation>Thủ tục hành chính (F2: hồ sơ mới)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="122"/>
        <source>Documents received</source>
        <translation>Thành phần hồ sơ đã nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="138"/>
        <source>Appointment to return the result</source>
        <translation>Hẹn trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="158"/>
        <source>&amp;Accept (Ctrl+S)</source>
        <translation>&amp;Tiếp nhận (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="160"/>
        <source>Request su&amp;pplement</source>
        <translation>Yêu cầu bổ &amp;sung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="161"/>
        <source>Re&amp;fuse</source>
        <translation>Từ &amp;chối</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="162"/>
        <source>Print a&amp;gain (Ctrl+P)</source>
        <translation>In &amp;lại phiếu (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="278"/>
        <source>{n} working day(s)</source>
        <translation>{n} ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="280"/>
        <source>{n} working hour(s)</source>
        <translation>{n} giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="282"/>
        <source>same day (received after 15:00: the next working day)</source>
        <translation>trong ngày (nhận sau 15 giờ: trả trong ngày làm việc tiếp theo)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="284"/>
        <source>same day</source>
        <translation>trong ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="286"/>
        <source>set by the province</source>
        <translation>theo quy định của tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="288"/>
        <source>free</source>
        <translation>miễn phí</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="291"/>
        <source>Time limit: {limit}. Fee: {fee}.</source>
        <translation>Thời hạn giải quyết: {limit}. Lệ phí: {fee}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="369"/>
        <source>Last dossier: {code}</source>
        <translation>Hồ sơ vừa nhận: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="381"/>
        <source>New dossier</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="382"/>
        <source>Clear the dossier being entered? It has not been saved.</source>
        <translation>Xóa hồ sơ đang nhập? Hồ sơ này chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="430"/>
        <source>This dossier is already stored. Press F2 for a new one.</source>
        <translation>Hồ sơ này đã được lưu. Nhấn F2 để nhận hồ sơ mới.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="435"/>
        <source>Choose the procedure first.</source>
        <translation>Hãy chọn thủ tục hành chính trước.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="445"/>
        <source>The dossier was not stored: see the marked fields.</source>
        <translation>Chưa lưu hồ sơ: xem các ô được đánh dấu đỏ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="476"/>
        <source>Storing the dossier…</source>
        <translation>Đang lưu hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="491"/>
        <source>Dossier code: {code}</source>
        <translation>Mã hồ sơ: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="494"/>
        <source>Accepted. Appointment: {when}.</source>
        <translation>Đã tiếp nhận. Hẹn trả kết quả: {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="499"/>
        <source>Sent back to be completed (form 02).</source>
        <translation>Đã hướng dẫn bổ sung, hoàn thiện hồ sơ (mẫu 02).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="502"/>
        <source>Refused (form 03).</source>
        <translation>Đã từ chối tiếp nhận (mẫu 03).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="503"/>
        <source>F2: next dossier.</source>
        <translation>F2: hồ sơ tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_page.py" line="523"/>
        <source>No slip has been printed on this page yet.</source>
        <translation>Chưa in phiếu nào ở trang này.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="58"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="77"/>
        <source>Request supplement (form 02)</source>
        <translation>Yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="79"/>
        <source>List everything the applicant must add or correct, with the reason. Guidance is given once and in full. Enter adds the item; Delete removes the highlighted one; Ctrl+Enter confirms.</source>
        <translation>Ghi đầy đủ mọi giấy tờ, nội dung người nộp cần bổ sung hoặc sửa, kèm lý do. Chỉ hướng dẫn một lần, đầy đủ. Enter: thêm mục; Delete: xóa mục đang chọn; Ctrl+Enter: xác nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="89"/>
        <source>What to add or correct, and why</source>
        <translation>Nội dung cần bổ sung, sửa đổi và lý do</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="90"/>
        <source>Item to add or correct</source>
        <translation>Nội dung cần bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="91"/>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="99"/>
        <source>Items to add or correct</source>
        <translation>Danh sách nội dung cần bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="101"/>
        <source>&amp;Send back to complete</source>
        <translation>&amp;Gửi yêu cầu bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="153"/>
        <source>Refuse the dossier (form 03)</source>
        <translation>Từ chối tiếp nhận hồ sơ (mẫu 03)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="155"/>
        <source>Write the reason for refusing the dossier; it is printed on form 03.</source>
        <translation>Ghi rõ lý do từ chối tiếp nhận; lý do được in trên mẫu 03.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="160"/>
        <source>Reason for refusal</source>
        <translation>Lý do từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="162"/>
        <source>For example: the procedure is not handled by this commune</source>
        <translation>Ví dụ: thủ tục không thuộc thẩm quyền giải quyết của xã</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="164"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="195"/>
        <source>Add at least one item the applicant must supplement.</source>
        <translation>Hãy ghi ít nhất một nội dung người nộp cần bổ sung.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="199"/>
        <source>Write the reason for the refusal.</source>
        <translation>Hãy ghi lý do từ chối.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="203"/>
        <source>The reason is too long (at most 2,000 characters).</source>
        <translation>Lý do quá dài (tối đa 2.000 ký tự).</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="66"/>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="74"/>
        <source>{title} ({copies} copies)</source>
        <translation>{title} ({copies} bản)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="79"/>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="86"/>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="88"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành tệp PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="89"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="126"/>
        <source>This document cannot be shown (the PDF is damaged).</source>
        <translation>Không hiển thị được tài liệu này (tệp PDF bị hỏng).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="127"/>
        <source>{n} page(s)</source>
        <translation>{n} trang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="146"/>
        <source>Sent to the printer.</source>
        <translation>Đã gửi lệnh in.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="149"/>
        <source>The printer could not be opened; nothing was printed.</source>
        <translation>Không mở được máy in; chưa in gì.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="154"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="207"/>
        <source>Could not save the file: {error}</source>
        <translation>Không lưu được tệp: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="211"/>
        <source>Saved to {path}</source>
        <translation>Đã lưu vào {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="217"/>
        <source>Save as PDF</source>
        <translation>Lưu thành tệp PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="217"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <location filename="../../ui/widgets/procedure_picker.py" line="54"/>
        <source>Type a name or a code, without marks: khai sinh, chung thuc, 1.0011</source>
        <translation>Gõ tên hoặc mã thủ tục, không cần dấu: khai sinh, chung thuc, 1.0011</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procedure_picker.py" line="57"/>
        <source>Procedure</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procedure_picker.py" line="150"/>
        <source>No procedure matches “{text}”.</source>
        <translation>Không có thủ tục nào khớp với “{text}”.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <location filename="../../ui/pages/intake_printing.py"/>
        <source>Form 04: apology and new appointment</source>
        <translation>Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_printing.py"/>
        <source>Form 05: notice that processing stopped</source>
        <translation>Mẫu 05: Thông báo dừng giải quyết hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_printing.py" line="44"/>
        <source>Form 01: receipt and appointment slip</source>
        <translation>Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_printing.py" line="45"/>
        <source>Form 02: request to supplement the dossier</source>
        <translation>Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_printing.py" line="46"/>
        <source>Form 03: refusal to accept the dossier</source>
        <translation>Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_printing.py" line="47"/>
        <source>Form 06: control sheet</source>
        <translation>Mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake_printing.py" line="65"/>
        <source>Printing is not available in this version.</source>
        <translation>Phiên bản này chưa có chức năng in.</translation>
    </message>
</context>
</TS>
