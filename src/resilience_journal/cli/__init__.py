"""Command-line interface: one small module per command group, joined here."""

from __future__ import annotations

import os
import sys

# Importing the command modules registers their commands, in the order `rj --help` lists them.
from resilience_journal.cli import home  # noqa: F401
from resilience_journal.cli import writing  # noqa: F401
from resilience_journal.cli import wins  # noqa: F401
from resilience_journal.cli import entries  # noqa: F401
from resilience_journal.cli import values  # noqa: F401
from resilience_journal.cli import goals  # noqa: F401
from resilience_journal.cli import experiments  # noqa: F401
from resilience_journal.cli import practice  # noqa: F401
from resilience_journal.cli import prompts  # noqa: F401
from resilience_journal.cli import exchange  # noqa: F401
from resilience_journal.cli import safety  # noqa: F401
from resilience_journal.cli import settings  # noqa: F401
from resilience_journal.cli import ground  # noqa: F401
from resilience_journal.cli import care  # noqa: F401
from resilience_journal.cli.app import app


def main() -> None:
    os.umask(0o077)  # anything this process creates is private to the person
    _only_the_command_named(sys.argv[1:])
    try:
        app()
    except KeyboardInterrupt:  # before or after a command runs (during one, JournalGroup)
        sys.stderr.write("\nStopped.\n")
        raise SystemExit(130) from None


# Commands that show the whole tree (`rj help` prints `rj --help`), so they need all of it.
WHOLE_TREE = {"help"}


def _only_the_command_named(argv: list[str]) -> None:
    """Leave only the command `argv` names in the app, when it names one plainly (after
    nothing but `--db PATH`). Typer builds a Click command for every registered function,
    reading each signature, on every run; building one instead of sixty saves about 15 ms
    of each command. Anything else (`rj`, `rj --help`, `rj help`, a mistyped name) keeps
    them all, so help and "No such command" read as always."""
    args = iter(argv)
    for arg in args:
        if arg == "--db":
            next(args, None)
        elif not arg.startswith("--db="):
            break
    else:
        return
    if arg.startswith("-") or arg in WHOLE_TREE:
        return
    # Typer's own rule for a command's name: its function's, lower case, _ as -.
    commands = [
        info
        for info in app.registered_commands
        if (info.name or info.callback.__name__.lower().replace("_", "-")) == arg  # type: ignore[union-attr]
    ]
    groups = [info for info in app.registered_groups if info.name == arg]
    if commands or groups:
        app.registered_commands, app.registered_groups = commands, groups


__all__ = ["app", "main"]
