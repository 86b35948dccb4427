"""Goals broken into milestones: small, deliberate steps, each checked one a small win.

Pure domain code: no typer, no rich; the time is passed in as `now`. A goal is active,
paused, done or let go; letting a goal go is an outcome like any other, and what was
learned can be kept with it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from resilience_journal.config import Settings
from resilience_journal.dates import utc_stamp
from resilience_journal.errors import JournalError
from resilience_journal.messages import goals as words
from resilience_journal.store import JournalStore, Row
from resilience_journal.text import readable, whole_number
from resilience_journal.wins import Win, Wins, check_text

MAX_TITLE = 200
MAX_ANSWER = 500
STATES = ("active", "paused", "done", "let-go")
IN_PROGRESS = ("active", "paused")
# The SMART answers kept with a goal (time-bound is its `by` day), in the order asked.
ANSWERS = ("specific", "measure", "achievable", "why")


@dataclass(frozen=True, eq=False)  # compared by id, never whole: quicker to import
class Milestone:
    id: int
    goal_id: int
    uuid: str
    step: int
    created_at: str
    text: str
    by: str | None
    done_day: str | None
    done_at: str | None
    win_id: int | None

    @classmethod
    def from_row(cls, row: Row) -> Milestone:
        return cls(
            row["id"],
            row["goal_id"],
            row["uuid"],
            row["step"],
            row["created_at"],
            row["text"],
            row["by_day"],
            row["done_day"],
            row["done_at"],
            row["win_id"],
        )

    @property
    def done(self) -> bool:
        return self.done_day is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "uuid": self.uuid,
            "created_at": self.created_at,
            "text": self.text,
            "by": self.by,
            "done_day": self.done_day,
            "done_at": self.done_at,
            "win_id": self.win_id,
        }


@dataclass(frozen=True, eq=False)
class Goal:
    id: int
    uuid: str
    created_at: str
    updated_at: str
    day: str
    title: str
    value: str | None
    by: str | None
    specific: str | None
    measure: str | None
    achievable: str | None
    why: str | None
    state: str
    state_since: str | None
    learned: str | None
    milestones: tuple[Milestone, ...] = ()

    @classmethod
    def from_row(cls, row: Row, milestones: tuple[Milestone, ...]) -> Goal:
        return cls(
            row["id"],
            row["uuid"],
            row["created_at"],
            row["updated_at"],
            row["day"],
            row["title"],
            row["value"],
            row["by_day"],
            row["specific"],
            row["measure"],
            row["achievable"],
            row["why"],
            row["state"],
            row["state_since"],
            row["learned"],
            milestones,
        )

    @property
    def next_step(self) -> Milestone | None:
        """The first step not checked yet."""
        return next((m for m in self.milestones if not m.done), None)

    @property
    def checked(self) -> int:
        return sum(1 for m in self.milestones if m.done)

    def answers(self) -> dict[str, str | None]:
        return {name: getattr(self, name) for name in ANSWERS}

    def step(self, number: int) -> Milestone:
        for milestone in self.milestones:
            if milestone.step == number:
                return milestone
        raise JournalError(words.no_step(self.id, number, len(self.milestones)))

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "day": self.day,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "title": self.title,
            "value": self.value,
            "by": self.by,
            "specific": self.specific,
            "measure": self.measure,
            "achievable": self.achievable,
            "why": self.why,
            "state": self.state,
            "state_since": self.state_since,
            "learned": self.learned,
            "milestones": [m.to_json() for m in self.milestones],
        }


@dataclass(frozen=True, eq=False)
class Checked:
    """What checking a step did: the goal as it is now, the step, its win, and whether
    that win is new (else it is the one a check before noted, still there)."""

    goal: Goal
    step: Milestone
    win: Win
    new_win: bool


# validation ---------------------------------------------------------------------------


def check_line(text: str, what: str, longest: int, example: str) -> str:
    """One line of the person's words (goals, steps, experiments, answers). The command
    says what became of it (cli/app.py's outcome)."""
    line = readable(text).strip()
    if not line:
        raise JournalError(words.needs_words(what, example))
    if "\n" in line or "\r" in line:
        raise JournalError(words.one_line(what))
    if len(line) > longest:
        raise JournalError(words.line_too_long(what, longest, len(line)))
    return line


def check_title(text: str) -> str:
    return check_line(text, words.A_GOAL, MAX_TITLE, words.GOAL_EXAMPLE)


def check_step(text: str) -> str:
    return check_line(text, words.A_STEP, MAX_TITLE, words.STEP_EXAMPLE)


def check_answer(text: str | None, what: str = words.AN_ANSWER) -> str | None:
    """An optional line of the person's own words; empty is None."""
    if text is None or not readable(text).strip():
        return None
    return check_line(text, what, MAX_ANSWER, words.ANSWER_EXAMPLE)


def check_learned(text: str | None) -> str | None:
    """The optional line on what was learned, kept with a goal let go."""
    return check_answer(text, words.A_LINE)


def goal_id(text: str) -> int:
    number = whole_number(text.strip().lstrip("#"))
    if number is None:
        raise JournalError(words.bad_goal_id(text))
    return number


def step_number(text: str) -> int:
    number = whole_number(text.strip().lstrip("#"))
    if number is None or number < 1:
        raise JournalError(words.bad_step_number(text))
    return number


# the service ------------------------------------------------------------------------


class Goals:
    """What the CLI can ask about goals (journal.goals)."""

    def __init__(self, store: JournalStore, settings: Settings, wins: Wins) -> None:
        self.store = store
        self.settings = settings
        self.wins = wins

    def add(
        self,
        title: str,
        *,
        value: str | None,
        by: date | None,
        answers: dict[str, str | None],
        now: datetime,
    ) -> Goal:
        """Save a goal. `value` is a name already checked by Values.get."""
        stamp = utc_stamp(now)
        value_row = self.store.values.named(value) if value else None
        record = {
            "uuid": str(uuid.uuid4()),
            "created_at": stamp,
            "updated_at": stamp,
            "day": self.settings.today(now).isoformat(),
            "title": check_title(title),
            "value_id": value_row["id"] if value_row else None,
            "by_day": by.isoformat() if by else None,
            **{name: check_answer(answers.get(name)) for name in ANSWERS},
            "state": "active",
        }
        return self.get(self.store.goals.insert(record))

    def get(self, number: int) -> Goal:
        row = self.store.goals.get(number)
        if row is None:
            raise JournalError(words.no_goal(number))
        return self._goals([row])[0]

    def find(self, *, all_: bool = False) -> list[Goal]:
        """Goals in progress (active and paused), or with all_, every goal; oldest first."""
        return self._goals(self.store.goals.select(STATES if all_ else IN_PROGRESS))

    def any_plans_open(self) -> bool:
        """Whether an active goal or an open experiment exists (one quick look, so the home
        screen loads goals only for a person who has some)."""
        return self.store.goals.any_open()

    def active(self) -> list[Goal]:
        return self._goals(self.store.goals.select(("active",)))

    def _goals(self, rows: list[Row]) -> list[Goal]:
        steps: dict[int, list[Milestone]] = {}
        for row in self.store.goals.milestones([row["id"] for row in rows]):
            steps.setdefault(row["goal_id"], []).append(Milestone.from_row(row))
        return [Goal.from_row(row, tuple(steps.get(row["id"], ()))) for row in rows]

    # steps ----------------------------------------------------------------------------

    def add_step(self, number: int, text: str, by: date | None, now: datetime) -> Milestone:
        goal = self.get(number)
        stamp = utc_stamp(now)
        record = {
            "uuid": str(uuid.uuid4()),
            "goal_id": goal.id,
            "created_at": stamp,
            "text": check_step(text),
            "by_day": by.isoformat() if by else None,
        }
        step = self.store.goals.insert_milestone(record, stamp)
        return self.get(goal.id).step(step)

    def check(self, number: int, step: int, now: datetime) -> Checked:
        """Check a step. Its win is noted in the same transaction, for the goal's value; a
        step checked before whose win is still there keeps that win."""
        goal = self.get(number)
        milestone = goal.step(step)
        if milestone.done:
            raise JournalError(words.step_already_checked(goal.id, step))
        today = self.settings.today(now)
        stamp = utc_stamp(now)
        keep = self.store.goals.live_win(milestone.win_id)
        win = None
        if not keep:
            win = {
                "uuid": str(uuid.uuid4()),
                "created_at": stamp,
                "updated_at": stamp,
                "day": today.isoformat(),
                "text": check_text(words.step_win(milestone.text, goal.title)),
            }
        row = self._row(milestone)
        win_id = self.store.goals.check_milestone(
            row,
            {"done_day": today.isoformat(), "done_at": stamp},
            win,
            [goal.value] if goal.value else [],
        )
        assert win_id is not None  # kept, or noted just now
        after = self.get(goal.id)
        return Checked(after, after.step(step), self.wins.get(win_id), not keep)

    def uncheck(self, number: int, step: int, now: datetime) -> tuple[Milestone, Win | None]:
        """Open a checked step again. Its win stays (what happened, happened); the CLI says
        how to move it to the trash."""
        goal = self.get(number)
        milestone = goal.step(step)
        if not milestone.done:
            raise JournalError(words.step_not_checked(goal.id, step))
        self.store.goals.uncheck_milestone(self._row(milestone), utc_stamp(now))
        kept = milestone.win_id
        win = self.wins.get(kept) if kept is not None and self.store.goals.live_win(kept) else None
        return self.get(goal.id).step(step), win

    @staticmethod
    def _row(milestone: Milestone) -> Row:
        return {"id": milestone.id, "goal_id": milestone.goal_id, "win_id": milestone.win_id}

    def steps_checked(self, since: date, until: date) -> list[tuple[Goal, Milestone]]:
        """Steps checked in these days, oldest first, each with its goal."""
        rows = self.store.goals.steps_checked(since.isoformat(), until.isoformat())
        goals = {goal_id: self.get(goal_id) for goal_id in {row["goal_id"] for row in rows}}
        return [(goals[row["goal_id"]], Milestone.from_row(row)) for row in rows]

    # states ---------------------------------------------------------------------------

    def pause(self, number: int, now: datetime) -> Goal:
        goal = self.get(number)
        if goal.state == "paused":
            raise JournalError(words.goal_already(goal.id, goal.state))
        if goal.state != "active":
            raise JournalError(words.cannot_pause(goal.id, goal.state))
        return self._set_state(goal, "paused", now)

    def resume(self, number: int, now: datetime) -> Goal:
        goal = self.get(number)
        if goal.state == "active":
            raise JournalError(words.goal_already(goal.id, goal.state))
        return self._set_state(goal, "active", now)

    def done(self, number: int, now: datetime) -> Goal:
        goal = self.get(number)
        if goal.state == "done":
            raise JournalError(words.goal_already(goal.id, goal.state))
        return self._set_state(goal, "done", now)

    def let_go(self, number: int, learned: str | None, now: datetime) -> Goal:
        goal = self.check_can_let_go(number)
        return self._set_state(goal, "let-go", now, learned=check_learned(learned))

    def check_can_let_go(self, number: int) -> Goal:
        """The goal, when it can be let go (before asking what was learned)."""
        goal = self.get(number)
        if goal.state == "let-go":
            raise JournalError(words.goal_already(goal.id, goal.state))
        return goal

    def _set_state(self, goal: Goal, state: str, now: datetime, learned: str | None = None) -> Goal:
        changes = {
            "state": state,
            "state_since": self.settings.today(now).isoformat(),
            "updated_at": utc_stamp(now),
        }
        if learned is not None:
            changes["learned"] = learned
        self.store.goals.update(goal.id, changes)
        return self.get(goal.id)
