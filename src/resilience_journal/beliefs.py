"""Beliefs, revisited: a belief that feels stuck, noted under a theme, with how true it
feels (0 to 100) and the person's answers to a few gentle questions; revisited weeks later,
every sitting kept, so the wordings and ratings over time are the person's own record.
Beside it, worries sorted: what I can influence, what I can't, one small step.

Pure domain code: no typer, no rich; the time is passed in as `now`.
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
from resilience_journal.messages import beliefs as words
from resilience_journal.store import JournalStore, Row
from resilience_journal.text import whole_number

# The themes, by key, with the words shown for them.
THEMES = {
    "blame": "blame",
    "safety": "safety",
    "trust": "trust",
    "control": "power and control",
    "esteem": "esteem",
    "closeness": "closeness",
}
ANSWERS = ("then_possible", "someone_sees", "fairer")
MAX_RATING = 100
REVISIT_AFTER = timedelta(weeks=4)


@dataclass(frozen=True, eq=False)  # compared by id, never whole
class Sitting:
    """The first noting of a belief, or a revisit: its wording then, and how true it felt."""

    id: int
    uuid: str
    created_at: str
    day: str
    wording: str
    rating: int | None
    then_possible: str | None
    someone_sees: str | None
    fairer: str | None

    @classmethod
    def from_row(cls, row: Row) -> Sitting:
        return cls(**{k: row[k] for k in cls.__dataclass_fields__})

    def answers(self) -> dict[str, str | None]:
        return {key: getattr(self, key) for key in ANSWERS}

    def to_json(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid,
            "created_at": self.created_at,
            "day": self.day,
            "wording": self.wording,
            "rating": self.rating,
            **self.answers(),
        }


@dataclass(frozen=True, eq=False)
class Belief:
    id: int
    uuid: str
    created_at: str
    updated_at: str
    theme: str | None
    sittings: tuple[Sitting, ...]

    @property
    def first(self) -> Sitting:
        return self.sittings[0]

    @property
    def latest(self) -> Sitting:
        return self.sittings[-1]

    @property
    def wording(self) -> str:
        return self.latest.wording

    def rest_for(self, today: date) -> bool:
        """Whether it has not been looked at for four weeks or more."""
        return today - date.fromisoformat(self.latest.day) >= REVISIT_AFTER

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "theme": self.theme,
            "wording": self.wording,
            "first_rating": self.first.rating,
            "latest_rating": self.latest.rating,
            "last_seen": self.latest.day,
            "sittings": [sitting.to_json() for sitting in self.sittings],
        }


@dataclass(frozen=True, eq=False)
class Worry:
    id: int
    uuid: str
    created_at: str
    day: str
    worry: str
    can_influence: str | None
    cannot_influence: str | None
    step: str | None

    @classmethod
    def from_row(cls, row: Row) -> Worry:
        return cls(**{k: row[k] for k in cls.__dataclass_fields__})

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


# validation ---------------------------------------------------------------------------


def check_wording(text: str) -> str:
    return check_line(text, words.A_BELIEF, MAX_TITLE, words.BELIEF_EXAMPLE)


def check_worry(text: str) -> str:
    return check_line(text, words.A_WORRY, MAX_TITLE, words.WORRY_EXAMPLE)


def check_theme(text: str | None) -> str | None:
    """A theme's key, its words ('power and control') or its number in the list; 'none' or
    nothing is no theme."""
    if text is None:
        return None
    typed = " ".join(text.lower().split())
    if typed in ("", "none"):
        return None
    keys = list(THEMES)
    number = whole_number(typed)
    if number is not None and 1 <= number <= len(keys):
        return keys[number - 1]
    for key, shown in THEMES.items():
        if typed in (key, shown):
            return key
    raise JournalError(words.bad_theme(text, list(THEMES)))


def check_rating(text: str | None) -> int | None:
    if text is None or not text.strip():
        return None
    rating = whole_number(text.strip().rstrip("%"))
    if rating is None or not 0 <= rating <= MAX_RATING:
        raise JournalError(words.bad_rating(text))
    return rating


def belief_id(text: str) -> int:
    number = whole_number(text.strip().lstrip("#"))
    if number is None:
        raise JournalError(words.bad_belief_id(text))
    return number


# the service ------------------------------------------------------------------------


class Beliefs:
    """What the CLI can ask about beliefs and worries (journal.beliefs)."""

    def __init__(self, store: JournalStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def _sitting(
        self, wording: str, rating: int | None, answers: dict[str, str | None], now: datetime
    ) -> Row:
        return {
            "uuid": str(uuid.uuid4()),
            "created_at": utc_stamp(now),
            "day": self.settings.today(now).isoformat(),
            "wording": check_wording(wording),
            "rating": rating,
            **{key: check_answer(answers.get(key)) for key in ANSWERS},
        }

    def add(
        self,
        wording: str,
        theme: str | None,
        rating: int | None,
        answers: dict[str, str | None],
        now: datetime,
    ) -> Belief:
        stamp = utc_stamp(now)
        belief = {"uuid": str(uuid.uuid4()), "created_at": stamp, "updated_at": stamp}
        sitting = self._sitting(wording, rating, answers, now)
        return self.get(self.store.beliefs.add({**belief, "theme": theme}, sitting))

    def revisit(
        self,
        number: int,
        wording: str | None,
        rating: int | None,
        answers: dict[str, str | None],
        now: datetime,
    ) -> Belief:
        """A new sitting: the wording kept unless a new one is given."""
        found = self.get(number)
        sitting = self._sitting(wording or found.wording, rating, answers, now)
        self.store.beliefs.add_sitting({**sitting, "belief_id": found.id})
        return self.get(found.id)

    def get(self, number: int) -> Belief:
        row = self.store.beliefs.get(number)
        if row is None:
            raise JournalError(words.no_belief(number))
        return self._beliefs([row])[0]

    def find(self) -> list[Belief]:
        """Every belief, in the order noted."""
        return self._beliefs(self.store.beliefs.select())

    def _beliefs(self, rows: list[Row]) -> list[Belief]:
        sittings: dict[int, list[Sitting]] = {}
        for row in self.store.beliefs.sittings([row["id"] for row in rows]):
            sittings.setdefault(row["belief_id"], []).append(Sitting.from_row(row))
        return [
            Belief(
                row["id"],
                row["uuid"],
                row["created_at"],
                row["updated_at"],
                row["theme"],
                tuple(sittings[row["id"]]),
            )
            for row in rows
            if row["id"] in sittings
        ]

    def remove(self, number: int) -> bool:
        """Delete it for good; whether its words are gone from the file already."""
        return self.store.beliefs.remove(self.get(number).id)

    def sort_worry(
        self,
        worry: str,
        can_influence: str | None,
        cannot_influence: str | None,
        step: str | None,
        now: datetime,
    ) -> Worry:
        record = {
            "uuid": str(uuid.uuid4()),
            "created_at": utc_stamp(now),
            "day": self.settings.today(now).isoformat(),
            "worry": check_worry(worry),
            "can_influence": check_answer(can_influence),
            "cannot_influence": check_answer(cannot_influence),
            "step": check_answer(step),
        }
        number = self.store.beliefs.add_worry(record)
        return next(found for found in self.worries() if found.id == number)

    def worries(self) -> list[Worry]:
        return [Worry.from_row(row) for row in self.store.beliefs.worries()]
