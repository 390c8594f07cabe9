"""What the shipped catalogue holds, read from the file (the tests follow the data)."""

from __future__ import annotations

import json

from desktop.catalogue.store import SHIPPED_FILE

SHIPPED = json.loads(SHIPPED_FILE.read_text(encoding="utf-8"))
SHIPPED_COUNT = len(SHIPPED)
