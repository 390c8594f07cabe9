<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ItemFilesPanel</name>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>Files of the selected document</source>
        <translation>Tệp của giấy tờ đang chọn</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>Digitised at the counter</source>
        <translation>Số hóa tại quầy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>Reuse a paper digitised before</source>
        <translation>Tái sử dụng giấy tờ đã số hóa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>From the citizen's data store</source>
        <translation>Lấy từ kho dữ liệu công dân</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>O&amp;rigin</source>
        <translation>&amp;Xuất xứ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>Paper to reuse</source>
        <translation>Giấy tờ tái sử dụng</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>Pages (Delete removes the selected one)</source>
        <translation>Các trang (phím Delete bỏ trang đang chọn)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>Scan</source>
        <translation>Quét</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>One page from the scanner (scan.device)</source>
        <translation>Quét một trang từ máy quét (scan.device)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>From scan folder</source>
        <translation>Lấy từ thư mục quét</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>The files the copier dropped in {folder}</source>
        <translation>Các tệp máy photocopy đã quét vào {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>Bro&amp;wse files…</source>
        <translation>Chọn tệ&amp;p…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>Paste image</source>
        <translation>Dán ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>Adds the picture copied to the clipboard (Ctrl+V)</source>
        <translation>Thêm ảnh vừa sao chép vào bộ nhớ tạm (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>Remove page</source>
        <translation>Bỏ trang</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>Choose a document in the list to attach its pages.</source>
        <translation>Chọn một giấy tờ trong danh sách để đính kèm các trang của nó.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>reused</source>
        <translation>tái sử dụng</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>{n} pages</source>
        <translation>{n} trang</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>Choose the scanned pages</source>
        <translation>Chọn các trang đã quét</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>The clipboard holds no picture: copy an image first.</source>
        <translation>Bộ nhớ tạm không có ảnh: hãy sao chép một ảnh trước.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>Type the applicant's ID number to find their papers.</source>
        <translation>Nhập số định danh của người nộp để tìm giấy tờ đã số hóa.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>This citizen has no digitised paper to reuse.</source>
        <translation>Công dân này chưa có giấy tờ đã số hóa để tái sử dụng.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_files.py"/>
        <source>— choose a paper —</source>
        <translation>— chọn giấy tờ —</translation>
    </message>
</context>
<context>
    <name>DossierFiles</name>
    <message>
        <location filename="../../ui/widgets/dossier_files.py"/>
        <source>Files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dossier_files.py"/>
        <source>Files of the dossier (Enter opens)</source>
        <translation>Tệp của hồ sơ (Enter để mở)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dossier_files.py"/>
        <source>No file attached.</source>
        <translation>Chưa có tệp đính kèm.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dossier_files.py"/>
        <source>&amp;View / print file</source>
        <translation>&amp;Xem / in tệp</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dossier_files.py"/>
        <source>Attach the &amp;result…</source>
        <translation>Đính kèm &amp;kết quả…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dossier_files.py"/>
        <source>Attac&amp;h file…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dossier_files.py"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dossier_files.py"/>
        <source>{n} pages</source>
        <translation>{n} trang</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dossier_files.py"/>
        <source>Choose the file to attach</source>
        <translation>Chọn tệp để đính kèm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dossier_files.py"/>
        <source>The dossier lists no document to attach a file to.</source>
        <translation>Hồ sơ không có giấy tờ nào trong danh mục để đính kèm tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dossier_files.py"/>
        <source>Attach file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dossier_files.py"/>
        <source>Document:</source>
        <translation>Giấy tờ:</translation>
    </message>
</context>
<context>
    <name>IntakeChecklist</name>
    <message>
        <location filename="../../ui/pages/intake_checklist.py"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../ui/pages/return_page.py"/>
        <source>Result document</source>
        <translation>Văn bản kết quả</translation>
    </message>
</context>
</TS>
