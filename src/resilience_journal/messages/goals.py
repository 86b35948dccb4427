"""What goals and their steps say."""

from __future__ import annotations

from typing import Protocol

from resilience_journal.messages.common import plural

NO_GOALS_YET = (
    'No goals yet. `rj goals add "swim once a week"` starts one, with small steps, whenever '
    "you are ready."
)
NO_GOALS_IN_PROGRESS = "No goals in progress. `rj goals list --all` shows every goal."
GOAL_WALK_INTRO = (
    "A few questions to shape the goal: what exactly, how you will know, what puts it within "
    "reach, why it matters, and by when. Enter skips one; Ctrl-D saves the goal with what "
    "you have answered; Ctrl-C stops and saves nothing."
)
GOAL_QUESTIONS = {
    "specific": "What, exactly, would you like to do?",
    "measure": "How will you know it is happening, or done?",
    "achievable": "What puts it within reach? A smaller version counts.",
    "why": "Why does it matter to you?",
}
# How `rj goals show` names the answers kept with a goal: plain words, not an acronym.
ANSWER_LABELS = {
    "specific": "What",
    "measure": "How you'll know",
    "achievable": "Within reach",
    "why": "Why",
    "learned": "Learned",
}
GOAL_ASK_BY = "By when, if a date helps? (like 'in 3 weeks' or 'dec 20')"
GOAL_NOT_SAVED = "Stopped. The goal was not saved; nothing was written."
LEARNED_QUESTION = (
    "If you like, a line on what you learned, or what you are taking with you (Enter skips):"
)
STEP_HINT = "`rj goals step {id} TEXT` adds a step; `rj goals check {id} N` checks one."
RESUME_HINT = "`rj goals resume {id}` takes this goal up again, whenever you want to."
# A goal's state in words.
STATE_WORDS = {"active": "active", "paused": "paused", "done": "done", "let-go": "let go"}
# What a line of the person's words is called in its error, and an example of one.
A_GOAL = "A goal"
GOAL_EXAMPLE = '`rj goals add "swim once a week"`'
A_STEP = "A step"
STEP_EXAMPLE = '`rj goals step 3 "book a first lesson"`'
AN_ANSWER = "An answer"
A_LINE = "A line"  # what was learned, kept with a goal let go
ANSWER_EXAMPLE = "a short line"


class Step(Protocol):
    """A goal's step, as the home screen names it (goals.Milestone has it)."""

    @property
    def step(self) -> int: ...


def needs_words(what: str, example: str) -> str:
    return f"{what} needs a few words, like {example}."


def one_line(what: str) -> str:
    return f"{what} is one line."


def line_too_long(what: str, longest: int, length: int) -> str:
    return f"{what} can be up to {longest} characters, not {length}."


def bad_goal_id(text: str) -> str:
    return f"A goal id is a number, like 3; got {text!r}."


def bad_step_number(text: str) -> str:
    return f"A step is its number in the goal, like 2; got {text!r}."


def no_goal(number: int) -> str:
    return f"There is no goal {number}. `rj goals list --all` shows the ids."


def no_step(goal_id: int, number: int, steps: int) -> str:
    has = {0: "has no steps yet", 1: "has one step, 1"}.get(steps, f"has steps 1 to {steps}")
    return f"Goal {goal_id} has no step {number}; it {has}. `rj goals show {goal_id}` lists them."


def step_already_checked(goal_id: int, step: int) -> str:
    return (
        f"Step {step} of goal {goal_id} is already checked. `rj goals uncheck {goal_id} {step}` "
        "opens it again."
    )


def step_not_checked(goal_id: int, step: int) -> str:
    return f"Step {step} of goal {goal_id} is not checked."


def goal_already(goal_id: int, state: str) -> str:
    """A goal asked to become what it is already."""
    if state == "let-go":
        return f"Goal {goal_id} was already let go."
    return f"Goal {goal_id} is already {STATE_WORDS[state]}."


def cannot_pause(goal_id: int, state: str) -> str:
    return (
        f"Goal {goal_id} is {STATE_WORDS[state]}; only an active goal can be paused. "
        f"`rj goals resume {goal_id}` makes it active again."
    )


def goal_value_question(names: list[str]) -> str:
    listed = "  ".join(f"{number} {name}" for number, name in enumerate(names, 1))
    return f"Which of your values does it serve? {listed}  (a number or a name)"


def goal_added(goal_id: int, title: str, steps_hint: bool = True) -> str:
    hint = f" `rj goals step {goal_id} TEXT` adds a first small step." if steps_hint else ""
    return f"Added goal {goal_id}: {title}.{hint}"


def step_added(goal_id: int, step: int, text: str) -> str:
    return f"Added step {step} to goal {goal_id}: {text}."


def step_win(step: str, title: str) -> str:
    """The text of the small win a checked step notes."""
    return f"{step} (a step toward: {title})"


def step_checked(
    goal_id: int, step: int, win_id: int, new_win: bool, value: str | None, all_done: bool
) -> str:
    said = f"Checked step {step} of goal {goal_id}."
    if new_win:
        said += f" Noted as a small win (win {win_id})"
        said += f", for {value}." if value else "."
    else:
        said += f" Its small win (win {win_id}) is still there."
    if all_done:
        said += (
            f" Every step of goal {goal_id} is checked; `rj goals done {goal_id}` marks "
            "the goal done, whenever it feels done."
        )
    return said


def step_unchecked(goal_id: int, step: int, win_id: int | None) -> str:
    said = f"Step {step} of goal {goal_id} is open again."
    if win_id is not None:
        said += (
            f" Its small win (win {win_id}) stays in your wins; `rj wins delete {win_id}` "
            "moves it to the trash if you would rather not keep it."
        )
    return said


def goal_state_said(
    goal_id: int, title: str, state: str, checked: int, steps: int, learned: bool = False
) -> str:
    if state == "paused":
        return (
            f"Paused goal {goal_id}: {title}. It waits here, steps and all; "
            f"`rj goals resume {goal_id}` picks it up again."
        )
    if state == "active":
        return f"Goal {goal_id} is active again: {title}."
    along = f" {checked} of {plural(steps, 'step')} checked along the way." if steps else ""
    if state == "done":
        return f"Goal {goal_id} is done: {title}.{along}"
    kept = " What you learned is kept with it." if learned else ""
    return (
        f"You let go of goal {goal_id}: {title}. Letting a goal go is an outcome too; its "
        f"steps and wins are kept.{kept}"
    )


def goal_stopped(goal_id: int) -> str:
    return f"Stopped. Goal {goal_id} is as it was."


def next_step_today(number: int, step: Step | None) -> str:
    if step is None:
        return f"no steps yet: `rj goals step {number} TEXT` adds one."
    return f"next, step {step.step}:"
