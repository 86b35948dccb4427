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
    from resilience_journal import entry

    class CtrlCWhileImporting:
        def find_spec(self, name, path=None, target=None):
            if name == "resilience_journal.cli":
                raise KeyboardInterrupt
            return None

    monkeypatch.delitem(sys.modules, "resilience_journal.cli")
    monkeypatch.setattr(sys, "meta_path", [CtrlCWhileImporting(), *sys.meta_path])
    with pytest.raises(SystemExit) as stopped:
        entry.main()
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "\nStopped.\n"


def test_output_to_a_pipe_has_no_padding_spaces(rj):
    rj("write", "short")
    for args in (["list"], ["today"], ["search", "short"], ["show", "1"]):
        out = rj(*args).stdout
        assert all(line == line.rstrip() for line in out.splitlines()), args


@pytest.mark.parametrize(
    ("argv", "built"),
    [
        (["--db", "x.db", "write", "y"], "1 0"),
        (["goals", "add", "y"], "0 1"),
        (["sos"], "1 0"),  # a hidden command too
        (["help"], "all"),
        (["-h", "write"], "all"),
        (["nonsense"], "all"),
    ],
)
def test_only_the_named_command_is_built(argv, built):
    """The start-up saving itself: what is left in the app before Typer builds it (in a
    process of its own, since it changes the app)."""
    code = (
        "from resilience_journal.cli import app, _only_the_command_named as only\n"
        "before = (len(app.registered_commands), len(app.registered_groups))\n"
        f"only({argv!r})\n"
        "after = (len(app.registered_commands), len(app.registered_groups))\n"
        "print('all' if after == before else f'{after[0]} {after[1]}')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == built, result.stderr
