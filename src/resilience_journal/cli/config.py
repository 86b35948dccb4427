"""rj config: show, set, unset and locate the settings."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer

from resilience_journal import config
from resilience_journal.cli.app import JsonOpt, commands, json_out, outcome, say
from resilience_journal.cli.state import state
from resilience_journal.messages import config as words
from resilience_journal.messages.common import NOTHING_CHANGED
from resilience_journal.render import config as view
from resilience_journal.render.common import print_to
from resilience_journal.safety.regions import partly_covered

config_app = commands(
    help="Show and change settings (stored in config.yaml).", no_args_is_help=True
)

app = commands()
app.add_typer(config_app, name="config")

KEYS_HELP = "One of: " + ", ".join(config.HELP) + "."


@config_app.command("show")
def show(
    ctx: typer.Context,
    as_json: JsonOpt = False,
) -> None:
    """Show every setting and what it means."""
    file = state(ctx).paths().config_file
    settings = config.load(file)
    if as_json:
        json_out(config.typed(settings))
        return
    print_to(view.settings_view(asdict(settings), config.HELP, str(file)))


@config_app.command("set")
def set_(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(help=KEYS_HELP)],
    value: Annotated[str, typer.Argument(help="The new value.")],
) -> None:
    """Change one setting, for example `rj config set day_starts_at 05:00`."""
    outcome(ctx, NOTHING_CHANGED)
    stored = config.save_value(state(ctx).paths().config_file, key, value)
    say(words.setting_now(key, stored))
    if key == "region" and partly_covered(value):
        say(words.REGION_PARTLY)


@config_app.command("unset")
def unset(ctx: typer.Context, key: Annotated[str, typer.Argument(help=KEYS_HELP)]) -> None:
    """Go back to the default for one setting."""
    outcome(ctx, NOTHING_CHANGED)
    config.save_value(state(ctx).paths().config_file, key, None)
    say(words.setting_default(key))


@config_app.command("path")
def path(ctx: typer.Context) -> None:
    """Print the path of the settings file."""
    typer.echo(str(state(ctx).paths().config_file))
