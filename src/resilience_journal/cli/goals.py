"""Goals with milestones: `rj goals add | list | show | step | check | uncheck | pause |
resume | done | let-go`."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any

import typer

from resilience_journal.cli import completion
from resilience_journal.cli.app import (
    JsonOpt,
    commands,
    json_for_the_group,
    json_out,
    now,
    outcome,
    say,
)
from resilience_journal.cli.ask import ask_or_stop
from resilience_journal.cli.state import state
from resilience_journal.cli.walk import reader, walk
from resilience_journal.dates import parse_due
from resilience_journal.goals import (
    Goal,
    Goals,
    check_answer,
    check_learned,
    check_step,
    check_title,
    goal_id,
    step_number,
)
from resilience_journal.journal import Journal
from resilience_journal.messages import goals as goals_words
from resilience_journal.messages.common import NOTHING_CHANGED, NOTHING_SAVED
from resilience_journal.render import goals as view
from resilience_journal.render.common import print_to

app = commands()

GoalArg = Annotated[
    str,
    typer.Argument(
        metavar="ID",
        help="The goal's number, as `rj goals list` shows.",
        autocompletion=completion.goals,
    ),
]
StepArg = Annotated[
    str, typer.Argument(metavar="STEP", help="The step's number in the goal: 1, 2, 3 ...")
]
ByOpt = Annotated[
    str | None,
    typer.Option(
        "--by",
        metavar="DAY",
        show_default=False,
        help="When you hope to get there: 'in 3 weeks', 'next friday', 'dec 20', 2026-12-20.",
    ),
]


def _answer_opt(flag: str, help_text: str) -> Any:
    return typer.Option(flag, metavar="TEXT", help=help_text, show_default=False)


goals_app = commands(
    help="Goals broken into small steps: add, list, show, step, check, pause, done, let go.",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(goals_app, name="goals")


@goals_app.callback()
def goals(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Goals broken into small, deliberate steps; each step checked is a small win.

    With no command: your goals in progress (active and paused).
    """
    json_for_the_group(ctx, as_json)
    if ctx.invoked_subcommand is not None:
        return
    _list(ctx, False, as_json)


@goals_app.command("list")
def list_goals(
    ctx: typer.Context,
    all_: Annotated[bool, typer.Option("--all", help="Include goals done or let go.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """List your goals in progress, with how many steps are checked."""
    _list(ctx, all_, as_json)


def _list(ctx: typer.Context, all_: bool, as_json: bool) -> None:
    journal = state(ctx).journal(create=False)
    found = journal.goals.find(all_=all_)
    if as_json:
        json_out([goal.to_json() for goal in found])
        return
    if not found:
        say(
            goals_words.NO_GOALS_IN_PROGRESS
            if journal.goals.find(all_=True)
            else goals_words.NO_GOALS_YET
        )
        return
    print_to(view.goals_table(found, journal.today(now())))


@goals_app.command("add")
def add_goal(
    ctx: typer.Context,
    title: Annotated[
        list[str],
        typer.Argument(
            metavar="TITLE...",
            help="The goal, in a few words (quotes optional).",
            show_default=False,
        ),
    ],
    value: Annotated[
        str | None,
        typer.Option(
            "--value",
            metavar="VALUE",
            show_default=False,
            help="The value it serves; its steps' wins count for it.",
            autocompletion=completion.values,
        ),
    ] = None,
    by: ByOpt = None,
    why: Annotated[str | None, _answer_opt("--why", "Why it matters to you.")] = None,
    specific: Annotated[
        str | None, _answer_opt("--specific", "What, exactly, you would like to do.")
    ] = None,
    measure: Annotated[
        str | None, _answer_opt("--measure", "How you will know it is happening, or done.")
    ] = None,
    achievable: Annotated[
        str | None, _answer_opt("--achievable", "What puts it within reach.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Add a goal. On a terminal, a few gentle questions shape it (what exactly, how you will
    know, what puts it within reach, why it matters, and by when); Enter skips any of them,
    Ctrl-D saves what you have answered, and Ctrl-C stops without saving. From a script,
    pass them as options."""
    journal = state(ctx).journal()
    moment = now()
    today = journal.today(moment)
    outcome(ctx, NOTHING_SAVED)
    given = {"specific": specific, "measure": measure, "achievable": achievable, "why": why}
    name = check_title(" ".join(title))
    chosen = journal.values.get(value).name if value is not None else None
    due = parse_due(by, today=today) if by is not None else None
    answers = {key: check_answer(text) for key, text in given.items()}
    if sys.stdin.isatty():
        chosen, due = _walk(
            journal, answers, chosen, due, today, ask_value=value is None, ask_by=by is None
        )
    goal = journal.goals.add(name, value=chosen, by=due, answers=answers, now=moment)
    if as_json:
        json_out(goal.to_json())
    say(goals_words.goal_added(goal.id, goal.title))


def _walk(
    journal: Journal,
    answers: dict[str, str | None],
    value: str | None,
    due: date | None,
    today: date,
    *,
    ask_value: bool,
    ask_by: bool,
) -> tuple[str | None, date | None]:
    """The questions not answered by options (after SMART goals; the acronym is never on
    screen), one at a time. The goal is saved only after the walk: Ctrl-D ends it early
    (what was answered is kept), Ctrl-C saves nothing."""
    say(goals_words.GOAL_WALK_INTRO)
    known = [v.name for v in journal.values.all()] if ask_value else []

    def read_value(text: str) -> str:
        words = text.strip()
        if words.isdigit() and 1 <= int(words) <= len(known):
            return known[int(words) - 1]
        return journal.values.get(words).name

    def read_due(text: str) -> date:
        return parse_due(text, today=today)

    with walk(goals_words.GOAL_NOT_SAVED):
        for key, question in goals_words.GOAL_QUESTIONS.items():
            if answers[key] is None:
                answers[key] = ask_or_stop(question, reader(check_answer))
        if known:
            value = ask_or_stop(goals_words.goal_value_question(known), reader(read_value))
        if ask_by:
            due = ask_or_stop(goals_words.GOAL_ASK_BY, reader(read_due))
    return value, due


@goals_app.command("show")
def show_goal(ctx: typer.Context, number: GoalArg, as_json: JsonOpt = False) -> None:
    """Show a goal: what it is for, its answers, and its steps, numbered."""
    journal = state(ctx).journal(create=False)
    goal = journal.goals.get(goal_id(number))
    if as_json:
        json_out(goal.to_json())
        return
    hint = goals_words.STEP_HINT if goal.state == "active" else goals_words.RESUME_HINT
    print_to(view.goal_view(goal, hint.format(id=goal.id)))


@goals_app.command("step")
def add_step(
    ctx: typer.Context,
    number: GoalArg,
    text: Annotated[
        list[str],
        typer.Argument(metavar="TEXT...", help="The step, in a few words.", show_default=False),
    ],
    by: ByOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Add a small step (a milestone) to a goal; steps are numbered 1, 2, 3 in order."""
    journal = state(ctx).journal(create=False)
    moment = now()
    outcome(ctx, NOTHING_SAVED)
    number_ = goal_id(number)
    words = check_step(" ".join(text))
    due = parse_due(by, today=journal.today(moment)) if by is not None else None
    step = journal.goals.add_step(number_, words, due, moment)
    if as_json:
        json_out(journal.goals.get(number_).to_json())
    say(goals_words.step_added(number_, step.step, step.text))


@goals_app.command("check")
def check(ctx: typer.Context, number: GoalArg, step: StepArg, as_json: JsonOpt = False) -> None:
    """Check a step. It is noted as a small win, for the goal's value."""
    journal = state(ctx).journal(create=False)
    done = journal.goals.check(goal_id(number), step_number(step), now())
    goal = done.goal
    if as_json:
        json_out({**goal.to_json(), "win": done.win.to_json()})
    say(
        goals_words.step_checked(
            goal.id, done.step.step, done.win.id, done.new_win, goal.value, goal.next_step is None
        )
    )


@goals_app.command("uncheck")
def uncheck_step(
    ctx: typer.Context, number: GoalArg, step: StepArg, as_json: JsonOpt = False
) -> None:
    """Open a checked step again. Its small win stays; rj says how to remove it."""
    journal = state(ctx).journal(create=False)
    opened, win = journal.goals.uncheck(goal_id(number), step_number(step), now())
    if as_json:
        goal = journal.goals.get(opened.goal_id)
        json_out({**goal.to_json(), "win": win.to_json() if win else None})
    say(goals_words.step_unchecked(opened.goal_id, opened.step, win.id if win else None))


def _change_state(
    ctx: typer.Context,
    number: str,
    change: Callable[[Goals, int, datetime], Goal],
    as_json: bool,
) -> None:
    journal = state(ctx).journal(create=False)
    goal = change(journal.goals, goal_id(number), now())
    if as_json:
        json_out(goal.to_json())
    say(
        goals_words.goal_state_said(
            goal.id, goal.title, goal.state, goal.checked, len(goal.milestones)
        )
    )


@goals_app.command("pause")
def pause_goal(ctx: typer.Context, number: GoalArg, as_json: JsonOpt = False) -> None:
    """Pause a goal: it rests, with its steps, until you resume it."""
    _change_state(ctx, number, Goals.pause, as_json)


@goals_app.command("resume")
def resume_goal(ctx: typer.Context, number: GoalArg, as_json: JsonOpt = False) -> None:
    """Make a paused goal (or one done or let go) active again."""
    _change_state(ctx, number, Goals.resume, as_json)


@goals_app.command("done")
def done_goal(ctx: typer.Context, number: GoalArg, as_json: JsonOpt = False) -> None:
    """Mark a goal done, however many of its steps are checked."""
    _change_state(ctx, number, Goals.done, as_json)


@goals_app.command("let-go")
def let_go(
    ctx: typer.Context,
    number: GoalArg,
    learned: Annotated[
        str | None,
        _answer_opt("--learned", "A line on what you learned, kept with the goal."),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Let a goal go: a respected outcome, not a lesser one. On a terminal, rj asks for an
    optional line on what you learned (Enter skips; Ctrl-C leaves the goal as it was)."""
    journal = state(ctx).journal(create=False)
    goal = journal.goals.check_can_let_go(goal_id(number))
    outcome(ctx, NOTHING_CHANGED)
    learned = check_learned(learned)
    if learned is None and sys.stdin.isatty():
        with walk(goals_words.goal_stopped(goal.id)):
            learned = ask_or_stop(goals_words.LEARNED_QUESTION, reader(check_learned))
    after = journal.goals.let_go(goal.id, learned, now())
    if as_json:
        json_out(after.to_json())
    say(
        goals_words.goal_state_said(
            after.id,
            after.title,
            after.state,
            after.checked,
            len(after.milestones),
            learned is not None,
        )
    )
