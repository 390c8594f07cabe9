"""The cyclic garbage collector while the desk starts.

Starting a command imports several hundred modules and builds the mapped tables: hundreds of
thousands of objects that live as long as the process, and none of them garbage. With Python's
default thresholds the collector walks them again and again while they are made (about 40 ms
of a 0.45 s command). So it waits while the modules load; then what they made is moved out of
its sight (``gc.freeze``) and it collects as usual: the command line once its command's module
is imported, the window once it is shown.
"""

from __future__ import annotations

import gc

USUAL = gc.get_threshold()
STARTING = (0, *USUAL[1:])  # a first threshold of 0: no automatic collection


def starting() -> None:
    """No collections while the program's own objects are made."""
    gc.set_threshold(*STARTING)


def started() -> None:
    """Start-up is over: keep what it made out of later collections (the first time in this
    process: a process that runs several commands, a test run, freezes once), and collect as
    usual."""
    if gc.get_threshold() == STARTING:
        if gc.get_freeze_count() == 0:
            gc.freeze()
        gc.set_threshold(*USUAL)


def resumed() -> None:
    """Collect as usual again, whatever happened (start-up ended early: an error, --help)."""
    if gc.get_threshold() == STARTING:
        gc.set_threshold(*USUAL)
