"""Looking after the journal file: rj backup, rj doctor, upgrades, read-only journals,
secure deletion and privacy of every file rj makes."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from resilience_journal.backup import backup
from resilience_journal.doctor import examine
from resilience_journal.errors import JournalError
from resilience_journal.paths import Paths
from resilience_journal.store import JournalStore
from resilience_journal.store.migrations import migrations
from tests.conftest import ROOT


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def bodies(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT body FROM entries WHERE kind = 'entry'")]
    finally:
        conn.close()


# backup -------------------------------------------------------------------------------


def test_backup_goes_next_to_the_journal_is_private_and_keeps_the_newest(rj, rj_home):
    rj("write", "first words")
    rj("config", "set", "backups_keep", "3")
    made = []
    for n in range(5):
        rj("win", f"win {n}")
        result = rj("backup", "--json")
        assert result.exit_code == 0, result.output
        made.append(Path(json.loads(result.stdout)["path"]))
    folder = rj_home / "backups"
    assert mode(folder) == 0o700
    kept = sorted(p for p in folder.iterdir() if not p.name.endswith(".checked"))
    assert kept == sorted(made[-3:])  # the two oldest were removed, the newest three kept
    # each kept backup passed SQLite's check when it was made, and says so beside it
    assert sorted(p.name for p in folder.glob("*.checked")) == [p.name + ".checked" for p in kept]
    assert all(mode(p) == 0o600 for p in folder.iterdir())
    assert bodies(made[-1]) == ["first words"]
    conn = sqlite3.connect(made[-1])
    assert conn.execute("SELECT count(*) FROM wins").fetchone()[0] == 5
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    screen = rj("backup")
    assert screen.stderr.startswith(f"Backed up the journal to {folder}/journal-")
    assert "Removed 1 older backup, as backups_keep asks." in screen.stderr


def test_backup_to_a_folder_or_a_new_file_and_never_over_a_file(rj, tmp_path):
    rj("write", "words to keep")
    out = tmp_path / "out"
    out.mkdir()
    assert rj("backup", str(out)).exit_code == 0
    (copy,) = out.iterdir()
    assert copy.name.startswith("journal-") and bodies(copy) == ["words to keep"]
    named = out / "mine.db"
    assert rj("backup", str(named)).exit_code == 0
    assert bodies(named) == ["words to keep"] and mode(named) == 0o600
    again = rj("backup", str(named))
    assert again.exit_code == 1
    assert again.stderr == (
        f"{named} already exists; rj never writes over a file. Nothing was changed.\n"
    )
    folder = rj("backup", f"{tmp_path / 'new-folder'}/")  # a trailing slash means a folder
    assert folder.exit_code == 1
    assert (
        folder.stderr
        == f"The folder {tmp_path / 'new-folder'} does not exist. Nothing was changed.\n"
    )
    assert not (tmp_path / "new-folder").exists()
    missing = rj("backup", str(tmp_path / "nowhere" / "x.db"))
    assert missing.exit_code == 1 and "does not exist" in missing.stderr
    assert not (tmp_path / "nowhere").exists()


def test_backup_with_no_journal_yet_says_so(rj, rj_home):
    result = rj("backup")
    assert result.exit_code == 1
    assert result.stderr == (
        f"There is no journal at {rj_home / 'journal.db'} yet. If RJ_HOME names the right "
        "folder, `rj write` starts one there.\n"
    )
    assert not (rj_home / "journal.db").exists()


def test_backup_while_another_process_writes_is_consistent(rj, rj_home):
    rj("write", "before")
    rj("config", "set", "backups_keep", "1000")
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "\n".join(
                [
                    "from resilience_journal.cli import app",
                    "for n in range(60):",
                    "    try: app(['write', f'during {n}'], prog_name='rj', standalone_mode=False)",
                    "    except SystemExit as stop: assert not stop.code",
                ]
            ),
        ],
        env={**os.environ, "RJ_HOME": str(rj_home), "PYTHONPATH": str(ROOT / "src")},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    copies = []
    while writer.poll() is None:
        result = rj("backup", "--json")
        assert result.exit_code == 0, result.output
        copies.append(Path(json.loads(result.stdout)["path"]))
    assert writer.returncode == 0, writer.stderr.read() if writer.stderr else ""
    writer.stderr.close()
    assert len(copies) > 1
    for copy in copies:
        conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Consistent: the days table (kept by triggers) agrees with the entries in it.
        (counted,) = conn.execute("SELECT sum(entries) FROM days").fetchone()
        (entries,) = conn.execute("SELECT count(*) FROM entries WHERE kind='entry'").fetchone()
        assert counted == entries
        conn.close()


def test_an_old_journal_is_backed_up_before_it_is_upgraded(rj, rj_home):
    rj_home.mkdir(mode=0o700)
    path = rj_home / "journal.db"
    db = Database(path, execute_plugins=False)
    migrations.apply(db, stop_before="m004_wins_and_values")
    db["entries"].insert(
        {
            "uuid": "0b7f5e8e-2c0a-4a51-9a57-111111111111",
            "created_at": "2020-01-01T10:00:00+00:00",
            "updated_at": "2020-01-01T10:00:00+00:00",
            "day": "2020-01-01",
            "body": "from long ago",
        }
    )
    db.close()
    result = rj("list", "--json")
    assert result.exit_code == 0, result.output
    assert [e["body"] for e in json.loads(result.stdout)] == ["from long ago"]
    (kept,) = (rj_home / "backups").glob("journal-*-before-upgrade.db")
    assert mode(kept) == 0o600
    old = Database(kept)
    assert [m.name for m in migrations.applied(old)][-1] == "m003_live_entries_index"
    assert [r["body"] for r in old["entries"].rows] == ["from long ago"]
    old.close()
    # A new journal has nothing to keep, and an up-to-date one is not copied again.
    rj("list")
    assert len(list((rj_home / "backups").iterdir())) == 1
    rj("--db", str(rj_home / "new.db"), "write", "new")
    assert len(list((rj_home / "backups").iterdir())) == 1


# doctor -------------------------------------------------------------------------------


def test_doctor_on_a_healthy_journal(rj, rj_home):
    rj("write", "a healthy day #calm")
    result = rj("doctor")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"Journal: {rj_home / 'journal.db'}",
        "  ok     Privacy: The journal and its files are private to you.",
        "  ok     File: The journal file is whole (SQLite's integrity check passed).",
        f"  ok     Version: The journal's layout is up to date ({len(migrations._migrations)}).",
        "  ok     Search index: The search index matches the entries.",
        "  ok     Links: Every tag, value and rating points at a record.",
        "All is well.",
    ]
    assert not (rj_home / "backups").exists()  # checking changes nothing


def test_doctor_finds_and_fixes_permissions_search_index_and_links(rj, rj_home):
    rj("write", "findable words #tagged")
    rj("values", "add", "Courage")
    db = rj_home / "journal.db"
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER entries_ai")  # the index falls out of step with what follows
    conn.execute(
        "INSERT INTO entries (uuid, created_at, updated_at, day, body) VALUES"
        " ('u-1', '2026-11-20T10:00:00+00:00', '2026-11-20T10:00:00+00:00', '2026-11-20',"
        " 'hidden from search')"
    )
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO entry_tags (entry_id, tag_id) VALUES (999, 1)")
    conn.execute(
        "INSERT INTO value_ratings (uuid, value_id, rated_at, day, importance,"
        " consistency) VALUES ('r-1', 999, '2026-11-20', '2026-11-20', 5, 5)"
    )
    conn.commit()
    conn.close()
    assert rj("search", "hidden", "--json").stdout.strip() == "[]"
    db.chmod(0o644)  # (after the search: opening a journal makes the file private again)
    rj_home.chmod(0o755)

    found = rj("doctor", "--json")
    assert found.exit_code == 1
    report = json.loads(found.stdout)
    assert report["ok"] is False and report["backup"] is None
    status = {c["name"]: c["ok"] for c in report["checks"]}
    assert status == {
        "permissions": False,
        "file": True,
        "version": True,
        "search": False,
        "links": False,
    }
    links = next(c for c in report["checks"] if c["name"] == "links")
    assert "1 in entry_tags, 1 in value_ratings" in links["detail"]
    assert mode(db) == 0o644  # doctor without --fix changes nothing

    fixed = rj("doctor", "--fix")
    assert fixed.exit_code == 0, fixed.output
    assert "A backup was made first: " in fixed.stdout
    assert fixed.stdout.count("  fixed  ") == 3 and fixed.stdout.endswith("All is well.\n")
    assert mode(db) == 0o600 and mode(rj_home) == 0o700
    assert json.loads(rj("search", "hidden", "--json").stdout)[0]["body"] == "hidden from search"
    assert rj("doctor").exit_code == 0
    (backup,) = (rj_home / "backups").iterdir()
    assert "hidden from search" in bodies(backup)


def test_doctor_says_a_damaged_file_is_damaged(rj, rj_home):
    for n in range(200):
        rj("win", f"win number {n} " + "x" * 200)
    db = rj_home / "journal.db"
    rj("backup")  # also checkpoints nothing; close the WAL into the file:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, page):  # scribble over every page but 2
        data[offset + 100 : offset + 400] = b"\xff" * 300
    db.write_bytes(bytes(data))
    result = rj("doctor")
    assert result.exit_code == 1
    assert "  look   File: The journal file is damaged" in result.stdout, result.stderr
    assert f"Your newest whole backup is {rj_home / 'backups'}/journal-" in result.stdout
    assert "Traceback" not in result.output


def test_doctor_with_no_journal_yet(rj, rj_home):
    result = rj("doctor")
    assert result.exit_code == 0
    assert "(not written yet)" in result.stdout
    assert not (rj_home / "journal.db").exists()


# paths, read-only ---------------------------------------------------------------------


def test_db_in_a_folder_that_does_not_exist_is_refused_and_nothing_made(rj, tmp_path):
    target = tmp_path / "no" / "such" / "journal.db"
    result = rj("--db", str(target), "write", "words")
    assert result.exit_code == 1
    assert result.stderr == (
        f"The folder {target.parent} does not exist. Check the path, or create the folder "
        "first. Nothing was changed.\n"
    )
    assert not (tmp_path / "no").exists()


def _as_a_person() -> dict:
    """Popen arguments under which permission bits apply. Root ignores them, so as root the
    child drops the two capabilities that let it (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH)
    from its bounding set before rj starts."""
    if os.geteuid() != 0:
        return {}
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(23, 1, 0, 0, 0) != 1:  # PR_CAPBSET_READ: is there anything to drop?
        pytest.skip("cannot drop root's file-permission override here")

    def drop() -> None:
        for cap in (1, 2):
            if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "prctl")

    return {"preexec_fn": drop}


def _rj_process(home: Path):
    env = {**os.environ, "RJ_HOME": str(home), "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}

    def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "resilience_journal", *args],
            env=env,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            **kwargs,
        )

    return run


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_journal_can_be_read_and_a_write_says_why(tmp_path, what):
    home = tmp_path / "home"
    rj_as = _rj_process(home)
    assert rj_as("write", "readable words").returncode == 0
    person = _as_a_person()
    (home / "journal.db").chmod(0o400 if what == "file" else 0o600)
    home.chmod(0o500 if what == "folder" else 0o700)
    try:
        listed = rj_as("list", "--json", **person)
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout)[0]["body"] == "readable words"
        write = rj_as("write", "more", **person)
        assert write.returncode == 1
        assert write.stderr == (
            f"This journal is read-only for you: {home / 'journal.db'}. Reading works; to "
            "save, make the file and its folder writable (`rj doctor` checks them). Nothing "
            "was changed.\n"
        )
        doctor = rj_as("doctor", **person)
        assert "  ok     File: The journal file is whole" in doctor.stdout, doctor.stderr
    finally:
        home.chmod(0o700)
    assert bodies(home / "journal.db") == ["readable words"]


def test_a_journal_that_cannot_be_read_is_one_clear_line(tmp_path):
    home = tmp_path / "home"
    rj_as = _rj_process(home)
    assert rj_as("write", "x").returncode == 0
    person = _as_a_person()
    (home / "journal.db").chmod(0o000)
    result = rj_as("list", **person)
    assert result.returncode == 1
    assert result.stderr == (
        f"Permission denied: {home / 'journal.db'}. Nothing was changed; check the path.\n"
    )


# nothing leaked -----------------------------------------------------------------------


def test_every_file_rj_makes_is_private(rj, rj_home, tmp_path):
    """(The editor's temporary file is checked in test_compose.py, on a terminal.)"""
    rj("write", "one")
    rj("win", "two")
    rj("config", "set", "pace", "gentle")
    rj("backup")
    out = tmp_path / "exports"
    out.mkdir()
    rj("export", "--format", "markdown", "-o", str(out / "j.md"))
    rj("export", "--format", "json", "-o", str(out / "j.json"))
    rj("prompt")  # writes the prompt cache
    db = rj_home / "journal.db"
    conn = sqlite3.connect(db)  # keep the -wal and -shm in place while we look
    conn.execute("SELECT 1 FROM entries").fetchall()
    made = list(rj_home.rglob("*")) + list(out.iterdir())
    assert {db.with_name("journal.db-wal"), db.with_name("journal.db-shm")} <= set(made)
    for path in [rj_home, *made]:
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path
    conn.close()
    assert {p.name for p in rj_home.iterdir()} >= {"backups", "cache", "config.yaml"}


def test_emptied_trash_leaves_no_trace_in_the_file_or_its_log(rj, rj_home):
    secret = "Zanzibarquoll whisperfrost"
    rj("write", "kept words")
    rj("write", f"{secret} and more", "--title", "Quillnettle title")
    rj("win", "Marrowlight win")
    entry_id = json.loads(rj("list", "--json").stdout)[0]["id"]
    rj("delete", str(entry_id))
    win_id = json.loads(rj("wins", "--json").stdout)[0]["id"]
    rj("wins", "delete", str(win_id))
    db = rj_home / "journal.db"

    def raw() -> bytes:
        return b"".join(p.read_bytes() for p in rj_home.glob("journal.db*"))

    assert secret.encode() in raw() or b"Zanzibarquoll" in raw()  # in the trash: still there
    result = rj("trash", "--empty", "--yes")
    assert result.exit_code == 0, result.output
    data = raw()
    for word in (
        b"Zanzibarquoll",
        b"zanzibarquol",
        b"whisperfrost",
        b"Quillnettle",
        b"quillnettl",
        b"Marrowlight",
        b"marrowlight",
    ):
        assert word not in data, word
    assert b"kept" in data
    assert bodies(db) == ["kept words"]


# the rules, called directly ---------------------------------------------------------


def test_a_backup_goes_where_it_is_asked_and_never_over_anything(tmp_path):
    store = JournalStore(tmp_path / "journal.db")
    at = datetime(2026, 11, 23, 21, 30).astimezone()
    try:
        kept = [backup(store, at, keep=2) for _ in range(3)]
        assert [made.path.name for made in kept] == [
            "journal-20261123-213000.db",
            "journal-20261123-213000-2.db",
            "journal-20261123-213000-3.db",
        ]
        assert kept[-1].removed == (kept[0].path,)  # only the newest two are kept
        assert kept[-1].to_json()["bytes"] == kept[-1].path.stat().st_size > 0
        folder = tmp_path / "out"
        folder.mkdir()
        into = backup(store, at, 2, str(folder)).path  # a dated file in the folder asked for
        assert into.parent == folder and into.name.startswith("journal-20261123-213000")
        for target, said in [
            (f"{tmp_path / 'new'}/", f"The folder {tmp_path / 'new'} does not exist."),
            (str(kept[-1].path), f"{kept[-1].path} already exists; rj never writes over"),
            (str(tmp_path / "no" / "x.db"), f"The folder {tmp_path / 'no'} does not exist."),
        ]:
            with pytest.raises(JournalError) as refused:
                backup(store, at, 2, target)
            assert refused.value.message.startswith(said)
            assert refused.value.message.endswith("Nothing was changed.")
        assert not (tmp_path / "new").exists()
    finally:
        store.close()


def test_doctor_with_no_journal_checks_only_privacy(tmp_path):
    paths = Paths(data_dir=tmp_path, config_dir=tmp_path, db=tmp_path / "journal.db")
    report = examine(paths, None, fix=True, now=datetime(2026, 11, 23).astimezone())
    assert not report.exists and report.backup is None and report.healthy
    assert [check.name for check in report.checks] == ["permissions"]
    assert not (tmp_path / "journal.db").exists()
