"""Small wins: `rj win` notes one in a line; `rj wins` looks back at them."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Sequence
from typing import Annotated

import typer

from resilience_journal.cli.app import (
    JsonOpt,
    commands,
    fail,
    json_for_the_group,
    json_out,
    now,
    outcome,
    say,
)
from resilience_journal.cli.compose import print_back, read_stdin, rescue
from resilience_journal.cli.options import (
    CountOpt,
    DateOpt,
    JsonlOpt,
    NoPagerOpt,
    SinceOpt,
    UntilOpt,
    ValueOpt,
)
from resilience_journal.cli.state import state
from resilience_journal.dates import as_day, parse_day
from resilience_journal.entries import check_count, day_range
from resilience_journal.messages import wins as wins_words
from resilience_journal.messages import writing as writing_words
from resilience_journal.messages.common import NOTHING_SAVED, SEE_MORE
from resilience_journal.messages.output import showing
from resilience_journal.wins import Win, win_id

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
    current = state(ctx)
    moment = now()
    words = None
    try:
        journal = current.journal()
        today = journal.today(moment)
        outcome(ctx, NOTHING_SAVED)
        values = journal.values.resolve(value or ())
        day = parse_day(date, today=today, latest=today) if date is not None else None
        words = _win_text(ctx, text)
        noted = journal.wins.add(words, values, day, moment)
    except sqlite3.OperationalError:  # busy past waiting, a full disk: keep the words
        if words is None:
            words = _win_text(ctx, text)
        kept = rescue(words, current.paths().data_dir, moment)
        if kept is None:  # no place could hold it: the words themselves, to copy
            print_back(words)
            fail(writing_words.PRINTED_BACK)
        fail(writing_words.win_rescued(str(kept)))
    if as_json:
        json_out(noted.to_json())
    week = journal.wins.week_count(as_day(noted.day), today)
    say(wins_words.win_noted(noted.text, noted.values, week.day_label, week.wins, week.this_week))


def _win_text(ctx: typer.Context, text: list[str]) -> str:
    """The win's words: the arguments, or standard input for `-`."""
    if text != ["-"]:
        return " ".join(text)
    if sys.stdin.isatty():
        say(wins_words.WIN_STDIN_INTRO)
    return read_stdin()  # its refusals say themselves that nothing was saved


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
    as_jsonl: JsonlOpt = False,
    no_pager: NoPagerOpt = False,
) -> None:
    """Your small wins, newest day first.

    20 unless -n says otherwise; with --json or --jsonl, all that match. To a pipe or a
    file, one win a line: id, day, values, the win, between tabs.
    """
    json_for_the_group(ctx, as_json)
    if ctx.invoked_subcommand is not None:
        return
    # deferred: the pager and plain records; `rj win`, in this module, needs neither
    from resilience_journal.cli.output import (
        check_json_shape,
        json_stream,
        jsonl_out,
        paging,
        to_screen,
    )
    from resilience_journal.render import plain  # deferred: as above

    check_json_shape(as_json, as_jsonl)
    journal = state(ctx).journal(create=False)
    today = journal.today(now())
    limit = check_count(number)
    if limit is None and not (as_json or as_jsonl):
        limit = 20
    first, last = day_range(since, until, today)
    if limit is None:  # --json or --jsonl of all that match: a win at a time
        each = journal.wins.each(since=first, until=last, value=value)
        (json_stream if as_json else jsonl_out)(noted.to_json() for noted in each)
        return
    found = journal.wins.find(since=first, until=last, value=value, limit=limit)
    if as_json:
        json_out([noted.to_json() for noted in found])
        return
    if as_jsonl:
        jsonl_out(noted.to_json() for noted in found)
        return
    if not found:
        filtered = since or until or value
        say(wins_words.NO_WINS_MATCH if filtered else wins_words.NO_WINS_YET)
        return
    total = (
        journal.wins.count(since=first, until=last, value=value)
        if len(found) == limit
        else len(found)
    )
    if to_screen():
        _draw(found, total, paging(ctx, no_pager))
        return
    plain.write_lines(plain.win_record(noted) for noted in found)
    if total > len(found):
        say(showing(len(found), total, SEE_MORE))


def _draw(found: Sequence[Win], total: int, page: bool) -> None:
    # deferred: Rich costs ~40 ms, and `rj win`, which lives in this module too, draws nothing
    from resilience_journal.render import wins as view
    from resilience_journal.render.common import print_to  # deferred: Rich, as above

    print_to(view.wins_view(found, total, SEE_MORE), page=page)


@wins_app.command("delete")
def delete_win(ctx: typer.Context, number: WinIdArg) -> None:
    """Move a win to the trash; `rj wins restore ID` brings it back."""
    removed = state(ctx).journal(create=False).wins.delete(win_id(number), now())
    say(wins_words.win_moved_to_trash(removed.id))


@wins_app.command("restore")
def restore_win(ctx: typer.Context, number: WinIdArg) -> None:
    """Bring a win back from the trash."""
    back = state(ctx).journal(create=False).wins.restore(win_id(number))
    say(wins_words.win_restored(back.id))
