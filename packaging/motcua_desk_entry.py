"""Entry point of the windowed desk (``motcua-desk``: the Start-menu / launcher entry).

The same command line as ``motcua`` (with no sub-command it opens the window), built without
a console on Windows; a windowed program has no stdout/stderr there, so they go to the null
device instead of failing (the desk's own log and crash reports are in the profile folder).
"""

from __future__ import annotations

import os
import sys

from desktop.cli.main import main

if __name__ == "__main__":
    if sys.stdout is None or sys.stderr is None:
        sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as we do
        sys.stdout = sys.stdout or sink
        sys.stderr = sys.stderr or sink
    sys.exit(main())
