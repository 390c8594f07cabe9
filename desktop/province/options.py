"""The server's options, light to import: the desk's command line builds its parser with them
without loading the server."""

from __future__ import annotations

import argparse

PASSWORD_ENV = "MOTCUA_PROVINCE_PASSWORD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The server's options, but ``--database-url`` (the desk's command line has its own)."""
    parser.add_argument("--host", default="127.0.0.1", help="địa chỉ lắng nghe")
    parser.add_argument("--port", type=int, default=8750, help="cổng (mặc định 8750)")
    parser.add_argument("--user", required=True, help="tài khoản xã dùng để đăng nhập")
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
        "--dialect",
        choices=("national", "extended"),
        default="extended",
        help="cách nói của máy chủ: national (bộ tích hợp quốc gia, cả lần gửi hoặc không gì) "
        "hoặc extended (thêm mọi phần mở rộng, xét từng bản ghi; mặc định)",
    )
    parser.add_argument(
        "--seed-online",
        type=int,
        default=0,
        metavar="N",
        help="thêm N hồ sơ nộp trực tuyến mẫu cho mỗi đơn vị (thử nghiệm)",
    )
