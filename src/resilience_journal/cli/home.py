"""The home screen and where things live."""

from __future__ import annotations

from datetime import date
from typing import Any

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out, now
from resilience_journal.cli.state import state
from resilience_journal.messages import experiments as experiments_words
from resilience_journal.messages import goals as goals_words
from resilience_journal.messages import home as words
from resilience_journal.messages import review as review_words

app = commands()


@app.command()
def today(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """The home screen: today's prompt, what you wrote today, and ways to write.

    On a terminal, rj first asks once a day how much distress you feel (0-10; Enter skips).
    `rj help-now` is there for a very hard moment.
    """
    from resilience_journal.cli.prompts import library, todays_prompt

    current = state(ctx)
    journal = current.journal(create=False)
    moment = now()
    if not as_json:
        from resilience_journal.cli.safety import check_in

        check_in(current, journal, moment)
    day = journal.today(moment)
    entries = list(reversed(journal.entries.find(since=day, until=day)))
    draft = journal.drafts.latest()
    loaded = library(current)
    prompt = todays_prompt(current, journal, moment)
    written = journal.entries.days_written(day)
    wins = journal.wins.find(since=day, until=day)
    from resilience_journal.dates import week_label

    memory = journal.memories.on_this_day(day)
    ready = journal.reviews.to_mention(day, once=not as_json)
    goals, trying = [], []
    if journal.store.goals.any_open():
        goals = journal.goals.active()
        trying = [x for x in journal.experiments.find(open_only=True) if x.start <= day]
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
                "goals": [_goal_today(goal) for goal in goals],
                "experiments": [_experiment_today(found, day) for found in trying],
            }
        )
        return
    from resilience_journal.render import home as view
    from resilience_journal.render.common import print_to

    title = loaded.categories[prompt.category].title if prompt else ""
    print_to(
        view.today_view(
            day,
            words.greeting(moment.hour),
            entries,
            draft,
            prompt,
            title,
            words.practice(written),
            wins,
            [words.on_this_day(memory)] if memory else [],
            review_words.review_ready(ready, day) if ready else "",
            _plans(goals, trying, day),
        )
    )
    if ready:
        journal.reviews.mentioned(week_label(ready))


def _goal_today(goal: Any) -> dict[str, Any]:
    step = goal.next_step
    return {
        "id": goal.id,
        "title": goal.title,
        "value": goal.value,
        "by": goal.by,
        "steps": len(goal.milestones),
        "checked": goal.checked,
        "next_step": {"step": step.step, "text": step.text, "by": step.by} if step else None,
    }


def _experiment_today(found: Any, day: date) -> dict[str, Any]:
    tick = found.tick_on(day)
    ended = day > found.end
    return {
        "id": found.id,
        "title": found.title,
        "value": found.value,
        "day_of": None if ended else found.day_number(day),
        "days": found.days,
        "end_day": found.end.isoformat(),
        "ended": ended,
        "today": {"did": tick.did, "note": tick.note} if tick else None,
    }


def _plans(goals: list[Any], trying: list[Any], day: date) -> Any:
    """Active goals with their next step, and how today stands with each experiment."""
    if not goals and not trying:
        return None
    steps = [
        (
            goal.title,
            goals_words.next_step_today(goal.id, goal.next_step),
            goal.next_step.text if goal.next_step else "",
        )
        for goal in goals
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
        for found in trying
    ]
    from resilience_journal.render import home as view

    return view.plans_today(steps, days)


@app.command("help", hidden=True)
def help_(ctx: typer.Context) -> None:
    """The list of commands, as `rj --help` shows it (it starts with where help-now is)."""
    typer.echo(ctx.parent.get_help() if ctx.parent else "")


@app.command()
def where(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Show where the journal and settings live. Nothing leaves this machine."""
    paths = state(ctx).paths()
    exists = paths.db.exists()
    rows = {
        "journal": str(paths.db) + ("" if exists else "  (no journal here yet)"),
        "settings": str(paths.config_file),
        "prompt packs": str(paths.prompts_dir),
    }
    if as_json:
        rows["journal"] = str(paths.db)
        data = {k.replace(" ", "_"): v for k, v in rows.items()}
        json_out({**data, "journal_exists": exists, "network": False})
        return
    from resilience_journal.render import home as view
    from resilience_journal.render.common import print_to

    print_to(view.where_view(rows))
