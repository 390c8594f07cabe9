"""Work-arounds for defects of the Qt bindings, applied once when ``ui`` is imported.

PySide6 6.12.0 on Python < 3.12: every ``SignalInstance.emit()`` called from Python returns
``True`` without taking a reference to it, so each emit lowers ``True``'s reference count by
one and, after a few hundred emits, the interpreter aborts with ``bool_dealloc``. From
Python 3.12 on, ``True`` is immortal and nothing happens. We detect the defect by emitting a
probe signal, and when it is there we give ``True`` and ``False`` a reference cushion so large
that no working day can use it up (2**40 emits). Giving an object more references than it
needs is harmless; a fixed PySide6 makes the probe find nothing and this does nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

CUSHION = 1 << 40
PROBE_EMITS = 8


class _Probe(QObject):
    ping = Signal()


def emit_leaks_true() -> bool:
    """Whether ``Signal.emit()`` drops a reference to ``True`` on this Qt binding."""
    if sys.version_info >= (3, 12):
        return False
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBE_EMITS):
        probe.ping.emit()
    return sys.getrefcount(True) <= before - PROBE_EMITS // 2


def _add_references(obj: object, count: int) -> None:
    # ob_refcnt is the first field of every CPython object (Py_ssize_t).
    refcnt = ctypes.c_ssize_t.from_address(id(obj))
    refcnt.value += count


def apply() -> bool:
    """Apply the cushion when needed; True when the defect was found."""
    if not emit_leaks_true():
        return False
    for value in (True, False):
        _add_references(value, CUSHION)
    return True


EMIT_LEAK_FOUND = apply()
