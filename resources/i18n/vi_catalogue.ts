<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ProcedurePicker</name>
    <message>
        <source>(unconfirmed)</source>
        <translation>(chưa xác nhận)</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>not confirmed in the catalogue (load the province&apos;s list first)</source>
        <translation>chưa được xác nhận trong danh mục (hãy nạp danh mục của tỉnh trước)</translation>
    </message>
    <message>
        <source>Unconfirmed catalogue entry: check it against the list the province publishes.</source>
        <translation>Thủ tục chưa được xác nhận trong danh mục: đối chiếu với danh mục tỉnh công bố.</translation>
    </message>
</context>
<context>
    <name>IntakeChecklist</name>
    <message>
        <source>The catalogue lists no documents for this procedure: write the papers received in the note.</source>
        <translation>Danh mục chưa ghi thành phần hồ sơ của thủ tục này: ghi các giấy tờ đã nhận vào ô Ghi chú.</translation>
    </message>
</context>
</TS>
