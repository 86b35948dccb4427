"""The practice at a glance (`rj stats`): a 26-week calendar, totals, mood and distress,
the values lived most and the prompts answered. `today` is always passed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from resilience_journal.config import Settings
from resilience_journal.dates import week_start
from resilience_journal.prompting.library import Library
from resilience_journal.store import JournalStore
from resilience_journal.streaks import Practice, Streaks

HEATMAP_WEEKS = 26
MOOD_DAYS = 30


@dataclass(frozen=True)
class Mood:
    """Ratings 0-10, every one noted, oldest first: the moods of entries (a day may note
    several), or each day's distress at its check-in (`name` is the key each day's rating
    has in JSON). The count, average and range are over every rating; the days (for the
    sparkline) hold each day's average."""

    ratings: tuple[tuple[str, float], ...]  # (day, rating), one for each rating noted
    name: str = "mood"

    @property
    def days(self) -> list[tuple[str, float]]:
        """Each day that has a rating, with the average of its ratings, oldest first."""
        by_day: dict[str, list[float]] = {}
        for day, rating in self.ratings:
            by_day.setdefault(day, []).append(rating)
        return [(day, round(sum(noted) / len(noted), 1)) for day, noted in by_day.items()]

    @property
    def values(self) -> list[float]:
        """Each day's average, oldest first."""
        return [mood for _, mood in self.days]

    @property
    def count(self) -> int:
        return len(self.ratings)

    @property
    def average(self) -> float | None:
        noted = [rating for _, rating in self.ratings]
        return round(sum(noted) / len(noted), 1) if noted else None

    @property
    def low(self) -> float | None:
        return min((rating for _, rating in self.ratings), default=None)

    @property
    def high(self) -> float | None:
        return max((rating for _, rating in self.ratings), default=None)

    def to_json(self) -> dict[str, Any]:
        return {
            "days": [{"day": day, self.name: round(mood, 1)} for day, mood in self.days],
            "count": self.count,
            "average": self.average,
            "low": None if self.low is None else round(self.low, 1),
            "high": None if self.high is None else round(self.high, 1),
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


def by_category(
    answered: dict[str, int], library: Library
) -> tuple[dict[str, str], list[tuple[str, int]]]:
    """Prompt ids answered (Stats.prompts) -> (each category's title, [(category, entries)]
    most first). Ids the library no longer has are counted under their own id."""
    counts: dict[str, int] = {}
    for prompt_id, n in answered.items():
        prompt = library.prompts.get(prompt_id)
        name = prompt.category if prompt else prompt_id
        counts[name] = counts.get(name, 0) + n
    titles = {name: category.title for name, category in library.categories.items()}
    return titles, sorted(counts.items(), key=lambda item: (-item[1], item[0]))


class Statistics:
    """What `rj stats` gathers (journal.stats)."""

    def __init__(self, store: JournalStore, settings: Settings, streaks: Streaks) -> None:
        self.store = store
        self.settings = settings
        self.streaks = streaks

    def gather(self, today: date, since: date | None = None) -> Stats:
        start = week_start(today, self.settings.week_starts_on) - timedelta(weeks=HEATMAP_WEEKS - 1)
        until = today.isoformat()
        first = since.isoformat() if since else None
        period = since or start  # what was lived and answered: recent unless asked
        mood_since = (today - timedelta(days=MOOD_DAYS - 1)).isoformat()
        return Stats(
            today=today,
            since=since,
            heatmap_start=start,
            activity=self.store.days.activity(start.isoformat(), until),
            totals=self.store.days.totals(first, until),
            mood=Mood(tuple(self.store.days.moods(mood_since, until))),
            values=self.store.days.lived_values(period.isoformat(), until),
            prompts=self.store.days.prompts_answered(period.isoformat(), until),
            practice=self.streaks.practice(today),
            period_start=period,
            distress=Mood(tuple(self.store.safety.distress_by_day(mood_since, until)), "distress"),
        )
