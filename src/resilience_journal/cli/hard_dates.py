"""`rj dates`: dates that are hard. Mark one (`rj dates add DAY "what"`), list them, remove
one. Around a marked date looking back pauses and prompts stay gentle (hard_dates.py)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from resilience_journal.cli.app import (
    JsonOpt,
    commands,
    json_for_the_group,
    json_out,
    now,
    outcome,
    say,
)
from resilience_journal.cli.output import to_screen
from resilience_journal.cli.state import state
from resilience_journal.hard_dates import DEFAULT_WINDOW, MAX_WINDOW, HardDate, hard_date_id
from resilience_journal.messages import hard_dates as words
from resilience_journal.messages.common import NOTHING_CHANGED, NOTHING_SAVED
from resilience_journal.render import plain
from resilience_journal.text import readable

app = commands()
dates_app = commands(
    help="Dates that are hard: mark one, list them, remove one.",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(dates_app, name="dates")


@dates_app.callback()
def dates(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Dates that are hard: mark one, list them, remove one.

    Within the days around a marked date, the home screen brings nothing back from the past
    and prompts stay gentle; on the day itself, `rj today` says one quiet line and where
    help is. Nothing is guessed from what you write. With no command: the list.
    """
    json_for_the_group(ctx, as_json)
    if ctx.invoked_subcommand is None:
        _list(ctx, as_json)


@dates_app.command("list")
def list_dates(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """The marked dates, in the order marked."""
    _list(ctx, as_json)


def _list(ctx: typer.Context, as_json: bool) -> None:
    journal = state(ctx).journal(create=False)
    today = journal.today(now())
    found = journal.hard_dates.all()
    if as_json:
        json_out([marked.to_json(today) for marked in found])
        return
    if not found:
        say(words.NO_DATES_YET)
        return
    if not to_screen():  # a pipe or a file: one date a line, as the other lists write them
        plain.write_lines(_record(marked, today) for marked in found)
        return
    # deferred: Rich, only when there is a list to draw
    from resilience_journal.render import hard_dates as view
    from resilience_journal.render.common import print_to  # deferred: as above

    print_to(view.dates_view(found, today))


@dates_app.command("add")
def add(
    ctx: typer.Context,
    day: Annotated[
        str,
        typer.Argument(
            metavar="DAY",
            help="The date: '12 March' or 03-12 (every year), or a full date like 2019-03-12.",
            show_default=False,
        ),
    ],
    what: Annotated[
        str | None,
        typer.Argument(
            metavar="[WHAT]",
            help="If you like, a few words of your own on what it is; kept private.",
            show_default=False,
        ),
    ] = None,
    window: Annotated[
        int,
        typer.Option(
            "--window",
            metavar="DAYS",
            help=f"Days either side of it, 0 to {MAX_WINDOW}.",
        ),
    ] = DEFAULT_WINDOW,
    once: Annotated[
        bool,
        typer.Option("--once", help="It happens once (a full date), not every year."),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Mark a date that is hard.

    A date without a year ('12 March', 03-12) comes back every year; so does a full date,
    unless --once. Within --window days either side (7 unless set), rj looks back at
    nothing on the home screen and keeps prompts gentle.
    """
    outcome(ctx, NOTHING_SAVED)
    journal = state(ctx).journal()
    moment = now()
    today = journal.today(moment)
    what = readable(what) if what is not None else None
    marked = journal.hard_dates.add(day, what, window=window, once=once, today=today, now=moment)
    if as_json:
        json_out(marked.to_json(today))
        return
    coming = marked.next_on_or_after(today)
    say(
        words.marked(
            marked.id, _when(marked), marked.window, coming.isoformat() if coming else None
        )
    )


@dates_app.command("remove")
def remove(
    ctx: typer.Context,
    number: Annotated[
        str, typer.Argument(metavar="ID", help="The date's id, as `rj dates` shows.")
    ],
) -> None:
    """Remove a marked date."""
    outcome(ctx, NOTHING_CHANGED)
    journal = state(ctx).journal(create=False)
    gone = journal.hard_dates.remove(hard_date_id(number))
    say(words.removed(gone.id, _when(gone)))


def _record(marked: HardDate, today: date) -> str:
    """id, month-day (and the year, if given), once or yearly, days either side, the next
    day it falls (or nothing), what: between tabs."""
    coming = marked.next_on_or_after(today)
    month_day = f"{marked.month:02d}-{marked.day:02d}"
    return plain.record(
        marked.id,
        f"{marked.year:04d}-{month_day}" if marked.year is not None else month_day,
        "once" if marked.once else "yearly",
        marked.window,
        coming.isoformat() if coming else "",
        plain.field(marked.what),
    )


def _when(marked: HardDate) -> str:
    return words.date_words(marked.month, marked.day, marked.year, marked.once)
