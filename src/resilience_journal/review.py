"""The weekly review: a week's days, entries, wins, mood and values gathered, which week
is offered by default, and when the home screen mentions that a review is ready. `today`
is always passed in."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Protocol

from resilience_journal.config import Settings
from resilience_journal.dates import parse_day, week_from_label, week_label, week_start
from resilience_journal.entries import Entries, Entry
from resilience_journal.errors import JournalError
from resilience_journal.experiments import Experiment, Experiments, Tick
from resilience_journal.goals import Goal, Goals, Milestone
from resilience_journal.messages import review as words
from resilience_journal.messages.common import NOTHING_CHANGED
from resilience_journal.prompting.choosing import weekly_prompts
from resilience_journal.prompting.depth import PACE_DEPTHS
from resilience_journal.prompting.library import Library
from resilience_journal.prompting.packs import Prompt
from resilience_journal.stats import Mood
from resilience_journal.store import JournalStore
from resilience_journal.values import Rating, Values
from resilience_journal.wins import Win, Wins

REVIEW_READY_AFTER = 3  # days into a week before its own review is offered
QUIET_WEEK_DAYS = 2


@dataclass(frozen=True)
class ValueWeek:
    name: str
    actions: int
    rating: Rating | None

    def to_json(self) -> dict[str, Any]:
        rated = self.rating
        return {
            "name": self.name,
            "actions": self.actions,
            "importance": rated.importance if rated else None,
            "consistency": rated.consistency if rated else None,
        }


@dataclass(frozen=True)
class Span:
    """What a span of days holds, as a review shows it (Reviews.span)."""

    activity: dict[str, int]
    entries: list[Entry]
    wins: list[Win]
    mood: Mood
    values: list[ValueWeek]
    distress: Mood
    steps: list[tuple[Goal, Milestone]]
    tries: list[tuple[Experiment, Tick]]


def span_json(
    period: Period, start: date, end: date, days: list[date], activity: dict[str, int]
) -> dict[str, Any]:
    """The keys a week's and a month's JSON share, in the order both list them."""
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "days": {day.isoformat(): activity.get(day.isoformat(), 0) for day in days},
        "entries": [entry.to_json() for entry in period.entries],
        "wins": [noted.to_json() for noted in period.wins],
        "mood": period.mood.to_json(),
        "distress": period.distress.to_json(),
        "values": [value.to_json() for value in period.values],
    }


class Period(Protocol):
    """What a review shows of a span of days (review.Week, monthly.Month)."""

    @property
    def entries(self) -> list[Entry]: ...

    @property
    def wins(self) -> list[Win]: ...

    @property
    def mood(self) -> Mood: ...

    @property
    def distress(self) -> Mood: ...

    @property
    def values(self) -> list[ValueWeek]: ...

    @property
    def steps(self) -> list[tuple[Goal, Milestone]]: ...

    @property
    def tries(self) -> list[tuple[Experiment, Tick]]: ...

    def wins_by_value(self) -> dict[str, list[Win]]: ...

    def tries_by_experiment(self) -> list[tuple[Experiment, int, int]]: ...


@dataclass(frozen=True)
class Week:
    start: date
    today: date
    activity: dict[str, int]
    entries: list[Entry]
    wins: list[Win]
    mood: Mood
    values: list[ValueWeek]
    reviews: list[Entry] = field(default_factory=list)  # usually one; oldest first
    prompts: list[Prompt] = field(default_factory=list)  # the week's questions
    distress: Mood = Mood((), "distress")  # at the daily check-ins
    steps: list[tuple[Goal, Milestone]] = field(default_factory=list)  # checked this week
    tries: list[tuple[Experiment, Tick]] = field(default_factory=list)  # days logged

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def label(self) -> str:
        return week_label(self.start)

    @property
    def quiet(self) -> bool:
        """A week that is over and left little on the page: writing on 2 days or fewer. A
        week still going is never called quiet."""
        return self.end < self.today and len(self.activity) <= QUIET_WEEK_DAYS

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range(7)]

    def wins_by_value(self) -> dict[str, list[Win]]:
        return wins_by_value(self.wins)

    def tries_by_experiment(self) -> list[tuple[Experiment, int, int]]:
        return tries_by_experiment(self.tries)

    def to_json(self) -> dict[str, Any]:
        return {
            "week": self.label,
            **span_json(self, self.start, self.end, self.days, self.activity),
            "prompts": [prompt.to_json() for prompt in self.prompts],
            "reviews": [entry.to_json() for entry in self.reviews],
            **plans_json(self.steps, self.tries),
        }


def wins_by_value(wins: list[Win]) -> dict[str, list[Win]]:
    """Wins under each value they lived (a win may live several); others last."""
    grouped: dict[str, list[Win]] = {}
    for noted in sorted(wins, key=lambda w: (w.day, w.created_at, w.id)):
        for name in noted.values or [""]:
            grouped.setdefault(name, []).append(noted)
    if "" in grouped:
        grouped[""] = grouped.pop("")
    return grouped


def tries_by_experiment(tries: list[tuple[Experiment, Tick]]) -> list[tuple[Experiment, int, int]]:
    """Each experiment logged: (experiment, days tried, days not)."""
    found: dict[int, tuple[Experiment, list[bool]]] = {}
    for experiment, tick in tries:
        found.setdefault(experiment.id, (experiment, []))[1].append(tick.did)
    return [(x, sum(did), len(did) - sum(did)) for x, did in found.values()]


def plans_json(
    steps: list[tuple[Goal, Milestone]], tries: list[tuple[Experiment, Tick]]
) -> dict[str, Any]:
    """The steps checked and the experiments' days, as a review's JSON gives them."""
    return {
        "steps": [
            {
                "goal_id": goal.id,
                "goal": goal.title,
                "step": step.step,
                "text": step.text,
                "day": step.done_day,
            }
            for goal, step in steps
        ],
        "experiment_days": [
            {
                "experiment_id": x.id,
                "experiment": x.title,
                "day": tick.day,
                "did": tick.did,
                "note": tick.note,
            }
            for x, tick in tries
        ],
    }


def default_review_week(today: date, week_starts_on: str) -> date:
    """The week a review is for by default: this week once it is at least three days old,
    else the week before."""
    start = week_start(today, week_starts_on)
    if (today - start).days >= REVIEW_READY_AFTER:
        return start
    return start - timedelta(days=7)


def week_to_review(
    today: date, week_starts_on: str, *, week: str | None = None, day: str | None = None
) -> date:
    """The first day of the week to review: the week named like 2026-W47, or the one
    holding `day` (as a person writes it), else default_review_week(). A week that has not
    started yet has nothing to review."""
    if week is not None and day is not None:
        raise JournalError(words.WEEK_OR_DATE, outcome=NOTHING_CHANGED)
    if week is not None:
        start = week_from_label(week, week_starts_on)
        if start > today:
            raise JournalError(words.week_not_started(week_label(start)))
        return start
    if day is not None:
        return week_start(parse_day(day, today=today, latest=today), week_starts_on)
    return default_review_week(today, week_starts_on)


def with_questions(week: Week, library: Library, pace: str) -> Week:
    """The week with its questions to reflect on: from the weekly-reflection prompts, never
    deeper than the pace, the same all week (prompting.choosing.weekly_prompts)."""
    chosen = weekly_prompts(library, week.label, PACE_DEPTHS[pace], week.quiet)
    return replace(week, prompts=chosen)


class Reviews:
    """A week for review, the reviews written, and the home screen's mention of a ready one
    (journal.reviews)."""

    def __init__(
        self,
        store: JournalStore,
        settings: Settings,
        entries: Entries,
        wins: Wins,
        goals: Goals,
        experiments: Experiments,
        values: Values,
    ) -> None:
        self.store = store
        self.settings = settings
        self.entries = entries
        self.wins = wins
        self.goals = goals
        self.experiments = experiments
        self.values = values

    def week(self, start: date, today: date) -> Week:
        span = self.span(start, start + timedelta(days=6))
        return Week(
            start=start,
            today=today,
            activity=span.activity,
            entries=span.entries,
            wins=span.wins,
            mood=span.mood,
            values=span.values,
            reviews=[self.entries.get(i) for i in self.store.reviews.for_week(week_label(start))],
            distress=span.distress,
            steps=span.steps,
            tries=span.tries,
        )

    def span(self, start: date, end: date) -> Span:
        """What the days from `start` to `end` hold: the weekly review's pieces, also
        gathered for a month (monthly.py)."""
        first, last = start.isoformat(), end.isoformat()
        entries = [
            entry
            for entry in reversed(self.entries.find(since=start, until=end))
            if entry.kind == "entry"
        ]
        wins = list(reversed(self.wins.find(since=start, until=end)))
        steps = self.goals.steps_checked(start, end)
        tries = self.experiments.ticks_between(start, end)
        lived: dict[str, int] = {}
        # As alignment counts: a checked step through its win, and on its own only when
        # that win is gone; a day an experiment was tried, for the experiment's value.
        records: list[Entry | Win] = [*entries, *wins]
        names = [name for record in records for name in record.values]
        names += [
            goal.value
            for goal, step in steps
            if goal.value and not self.store.goals.live_win(step.win_id)
        ]
        names += [x.value for x, tick in tries if x.value and tick.did]
        for name in names:
            lived[name.lower()] = lived.get(name.lower(), 0) + 1
        # Only the values lived in the span, each beside its latest rating as of its end:
        # a value not lived is not listed as a zero.
        known = [v for v in self.values.all(archived=True) if v.name.lower() in lived]
        latest = self.values.latest_ratings(known, until=end)
        values = [
            ValueWeek(value.name, lived[value.name.lower()], latest.get(value.id))
            for value in known
        ]
        values.sort(key=lambda value: -value.actions)
        return Span(
            activity=self.store.days.activity(first, last),
            entries=entries,
            wins=wins,
            mood=Mood(tuple(self.store.days.moods(first, last))),
            values=values,
            distress=Mood(tuple(self.store.safety.distress_by_day(first, last)), "distress"),
            steps=steps,
            tries=tries,
        )

    def written(self, limit: int | None = None) -> list[Entry]:
        """Written reviews, newest week first."""
        return [Entry.from_row(row) for row in self.store.reviews.select(limit)]

    def count(self) -> int:
        return self.store.reviews.count()

    def to_mention(self, today: date, *, once: bool = True) -> date | None:
        """The first day of the week whose review is ready: only while it is not written,
        and only when
        something was written or noted that week. With `once`, None after `rj today` has
        mentioned it (mentioned_review): the screen says it once a week."""
        start = default_review_week(today, self.settings.week_starts_on)
        label = week_label(start)
        if self.store.reviews.latest_for(label):
            return None
        if once and self.store.meta.get("review_mentioned") == label:
            return None
        end = start + timedelta(days=6)
        if not self.store.days.activity(start.isoformat(), end.isoformat()):
            return None  # a quiet week is not a task
        return start

    def mentioned(self, label: str) -> None:
        """Remember the mention, if the journal can be written: a read-only journal still
        shows its home screen (and mentions the review again next time)."""
        try:
            self.store.meta.set("review_mentioned", label)
        except sqlite3.Error:
            pass
