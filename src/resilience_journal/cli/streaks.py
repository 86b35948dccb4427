"""rj streak: the current and longest streak, and the days written lately."""

from __future__ import annotations

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out, now
from resilience_journal.cli.state import state
from resilience_journal.messages import streaks as words
from resilience_journal.render import streaks as view
from resilience_journal.render.common import print_to

app = commands()


@app.command(help=words.STREAK_COMMAND_HELP)
def streak(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Your current and longest streak, the days you wrote lately, and (in --help) the rule:
    the rule is not on the screen, where it was a dense sentence under every streak."""
    journal = state(ctx).journal(create=False)
    result = journal.streaks.practice(journal.today(now()))
    if as_json:
        json_out({**result.to_json(), "rule": words.streak_rule(result.rest_days_per_week)})
        return
    print_to(view.streak_view(words.streak_lines(result)))
