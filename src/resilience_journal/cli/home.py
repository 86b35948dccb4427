"""The home screen and where things live."""

from __future__ import annotations

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
        )  # fmt: skip
    )
    if ready:
        journal.practice.mentioned_review(week_label(ready))


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
