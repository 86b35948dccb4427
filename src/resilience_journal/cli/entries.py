"""Finding and tidying entries: list, show, search, delete, restore, trash."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from resilience_journal import messages
from resilience_journal.cli.app import JsonOpt, app, fail, json_out, now, say, state
from resilience_journal.cli.options import (
    CountOpt,
    IdArg,
    SinceOpt,
    UntilOpt,
    day_range,
    parse_entry_id,
)


@app.command("list")
def list_entries(
    ctx: typer.Context,
    number: CountOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    tag: Annotated[
        str | None,
        typer.Option(metavar="TAG", help="Only entries with this tag.", show_default=False),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List entries, newest first.

    On screen, 20 unless -n says otherwise; with --json, all that match.
    """
    from resilience_journal.entries import check_count

    journal = state(ctx).journal(create=False)
    today = journal.today(now())
    limit = check_count(number)
    if limit is None and not as_json:
        limit = 20
    first, last = day_range(since, until, today)
    found = journal.entries(since=first, until=last, tag=tag, limit=limit)
    if as_json:
        json_out([entry.to_json() for entry in found])
        return
    from resilience_journal import render

    if not found:
        filtered = since or until or tag
        render.print_to(render.message(messages.NO_ENTRIES_MATCH if filtered else
                                       messages.NO_ENTRIES_YET))  # fmt: skip
        return
    total = journal.count(since=first, until=last, tag=tag) if len(found) == limit else len(found)
    render.print_to(render.entries_view(found, total, "Use -n to see more."))


@app.command()
def show(ctx: typer.Context, number: IdArg, as_json: JsonOpt = False) -> None:
    """Show one entry in full."""
    entry = state(ctx).journal(create=False).get(parse_entry_id(number), allow_deleted=True)
    if as_json:
        json_out(entry.to_json())
        return
    from resilience_journal import render

    render.print_to(render.entry_panel(entry))


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(
            metavar="WORDS...",
            help="Words to find; every word must appear. End a word with * to match its "
            "beginning (walk* finds walking).",
        ),
    ],
    number: CountOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Search every entry's title and text, best matches first.

    Shows 20 results unless -n says otherwise.
    """
    from resilience_journal.entries import check_count

    journal = state(ctx).journal(create=False)
    hits = journal.search(" ".join(query), limit=check_count(number) or 20)
    if as_json:
        json_out([hit.to_json() for hit in hits])
        return
    from resilience_journal import render

    render.print_to(render.search_view(hits))


@app.command()
def delete(ctx: typer.Context, number: IdArg) -> None:
    """Move an entry to the trash; `rj restore ID` brings it back."""
    entry = state(ctx).journal(create=False).delete(parse_entry_id(number), now())
    say(messages.moved_to_trash(entry.id))


@app.command()
def restore(ctx: typer.Context, number: IdArg) -> None:
    """Bring an entry back from the trash."""
    entry = state(ctx).journal(create=False).restore(parse_entry_id(number))
    say(messages.restored(entry.id))


@app.command()
def trash(
    ctx: typer.Context,
    empty: Annotated[
        bool, typer.Option("--empty", help="Destroy everything in the trash, for good.")
    ] = False,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Do not ask before emptying (for scripts).")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """List what is in the trash (entries and wins), or empty it for good with --empty."""
    journal = state(ctx).journal(create=False)
    binned = journal.entries(deleted=True)
    binned_wins = journal.wins.list(deleted=True)
    if empty:
        if not binned and not binned_wins:
            say(messages.TRASH_EMPTY)
            return
        if not yes:
            if not sys.stdin.isatty():
                fail(messages.EMPTY_NEEDS_YES)
            try:
                sure = typer.confirm(
                    messages.confirm_empty(len(binned), len(binned_wins)), default=False
                )
            except typer.Abort:  # Ctrl-C or Ctrl-D at the question
                say("")
                fail(messages.NOTHING_DESTROYED, 130)
            if not sure:
                say(messages.NOTHING_DESTROYED)
                return
        destroyed = journal.empty_trash(
            [entry.id for entry in binned], [noted.id for noted in binned_wins]
        )
        if as_json:
            json_out({"destroyed": destroyed})
        say(messages.destroyed(len(binned), len(binned_wins)))
        return
    if as_json:
        json_out([entry.to_json() for entry in binned] + [w.to_json() for w in binned_wins])
        return
    if not binned and not binned_wins:
        say(messages.TRASH_EMPTY)
        return
    from resilience_journal import render

    if binned:
        render.print_to(render.entries_table(binned, deleted=True))
        say(messages.TRASH_HINT)
    if binned_wins:
        if binned:
            say("")
        render.print_to(render.wins_table(binned_wins, deleted=True))
        say(messages.WINS_TRASH_HINT)
