"""The writing timer, when the time is up: finish the sentence, stop and land; and how to
go on writing for whoever wants to."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from resilience_journal.messages import timer as words
from resilience_journal.timer import Timer
from tests.conftest import run_in_pty, typing, unwrapped

WRITE = "typed as a draft."  # the end of the line that asks for typing

# Run in the child before rj starts (Python imports `sitecustomize` from PYTHONPATH): the
# clock moves ten minutes each time rj reads it, so a one-minute timer runs out after the
# first line typed, without the test waiting a minute.
FAST_CLOCK = """\
import os
import sys
from datetime import datetime, timedelta

import resilience_journal.cli.app

app = sys.modules["resilience_journal.cli.app"]  # the module (the package's `app` is the CLI)

_start = datetime.fromisoformat(os.environ["RJ_NOW"]).astimezone()
_reads = [0]


def now():
    _reads[0] += 1
    return _start + timedelta(minutes=10 * _reads[0])


app.now = now
"""


def test_time_up_suggests_stopping_and_landing():
    start = datetime(2026, 11, 23, 21, 0, tzinfo=UTC)
    timer = Timer(start, 20)
    said = timer.said_now(start + timedelta(minutes=20))
    assert said is not None
    lines = said.splitlines()
    assert lines[0] == "That is the time you set."
    assert "finish your sentence and stop there" in said
    assert "Ctrl-D on a new line saves it." in lines
    assert "take a slow breath, and look around the room." in said
    assert lines[-1] == "To write more, carry on typing; the timer stays quiet now."
    assert "keep writing" not in said.lower()
    assert all(len(line) <= 60 for line in words.TIME_UP)  # never wrapped at 60 columns
    assert timer.said_now(start + timedelta(minutes=40)) is None  # and quiet from then on


def test_at_the_terminal_time_up_comes_after_a_line_and_writing_can_go_on(
    pty_env, tmp_path: Path, rj
):
    (tmp_path / "fast-clock").mkdir()
    (tmp_path / "fast-clock" / "sitecustomize.py").write_text(FAST_CLOCK, encoding="utf-8")
    pty_env["PYTHONPATH"] = f"{tmp_path / 'fast-clock'}:{pty_env['PYTHONPATH']}"
    pty_env["EDITOR"] = ""
    keys = [WRITE, b"The first line.\n", "the timer stays quiet now."]
    keys += typing("One more line after all.\n")
    result = run_in_pty(["write", "--timer", "1"], env=pty_env, keys=keys)
    assert result.exit_code == 0, result.output
    screen = result.output
    for line in words.TIME_UP:
        assert line in screen.splitlines()
    assert screen.index("The first line.") < screen.index("That is the time you set.")
    assert screen.index("That is the time you set.") < screen.index("One more line after all.")
    assert "Saved entry" in unwrapped(screen)
    assert screen.count("That is the time you set.") == 1
    (entry,) = json.loads(rj("list", "--json").stdout)
    assert entry["body"] == "The first line.\nOne more line after all."
