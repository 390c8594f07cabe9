"""A deliberately broken `motcua` for the chaos harness: it treats a failed call as delivered.

It is the real command line with one bug planted: when a batch fails (reset, timeout, 500),
its items are marked acknowledged instead of rescheduled. The harness must find the loss.
"""

from __future__ import annotations

import sys
from datetime import datetime

from desktop.outbox.queue import ItemState
from desktop.sync import engine


def _fail_as_delivered(db, ids, message, now: datetime, rng, retry_after) -> int:  # type: ignore[no-untyped-def]
    engine._set_state(db, ids, ItemState.ACKED)
    return 0


engine._fail = _fail_as_delivered  # type: ignore[assignment]

if __name__ == "__main__":
    from desktop.cli.main import main

    raise SystemExit(main(sys.argv[1:]))
