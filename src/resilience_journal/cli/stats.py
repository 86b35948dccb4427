"""rj stats: the practice at a glance."""

from __future__ import annotations

from typing import Annotated

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out, now
from resilience_journal.cli.prompting import library
from resilience_journal.cli.state import state
from resilience_journal.dates import parse_day
from resilience_journal.messages import stats as words
from resilience_journal.messages import streaks as streaks_words
from resilience_journal.render import stats as view
from resilience_journal.render.common import print_to
from resilience_journal.stats import HEATMAP_WEEKS, by_category

app = commands()


@app.command()
def stats(
    ctx: typer.Context,
    since: Annotated[
        str | None,
        typer.Option(
            metavar="DAY",
            help="Count totals, values and prompts from this day on.",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Your practice at a glance: a 26-week calendar, totals, mood, values and prompts.

    Mood runs from 0 (lowest) to 10 (best); distress at the daily check-in from 0 (none) to
    10 (the most you can imagine).
    """
    current = state(ctx)
    journal = current.journal(create=False)
    today = journal.today(now())
    first = parse_day(since, today=today, latest=today) if since else None
    result = journal.stats.gather(today, first)
    # The library is read only when there are answers to sort into its categories.
    titles, counted = by_category(result.prompts, library(current)) if result.prompts else ({}, [])
    if as_json:
        json_out(result.to_json([(name, titles.get(name, name), n) for name, n in counted]))
        return
    practice = result.practice
    print_to(
        view.stats_view(
            result,
            totals=words.stats_totals(result.totals, first.isoformat() if first else None),
            values_title=words.stats_period(words.VALUES_LIVED, first, HEATMAP_WEEKS),
            prompts_title=words.stats_period(words.PROMPTS_ANSWERED, first, HEATMAP_WEEKS),
            prompts=[(titles.get(name, name), n) for name, n in counted],
            streak=" ".join(streaks_words.streak_lines(practice)),
        )
    )
