"""Beliefs, revisited: `rj belief add | revisit | list | show | remove`, and the worry
sorter, `rj belief sort` and `rj belief sorts`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from resilience_journal.beliefs import (
    ANSWERS,
    Belief,
    belief_id,
    check_rating,
    check_theme,
    check_wording,
    check_worry,
)
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
from resilience_journal.cli.ask import NoMore, ask, ask_or_stop
from resilience_journal.cli.state import state
from resilience_journal.cli.walk import reader
from resilience_journal.errors import SaidInFull
from resilience_journal.goals import check_answer
from resilience_journal.messages import beliefs as words
from resilience_journal.messages.common import NOTHING_CHANGED, NOTHING_SAVED
from resilience_journal.render import beliefs as view
from resilience_journal.render.common import print_to

app = commands()

belief_app = commands(
    help="Beliefs that feel stuck, noted and revisited over time; and a sorter for a worry.",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(belief_app, name="belief")

BeliefArg = Annotated[
    str, typer.Argument(metavar="ID", help="The belief's number, as `rj belief list` shows.")
]
BeliefWords = Annotated[
    list[str],
    typer.Argument(
        metavar="TEXT...",
        show_default=False,
        help="The belief, in your own words (quotes optional).",
    ),
]
WorryWords = Annotated[
    list[str],
    typer.Argument(
        metavar="TEXT...", show_default=False, help="The worry, in a few words (quotes optional)."
    ),
]


def _text_opt(flag: str, help_text: str) -> Any:
    return typer.Option(flag, metavar="TEXT", help=help_text, show_default=False)


RatingOpt = Annotated[
    str | None,
    typer.Option(
        "--rating",
        metavar="N",
        show_default=False,
        help="How true it feels now, from 0 (not at all) to 100 (completely).",
    ),
]
ThenOpt = Annotated[
    str | None, _text_opt("--then", "What was possible for you then, with what you knew and had.")
]
SeesOpt = Annotated[
    str | None, _text_opt("--someone-sees", "What someone who cares about you might see.")
]
FairerOpt = Annotated[str | None, _text_opt("--fairer", "A fairer wording, in your own words.")]


@contextmanager
def _keeping() -> Iterator[None]:
    """Around the questions: Ctrl-D or Ctrl-C stops asking and keeps what was answered."""
    try:
        yield
    except (NoMore, KeyboardInterrupt):
        say("")


def _ask_answers(answers: dict[str, str | None]) -> None:
    for key in ANSWERS:
        if answers[key] is None:
            answers[key] = ask_or_stop(words.QUESTIONS[key], reader(check_answer))


def _ask_rating() -> int | None:
    return ask_or_stop(
        words.ASK_RATING, reader(check_rating, say_why=False), words.ASK_RATING_AGAIN
    )


@belief_app.callback()
def belief(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Beliefs that feel stuck, noted and revisited over time; and a sorter for a worry.

    With no command: your beliefs, as `rj belief list` shows them.
    """
    json_for_the_group(ctx, as_json)
    if ctx.invoked_subcommand is None:
        _list(ctx, as_json)


@belief_app.command("add")
def add(
    ctx: typer.Context,
    wording: BeliefWords,
    theme: Annotated[
        str | None,
        typer.Option(
            "--theme",
            metavar="THEME",
            show_default=False,
            help="blame, safety, trust, control (power and control), esteem, closeness or none.",
        ),
    ] = None,
    rating: RatingOpt = None,
    then: ThenOpt = None,
    someone_sees: SeesOpt = None,
    fairer: FairerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Note a belief that feels stuck, in your own words, to come back to later. On a
    terminal, rj offers the themes, asks how true it feels now (0 to 100) and three gentle
    questions; Enter skips any of them, Ctrl-C stops and keeps what you wrote."""
    journal = state(ctx).journal()
    outcome(ctx, NOTHING_SAVED)
    text = check_wording(" ".join(wording))
    chosen = check_theme(theme)
    rated = check_rating(rating)
    answers = {
        "then_possible": check_answer(then),
        "someone_sees": check_answer(someone_sees),
        "fairer": check_answer(fairer),
    }
    asked = sys.stdin.isatty()
    if asked:
        say(words.ADD_INTRO)
        with _keeping():
            if theme is None:
                read = reader(check_theme, say_why=False)
                chosen = ask_or_stop(words.ASK_THEME, read, words.ASK_THEME_AGAIN)
            if rating is None:
                rated = _ask_rating()
            _ask_answers(answers)
    found = journal.beliefs.add(text, chosen, rated, answers, now())
    if as_json:
        json_out(found.to_json())
    say(words.belief_saved(found.id))
    if asked:
        say(words.LANDING)


@belief_app.command("revisit")
def revisit(
    ctx: typer.Context,
    number: BeliefArg,
    rating: RatingOpt = None,
    wording: Annotated[
        str | None, _text_opt("--wording", "The belief as you would word it now.")
    ] = None,
    then: ThenOpt = None,
    someone_sees: SeesOpt = None,
    fairer: FairerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Come back to a belief: rj shows your earlier wordings and ratings with their days,
    asks the questions again, how true it feels now and whether the wording has changed.
    Every revisit is kept. Enter skips any question; Ctrl-C stops and keeps what you wrote."""
    journal = state(ctx).journal(create=False)
    moment = now()
    outcome(ctx, NOTHING_SAVED)
    found = journal.beliefs.get(belief_id(number))
    rated = check_rating(rating)
    new_wording = check_wording(wording) if wording is not None else None
    answers = {
        "then_possible": check_answer(then),
        "someone_sees": check_answer(someone_sees),
        "fairer": check_answer(fairer),
    }
    asked = sys.stdin.isatty()
    if asked:
        print_to(view.revisit_intro(found, journal.today(moment)), stderr=True)
        say("")
        say(words.REVISIT_INTRO)
        with _keeping():
            _ask_answers(answers)
            if rating is None:
                rated = _ask_rating()
            if wording is None:
                new_wording = ask_or_stop(words.ASK_NEW_WORDING, reader(check_wording))
    if rated is None and new_wording is None and not any(answers.values()):
        raise SaidInFull(words.nothing_revisited(found.id))
    after = journal.beliefs.revisit(found.id, new_wording, rated, answers, moment)
    if as_json:
        json_out(after.to_json())
    say(words.belief_revisited(after.id, len(after.sittings)))
    if asked:
        say(words.LANDING)


@belief_app.command("list")
def list_beliefs(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Your beliefs: theme, first and latest rating, and when you last looked at each."""
    _list(ctx, as_json)


def _list(ctx: typer.Context, as_json: bool) -> None:
    journal = state(ctx).journal(create=False)
    found = journal.beliefs.find()
    if as_json:
        json_out([item.to_json() for item in found])
        return
    if not found:
        say(words.NO_BELIEFS_YET)
        return
    today = journal.today(now())
    print_to(view.beliefs_table(found, today))
    resting = [item.id for item in found if item.rest_for(today)]
    if resting:
        say(words.may_revisit(resting))


@belief_app.command("show")
def show(ctx: typer.Context, number: BeliefArg, as_json: JsonOpt = False) -> None:
    """A belief's wordings and ratings over time, oldest first, with your answers: your own
    record, never a verdict."""
    journal = state(ctx).journal(create=False)
    found = journal.beliefs.get(belief_id(number))
    if as_json:
        json_out(found.to_json())
        return
    print_to(view.belief_view(found, journal.today(now())))


@belief_app.command("remove")
def remove(
    ctx: typer.Context,
    number: BeliefArg,
    yes: Annotated[bool, typer.Option("--yes", help="Delete without asking.")] = False,
) -> None:
    """Delete a belief and all its revisits for good, after asking (or with --yes)."""
    journal = state(ctx).journal(create=False)
    outcome(ctx, NOTHING_CHANGED)
    found: Belief = journal.beliefs.get(belief_id(number))
    if not yes:
        if not sys.stdin.isatty():
            fail(words.REMOVE_NEEDS_YES)
        try:
            answer = ask(words.ask_remove(found.id, len(found.sittings)))
        except KeyboardInterrupt:
            answer = None
        if (answer or "").strip().lower() not in ("y", "yes"):
            say(words.NOT_REMOVED)
            return
    wiped = journal.beliefs.remove(found.id)
    say(words.belief_removed(found.id, wiped))


@belief_app.command("sort")
def sort(
    ctx: typer.Context,
    worry: WorryWords,
    can: Annotated[str | None, _text_opt("--can", "What in it you can influence.")] = None,
    cannot: Annotated[
        str | None, _text_opt("--cannot", "What in it is outside your hands.")
    ] = None,
    step: Annotated[
        str | None, _text_opt("--step", "A small step you might take, if there is one.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Sort a worry: what in it you can influence, what you can't, and one small step for
    the first. On a terminal, rj asks each (Enter skips; Ctrl-C keeps what you wrote)."""
    journal = state(ctx).journal()
    outcome(ctx, NOTHING_SAVED)
    text = check_worry(" ".join(worry))
    answers = {"can": check_answer(can), "cannot": check_answer(cannot), "step": check_answer(step)}
    if sys.stdin.isatty():
        say(words.SORT_INTRO)
        questions = {"can": words.ASK_CAN, "cannot": words.ASK_CANNOT, "step": words.ASK_STEP}
        with _keeping():
            for key, question in questions.items():
                if answers[key] is None:
                    answers[key] = ask_or_stop(question, reader(check_answer))
    found = journal.beliefs.sort_worry(
        text, answers["can"], answers["cannot"], answers["step"], now()
    )
    if as_json:
        json_out(found.to_json())
    say(words.worry_sorted(found.id))


@belief_app.command("sorts")
def sorts(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """The worries you have sorted, newest first."""
    journal = state(ctx).journal(create=False)
    found = journal.beliefs.worries()
    if as_json:
        json_out([item.to_json() for item in found])
        return
    if not found:
        say(words.NO_WORRIES_YET)
        return
    print_to(view.worries_view(found, journal.today(now())))
