"""`motcua` options mean the same before and after the sub-command, for every sub-command.

Each sub-command is found in the parser itself (a new one is covered without editing this
file) and run in-process both ways on a throw-away office; the default profile (MOTCUA_HOME)
must never be created or touched.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from desktop.cli import main as cli
from desktop.cli.common import Invocation
from desktop.settings import HOME_ENV

# Sub-commands that serve until stopped: their handler only opens the profile here.
SERVING = {("gui",), ("province-server",)}
NOW = "2026-11-20T10:00:00"
# Values that get a sub-command past its own checks to the profile (others get "1").
VALUES = {
    "office_code": "000.00.00.H56",
    "office_name": "UBND xã Hòa Bình",
    "received": "2026-11-20 10:00",
    "day": "2026-11-21",
    "year": "2026",
    "date_from": "2026-11-01",
    "date_to": "2026-11-20",
}


def leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every runnable sub-command (a parser with a handler, or without sub-commands)."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if path and (parser.get_default("handler") is not None or not subs):
        yield path, parser
    for action in subs:
        for name, child in action.choices.items():
            yield from leaves(child, (*path, name))


def required_arguments(parser: argparse.ArgumentParser) -> list[str]:
    """Plausible values for the arguments a sub-command cannot do without."""
    argv: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.nargs in ("?", "*"):
            continue
        if action.option_strings and not action.required:
            continue
        value = str(next(iter(action.choices))) if action.choices else VALUES.get(action.dest, "1")
        if action.option_strings:
            argv.append(action.option_strings[0])
        argv.append(value)
    for group in parser._mutually_exclusive_groups:  # one of --off / --working
        if group.required:
            first = group._group_actions[0]
            argv.append(first.option_strings[0])
            if first.nargs != 0:  # an option with a value (--item N)
                argv.append("1")
    return argv


COMMANDS = sorted(path for path, _parser in leaves(cli.build_parser()))


def test_every_sub_command_is_found() -> None:
    assert {("init",), ("dossier", "add"), ("restore",), ("sync", "status"), ("gui",)} <= set(
        COMMANDS
    )


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_options_parse_the_same_in_both_positions(path: tuple[str, ...]) -> None:
    parser = dict(leaves(cli.build_parser()))[path]
    rest = required_arguments(parser)
    options = ["--data-dir", "van-phong", "--database-url", "sqlite+pysqlite:///van-phong.db"]
    before = vars(cli.build_parser().parse_args([*options, *path, *rest]))
    after = vars(cli.build_parser().parse_args([*path, *rest, *options]))
    assert before == after
    assert before["data_dir"] == "van-phong"
    assert before["database_url"] == "sqlite+pysqlite:///van-phong.db"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An initialised office whose database lives outside its data folder."""
    root = tmp_path_factory.mktemp("template")
    folder, database = root / "profile", root / "office.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(HOME_ENV, str(root / "default"))
        mp.setenv("MOTCUA_NOW", NOW)
        url = f"sqlite+pysqlite:///{database}"
        office = ["--office-code", "000.00.00.H56", "--office-name", "UBND xã Hòa Bình"]
        code = cli.main(["init", *office, "--data-dir", str(folder), "--database-url", url])
    assert code == 0
    return root


def _only_open(run: Invocation) -> int:
    run.profile()
    return 0


@pytest.mark.parametrize("first", [True, False], ids=["options-first", "options-last"])
@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_sub_command_never_touches_the_default_profile(
    path: tuple[str, ...],
    first: bool,
    template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    default = tmp_path / "default"
    folder, database = tmp_path / "profile", tmp_path / "office.db"
    shutil.copytree(template / "profile", folder)
    shutil.copyfile(template / "office.db", database)
    for name, value in {
        HOME_ENV: str(default),
        "MOTCUA_NOW": NOW,
        "MOTCUA_PASSWORD": "mat-khau-dai-du-12",
        "MOTCUA_NEW_PASSWORD": "mat-khau-dai-du-12",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("MOTCUA_DATABASE_URL", raising=False)
    monkeypatch.delenv("MOTCUA_USER", raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda *_a, **_k: "mat-khau-dai-du-12")
    monkeypatch.chdir(tmp_path)
    build = cli.build_parser

    def parser_without_serving(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
        parser = build(argv)
        tree = dict(leaves(parser))
        for serving in SERVING:
            if serving in tree:  # a command line builds only its command's part of the tree
                tree[serving].set_defaults(handler=_only_open)
        return parser

    monkeypatch.setattr(cli, "build_parser", parser_without_serving)
    parser = dict(leaves(cli.build_parser()))[path]
    options = ["--data-dir", str(folder), "--database-url", f"sqlite+pysqlite:///{database}"]
    rest = required_arguments(parser)
    argv = [*options, *path, *rest] if first else [*path, *rest, *options]
    # A refusal of the made-up arguments is fine; where the command looked is the point.
    with contextlib.suppress(SystemExit):
        cli.main(argv)
    capsys.readouterr()
    assert not default.exists(), f"motcua {' '.join(argv)} touched the default profile"
    assert not (folder / "motcua.db").exists(), f"motcua {' '.join(argv)} ignored --database-url"


ENGLISH = (
    "usage:",
    "positional arguments",
    "options:",
    "show this help",
    "show program",
    "error:",
    "the following arguments are required",
    "invalid choice",
    "invalid int value",
    "unrecognized arguments",
    "expected one argument",
    "one of the arguments",
    "choose from",
)


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--help"], "Cách dùng: motcua"),
        (["dossier", "list", "--help"], "tùy chọn"),
        (["user", "add", "--help"], "tham số"),
        (["dossier", "show"], "thiếu tham số bắt buộc: code"),
        (["nowhere"], "lựa chọn không hợp lệ: 'nowhere'"),
        (["dossier", "list", "--channel", "9"], "lựa chọn không hợp lệ: 9"),
        (["dossier", "list", "--limit", "many"], "giá trị không hợp lệ: 'many'"),
        (["dossier", "list", "--surplus"], "tham số không nhận ra: --surplus"),
        (["dossier", "list", "--limit"], "cần một giá trị"),
        (["holidays", "set", "2026-11-21"], "cần một trong các tham số --off --working"),
    ],
)
def test_the_command_line_speaks_vietnamese(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main(argv)
    out, err = capsys.readouterr()
    text = out + err
    assert said in text, text
    for english in ENGLISH:
        assert english not in text, f"{english!r} in:\n{text}"
    if err:
        assert err.startswith("Lỗi:"), err  # what went wrong first, then how to write it


def test_help_lists_the_window_keys(capsys: pytest.CaptureFixture[str]) -> None:
    from ui.main_window import PAGES

    with pytest.raises(SystemExit):
        cli.main(["--help"])
    text = capsys.readouterr().out
    keys = text[text.index("Phím tắt") :]
    for key in ("Ctrl+1", f"Ctrl+{len(PAGES)}", "F2", "F3", "Ctrl+S", "Ctrl+P", "F12"):
        assert key in keys, keys
    assert "Ctrl+Enter" in keys and "Esc" in keys
    assert "motcua --demo dossier list" in " ".join(text.split())  # the demo profile, reached


def test_demo_option_reaches_the_demo_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`motcua --demo COMMAND` works on the profile `motcua --demo` opens, never the office."""
    home = tmp_path / "home"
    monkeypatch.setenv(HOME_ENV, str(home))
    monkeypatch.setenv("MOTCUA_NOW", NOW)
    monkeypatch.delenv("MOTCUA_DATABASE_URL", raising=False)
    assert cli.main(["--demo", "demo", "--dossiers", "3"]) == 0
    capsys.readouterr()
    assert cli.main(["--demo", "dossier", "list", "--json"]) == 0
    assert capsys.readouterr().out.count('"code"') == 3
    assert (home / "demo" / "settings.json").exists()
    assert not (home / "settings.json").exists()
