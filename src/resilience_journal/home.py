"""What the home screen (`rj today`) gathers beyond the day's writing: something from this
day a year or a month ago, and the goals and experiments in progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from resilience_journal.config import Settings
from resilience_journal.dates import week_label, week_start
from resilience_journal.entries import Entries
from resilience_journal.experiments import Experiment, Experiments
from resilience_journal.goals import Goal, Goals
from resilience_journal.hard_dates import HardDates
from resilience_journal.store import JournalStore
from resilience_journal.wins import Wins


@dataclass(frozen=True)
class Memory:
    """Something from this day a year or a month ago, shown on the home screen."""

    when: str  # "a year ago" | "a month ago"
    day: date
    kind: str  # "win" | "review" | "entry"
    text: str
    record_id: int

    def to_json(self) -> dict[str, Any]:
        return {
            "when": self.when,
            "day": self.day.isoformat(),
            "kind": self.kind,
            "text": self.text,
            "id": self.record_id,
        }


class Memories:
    """What `rj today` may bring back (journal.memories)."""

    def __init__(
        self,
        store: JournalStore,
        settings: Settings,
        entries: Entries,
        wins: Wins,
        hard_dates: HardDates,
    ) -> None:
        self.store = store
        self.settings = settings
        self.entries = entries
        self.wins = wins
        self.hard_dates = hard_dates

    def on_this_day(self, today: date) -> Memory | None:
        """A small win from this day one year (else one month) ago, or the review of the week
        that held it. An ordinary entry only when the person turned resurface_entries on: old
        entries can hold hard days. Nothing at all within the days around a date the person
        marked as hard (`rj dates`), and nothing from such days (or a review of a week
        that held one)."""
        if self.hard_dates.is_hard_day(today):
            return None
        for when, delta in (
            ("a year ago", relativedelta(years=1)),
            ("a month ago", relativedelta(months=1)),
        ):
            day = today - delta
            if self.hard_dates.is_hard_day(day):
                continue
            wins = self.wins.find(since=day, until=day, limit=1)
            if wins:
                return Memory(when, day, "win", wins[0].text, wins[0].id)
            start = week_start(day, self.settings.week_starts_on)
            review_id = self.store.reviews.latest_for(week_label(start))
            if review_id is not None and not self.hard_dates.hard_days_between(
                start, start + timedelta(days=6)
            ):
                review = self.entries.get(review_id)
                return Memory(when, day, "review", review.headline, review.id)
            if self.settings.resurface:
                entries = [e for e in self.entries.find(since=day, until=day) if e.kind == "entry"]
                if entries:
                    return Memory(when, day, "entry", entries[-1].headline, entries[-1].id)
        return None


@dataclass(frozen=True)
class Plans:
    """The home screen's goals and experiments: the active goals, with their next step,
    and the open experiments that have started, with how today stands."""

    day: date
    goals: list[Goal]
    experiments: list[Experiment]

    def __bool__(self) -> bool:
        return bool(self.goals or self.experiments)

    def goals_json(self) -> list[dict[str, Any]]:
        found = []
        for goal in self.goals:
            step = goal.next_step
            found.append(
                {
                    "id": goal.id,
                    "title": goal.title,
                    "value": goal.value,
                    "by": goal.by,
                    "steps": len(goal.milestones),
                    "checked": goal.checked,
                    "next_step": (
                        {"step": step.step, "text": step.text, "by": step.by} if step else None
                    ),
                }
            )
        return found

    def experiments_json(self) -> list[dict[str, Any]]:
        found = []
        for experiment in self.experiments:
            tick = experiment.tick_on(self.day)
            ended = self.day > experiment.end
            found.append(
                {
                    "id": experiment.id,
                    "title": experiment.title,
                    "value": experiment.value,
                    "day_of": None if ended else experiment.day_number(self.day),
                    "days": experiment.days,
                    "end_day": experiment.end.isoformat(),
                    "ended": ended,
                    "today": {"did": tick.did, "note": tick.note} if tick else None,
                }
            )
        return found


def plans_on(day: date, goals: Goals, experiments: Experiments) -> Plans:
    """The goals and experiments to show on `day`: nothing is loaded for a person who has
    no active goal and no open experiment (one quick look)."""
    if not goals.any_plans_open():
        return Plans(day, [], [])
    active = goals.active()
    return Plans(day, active, [x for x in experiments.find(open_only=True) if x.start <= day])
