"""Small experiments: something to try for a few days, with a way to tell whether it
helped (in the person's own words) and a plan for when it gets hard.

Pure domain code: no typer, no rich; the time is passed in as `now`. Each journaling day
of an experiment can have one tick: tried it, or not that day, with an optional note.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from resilience_journal.config import Settings
from resilience_journal.dates import utc_stamp
from resilience_journal.errors import JournalError
from resilience_journal.goals import MAX_TITLE, check_answer, check_line
from resilience_journal.messages import experiments as words
from resilience_journal.messages.common import NOTHING_CHANGED
from resilience_journal.store import JournalStore, Row
from resilience_journal.text import whole_number

MAX_DAYS = 90
DEFAULT_DAYS = 7
OUTCOMES = ("helped", "partly", "not-this-time")
_OUTCOME_WORDS = {
    "1": "helped",
    "2": "partly",
    "3": "not-this-time",
    "not this time": "not-this-time",
    "not_this_time": "not-this-time",
}


@dataclass(frozen=True, eq=False)  # compared by id, never whole: quicker to import
class Tick:
    id: int
    uuid: str
    day: str
    created_at: str
    updated_at: str
    did: bool
    note: str | None

    @classmethod
    def from_row(cls, row: Row) -> Tick:
        return cls(
            row["id"],
            row["uuid"],
            row["day"],
            row["created_at"],
            row["updated_at"],
            bool(row["did"]),
            row["note"],
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "day": self.day,
            "did": self.did,
            "note": self.note,
            "uuid": self.uuid,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


@dataclass(frozen=True, eq=False)
class Experiment:
    id: int
    uuid: str
    created_at: str
    updated_at: str
    title: str
    value: str | None
    start_day: str
    days: int
    helped_if: str | None
    if_hard: str | None
    closed_day: str | None
    outcome: str | None
    adjust: str | None
    ticks: tuple[Tick, ...] = ()

    @classmethod
    def from_row(cls, row: Row, ticks: tuple[Tick, ...]) -> Experiment:
        return cls(**{k: row[k] for k in cls.__dataclass_fields__ if k != "ticks"}, ticks=ticks)

    @property
    def start(self) -> date:
        return date.fromisoformat(self.start_day)

    @property
    def end(self) -> date:
        return self.start + timedelta(days=self.days - 1)

    @property
    def closed(self) -> bool:
        return self.closed_day is not None

    @property
    def tried(self) -> int:
        """Days in the experiment logged as tried."""
        return sum(
            1
            for tick in self.ticks
            if tick.did and self.start_day <= tick.day <= self.end.isoformat()
        )

    def day_number(self, day: date) -> int:
        return (day - self.start).days + 1

    def days_so_far(self, today: date) -> int:
        """Its days up to today (all of them once it has ended)."""
        return max(0, min(self.days, self.day_number(today)))

    def tick_on(self, day: date) -> Tick | None:
        return next((tick for tick in self.ticks if tick.day == day.isoformat()), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "title": self.title,
            "value": self.value,
            "start_day": self.start_day,
            "days": self.days,
            "end_day": self.end.isoformat(),
            "helped_if": self.helped_if,
            "if_hard": self.if_hard,
            "state": "closed" if self.closed else "active",
            "closed_day": self.closed_day,
            "outcome": self.outcome,
            "adjust": self.adjust,
            "tried_days": self.tried,
            "ticks": [tick.to_json() for tick in self.ticks],
        }


# validation ---------------------------------------------------------------------------


def check_title(text: str) -> str:
    """One line of the person's words. The command says what became of it."""
    return check_line(text, words.AN_EXPERIMENT, MAX_TITLE, words.EXPERIMENT_EXAMPLE)


def check_days(text: str | None) -> int:
    if text is None:
        return DEFAULT_DAYS
    days = whole_number(text)
    if days is None or not 1 <= days <= MAX_DAYS:
        raise JournalError(words.bad_days(MAX_DAYS, text))
    return days


def check_outcome(text: str) -> str:
    """helped, partly or not-this-time (also typed as 1, 2, 3 or "not this time")."""
    typed = " ".join(text.lower().split())
    outcome = _OUTCOME_WORDS.get(typed, typed)
    if outcome not in OUTCOMES:
        raise JournalError(words.bad_outcome(text))
    return outcome


def experiment_id(text: str) -> int:
    number = whole_number(text.strip().lstrip("#"))
    if number is None:
        raise JournalError(words.bad_experiment_id(text))
    return number


def check_note(text: str | None) -> str | None:
    return check_answer(text, words.A_NOTE)


# the service ------------------------------------------------------------------------


class Experiments:
    """What the CLI can ask about experiments (journal.experiments)."""

    def __init__(self, store: JournalStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def start(
        self,
        title: str,
        *,
        days: int,
        value: str | None,
        helped_if: str | None,
        if_hard: str | None,
        now: datetime,
    ) -> Experiment:
        """Start an experiment today. `value` is a name already checked by Values.get."""
        stamp = utc_stamp(now)
        value_row = self.store.values.named(value) if value else None
        record = {
            "uuid": str(uuid.uuid4()),
            "created_at": stamp,
            "updated_at": stamp,
            "title": check_title(title),
            "value_id": value_row["id"] if value_row else None,
            "start_day": self.settings.today(now).isoformat(),
            "days": days,
            "helped_if": check_answer(helped_if),
            "if_hard": check_answer(if_hard),
        }
        return self.get(self.store.experiments.insert(record))

    def get(self, number: int) -> Experiment:
        row = self.store.experiments.get(number)
        if row is None:
            raise JournalError(words.no_experiment(number))
        return self._experiments([row])[0]

    def find(self, *, open_only: bool = False) -> list[Experiment]:
        """Open experiments first (oldest first), then closed ones, newest closed first."""
        found = self._experiments(self.store.experiments.select(open_only=open_only))
        open_ = [x for x in found if not x.closed]
        closed = sorted(
            (x for x in found if x.closed), key=lambda x: (x.closed_day, x.id), reverse=True
        )
        return open_ + closed

    def _experiments(self, rows: list[Row]) -> list[Experiment]:
        ticks: dict[int, list[Tick]] = {}
        for row in self.store.experiments.ticks([row["id"] for row in rows]):
            ticks.setdefault(row["experiment_id"], []).append(Tick.from_row(row))
        return [Experiment.from_row(row, tuple(ticks.get(row["id"], ()))) for row in rows]

    def log(
        self, number: int, day: date, did: bool, note: str | None, now: datetime
    ) -> tuple[Experiment, Tick, bool]:
        """Tick a day of an open experiment: tried or not, with a note. Logging a day again
        changes its tick (a note left out keeps the one there). Returns the experiment, the
        tick and whether it was changed rather than new."""
        experiment = self.get(number)
        if experiment.closed:
            raise JournalError(words.experiment_is_closed(experiment.id), NOTHING_CHANGED)
        if not experiment.start <= day <= experiment.end:
            raise JournalError(
                words.not_a_day_of(experiment.id, experiment.start, experiment.end, day),
                NOTHING_CHANGED,
            )
        note = check_note(note)
        before = experiment.tick_on(day)
        stamp = utc_stamp(now)
        record = {
            "uuid": str(uuid.uuid4()),
            "experiment_id": experiment.id,
            "day": day.isoformat(),
            "created_at": stamp,
            "updated_at": stamp,
            "did": int(did),
            "note": note if note is not None else (before.note if before else None),
        }
        changed = self.store.experiments.set_tick(record)
        after = self.get(experiment.id)
        tick = after.tick_on(day)
        assert tick is not None
        return after, tick, changed

    def close(
        self, number: int, outcome: str | None, adjust: str | None, now: datetime
    ) -> Experiment:
        experiment = self.check_open(number)
        changes = {
            "closed_day": self.settings.today(now).isoformat(),
            "outcome": check_outcome(outcome) if outcome is not None else None,
            "adjust": check_answer(adjust),
            "updated_at": utc_stamp(now),
        }
        self.store.experiments.update(experiment.id, changes)
        return self.get(experiment.id)

    def check_open(self, number: int) -> Experiment:
        experiment = self.get(number)
        if experiment.closed:
            raise JournalError(words.already_closed(experiment.id))
        return experiment

    def ticks_between(self, since: date, until: date) -> list[tuple[Experiment, Tick]]:
        """Ticks of these days, oldest first, each with its experiment."""
        rows = self.store.experiments.ticks_between(since.isoformat(), until.isoformat())
        found = {n: self.get(n) for n in {row["experiment_id"] for row in rows}}
        return [(found[row["experiment_id"]], Tick.from_row(row)) for row in rows]
