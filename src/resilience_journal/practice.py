"""Practice over time: streaks, stats and the weekly review, gathered from the journal.

Domain code: no typer, no rich. `today` (the journaling day) is always passed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from resilience_journal.dates import week_label, week_start
from resilience_journal.streaks import Practice, practice

if TYPE_CHECKING:
    from resilience_journal.entries import Entry, Journal
    from resilience_journal.experiments import Experiment, Tick
    from resilience_journal.goals import Goal, Milestone
    from resilience_journal.values import Rating
    from resilience_journal.wins import Win

HEATMAP_WEEKS = 26
MOOD_DAYS = 30
REVIEW_READY_AFTER = 3  # days into a week before its own review is offered
QUIET_WEEK_DAYS = 2


@dataclass(frozen=True)
class Mood:
    """Ratings by day, 0-10: the average mood of a day's entries, or a day's distress at
    its check-in (`name` is the key each day's rating has in JSON)."""

    days: tuple[tuple[str, float], ...]  # (day, rating) for days that have one
    name: str = "mood"

    @property
    def values(self) -> list[float]:
        return [mood for _, mood in self.days]

    @property
    def average(self) -> float | None:
        return round(sum(self.values) / len(self.values), 1) if self.days else None

    def to_json(self) -> dict[str, Any]:
        return {
            "days": [{"day": day, self.name: round(mood, 1)} for day, mood in self.days],
            "average": self.average,
            "low": round(min(self.values), 1) if self.days else None,
            "high": round(max(self.values), 1) if self.days else None,
        }


@dataclass(frozen=True)
class Stats:
    today: date
    since: date | None
    heatmap_start: date
    activity: dict[str, int]
    totals: dict[str, int]
    mood: Mood
    values: list[tuple[str, int]]  # from period_start on
    prompts: dict[str, int]  # prompt id -> entries answering it, from period_start on
    practice: Practice
    period_start: date  # values and prompts: `since`, else the heatmap's first day
    distress: Mood = Mood((), "distress")  # at the daily check-ins, last 30 days

    def to_json(self, categories: list[tuple[str, str, int]]) -> dict[str, Any]:
        """`categories`: (name, title, entries answering its prompts), most first; the
        library that maps prompt ids to categories is the CLI's to load."""
        return {
            "today": self.today.isoformat(),
            "since": self.since.isoformat() if self.since else None,
            "heatmap": {
                "start": self.heatmap_start.isoformat(),
                "end": self.today.isoformat(),
                "days": self.activity,
            },
            "totals": self.totals,
            "period_start": self.period_start.isoformat(),
            "mood_last_30_days": self.mood.to_json(),
            "distress_last_30_days": self.distress.to_json(),
            "values": [{"name": name, "actions": n} for name, n in self.values],
            "prompt_categories": [
                {"category": name, "title": title, "answered": n} for name, title, n in categories
            ],
            "streak": self.practice.to_json(),
        }


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
class Week:
    start: date
    today: date
    activity: dict[str, int]
    entries: list[Entry]
    wins: list[Win]
    mood: Mood
    values: list[ValueWeek]
    reviews: list[Entry] = field(default_factory=list)  # usually one; oldest first
    prompts: list[Any] = field(default_factory=list)
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
        """Wins under each value they lived (a win may live several); others last."""
        grouped: dict[str, list[Win]] = {}
        for noted in sorted(self.wins, key=lambda w: (w.day, w.created_at, w.id)):
            for name in noted.values or [""]:
                grouped.setdefault(name, []).append(noted)
        if "" in grouped:
            grouped[""] = grouped.pop("")
        return grouped

    def tries_by_experiment(self) -> list[tuple[Experiment, int, int]]:
        """Each experiment logged this week: (experiment, days tried, days not)."""
        found: dict[int, tuple[Experiment, list[bool]]] = {}
        for experiment, tick in self.tries:
            found.setdefault(experiment.id, (experiment, []))[1].append(tick.did)
        return [(x, sum(did), len(did) - sum(did)) for x, did in found.values()]

    def to_json(self) -> dict[str, Any]:
        return {
            "week": self.label,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "days": {day.isoformat(): self.activity.get(day.isoformat(), 0) for day in self.days},
            "entries": [entry.to_json() for entry in self.entries],
            "wins": [noted.to_json() for noted in self.wins],
            "mood": self.mood.to_json(),
            "distress": self.distress.to_json(),
            "values": [value.to_json() for value in self.values],
            "prompts": [prompt.to_json() for prompt in self.prompts],
            "reviews": [entry.to_json() for entry in self.reviews],
            "steps": [{"goal_id": goal.id, "goal": goal.title, "step": step.step,
                       "text": step.text, "day": step.done_day} for goal, step in self.steps],
            "experiment_days": [{"experiment_id": x.id, "experiment": x.title, "day": tick.day,
                                 "did": tick.did, "note": tick.note} for x, tick in self.tries],
        }  # fmt: skip


def default_review_week(today: date, week_starts_on: str) -> date:
    """The week a review is for by default: this week once it is at least three days old,
    else the week before."""
    start = week_start(today, week_starts_on)
    if (today - start).days >= REVIEW_READY_AFTER:
        return start
    return start - timedelta(days=7)


class PracticeService:
    """What the CLI asks about practice over time (journal.practice)."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.store = journal.store

    def streaks(self, today: date) -> Practice:
        days = [date.fromisoformat(day) for day in self.store.practice_days()]
        return practice(days, today, self.journal.settings.rest_days)

    def stats(self, today: date, since: date | None = None) -> Stats:
        start = week_start(today, self.journal.settings.week_starts_on) - timedelta(
            weeks=HEATMAP_WEEKS - 1
        )
        until = today.isoformat()
        first = since.isoformat() if since else None
        period = since or start  # what was lived and answered: recent unless asked
        mood_since = (today - timedelta(days=MOOD_DAYS - 1)).isoformat()
        return Stats(
            today=today,
            since=since,
            heatmap_start=start,
            activity=self.store.activity(start.isoformat(), until),
            totals=self.store.totals(first, until),
            mood=Mood(tuple(self.store.moods(mood_since, until))),
            values=self.store.lived_values(period.isoformat(), until),
            prompts=self.store.prompts_answered(period.isoformat(), until),
            practice=self.streaks(today),
            period_start=period,
            distress=Mood(tuple(self.store.distress_by_day(mood_since, until)), "distress"),
        )

    def week(self, start: date, today: date) -> Week:
        end = start + timedelta(days=6)
        first, last = start.isoformat(), end.isoformat()
        entries = [
            entry
            for entry in reversed(self.journal.entries(since=start, until=end))
            if entry.kind == "entry"
        ]
        wins = list(reversed(self.journal.wins.list(since=start, until=end)))
        steps = self.journal.goals.steps_checked(start, end)
        tries = self.journal.experiments.ticks_between(start, end)
        lived: dict[str, int] = {}
        # As alignment counts: a checked step through its win, and on its own only when
        # that win is gone; a day an experiment was tried, for the experiment's value.
        names = [name for record in [*entries, *wins] for name in record.values]
        names += [
            goal.value
            for goal, step in steps
            if goal.value and not self.store.live_win(step.win_id)
        ]
        names += [x.value for x, tick in tries if x.value and tick.did]
        for name in names:
            lived[name.lower()] = lived.get(name.lower(), 0) + 1
        # Only the values lived this week, each beside its latest rating as of the week's
        # end: a value not lived is not listed as a zero.
        known = [v for v in self.journal.values.all(archived=True) if v.name.lower() in lived]
        latest = self.journal.values.latest_ratings(known, until=end)
        values = [ValueWeek(value.name, lived[value.name.lower()], latest.get(value.id))
                  for value in known]  # fmt: skip
        values.sort(key=lambda value: -value.actions)
        return Week(
            start=start,
            today=today,
            activity=self.store.activity(first, last),
            entries=entries,
            wins=wins,
            mood=Mood(tuple(self.store.moods(first, last))),
            values=values,
            reviews=[self.journal.get(i) for i in self.store.reviews_for(week_label(start))],
            distress=Mood(tuple(self.store.distress_by_day(first, last)), "distress"),
            steps=steps,
            tries=tries,
        )

    def reviews(self, limit: int | None = None) -> list[Entry]:
        """Written reviews, newest week first."""
        from resilience_journal.entries import Entry

        return [Entry.from_row(row) for row in self.store.reviews(limit)]

    def count_reviews(self) -> int:
        return self.store.count_reviews()

    def review_to_mention(self, today: date, *, once: bool = True) -> date | None:
        """The first day of the week whose review is ready: only while it is not written,
        and only when
        something was written or noted that week. With `once`, None after `rj today` has
        mentioned it (mentioned_review): the screen says it once a week."""
        start = default_review_week(today, self.journal.settings.week_starts_on)
        label = week_label(start)
        if self.store.review_for(label):
            return None
        if once and self.store.get_meta("review_mentioned") == label:
            return None
        end = start + timedelta(days=6)
        if not self.store.activity(start.isoformat(), end.isoformat()):
            return None  # a quiet week is not a task
        return start

    def mentioned_review(self, label: str) -> None:
        """Remember the mention, if the journal can be written: a read-only journal still
        shows its home screen (and mentions the review again next time)."""
        import sqlite3

        try:
            self.store.set_meta("review_mentioned", label)
        except sqlite3.Error:
            pass


@dataclass(frozen=True)
class Memory:
    """Something from this day a year or a month ago, shown on the home screen."""

    when: str  # "a year ago" | "a month ago"
    day: date
    kind: str  # "win" | "review" | "entry"
    text: str
    record_id: int

    def to_json(self) -> dict[str, Any]:
        return {"when": self.when, "day": self.day.isoformat(), "kind": self.kind,
                "text": self.text, "id": self.record_id}  # fmt: skip


def on_this_day(journal: Journal, today: date) -> Memory | None:
    """A small win from this day one year (else one month) ago, or the review of the week
    that held it. An ordinary entry only when the person turned resurface_entries on: old
    entries can hold hard days."""
    from dateutil.relativedelta import relativedelta

    for when, delta in (("a year ago", relativedelta(years=1)),
                        ("a month ago", relativedelta(months=1))):  # fmt: skip
        day = today - delta
        wins = journal.wins.list(since=day, until=day, limit=1)
        if wins:
            return Memory(when, day, "win", wins[0].text, wins[0].id)
        week = week_label(week_start(day, journal.settings.week_starts_on))
        review_id = journal.store.review_for(week)
        if review_id is not None:
            review = journal.get(review_id)
            return Memory(when, day, "review", review.headline, review.id)
        if journal.settings.resurface:
            entries = [e for e in journal.entries(since=day, until=day) if e.kind == "entry"]
            if entries:
                return Memory(when, day, "entry", entries[-1].headline, entries[-1].id)
    return None
