"""Fixtures of the integration tests: a reference province serving on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.sync_helpers import Province1


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Province1]:
    server = Province1(tmp_path)
    yield server
    server.stop()
    server.store.dispose()
