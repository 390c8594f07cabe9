"""`motcua province-server`: the reference provincial server (package ``province``, also
`motcua-province`), imported only when this command runs."""

from __future__ import annotations

import argparse

from desktop.cli.common import Invocation
from desktop.errors import InputError


def cmd_province_server(run: Invocation) -> int:
    from desktop.province.cli import OptionError, serve

    try:
        return serve(run.args, run.now())
    except OptionError as exc:
        raise InputError(exc.message, field=exc.option) from exc


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `province-server` (``--database-url`` comes from the common ones)."""
    from desktop.province.options import add_arguments as server_arguments

    server_arguments(parser)
