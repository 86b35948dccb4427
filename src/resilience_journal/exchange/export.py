"""Taking the journal anywhere: what an export holds (a Selection), and the whole journal
as one JSON file, lossless, that `rj import` reads back. The markdown document is made in
document.py, a folder of markdown files (one per day) in split.py.

Pure domain code: no typer, no rich. Everything streams from the store a record at a time,
so a lifetime of entries is never held in memory; `advance(n)` is told as records go out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from resilience_journal.store import JournalStore
from resilience_journal.text import json_escape

FORMAT = "resilience-journal"
VERSION = 1

Row = dict[str, Any]
Advance = Callable[[int], None]


def nothing(_: int) -> None:
    """An `advance` that shows nothing."""


@dataclass(frozen=True)
class Selection:
    """Which records an export holds: days from `since` to `until` (ISO, either open), and
    `kind` entry (entries, wins and the daily check-ins), review (weekly reviews) or all."""

    since: str | None = None
    until: str | None = None
    kind: str = "all"

    @classmethod
    def between(cls, first: date | None, last: date | None, kind: str) -> Selection:
        """The records of `kind` from day `first` to day `last` (either may be None: open)."""
        return cls(
            since=first.isoformat() if first else None,
            until=last.isoformat() if last else None,
            kind=kind,
        )

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds of entry it holds."""
        return {"entry": ("entry",), "review": ("review",)}.get(self.kind, ("entry", "review"))

    @property
    def wins(self) -> bool:
        """Whether it holds wins, check-ins, goals and experiments."""
        return self.kind != "review"


def is_journal_file(output: Path, journal: Path) -> bool:
    """Whether writing to `output` would write over the journal itself (or its -wal, -shm)."""
    names = {
        journal.resolve(),
        *(journal.resolve().with_name(journal.name + end) for end in ("-wal", "-shm")),
    }
    return output.resolve() in names


def count(store: JournalStore, selection: Selection, *, deleted: bool) -> int:
    """How many entries, wins, check-ins, goals and experiments an export of `selection`
    writes."""
    since, until = selection.since, selection.until
    entries, wins = store.export.count_for_export(
        since=since, until=until, kinds=selection.kinds, deleted=deleted
    )
    if not selection.wins:
        return entries
    checkins = store.export.count_checkins(since=since, until=until)
    return entries + wins + checkins + store.export.count_plans()


# JSON ------------------------------------------------------------------------------------


def _safe(record: str) -> str:
    """A record's JSON with DEL, C1 controls and bidi overrides escaped too (json_escape),
    skipped for the plain ASCII most records are."""
    return record if record.isascii() and "\x7f" not in record else json_escape(record)


def json_chunks(
    store: JournalStore, selection: Selection, advance: Advance = nothing
) -> Iterator[str]:
    """The journal as one JSON document, a record per line. Everything is kept: text exactly
    as stored (NUL and carriage returns too), trashed records with their `deleted_at`,
    archived values. Integer ids are left out: they belong to one journal; uuids travel."""
    since, until = selection.since, selection.until
    sections: list[tuple[str, Any, bool]] = [
        ("values", store.export.export_values(as_json=True), False),
        ("value_ratings", store.export.export_ratings(since, until, as_json=True), False),
        ("tags", store.export.export_tags(since, until, selection.kinds, as_json=True), False),
        (
            "wins",
            store.export.export_wins(since=since, until=until, deleted=True, as_json=True)
            if selection.wins
            else [],
            True,
        ),
        (
            "entries",
            store.export.export_entries(
                since=since, until=until, kinds=selection.kinds, deleted=True, as_json=True
            ),
            True,
        ),
        (
            "checkins",
            store.export.export_checkins(since=since, until=until, as_json=True)
            if selection.wins
            else [],
            True,
        ),
        # Goals and experiments come whole (like values), with their steps and days.
        ("goals", store.export.export_goals(as_json=True) if selection.wins else [], True),
        (
            "experiments",
            store.export.export_experiments(as_json=True) if selection.wins else [],
            True,
        ),
        # Beliefs with their sittings, and worries sorted: whole, like goals.
        ("beliefs", store.export.export_beliefs(as_json=True) if selection.wins else [], True),
        ("worries", store.export.export_worries(as_json=True) if selection.wins else [], True),
        # The story (`rj story`) comes whole too: every telling, with its sittings.
        ("story", store.export.export_story(as_json=True) if selection.wins else [], True),
        # The monthly reflections' answers come whole, like goals.
        (
            "reflections",
            store.export.export_reflections(as_json=True) if selection.wins else [],
            True,
        ),
        # Dates marked as hard come whole, like values.
        ("hard_dates", store.hard_dates.export_json() if selection.wins else [], True),
    ]
    yield f'{{\n  "format": "{FORMAT}",\n  "version": {VERSION}'
    for name, records, counted in sections:
        yield f',\n  "{name}": ['
        comma = "\n    "
        for record in records:
            yield comma + _safe(record)
            comma = ",\n    "
            if counted:
                advance(1)
        yield "\n  ]" if comma != "\n    " else "]"
    yield "\n}\n"
