"""JournalStore: the only way into the SQLite file (through sqlite-utils).

Opening a store makes the file private, sets the pragmas and runs pending migrations (in
core.py), so a new journal and an old one take the same path. Each group of tables has a
repository of its own, reached by name: `store.wins.insert(...)`, `store.entries.get(...)`.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path

from sqlite_utils import Database

from resilience_journal.store.beliefs import BeliefRepository
from resilience_journal.store.core import Core, Row
from resilience_journal.store.days import DayRepository
from resilience_journal.store.drafts import DraftRepository
from resilience_journal.store.entries import EntryRepository
from resilience_journal.store.experiments import ExperimentRepository
from resilience_journal.store.export import ExportRepository
from resilience_journal.store.goals import GoalRepository
from resilience_journal.store.hard_dates import HardDateRepository
from resilience_journal.store.importing import ImportRepository
from resilience_journal.store.meta import MetaRepository
from resilience_journal.store.recall import RecallRepository
from resilience_journal.store.reflections import ReflectionRepository
from resilience_journal.store.reviews import ReviewRepository
from resilience_journal.store.safety import SafetyRepository
from resilience_journal.store.search import SearchRepository
from resilience_journal.store.story import StoryRepository
from resilience_journal.store.values import ValueRepository
from resilience_journal.store.wins import WinRepository

__all__ = ["JournalStore", "Row"]


class JournalStore:
    """The open journal and its repositories, one per group of tables."""

    def __init__(self, path: Path, *, passphrase: str | None = None) -> None:
        self.core = Core(path, passphrase=passphrase)
        self.entries = EntryRepository(self.core)
        self.search = SearchRepository(self.core)
        self.drafts = DraftRepository(self.core)
        self.reviews = ReviewRepository(self.core, self.entries)
        self.wins = WinRepository(self.core)
        self.values = ValueRepository(self.core)
        self.goals = GoalRepository(self.core)
        self.experiments = ExperimentRepository(self.core)
        self.days = DayRepository(self.core)
        self.beliefs = BeliefRepository(self.core)
        self.safety = SafetyRepository(self.core)
        self.meta = MetaRepository(self.core)
        self.export = ExportRepository(self.core)
        self.importing = ImportRepository(self.core)
        self.story = StoryRepository(self.core)
        self.reflections = ReflectionRepository(self.core)
        self.recall = RecallRepository(self.core)
        self.hard_dates = HardDateRepository(self.core)

    @property
    def db(self) -> Database:
        """The sqlite-utils Database itself, for the store's own tests and benchmarks."""
        return self.core.db

    def write(self) -> AbstractContextManager[Database]:
        """One write transaction (see Core.write)."""
        return self.core.write()

    @property
    def path(self) -> Path:
        return self.core.path

    @property
    def read_only(self) -> bool:
        return self.core.read_only

    @property
    def passphrase(self) -> str | None:
        return self.core.passphrase

    def backup_to(self, target: Path, check: bool = False) -> None:
        self.core.backup_to(target, check)

    def checkpoint(self) -> None:
        self.core.checkpoint()

    def close(self) -> None:
        self.core.close()
