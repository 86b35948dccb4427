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
    figure: Annotated[bool, typer.Option("--figure", help=words.FIGURE_HELP)] = False,
    as_json: JsonOpt = False,
) -> None:
    """How your days and your values line up.

    For each value, in words: how much it matters to you and how much room it has had
    lately (your latest `rj values rate`), the entries and wins linked to it, when you last
    acted on it, and how its room has moved over past check-ins. Below, at most one small
    step, for the value that matters most beyond the room it has had. --json has the
    ratings as numbers and the one figure.
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
    notes = {"no_ratings": words.NO_RATINGS_YET}
    if figure and result.valued_living is not None:
        notes["figure"] = words.figure(result.valued_living, len(result.rated))
        notes["caveat"] = words.FIGURE_NOTE
    print_to(view.alignment_view(result, notes))
