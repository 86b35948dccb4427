"""Small wins: `rj win` notes one in a line; `rj wins` looks back at them."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from resilience_journal.cli.app import JsonOpt, commands, fail, json_out, now, say
from resilience_journal.cli.options import (
    CountOpt,
    DateOpt,
    SinceOpt,
    UntilOpt,
    ValueOpt,
    day_range,
)
from resilience_journal.cli.state import state
from resilience_journal.errors import JournalError
from resilience_journal.messages import wins as wins_words

app = commands()

WinIdArg = Annotated[
    str, typer.Argument(metavar="ID", help="The win's number, as `rj wins` shows.")
]


@app.command()
def win(
    ctx: typer.Context,
    text: Annotated[
        list[str],
        typer.Argument(
            metavar="TEXT... | -",
            help="The win, in a few words (quotes are optional), or - to read standard input.",
            show_default=False,
        ),
    ],
    value: ValueOpt = None,
    date: DateOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Note a small win in one line.

    Small things count: a glass of water, a call returned, a boundary kept.
    """
    from resilience_journal.dates import parse_day
    from resilience_journal.wins import check_text

    journal = state(ctx).journal()
    moment = now()
    today = journal.today(moment)
    try:
        values = journal.values.resolve(value or ())
        day = parse_day(date, today=today, latest=today) if date is not None else None
    except JournalError as err:
        fail(f"{err.message} Nothing was saved.")
    if text == ["-"]:
        import sys

        from resilience_journal.compose import read_stdin

        if sys.stdin.isatty():
            say(wins_words.WIN_STDIN_INTRO)
        words = read_stdin()
    else:
        words = " ".join(text)
    noted = journal.wins.add(check_text(words), values, day, moment)
    if as_json:
        json_out(noted.to_json())
    label = None if day is None or day == today else _day_label(noted.day, today)
    count, same_week = _week_count(journal, noted.day, today)
    say(wins_words.win_noted(noted.text, noted.values, label, count, same_week))


def _week_count(journal, day: str, today: date) -> tuple[int, bool]:
    """The wins in the week of a win's day, and whether that is this week."""
    from resilience_journal.dates import week_start

    when = date.fromisoformat(day)
    starts_on = journal.settings.week_starts_on
    return journal.wins.week_of(when), week_start(when, starts_on) == week_start(today, starts_on)


def _day_label(day: str, today: date) -> str:
    from datetime import timedelta

    when = date.fromisoformat(day)
    if when == today - timedelta(days=1):
        return "yesterday"
    if when.year != today.year:
        return f"{when:%a} {when.day} {when:%b %Y}"
    return f"{when:%a} {when.day} {when:%b}"


wins_app = commands(
    help="Look back at your small wins; move them to the trash and back.",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(wins_app, name="wins")


@wins_app.callback()
def wins(
    ctx: typer.Context,
    since: SinceOpt = None,
    until: UntilOpt = None,
    value: Annotated[
        str | None,
        typer.Option(metavar="VALUE", help="Only wins that lived this value.", show_default=False),
    ] = None,
    number: CountOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Your small wins, newest day first.

    On screen, 20 unless -n says otherwise; with --json, all that match.
    """
    if ctx.invoked_subcommand is not None:
        return
    from resilience_journal.entries import check_count

    journal = state(ctx).journal(create=False)
    today = journal.today(now())
    limit = check_count(number)
    if limit is None and not as_json:
        limit = 20
    first, last = day_range(since, until, today)
    found = journal.wins.find(since=first, until=last, value=value, limit=limit)
    if as_json:
        json_out([noted.to_json() for noted in found])
        return
    from resilience_journal.render import wins as view
    from resilience_journal.render.common import print_to

    if not found:
        filtered = since or until or value
        say(wins_words.NO_WINS_MATCH if filtered else wins_words.NO_WINS_YET)
        return
    total = (
        journal.wins.count(since=first, until=last, value=value)
        if len(found) == limit
        else len(found)
    )
    print_to(view.wins_view(found, total, "Use -n to see more."))


@wins_app.command("delete")
def delete_win(ctx: typer.Context, number: WinIdArg) -> None:
    """Move a win to the trash; `rj wins restore ID` brings it back."""
    removed = state(ctx).journal(create=False).wins.delete(_win_id(number), now())
    say(wins_words.win_moved_to_trash(removed.id))


@wins_app.command("restore")
def restore_win(ctx: typer.Context, number: WinIdArg) -> None:
    """Bring a win back from the trash."""
    back = state(ctx).journal(create=False).wins.restore(_win_id(number))
    say(wins_words.win_restored(back.id))


def _win_id(text: str) -> int:
    from resilience_journal.text import whole_number

    number = whole_number(text.strip().lstrip("#"))
    if number is None:
        raise JournalError(f"A win id is a number, like 12; got {text!r}.")
    return number
