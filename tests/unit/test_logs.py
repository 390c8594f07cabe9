"""Logs and crash reports never carry an ID number or a phone unmasked."""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from pathlib import Path

from desktop.logs import configure, mask_personal, write_crash_report

ID, PHONE = "001090012345", "0912345678"


def test_mask_personal() -> None:
    text = f"ID {ID}, phone {PHONE}, +84912345678, old 123456789, code 000.00.00.H56-261120-0001"
    masked = mask_personal(text)
    assert ID not in masked and PHONE not in masked and "912345678" not in masked
    assert "*********345" in masked and "*******678" in masked
    assert "000.00.00.H56-261120-0001" in masked and "20261120103000" in mask_personal(
        "20261120103000"
    )


def test_log_file_and_crash_report_are_masked(tmp_path: Path) -> None:
    configure(tmp_path / "logs")
    try:
        logging.getLogger("motcua.test").warning("applicant %s phone %s", ID, PHONE)
        try:
            raise ValueError(f"bad dossier for {ID} / {PHONE}")
        except ValueError:
            logging.getLogger("motcua.test").exception("failed")
            kind, error, tb = sys.exc_info()
            assert kind is not None and error is not None
            report = write_crash_report(tmp_path / "logs", kind, error, tb, datetime(2026, 11, 20))
        for handler in logging.getLogger().handlers:
            handler.flush()
        written = (tmp_path / "logs" / "motcua.log").read_text(encoding="utf-8")
        crash = report.read_text(encoding="utf-8")
        for text in (written, crash):
            assert ID not in text and PHONE not in text
            assert "*********345" in text
        assert "ValueError" in crash and "Traceback" in crash
    finally:
        configure(None)
