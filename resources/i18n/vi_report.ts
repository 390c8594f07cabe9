<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Monthly report (form II.06a)</source>
        <translation>Báo cáo tình hình giải quyết TTHC (mẫu II.06a)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Procedure</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Calendar month</source>
        <translation>Tháng dương lịch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>15th to 14th</source>
        <translation>Từ ngày 15 đến ngày 14</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Date range</source>
        <translation>Khoảng ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>By procedure</source>
        <translation>Theo thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Show</source>
        <translation>Xem báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Register (form 07)…</source>
        <translation>Sổ theo dõi (mẫu 07)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Counting…</source>
        <translation>Đang tổng hợp…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Writing {path}…</source>
        <translation>Đang ghi {path}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Saved {path}.</source>
        <translation>Đã lưu {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_page.py"/>
        <source>Saved the register ({n} dossiers) to {path}.</source>
        <translation>Đã lưu sổ theo dõi ({n} hồ sơ) vào {path}.</translation>
    </message>
</context>
</TS>
