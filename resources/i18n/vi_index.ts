<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Service index</source>
        <translation>Chỉ số phục vụ</translation>
    </message>
</context>
<context>
    <name>IndexPage</name>
    <message>
        <location filename="../../ui/pages/index_page.py"/>
        <source>Service index (Decision 766)</source>
        <translation>Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/index_page.py"/>
        <source>Indicators</source>
        <translation>Các chỉ số</translation>
    </message>
    <message>
        <location filename="../../ui/pages/index_page.py"/>
        <source>Month:</source>
        <translation>Tháng:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/index_page.py"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/index_page.py"/>
        <source>Export XLSX</source>
        <translation>Xuất XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/pages/index_page.py"/>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/index_page.py"/>
        <source>Export JSON</source>
        <translation>Xuất JSON</translation>
    </message>
    <message>
        <location filename="../../ui/pages/index_page.py"/>
        <source>Counting…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/index_page.py"/>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../ui/pages/index_page.py"/>
        <source>Writing {path}…</source>
        <translation>Đang ghi {path}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/index_page.py"/>
        <source>Saved {path}.</source>
        <translation>Đã lưu {path}.</translation>
    </message>
</context>
</TS>
