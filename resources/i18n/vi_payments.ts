<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Scan to pay {amount} VND ({words}) to account {account}</source>
        <translation>Quét để chuyển khoản lệ phí {amount} đồng ({words}) vào tài khoản {account}; nội dung là mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py"/>
        <source>Transfer received</source>
        <translation>Đã nhận chuyển khoản</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../ui/pages/board_page.py"/>
        <source>Fees paid without cash</source>
        <translation>Lượt nộp phí không dùng tiền mặt</translation>
    </message>
</context>
</TS>
