"""The journal as one markdown document (`rj export`): a heading per day with its entries
and wins, each weekly review after the last day of its week, then goals and experiments.

Pure domain code: no typer, no rich. Days stream from the store one at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from resilience_journal.dates import long_day, stored_week
from resilience_journal.exchange.belief_sections import belief_section, worry_section
from resilience_journal.exchange.export import Advance, Row, Selection, nothing
from resilience_journal.exchange.markdown import heading
from resilience_journal.exchange.monthly import reflection_sections
from resilience_journal.exchange.sections import (
    entry_section,
    experiment_section,
    goal_section,
    review_section,
    wins_section,
)
from resilience_journal.exchange.story import story_markdown
from resilience_journal.store import JournalStore
from resilience_journal.story import tellings_of


@dataclass
class Day:
    day: str
    entries: list[Row] = field(default_factory=list)
    wins: list[Row] = field(default_factory=list)


def days(
    store: JournalStore, selection: Selection, kinds: tuple[str, ...] | None = None
) -> Iterator[Day]:
    """Live entries (of the selected kinds, with the day's check-ins among them) and wins, a
    day at a time, oldest first."""
    kinds = selection.kinds if kinds is None else kinds
    since, until = selection.since, selection.until
    entries = (
        store.export.export_entries(
            since=selection.since, until=selection.until, kinds=kinds, deleted=False
        )
        if kinds
        else iter(())
    )
    wins, checkins = (
        (
            store.export.export_wins(since=since, until=until, deleted=False),
            store.export.export_checkins(since=since, until=until),
        )
        if selection.wins
        else (iter(()), iter(()))
    )
    entry, win, checkin = next(entries, None), next(wins, None), next(checkins, None)
    while entry is not None or win is not None or checkin is not None:
        day = min(row["day"] for row in (entry, win, checkin) if row is not None)
        group = Day(day)
        while checkin is not None and checkin["day"] == day:
            group.entries.append(checkin)
            checkin = next(checkins, None)
        while entry is not None and entry["day"] == day:
            group.entries.append(entry)
            entry = next(entries, None)
        # in the order written; a check-in asked just before writing comes first
        group.entries.sort(key=lambda row: row["created_at"])
        while win is not None and win["day"] == day:
            group.wins.append(win)
            win = next(wins, None)
        yield group


class Markdown:
    """Days rendered as markdown. `prompt_text(id)` finds a prompt's words (or None);
    reviews go under the week they review, as soon as that week's days are past."""

    def __init__(
        self, prompt_text: Callable[[str], str | None], week_starts_on: str, day_start: time
    ) -> None:
        self.prompt_text = prompt_text
        self.week_starts_on = week_starts_on
        self.day_start = day_start

    def week_start(self, label: str) -> date:
        return stored_week(label, self.week_starts_on)

    def day(self, group: Day, level: int, *, reviews: bool) -> Iterator[str]:
        """A day's heading, then its entries (and, with `reviews`, reviews written that day),
        then its wins."""
        day = long_day(date.fromisoformat(group.day))
        yield heading(level, day, ours=True) + "\n"
        for entry in group.entries:
            if entry["kind"] == "review":
                if reviews:
                    start = self.week_start(entry["review_week"])
                    yield "\n" + review_section(entry, start, level + 1)
                continue
            prompt = entry["prompt_id"] and (
                self.prompt_text(entry["prompt_id"]) or entry["prompt_id"]
            )
            yield "\n" + entry_section(entry, level + 1, prompt, self.day_start)
        if group.wins:
            yield "\n" + wins_section(group.wins, level + 1)

    def document(
        self, store: JournalStore, selection: Selection, advance: Advance = nothing
    ) -> Iterator[str]:
        """The journal as one markdown document: a heading per day, and each weekly review
        right after the last day of its week. Yields a day at a time."""
        yield "# Journal\n"
        reviews = sorted(
            (
                (self.week_start(row["review_week"]), row)
                for row in store.export.export_entries(
                    since=selection.since, until=selection.until, kinds=("review",), deleted=False
                )
                if "review" in selection.kinds
            ),
            key=lambda pair: pair[0],  # stable: each week's in the order written
        )
        waiting = iter(reviews)
        review = next(waiting, None)
        for group in days(store, selection, tuple(k for k in selection.kinds if k != "review")):
            day = date.fromisoformat(group.day)
            while review is not None and review[0] + timedelta(days=6) < day:
                yield "\n" + review_section(review[1], review[0], 2)
                advance(1)
                review = next(waiting, None)
            yield "\n" + "".join(self.day(group, 2, reviews=False))
            advance(len(group.entries) + len(group.wins))
        while review is not None:
            yield "\n" + review_section(review[1], review[0], 2)
            advance(1)
            review = next(waiting, None)
        if selection.wins:  # goals and experiments after the days, as they span many
            yield from self.plans(store, advance)
            told = tellings_of(store)  # the story last, when it has words
            if told:
                yield "\n" + "".join(story_markdown(told, 2))

    def plans(self, store: JournalStore, advance: Advance = nothing) -> Iterator[str]:
        for title, records, section in (
            ("Goals", store.export.export_goals(), goal_section),
            ("Experiments", store.export.export_experiments(), experiment_section),
            ("Beliefs", store.export.export_beliefs(), belief_section),
            ("Worries sorted", store.export.export_worries(), worry_section),
        ):
            first = True
            for record in records:
                if first:
                    yield "\n" + heading(2, title, ours=True) + "\n"
                    first = False
                yield "\n" + section(record, 3)
                advance(1)
        first = True
        answers = store.export.export_reflections()
        for month in reflection_sections(_counted(answers, advance), 3):
            if first:
                yield "\n" + heading(2, "Monthly reflections", ours=True) + "\n"
                first = False
            yield "\n" + month


def _counted(rows: Iterator[Row], advance: Advance) -> Iterator[Row]:
    for row in rows:
        yield row
        advance(1)
