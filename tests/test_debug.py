"""A bug in rj: one calm line and exit 70 (not 1, which is for what a person can fix);
with `--debug` or RJ_DEBUG=1, a traceback for a bug report, said to be one. Never the
entry's words, though the error's own message may quote them.

The bug is a real one rj can meet: a journal whose entry has a time that is not a time
(another program wrote it, say). Python's error then quotes the value: here, a person's
words.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from resilience_journal.errors import JournalError, bug_report
from tests.conftest import ROOT

SENTINEL = "Heron-lantern-8812"  # a person's words: never in what rj says about a bug
HEADING = "The traceback for a bug report follows"


@pytest.fixture
def broken(rj, rj_home):
    """A journal with one entry whose time holds the person's words."""
    assert rj("write", f"{SENTINEL} in the text too.").exit_code == 0
    conn = sqlite3.connect(rj_home / "journal.db")
    with conn:
        conn.execute("UPDATE entries SET created_at = ?", (f"{SENTINEL} at noon",))
    conn.close()


def test_a_bug_is_one_calm_line_and_exit_70(rj, broken):
    for args in (["list"], ["show", "1"]):
        result = rj(*args)
        assert result.exit_code == 70, result.output
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert "rj stopped on a bug of its own (ValueError)" in lines[0]
        assert "rj --debug" in lines[0]
        assert SENTINEL not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "how", [(["--debug"], {}), ([], {"RJ_DEBUG": "1"})], ids=["--debug", "RJ_DEBUG=1"]
)
def test_debug_shows_the_traceback_without_the_words(rj, broken, how):
    options, env = how
    result = rj(*options, "show", "1", env=env)
    assert result.exit_code == 70
    said = result.stderr
    assert said.index(HEADING) < said.index("Traceback (most recent call last):")
    assert 'resilience_journal/dates.py", line' in said  # where it happened
    assert "datetime.fromisoformat(stamp)" in said  # the line of code, not its values
    assert said.rstrip().endswith("rj --debug ...`.")  # then the calm line, last
    assert "\nValueError\n" in said  # the kind of error, without its message
    assert SENTINEL not in said
    assert "Invalid isoformat" not in said  # Python's message, which quotes the value


def test_rj_debug_off_and_no_bug(rj, broken):
    result = rj("show", "1", env={"RJ_DEBUG": "0"})
    assert (result.exit_code, HEADING in result.stderr) == (70, False)
    assert rj("--debug", "where").exit_code == 0  # --debug changes nothing without a bug
    assert "--debug" in rj("--help").stdout


def test_a_bug_in_a_real_process_prints_no_traceback_of_python_own(rj_home, broken):
    """Through the console entry point: nothing else (Typer's or Python's hook) prints a
    traceback with the message in it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for debug in ([], ["--debug"]):
        done = subprocess.run(
            [sys.executable, "-m", "resilience_journal", *debug, "list"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 70, done.stderr
        assert SENTINEL not in done.stderr + done.stdout
        assert done.stderr.count("Traceback") == (1 if debug else 0)


def test_the_report_keeps_our_own_messages_and_no_one_elses():
    """In a chain of errors, a JournalError's message is shown (it is written to be safe);
    any other error's is not, nor anything of the values the code held."""
    try:
        try:
            raise JournalError("That date could not be read.")
        except JournalError as ours:
            secret = SENTINEL
            raise KeyError(secret) from ours
    except KeyError as err:
        report = bug_report(err)
    assert report.count("Traceback (most recent call last):") == 2
    assert "resilience_journal.errors.JournalError: That date could not be read." in report
    assert report.rstrip().endswith("\nKeyError")
    assert "The error above led to this one" in report
    assert SENTINEL not in report
