"""rj alignment: how your days and your values line up."""

from __future__ import annotations

from typing import Annotated

import typer

from resilience_journal.alignment import period_start
from resilience_journal.cli.app import JsonOpt, commands, json_out, now, say
from resilience_journal.cli.state import state
from resilience_journal.dates import parse_day
from resilience_journal.messages import alignment as words
from resilience_journal.messages import values as values_words
from resilience_journal.render import alignment as view
from resilience_journal.render.common import print_to

app = commands()


@app.command()
def alignment(
    ctx: typer.Context,
    since: Annotated[
        str | None,
        typer.Option(
            metavar="DAY",
            help="Count actions from this day on (default: the last 30 days).",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """How your days and your values line up.

    For each value: your latest ratings (`rj values rate`), the gap between them, the entries
    and wins that lived it, when you last acted on it, and how consistency has moved over
    past ratings. Below, one VLQ-style figure from your ratings.
    """
    journal = state(ctx).journal(create=False)
    today = journal.today(now())
    first = parse_day(since, today=today, latest=today) if since else period_start(today)
    result = journal.alignment.between(first, today)
    if as_json:
        json_out(result.to_json())
        return
    if not result.values:
        say(values_words.NO_VALUES_YET)
        return
    notes = {
        "no_ratings": words.NO_RATINGS_YET,
        "figure": words.valued_living(result.valued_living or 0, len(result.rated)),
        "caveat": words.VALUED_LIVING_NOTE,
    }
    print_to(view.alignment_view(result, notes))
