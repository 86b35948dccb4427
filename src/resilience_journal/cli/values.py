"""Values: choosing them, rating them (how much each matters, and how much room it has had),
and seeing how days and values line up."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Annotated

import typer

from resilience_journal.cli import completion
from resilience_journal.cli.app import JsonOpt, commands, fail, json_out, now, outcome, say
from resilience_journal.cli.ask import ask_until
from resilience_journal.cli.state import state
from resilience_journal.cli.walk import reader
from resilience_journal.journal import Journal
from resilience_journal.messages import values as values_words
from resilience_journal.messages.common import NOTHING_SAVED
from resilience_journal.render import values as view
from resilience_journal.render.common import message, print_to
from resilience_journal.values import STARTER_VALUES, Rating, Value, check_name, check_rating

app = commands()
NAME_HELP = "The value's name (any case); quote a few words."
NewNameArg = Annotated[str, typer.Argument(metavar="NAME", help=NAME_HELP)]
NameArg = Annotated[  # one of the person's values: Tab offers them
    str, typer.Argument(metavar="NAME", help=NAME_HELP, autocompletion=completion.values)
]

values_app = commands(
    help="Your values: choose, add, rename, archive and rate them.",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(values_app, name="values")


@values_app.callback()
def values(ctx: typer.Context) -> None:
    """Your values: what matters to you, the directions you want your days to face.

    With no command: your values, or on first use a short list of common ones to pick from.
    """
    if ctx.invoked_subcommand is not None:
        return
    journal = state(ctx).welcoming_journal()
    if journal.values.all():
        _show(journal, archived=False)
        return
    _first_use(journal, now())


def _first_use(journal: Journal, moment: datetime) -> None:
    print_to(message(values_words.VALUES_INTRO + "\n"), stderr=True)
    print_to(view.starter_values(STARTER_VALUES), stderr=True)
    if not sys.stdin.isatty():
        say("\n" + values_words.VALUES_ADD_HINT)
        return
    starters = list(STARTER_VALUES)

    def read(answer: str) -> list[str]:
        picked = []
        for part in answer.split(","):
            words = part.split()
            if words and all(word.isdigit() for word in words):
                for word in words:
                    if not 1 <= int(word) <= len(starters):
                        raise ValueError(values_words.no_such_number(word))
                    picked.append(starters[int(word) - 1])
            elif words:
                picked.append(check_name(part))
        return picked

    say("")
    chosen = ask_until(values_words.VALUES_PICK, reader(read), values_words.VALUES_PICK)
    if not chosen:
        say(values_words.VALUES_NONE_CHOSEN)
        return
    added = journal.values.add_many(chosen, moment)
    say(values_words.values_added([value.name for value in added]))


@values_app.command("list")
def list_values(
    ctx: typer.Context,
    all_: Annotated[bool, typer.Option("--all", help="Include archived values.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """List your values, with their latest rating."""
    journal = state(ctx).journal(create=False)
    listed = journal.values.all(archived=all_)
    if as_json:
        latest = journal.values.latest_ratings(listed)
        json_out(
            [
                {**value.to_json(), "latest_rating": _rating_json(latest.get(value.id))}
                for value in listed
            ]
        )
        return
    if not listed:
        say(values_words.NO_VALUES_YET)
        return
    _show(journal, archived=all_)


def _show(journal: Journal, *, archived: bool) -> None:
    listed = journal.values.all(archived=archived)
    print_to(view.values_table(listed, journal.values.latest_ratings(listed)))


def _rating_json(rating: Rating | None) -> dict[str, object] | None:
    if rating is None:
        return None
    return {"day": rating.day, "importance": rating.importance, "consistency": rating.consistency}


@values_app.command("add")
def add_value(
    ctx: typer.Context,
    name: NewNameArg,
    description: Annotated[
        str | None,
        typer.Option(
            "--description",
            metavar="TEXT",
            help="What it means to you, in a line.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Add a value (or bring back an archived one)."""
    value, revived = state(ctx).journal().values.add(name, description, now())
    say(values_words.value_added(value.name, revived))


@values_app.command("rename")
def rename_value(
    ctx: typer.Context,
    old: Annotated[
        str,
        typer.Argument(metavar="OLD", help="Its name now.", autocompletion=completion.values),
    ],
    new: Annotated[str, typer.Argument(metavar="NEW", help="Its new name.")],
) -> None:
    """Rename a value; entries, wins and ratings linked to it follow."""
    before, after = state(ctx).journal(create=False).values.rename(old, new)
    say(values_words.value_renamed(before.name, after.name))


@values_app.command("archive")
def archive_value(ctx: typer.Context, name: NameArg) -> None:
    """Archive a value: it is no longer offered, and its history is kept."""
    value = state(ctx).journal(create=False).values.archive(name, now())
    say(values_words.value_archived(value.name))


@values_app.command("rate")
def rate(
    ctx: typer.Context,
    value: Annotated[
        str | None,
        typer.Option(
            "--value",
            metavar="VALUE",
            help="The value to rate (for scripts).",
            show_default=False,
            autocompletion=completion.values,
        ),
    ] = None,
    importance: Annotated[
        str | None,
        typer.Option(
            "--importance",
            metavar="1-10",
            help="How much it matters to you.",
            show_default=False,
        ),
    ] = None,
    consistency: Annotated[
        str | None,
        typer.Option(
            "--consistency",
            metavar="1-10",
            help="How much room it has had in your days this past week.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """A values check-in: for each value, how much it matters to you and how much room it
    has had in your days this past week (1-10).

    Asks on a terminal; Enter skips a value. From a script, rate one value with --value,
    --importance and --consistency. Every rating is kept with its date; screens show it in
    words.
    """
    journal = state(ctx).journal(create=False)
    moment = now()
    day = journal.today(moment)
    if any(given is not None for given in (value, importance, consistency)):
        if None in (value, importance, consistency):
            fail(values_words.RATE_NEEDS_ALL)
        outcome(ctx, NOTHING_SAVED)
        chosen = journal.values.get(value or "")
        scores = (
            check_rating(importance, values_words.IMPORTANCE),
            check_rating(consistency, values_words.CONSISTENCY),
        )
        journal.values.rate(chosen, *scores, day, moment)
        say(values_words.rating_kept(chosen.name, *scores))
        return
    active = journal.values.all()
    if not active:
        fail(values_words.NO_VALUES_YET)
    if not sys.stdin.isatty():
        fail(values_words.RATE_NEEDS_TERMINAL)
    _rate_each(journal, active, moment)


def _rate_each(journal: Journal, active: list[Value], moment: datetime) -> None:
    """Ask about each value in turn; each pair is kept as soon as it is complete, so
    stopping part way keeps what was answered."""

    def rating(answer: str) -> int:
        return check_rating(answer, values_words.A_RATING)

    read = reader(rating, say_why=False)
    say(values_words.RATE_INTRO)
    day = journal.today(moment)
    kept = 0
    try:
        for value in active:
            say(values_words.value_heading(value.name, value.description))
            importance = ask_until(values_words.ASK_IMPORTANCE, read, values_words.RATE_ASK_AGAIN)
            if importance is None:
                continue
            consistency = ask_until(values_words.ASK_CONSISTENCY, read, values_words.RATE_ASK_AGAIN)
            if consistency is None:
                continue
            journal.values.rate(value, importance, consistency, day, moment)
            kept += 1
    except KeyboardInterrupt:
        say("")
        fail(values_words.rating_stopped(kept), 130)
    say("\n" + values_words.ratings_kept(kept))
