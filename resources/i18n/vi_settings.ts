<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>KeyedTab</name>
    <message>
        <location filename="../../ui/pages/settings/keyed_tab.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/keyed_tab.py"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>This counter</source>
        <translation>Quầy này</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>{office} was restored from {file}. The desk starts again now on the restored database.</source>
        <translation>{office} đã được khôi phục từ {file}. Quầy mở lại ngay trên cơ sở dữ liệu đã khôi phục.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py"/>
        <source>The desk could not start again by itself: close it and open it again.</source>
        <translation>Quầy không tự mở lại được: đóng chương trình rồi mở lại.</translation>
    </message>
</context>
<context>
    <name>DaysTab</name>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>Public holidays and make-up days come with the desk. Add the office's own changes here: a day off (e.g. a local event) or a working day.</source>
        <translation>Ngày lễ, Tết và ngày làm bù có sẵn theo quy định. Thêm ở đây thay đổi riêng của cơ quan: một ngày nghỉ (ví dụ sự kiện của địa phương) hoặc một ngày làm việc.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>&amp;Year</source>
        <translation>&amp;Năm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>day off</source>
        <translation>ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>working day</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>Note (why)</source>
        <translation>Ghi chú (lý do)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>&amp;Set this day</source>
        <translation>Đặt &amp;cho ngày này</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>&amp;Drop the office's change</source>
        <translation>&amp;Bỏ thay đổi riêng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>When 24/11 (Vietnamese Culture Day) falls on a weekend, the next working day is off</source>
        <translation>Khi ngày 24/11 (Ngày Văn hóa Việt Nam) trùng thứ Bảy hoặc Chủ nhật thì được nghỉ bù vào ngày làm việc kế tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>public day off</source>
        <translation>ngày nghỉ lễ, Tết</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>make-up day</source>
        <translation>ngày làm bù</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>office: working day</source>
        <translation>cơ quan: làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>office: day off</source>
        <translation>cơ quan: nghỉ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>Provisional: the government has not yet decided this year's days.</source>
        <translation>Dự kiến: Chính phủ chưa quyết định lịch nghỉ của năm này.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>The office's change was dropped.</source>
        <translation>Đã bỏ thay đổi riêng của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/days_tab.py"/>
        <source>The office has no change on that day.</source>
        <translation>Cơ quan không có thay đổi riêng vào ngày đó.</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../ui/pages/settings/hours_tab.py"/>
        <source>Appointments are counted in these hours. A change applies to dossiers received from now on; appointments already given keep their date.</source>
        <translation>Ngày hẹn trả được tính theo giờ làm việc này. Thay đổi áp dụng cho hồ sơ tiếp nhận từ nay; ngày hẹn đã hẹn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/hours_tab.py"/>
        <source>Open on Saturday &amp;morning</source>
        <translation>Làm việc sáng thứ &amp;Bảy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/hours_tab.py"/>
        <source>Monday to Friday, morning</source>
        <translation>Thứ Hai đến thứ Sáu, buổi sáng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/hours_tab.py"/>
        <source>Monday to Friday, afternoon</source>
        <translation>Thứ Hai đến thứ Sáu, buổi chiều</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/hours_tab.py"/>
        <source>Saturday morning</source>
        <translation>Sáng thứ Bảy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/hours_tab.py"/>
        <source>Make-up Saturday, morning</source>
        <translation>Thứ Bảy làm bù, buổi sáng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/hours_tab.py"/>
        <source>Make-up Saturday, afternoon</source>
        <translation>Thứ Bảy làm bù, buổi chiều</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/hours_tab.py"/>
        <source>The hours as saved, e.g. T2-T6=07:30-11:30,13:30-17:00; T7=07:30-11:30; bu=07:30-11:30,13:30-17:00 (bu: the make-up Saturday). Edit it for different hours on some weekday.</source>
        <translation>Giờ làm việc như được lưu, ví dụ T2-T6=07:30-11:30,13:30-17:00; T7=07:30-11:30; bu=07:30-11:30,13:30-17:00 (bu: thứ Bảy làm bù). Sửa trực tiếp khi có ngày trong tuần làm giờ khác.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/hours_tab.py"/>
        <source>Saved as (editable)</source>
        <translation>Lưu thành (sửa được)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/hours_tab.py"/>
        <source>&amp;Save the hours</source>
        <translation>&amp;Lưu giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/hours_tab.py"/>
        <source>Saved: appointments are counted in these hours from now on.</source>
        <translation>Đã lưu: từ nay ngày hẹn trả tính theo giờ làm việc này.</translation>
    </message>
</context>
<context>
    <name>PaymentTab</name>
    <message>
        <location filename="../../ui/pages/settings/payment_tab.py"/>
        <source>Fees are transferred to this account: form 01 and the fee dialog show a VietQR with the amount and the dossier code. Leave the bank empty for no QR.</source>
        <translation>Lệ phí được chuyển khoản vào tài khoản này: mẫu 01 và hộp thu phí có mã VietQR kèm số tiền và mã hồ sơ. Để trống ngân hàng nếu không dùng mã QR.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/payment_tab.py"/>
        <source>6 digits, e.g. 970415</source>
        <translation>6 chữ số, ví dụ 970415</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/payment_tab.py"/>
        <source>&amp;Bank (BIN code)</source>
        <translation>&amp;Ngân hàng (mã BIN)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/payment_tab.py"/>
        <source>Account &amp;number</source>
        <translation>&amp;Số tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/payment_tab.py"/>
        <source>as the bank prints it, e.g. UBND XA HOA BINH</source>
        <translation>như ngân hàng in, ví dụ UBND XA HOA BINH</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/payment_tab.py"/>
        <source>Account n&amp;ame</source>
        <translation>Tên chủ tài &amp;khoản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/payment_tab.py"/>
        <source>&amp;Lookup address on the receipt</source>
        <translation>Địa chỉ &amp;tra cứu trên phiếu hẹn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/payment_tab.py"/>
        <source>S&amp;how the citizen's screen on a second monitor</source>
        <translation>&amp;Hiện màn hình cho người dân trên màn hình thứ hai</translation>
    </message>
</context>
<context>
    <name>PrintingTab</name>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>The print preview offers this printer first; the officer can still choose another. Form 01 holds both copies (for the applicant and for the file) on one sheet.</source>
        <translation>Khi in, máy in này được chọn sẵn; cán bộ vẫn chọn được máy khác. Mẫu 01 có cả hai liên (giao người nộp và lưu hồ sơ) trên một tờ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>(the system's default printer)</source>
        <translation>(máy in mặc định của hệ thống)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>Default &amp;printer</source>
        <translation>&amp;Máy in mặc định</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>&amp;Copies of form 01</source>
        <translation>Số &amp;bản in mẫu 01</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>printed on form 02 as the guiding officer's phone</source>
        <translation>in trên mẫu 02 là số điện thoại cán bộ hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>This officer's p&amp;hone</source>
        <translation>Điện t&amp;hoại cán bộ quầy này</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>The office's form templates</source>
        <translation>Mẫu in riêng của cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>Form</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>Wording</source>
        <translation>Nội dung in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>Back to the &amp;default wording…</source>
        <translation>&amp;Về mẫu mặc định…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>Folder: {folder}</source>
        <translation>Thư mục: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>the office's file</source>
        <translation>tệp của cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>default</source>
        <translation>mặc định</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>default (the office's file is refused)</source>
        <translation>mặc định (tệp của cơ quan bị từ chối)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>Form templates</source>
        <translation>Mẫu in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>Print form {form} with the default wording again? The office's file is kept beside it with the ending .bak.</source>
        <translation>In mẫu {form} lại theo nội dung mặc định? Tệp của cơ quan được giữ lại bên cạnh, thêm đuôi .bak.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>&amp;Back to the default</source>
        <translation>&amp;Về mặc định</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>Choose a form in the list first.</source>
        <translation>Chọn một mẫu trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>Form {form} already prints the default wording.</source>
        <translation>Mẫu {form} đang in theo nội dung mặc định.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/printing_tab.py"/>
        <source>Form {form} prints the default wording again.</source>
        <translation>Mẫu {form} đã về nội dung mặc định.</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>The province gives each office its address and account. The other addresses are needed only when the province names them separately.</source>
        <translation>Tỉnh cấp cho mỗi đơn vị địa chỉ và tài khoản kết nối. Các địa chỉ khác chỉ cần khi tỉnh cho địa chỉ riêng.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>Province's &amp;address</source>
        <translation>Địa chỉ &amp;cổng tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>&amp;Login address (separate)</source>
        <translation>Địa chỉ đăng &amp;nhập (riêng)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>Ser&amp;vices address (separate)</source>
        <translation>Địa chỉ &amp;dịch vụ (riêng)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>&amp;Files address</source>
        <translation>Địa chỉ gửi tệ&amp;p</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>Acco&amp;unt</source>
        <translation>Tài &amp;khoản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>unchanged when left empty</source>
        <translation>để trống thì giữ mật khẩu cũ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source> seconds</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>Send &amp;every</source>
        <translation>Gửi mỗ&amp;i</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Thử kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>Logging in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>Logged in. Dialect: {dialect}; extensions offered: {extensions}; up to {batch} records a call.</source>
        <translation>Đăng nhập được. Cách giao tiếp: {dialect}; phần mở rộng tỉnh hỗ trợ: {extensions}; tối đa {batch} hồ sơ mỗi lần gửi.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>No files address: the scanned papers stay at the desk.</source>
        <translation>Chưa có địa chỉ gửi tệp: giấy tờ đã quét được giữ tại máy.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/sync_tab.py"/>
        <source>Saved, the password in the keyring.</source>
        <translation>Đã lưu; mật khẩu được cất vào kho mật khẩu của hệ điều hành.</translation>
    </message>
</context>
<context>
    <name>SettingsTabs</name>
    <message>
        <location filename="../../ui/pages/settings/tabs.py"/>
        <source>Office hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/tabs.py"/>
        <source>Days off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/tabs.py"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/tabs.py"/>
        <source>Printing</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/tabs.py"/>
        <source>Payments</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/tabs.py"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/tabs.py"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/tabs.py"/>
        <source>Catalogue</source>
        <translation>Danh mục</translation>
    </message>
</context>
<context>
    <name>OtherTab</name>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>Form II.06a</source>
        <translation>Biểu II.06a</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>waiting time left out; still waiting: within the deadline</source>
        <translation>không tính thời gian chờ bổ sung; còn chờ: đang giải quyết trong hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>still waiting at the period's end: resolved on time</source>
        <translation>còn chờ bổ sung cuối kỳ: tính là đã giải quyết đúng hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>ends at the first request (index 2.1)</source>
        <translation>kết thúc ở lần yêu cầu bổ sung đầu tiên (chỉ số 2.1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>Dossiers sent back to &amp;supplement</source>
        <translation>Hồ sơ yêu cầu &amp;bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>judged against the appointment</source>
        <translation>so với ngày hẹn trả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>always resolved on time</source>
        <translation>luôn tính đúng hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>Dossiers &amp;withdrawn or stopped</source>
        <translation>Hồ sơ &amp;rút hoặc dừng xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>&amp;Receiving unit</source>
        <translation>Đơn vị &amp;nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>Target: results on &amp;time</source>
        <translation>Chỉ tiêu: kết quả đúng &amp;hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>Target: &amp;overdue below</source>
        <translation>Chỉ tiêu: &amp;quá hạn dưới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>Scanning and files</source>
        <translation>Quét và tệp giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>Scanner (empty: the first found)</source>
        <translation>Máy quét (để trống: máy đầu tiên tìm thấy)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>Scan r&amp;esolution</source>
        <translation>Độ &amp;phân giải quét</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>Scan &amp;mode</source>
        <translation>Chế độ &amp;màu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>Scan fol&amp;der of the copier</source>
        <translation>&amp;Thư mục quét của máy in đa năng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>One file at most</source>
        <translation>Mỗi tệp tối đa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>A dossier's files at most</source>
        <translation>Các tệp của một hồ sơ tối đa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>Safety</source>
        <translation>An toàn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source> minutes</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>&amp;Lock the window after</source>
        <translation>&amp;Khóa cửa sổ sau</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>&amp;Keep personal data for</source>
        <translation>&amp;Giữ dữ liệu cá nhân trong</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>grey</source>
        <translation>xám</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>colour</source>
        <translation>màu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/other_tab.py"/>
        <source>black and white</source>
        <translation>đen trắng</translation>
    </message>
</context>
<context>
    <name>ExportButtons</name>
    <message>
        <location filename="../../ui/widgets/export_buttons.py"/>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>The desk backs up its database at start-up and every hour with changes, and keeps the newest ones. A backup holds the attached files too.</source>
        <translation>Quầy tự sao lưu cơ sở dữ liệu khi khởi động và mỗi giờ có thay đổi, giữ lại các bản mới nhất. Bản sao lưu có cả các tệp đính kèm.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>Made at</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>C&amp;heck the database</source>
        <translation>&amp;Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>&amp;Restore the chosen backup…</source>
        <translation>Khôi &amp;phục bản đã chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>Folder: {folder}</source>
        <translation>Thư mục: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>by hand</source>
        <translation>cán bộ sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>at start-up</source>
        <translation>khi khởi động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>hourly</source>
        <translation>hằng giờ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>Backed up to {file} ({size}), checked.</source>
        <translation>Đã sao lưu vào {file} ({size}) và kiểm tra bản sao.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>Restore the backup of {made}? Everything entered after it is lost. The current database is kept aside under its own name, and the desk starts again on the backup.</source>
        <translation>Khôi phục bản sao lưu lúc {made}? Mọi thứ nhập sau thời điểm đó sẽ mất. Cơ sở dữ liệu hiện tại được giữ lại bên cạnh dưới tên riêng, và quầy mở lại trên bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>Choose a backup in the list first.</source>
        <translation>Chọn một bản sao lưu trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups_tab.py"/>
        <source>Restored from {file}.</source>
        <translation>Đã khôi phục từ {file}.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>The procedures the counter takes in. An entry marked unconfirmed was not found with its code and time limit in one published source: check it against the province's list, and load that list here when the province publishes it.</source>
        <translation>Các thủ tục quầy tiếp nhận. Thủ tục ghi "chưa xác nhận" là chưa tìm thấy mã và thời hạn của nó trong cùng một văn bản công bố: đối chiếu với danh mục của tỉnh, và nạp danh mục đó ở đây khi tỉnh công bố.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>Filter by code or name</source>
        <translation>Lọc theo mã hoặc tên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>&amp;Unconfirmed only</source>
        <translation>Chỉ thủ tục &amp;chưa xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>Until</source>
        <translation>Hết hiệu lực</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>In force from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>Legal source</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>&amp;Import a catalogue file…</source>
        <translation>&amp;Nhập tệp danh mục…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>&amp;Load this release's list</source>
        <translation>Nạp danh mục &amp;kèm phiên bản này</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>{n} procedures in force, {u} unconfirmed</source>
        <translation>{n} thủ tục đang hiệu lực, {u} chưa xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>unknown</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>same day (after 15:00: next day)</source>
        <translation>trong ngày (sau 15 giờ: ngày làm việc tiếp theo)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>same day</source>
        <translation>trong ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>{n} working hours</source>
        <translation>{n} giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>{n} working days</source>
        <translation>{n} ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>unconfirmed</source>
        <translation>chưa xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>Catalogue file</source>
        <translation>Tệp danh mục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>Reading {file}…</source>
        <translation>Đang đọc {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>{added} new versions added; {unchanged} already stored.</source>
        <translation>Đã thêm {added} phiên bản mới; {unchanged} phiên bản đã có.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/catalogue_tab.py"/>
        <source>free</source>
        <translation>miễn phí</translation>
    </message>
</context>
</TS>
