"""Thousands of signal emits never bring down the interpreter (PySide6 6.12.0 defect)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_emits_survive_in_a_fresh_process() -> None:
    script = textwrap.dedent(
        """
        import ui  # applies the work-arounds
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class S(QObject):
            sig = Signal(object)

        app = QCoreApplication([])
        s = S()
        s.sig.connect(lambda v: None)
        for i in range(20000):
            s.sig.emit(i)
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
