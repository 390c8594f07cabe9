<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Backed up to {name}.</source>
        <translation>Đã sao lưu vào {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Backup failed: {reason}</source>
        <translation>Sao lưu không thành công: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>READ-ONLY: the database is damaged</source>
        <translation>CHỈ XEM: cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>The start-up check found a problem ({problem}). Save nothing more: restore the newest good backup on the Settings page, Backups tab.</source>
        <translation>Kiểm tra khi khởi động phát hiện lỗi ({problem}). Đừng lưu thêm gì: khôi phục bản sao lưu tốt mới nhất ở trang Cài đặt, thẻ Sao lưu.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../ui/dialogs/damaged_dialog.py"/>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_dialog.py"/>
        <source>Restoring keeps the damaged file aside. Opening read-only lets you look at what can still be read; nothing can be changed.</source>
        <translation>Khôi phục sẽ giữ lại tệp bị hỏng ở nơi khác. Mở chế độ chỉ xem để xem những gì còn đọc được; không thể thay đổi gì.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_dialog.py"/>
        <source>Restore {name}</source>
        <translation>Khôi phục {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_dialog.py"/>
        <source>Open read-only</source>
        <translation>Mở chỉ xem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_dialog.py"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/crash.py"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py"/>
        <source>Something went wrong; what was already saved is safe and the desk keeps running. A report (without personal numbers) was written to:
{path}
Please send it to the district IT officer.</source>
        <translation>Đã xảy ra lỗi; những gì đã lưu vẫn an toàn và chương trình vẫn chạy tiếp. Báo cáo lỗi (không có số định danh, số điện thoại) đã được ghi vào:
{path}
Vui lòng gửi cho cán bộ công nghệ thông tin của huyện.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/idle_lock.py"/>
        <source>Locked — sign in to continue</source>
        <translation>Đã khóa — đăng nhập để làm tiếp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Switch officer (F12)</source>
        <translation>Đổi cán bộ (F12)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Show ID number and phone</source>
        <translation>Hiện số định danh và điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail_pane.py"/>
        <source>Shown in full and recorded in the audit trail</source>
        <translation>Hiện đầy đủ và ghi vào nhật ký kiểm tra</translation>
    </message>
</context>
</TS>
