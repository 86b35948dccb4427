"""The home screen and where things live."""

from __future__ import annotations

from datetime import date
from typing import Any

import typer

from resilience_journal import messages
from resilience_journal.cli.app import JsonOpt, app, json_out, now, state


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
    entries = list(reversed(journal.entries(since=day, until=day)))
    draft = journal.latest_draft()
    loaded = library(current)
    prompt = todays_prompt(current, journal, moment)
    written = journal.days_written(day)
    wins = journal.wins.list(since=day, until=day)
    from resilience_journal.dates import week_label
    from resilience_journal.practice import on_this_day

    memory = on_this_day(journal, day)
    ready = journal.practice.review_to_mention(day, once=not as_json)
    goals, trying = [], []
    if journal.store.any_plans_open():
        goals = journal.goals.active()
        trying = [x for x in journal.experiments.list(open_only=True) if x.start <= day]
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
    from resilience_journal import render

    title = loaded.categories[prompt.category].title if prompt else ""
    render.print_to(
        render.today_view(
            day,
            messages.greeting(moment.hour),
            entries,
            draft,
            prompt,
            title,
            messages.practice(written),
            wins,
            [messages.on_this_day(memory)] if memory else [],
            messages.review_ready(ready, day) if ready else "",
            _plans(render, goals, trying, day),
        )  # fmt: skip
    )
    if ready:
        journal.practice.mentioned_review(week_label(ready))


def _goal_today(goal: Any) -> dict[str, Any]:
    step = goal.next_step
    return {"id": goal.id, "title": goal.title, "value": goal.value, "by": goal.by,
            "steps": len(goal.milestones), "checked": goal.checked,
            "next_step": {"step": step.step, "text": step.text, "by": step.by} if step
            else None}  # fmt: skip


def _experiment_today(found: Any, day: date) -> dict[str, Any]:
    tick = found.tick_on(day)
    ended = day > found.end
    return {"id": found.id, "title": found.title, "value": found.value,
            "day_of": None if ended else found.day_number(day), "days": found.days,
            "end_day": found.end.isoformat(), "ended": ended,
            "today": {"did": tick.did, "note": tick.note} if tick else None}  # fmt: skip


def _plans(render: Any, goals: list[Any], trying: list[Any], day: date) -> Any:
    """Active goals with their next step, and how today stands with each experiment."""
    if not goals and not trying:
        return None
    steps = [(goal.title, messages.next_step_today(goal.id, goal.next_step),
              goal.next_step.text if goal.next_step else "") for goal in goals]  # fmt: skip
    days = [(found.title, messages.experiment_today(
        found.id, found.day_number(day), found.days, found.tick_on(day),
        found.end if day > found.end else None)) for found in trying]  # fmt: skip
    return render.plans_today(steps, days)


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
    from resilience_journal import render

    render.print_to(render.where_view(rows))
