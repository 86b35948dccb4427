"""rj stats: the practice at a glance."""

from __future__ import annotations

from typing import Annotated

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out, now
from resilience_journal.cli.state import state
from resilience_journal.messages import stats as words
from resilience_journal.messages import streaks as streaks_words

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
    """Your practice at a glance: a 26-week calendar, totals, mood, values and prompts."""
    from resilience_journal.dates import parse_day
    from resilience_journal.stats import HEATMAP_WEEKS

    current = state(ctx)
    journal = current.journal(create=False)
    today = journal.today(now())
    first = parse_day(since, today=today, latest=today) if since else None
    result = journal.stats.gather(today, first)
    titles, by_category = _categories(current, result.prompts)
    if as_json:
        json_out(result.to_json([(name, titles.get(name, name), n) for name, n in by_category]))
        return
    from resilience_journal.render import stats as view
    from resilience_journal.render.common import print_to

    lines = {
        "totals_title": "Totals",
        "totals": words.stats_totals(result.totals, first.isoformat() if first else None),
        "values_title": words.stats_period("Values lived most", first, HEATMAP_WEEKS),
        "values": result.values,
        "prompts_title": words.stats_period("Prompts answered, by category", first, HEATMAP_WEEKS),
        "prompts": [(titles.get(name, name), n) for name, n in by_category],
        "none": "none yet",
        "streak": " ".join(streaks_words.streak_lines(result.practice)[:-1])
        or streaks_words.streak_rule(result.practice.rest_days_per_week),
    }
    print_to(view.stats_view(result, lines))


def _categories(current, answered: dict[str, int]) -> tuple[dict[str, str], list[tuple[str, int]]]:
    """Prompt ids answered -> (category titles, [(category, count)] most first). Ids the
    library no longer has are counted under their own id."""
    if not answered:
        return {}, []
    from resilience_journal.cli.prompts import library

    loaded = library(current)
    counts: dict[str, int] = {}
    for prompt_id, n in answered.items():
        prompt = loaded.prompts.get(prompt_id)
        name = prompt.category if prompt else prompt_id
        counts[name] = counts.get(name, 0) + n
    titles = {name: category.title for name, category in loaded.categories.items()}
    return titles, sorted(counts.items(), key=lambda item: (-item[1], item[0]))
