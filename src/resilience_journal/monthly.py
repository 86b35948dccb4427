"""The monthly reflection: a month's days, wins, values and goals gathered as the weekly
review gathers a week (review.Reviews.span), the person's answers across the growth
domains, and those answers month by month (`rj growth`). `today` and `now` are passed in."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from resilience_journal.dates import utc_stamp
from resilience_journal.entries import Entry
from resilience_journal.errors import JournalError
from resilience_journal.experiments import Experiment, Tick
from resilience_journal.goals import Goal, Milestone
from resilience_journal.messages import monthly as words
from resilience_journal.messages.common import NOTHING_CHANGED
from resilience_journal.review import (
    Reviews,
    ValueWeek,
    plans_json,
    span_json,
    tries_by_experiment,
    wins_by_value,
)
from resilience_journal.stats import Mood
from resilience_journal.store import JournalStore
from resilience_journal.wins import Win

DOMAINS = tuple(words.DOMAINS)  # the keys, in the order asked
ANSWERS = ("words", *words.CHOICES)  # 'words', 'unchanged', 'harder'
FIRST_YEAR = 1900  # no journal reaches further back; year 0 is no date at all
FIRST_WEEK = 7  # days into a month while the month before is the one offered
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def month_label(start: date) -> str:
    return f"{start.year:04d}-{start.month:02d}"  # %Y is not padded below 1000 on Linux


def default_month(today: date) -> date:
    """The month a reflection is for by default: the month just ended during the first
    week of a month, else this month."""
    start = today.replace(day=1)
    if today.day <= FIRST_WEEK:
        return start - relativedelta(months=1)
    return start


def month_to_review(today: date, text: str | None) -> date:
    """The first day of the month named like 2026-11, or 'last' (the month before this
    one), or 'this'; else default_month(). A month not started yet is refused."""
    if text is None:
        return default_month(today)
    said = text.strip().lower()
    if said in ("last", "previous"):
        return today.replace(day=1) - relativedelta(months=1)
    if said in ("this", "current"):
        return today.replace(day=1)
    found = _MONTH.fullmatch(said)
    if not found or not 1 <= int(found[2]) <= 12 or int(found[1]) < FIRST_YEAR:
        raise JournalError(words.bad_month(text), outcome=NOTHING_CHANGED)
    start = date(int(found[1]), int(found[2]), 1)
    if start > today:
        raise JournalError(words.month_not_started(month_label(start)), outcome=NOTHING_CHANGED)
    return start


@dataclass(frozen=True)
class Reflection:
    """One domain's answer for one month: the person's words, or 'unchanged' or 'harder'."""

    id: int
    uuid: str
    month: str
    domain: str
    answer: str
    text: str | None
    created_at: str
    updated_at: str

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Reflection:
        return cls(**row)

    @property
    def said(self) -> str:
        """What the person said: their words, or the answer they chose, as it was offered."""
        if self.answer == "words":
            return self.text or ""
        return words.CHOICES[self.answer][1]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "month": self.month,
            "domain": self.domain,
            "title": words.DOMAINS[self.domain][0],
            "answer": self.answer,
            "text": self.text,
            "said": self.said,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


@dataclass(frozen=True)
class Month:
    start: date
    today: date
    activity: dict[str, int]
    entries: list[Entry]
    wins: list[Win]
    mood: Mood
    distress: Mood
    values: list[ValueWeek]
    steps: list[tuple[Goal, Milestone]]
    tries: list[tuple[Experiment, Tick]]
    reflections: list[Reflection] = field(default_factory=list)

    @property
    def label(self) -> str:
        return month_label(self.start)

    @property
    def end(self) -> date:
        return self.start + relativedelta(months=1) - timedelta(days=1)

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]

    def answers(self) -> dict[str, Reflection]:
        return {found.domain: found for found in self.reflections}

    def wins_by_value(self) -> dict[str, list[Win]]:
        return wins_by_value(self.wins)

    def tries_by_experiment(self) -> list[tuple[Experiment, int, int]]:
        return tries_by_experiment(self.tries)

    def to_json(self) -> dict[str, Any]:
        answers = self.answers()
        return {
            "month": self.label,
            **span_json(self, self.start, self.end, self.days, self.activity),
            **plans_json(self.steps, self.tries),
            "questions": [
                {
                    "domain": key,
                    "title": title,
                    "question": question,
                    "answer": answers[key].to_json() if key in answers else None,
                }
                for key, (title, question) in words.DOMAINS.items()
            ],
        }


@dataclass(frozen=True)
class Growth:
    """The answers of several months, oldest month first, per domain."""

    months: list[str]
    reflections: list[Reflection]

    def by_domain(self) -> dict[str, dict[str, Reflection]]:
        """Each domain (in the order asked): its answers by month."""
        found: dict[str, dict[str, Reflection]] = {key: {} for key in DOMAINS}
        for answer in self.reflections:
            found.setdefault(answer.domain, {})[answer.month] = answer
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "months": self.months,
            "domains": [
                {
                    "domain": key,
                    "title": words.DOMAINS[key][0] if key in words.DOMAINS else key,
                    "answers": [answer.to_json() for answer in by_month.values()],
                }
                for key, by_month in self.by_domain().items()
            ],
        }


class Reflections:
    """A month for reflection, its answers kept, and the answers over months
    (journal.reflections)."""

    def __init__(self, store: JournalStore, reviews: Reviews) -> None:
        self.store = store
        self.reviews = reviews

    def month(self, start: date, today: date) -> Month:
        end = start + relativedelta(months=1) - timedelta(days=1)
        span = self.reviews.span(start, end)
        return Month(
            start=start,
            today=today,
            activity=span.activity,
            entries=span.entries,
            wins=span.wins,
            mood=span.mood,
            distress=span.distress,
            values=span.values,
            steps=span.steps,
            tries=span.tries,
            reflections=self._of([month_label(start)]),
        )

    def answer(self, label: str, domain: str, answer: str, text: str | None, now: datetime) -> None:
        """Keep one domain's answer for a month (a new answer replaces the month's last)."""
        if domain not in DOMAINS or answer not in ANSWERS:
            raise ValueError(f"not an answer: {domain} {answer}")
        stamp = utc_stamp(now)
        self.store.reflections.save(
            {
                "uuid": str(uuid.uuid4()),
                "month": label,
                "domain": domain,
                "answer": answer,
                "text": text if answer == "words" else None,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )

    def growth(self, today: date, months: int) -> Growth:
        """The newest `months` months with an answer, up to this month."""
        if months < 1:
            raise JournalError(words.MONTHS_COUNT, outcome=NOTHING_CHANGED)
        found = self.store.reflections.months(until=month_label(today), limit=months)
        return Growth(found, self._of(found))

    def _of(self, months: list[str]) -> list[Reflection]:
        return [Reflection.from_row(row) for row in self.store.reflections.for_months(months)]
