"""rj help: the list of commands, as `rj --help` shows it. A module of its own, so that
printing the list loads nothing else."""

from __future__ import annotations

import typer

from resilience_journal.cli.app import commands

app = commands()


@app.command("help", hidden=True)
def help_(ctx: typer.Context) -> None:
    """The list of commands, as `rj --help` shows it (it starts with where help-now is)."""
    typer.echo(ctx.parent.get_help() if ctx.parent else "")
