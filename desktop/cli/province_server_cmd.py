"""`motcua province-server` — run the reference provincial server until SIGTERM/SIGINT."""

from __future__ import annotations

import argparse
import json
import os
import signal
import threading
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from desktop.cli.common import Invocation
from desktop.errors import InputError

if TYPE_CHECKING:
    pass


PASSWORD_ENV = "MOTCUA_PROVINCE_PASSWORD"
CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "procedures.json"


def cmd_province_server(run: Invocation) -> int:
    from desktop.sync.server.handlers import Province
    from desktop.sync.server.http import ProvinceServer
    from desktop.sync.server.seed import seed_online
    from desktop.sync.server.store import Store

    args = run.args
    url = args.database_url
    if not url:
        raise InputError("cần --database-url cho cơ sở dữ liệu của tỉnh", field="--database-url")
    password = args.password or os.environ.get(PASSWORD_ENV, "")
    if not password:
        raise InputError(f"cần --password hoặc biến môi trường {PASSWORD_ENV}", field="--password")
    store = Store(url)
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    if args.seed_catalogue:
        store.load_catalogue(catalogue)
    if args.seed_online:
        if args.seed_online < 0 or args.seed_online > 1000:
            raise InputError("--seed-online phải từ 0 đến 1000", field="--seed-online")
        seed_online(store, list(args.agency), catalogue, args.seed_online, run.now())
    if not 1 <= args.max_batch <= 10_000:
        raise InputError("--max-batch phải từ 1 đến 10000", field="--max-batch")
    province = Province(
        store, args.user, password, frozenset(args.agency), max_batch=args.max_batch
    )
    server = ProvinceServer((args.host, args.port), province)
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    thread = server.start()
    host, port = server.server_address[0], server.server_address[1]
    print(f"listening on http://{host!s}:{port}", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
        thread.join(timeout=10)
        store.dispose()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `province-server` (``--database-url`` comes from the common ones)."""

    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8750)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", help=f"mật khẩu (hoặc biến môi trường {PASSWORD_ENV})")
    parser.add_argument(
        "--agency", action="append", required=True, help="mã đơn vị được phép (lặp lại được)"
    )
    parser.add_argument(
        "--seed-catalogue", action="store_true", help="nạp danh mục thủ tục kèm theo"
    )
    parser.add_argument(
        "--max-batch", type=int, default=100, help="số bản ghi tối đa mỗi lần gửi (mặc định 100)"
    )
    parser.add_argument(
        "--seed-online",
        type=int,
        default=0,
        metavar="N",
        help="thêm N hồ sơ nộp trực tuyến mẫu cho mỗi đơn vị (thử nghiệm)",
    )
