"""A reader that stops early is not an error: `rj list | head -1` ends with exit 0 and
nothing on stderr, as `git log | head` does, for every command that prints.

Each command runs as a real process (`python -m resilience_journal`) on a journal of
thousands of records, imported once for the module from a generated export, so that its
output is larger than a pipe holds (64 KiB). Two readers: one that is gone before rj
writes a byte (`rj list | true`), and one that reads a little and leaves while rj is
still writing (`rj list | head -c 100`).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import ROOT

MANY = 3000
PIPE_HOLDS = 64 * 1024
BIG_BODY = "A long entry, written over many evenings, about a hard year. " * 2000
RJ = [sys.executable, "-m", "resilience_journal"]

# Every command that prints something, as a person or a script would run it.
PRINTING = [
    ["list", "-n", "5000"],
    ["list", "-n", "5000", "--json"],
    ["search", "words", "-n", "5000"],
    ["wins", "-n", "5000"],
    ["reviews", "-n", "5000"],
    ["show", "1"],
    ["export"],
    ["export", "--format", "json"],
    ["stats"],
    ["streak"],
    ["today"],
    ["values", "list"],
    ["goals", "list"],
    ["goals", "show", "1"],
    ["experiments"],
    ["contacts"],
    ["prompts", "list"],
    ["prompt"],
    ["trash"],
    ["config", "show"],
    ["where"],
    ["help-now"],
    ["help-now", "--all"],
    ["review", "--no-write"],
    ["--help"],
    ["list", "--help"],
]
# Those whose output is larger than a pipe holds: the reader can leave in the middle.
LARGE = [
    ["list", "-n", "5000"],
    ["list", "-n", "5000", "--json"],
    ["search", "words", "-n", "5000"],
    ["wins", "-n", "5000"],
    ["reviews", "-n", "5000"],
    ["show", "1"],
    ["export"],
    ["export", "--format", "json"],
    ["values", "list"],
    ["goals", "list"],
    ["experiments"],
    ["trash", "--json"],  # plain `trash` adds a hint on stderr once its listing is written
]


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T21:30:00+00:00"


def _export(first: date) -> dict:
    """An export of a long-kept journal: entries (the first one very long, every third in
    the trash), weekly reviews, wins, values, goals with steps, and experiments."""
    days = [first + timedelta(days=n % 700) for n in range(MANY)]
    values = [
        {"uuid": f"00000000-0000-4000-8000-{n:012d}", "name": f"value number {n}",
         "description": "What it means to me, in a sentence or two of my own words.",
         "created_at": _stamp(first), "archived_at": None}
        for n in range(1, 1201)
    ]  # fmt: skip
    entries = [
        {"uuid": f"10000000-0000-4000-8000-{n:012d}", "kind": "entry", "day": day.isoformat(),
         "created_at": _stamp(day), "updated_at": _stamp(day),
         "title": f"Entry {n}: a headline long enough to be cut on a narrow screen",
         "body": BIG_BODY if n == 0 else f"Entry {n}, some words about the day. " * 8,
         "mood": n % 10 + 1, "distress": None, "tags": ["work", f"tag{n % 30}"],
         "values": [], "prompt_id": None, "review_week": None,
         "deleted_at": _stamp(day) if n % 3 == 2 else None}
        for n, day in enumerate(days)
    ]  # fmt: skip
    mondays = [first - timedelta(weeks=n) for n in range(1200)]
    reviews = [
        {"uuid": f"20000000-0000-4000-8000-{n:012d}", "kind": "review",
         "day": monday.isoformat(), "created_at": _stamp(monday), "updated_at": _stamp(monday),
         "title": None, "body": "What the week held, in words.", "mood": None,
         "distress": None, "tags": [], "values": [], "prompt_id": None,
         "review_week": f"{monday.isocalendar().year}-W{monday.isocalendar().week:02d}",
         "deleted_at": None}
        for n, monday in enumerate(mondays)
    ]  # fmt: skip
    wins = [
        {"uuid": f"30000000-0000-4000-8000-{n:012d}", "day": day.isoformat(),
         "created_at": _stamp(day), "updated_at": _stamp(day),
         "text": f"Win {n}: answered the letter I had been putting off", "values": [],
         "deleted_at": None}
        for n, day in enumerate(days)
    ]  # fmt: skip
    goals = [
        {"uuid": f"40000000-0000-4000-8000-{n:012d}", "day": first.isoformat(),
         "created_at": _stamp(first), "updated_at": _stamp(first),
         "title": f"Goal {n}: walk to the river and back on a weekday morning",
         "value": None, "by": None, "specific": None, "measure": None, "achievable": None,
         "why": None, "state": "active", "state_since": None, "learned": None,
         "milestones": [
             {"uuid": f"50000000-0000-4000-8000-{n * 10 + step:012d}", "step": step,
              "created_at": _stamp(first), "text": f"step {step}", "by": None,
              "done_day": None, "done_at": None, "win": None}
             for step in (1, 2)
         ]}
        for n in range(1, 1001)
    ]  # fmt: skip
    experiments = [
        {"uuid": f"60000000-0000-4000-8000-{n:012d}", "created_at": _stamp(first),
         "updated_at": _stamp(first), "title": f"Experiment {n}: tea instead of a third coffee",
         "value": None, "start_day": first.isoformat(), "days": 7, "helped_if": None,
         "if_hard": None, "closed_day": None, "outcome": None, "adjust": None, "ticks": []}
        for n in range(1, 1001)
    ]  # fmt: skip
    return {
        "format": "resilience-journal",
        "version": 1,
        "values": values,
        "value_ratings": [],
        "tags": [],
        "wins": wins,
        "entries": entries + reviews,
        "checkins": [],
        "goals": goals,
        "experiments": experiments,
    }


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("VISUAL", "EDITOR", "PAGER")}
    env.update(RJ_HOME=str(home), PYTHONPATH=str(ROOT / "src"), NO_COLOR="1", COLUMNS="80")
    return env


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal of thousands of records, and a contact of the person's own."""
    folder = tmp_path_factory.mktemp("pipes")
    home = folder / "rj-home"
    export = folder / "export.json"
    export.write_text(json.dumps(_export(date(2025, 1, 6))), encoding="utf-8")
    for args in (["import", str(export)], ["contacts", "add", "Ana", "call 555 0100"]):
        done = subprocess.run(
            [*RJ, *args], env=_env(home), capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
    return home


def _reader_gone(home: Path, args: list[str], err_too: bool = False) -> tuple[int, str]:
    """Run rj with standard output (and with `err_too`, standard error) a pipe whose reader
    is already gone: its first write finds the pipe closed."""
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run(
            [*RJ, *args],
            env=_env(home),
            stdin=subprocess.DEVNULL,
            stdout=write,
            stderr=write if err_too else subprocess.PIPE,
            timeout=120,
        )
    finally:
        os.close(write)
    return done.returncode, (done.stderr or b"").decode()


def _reader_leaves(home: Path, args: list[str], size: int = 100) -> tuple[int, bytes, str]:
    """Run rj, read `size` bytes of its output, and close the pipe while it is still
    writing (`| head -c 100`)."""
    with subprocess.Popen(
        [*RJ, *args],
        env=_env(home),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.read(size)
        proc.stdout.close()
        stderr = proc.stderr.read().decode()
        return proc.wait(timeout=120), first, stderr


@pytest.mark.parametrize("args", PRINTING, ids=" ".join)
def test_a_reader_gone_before_the_first_line_is_not_an_error(home, args):
    code, stderr = _reader_gone(home, args)
    assert (code, stderr) == (0, "")


def test_the_large_outputs_are_larger_than_a_pipe_holds(home):
    """What the next test relies on: rj is still writing when its reader leaves."""
    for args in LARGE:
        done = subprocess.run([*RJ, *args], env=_env(home), capture_output=True, timeout=120)
        assert done.returncode == 0, (args, done.stderr)
        assert len(done.stdout) > PIPE_HOLDS, args


@pytest.mark.parametrize("args", LARGE, ids=" ".join)
def test_a_reader_that_stops_early_is_not_an_error(home, args):
    code, first, stderr = _reader_leaves(home, args)
    assert (code, stderr) == (0, "")
    assert len(first) == 100  # what it read came from rj


def test_list_into_head_in_a_shell(home):
    """`rj list -n 5000 | head -1`, as typed (pipefail: rj's own status, not head's)."""
    line = " ".join(RJ) + " list -n 5000 | head -1"
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", line],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.returncode, done.stderr) == (0, "")
    # one record: its id, then its day (plain records to a pipe, nothing cut)
    assert done.stdout.count("\n") == 1 and re.match(r"\d+\t\d{4}-\d\d-\d\d\t", done.stdout)


def test_saved_work_stays_saved_when_no_one_reads_what_rj_says(tmp_path):
    """`rj win` and `rj write` with both outputs into a closed pipe: the message of the
    change cannot be shown, but the change is made, and the command has succeeded."""
    home = tmp_path / "rj-home"
    for args in (["write", "Saved even unread."], ["win", "Noted even unread."]):
        assert _reader_gone(home, args, err_too=True) == (0, "")
    conn = sqlite3.connect(home / "journal.db")
    try:
        bodies = conn.execute("SELECT body FROM entries").fetchall()
        wins = conn.execute("SELECT text FROM wins").fetchall()
    finally:
        conn.close()
    assert bodies == [("Saved even unread.",)]
    assert wins == [("Noted even unread.",)]


def test_an_error_is_still_an_error_when_stdout_is_a_closed_pipe(home):
    """Only a reader leaving is quiet: a real problem is still said, and still exit 1."""
    code, stderr = _reader_gone(home, ["show", "999999"])
    assert code == 1
    assert "999999" in stderr and stderr.count("\n") == 1
