"""argparse in Vietnamese: its own words (usage, section titles, error messages) translated.

argparse looks its words up through ``gettext`` at the moment it uses them (building a
parser, parsing, printing help); :class:`Parser` swaps in this table for those moments only.
A word missing here (a newer Python's) stays in English rather than break the command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

MESSAGES = {
    "usage: ": "Cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "xem hướng dẫn này rồi thoát",
    "show program's version number and exit": "xem số phiên bản rồi thoát",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "not allowed with argument %s": "không dùng được cùng với %s",
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị %r",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn %(option)s chưa rõ: có thể là %(matches)s"
    ),
    "unexpected option string: %s": "tùy chọn không đúng chỗ: %s",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "không mở được tệp '%(filename)s': %(error)s",
}
PLURAL = {"expected %s argument": "cần %s giá trị"}


def _translate(message: str) -> str:
    return MESSAGES.get(message, message)


def _translate_plural(singular: str, plural: str, count: int) -> str:
    return PLURAL.get(singular, singular if count == 1 else plural)


@contextmanager
def vietnamese() -> Iterator[None]:
    """argparse's words in Vietnamese for the time of the block."""
    names = vars(argparse)  # argparse's own gettext names, looked up at each use
    saved = names["_"], names["ngettext"]
    names["_"], names["ngettext"] = _translate, _translate_plural
    try:
        yield
    finally:
        names["_"], names["ngettext"] = saved


class Parser(argparse.ArgumentParser):
    """An argument parser that writes its help and its refusals in Vietnamese."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with vietnamese():
            super().__init__(*args, **kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with vietnamese():
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with vietnamese():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with vietnamese():
            return super().format_usage()

    def format_help(self) -> str:
        with vietnamese():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        """What was wrong first, then how the command is written; exit 2."""
        print(f"Lỗi: tham số không hợp lệ: {message}", file=sys.stderr)
        self.print_usage(sys.stderr)
        raise SystemExit(2)
