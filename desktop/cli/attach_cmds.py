"""`motcua attach`, `motcua attachments` and `motcua scan`: the files of a dossier from the
command line, through ``desk.attachments`` and ``desk.scanning``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import Invocation, emit, fmt_time
from desktop.errors import InputError

if TYPE_CHECKING:  # the service's modules (SQLAlchemy) are imported when a command runs
    from desktop.attachments.checks import CheckedFile
    from desktop.attachments.service import AttachmentView, Origin, Role

NOT_SENT = "chưa gửi"

Add = Callable[..., argparse.ArgumentParser]


def add_commands(sub: argparse._SubParsersAction[Any], add: Add) -> None:
    p = add(
        sub,
        "attach",
        "attach_cmds:cmd_attach",
        "đính kèm tệp (PDF, JPEG, PNG) vào hồ sơ: nhiều tệp ghép thành một PDF cho một giấy tờ",
    )
    p.add_argument("code", help="mã hồ sơ")
    p.add_argument("files", nargs="+", metavar="TỆP", help="các trang, theo thứ tự")
    _place(p)
    origin = p.add_mutually_exclusive_group()
    origin.add_argument(
        "--reused", action="store_true", help="giấy tờ tái sử dụng (đã số hóa trước đây)"
    )
    origin.add_argument(
        "--national-store", action="store_true", help="lấy từ kho dữ liệu của công dân"
    )
    p = add(sub, "attachments", "attach_cmds:cmd_attachments", "danh sách tệp của một hồ sơ")
    p.add_argument("code", help="mã hồ sơ")
    p.add_argument("--removed", action="store_true", help="cả các tệp đã gỡ")
    p = add(
        sub,
        "scan",
        "attach_cmds:cmd_scan",
        "quét giấy tờ vào hồ sơ (máy quét SANE hoặc thư mục quét), hoặc xem các máy quét",
    )
    p.add_argument("code", nargs="?", help="mã hồ sơ")
    p.add_argument("--list-devices", action="store_true", help="xem các máy quét tìm thấy")
    _place(p, required=False)
    p.add_argument("--device", help="máy quét (mặc định: scan.device, hoặc máy đầu tiên)")
    p.add_argument("--pages", type=int, default=1, help="số trang cần quét (mặc định 1)")
    p.add_argument(
        "--from-folder",
        action="store_true",
        help="lấy các tệp máy in đa năng đã quét vào thư mục scan.watch_folder",
    )


def _place(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    place = parser.add_mutually_exclusive_group(required=required)
    place.add_argument("--item", type=int, metavar="N", help="giấy tờ số N trong danh mục")
    place.add_argument(
        "--result",
        type=int,
        nargs="?",
        const=1,
        metavar="N",
        help="giấy tờ kết quả (số N, mặc định 1)",
    )


def _item(args: argparse.Namespace) -> tuple[Role, int]:
    from desktop.attachments.service import Role

    if args.item is not None:
        return Role.DOCUMENT, args.item
    if args.result is not None:
        return Role.RESULT, args.result
    raise InputError("Cần chọn --item N (giấy tờ trong danh mục) hoặc --result.", field="item")


def _origin(args: argparse.Namespace) -> Origin:
    from desktop.attachments.service import Origin

    if getattr(args, "reused", False):
        return Origin.REUSED
    if getattr(args, "national_store", False):
        return Origin.NATIONAL_STORE
    return Origin.SCANNED


def _attach(run: Invocation, pages: list[CheckedFile], origin: Origin) -> list[AttachmentView]:
    from desktop.attachments.service import ItemFile

    role, position = _item(run.args)
    desk = run.desk()
    prepared = desk.attachments.prepare(pages)
    return desk.attachments.attach(run.args.code, [ItemFile(role, position, prepared, origin)])


def _stored(code: str, views: list[AttachmentView]) -> str:
    return "\n".join(
        f"Đã đính kèm vào hồ sơ {code}, {_place_label(v)} ({v.name}): {v.pages} trang, "
        f"{_kb(v.size)} KB, mã {v.sha256[:12]}…"
        for v in views
    )


def _place_label(view: AttachmentView) -> str:
    kind = "giấy tờ số" if view.role == "document" else "kết quả số"
    return f"{kind} {view.position}"


def _kb(size: int) -> str:
    return f"{size / 1024:,.0f}".replace(",", ".")


def cmd_attach(run: Invocation) -> int:
    _item(run.args)  # the place is known before any file is read
    desk = run.desk()
    pages = [desk.attachments.read(Path(name)) for name in run.args.files]
    views = _attach(run, pages, _origin(run.args))
    emit(run, views, _stored(run.args.code, views))
    return 0


def cmd_attachments(run: Invocation) -> int:
    views = run.desk().attachments.listing(run.args.code, removed=run.args.removed)
    emit(run, views, _table(run.args.code, views))
    return 0


def _table(code: str, views: list[AttachmentView]) -> str:
    if not views:
        return f"Hồ sơ {code} chưa có tệp đính kèm nào."
    lines = [f"{'#':>3}  {'Giấy tờ':<12} {'Tên':<40} {'Trang':>5} {'KB':>6}  Nguồn / Thêm lúc"]
    lines += [
        f"{v.id:>3}  {_place_label(v):<12} {v.name[:40]:<40} {v.pages:>5} {_kb(v.size):>6}  "
        f"{v.origin_label}; {fmt_time(v.added_at)} {v.added_by}; {v.remote_path or NOT_SENT}"
        for v in views
    ]
    return "\n".join(lines) + f"\n({len(views)} tệp)"


def cmd_scan(run: Invocation) -> int:
    args = run.args
    if args.list_devices:
        return _list_devices(run)
    if not args.code:
        raise InputError("Cần mã hồ sơ (hoặc --list-devices để xem các máy quét).", field="code")
    _item(args)
    desk = run.desk()
    if args.from_folder:
        return _from_folder(run)
    pages = desk.scanning.scan(args.device, args.pages)
    views = _attach(run, pages, _origin(args))
    emit(run, views, _stored(args.code, views))
    return 0


def _list_devices(run: Invocation) -> int:
    devices = run.desk(sign_in=False).scanning.scanners()
    emit(
        run,
        devices,
        "\n".join(f"{d.name}  {d.label}" for d in devices)
        or "Không tìm thấy máy quét nào: kiểm tra máy đã bật và cắm cáp.",
    )
    return 0


def _from_folder(run: Invocation) -> int:
    """The whole files of the scan folder (seen twice at the same size), attached in the order
    they were scanned, then moved into ``đã-nhận``."""
    scanning = run.desk().scanning
    found = scanning.settled_folder_pages()
    if not found:
        raise InputError(
            f"Thư mục quét {scanning.folder.path} chưa có tệp quét nào (PDF, JPEG, PNG).",
            field="file",
        )
    views = _attach(run, [p.page for p in found], _origin(run.args))
    moved = scanning.take_folder(found)
    text = _stored(run.args.code, views) + f"\nĐã chuyển {len(moved)} tệp vào {moved[0].parent}."
    emit(run, views, text)
    return 0
