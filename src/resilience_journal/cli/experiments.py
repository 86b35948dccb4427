"""Small experiments: `rj experiment start | log | close | show`, and `rj experiments`."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from resilience_journal.cli import completion
from resilience_journal.cli.app import JsonOpt, commands, json_out, now, outcome, say
from resilience_journal.cli.ask import ask_or_stop
from resilience_journal.cli.state import state
from resilience_journal.cli.walk import reader, walk
from resilience_journal.dates import parse_day
from resilience_journal.experiments import (
    Experiment,
    check_days,
    check_note,
    check_outcome,
    check_title,
    experiment_id,
)
from resilience_journal.goals import check_answer
from resilience_journal.messages import experiments as words
from resilience_journal.messages.common import NOTHING_CHANGED, NOTHING_SAVED
from resilience_journal.render import experiments as view
from resilience_journal.render.common import print_to

app = commands()

ExperimentArg = Annotated[
    str,
    typer.Argument(
        metavar="ID",
        help="The experiment's number, as `rj experiments` shows.",
        autocompletion=completion.experiments,
    ),
]

experiment_app = commands(
    help="Try one small thing for a few days: start, log, close, show.",
    no_args_is_help=True,
)
app.add_typer(experiment_app, name="experiment")


@experiment_app.command("start")
def start(
    ctx: typer.Context,
    title: Annotated[
        list[str],
        typer.Argument(
            metavar="TITLE...",
            show_default=False,
            help="What you will try, in a few words (quotes optional).",
        ),
    ],
    days: Annotated[
        str | None,
        typer.Option(
            "--days",
            metavar="N",
            show_default=False,
            help="For how many days, from today: 1 to 90 (7 if left out).",
        ),
    ] = None,
    value: Annotated[
        str | None,
        typer.Option(
            "--value",
            metavar="VALUE",
            show_default=False,
            help="The value it serves; each day you try it counts for it.",
            autocompletion=completion.values,
        ),
    ] = None,
    helped_if: Annotated[
        str | None,
        typer.Option(
            "--helped-if",
            metavar="TEXT",
            show_default=False,
            help="How you will know it helped, in your own words.",
        ),
    ] = None,
    if_hard: Annotated[
        str | None,
        typer.Option(
            "--if-hard",
            metavar="TEXT",
            show_default=False,
            help="What you will do on a day it gets hard.",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Start an experiment today: what you will try, for how long, how you will know it
    helped, and a plan for when it gets hard. On a terminal, rj asks for the last two
    (Enter skips; Ctrl-C stops without saving)."""
    journal = state(ctx).journal()
    outcome(ctx, NOTHING_SAVED)
    name = check_title(" ".join(title))
    length = check_days(days)
    chosen = journal.values.get(value).name if value is not None else None
    answers = {"helped_if": check_answer(helped_if), "if_hard": check_answer(if_hard)}
    if sys.stdin.isatty() and None in answers.values():
        _ask(answers)
    moment = now()
    started = journal.experiments.start(
        name,
        days=length,
        value=chosen,
        helped_if=answers["helped_if"],
        if_hard=answers["if_hard"],
        now=moment,
    )
    if as_json:
        json_out(started.to_json())
    say(words.experiment_started(started.id, started.title, started.days, started.end))


def _ask(answers: dict[str, str | None]) -> None:
    """How it will be known to have helped, and the plan for a hard day, when not given as
    options. Ctrl-D starts the experiment with what was answered; Ctrl-C saves nothing."""
    say(words.EXPERIMENT_WALK_INTRO)
    questions = {"helped_if": words.ASK_HELPED_IF, "if_hard": words.ASK_IF_HARD}
    with walk(words.EXPERIMENT_NOT_SAVED):
        for key, question in questions.items():
            if answers[key] is None:
                answers[key] = ask_or_stop(question, reader(check_answer))


@experiment_app.command("log")
def log(
    ctx: typer.Context,
    number: ExperimentArg,
    note: Annotated[
        str | None,
        typer.Option("--note", metavar="TEXT", show_default=False, help="A line about the day."),
    ] = None,
    did: Annotated[
        bool,
        typer.Option("--did/--didnt", help="Whether you tried it that day (--did if left out)."),
    ] = True,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            "-d",
            metavar="DAY",
            show_default=False,
            help="A day you missed logging: yesterday, 'last friday', 2026-11-20.",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Log a day of an experiment: tried it (--did) or not (--didnt), with a note if you
    like. One log a day; logging the same day again changes it."""
    journal = state(ctx).journal(create=False)
    moment = now()
    today = journal.today(moment)
    outcome(ctx, NOTHING_CHANGED)
    number_ = experiment_id(number)
    day = parse_day(date, today=today, latest=today) if date is not None else today
    check_note(note)
    found, tick, changed = journal.experiments.log(number_, day, did, note, moment)
    if as_json:
        json_out({**found.to_json(), "logged": tick.to_json()})
    say(words.experiment_logged(found.id, found.day_number(day), found.days, did, changed))


@experiment_app.command("close")
def close(
    ctx: typer.Context,
    number: ExperimentArg,
    how_it_went: Annotated[
        str | None,
        typer.Option(
            "--outcome",
            metavar="helped|partly|not-this-time",
            show_default=False,
            help="How it went, against how you would know it helped.",
        ),
    ] = None,
    adjust: Annotated[
        str | None,
        typer.Option(
            "--adjust",
            metavar="TEXT",
            show_default=False,
            help="What you would adjust, or keep, next time.",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Close an experiment and look back: how many days you tried it, how it went, and what
    you would adjust. On a terminal, rj asks the last two (Enter skips; Ctrl-C leaves it
    open)."""
    journal = state(ctx).journal(create=False)
    moment = now()
    today = journal.today(moment)
    outcome(ctx, NOTHING_CHANGED)
    found = journal.experiments.check_open(experiment_id(number))
    how = check_outcome(how_it_went) if how_it_went is not None else None
    adjust = check_answer(adjust)
    summary = words.tried_summary(found.tried, found.days_so_far(today), found.days)
    if sys.stdin.isatty() and (how is None or adjust is None):
        how, adjust = _look_back(found, summary, how, adjust)
    closed = journal.experiments.close(found.id, how, adjust, moment)
    if as_json:
        json_out(closed.to_json())
    say(
        words.experiment_closed(
            closed.id, closed.title, summary, closed.outcome, closed.adjust is not None
        )
    )


def _look_back(
    found: Experiment, summary: str, how: str | None, adjust: str | None
) -> tuple[str | None, str | None]:
    """On a terminal: the days tried, then how it went and what to adjust (those not given
    as options). Ctrl-D closes it with what was answered; Ctrl-C leaves it open."""
    print_to(view.experiment_look_back(found, summary), stderr=True)
    say(words.CLOSE_INTRO)
    with walk(words.experiment_stopped(found.id)):
        if how is None:
            # a refusal is answered with the question's own words, asked again
            read_outcome = reader(check_outcome, say_why=False)
            how = ask_or_stop(words.ASK_OUTCOME, read_outcome, words.ASK_OUTCOME_AGAIN)
        if adjust is None:
            adjust = ask_or_stop(words.ASK_ADJUST, reader(check_answer))
    return how, adjust


@experiment_app.command("show")
def show(ctx: typer.Context, number: ExperimentArg, as_json: JsonOpt = False) -> None:
    """Show an experiment and each of its days so far."""
    journal = state(ctx).journal(create=False)
    found = journal.experiments.get(experiment_id(number))
    if as_json:
        json_out(found.to_json())
        return
    today = journal.today(now())
    summary = words.tried_summary(
        found.tried, found.days_so_far(today), found.days, closed=found.closed
    )
    print_to(view.experiment_view(found, today, summary))


@app.command()
def experiments(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Your experiments: the open ones first, then those closed, newest first."""
    journal = state(ctx).journal(create=False)
    found = journal.experiments.find()
    if as_json:
        json_out([experiment.to_json() for experiment in found])
        return
    if not found:
        say(words.NO_EXPERIMENTS_YET)
        return
    print_to(view.experiments_table(found, journal.today(now())))
