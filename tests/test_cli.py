"""The entry points, --version, and help text on every command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

from resilience_journal import __version__
from resilience_journal.cli import app

BIN = Path(sys.executable).parent


def all_commands():
    root = typer.main.get_command(app)

    def walk(command, path):
        yield path, command
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, [*path, name])

    return list(walk(root, []))


@pytest.mark.parametrize(
    "argv",
    [
        [sys.executable, "-m", "resilience_journal"],
        [str(BIN / "rj")],
        [str(BIN / "resilience-journal")],
    ],
)
def test_every_entry_point_runs(argv, rj_home):
    import os

    env = {**os.environ, "RJ_HOME": str(rj_home)}
    version = subprocess.run([*argv, "--version"], capture_output=True, text=True, env=env)
    assert version.returncode == 0
    assert version.stdout.strip() == f"rj (Resilience Journal) {__version__}"
    written = subprocess.run(
        [*argv, "write", "via entry point"], capture_output=True, text=True, env=env
    )
    assert written.returncode == 0, written.stderr
    assert (rj_home / "journal.db").exists()


@pytest.mark.parametrize(
    ("args", "expect", "code"),
    [
        (["--db", "{home}/other.db", "write", "only this command was built"], "Saved entry 1", 0),
        (["--db={home}/other.db", "wins", "--help"], "Look back at your small wins", 0),
        (["goals", "--help"], "Usage: rj goals", 0),
        (["-h", "write"], "help-now", 0),  # an option first: the whole tree, full help
        (["writ", "x"], "Did you mean 'write'?", 2),
        (["--help"], "experiments", 0),
        (["help"], "help-now", 0),  # `rj help` prints the whole list, in a hard moment too
        (["--db"], "requires an argument", 2),
        (["--", "write", "after --"], "Saved entry 1", 0),  # the whole tree, as Click reads it
    ],
)
def test_the_real_command_builds_what_it_needs_and_reads_as_always(rj_home, args, expect, code):
    """`rj` builds only the command it is asked for (start-up); help and mistakes are whole."""
    rj_home.mkdir(exist_ok=True)
    env = {**os.environ, "RJ_HOME": str(rj_home), "NO_COLOR": "1"}
    argv = [str(BIN / "rj"), *(arg.format(home=rj_home) for arg in args)]
    result = subprocess.run(argv, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
    assert result.returncode == code, result.stderr
    assert expect in result.stdout + result.stderr


def test_bare_rj_shows_help(rj):
    result = rj()
    assert result.exit_code == 2  # as click does: help, but nothing was done
    assert "Usage: rj" in result.output
    assert "write" in result.output and "today" in result.output


@pytest.mark.parametrize(
    ("path", "command"), all_commands(), ids=lambda v: " ".join(v) if isinstance(v, list) else ""
)
def test_every_command_has_help(rj, path, command):
    assert (command.help or "").strip(), f"rj {' '.join(path)} has no help text"
    for param in command.params:
        if param.name not in ("help", "ctx"):
            assert getattr(param, "help", None), f"rj {' '.join(path)}: {param.name} has no help"
    result = rj(*path, "--help")
    assert result.exit_code == 0


def test_unknown_command_is_a_usage_error(rj):
    result = rj("wrte")
    assert result.exit_code == 2


def test_ctrl_c_while_starting_is_calm(monkeypatch, capsys):
    """Ctrl-C while the CLI is still being imported is 'Stopped.' and 130, not a traceback.
    A finder that raises KeyboardInterrupt stands in for the keypress at that moment."""
    from resilience_journal import launch

    class CtrlCWhileImporting:
        def find_spec(self, name, path=None, target=None):
            if name == "resilience_journal.cli":
                raise KeyboardInterrupt
            return None

    monkeypatch.delitem(sys.modules, "resilience_journal.cli")
    monkeypatch.setattr(sys, "meta_path", [CtrlCWhileImporting(), *sys.meta_path])
    with pytest.raises(SystemExit) as stopped:
        launch.main()
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "\nStopped.\n"


def test_output_to_a_pipe_has_no_padding_spaces(rj):
    rj("write", "short")
    for args in (["list"], ["today"], ["search", "short"], ["show", "1"]):
        out = rj(*args).stdout
        assert all(line == line.rstrip() for line in out.splitlines()), args


@pytest.mark.parametrize(
    ("argv", "loaded"),
    [
        (["--db", "x.db", "write", "y"], ["writing"]),
        (["goals", "add", "y"], ["goals"]),
        (["sos"], ["help_now"]),  # a hidden command too
        (["win", "y"], ["wins"]),
        (["--help"], []),
        (["-h", "write"], []),  # the help of rj itself
        (["write", "-h"], ["writing"]),
        (["nonsense"], []),
    ],
)
def test_only_the_command_that_runs_is_imported(argv, loaded, tmp_path):
    """The lazy group: `rj --help` lists every command from cli/commands.py without
    importing one; a command imports its own module and no other command's (in a process
    of its own, as a person runs it)."""
    code = (
        "import sys\n"
        "from resilience_journal.cli import main\n"
        f"sys.argv = ['rj', *{argv!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "from resilience_journal.cli.commands import COMMANDS\n"
        "modules = {c.module for c in COMMANDS.values()}\n"
        "print(sorted(m for m in modules if f'resilience_journal.cli.{m}' in sys.modules))\n"
    )
    env = {**os.environ, "RJ_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert result.stdout.strip().splitlines()[-1] == repr(loaded), result.stderr


def test_the_command_table_says_what_each_command_says():
    """cli/commands.py lists every command in its module, with the first line of its help
    and whether it is hidden, so `rj --help` can be drawn without importing them."""
    import importlib

    import typer

    from resilience_journal.cli.commands import COMMANDS

    for module in {command.module for command in COMMANDS.values()}:
        tree = typer.main.get_command(
            importlib.import_module(f"resilience_journal.cli.{module}").app
        )
        found = getattr(tree, "commands", {tree.name: tree})
        listed = {name for name, command in COMMANDS.items() if command.module == module}
        assert set(found) == listed, module
        for name, command in found.items():
            assert command.get_short_help_str(limit=1000) == COMMANDS[name].help, name
            assert command.hidden == COMMANDS[name].hidden, name


@pytest.mark.parametrize(
    ("group", "command"),
    [("story", "show"), ("belief", "list"), ("dates", "list"), ("goals", "list"),
     ("wins", "delete"), ("contacts", "remove")],
)  # fmt: skip
def test_a_groups_json_before_one_of_its_commands_is_refused_not_dropped(rj, group, command):
    result = rj(group, "--json", command)
    assert result.exit_code == 2
    assert f"--json goes after the command: `rj {group} {command} --json`." in result.output
