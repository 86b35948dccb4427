"""What a stopped rj leaves beside the journal, and emptying the trash beside another reader.

- A real `rj decrypt` or `rj encrypt`, killed (SIGKILL) at a random moment while it rewrites
  the journal, leaves its temporary file; the next `rj list` removes it (no readable copy of
  an encrypted journal stays), and `rj doctor` names any that are still there.
- `rj trash --empty` says "Destroyed" only when the words are gone from the file: while a
  second process holds a read transaction, it says they are still in the file, and the
  next command overwrites them. Checked in the raw bytes of journal.db and its -wal.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")  # a dev dependency: CI always runs these

PASS = "a lantern by the harbour"
MARK = b"Kestrel"  # in every entry's text


def rj_process(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "resilience_journal", *args],
        env={**os.environ, "RJ_PASSPHRASE": PASS, **(env or {})},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def big_journal(rj, tmp_path: Path) -> None:
    """About 4 MB of entries, so that encrypt and decrypt take a moment."""
    words = "quiet river morning stone garden letter window lantern meadow".split()
    chooser = random.Random(24)
    entries = []
    for i in range(900):
        day = f"2026-{1 + i % 10:02d}-{1 + i % 28:02d}"
        body = " ".join(chooser.choice(words) for _ in range(400)) + f" Kestrel{i}"
        entries.append(
            {
                "uuid": str(uuid.UUID(int=i + 1)),
                "kind": "entry",
                "day": day,
                "created_at": f"{day}T10:00:00+00:00",
                "updated_at": f"{day}T10:00:00+00:00",
                "body": body,
            }
        )
    source = tmp_path / "big.json"
    source.write_text(
        json.dumps({"format": "resilience-journal", "version": 1, "entries": entries})
    )
    result = rj("import", str(source))
    assert result.exit_code == 0, result.output


def hidden(home: Path) -> list[Path]:
    """rj's temporary files: everything in the folder but the journal, its logs and the lock
    file every rj holds while it has the journal open (store/lock.py), which stays."""
    return sorted(
        p for p in home.iterdir() if p.name.startswith(".") and p.name != ".journal.db.lock"
    )


def encrypted(db: Path) -> bool:
    return db.read_bytes()[:16] != b"SQLite format 3\x00"


def kill_while_converting(command: str, home: Path, chooser: random.Random) -> bool:
    """Start a real `rj <command>`, wait until its temporary file is there, kill it at a
    random moment after. True when it was killed before it finished."""
    proc = rj_process(command)
    deadline = time.monotonic() + 30
    while not any(p.name.endswith(".convert") for p in home.iterdir()):
        if proc.poll() is not None or time.monotonic() > deadline:
            break
        time.sleep(0.001)
    time.sleep(chooser.uniform(0, 0.04))  # the file lives for 0.1 s or more
    proc.send_signal(signal.SIGKILL)
    proc.communicate()  # reaped: its process id is gone, as after a closed terminal
    return proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize("command", ["decrypt", "encrypt"])
def test_a_killed_encrypt_or_decrypt_leaves_nothing_after_the_next_command(
    command, rj, rj_home, tmp_path
):
    big_journal(rj, tmp_path)
    db = rj_home / "journal.db"
    chooser = random.Random(f"{command}-24")
    left_behind = 0
    for _ in range(5):
        # decrypt starts from an encrypted journal, encrypt from a plain one
        if encrypted(db) != (command == "decrypt"):
            other = "encrypt" if command == "decrypt" else "decrypt"
            done = rj_process(other)
            _, err = done.communicate(timeout=60)
            assert done.returncode == 0, err
        killed = kill_while_converting(command, rj_home, chooser)
        left = [p for p in hidden(rj_home) if ".convert" in p.name]
        if left:
            assert killed
            left_behind += 1
            doctor = rj("doctor", env={"RJ_PASSPHRASE": PASS})
            assert doctor.exit_code == 1
            assert "  look   Temporary files: " in doctor.stdout
            assert str(left[0]) in doctor.stdout.replace("\n", " ")
            assert "`rj doctor --fix` removes them, and so does the next rj command" in (
                " ".join(doctor.stdout.split())
            )
        listed = rj("list", "--json", "-n", "1000", env={"RJ_PASSPHRASE": PASS})
        assert listed.exit_code == 0, listed.output
        assert len(json.loads(listed.stdout)) == 900  # the journal is whole, either way
        assert hidden(rj_home) == []
        if encrypted(db):  # no readable copy of it anywhere in the folder
            for path in rj_home.iterdir():
                if path.is_file():
                    assert MARK not in path.read_bytes(), path.name
        doctor = rj("doctor", env={"RJ_PASSPHRASE": PASS})
        assert "Temporary files" not in doctor.stdout  # named only when there are some
    assert left_behind >= 2  # the kills landed while the file was being written


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_doctor_names_leftovers_and_the_next_command_removes_only_a_stopped_rj_s(rj, rj_home):
    rj("write", "A plain entry")
    rj("backup")
    gone, alive = dead_pid(), os.getpid()
    stopped = [
        rj_home / f".journal.db.{gone}.convert",
        rj_home / f".journal.db.{gone}.convert-journal",
        rj_home / f".journal.db.{gone}.k2x8_q1a.import",
        rj_home / f".journal.db.{gone}.k2x8_q1a.import-wal",
        rj_home / "backups" / f".journal-20261125-213000.db.{gone}.tmp",
    ]
    in_use = rj_home / f".journal.db.{alive}.convert"
    theirs = [rj_home / ".journal.db.notes", rj_home / f".other.db.{gone}.convert"]
    for path in (*stopped, in_use, *theirs):
        path.write_bytes(b"SQLite format 3\x00 Kestrel")

    doctor = rj("doctor")
    assert doctor.exit_code == 1
    text = " ".join(doctor.stdout.split())
    assert "look Temporary files: 6 temporary files of rj's beside the journal: " in text
    assert "may hold a readable copy of your entries" in text
    assert f"{in_use} belongs to process {alive}, which is still running." in text
    assert f"rm {in_use}" in text
    assert all(path.exists() for path in (*stopped, in_use))  # doctor alone changes nothing

    assert rj("list").exit_code == 0
    assert not any(path.exists() for path in stopped)
    assert in_use.exists()  # a running process's file is left alone
    assert all(path.exists() for path in theirs)  # not rj's naming: not rj's to remove

    fixed = rj("doctor", "--fix")
    assert fixed.exit_code == 1  # the running one is still there
    assert in_use.exists()
    in_use.unlink()
    assert rj("doctor").exit_code == 0


def test_a_killed_first_import_s_file_is_named_and_removed(rj, rj_home):
    rj_home.mkdir()
    left = rj_home / f".journal.db.{dead_pid()}.abc123de.import"
    left.write_bytes(b"SQLite format 3\x00 Kestrel")
    doctor = rj("doctor")
    assert doctor.exit_code == 1
    assert str(left) in doctor.stdout
    fixed = rj("doctor", "--fix")
    assert "  fixed  Temporary files: Removed 1 temporary file a stopped rj had left." in (
        fixed.stdout
    )
    assert fixed.exit_code == 0 and not left.exists()


def raw(home: Path) -> bytes:
    return b"".join(
        (home / name).read_bytes()
        for name in ("journal.db", "journal.db-wal")
        if (home / name).exists()
    )


HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "reading":
    conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
print("ready", flush=True)
sys.stdin.read()  # the read transaction (or the idle connection) stays until stdin closes
"""


def holding(db: Path, how: str) -> subprocess.Popen[str]:
    """A second process with the journal open: "reading" (a read transaction kept open, as
    another rj window reading) or "idle" (open, in no transaction). Its own process, as
    SQLite's locks are kept per process."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    return proc


def test_empty_trash_beside_a_reader_says_what_is_true_and_the_next_command_finishes(rj, rj_home):
    rj("write", "Nightheron crossing the marsh at dusk")
    rj("write", "Stays here")
    rj("delete", "1")
    db = rj_home / "journal.db"
    assert b"Nightheron" in raw(rj_home)
    # An idle connection stays open throughout, so that the last connection's close (which
    # also empties the log) is not what overwrites the words: the next command must.
    idle = holding(db, "idle")
    try:
        reader = holding(db, "reading")
        try:
            result = rj("trash", "--empty", "--yes")
            assert result.exit_code == 0
            assert " ".join(result.stderr.split()) == (
                "Removed 1 entry from the trash, out of the journal for good. Another rj "
                "window is reading the journal, so the words stay in its file until that "
                "window closes; the next rj command after that overwrites them."
            )
            assert "Destroyed" not in result.output
            assert b"Nightheron" in raw(rj_home)  # as the message says: still in the file
            still = rj("list")  # the reader still reads: the next command cannot finish yet
            assert still.exit_code == 0 and "Nightheron" not in still.stdout
            assert b"Nightheron" in raw(rj_home)
        finally:
            reader.communicate(timeout=10)
        assert b"Nightheron" in raw(rj_home)  # the reader is gone; the words are not yet
        after = rj("list")
        assert after.exit_code == 0 and "Stays here" in after.stdout
        assert b"Nightheron" not in raw(rj_home)
    finally:
        idle.communicate(timeout=10)
    conn = sqlite3.connect(db)
    try:
        pending = conn.execute("SELECT count(*) FROM meta WHERE key = 'wipe_pending'")
        assert pending.fetchone()[0] == 0
    finally:
        conn.close()


def test_empty_trash_with_nobody_reading_destroys_at_once(rj, rj_home):
    rj("write", "Nightheron crossing the marsh at dusk")
    rj("delete", "1")
    db = rj_home / "journal.db"
    idle = holding(db, "idle")  # open, in no transaction: it does not hold the log back
    try:
        result = rj("trash", "--empty", "--yes", "--json")
        assert result.exit_code == 0
        assert json.loads(result.stdout) == {"destroyed": 1, "overwritten": True}
        assert result.stderr.strip() == "Destroyed 1 entry from the trash."
        assert b"Nightheron" not in raw(rj_home)
    finally:
        idle.communicate(timeout=10)
