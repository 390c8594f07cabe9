"""The collector waits while a command's modules load, and collects as usual afterwards,
however the command ends."""

from __future__ import annotations

import gc

import pytest

from desktop import collector
from desktop.cli import main as cli


@pytest.fixture(autouse=True)
def _usual_thresholds_after() -> object:
    """Whatever a test does, the next one starts with the usual thresholds."""
    yield None
    gc.set_threshold(*collector.USUAL)


def test_starting_pauses_and_started_or_resumed_give_the_usual_thresholds_back() -> None:
    usual = collector.USUAL
    collector.starting()
    assert gc.get_threshold()[0] == 0  # no automatic collection while modules load
    collector.started()
    assert gc.get_threshold() == usual
    collector.starting()
    collector.resumed()
    assert gc.get_threshold() == usual
    collector.resumed()  # twice, or without starting: nothing changes
    assert gc.get_threshold() == usual


@pytest.mark.parametrize("argv", [["--help"], ["dosier"], ["dossier", "list", "--limit", "x"]])
def test_a_command_line_that_ends_early_leaves_the_collector_on(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    usual = collector.USUAL
    with pytest.raises(SystemExit):
        cli.main(argv)
    capsys.readouterr()
    assert gc.get_threshold() == usual
