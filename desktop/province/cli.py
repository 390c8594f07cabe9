"""`motcua-province`: run the reference provincial server until SIGTERM/SIGINT.

`motcua province-server` (the desk's command line) runs the same :func:`serve`.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from types import FrameType

from desktop.cli.vietnamese_argparse import Parser
from desktop.clock import now as clock_now
from desktop.province.handlers import Province
from desktop.province.http import ProvinceServer
from desktop.province.options import PASSWORD_ENV, add_arguments
from desktop.province.seed import seed_online
from desktop.province.store import Store

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "procedures.json"
EXIT_BAD_OPTION = 2


class OptionError(ValueError):
    """An option the server cannot run with; ``option`` names it, the message is Vietnamese."""

    def __init__(self, message: str, option: str) -> None:
        super().__init__(message)
        self.message, self.option = message, option


def serve(args: argparse.Namespace, now: datetime) -> int:
    """Open the store, seed it as asked, answer until a signal; 0 on a clean stop."""
    if not args.database_url:
        raise OptionError("cần --database-url cho cơ sở dữ liệu của tỉnh", "--database-url")
    password = args.password or os.environ.get(PASSWORD_ENV, "")
    if not password:
        raise OptionError(f"cần --password hoặc biến môi trường {PASSWORD_ENV}", "--password")
    if args.seed_online < 0 or args.seed_online > 1000:
        raise OptionError("--seed-online phải từ 0 đến 1000", "--seed-online")
    if not 1 <= args.max_batch <= 10_000:
        raise OptionError("--max-batch phải từ 1 đến 10000", "--max-batch")
    store = Store(args.database_url)
    try:
        _seed(store, args, now)
        province = Province(
            store,
            args.user,
            password,
            frozenset(args.agency),
            max_batch=args.max_batch,
            dialect=args.dialect,
        )
        _answer_until_stopped(ProvinceServer((args.host, args.port), province))
    finally:
        store.dispose()
    return 0


def _seed(store: Store, args: argparse.Namespace, now: datetime) -> None:
    # A province publishes every procedure with its time limit: the shipped entries whose
    # limit no source gave are left out of the reference server's list.
    shipped = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    catalogue = [item for item in shipped if item.get("ThoiHanGiaiQuyet") is not None]
    if args.seed_catalogue:
        store.load_catalogue(catalogue)
    if args.seed_online:
        seed_online(store, list(args.agency), catalogue, args.seed_online, now)


def _answer_until_stopped(server: ProvinceServer) -> None:
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
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="motcua-province",
        description="Máy chủ tỉnh mẫu theo SYNC.md (thử nghiệm, trình diễn, thí điểm).",
    )
    parser.add_argument(
        "--database-url", required=True, metavar="URL", help="cơ sở dữ liệu của tỉnh"
    )
    add_arguments(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return serve(args, clock_now())
    except OptionError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return EXIT_BAD_OPTION


if __name__ == "__main__":
    sys.exit(main())
