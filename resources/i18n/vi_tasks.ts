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
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/account_dialog.py"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run_wizard.py"/>
        <source>Storing the office and the first account…</source>
        <translation>Đang lưu cơ quan và tài khoản đầu tiên…</translation>
    </message>
</context>
</TS>
