"""The daily check-in is kept apart from entries (store/safety.py, the `checkins` table):
entry numbers start at 1 and count only entries, a journal from before keeps its entry ids
and its check-ins, and the JSON export carries check-ins in their own list, while still
reading the older shape, where a check-in was an entry of kind "checkin"."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlite_utils import Database

from resilience_journal.store.migrations import migrations
from tests.conftest import ok, run_in_pty, typing

ASKED = "Enter skips."  # the end of the check-in question
WRITE = "typed as a draft."  # the end of the line that asks for typing


@pytest.fixture
def checking_env(pty_env, rj_home):
    # check-in on, the mood after writing off
    (rj_home / "config.yaml").write_text("pace: deep\nask_mood: 'off'\n", encoding="utf-8")
    pty_env["RJ_NOW"] = "2026-11-23T21:00:00"
    pty_env["EDITOR"] = ""
    return pty_env


def query(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_first_entry_after_a_check_in_is_entry_1(checking_env, rj, rj_home):
    keys = [ASKED, b"3\r", WRITE, *typing("A quiet evening.\n")]
    first = run_in_pty(["write"], env=checking_env, keys=keys)
    assert first.exit_code == 0, first.output
    assert "Saved entry 1 for" in first.output
    at = {"RJ_NOW": "2026-11-23T21:05:00"}
    assert "A quiet evening." in ok(rj("show", "1", env=at))
    checking_env["RJ_NOW"] = "2026-11-24T21:00:00"  # the next day: asked again, then entry 2
    keys = [ASKED, b"5\r", WRITE, *typing("Another one.\n")]
    second = run_in_pty(["write"], env=checking_env, keys=keys)
    assert "Saved entry 2 for" in second.output, second.output
    listed = json.loads(ok(rj("list", "--json", env={"RJ_NOW": "2026-11-24T21:05:00"})))
    assert [entry["id"] for entry in listed] == [2, 1]
    db = rj_home / "journal.db"
    assert query(db, "SELECT id, day, distress FROM checkins") == [
        (1, "2026-11-23", 3),
        (2, "2026-11-24", 5),
    ]
    assert query(db, "SELECT day, entries, checkins FROM days ORDER BY day") == [
        ("2026-11-23", 1, 1),
        ("2026-11-24", 1, 1),
    ]


def old_record(kind: str, day: str, **extra) -> dict:
    stamp = f"{day}T20:00:00+00:00"
    base = {
        "uuid": str(uuid.uuid4()),
        "kind": kind,
        "created_at": stamp,
        "updated_at": stamp,
        "day": day,
        "body": "",
    }
    return {**base, **extra}


def test_a_journal_from_before_keeps_its_entry_ids_and_its_check_ins(rj, rj_home):
    # A journal written before check-ins had their own table: they took entry ids.
    db_path = rj_home / "journal.db"
    rj_home.mkdir(mode=0o700)
    db = Database(db_path, execute_plugins=False)
    migrations.apply(db, stop_before="m010_checkins")
    checkin = old_record("checkin", "2026-11-20", distress=7)
    db["entries"].insert(old_record("entry", "2026-11-19", body="by the river", words=3))
    db["entries"].insert(checkin)  # id 2
    db["entries"].insert(old_record("entry", "2026-11-20", body="a calm walk", words=3))
    skipped = old_record("checkin", "2026-11-21", distress=None)
    db["entries"].insert(skipped)  # id 4
    db["entries"].insert(old_record("checkin", "2026-11-21", deleted_at="2026-11-22"))
    assert query(db_path, "SELECT sum(checkins) FROM days") == [(2,)]
    db.close()

    assert "by the river" in ok(rj("show", "1"))  # the ids people have seen stay
    assert "a calm walk" in ok(rj("show", "3"))
    assert rj("show", "2").exit_code == 1
    assert [e["id"] for e in json.loads(ok(rj("list", "--json")))] == [3, 1]
    assert query(db_path, "SELECT kind, count(*) FROM entries GROUP BY kind") == [("entry", 2)]
    assert query(db_path, "SELECT uuid, day, created_at, distress FROM checkins ORDER BY id") == [
        (checkin["uuid"], "2026-11-20", "2026-11-20T20:00:00+00:00", 7),
        (skipped["uuid"], "2026-11-21", "2026-11-21T20:00:00+00:00", None),
    ]  # one in the trash (which never showed check-ins) is left behind
    assert query(db_path, "SELECT count(*) FROM entries_fts") == [(2,)]
    assert [e["id"] for e in json.loads(ok(rj("search", "river", "--json")))] == [1]
    assert query(db_path, "SELECT day, entries, checkins FROM days ORDER BY day") == [
        ("2026-11-19", 1, 0),
        ("2026-11-20", 1, 1),
        ("2026-11-21", 0, 1),
    ]
    stats = json.loads(ok(rj("stats", "--json")))
    assert stats["distress_last_30_days"]["days"] == [{"day": "2026-11-20", "distress": 7}]
    assert stats["totals"]["entries"] == 2
    assert "Saved entry 4 for" in rj("write", "the fourth").stderr  # ids count entries only


def test_check_ins_go_out_in_their_own_list_and_come_back_exactly(
    checking_env, rj, rj_home, tmp_path
):
    keys = [ASKED, b"6\r", WRITE, *typing("Got through it.\n")]
    assert run_in_pty(["write"], env=checking_env, keys=keys).exit_code == 0
    checking_env["RJ_NOW"] = "2026-11-24T09:00:00"
    assert run_in_pty(["today"], env=checking_env, keys=[ASKED, b"\r"]).exit_code == 0
    exported = ok(rj("export", "--format", "json"))
    data = json.loads(exported)
    assert list(data)[-8:] == [
        "checkins",
        "goals",
        "experiments",
        "beliefs",
        "worries",
        "story",
        "reflections",
        "hard_dates",
    ]
    assert [e["body"] for e in data["entries"]] == ["Got through it."]
    assert [list(c) for c in data["checkins"]] == [["uuid", "day", "created_at", "distress"]] * 2
    assert [(c["day"], c["distress"]) for c in data["checkins"]] == [
        ("2026-11-23", 6),
        ("2026-11-24", None),
    ]
    assert "### 21:00 · Check-in\n\nDistress 6/10.\n\n### 21:00\n" in ok(rj("export"))
    assert ok(rj("export", "--kind", "review", "--format", "json")).count("checkins") == 1
    (tmp_path / "out.json").write_text(exported, encoding="utf-8")
    other = str(tmp_path / "other.db")
    brought = rj("--db", other, "import", str(tmp_path / "out.json"))
    assert "Imported 1 entry and 2 check-ins from" in brought.stderr, brought.output
    assert ok(rj("--db", other, "export", "--format", "json")) == exported
    again = json.loads(ok(rj("--db", other, "import", str(tmp_path / "out.json"), "--json")))
    assert (again["added"]["checkins"], again["already_here"]["checkins"]) == (0, 2)
    stats = json.loads(ok(rj("--db", other, "stats", "--json")))
    assert stats["distress_last_30_days"]["days"] == [{"day": "2026-11-23", "distress": 6}]


def test_an_older_export_with_check_ins_among_its_entries_still_imports(rj, rj_home, tmp_path):
    # As rj wrote a check-in before it had its own list: an entry of kind "checkin".
    def entry(kind: str, body: str, distress: int | None, **extra) -> dict:
        return {
            "uuid": str(uuid.uuid4()),
            "kind": kind,
            "day": "2026-11-20",
            "created_at": "2026-11-20T21:00:00+00:00",
            "updated_at": "2026-11-20T21:00:00+00:00",
            "title": None,
            "body": body,
            "mood": None,
            "distress": distress,
            "tags": [],
            "values": [],
            "prompt_id": None,
            "review_week": None,
            "deleted_at": None,
            **extra,
        }

    checkin = entry("checkin", "", 8)
    old = {
        "format": "resilience-journal",
        "version": 1,
        "entries": [
            checkin,
            entry("entry", "A long day.", None),
            entry("checkin", "", 2, deleted_at="2026-11-21T08:00:00+00:00"),
        ],
    }
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    result = rj("import", str(tmp_path / "old.json"))
    assert result.exit_code == 0, result.output
    assert "Imported 1 entry and 1 check-in from" in result.stderr
    assert "A long day." in ok(rj("show", "1"))
    data = json.loads(ok(rj("export", "--format", "json")))
    assert [e["kind"] for e in data["entries"]] == ["entry"]
    assert data["checkins"] == [
        {
            "uuid": checkin["uuid"],
            "day": "2026-11-20",
            "created_at": "2026-11-20T21:00:00+00:00",
            "distress": 8,
        }
    ]
    again = rj("import", str(tmp_path / "old.json"))  # its uuid is known: in once
    assert "Imported nothing new" in again.stderr and "2 were already here" in again.stderr


def test_a_check_in_in_a_file_is_checked_like_any_record(rj, tmp_path):
    bad = {
        "format": "resilience-journal",
        "version": 1,
        "checkins": [{"day": "2026-11-20"}, {"day": "2026-11-20", "distress": 11}],
    }
    (tmp_path / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    result = rj("import", str(tmp_path / "bad.json"))
    assert result.exit_code == 1
    assert "checkins[1].distress should be a whole number from 0 to 10" in result.stderr
    assert "Nothing was imported." in result.stderr
