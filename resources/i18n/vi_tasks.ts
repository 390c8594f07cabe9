<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra mật khẩu…</translation>
    </message>
</context>
</TS>
