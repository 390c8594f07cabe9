<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>Motcua Desk — first start</source>
        <translation>Motcua Desk — khởi động lần đầu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>&amp;Next &gt;</source>
        <translation>Tiế&amp;p &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>1. The office</source>
        <translation>1. Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>The office's code (mã định danh, as in the dossier codes) and the names printed on every receipt and report.</source>
        <translation>Mã định danh của cơ quan (như trong mã hồ sơ) và các tên được in trên mọi giấy tiếp nhận và báo cáo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>e.g. UBND xã Hòa Bình</source>
        <translation>ví dụ: UBND xã Hòa Bình</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>e.g. UBND tỉnh Hòa Bình</source>
        <translation>ví dụ: UBND tỉnh Hòa Bình</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>e.g. Hòa Bình</source>
        <translation>ví dụ: Hòa Bình</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>Office &amp;code</source>
        <translation>&amp;Mã cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>Office &amp;name</source>
        <translation>&amp;Tên cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>&amp;Superior body</source>
        <translation>Cơ quan &amp;cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>&amp;Place name</source>
        <translation>Địa dan&amp;h</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>2. Office hours</source>
        <translation>2. Giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>Appointments are counted in working hours. Public holidays and make-up days come with the desk; change them later on the Settings page.</source>
        <translation>Ngày hẹn trả được tính theo giờ làm việc. Ngày nghỉ lễ và ngày làm bù có sẵn trong phần mềm; có thể sửa sau ở trang Thiết lập.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>Open on Saturday &amp;morning too</source>
        <translation>Làm việc cả sáng thứ &amp;Bảy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>&amp;Morning from</source>
        <translation>&amp;Sáng từ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>Morning &amp;until</source>
        <translation>Sáng đế&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>&amp;Afternoon from</source>
        <translation>&amp;Chiều từ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>Afternoon u&amp;ntil</source>
        <translation>Chiều đến (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>Saved as</source>
        <translation>Sẽ lưu là</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>3. The province's system (optional)</source>
        <translation>3. Hệ thống của tỉnh (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>Leave these empty if the province has not given this office an address yet: the desk works offline and sends everything once the address is set.</source>
        <translation>Để trống nếu tỉnh chưa cấp địa chỉ cho cơ quan: phần mềm vẫn làm việc ngoại tuyến và gửi toàn bộ khi có địa chỉ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>Acco&amp;unt</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>4. The first administrator</source>
        <translation>4. Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>This account signs in first and adds the officers' accounts on the Settings page (an administrator does not take in dossiers). Keep the password safe: nobody can read it back.</source>
        <translation>Tài khoản này đăng nhập đầu tiên và tạo tài khoản cho các cán bộ ở trang Thiết lập (quản trị viên không tiếp nhận hồ sơ). Hãy giữ kỹ mật khẩu: không ai đọc lại được.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>&amp;User name</source>
        <translation>Tên đăng &amp;nhập</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>&amp;Full name</source>
        <translation>Họ &amp;tên</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>&amp;Password (8+ characters)</source>
        <translation>&amp;Mật khẩu (ít nhất 8 ký tự)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>&amp;Repeat the password</source>
        <translation>Nhập &amp;lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>Province password not saved</source>
        <translation>Chưa lưu mật khẩu cổng tỉnh</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py"/>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py"/>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py"/>
        <source>&amp;User name</source>
        <translation>Tên đăng &amp;nhập</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py"/>
        <source>&amp;Full name</source>
        <translation>Họ &amp;tên</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py"/>
        <source>R&amp;ole</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py"/>
        <source>&amp;Password (8+ characters)</source>
        <translation>&amp;Mật khẩu (ít nhất 8 ký tự)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py"/>
        <source>&amp;Repeat the password</source>
        <translation>Nhập &amp;lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>Officers' accounts</source>
        <translation>Tài khoản cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>Full name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>Last sign-in</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>&amp;Add an account…</source>
        <translation>&amp;Thêm tài khoản…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>New pass&amp;word…</source>
        <translation>Đặt lại &amp;mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>&amp;Disable</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>&amp;Enable again</source>
        <translation>Mở &amp;lại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>locked until {time}</source>
        <translation>tạm khóa đến {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>active</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>Choose an account in the list first.</source>
        <translation>Hãy chọn một tài khoản trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>Account added.</source>
        <translation>Đã thêm tài khoản.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>Password changed for {name}.</source>
        <translation>Đã đặt mật khẩu mới cho {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>Disable the account</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>Disable {name}? It can no longer sign in.</source>
        <translation>Khóa tài khoản {name}? Tài khoản này sẽ không đăng nhập được nữa.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>{name} is disabled.</source>
        <translation>Đã khóa tài khoản {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_panel.py"/>
        <source>{name} may sign in again.</source>
        <translation>Tài khoản {name} đăng nhập lại được.</translation>
    </message>
</context>
</TS>
