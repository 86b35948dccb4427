"""Schema history. One small function per change; never rename one once it has shipped."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("resilience_journal")


@migrations()
def m001_entries(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'entry' CHECK (kind IN ('entry', 'review', 'checkin')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            day TEXT NOT NULL,
            title TEXT,
            body TEXT NOT NULL,
            prompt_id TEXT,
            mood INTEGER CHECK (mood BETWEEN 0 AND 10),
            distress INTEGER CHECK (distress BETWEEN 0 AND 10),
            deleted_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX idx_entries_day ON entries (day, created_at)")
    db.execute(
        """
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX idx_tags_name ON tags (name COLLATE NOCASE)")
    db.execute(
        """
        CREATE TABLE entry_tags (
            entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
            PRIMARY KEY (entry_id, tag_id)
        )
        """
    )
    db.execute("CREATE INDEX idx_entry_tags_tag ON entry_tags (tag_id)")
    db["entries"].enable_fts(
        ["title", "body"], create_triggers=True, tokenize="porter unicode61 remove_diacritics 2"
    )


@migrations()
def m002_drafts(db: Database) -> None:
    # Text kept when writing is interrupted, until it is saved or discarded.
    db.execute(
        """
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            entry_id INTEGER REFERENCES entries (id) ON DELETE CASCADE,
            body TEXT NOT NULL,
            options TEXT NOT NULL DEFAULT '{}'
        )
        """
    )


@migrations()
def m003_live_entries_index(db: Database) -> None:
    # Counting and listing what is not in the trash reads this small index, not every body.
    db.execute("CREATE INDEX idx_entries_live ON entries (deleted_at, day)")


@migrations()
def m004_wins_and_values(db: Database) -> None:
    # Small wins; the person's values (archived, never deleted, so history keeps its
    # names); their VLQ-style ratings; and which entries and wins lived which values.
    db.execute(
        """
        CREATE TABLE wins (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            day TEXT NOT NULL,
            text TEXT NOT NULL,
            deleted_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX idx_wins_live ON wins (deleted_at, day)")
    db.execute(
        """
        CREATE TABLE journal_values (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            description TEXT,
            created_at TEXT NOT NULL,
            archived_at TEXT
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX idx_values_name ON journal_values (name COLLATE NOCASE)")
    db.execute(
        """
        CREATE TABLE value_ratings (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            value_id INTEGER NOT NULL REFERENCES journal_values (id) ON DELETE CASCADE,
            rated_at TEXT NOT NULL,
            day TEXT NOT NULL,
            importance INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 10),
            consistency INTEGER NOT NULL CHECK (consistency BETWEEN 1 AND 10)
        )
        """
    )
    db.execute("CREATE INDEX idx_ratings_value ON value_ratings (value_id, rated_at)")
    for owner in ("entry", "win"):
        table = "entries" if owner == "entry" else "wins"
        db.execute(
            f"""
            CREATE TABLE {owner}_values (
                {owner}_id INTEGER NOT NULL REFERENCES {table} (id) ON DELETE CASCADE,
                value_id INTEGER NOT NULL REFERENCES journal_values (id) ON DELETE CASCADE,
                PRIMARY KEY ({owner}_id, value_id)
            )
            """
        )
        db.execute(f"CREATE INDEX idx_{owner}_values_value ON {owner}_values (value_id)")


@migrations()
def m005_practice(db: Database) -> None:
    # Word counts kept with each entry, so totals over decades are one index scan; the ISO
    # week a review belongs to; and a small key-value table for what rj has already said.
    db.execute("ALTER TABLE entries ADD COLUMN words INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE entries ADD COLUMN review_week TEXT")
    rows = db.execute("SELECT id, body FROM entries").fetchall()
    db.conn.executemany(
        "UPDATE entries SET words = ? WHERE id = ?", [(len(body.split()), i) for i, body in rows]
    )
    db.execute("CREATE INDEX idx_entries_practice ON entries (deleted_at, day, kind, words, mood)")
    db.execute("CREATE INDEX idx_entries_review_week ON entries (review_week)")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
