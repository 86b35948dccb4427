"""Schema history, its first part: m001 to m006 (the rest, and every new migration, in
store/migrations.py). One small function per change; never rename one once it has shipped,
nor move one from its place in the order."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from resilience_journal.text import count_words

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
    db.table("entries").enable_fts(
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
    # Count the words a thousand entries at a time, with the full-text index's update trigger
    # set aside (the text does not change; re-indexing every entry would take seconds).
    fts_trigger = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'entries_au'"
    ).fetchone()
    db.execute("DROP TRIGGER IF EXISTS entries_au")
    last = 0
    while rows := db.execute(
        "SELECT id, body FROM entries WHERE id > ? ORDER BY id LIMIT 1000", [last]
    ).fetchall():
        db.conn.executemany(
            "UPDATE entries SET words = ? WHERE id = ?", [(count_words(b), i) for i, b in rows]
        )
        last = rows[-1][0]
    if fts_trigger is not None:
        db.execute(fts_trigger[0])
    db.execute("CREATE INDEX idx_entries_practice ON entries (deleted_at, day, kind, words, mood)")
    db.execute("CREATE INDEX idx_entries_review_week ON entries (review_week)")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


_DAY_ADD = """
    INSERT INTO days (day, entries, reviews, checkins, wins, words)
    SELECT NEW.day, NEW.kind = 'entry', NEW.kind = 'review', NEW.kind = 'checkin', 0, NEW.words
    WHERE NEW.deleted_at IS NULL
    ON CONFLICT (day) DO UPDATE SET entries = entries + excluded.entries,
        reviews = reviews + excluded.reviews, checkins = checkins + excluded.checkins,
        words = words + excluded.words;
"""
_DAY_TAKE = """
    UPDATE days SET entries = entries - (OLD.kind = 'entry'),
        reviews = reviews - (OLD.kind = 'review'), checkins = checkins - (OLD.kind = 'checkin'),
        words = words - OLD.words
    WHERE day = OLD.day AND OLD.deleted_at IS NULL;
"""
_WIN_ADD = """
    INSERT INTO days (day, wins) SELECT NEW.day, 1 WHERE NEW.deleted_at IS NULL
    ON CONFLICT (day) DO UPDATE SET wins = wins + 1;
"""
_WIN_TAKE = "UPDATE days SET wins = wins - 1 WHERE day = OLD.day AND OLD.deleted_at IS NULL;"


@migrations()
def m006_days(db: Database) -> None:
    # What each journaling day holds, kept in step by triggers, so streaks, the calendar and
    # totals read one small row per day instead of every entry and win of a lifetime. A day
    # whose counts fall back to zero keeps its row; readers skip it.
    db.execute(
        """
        CREATE TABLE days (
            day TEXT PRIMARY KEY,
            entries INTEGER NOT NULL DEFAULT 0,
            reviews INTEGER NOT NULL DEFAULT 0,
            checkins INTEGER NOT NULL DEFAULT 0,
            wins INTEGER NOT NULL DEFAULT 0,
            words INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        INSERT INTO days (day, entries, reviews, checkins, words)
        SELECT day, sum(kind = 'entry'), sum(kind = 'review'), sum(kind = 'checkin'), sum(words)
        FROM entries WHERE deleted_at IS NULL GROUP BY day
        """
    )
    db.execute(
        """
        INSERT INTO days (day, wins)
        SELECT day, count(*) FROM wins WHERE deleted_at IS NULL GROUP BY day
        ON CONFLICT (day) DO UPDATE SET wins = excluded.wins
        """
    )
    for table, add, take, changes in (
        ("entries", _DAY_ADD, _DAY_TAKE, "day, kind, words, deleted_at"),
        ("wins", _WIN_ADD, _WIN_TAKE, "day, deleted_at"),
    ):
        db.execute(f"CREATE TRIGGER days_{table}_added AFTER INSERT ON {table} BEGIN {add} END")
        db.execute(f"CREATE TRIGGER days_{table}_removed AFTER DELETE ON {table} BEGIN {take} END")
        db.execute(
            f"CREATE TRIGGER days_{table}_changed AFTER UPDATE OF {changes} ON {table}"
            f" BEGIN {take} {add} END"
        )
    # Written reviews, newest week first (and a week's review), from their own small index.
    db.execute("DROP INDEX idx_entries_review_week")
    db.execute(
        "CREATE INDEX idx_entries_reviews ON entries (review_week, id)"
        " WHERE kind = 'review' AND deleted_at IS NULL"
    )
    # The full-text index follows the title and the body only: moving an entry to the trash
    # and back, or to another day, no longer re-indexes its text.
    db.execute("DROP TRIGGER entries_au")
    db.execute(
        """
        CREATE TRIGGER entries_au AFTER UPDATE OF title, body ON entries BEGIN
          INSERT INTO entries_fts (entries_fts, rowid, title, body)
            VALUES ('delete', old.rowid, old.title, old.body);
          INSERT INTO entries_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END
        """
    )
