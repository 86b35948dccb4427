"""A checked import written in one transaction: all of it, or nothing. A large import sets
the per-row triggers aside and indexes and counts its records in one pass at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

import resilience_journal.store.grams as grams
from resilience_journal.store.beliefs import write_imported
from resilience_journal.store.core import Core, Row
from resilience_journal.store.hard_dates import insert_imported
from resilience_journal.store.story import import_story

Advance = Callable[[int], None]
BULK_FROM = 500  # entries and wins in one import
# The per-row triggers a large import sets aside (store/grams.py's only when it is there).
_SET_ASIDE = ("entries_ai", grams.TRIGGER, "days_entries_added", "days_wins_added")

# What the days triggers would have added, for the entries and wins from an id on.
_DAYS_OF_ENTRIES = """
    INSERT INTO days (day, entries, reviews, checkins, wins, words)
    SELECT day, sum(kind = 'entry'), sum(kind = 'review'), sum(kind = 'checkin'), 0, sum(words)
    FROM entries WHERE id >= ? AND deleted_at IS NULL GROUP BY day
    ON CONFLICT (day) DO UPDATE SET entries = entries + excluded.entries,
        reviews = reviews + excluded.reviews, checkins = checkins + excluded.checkins,
        words = words + excluded.words
"""
_DAYS_OF_WINS = """
    INSERT INTO days (day, wins)
    SELECT day, count(*) FROM wins WHERE id >= ? AND deleted_at IS NULL GROUP BY day
    ON CONFLICT (day) DO UPDATE SET wins = wins + excluded.wins
"""


def nocase(name: str) -> str:
    """A name as SQLite's NOCASE compares it: ASCII letters folded, nothing else."""
    return name.translate(_ASCII_LOWER)


_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}


class Planned(Protocol):
    """What import_records writes: a checked import (exchange.importing.Plan)."""

    values: list[Row]
    ratings: list[Row]
    tags: list[Row]
    wins: list[Row]
    entries: list[Row]
    goals: list[Row]
    experiments: list[Row]
    checkins: list[Row]
    beliefs: list[Row]
    worries: list[Row]
    story: list[Row]
    reflections: list[Row]
    hard_dates: list[Row]
    value_uuids: dict[str, str]

    @property
    def records(self) -> int: ...

    def tag_uuid(self, name: str) -> str: ...


class ImportRepository:
    """What an import checks against (uuids and names the journal has), and its writing."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def known_uuids(self, table: str) -> set[str]:
        return {row[0] for row in self.db.execute(f"SELECT uuid FROM {table}")}

    def names(self, table: str) -> dict[str, tuple[int, str]]:
        """Tags or values by their NOCASE name: (id, uuid)."""
        sql = f"SELECT name, id, uuid FROM {table}"
        return {nocase(name): (row_id, uuid) for name, row_id, uuid in self.db.execute(sql)}

    def import_records(self, records: Planned, advance: Advance | None = None) -> None:
        """Insert a checked import (`exchange.importing.Plan`) in one transaction: all of it, or
        nothing. `advance(n)` is told as records are written."""
        with self.writing(records.records >= BULK_FROM) as writer:
            writer.finish(records, advance)

    def self_contained(self) -> None:
        """Write the log into the journal file and leave write-ahead logging, so the file is
        whole by itself, to be moved (a new journal an import built: exchange.importing.
        new_journal). It is back in WAL mode when rj next opens it (store/core.py)."""
        mode = self.db.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if mode != "delete":
            raise OSError(f"journal_mode stayed {mode}")

    @contextmanager
    def writing(self, bulk: bool) -> Iterator[Writer]:
        """One transaction for a whole import, records written as they come (a file read as
        it streams): if anything fails, however late, none of it is kept."""
        conn = self.db.conn
        with self.core.write():
            # A large import sets the per-row triggers aside (they are back before commit):
            # its text is indexed for search, and its days counted, in one pass at the end,
            # several times quicker than row by row.
            if bulk:
                first = {
                    table: conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[
                        0
                    ]
                    for table in ("entries", "wins")
                }
                triggers = conn.execute(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?, ?)",
                    _SET_ASIDE,
                ).fetchall()
                conn.execute("PRAGMA cache_size = -32768")  # 32 MiB while the indexes grow
                for name in _SET_ASIDE:
                    conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            writer = Writer(self)
            yield writer
            if bulk:
                conn.execute(
                    "INSERT INTO entries_fts (rowid, title, body)"
                    " SELECT id, title, body FROM entries WHERE id >= ?",
                    [first["entries"]],
                )
                if grams.exists(conn):
                    conn.execute(grams.BULK, [first["entries"]])
                conn.execute(_DAYS_OF_ENTRIES, [first["entries"]])
                conn.execute(_DAYS_OF_WINS, [first["wins"]])
                for (sql,) in triggers:
                    conn.execute(sql)
                conn.execute("PRAGMA cache_size = -2000")


class Writer:
    """Writes an import inside ImportRepository.writing's transaction: first the values
    (start), then ratings, check-ins, the file's tags (tag_list), wins and entries one by
    one as they come, then the rest (finish)."""

    def __init__(self, repository: ImportRepository) -> None:
        self.repository = repository
        self.conn = repository.db.conn
        self.started = self.tags_written = False
        self.values: dict[str, int] = {}
        self.tags: dict[str, int | None] = {}
        self.tag_uuid: Callable[[str], str] = str

    def start(self, records: Planned) -> None:
        """Values first: what ratings, wins and entries link to."""
        if self.started:
            return
        self.started = True
        self.tag_uuid = records.tag_uuid
        for value in records.values:
            self.conn.execute(
                "INSERT INTO journal_values (uuid, name, description, created_at,"
                " archived_at) VALUES (?, ?, ?, ?, ?)",
                [value[k] for k in ("uuid", "name", "description", "created_at", "archived_at")],
            )
        ids = dict(self.conn.execute("SELECT uuid, id FROM journal_values").fetchall())
        self.values = {name: ids[value_uuid] for name, value_uuid in records.value_uuids.items()}

    def rating(self, rating: Row) -> None:
        self.conn.execute(
            "INSERT INTO value_ratings (uuid, value_id, rated_at, day, importance,"
            " consistency) VALUES (?, ?, ?, ?, ?, ?)",
            [
                rating["uuid"],
                self.values[nocase(rating["value"])],
                rating["rated_at"],
                rating["day"],
                rating["importance"],
                rating["consistency"],
            ],
        )

    def checkin(self, checkin: Row) -> None:  # a few a day at most: their triggers stay
        self.conn.execute(
            "INSERT INTO checkins (uuid, day, created_at, distress) VALUES (?, ?, ?, ?)",
            [checkin[k] for k in ("uuid", "day", "created_at", "distress")],
        )

    def tag_list(self, records: Planned) -> None:
        """The tags the file lists (with their uuids), before the entries that use them."""
        if self.tags_written:
            return
        self.tags_written = True
        self.tags = {key: row_id for key, (row_id, _) in self.repository.names("tags").items()}
        for tag in records.tags:
            cursor = self.conn.execute(
                "INSERT INTO tags (uuid, name) VALUES (?, ?)", [tag["uuid"], tag["name"]]
            )
            self.tags[nocase(tag["name"])] = cursor.lastrowid

    def win(self, win: Row) -> None:
        cursor = self.conn.execute(
            "INSERT INTO wins (uuid, created_at, updated_at, day, text, deleted_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [win[k] for k in ("uuid", "created_at", "updated_at", "day", "text", "deleted_at")],
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO win_values (win_id, value_id) VALUES (?, ?)",
            [(cursor.lastrowid, self.values[nocase(name)]) for name in win["values"]],
        )

    def entry(self, entry: Row) -> None:
        cursor = self.conn.execute(
            "INSERT INTO entries (uuid, kind, created_at, updated_at, day, title, body,"
            " prompt_id, mood, distress, deleted_at, words, review_week)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [entry[k] for k in _ENTRY_COLUMNS],
        )
        self._tag(cursor.lastrowid, entry["tags"])
        self.conn.executemany(
            "INSERT OR IGNORE INTO entry_values (entry_id, value_id) VALUES (?, ?)",
            [(cursor.lastrowid, self.values[nocase(name)]) for name in entry["values"]],
        )

    def add_tags(self, entry_uuid: str, names: list[str]) -> None:
        """Tags for an entry this import wrote already (another copy of it in the file)."""
        row = self.conn.execute("SELECT id FROM entries WHERE uuid = ?", [entry_uuid]).fetchone()
        if row is not None:
            self._tag(row[0], names)

    def _tag(self, entry_id: int | None, names: list[str]) -> None:
        for name in names:
            key = nocase(name)
            if key not in self.tags:
                self.tags[key] = self.conn.execute(
                    "INSERT INTO tags (uuid, name) VALUES (?, ?)", [self.tag_uuid(name), name]
                ).lastrowid
        self.conn.executemany(
            "INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES (?, ?)",
            [(entry_id, self.tags[nocase(name)]) for name in names],
        )

    def finish(self, records: Planned, advance: Advance | None = None) -> None:
        """What is left of a plan: its wins and entries (when they were not written as they
        came), goals with their steps, experiments with their days, and check-ins."""
        self.start(records)
        for rating in records.ratings:
            self.rating(rating)
        self.tag_list(records)
        for win in records.wins:
            self.win(win)
            if advance:
                advance(1)
        for entry in records.entries:
            self.entry(entry)
            if advance:
                advance(1)
        self._plans(records, advance)
        write_imported(self.conn, records.beliefs, records.worries)
        if advance:
            advance(len(records.beliefs) + len(records.worries))
        for checkin in records.checkins:
            self.checkin(checkin)
            if advance:
                advance(1)
        import_story(self.conn, records.story)
        self.conn.executemany(
            "INSERT OR IGNORE INTO reflections (uuid, month, domain, answer, text, created_at,"
            " updated_at) VALUES (:uuid, :month, :domain, :answer, :text, :created_at,"
            " :updated_at)",
            records.reflections,
        )
        if advance:
            advance(len(records.reflections))
        insert_imported(self.conn, records.hard_dates)

    def _plans(self, records: Planned, advance: Advance | None) -> None:
        """Goals with their steps (a step's win found by its uuid, when it is here), and
        experiments with their days."""
        conn, values = self.conn, self.values
        for goal in records.goals:
            value_id = values[nocase(goal["value"])] if goal["value"] else None
            goal_id = conn.execute(
                "INSERT INTO goals (uuid, created_at, updated_at, day, title, value_id, by_day,"
                " specific, measure, achievable, why, state, state_since, learned)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    goal["uuid"],
                    goal["created_at"],
                    goal["updated_at"],
                    goal["day"],
                    goal["title"],
                    value_id,
                    goal["by"],
                    goal["specific"],
                    goal["measure"],
                    goal["achievable"],
                    goal["why"],
                    goal["state"],
                    goal["state_since"],
                    goal["learned"],
                ],
            ).lastrowid
            conn.executemany(
                "INSERT INTO milestones (uuid, goal_id, step, created_at, text, by_day, done_day,"
                " done_at, win_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                " (SELECT id FROM wins WHERE uuid = ?))",
                [
                    (
                        m["uuid"],
                        goal_id,
                        m["step"],
                        m["created_at"],
                        m["text"],
                        m["by"],
                        m["done_day"],
                        m["done_at"],
                        m["win"],
                    )
                    for m in goal["milestones"]
                ],
            )
            if advance:
                advance(1)
        for experiment in records.experiments:
            value_id = values[nocase(experiment["value"])] if experiment["value"] else None
            experiment_id = conn.execute(
                "INSERT INTO experiments (uuid, created_at, updated_at, title, value_id,"
                " start_day, days, helped_if, if_hard, closed_day, outcome, adjust)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    experiment[k] if k != "value_id" else value_id
                    for k in (
                        "uuid",
                        "created_at",
                        "updated_at",
                        "title",
                        "value_id",
                        "start_day",
                        "days",
                        "helped_if",
                        "if_hard",
                        "closed_day",
                        "outcome",
                        "adjust",
                    )
                ],
            ).lastrowid
            conn.executemany(
                "INSERT INTO experiment_ticks (uuid, experiment_id, day, created_at, updated_at,"
                " did, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        t["uuid"],
                        experiment_id,
                        t["day"],
                        t["created_at"],
                        t["updated_at"],
                        int(t["did"]),
                        t["note"],
                    )
                    for t in experiment["ticks"]
                ],
            )
            if advance:
                advance(1)


_ENTRY_COLUMNS = (
    "uuid",
    "kind",
    "created_at",
    "updated_at",
    "day",
    "title",
    "body",
    "prompt_id",
    "mood",
    "distress",
    "deleted_at",
    "words",
    "review_week",
)
