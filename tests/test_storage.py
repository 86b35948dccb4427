"""The SQLite file: private, migrated on open, atomic, and refused when it is not ours."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlite_utils import Database

from resilience_journal.errors import JournalError
from resilience_journal.store import JournalStore
from resilience_journal.store.migrations import migrations
from resilience_journal.store.search import Query, Term

LATEST = [
    "m001_entries",
    "m002_drafts",
    "m003_live_entries_index",
    "m004_wins_and_values",
    "m005_practice",
    "m006_days",
    "m007_safety_plans",
    "m008_goals_and_experiments",
    "m009_checkins_index",
    "m010_checkins",
    "m011_search_grams",
    "m012_search_grams_wider",
    "m013_story",
    "m014_beliefs",
    "m015_reflections",
    "m016_hard_dates",
]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def record(**extra):
    import uuid

    base = {
        "uuid": str(uuid.uuid4()),
        "kind": "entry",
        "created_at": "2026-11-22T10:00:00+00:00",
        "updated_at": "2026-11-22T10:00:00+00:00",
        "day": "2026-11-22",
        "body": "words",
    }
    return {**base, **extra}


def test_new_journal_is_private_even_with_a_loose_umask(tmp_path):
    old = os.umask(0o022)
    try:
        store = JournalStore(tmp_path / "deep" / "journal.db")
        store.entries.insert(record(), ["t"])
        folder = tmp_path / "deep"
        assert mode(folder) == 0o700
        assert mode(folder / "journal.db") == 0o600
        assert (folder / "journal.db-wal").exists()
        assert mode(folder / "journal.db-wal") == 0o600
        assert mode(folder / "journal.db-shm") == 0o600
        store.close()
    finally:
        os.umask(old)


def test_cli_creates_private_files(rj, rj_home):
    rj("write", "private")
    assert mode(rj_home) == 0o700
    assert mode(rj_home / "journal.db") == 0o600


def test_pragmas(tmp_path):
    store = JournalStore(tmp_path / "j.db")
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 10000


def test_empty_database_migrates_to_the_latest_schema(tmp_path):
    store = JournalStore(tmp_path / "j.db")
    assert [m.name for m in migrations.applied(store.db)] == LATEST
    assert {
        "entries",
        "tags",
        "entry_tags",
        "drafts",
        "entries_fts",
        "wins",
        "journal_values",
        "value_ratings",
        "entry_values",
        "win_values",
        "safety_plans",
        "goals",
        "milestones",
        "experiments",
        "experiment_ticks",
    } <= set(store.db.table_names())
    assert store.db["entries"].detect_fts() == "entries_fts"


def test_an_old_journal_is_migrated_and_keeps_its_entries(tmp_path):
    path = tmp_path / "old.db"
    db = Database(path, execute_plugins=False)
    migrations.apply(db, stop_before="m002_drafts")
    db["entries"].insert(record(body="written under the first schema"))
    db.close()
    store = JournalStore(path)
    assert [m.name for m in migrations.applied(store.db)] == LATEST
    assert [row["body"] for row in store.entries.select()] == ["written under the first schema"]
    assert "drafts" in store.db.table_names()


def test_a_journal_from_a_newer_version_is_refused(rj, rj_home):
    rj("write", "now")
    db = Database(rj_home / "journal.db")
    db["_sqlite_migrations"].insert(
        {"migration_set": "resilience_journal", "name": "m999_future", "applied_at": "2030"}
    )
    db.close()
    result = rj("list")
    assert result.exit_code == 1
    assert "made by a newer version of Resilience Journal" in result.stderr
    assert "nothing was changed" in result.stderr


def test_a_file_that_is_not_a_journal_is_a_clear_error(rj, rj_home):
    rj_home.mkdir(mode=0o700)
    not_ours = rj_home / "journal.db"
    not_ours.write_bytes(b"this is not sqlite" * 100)
    not_ours.chmod(0o644)
    result = rj("list")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"{not_ours} could not be read as a journal (file is not a database). It may be "
        "another kind of file, or damaged. Nothing was changed; check the path."
    )
    assert mode(not_ours) == 0o644  # truly unchanged
    assert not_ours.read_bytes() == b"this is not sqlite" * 100
    assert "Traceback" not in result.output


def test_an_entry_and_its_tags_are_written_together_or_not_at_all(tmp_path):
    store = JournalStore(tmp_path / "j.db")
    with pytest.raises(sqlite3.IntegrityError):
        store.entries.insert(record(), ["fine", None])  # the second tag cannot be stored
    assert store.entries.select() == []
    assert store.db["tags"].count == 0


def test_uuid_and_check_constraints(tmp_path):
    store = JournalStore(tmp_path / "j.db")
    with pytest.raises(sqlite3.IntegrityError):
        store.entries.insert(record(mood=11), [])
    first = record()
    store.entries.insert(first, [])
    with pytest.raises(sqlite3.IntegrityError):
        store.entries.insert(record(uuid=first["uuid"]), [])
    assert store.entries.count() == 1


def test_search_error_is_a_journal_error(tmp_path):
    store = JournalStore(tmp_path / "j.db")
    with pytest.raises(JournalError):
        list(store.search.each_match(Query(((Term(fts='"unbalanced'),),)), limit=5))


def test_an_existing_loose_journal_file_is_made_private(rj, tmp_path):
    path = tmp_path / "shared.db"
    path.touch()
    path.chmod(0o644)
    assert rj("--db", str(path), "write", "mine").exit_code == 0
    assert mode(path) == 0o600


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        ("dir", ["--db", "{tmp}", "list"], "is a folder; --db needs the path of a journal file."),
        ("none", ["--db", "/proc/no/such.db", "write", "x"], "Nothing was changed"),
        ("none", ["--db", "{tmp}/typo/x.db", "list"], "There is no journal at"),
        ("file-home", ["today"], "Nothing was changed; check the path."),
    ],
)
def test_unusable_paths_are_one_clear_line(rj, tmp_path, monkeypatch, setup, args, message):
    if setup == "file-home":
        (tmp_path / "afile").write_text("not a folder")
        monkeypatch.setenv("RJ_HOME", str(tmp_path / "afile"))
    result = rj(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "typo").exists()


DAYS_FROM_RECORDS = """
    SELECT day, sum(entries), sum(reviews), sum(checkins), sum(wins), sum(words) FROM (
        SELECT day, kind = 'entry' AS entries, kind = 'review' AS reviews,
               kind = 'checkin' AS checkins, 0 AS wins, words
        FROM entries WHERE deleted_at IS NULL
        UNION ALL SELECT day, 0, 0, 0, 1, 0 FROM wins WHERE deleted_at IS NULL
        UNION ALL SELECT day, 0, 0, 1, 0, 0 FROM checkins
    ) GROUP BY day ORDER BY day
"""
DAYS_KEPT = """
    SELECT day, entries, reviews, checkins, wins, words FROM days
    WHERE entries + reviews + checkins + wins > 0 ORDER BY day
"""


def days_match(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        kept = conn.execute(DAYS_KEPT).fetchall()
        assert kept == conn.execute(DAYS_FROM_RECORDS).fetchall()
        assert (
            conn.execute(
                "SELECT count(*) FROM days WHERE min(entries, reviews, checkins, wins, words) < 0"
            ).fetchone()[0]
            == 0
        )
        return kept
    finally:
        conn.close()


def test_the_days_table_follows_every_change(rj, rj_home):
    db = rj_home / "journal.db"

    def run(*args: str) -> None:
        result = rj(*args)
        assert result.exit_code == 0, result.output
        days_match(db)

    run("write", "one two three", "--date", "2026-11-01")
    run("write", "four five", "--date", "2026-11-01")
    run("win", "a win", "--date", "2026-11-01")
    run("win", "another", "--date", "2026-11-02")
    run("edit", "1", "--date", "2026-11-03")  # an entry moves to another day
    run("delete", "2")
    run("restore", "2")
    run("delete", "1")
    run("wins", "delete", "1")
    run("wins", "restore", "1")
    run("wins", "delete", "2")
    run("trash", "--empty", "--yes")  # destroyed for good
    kept = days_match(db)
    assert kept == [("2026-11-01", 1, 0, 0, 1, 2)]
    run("write", "a review to be", "--date", "2026-11-02")
    conn = sqlite3.connect(db)  # an entry becomes a review: its kind changes
    conn.execute("UPDATE entries SET kind = 'review', review_week = '2026-W44' WHERE id = 3")
    conn.execute("UPDATE entries SET words = 7, body = 'a b c d e f g' WHERE id = 2")
    conn.commit()
    conn.close()
    days_match(db)
    run("edit", "2", "--date", "2026-11-04")
    assert days_match(db)[-1] == ("2026-11-04", 1, 0, 0, 0, 7)


def test_an_old_journal_gets_its_days_counted(tmp_path):
    path = tmp_path / "old.db"
    db = Database(path, execute_plugins=False)
    migrations.apply(db, stop_before="m006_days")
    db["entries"].insert(record(body="three words here", words=3, day="2026-11-20"))
    db["entries"].insert(record(body="gone", words=1, day="2026-11-20", deleted_at="2026"))
    db["wins"].insert(
        {
            "uuid": "w1",
            "created_at": "2026-11-21T08:00:00+00:00",
            "updated_at": "2026-11-21T08:00:00+00:00",
            "day": "2026-11-21",
            "text": "a win",
        }
    )
    db.close()
    JournalStore(path).close()
    assert days_match(path) == [("2026-11-20", 1, 0, 0, 0, 3), ("2026-11-21", 0, 0, 0, 1, 0)]


def test_every_trigger_survives_the_migrations(tmp_path):
    # sqlite-utils' transform() rebuilds a table and drops its triggers: a later migration
    # that transforms entries or wins must create these again.
    store = JournalStore(tmp_path / "journal.db")
    triggers = {
        row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    assert triggers == {
        "entries_ai",
        "entries_ad",
        "entries_au",
        "days_entries_added",
        "days_entries_removed",
        "days_entries_changed",
        "days_wins_added",
        "days_wins_removed",
        "days_wins_changed",
        "days_checkins_added",
        "days_checkins_removed",
        "entries_grams_ai",
        "entries_grams_ad",
        "entries_grams_au",
    }


def test_words_and_days_are_counted_for_a_journal_from_the_first_schema(tmp_path):
    path = tmp_path / "old.db"
    db = Database(path, execute_plugins=False)
    migrations.apply(db, stop_before="m002_drafts")
    db["entries"].insert(record(body="one two  three\nfour", day="2026-11-20"))
    db["entries"].insert(record(body="five six", day="2026-11-20"))
    db.close()
    store = JournalStore(path)
    words = store.db.query("SELECT words FROM entries ORDER BY id")
    assert [row["words"] for row in words] == [4, 2]
    store.close()
    assert days_match(path) == [("2026-11-20", 2, 0, 0, 0, 6)]
    conn = sqlite3.connect(path)  # the text is still found after the words were counted
    hits = conn.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'three'")
    assert [row[0] for row in hits] == [1]
    conn.close()


def test_a_journal_at_m007_gains_goals_and_experiments_and_keeps_its_wins(tmp_path):
    path = tmp_path / "old.db"
    db = Database(path, execute_plugins=False)
    migrations.apply(db, stop_before="m008_goals_and_experiments")
    db["wins"].insert(
        {
            "uuid": "w1",
            "created_at": "2026-11-21T08:00:00+00:00",
            "updated_at": "2026-11-21T08:00:00+00:00",
            "day": "2026-11-21",
            "text": "a win",
        }
    )
    db.close()
    store = JournalStore(path)
    assert [m.name for m in migrations.applied(store.db)] == LATEST
    assert {"goals", "milestones", "experiments", "experiment_ticks"} <= set(store.db.table_names())
    assert [row["text"] for row in store.wins.select()] == ["a win"]
    store.close()
