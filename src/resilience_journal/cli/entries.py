"""Finding and tidying entries: list, show, delete, restore, trash."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from resilience_journal.cli import completion
from resilience_journal.cli.app import JsonOpt, commands, fail, json_out, now, say
from resilience_journal.cli.options import CountOpt, IdArg, JsonlOpt, NoPagerOpt, SinceOpt, UntilOpt
from resilience_journal.cli.output import (
    check_json_shape,
    json_stream,
    jsonl_out,
    paging,
    to_screen,
)
from resilience_journal.cli.state import state
from resilience_journal.entries import check_count, day_range, parse_entry_id
from resilience_journal.messages import entries as words
from resilience_journal.messages import wins as wins_words
from resilience_journal.messages.common import SEE_MORE
from resilience_journal.messages.output import showing
from resilience_journal.render import entries as view
from resilience_journal.render import plain
from resilience_journal.render import wins as wins_view
from resilience_journal.render.common import print_to

app = commands()


@app.command("list")
def list_entries(
    ctx: typer.Context,
    number: CountOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    tag: Annotated[
        str | None,
        typer.Option(
            metavar="TAG",
            help="Only entries with this tag.",
            show_default=False,
            autocompletion=completion.tags,
        ),
    ] = None,
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
    no_pager: NoPagerOpt = False,
) -> None:
    """List entries, newest first.

    20 unless -n says otherwise; with --json or --jsonl, all that match. To a pipe or a
    file, one entry a line: id, day, time, mood, tags, title or first line, between tabs.
    """
    check_json_shape(as_json, as_jsonl)
    journal = state(ctx).journal(create=False)
    today = journal.today(now())
    limit = check_count(number)
    if limit is None and not (as_json or as_jsonl):
        limit = 20
    first, last = day_range(since, until, today)
    if limit is None:  # --json or --jsonl of all that match: an entry at a time
        each = journal.entries.each(since=first, until=last, tag=tag)
        (json_stream if as_json else jsonl_out)(entry.to_json() for entry in each)
        return
    found = journal.entries.find(since=first, until=last, tag=tag, limit=limit)
    if as_json:
        json_out([entry.to_json() for entry in found])
        return
    if as_jsonl:
        jsonl_out(entry.to_json() for entry in found)
        return
    if not found:
        filtered = since or until or tag
        say(words.NO_ENTRIES_MATCH if filtered else words.NO_ENTRIES_YET)
        return
    total = (
        journal.entries.count(since=first, until=last, tag=tag)
        if len(found) == limit
        else len(found)
    )
    if to_screen():
        print_to(view.entries_view(found, total, SEE_MORE), page=paging(ctx, no_pager))
        return
    plain.write_lines(plain.entry_record(entry) for entry in found)
    if total > len(found):
        say(showing(len(found), total, SEE_MORE))


@app.command()
def show(
    ctx: typer.Context, number: IdArg, as_json: JsonOpt = False, no_pager: NoPagerOpt = False
) -> None:
    """Show one entry in full.

    To a pipe or a file: a header line, a blank line, then the text exactly as written.
    """
    entry = state(ctx).journal(create=False).entries.get(parse_entry_id(number), allow_deleted=True)
    if as_json:
        json_out(entry.to_json())
        return
    if to_screen():
        print_to(view.entry_panel(entry), page=paging(ctx, no_pager))
        return
    sys.stdout.write(plain.entry_text(entry))
    sys.stdout.flush()


@app.command()
def delete(ctx: typer.Context, number: IdArg, as_json: JsonOpt = False) -> None:
    """Move an entry to the trash; `rj restore ID` brings it back."""
    journal = state(ctx).journal(create=False)
    entry = journal.entries.delete(parse_entry_id(number), now())
    if as_json:  # as it is now, in the trash: deleted_at is set
        json_out(journal.entries.get(entry.id, allow_deleted=True).to_json())
    say(words.moved_to_trash(entry.id))


@app.command()
def restore(ctx: typer.Context, number: IdArg, as_json: JsonOpt = False) -> None:
    """Bring an entry back from the trash."""
    entry = state(ctx).journal(create=False).entries.restore(parse_entry_id(number))
    if as_json:
        json_out(entry.to_json())
    say(words.restored(entry.id))


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
    binned = journal.entries.find(deleted=True)
    binned_wins = journal.wins.find(deleted=True)
    if empty:
        if not binned and not binned_wins:
            say(words.TRASH_EMPTY)
            return
        if not yes:
            if not sys.stdin.isatty():
                fail(words.EMPTY_NEEDS_YES)
            try:
                sure = typer.confirm(
                    words.confirm_empty(len(binned), len(binned_wins)), default=False
                )
            except typer.Abort:  # Ctrl-C or Ctrl-D at the question
                say("")
                fail(words.NOTHING_DESTROYED, 130)
            if not sure:
                say(words.NOTHING_DESTROYED)
                return
        destroyed, wiped = journal.entries.empty_trash(
            [entry.id for entry in binned], [noted.id for noted in binned_wins]
        )
        if as_json:
            json_out({"destroyed": destroyed, "overwritten": wiped})
        if wiped:
            say(words.destroyed(len(binned), len(binned_wins)))
        else:
            say(words.removed_not_yet_overwritten(len(binned), len(binned_wins)))
        return
    if as_json:
        json_out([entry.to_json() for entry in binned] + [w.to_json() for w in binned_wins])
        return
    if not binned and not binned_wins:
        say(words.TRASH_EMPTY)
        return
    if not to_screen():
        plain.write_lines(
            [*map(plain.trash_entry_record, binned), *map(plain.trash_win_record, binned_wins)]
        )
        for hint, shown in ((words.TRASH_HINT, binned), (wins_words.WINS_TRASH_HINT, binned_wins)):
            if shown:
                say(hint)
        return
    if binned:
        print_to(view.entries_table(binned, deleted=True))
        say(words.TRASH_HINT)
    if binned_wins:
        if binned:
            say("")
        print_to(wins_view.wins_table(binned_wins, deleted=True))
        say(wins_words.WINS_TRASH_HINT)
