"""`motcua` — the desk's command line. With no sub-command it opens the desk window."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from desktop import collector
from desktop.cli.vietnamese_argparse import Parser
from desktop.version import VERSION

if TYPE_CHECKING:
    from desktop.cli.common import Invocation
    from desktop.profile import DamagedDatabaseError, Profile

# Start-up time: this module imports only what building the argument tree needs. A command's
# module is imported when that command runs (a "module:function" handler, resolved in main),
# so `motcua --version` or `dossier list` never pay for ReportLab, Qt, Alembic or httpx.
Handler = Callable[["Invocation"], int]
Sub: TypeAlias = "argparse._SubParsersAction[Parser]"
COMMANDS = "desktop.cli."
log = logging.getLogger("motcua")


DATA_DIR_HELP = "thư mục hồ sơ văn phòng (mặc định: MOTCUA_HOME)"
DATABASE_URL_HELP = "URL cơ sở dữ liệu (PostgreSQL dùng chung)"


def _profile_options(parser: argparse.ArgumentParser) -> None:
    """--data-dir and --database-url after a sub-command. SUPPRESS: when not given there, the
    value given before the sub-command (`motcua --data-dir D init`) is kept, not reset."""
    parser.add_argument(
        "--data-dir", default=argparse.SUPPRESS, metavar="THƯ_MỤC", help=DATA_DIR_HELP
    )
    parser.add_argument(
        "--database-url", default=argparse.SUPPRESS, metavar="URL", help=DATABASE_URL_HELP
    )


def _common(parser: argparse.ArgumentParser) -> None:
    _profile_options(parser)
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    parser.add_argument("--login", help="tài khoản cán bộ thực hiện (hoặc MOTCUA_USER)")


def _add(
    sub: argparse._SubParsersAction[Parser], name: str, handler: Handler | str, help_text: str
) -> argparse.ArgumentParser:
    """A sub-command; ``handler`` is a function or "module:function" in desktop.cli."""
    parser = sub.add_parser(name, help=help_text, description=help_text)
    _common(parser)
    parser.set_defaults(handler=handler)
    return parser


def _profile_commands(sub: Sub) -> None:
    p = _add(sub, "init", "profile_cmds:cmd_init", "khởi tạo hồ sơ văn phòng")
    p.add_argument("--office-code", required=True)
    p.add_argument("--office-name", required=True)
    p.add_argument("--office-hours", help='ví dụ "07:30-11:30,13:30-17:00"')
    p.add_argument("--superior", help="tên cơ quan cấp trên (in trên biểu mẫu)")
    p.add_argument("--place", help="địa danh (in trên biểu mẫu)")
    p.add_argument("--admin", help="tạo quản trị viên đầu tiên (mật khẩu: MOTCUA_ADMIN_PASSWORD)")
    p = _add(sub, "demo", "demo_cmd:cmd_demo", "tạo dữ liệu mẫu")
    p.add_argument("--dossiers", type=int, default=1000)
    p.add_argument("--seed", type=int, default=2026)
    config = sub.add_parser("config", help="thiết lập").add_subparsers(dest="sub", required=True)
    p = _add(config, "set", "profile_cmds:cmd_config_set", "đặt một thiết lập")
    p.add_argument("key")
    p.add_argument("value")
    _add(config, "show", "profile_cmds:cmd_config_show", "xem thiết lập")
    holidays = sub.add_parser("holidays", help="ngày nghỉ").add_subparsers(
        dest="sub", required=True
    )
    p = _add(
        holidays, "show", "holiday_cmds:cmd_holidays_show", "xem ngày nghỉ, ngày làm bù của năm"
    )
    p.add_argument("year", type=int)
    p = _add(
        holidays, "set", "holiday_cmds:cmd_holidays_set", "đặt một ngày nghỉ/làm việc của cơ quan"
    )
    p.add_argument("day", help="YYYY-MM-DD")
    kind = p.add_mutually_exclusive_group(required=True)
    kind.add_argument("--off", dest="working", action="store_false")
    kind.add_argument("--working", dest="working", action="store_true")
    p.add_argument("--note")
    p = _add(holidays, "unset", "holiday_cmds:cmd_holidays_unset", "bỏ thay đổi riêng của một ngày")
    p.add_argument("day", help="YYYY-MM-DD")
    templates = sub.add_parser("form-template", help="mẫu in của cơ quan").add_subparsers(
        dest="sub", required=True
    )
    _add(templates, "list", "form_template_cmds:cmd_form_template_list", "xem các mẫu in")
    _add(templates, "check", "form_template_cmds:cmd_form_template_check", "kiểm tra các mẫu in")
    for name, help_text in (("show", "xem nội dung mẫu in"), ("reset", "về mẫu mặc định")):
        p = _add(templates, name, f"form_template_cmds:cmd_form_template_{name}", help_text)
        p.add_argument("form", help="mẫu 01–07")
    p = _add(sub, "deadline", "profile_cmds:cmd_deadline", "tính ngày hẹn trả")
    p.add_argument("--received", required=True, help='"YYYY-MM-DD HH:MM"')
    p.add_argument("--procedure")
    p.add_argument("--limit")
    p.add_argument("--unit", help="working_days | working_hours | same_day")
    p.add_argument("--cutoff-15h", action="store_true")
    cat = sub.add_parser("catalogue", help="danh mục thủ tục").add_subparsers(
        dest="sub", required=True
    )
    p = _add(cat, "list", "catalogue_cmds:cmd_catalogue_list", "thủ tục đang hiệu lực")
    p.add_argument("--unconfirmed", action="store_true", help="chỉ thủ tục chưa xác nhận")
    p = _add(cat, "import", "catalogue_cmds:cmd_catalogue_import", "nhập danh mục (JSON)")
    p.add_argument("file")
    p = _add(cat, "export", "catalogue_cmds:cmd_catalogue_export", "xuất danh mục (JSON)")
    p.add_argument("file")
    _add(
        cat,
        "update",
        "catalogue_cmds:cmd_catalogue_update",
        "nạp danh mục kèm theo bản phần mềm này (chỉ thêm phiên bản mới)",
    )


def _dossier_commands(sub: Sub) -> None:
    from desktop.cli.dossier_cmds import CLI_ACTIONS

    ds = sub.add_parser("dossier", help="hồ sơ").add_subparsers(dest="sub", required=True)
    p = _add(ds, "add", "dossier_cmds:cmd_dossier_add", "tiếp nhận một hồ sơ từ JSON (tệp hoặc -)")
    p.add_argument("file")
    p = _add(ds, "show", "dossier_cmds:cmd_dossier_show", "xem một hồ sơ")
    p.add_argument("code")
    p.add_argument("--reveal", action="store_true", help="hiện đầy đủ số định danh, điện thoại")
    p = _add(ds, "list", "dossier_cmds:cmd_dossier_list", "danh sách hồ sơ")
    p.add_argument("--status", action="append", help="mã trạng thái (có thể lặp, hoặc 2,4)")
    p.add_argument("--procedure")
    p.add_argument("--field")
    p.add_argument("--channel", type=int, choices=(1, 2, 3))
    p.add_argument("--from", dest="received_from", help="tiếp nhận từ ngày YYYY-MM-DD")
    p.add_argument("--to", dest="received_to", help="tiếp nhận đến hết ngày YYYY-MM-DD")
    p.add_argument("--due-soon", action="store_true")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--reveal", action="store_true", help="hiện đầy đủ số định danh, điện thoại")
    p = _add(ds, "act", "dossier_cmds:cmd_dossier_act", "ghi nhận một bước xử lý")
    p.add_argument("code")
    p.add_argument("action", help=", ".join(CLI_ACTIONS))
    p.add_argument("--at", help='thời điểm đã xảy ra "YYYY-MM-DD HH:MM"')
    p.add_argument("--note")
    p.add_argument("--reason")
    p.add_argument("--to-unit")
    p.add_argument("--receiver")
    p.add_argument("--item", action="append", help="nội dung cần bổ sung (lặp lại được)")
    p.add_argument("--new-appointment", help='"YYYY-MM-DD HH:MM"')
    p.add_argument("--recipient")
    p.add_argument("--fee-name")
    p.add_argument("--amount", type=int)
    p.add_argument("--method", choices=("cash", "bank_transfer", "online"))
    p = _add(
        sub, "search", "dossier_cmds:cmd_search", "tìm hồ sơ theo mã, số định danh, điện thoại, tên"
    )
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--reveal", action="store_true")


def _print_command(sub: Sub) -> None:
    from desktop.cli import print_cmd

    p = _add(sub, "print", "print_cmd:cmd_print", "in biểu mẫu 01–07 ra tệp PDF")
    print_cmd.add_arguments(p)


def _report_commands(sub: Sub) -> None:
    from desktop.cli import report_cmds

    p = _add(sub, "report", "report_cmds:cmd_report", "báo cáo mẫu II.06a (PDF, XLSX, CSV)")
    report_cmds.add_report_arguments(p)
    p = _add(sub, "register", "report_cmds:cmd_register", "sổ theo dõi hồ sơ mẫu 07 (PDF, XLSX)")
    report_cmds.add_register_arguments(p)


def _index_command(sub: Sub) -> None:
    from desktop.cli import index_cmds

    p = _add(sub, "index", "index_cmds:cmd_index", "chỉ số phục vụ theo Quyết định 766 (tháng)")
    index_cmds.add_arguments(p)


def _province_server_command(sub: Sub) -> None:
    from desktop.cli import province_server_cmd

    p = _add(
        sub,
        "province-server",
        "province_server_cmd:cmd_province_server",
        "chạy máy chủ tỉnh mẫu (SYNC.md) cho thử nghiệm",
    )
    province_server_cmd.add_arguments(p)


def _safety_commands(sub: Sub) -> None:
    from desktop.cli import safety_cmds

    safety_cmds.add_commands(sub, _add)


def _attach_commands(sub: Sub) -> None:
    from desktop.cli import attach_cmds

    attach_cmds.add_commands(sub, _add)


def _audit_command(sub: Sub) -> None:
    from desktop.cli import audit_cmds

    audit = sub.add_parser("audit", help="nhật ký kiểm tra").add_subparsers(
        dest="sub", required=True, parser_class=Parser
    )
    audit_cmds.add_commands(audit, _add)


def _privacy_command(sub: Sub) -> None:
    from desktop.cli import privacy_cmds

    privacy = sub.add_parser("privacy", help="dữ liệu cá nhân").add_subparsers(
        dest="sub", required=True, parser_class=Parser
    )
    privacy_cmds.add_commands(privacy, _add)


def _user_command(sub: Sub) -> None:
    from desktop.cli import user_cmds

    users = sub.add_parser("user", help="tài khoản cán bộ").add_subparsers(
        dest="sub", required=True, parser_class=Parser
    )
    user_cmds.add_commands(users, _add)


def _sync_command(sub: Sub) -> None:
    from desktop.cli import sync_cmds

    p = _add(
        sub, "sync", "sync_cmds:cmd_sync", "đồng bộ với cổng tỉnh: gửi hàng chờ, nhận danh mục"
    )
    sync_cmds.add_commands(p.add_subparsers(dest="sync_sub", parser_class=Parser), _add)


# The counter window's keys (ui/main_window.py, ui/pages/intake_page.py, ui/pages/return_page.py,
# ui/dialogs/outcome_dialog.py, ui/dialogs/print_preview.py), for `motcua --help`.
WINDOW_KEYS = """\
Phím tắt trong cửa sổ quầy:
  Ctrl+1 … Ctrl+8  chuyển trang: Tiếp nhận, Hồ sơ, Sắp đến hạn & Quá hạn, Trả kết quả,
                   Báo cáo, Đồng bộ, Cài đặt, Chỉ số phục vụ
  F2               mở trang Tiếp nhận; trên trang Tiếp nhận: hồ sơ mới
  F3               (Tiếp nhận) đến ô quét mã QR thẻ căn cước
  Ctrl+S           (Tiếp nhận) tiếp nhận hồ sơ; (xem trước bản in) lưu tệp PDF
  Ctrl+P           (Tiếp nhận) in lại phiếu; (xem trước bản in) in
  F12              đổi cán bộ (khi văn phòng có tài khoản)
  Enter            (Trả kết quả) tìm hồ sơ theo mã vừa quét hoặc gõ
  1, 2, 3 / Esc    (Trả kết quả) mức hài lòng của người dân / bỏ qua
  Ctrl+Enter / Esc (bổ sung, từ chối hồ sơ) xác nhận / hủy"""


def _epilog() -> str:
    from desktop.settings import demo_data_dir

    demo = (
        f"Hồ sơ mẫu: `motcua --demo` mở quầy trên hồ sơ mẫu ở {demo_data_dir()} (tạo ở lần "
        "chạy đầu, không bao giờ đồng bộ với cổng tỉnh thật); `motcua --demo LỆNH …` chạy một "
        "lệnh trên hồ sơ đó, ví dụ `motcua --demo dossier list`."
    )
    return textwrap.fill(demo, width=88, break_on_hyphens=False) + "\n\n" + WINDOW_KEYS


def _gui_command(sub: Sub) -> None:
    help_text = "mở giao diện quầy (hoặc chụp ảnh một trang với --screenshot)"
    p = sub.add_parser("gui", help=help_text, description=help_text)
    # SUPPRESS: options given before `gui` (motcua --demo gui) are kept, not reset.
    p.add_argument(
        "--page",
        help="trang mở đầu: intake, dossiers, board, return, report, sync, settings, index",
    )
    p.add_argument("--screenshot", metavar="FILE.png", help="lưu ảnh cửa sổ rồi thoát")
    p.add_argument(
        "--demo", action="store_true", default=argparse.SUPPRESS, help="mở trên hồ sơ mẫu"
    )
    _profile_options(p)
    p.set_defaults(handler=_open_desk)


# The argument tree, in the order `motcua --help` lists it: each part adds the commands named
# beside it and imports the modules whose options it needs. A command line builds only the
# part of its command (`dossier list` does not import the backup, sync or report commands).
TREE: tuple[tuple[tuple[str, ...], Callable[[Sub], None]], ...] = (
    (
        ("init", "demo", "config", "holidays", "form-template", "deadline", "catalogue"),
        _profile_commands,
    ),
    (("dossier", "search"), _dossier_commands),
    (("print",), _print_command),
    (("report", "register"), _report_commands),
    (("index",), _index_command),
    (("province-server",), _province_server_command),
    (("backup", "backups", "restore", "check"), _safety_commands),
    (("attach", "attachments", "scan"), _attach_commands),
    (("audit",), _audit_command),
    (("privacy",), _privacy_command),
    (("user",), _user_command),
    (("sync",), _sync_command),
    (("gui",), _gui_command),
)


def _first_word(argv: Sequence[str]) -> str | None:
    """The first word of ``argv`` after the options every command takes (--demo, --data-dir
    DIR, --database-url URL): a command, or an option such as --version or --help."""
    words = iter(argv)
    for word in words:
        if word in ("--data-dir", "--database-url"):
            next(words, None)
        elif word != "--demo" and not word.startswith(("--data-dir=", "--database-url=")):
            return word
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser: for ``argv`` naming a command, with only that command's part of
    the tree; with no command (the window opens), with none; otherwise (--help, a word that
    is not a command, and ``argv=None``) with the whole of it."""
    parser = Parser(
        prog="motcua",
        description="Motcua Desk — bộ phận Một cửa cấp xã",
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"motcua {VERSION}",
        help="xem số phiên bản rồi thoát",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="làm việc trên hồ sơ mẫu (tạo ở lần chạy đầu): mở quầy, hoặc chạy LỆNH trên đó",
    )
    parser.add_argument("--data-dir", metavar="THƯ_MỤC", help=DATA_DIR_HELP)
    parser.add_argument("--database-url", metavar="URL", help=DATABASE_URL_HELP)
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    # No command (the window): no part. A word that is not a command, or --help: the whole
    # tree, so that argparse lists every command.
    word = "--help" if argv is None else _first_word(argv)
    whole = word is not None and not any(word in names for names, _part in TREE)
    for names, add_part in TREE:
        if whole or word in names:
            add_part(sub)
    return parser


def _utf8_output() -> None:
    """Vietnamese on any console or pipe: a Windows pipe or a C locale would otherwise use a
    code page without these letters and fail on the first "Đã"."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if stream is not None and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _asks_version(argv: Sequence[str]) -> bool:
    """`motcua --version` (options before it allowed): answered before anything is imported."""
    return _first_word(argv) == "--version"


def _resolve(handler: Handler | str | None) -> Handler:
    """The handler to run: a "module:function" reference is imported only now."""
    if handler is None:
        return _open_desk
    if isinstance(handler, str):
        module, function = handler.split(":")
        found: Handler = getattr(importlib.import_module(COMMANDS + module), function)
        return found
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_output()
    words = sys.argv[1:] if argv is None else list(argv)
    if _asks_version(words):
        print(f"motcua {VERSION}")
        return 0
    collector.starting()
    try:
        return _run(words)
    finally:
        collector.resumed()  # however the command ended (--help, a wrong word, an error)


def _run(words: list[str]) -> int:
    from desktop.cli.common import Invocation
    from desktop.errors import DeskError
    from desktop.files import PRIVATE_UMASK
    from desktop.logs import configure as configure_logging

    if os.name == "posix":  # files made by libraries (SQLite, logging, pg_dump) stay private
        os.umask(PRIVATE_UMASK)
    configure_logging()
    args = build_parser(words).parse_args(words)
    handler = _resolve(getattr(args, "handler", None))
    if handler is not _open_desk:  # the window says when it has started (ui.app)
        collector.started()  # the command's modules are loaded: collect as usual
    run = Invocation(args)
    try:
        code = handler(run)
        sys.stdout.flush()
        return code
    except DeskError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # Whoever read the output went away (`motcua dossier list | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        run.close()


def _open_desk(run: Invocation) -> int:
    """The composition root: open the counter window (imported lazily) on the profile."""
    from desktop.cli.desk_cmd import demo_profile, print_overview
    from desktop.errors import DeskError
    from desktop.profile import DamagedDatabaseError

    args = run.args
    page: str | None = getattr(args, "page", None)
    shot: str | None = getattr(args, "screenshot", None)
    has_ui = importlib.util.find_spec("ui.app") is not None
    try:
        profile = demo_profile(run.data_dir) if args.demo else run.profile(check=True)
    except DamagedDatabaseError as exc:
        if not has_ui or shot is not None:
            raise
        chosen = _damaged(run, exc)
        if chosen is None:
            return exc.exit_code
        profile = chosen
    except DeskError as exc:
        if has_ui and shot is None:  # started from a launcher: no terminal to read stderr
            from ui.app import tell_error

            tell_error(exc.message)
        raise
    try:
        if not has_ui:
            print_overview(profile)
            return 0 if shot is None else 1
        from ui.app import run_desk

        return int(run_desk(profile, page=page, screenshot=Path(shot) if shot else None))
    finally:
        profile.close()


def _damaged(run: Invocation, error: DamagedDatabaseError) -> Profile | None:
    """Ask the officer: restore the newest good backup, open read-only, or quit."""
    from desktop import clock
    from desktop.safety.restore import restore
    from desktop.settings import database_url, default_data_dir, load_settings
    from ui.app import ask_damaged

    collector.started()  # a dialog waits for the officer: start-up is over
    choice = ask_damaged(error)
    if choice == "restore" and error.backup is not None:
        folder = run.data_dir or default_data_dir()
        url = database_url(folder, load_settings(folder), run.args.database_url)
        restore(url, error.backup, folder / "backups", clock.now())
        return run.profile(check=True)
    if choice == "read_only":
        return run.profile(read_only=True)
    return None


if __name__ == "__main__":
    raise SystemExit(main())
