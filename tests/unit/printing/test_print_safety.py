"""Hostile values print literally and building a form never touches the network."""

from __future__ import annotations

import socket
import urllib.request
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from reportlab import rl_config
from reportlab.platypus import Paragraph, SimpleDocTemplate

from desktop.printing import form01_receipt as f01
from desktop.printing import form02_supplement as f02
from desktop.printing import form03_refusal as f03
from desktop.printing import form04_apology as f04
from desktop.printing import form05_stop as f05
from desktop.printing import form06_control_sheet as f06
from desktop.printing import form07_register as f07
from desktop.printing.layout import styles
from tests.unit.printing import pdf_tools as t

BOLD = "<b>x</b>"
IMAGE = '<img src="http://127.0.0.1:9/a.png"/>'  # nothing listens on port 9 (discard)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every way out to the network fails and is recorded; ReportLab is set up the worst way
    (every host trusted for images), so only the escaping stands between a value and a fetch."""
    calls: list[object] = []
    monkeypatch.setattr(rl_config, "trustedHosts", ["*"])

    def refuse(*args: object, **kwargs: object) -> None:
        calls.append(args)
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    return calls


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _hostile_handover() -> f06.HandoverLine:
    return replace(t.control_sheet().handovers[0], note=IMAGE, receiver=BOLD)


HOSTILE: dict[str, tuple[Callable[[Any], bytes], Any]] = {
    "01": (
        f01.build,
        t.receipt(
            applicant_name=BOLD,
            summary=IMAGE,
            documents=(f01.DocumentLine(IMAGE, 1, 0),),
            applicant_address="A & B <i>",
        ),
    ),
    "02": (f02.build, t.supplement(applicant_name=BOLD, items=(f02.SupplementItem(IMAGE, BOLD),))),
    "03": (f03.build, t.refusal(applicant_name=BOLD, reason=IMAGE)),
    "04": (f04.build, t.apology(applicant_name=BOLD, reason=IMAGE)),
    "05": (f05.build, t.stop(applicant_name=BOLD, reason=IMAGE)),
    "06": (f06.build, t.control_sheet(applicant_name=BOLD, handovers=(_hostile_handover(),))),
    "07": (
        f07.build,
        t.register(lines=(replace(t.register().lines[0], applicant_name=BOLD, note=IMAGE),)),
    ),
}


def test_the_guard_would_catch_a_fetch(no_network: list[object], tmp_path: Any) -> None:
    """Unescaped, the same text makes ReportLab reach for the address: the guard sees it.
    (ReportLab's default trusts no host; the fixture trusts all to show escaping suffices.)"""
    doc = SimpleDocTemplate(str(tmp_path / "raw.pdf"))
    with pytest.raises(Exception):  # noqa: B017 - any failure will do; the call is what counts
        doc.build([Paragraph(IMAGE, styles()["body"])])
    assert no_network


@pytest.mark.parametrize("form", sorted(HOSTILE))
def test_markup_in_values_prints_literally_without_fetching(
    form: str, no_network: list[object]
) -> None:
    build, data = HOSTILE[form]
    pdf = build(data)
    assert no_network == []
    assert b"/Subtype /Image" not in pdf  # no raster image at all (QR and barcode are vector)
    text = _squeeze(t.flat(pdf))
    assert _squeeze(BOLD) in text
    assert _squeeze(IMAGE) in text


def test_ampersand_and_lone_brackets_print_literally(no_network: list[object]) -> None:
    text = t.flat(f01.build(HOSTILE["01"][1]))
    assert "Địa chỉ: A & B <i>" in text
