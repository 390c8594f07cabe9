"""`motcua sync …` — push and pull, status, items, offline bundles, reconciliation, password."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.cli.common import Invocation, emit
from desktop.dossiers.validation import parse_date_vn
from desktop.errors import InputError
from desktop.outbox.listing import STATE_LABELS
from desktop.outbox.queue import ItemState
from desktop.settings import Settings
from desktop.sync.errors import BadCredentials, Forbidden
from desktop.sync.push_pull import SyncOutcome

EXIT_LEFT = 3
EXIT_REFUSED = 4
OUTCOME_LABELS = {
    SyncOutcome.OK: "xong",
    SyncOutcome.UNREACHABLE: "không liên lạc được cổng tỉnh",
    SyncOutcome.THROTTLED: "cổng tỉnh yêu cầu chờ rồi gửi lại",
    SyncOutcome.CREDENTIALS: "sai tài khoản hoặc mật khẩu cổng tỉnh",
    SyncOutcome.FORBIDDEN: "cổng tỉnh từ chối quyền của tài khoản",
    SyncOutcome.MALFORMED: "cổng tỉnh trả lời không đúng định dạng",
    SyncOutcome.UNCONFIGURED: "chưa thiết lập địa chỉ, tài khoản cổng tỉnh",
}


def cmd_sync(run: Invocation) -> int:
    """One run: push everything pending (now), pull the catalogue and online submissions."""
    report = run.desk().sync.sync_now()
    emit(run, report.to_json(), None)
    if report.message:
        print(f"Đồng bộ: {report.message}", file=sys.stderr)
    return report.exit_code


def cmd_sync_status(run: Invocation) -> int:
    sync = run.desk().sync
    status, server = sync.status(), sync.server()
    until = status.throttled_until
    value = {
        "counts": status.counts,
        "left": status.left,
        "throttled_until": until.isoformat(sep=" ") if until else "",
        "last_run": status.last_run,
        "server": server,
        "files_notice": sync.files_notice(),
    }
    lines = [f"{STATE_LABELS[ItemState(name)]}: {count}" for name, count in status.counts.items()]
    last = status.last_run
    if last:
        outcome = str(last.get("outcome"))
        label = OUTCOME_LABELS.get(outcome, outcome)
        lines += [f"Lần chạy cuối: {last.get('finished_at')} — {label}"]
    if server:
        extensions = ", ".join(str(e) for e in server.get("extensions", []))
        spoken = (
            f"mở rộng ({extensions})"
            if server.get("dialect") == "extended"
            else "chuẩn quốc gia" + (f" (mở rộng: {extensions})" if extensions else "")
        )
        lines += [f"Cổng tỉnh nói kiểu: {spoken} — theo lần đăng nhập cuối"]
    if value["files_notice"]:
        lines += [str(value["files_notice"])]
    emit(run, value, "\n".join(lines))
    return 0


def cmd_sync_list(run: Invocation) -> int:
    states = tuple(ItemState(s) for s in run.args.state or ())
    items, _total = run.desk().sync.items(states, limit=run.args.limit)
    lines = [
        f"{i.id:>7}  {i.state_label:<20} {i.kind_label:<11} {i.code}"
        + (f" v{i.version}" if i.version else "")
        + (f"  — {i.reason}" if i.reason else "")
        for i in items
    ]
    emit(run, [asdict(i) for i in items], "\n".join(lines) or "Không có mục nào.")
    return 0


def cmd_sync_show(run: Invocation) -> int:
    record = run.desk().sync.inspect(run.args.item_id, reveal=run.args.reveal)
    emit(run, record, None)
    return 0


def cmd_sync_retry(run: Invocation) -> int:
    ids = None if run.args.all else list(run.args.item_ids)
    if ids is not None and not ids:
        raise InputError("Ghi số mục cần gửi lại, hoặc --all.", field="items")
    count = run.desk().sync.retry(ids)
    emit(run, {"requeued": count}, f"Đã đưa {count} mục về hàng chờ gửi.")
    return 0


def cmd_sync_export(run: Invocation) -> int:
    out = Path(run.args.out)
    done = run.desk().sync.export_bundle(out)
    value = {"file": str(out), "dossiers": done.dossiers, "steps": done.steps}
    emit(
        run,
        value,
        f"Đã ghi {out}: {done.dossiers} hồ sơ, {done.steps} bước xử lý "
        "(vẫn giữ trong hàng chờ của máy này).",
    )
    return 0


def cmd_sync_push_bundle(run: Invocation) -> int:
    from desktop.sync.bundle import push_bundle_file

    settings = run.profile().settings if run.has_profile() else Settings()
    url = run.args.url or settings.sync_url
    user = run.args.user or settings.sync_user
    timeout = float(settings.sync_timeout)
    try:
        bundle, outcome = push_bundle_file(
            Path(run.args.file), url, user, timeout=timeout, files_url=settings.sync_files_url
        )
    except (BadCredentials, Forbidden) as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    total = len(bundle.dossiers) + len(bundle.steps)
    value: dict[str, Any] = {
        "agency": bundle.agency,
        "records": total,
        "sent": outcome.sent,
        "acked": outcome.acked,
        "results": outcome.results,
        "problems": outcome.problems,
        "stopped": outcome.stopped,
    }
    emit(run, value, None)
    if outcome.stopped:
        print(f"Đồng bộ: {outcome.stopped} Gửi lại gói này sau là an toàn.", file=sys.stderr)
    return 0 if outcome.acked == total else EXIT_LEFT


def cmd_sync_reconcile(run: Invocation) -> int:
    day_from = parse_date_vn(run.args.date_from, field="from", label_vi="Từ ngày")
    day_to = parse_date_vn(run.args.date_to, field="to", label_vi="Đến ngày")
    report = run.desk().sync.reconcile(day_from, day_to, requeue=not run.args.dry_run)
    lines = [
        f"Đối soát {report.period_from} → {report.period_to}: máy {report.local} hồ sơ, "
        f"tỉnh {report.province} hồ sơ.",
        f"Tỉnh chưa có: {len(report.missing)}; tỉnh có bản cũ: {len(report.stale)}; "
        f"máy không có: {len(report.unknown)}; tỉnh có bản mới hơn: {len(report.newer)}.",
        f"Đã đưa lại vào hàng chờ: {len(report.requeued)}; đang chờ gửi sẵn: "
        f"{len(report.already_queued)}.",
    ]
    lines += [f"  thiếu ở tỉnh: {code}" for code in report.missing]
    lines += [
        f"  tỉnh có bản cũ: {s['MaHoSo']} (tỉnh v{s['province']}, máy v{s['desk']})"
        for s in report.stale
    ]
    lines += [f"  máy không có: {u['MaHoSo']}" for u in report.unknown]
    emit(run, asdict(report), "\n".join(lines))
    return 0 if report.in_step else EXIT_LEFT


def cmd_sync_password(run: Invocation) -> int:
    def ask(user: str) -> str:
        if run.args.stdin:
            return sys.stdin.readline().rstrip("\r\n")
        return getpass.getpass(f"Mật khẩu cổng tỉnh cho {user}: ")

    run.desk().sync.save_password(ask)
    print("Đã lưu mật khẩu vào kho mật khẩu của hệ điều hành.")
    return 0


def add_commands(sub: argparse._SubParsersAction[Any], add: Any) -> None:
    """`sync` itself runs; its sub-commands are added with the CLI's ``add`` helper."""
    add(sub, "status", cmd_sync_status, "số mục đồng bộ theo trạng thái")
    p = add(sub, "list", cmd_sync_list, "liệt kê các mục đồng bộ (mới nhất trước)")
    p.add_argument("--state", action="append", choices=[s.value for s in ItemState])
    p.add_argument("--limit", type=int, default=100)
    p = add(sub, "show", cmd_sync_show, "xem bản ghi của một mục đồng bộ")
    p.add_argument("item_id", type=int)
    p.add_argument("--reveal", action="store_true", help="hiện đầy đủ số định danh, điện thoại")
    p = add(sub, "retry", cmd_sync_retry, "đưa mục lỗi / cần xử lý về hàng chờ gửi")
    p.add_argument("item_ids", type=int, nargs="*")
    p.add_argument("--all", action="store_true")
    p = add(sub, "export", cmd_sync_export, "xuất các mục chờ gửi ra gói (gửi từ máy khác)")
    p.add_argument("--out", required=True)
    p = add(sub, "push-bundle", cmd_sync_push_bundle, "gửi một gói đồng bộ lên cổng tỉnh")
    p.add_argument("file")
    p.add_argument("--url", help="địa chỉ cổng tỉnh (mặc định: sync.url của hồ sơ)")
    p.add_argument("--user", help="tài khoản cổng tỉnh (mặc định: sync.user của hồ sơ)")
    p = add(sub, "reconcile", cmd_sync_reconcile, "đối soát một khoảng ngày với cổng tỉnh")
    p.add_argument("--from", dest="date_from", required=True, help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, help="YYYY-MM-DD")
    p.add_argument("--dry-run", action="store_true", help="chỉ liệt kê, không đưa lại hàng chờ")
    p = add(sub, "password", cmd_sync_password, "lưu mật khẩu cổng tỉnh vào kho của hệ điều hành")
    p.add_argument("--stdin", action="store_true", help="đọc mật khẩu từ dòng đầu của stdin")
