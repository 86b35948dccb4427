"""The home screen and where things live."""

from __future__ import annotations

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out, now
from resilience_journal.cli.prompting import (
    explain_pace,
    library,
    todays_distress,
    todays_prompt,
)
from resilience_journal.cli.safety import check_in
from resilience_journal.cli.state import state
from resilience_journal.dates import week_label
from resilience_journal.home import Plans, plans_on
from resilience_journal.messages import experiments as experiments_words
from resilience_journal.messages import goals as goals_words
from resilience_journal.messages import hard_dates as hard_dates_words
from resilience_journal.messages import home as words
from resilience_journal.messages import review as review_words
from resilience_journal.render import home as view
from resilience_journal.render.common import print_to
from resilience_journal.safety.checkin import needs_support

app = commands()


@app.command()
def today(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """The home screen: today's prompt, what you wrote today, and ways to write.

    On a terminal, rj first asks once a day how much distress you feel, from 0 (none) to 10
    (the most you can imagine); Enter skips.
    `rj help-now` is there for a very hard moment.
    """
    current = state(ctx)
    journal = current.welcoming_journal()
    moment = now()
    if not as_json:
        check_in(current, journal, moment)
    day = journal.today(moment)
    hard_day = needs_support(todays_distress(journal, day), current.settings().threshold)
    entries = list(reversed(journal.entries.find(since=day, until=day)))
    draft = journal.drafts.latest()
    loaded = library(current)
    prompt = todays_prompt(current, journal, moment)
    written = journal.entries.days_written(day)
    wins = journal.wins.find(since=day, until=day)
    memory = journal.memories.on_this_day(day)  # none around a date marked as hard
    marked = journal.hard_dates.on_the_day(day)  # a date marked as hard falls today
    ready = journal.reviews.to_mention(day, once=not as_json)
    plans = plans_on(day, journal.goals, journal.experiments)
    if as_json:
        json_out(
            {
                "day": day.isoformat(),
                "prompt": prompt.to_json() if prompt else None,
                "entries": [entry.to_json() for entry in entries],
                "wins": [noted.to_json() for noted in reversed(wins)],
                "days_written_last_7": written,
                "draft_waiting": draft is not None,
                "on_this_day": memory.to_json() if memory else None,
                "review_ready": week_label(ready) if ready else None,
                "goals": plans.goals_json(),
                "experiments": plans.experiments_json(),
                "hard_date": {"id": marked.id, "today": True} if marked else None,
            }
        )
        return
    title = loaded.categories[prompt.category].title if prompt else ""
    print_to(
        view.today_view(
            day,
            _greeting(hard_day, marked is not None, moment.hour),
            entries,
            draft,
            prompt,
            title,
            "" if hard_day or marked else words.practice(written),
            wins,
            [words.on_this_day(memory.kind, memory.when, memory.text)] if memory else [],
            review_words.review_ready(ready, day) if ready else "",
            view.plans_today(*_plan_lines(plans)) if plans else None,
        )
    )
    if ready:
        journal.reviews.mentioned(week_label(ready))
    explain_pace(current, journal, moment, below=True)  # once, the first time at a terminal


def _greeting(hard_day: bool, marked_today: bool, hour: int) -> str:
    """The home screen's first line: on a day of high distress, or on a date the person
    marked as hard, one quiet line with where help is, instead of a greeting."""
    if hard_day:
        return words.HARD_DAY
    return hard_dates_words.ON_THE_DAY if marked_today else words.greeting(hour)


def _plan_lines(plans: Plans) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """Active goals (title, what is next, the next step's text), and how today stands with
    each experiment (title, where it is at)."""
    day = plans.day
    steps = [
        (
            goal.title,
            goals_words.next_step_today(goal.id, goal.next_step),
            goal.next_step.text if goal.next_step else "",
        )
        for goal in plans.goals
    ]
    days = [
        (
            found.title,
            experiments_words.experiment_today(
                found.id,
                found.day_number(day),
                found.days,
                found.tick_on(day),
                found.end if day > found.end else None,
            ),
        )
        for found in plans.experiments
    ]
    return steps, days


@app.command()
def where(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Show where the journal and settings live. Nothing leaves this machine."""
    paths = state(ctx).paths()
    exists = paths.db.exists()
    rows = {
        "journal": str(paths.db) + ("" if exists else words.NO_JOURNAL_HERE),
        "settings": str(paths.config_file),
        "prompt packs": str(paths.prompts_dir),
    }
    if as_json:
        rows["journal"] = str(paths.db)
        data = {k.replace(" ", "_"): v for k, v in rows.items()}
        json_out({**data, "journal_exists": exists, "network": False})
        return
    print_to(view.where_view(rows))
