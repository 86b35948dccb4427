"""The composition root: a Journal is the open store and the settings, and every service
the commands ask for, each built from (store, settings) with its collaborators handed in.

No service imports this module. Each is built (and its module imported) the first time a
command asks for it, so `rj win` pays for wins and values and nothing else: the one place
where imports sit inside functions, on purpose.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING

from resilience_journal.config import Settings
from resilience_journal.store import JournalStore

if TYPE_CHECKING:
    from resilience_journal.alignment import Alignments
    from resilience_journal.beliefs import Beliefs
    from resilience_journal.drafts import Drafts
    from resilience_journal.entries import Entries
    from resilience_journal.experiments import Experiments
    from resilience_journal.goals import Goals
    from resilience_journal.hard_dates import HardDates
    from resilience_journal.home import Memories
    from resilience_journal.monthly import Reflections
    from resilience_journal.recall import Recalls
    from resilience_journal.review import Reviews
    from resilience_journal.safety.records import SafetyRecords
    from resilience_journal.search import Search
    from resilience_journal.stats import Statistics
    from resilience_journal.story import Story
    from resilience_journal.streaks import Streaks
    from resilience_journal.values import Values
    from resilience_journal.wins import Wins


class Journal:
    """What the commands can ask of the journal. Every method that depends on time takes
    `now` (or the journaling day, `today`)."""

    def __init__(self, store: JournalStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def today(self, now: datetime) -> date:
        return self.settings.today(now)

    @cached_property
    def entries(self) -> Entries:
        from resilience_journal.entries import Entries

        return Entries(self.store, self.settings)

    @cached_property
    def search(self) -> Search:
        from resilience_journal.search import Search

        return Search(self.store)

    @cached_property
    def drafts(self) -> Drafts:
        from resilience_journal.drafts import Drafts

        return Drafts(self.store)

    @cached_property
    def values(self) -> Values:
        from resilience_journal.values import Values

        return Values(self.store)

    @cached_property
    def alignment(self) -> Alignments:
        from resilience_journal.alignment import Alignments

        return Alignments(self.store, self.values)

    @cached_property
    def wins(self) -> Wins:
        from resilience_journal.wins import Wins

        return Wins(self.store, self.settings, self.values)

    @cached_property
    def goals(self) -> Goals:
        from resilience_journal.goals import Goals

        return Goals(self.store, self.settings, self.wins)

    @cached_property
    def experiments(self) -> Experiments:
        from resilience_journal.experiments import Experiments

        return Experiments(self.store, self.settings)

    @cached_property
    def beliefs(self) -> Beliefs:
        from resilience_journal.beliefs import Beliefs

        return Beliefs(self.store, self.settings)

    @cached_property
    def streaks(self) -> Streaks:
        from resilience_journal.streaks import Streaks

        return Streaks(self.store, self.settings)

    @cached_property
    def stats(self) -> Statistics:
        from resilience_journal.stats import Statistics

        return Statistics(self.store, self.settings, self.streaks)

    @cached_property
    def reviews(self) -> Reviews:
        from resilience_journal.review import Reviews

        return Reviews(
            self.store,
            self.settings,
            self.entries,
            self.wins,
            self.goals,
            self.experiments,
            self.values,
        )

    @cached_property
    def memories(self) -> Memories:
        from resilience_journal.home import Memories

        return Memories(self.store, self.settings, self.entries, self.wins, self.hard_dates)

    @cached_property
    def hard_dates(self) -> HardDates:
        from resilience_journal.hard_dates import HardDates

        return HardDates(self.store)

    @cached_property
    def safety(self) -> SafetyRecords:
        from resilience_journal.safety.records import SafetyRecords

        return SafetyRecords(self.store)

    @cached_property
    def story(self) -> Story:
        from resilience_journal.story import Story

        return Story(self.store, self.settings)

    @cached_property
    def reflections(self) -> Reflections:
        from resilience_journal.monthly import Reflections

        return Reflections(self.store, self.reviews)

    @cached_property
    def recall(self) -> Recalls:
        from resilience_journal.recall import Recalls

        return Recalls(self.store, self.settings, self.hard_dates.hard_days_between)
