"""How a call is built and an answer read: the baseline (national) and the extended dialect."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.sync.dialects.base import Dialect
from desktop.sync.dialects.extended import ExtendedDialect
from desktop.sync.dialects.national import NationalDialect


def choose(extensions: Iterable[str]) -> Dialect:
    """The dialect the login answer allows: per-record results only when ``results`` is offered."""
    return ExtendedDialect() if "results" in set(extensions) else NationalDialect()
