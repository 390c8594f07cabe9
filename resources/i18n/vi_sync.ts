<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Reconcile dossiers received</source>
        <translation>Đối soát hồ sơ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Reconcile with the province</source>
        <translation>Đối soát với cổng tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Show</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Everything not yet accepted</source>
        <translation>Tất cả mục tỉnh chưa nhận</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Inspect…</source>
        <translation>Xem chi tiết…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Send again</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Put the selected failed or refused items back in the queue</source>
        <translation>Đưa các mục lỗi hoặc bị từ chối đã chọn về hàng chờ gửi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Attempts</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Next attempt</source>
        <translation>Gửi lại lúc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Provincial server: {url}</source>
        <translation>Cổng tỉnh: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Server: extended: {extensions}</source>
        <translation>Máy chủ: mở rộng: {extensions}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Server: national baseline, extensions: {extensions}</source>
        <translation>Máy chủ: chuẩn quốc gia, mở rộng: {extensions}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Server: national baseline (no extension)</source>
        <translation>Máy chủ: chuẩn quốc gia (không mở rộng)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Waiting for the first run.</source>
        <translation>Chờ lần đồng bộ đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Synchronising…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Last run {time}: everything went through.</source>
        <translation>Lần chạy lúc {time}: đã gửi hết.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Last run {time}: the province did not answer; will retry.</source>
        <translation>Lần chạy lúc {time}: cổng tỉnh không trả lời; sẽ thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Last run {time}: the province asked to wait; will retry.</source>
        <translation>Lần chạy lúc {time}: cổng tỉnh yêu cầu chờ; sẽ thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Last run {time}: the province refused the account; check the password.</source>
        <translation>Lần chạy lúc {time}: cổng tỉnh từ chối tài khoản; kiểm tra mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Last run {time}: this account may not send for this office (403).</source>
        <translation>Lần chạy lúc {time}: tài khoản không được gửi cho đơn vị này (403).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Last run {time}: the province refused the request (400).</source>
        <translation>Lần chạy lúc {time}: cổng tỉnh từ chối yêu cầu (400); báo quản trị.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Sync is not configured.</source>
        <translation>Chưa cấu hình đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Last run {time}: {n} items still waiting.</source>
        <translation>Lần chạy lúc {time}: còn {n} mục chờ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source> (the newest {n} shown)</source>
        <translation> (hiện {n} mục mới nhất)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>{n} items</source>
        <translation>{n} mục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>{n} items put back in the queue.</source>
        <translation>Đã đưa {n} mục về hàng chờ gửi.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Reconciling with the province…</source>
        <translation>Đang đối soát với cổng tỉnh…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Reconciling with the province: {n} dossiers looked up…</source>
        <translation>Đang đối soát với cổng tỉnh: đã tra cứu {n} hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>{start} → {end}: {local} dossiers here, {province} at the province.</source>
        <translation>{start} → {end}: máy có {local} hồ sơ, tỉnh có {province} hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Missing at the province: {missing}; older there: {stale}; unknown here: {unknown}; newer there: {newer}; queued again: {requeued}.</source>
        <translation>Tỉnh chưa có: {missing}; tỉnh có bản cũ: {stale}; máy không có: {unknown}; tỉnh có bản mới hơn: {newer}; đã đưa lại hàng chờ: {requeued}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Missing: {code}</source>
        <translation>Tỉnh chưa có: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Older there: {code}</source>
        <translation>Tỉnh có bản cũ: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py"/>
        <source>Unknown here: {code}</source>
        <translation>Máy không có: {code}</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <location filename="../../ui/sync_scheduler.py"/>
        <source>Sync is not configured: set the province's address, the account and the password on the Settings page, Sync tab.</source>
        <translation>Chưa cấu hình đồng bộ: đặt địa chỉ cổng tỉnh, tài khoản và mật khẩu ở trang Cài đặt, thẻ Đồng bộ.</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source>sync not configured</source>
        <translation>chưa cấu hình đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source>not synchronised yet</source>
        <translation>chưa đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source>synchronising…</source>
        <translation>đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source>synchronised at {time}</source>
        <translation>đã đồng bộ lúc {time}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source>province not answering (tried {time})</source>
        <translation>cổng tỉnh không trả lời (thử lúc {time})</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source>province busy, waiting (since {time})</source>
        <translation>cổng tỉnh bận, đang chờ (từ {time})</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source>province refused the account</source>
        <translation>cổng tỉnh từ chối tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source>province refused this office (403)</source>
        <translation>cổng tỉnh từ chối đơn vị này (403)</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source>province refused the request (400)</source>
        <translation>cổng tỉnh từ chối yêu cầu (400)</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source> · {n} need attention</source>
        <translation> · {n} mục cần xử lý</translation>
    </message>
</context>
<context>
    <name>SyncItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/sync_item_dialog.py"/>
        <source>Sync item {id}</source>
        <translation>Mục đồng bộ {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_item_dialog.py"/>
        <source>No message from the province.</source>
        <translation>Cổng tỉnh không ghi lý do.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>{n} new online submissions wait for acceptance (status 1).</source>
        <translation>Có {n} hồ sơ nộp trực tuyến mới chờ tiếp nhận (trạng thái 1).</translation>
    </message>
</context>
</TS>
