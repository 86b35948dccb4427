"""Schema history. One small function per change; never rename one once it has shipped.
The first ones, m001 to m006, are in store/migrations_first.py, which makes `migrations`;
a new one goes at the end of this file."""

from __future__ import annotations

from sqlite_utils import Database

import resilience_journal.store.grams as grams
from resilience_journal.store.migrations_first import migrations

__all__ = ["migrations"]


@migrations()
def m007_safety_plans(db: Database) -> None:
    # Every version of the person's safety plan is kept; the newest is the plan. `sections`
    # is a JSON object of the six sections' text.
    db.execute(
        """
        CREATE TABLE safety_plans (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            sections TEXT NOT NULL
        )
        """
    )


@migrations()
def m008_goals_and_experiments(db: Database) -> None:
    # Goals broken into milestones (steps numbered 1, 2, 3 within their goal), and small
    # experiments tried for a number of days with a tick a day. A checked step notes a win
    # (win_id); the win may later go to the trash or be destroyed, and the step stays checked.
    db.execute(
        """
        CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            day TEXT NOT NULL,
            title TEXT NOT NULL,
            value_id INTEGER REFERENCES journal_values (id) ON DELETE SET NULL,
            by_day TEXT,
            specific TEXT,
            measure TEXT,
            achievable TEXT,
            why TEXT,
            state TEXT NOT NULL DEFAULT 'active'
                CHECK (state IN ('active', 'paused', 'done', 'let-go')),
            state_since TEXT,
            learned TEXT
        )
        """
    )
    db.execute("CREATE INDEX idx_goals_state ON goals (state, id)")
    db.execute(
        """
        CREATE TABLE milestones (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
            step INTEGER NOT NULL CHECK (step >= 1),
            created_at TEXT NOT NULL,
            text TEXT NOT NULL,
            by_day TEXT,
            done_day TEXT,
            done_at TEXT,
            win_id INTEGER REFERENCES wins (id) ON DELETE SET NULL,
            UNIQUE (goal_id, step)
        )
        """
    )
    db.execute("CREATE INDEX idx_milestones_done ON milestones (done_day)")
    db.execute("CREATE INDEX idx_milestones_win ON milestones (win_id)")
    db.execute(
        """
        CREATE TABLE experiments (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            title TEXT NOT NULL,
            value_id INTEGER REFERENCES journal_values (id) ON DELETE SET NULL,
            start_day TEXT NOT NULL,
            days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 90),
            helped_if TEXT,
            if_hard TEXT,
            closed_day TEXT,
            outcome TEXT CHECK (outcome IN ('helped', 'partly', 'not-this-time')),
            adjust TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE experiment_ticks (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            did INTEGER NOT NULL CHECK (did IN (0, 1)),
            note TEXT,
            UNIQUE (experiment_id, day)
        )
        """
    )
    db.execute("CREATE INDEX idx_ticks_day ON experiment_ticks (day)")


@migrations()
def m009_checkins_index(db: Database) -> None:
    # "Has this person ever checked in?" is asked on the first run of each day; without its
    # own index it walked every entry of a journal whose check-ins began late, or never did.
    db.execute("CREATE INDEX idx_entries_checkins ON entries (day) WHERE kind = 'checkin'")


@migrations()
def m010_checkins(db: Database) -> None:
    # A daily check-in is a rating, not an entry: it moves to a table of its own, so entry
    # numbers count only entries (a person's first entry is entry 1). Entries keep their ids;
    # days.checkins is kept by the new table's triggers. (entries.kind still allows
    # 'checkin' in its CHECK: rebuilding the table for it would cost every entry a copy.)
    db.execute(
        """
        CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            day TEXT NOT NULL,
            created_at TEXT NOT NULL,
            distress INTEGER CHECK (distress BETWEEN 0 AND 10)
        )
        """
    )
    db.execute("CREATE INDEX idx_checkins_day ON checkins (day, created_at)")
    db.execute(
        "CREATE TRIGGER days_checkins_added AFTER INSERT ON checkins BEGIN"
        " INSERT INTO days (day, checkins) VALUES (NEW.day, 1)"
        " ON CONFLICT (day) DO UPDATE SET checkins = checkins + 1; END"
    )
    db.execute(
        "CREATE TRIGGER days_checkins_removed AFTER DELETE ON checkins BEGIN"
        " UPDATE days SET checkins = checkins - 1 WHERE day = OLD.day; END"
    )
    # A check-in was never shown in the trash, so one there is left behind.
    db.execute(
        "INSERT INTO checkins (uuid, day, created_at, distress) SELECT uuid, day, created_at,"
        " distress FROM entries WHERE kind = 'checkin' AND deleted_at IS NULL ORDER BY id"
    )
    db.execute("DELETE FROM entries WHERE kind = 'checkin'")  # its triggers keep days and FTS
    db.execute("DROP INDEX idx_entries_checkins")


@migrations()
def m011_search_grams(db: Database) -> None:
    # Words inside Chinese or Japanese sentences, and emoji: a trigram index (store/grams.py).
    grams.create(db)


@migrations()
def m012_search_grams_wider(db: Database) -> None:
    # Emoji and symbols outside m011's ranges (⭐ ⌛ ↩ ™ ©), and ❤ found as ❤️: the trigram
    # index's triggers made again with store/grams.py's ranges of today, every entry indexed.
    grams.widen(db)


@migrations()
def m013_story(db: Database) -> None:
    # `rj story`: a narrative in chapters. A chapter can be told again (a new telling); each
    # telling keeps its sittings, dated, with the distress asked before and after (if any).
    db.execute(
        """
        CREATE TABLE story_tellings (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            chapter TEXT NOT NULL,
            telling INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            UNIQUE (chapter, telling)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE story_sittings (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            telling_id INTEGER NOT NULL REFERENCES story_tellings (id),
            day TEXT NOT NULL,
            created_at TEXT NOT NULL,
            text TEXT NOT NULL,
            distress_before INTEGER CHECK (distress_before BETWEEN 0 AND 10),
            distress_after INTEGER CHECK (distress_after BETWEEN 0 AND 10)
        )
        """
    )
    db.execute("CREATE INDEX idx_story_sittings_telling ON story_sittings (telling_id, id)")


@migrations()
def m014_beliefs(db: Database) -> None:
    # Beliefs that feel stuck, each with its sittings (the first noting, then every revisit,
    # all kept): the wording then, how true it felt (0-100) and the answers to its questions.
    # And worries sorted into what can be influenced, what cannot, and one small step.
    db.execute(
        """
        CREATE TABLE beliefs (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            theme TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE belief_sittings (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            belief_id INTEGER NOT NULL REFERENCES beliefs (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            day TEXT NOT NULL,
            wording TEXT NOT NULL,
            rating INTEGER CHECK (rating BETWEEN 0 AND 100),
            then_possible TEXT,
            someone_sees TEXT,
            fairer TEXT
        )
        """
    )
    db.execute("CREATE INDEX idx_belief_sittings ON belief_sittings (belief_id, created_at)")
    db.execute(
        """
        CREATE TABLE worries (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            day TEXT NOT NULL,
            worry TEXT NOT NULL,
            can_influence TEXT,
            cannot_influence TEXT,
            step TEXT
        )
        """
    )


@migrations()
def m015_reflections(db: Database) -> None:
    # The monthly reflection: one answer a growth domain a month, in the person's words
    # (answer 'words') or one of two answers of equal standing ('unchanged', 'harder').
    db.execute(
        """
        CREATE TABLE reflections (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            month TEXT NOT NULL,
            domain TEXT NOT NULL,
            answer TEXT NOT NULL CHECK (answer IN ('words', 'unchanged', 'harder')),
            text TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (month, domain)
        )
        """
    )


@migrations()
def m016_hard_dates(db: Database) -> None:
    # Dates the person marks as hard (`rj dates`): a month and day, with the year when one
    # was given; `once` only with a year (else it comes back every year). Around each, for
    # `window_days` either side, looking back pauses and prompts stay gentle. `what` is the
    # person's own words, optional.
    db.execute(
        """
        CREATE TABLE hard_dates (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
            day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
            year INTEGER,
            once INTEGER NOT NULL DEFAULT 0
                CHECK (once IN (0, 1) AND (once = 0 OR year IS NOT NULL)),
            what TEXT,
            window_days INTEGER NOT NULL DEFAULT 7 CHECK (window_days BETWEEN 0 AND 60)
        )
        """
    )
