"""`motcua sync …` — push and pull, status, items, offline bundles, reconciliation, password."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.accounts.roles import Permission
from desktop.audit import chain as audit
from desktop.cli.common import Invocation, emit
from desktop.dossiers.context import DeskContext
from desktop.dossiers.validation import parse_date_vn
from desktop.errors import InputError
from desktop.settings import Settings
from desktop.sync import state
from desktop.sync.errors import BadCredentials, Forbidden
from desktop.sync.outbox import ItemState
from desktop.sync.push_pull import SyncOutcome, last_report, open_gateway, state_counts, sync_once

if TYPE_CHECKING:
    pass

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


def _context(run: Invocation) -> DeskContext:
    with run.reading() as (_session, ctx):
        return ctx


def cmd_sync(run: Invocation) -> int:
    """One run: push everything pending (now), pull the catalogue and online submissions."""
    run.require(Permission.SYNC)
    profile = run.profile()
    ctx = _context(run)
    with open_gateway(profile.settings, ctx.office_code) as gateway:
        report = sync_once(profile.db, gateway, ctx, now=run.now, force=True)
    emit(run, report.to_json(), None)
    if report.message:
        print(f"Đồng bộ: {report.message}", file=sys.stderr)
    return report.exit_code


def cmd_sync_status(run: Invocation) -> int:
    from desktop.sync.items import STATE_LABELS

    run.require(Permission.SYNC)
    db = run.profile().db
    counts = state_counts(db)
    with db.read_session() as session, session.begin():
        until = state.read_time(session, state.THROTTLED_UNTIL)
    left = sum(n for s, n in counts.items() if s != ItemState.ACKED.value)
    last = last_report(db)
    value = {
        "counts": counts,
        "left": left,
        "throttled_until": until.isoformat(sep=" ") if until and until > run.now() else "",
        "last_run": last,
    }
    lines = [f"{STATE_LABELS[ItemState(name)]}: {count}" for name, count in counts.items()]
    if last:
        outcome = str(last.get("outcome"))
        lines.append(
            f"Lần chạy cuối: {last.get('finished_at')} — {OUTCOME_LABELS.get(outcome, outcome)}"
        )
    emit(run, value, "\n".join(lines))
    return 0


def cmd_sync_list(run: Invocation) -> int:
    from desktop.sync.items import list_items

    run.require(Permission.SYNC)
    states = tuple(ItemState(s) for s in run.args.state or ())
    items = list_items(run.profile().db, states, limit=run.args.limit)
    lines = [
        f"{i.id:>7}  {i.state_label:<20} {i.kind_label:<11} {i.code}"
        + (f" v{i.version}" if i.version else "")
        + (f"  — {i.reason}" if i.reason else "")
        for i in items
    ]
    emit(run, [asdict(i) for i in items], "\n".join(lines) or "Không có mục nào.")
    return 0


def cmd_sync_show(run: Invocation) -> int:
    from desktop.sync.items import inspect_item

    run.require(Permission.SYNC)
    record = inspect_item(run.profile().db, run.args.item_id, reveal=run.args.reveal)
    emit(run, record, None)
    return 0


def cmd_sync_retry(run: Invocation) -> int:
    from desktop.sync.items import retry_items

    run.require(Permission.SYNC)
    ids = None if run.args.all else list(run.args.item_ids)
    if ids is not None and not ids:
        raise InputError("Ghi số mục cần gửi lại, hoặc --all.", field="items")
    count = retry_items(run.profile().db, ids, run.now())
    emit(run, {"requeued": count}, f"Đã đưa {count} mục về hàng chờ gửi.")
    return 0


def cmd_sync_export(run: Invocation) -> int:
    from desktop.sync.bundle import export_bundle
    from desktop.sync.credentials import find_password

    run.require(Permission.SYNC)
    profile = run.profile()
    ctx = _context(run)
    out = Path(run.args.out)
    user = profile.settings.sync_user
    password = find_password(profile.settings.sync_url, user) if user else None
    bundle = export_bundle(
        profile.db,
        out,
        agency=ctx.office_code,
        user=user,
        password=password or "",
        now=run.now(),
    )
    with run.writing() as (session, ctx):
        audit.append(
            session,
            ctx.audit_key,
            ctx.officer,
            "export.sync_bundle",
            out.name,
            {"dossiers": len(bundle.dossiers), "steps": len(bundle.steps)},
        )
    value = {"file": str(out), "dossiers": len(bundle.dossiers), "steps": len(bundle.steps)}
    emit(
        run,
        value,
        f"Đã ghi {out}: {len(bundle.dossiers)} hồ sơ, {len(bundle.steps)} bước xử lý "
        "(vẫn giữ trong hàng chờ của máy này).",
    )
    return 0


def cmd_sync_push_bundle(run: Invocation) -> int:
    from desktop.sync.bundle import push_bundle, read_bundle
    from desktop.sync.credentials import require_password
    from desktop.sync.gateway import Gateway

    settings = run.profile().settings if run.has_profile() else Settings()
    url = run.args.url or settings.sync_url
    user = run.args.user or settings.sync_user
    if not url or not user:
        raise InputError("Cần --url và --user của cổng tỉnh (hoặc một hồ sơ văn phòng đã đặt).")
    password = require_password(url, user)
    bundle = read_bundle(Path(run.args.file), user, password)  # before any network call
    with Gateway(url, bundle.agency, user, password, timeout=float(settings.sync_timeout)) as gw:
        try:
            outcome = push_bundle(bundle, gw)
        except BadCredentials as exc:
            print(f"Lỗi: {exc.message}", file=sys.stderr)
            return EXIT_REFUSED
        except Forbidden as exc:
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
    from desktop.sync.reconcile import reconcile

    run.require(Permission.SYNC)
    day_from = parse_date_vn(run.args.date_from, field="from", label_vi="Từ ngày")
    day_to = parse_date_vn(run.args.date_to, field="to", label_vi="Đến ngày")
    profile = run.profile()
    ctx = _context(run)
    with open_gateway(profile.settings, ctx.office_code) as gateway:
        report = reconcile(
            profile.db,
            gateway,
            ctx.office_id,
            day_from,
            day_to,
            run.now(),
            requeue=not run.args.dry_run,
        )
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
    from desktop.sync.credentials import store_password

    run.require(Permission.SETTINGS)
    settings = run.profile().settings
    if not settings.sync_url or not settings.sync_user:
        raise InputError("Đặt sync.url và sync.user trước (`motcua config set …`).")
    if run.args.stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Mật khẩu cổng tỉnh cho {settings.sync_user}: ")
    if not password:
        raise InputError("Mật khẩu không được để trống.", field="password")
    store_password(settings.sync_url, settings.sync_user, password)
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
