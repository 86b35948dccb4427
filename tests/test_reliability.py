"""Nothing lost: two processes writing at once, and a process killed mid-write."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT

# A writer that runs the real CLI in a loop inside one process (so a loop of 40 writes takes
# seconds, not a process start each), printing "ok N" only once rj has returned 0 for write
# N: a line printed is a write acknowledged to the person.
WRITER = r"""
import sys
from resilience_journal.cli import app

name, count = sys.argv[1], int(sys.argv[2])
for n in range(count):
    kind = ("write", "win")[n % 2]
    try:
        app([kind, f"{name} number {n}"], prog_name="rj", standalone_mode=False)
    except SystemExit as stop:
        if stop.code:
            print(f"error {n} exit {stop.code}", flush=True)
            continue
    print(f"ok {n}", flush=True)
"""


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("VISUAL", "EDITOR")}
    env.update(RJ_HOME=str(home), PYTHONPATH=str(ROOT / "src"), NO_COLOR="1")
    return env


def _writer(home: Path, name: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, name, str(count)],
        env=_env(home),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _texts(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT body FROM entries WHERE kind = 'entry' UNION ALL SELECT text FROM wins"
        ).fetchall()
        return {row[0] for row in rows}
    finally:
        conn.close()


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_three_processes_writing_at_once_all_succeed(rj_home):
    """Two writers and a reader, started together on a journal that does not exist yet (so
    they also race to create and migrate it): no "database is locked", no lost rows."""
    count = 40
    procs = [_writer(rj_home, name, count) for name in ("alpha", "beta")]
    reader = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "\n".join(
                [
                    "from resilience_journal.cli import app",
                    "for _ in range(40):",
                    "    try: app(['list', '-n', '5'], prog_name='rj', standalone_mode=False)",
                    "    except SystemExit as stop: assert not stop.code, stop.code",
                ]
            ),
        ],
        env=_env(rj_home),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    outputs = [proc.communicate(timeout=180) for proc in procs]
    _, reader_err = reader.communicate(timeout=180)
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert out.splitlines() == [f"ok {n}" for n in range(count)], (out, err)
        assert "locked" not in err and "busy" not in err
    assert reader.returncode == 0, reader_err
    expected = {f"{name} number {n}" for name in ("alpha", "beta") for n in range(count)}
    assert _texts(rj_home / "journal.db") == expected
    assert _integrity(rj_home / "journal.db") == "ok"


def test_two_rj_commands_started_together_both_succeed(rj_home):
    """The way a person meets it: two `rj` processes at the same moment, each starting up."""
    env = _env(rj_home)
    for round_ in range(3):
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "resilience_journal", cmd, f"{cmd} in round {round_}"],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for cmd in ("write", "win")
        ]
        for proc in procs:
            _, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
    assert _texts(rj_home / "journal.db") == {
        f"{cmd} in round {n}" for cmd in ("write", "win") for n in range(3)
    }


def test_a_process_killed_mid_write_loses_nothing_it_acknowledged(rj_home):
    """SIGKILL at a random moment in a tight loop of writes, three times over: the journal
    passes integrity_check and holds every write that was acknowledged before the kill."""
    db = rj_home / "journal.db"
    acknowledged: set[str] = set()
    for round_, kill_after in enumerate((3, 11, 24)):
        proc = _writer(rj_home, f"round {round_}", 1000)
        assert proc.stdout is not None
        seen = 0
        deadline = time.monotonic() + 60
        while seen < kill_after and time.monotonic() < deadline:
            line = proc.stdout.readline()
            assert line.startswith("ok "), (line, proc.stderr.read() if proc.stderr else "")
            acknowledged.add(f"round {round_} number {int(line.split()[1])}")
            seen += 1
        time.sleep(0.005 * round_)  # land somewhere else inside the next write each time
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
        # A line already printed when the kill came is acknowledged too.
        acknowledged |= {
            f"round {round_} number {int(line.split()[1])}"
            for line in rest.splitlines()
            if line.startswith("ok ")
        }
        assert proc.returncode == -signal.SIGKILL
        assert seen == kill_after
        assert _integrity(db) == "ok"
        assert acknowledged <= _texts(db)
    # And the journal still opens and takes a write afterwards.
    after = subprocess.run(
        [sys.executable, "-m", "resilience_journal", "write", "after the kills"],
        env=_env(rj_home),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert after.returncode == 0, after.stderr
    assert "after the kills" in _texts(db)
    assert _integrity(db) == "ok"
