<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>KeyedTab</name>
    <message>
        <location filename="../../ui/pages/settings/keyed_tab.py"/>
        <source>Save</source>
        <translation>Lưu</translation>
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
</context>
</TS>
