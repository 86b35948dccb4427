"""rj write through the real CLI: inline text, stdin, options, and bad input."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests.conftest import listed, today


def test_inline_text_is_saved_with_its_options(rj, entries):
    result = rj(
        "write",
        "Walked to the river.",
        "--title",
        "Evening",
        "--tag",
        "walks",
        "--tag",
        "#outside",
        "--mood",
        "6",
        "--prompt",
        "appreciation.small-things",
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"Saved entry 1 for {today().isoformat()} (4 words)."
    (row,) = entries()
    assert row["body"] == "Walked to the river."
    assert row["title"] == "Evening"
    assert row["mood"] == 6
    assert row["prompt_id"] == "appreciation.small-things"
    assert row["day"] == today().isoformat()
    assert len(row["uuid"]) == 36
    (shown,) = listed(rj)
    assert shown["tags"] == ["outside", "walks"]


def test_dash_reads_standard_input_exactly(rj, entries):
    text = "First line\n\n  indented second paragraph\nwith \ttab\n"
    result = rj("write", "-", input=text)
    assert result.exit_code == 0, result.output
    assert entries()[0]["body"] == text.rstrip()


def test_no_text_and_no_terminal_reads_the_pipe(rj, entries):
    result = rj("write", input="piped words")
    assert result.exit_code == 0, result.output
    assert entries()[0]["body"] == "piped words"


@pytest.mark.parametrize("text", ["", "   \n\n\t"])
def test_empty_text_saves_nothing_and_says_so(rj, entries, text):
    result = rj("write", "-", input=text)
    assert result.exit_code == 1
    assert "Nothing was saved: the entry was empty." in result.stderr
    assert entries() == []


@pytest.mark.parametrize(
    ("when", "days_back"),
    [("yesterday", 1), ("3 days ago", 3), ("a week ago", 7), ("today", 0)],
)
def test_back_fill_with_relative_dates(rj, entries, when, days_back):
    assert rj("write", "Back-filled", "--date", when).exit_code == 0
    assert entries()[0]["day"] == (today() - timedelta(days=days_back)).isoformat()


def test_back_fill_with_an_iso_date(rj, entries):
    assert rj("write", "Then", "--date", "2025-03-09").exit_code == 0
    assert entries()[0]["day"] == "2025-03-09"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "tomorow"], "That date could not be read: 'tomorow'."),
        (["--date", "tomorrow"], "That date is in the future: 'tomorrow'"),
        (["--date", "2026-13-45"], "That date could not be read: '2026-13-45'."),
        (["--mood", "11"], "Mood is a whole number from 0 (lowest) to 10 (best); got '11'."),
        (["--mood", "-1"], "Mood is a whole number from 0 (lowest) to 10 (best); got '-1'."),
        (["--mood", "calm"], "Mood is a whole number from 0 (lowest) to 10 (best); got 'calm'."),
        (["--tag", "two words"], "A tag is one word"),
        (["--tag", ""], "A tag is one word"),
        (["--title", "x" * 201], "A title can be up to 200 characters, not 201."),
        (["--title", "two\nlines"], "A title is a single line."),
        (["--prompt", "no spaces please"], "A prompt id is a short name"),
    ],
)
def test_bad_options_give_one_clear_line_and_save_nothing(rj, entries, args, message):
    result = rj("write", "Some private words", *args)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert message in lines[0]
    assert lines[0].endswith("Nothing was saved.")
    assert "Traceback" not in result.output
    assert "private words" not in result.output  # entry text never appears in errors
    assert entries() == []


def test_bad_date_error_shows_examples(rj):
    result = rj("write", "x", "--date", "tomorow")
    assert "Try 'today', 'yesterday', '3 days ago', 'last friday', 'nov 20' or 2026-11-20." in (
        result.stderr
    )


def test_markup_and_escape_sequences_are_printed_literally(rj):
    text = "I said [bold]no[/bold] and [/] meant it \x1b[31mred\x1b[0m \x07bell"
    assert rj("write", text, "--title", "[red]boundary[/red]").exit_code == 0
    shown = rj("show", "1")
    assert shown.exit_code == 0
    assert "[bold]no[/bold] and [/] meant it" in shown.stdout
    assert "[red]boundary[/red]" in shown.stdout
    assert "\x1b" not in shown.stdout and "\x07" not in shown.stdout
    assert "␛[31mred␛[0m ␇bell" in shown.stdout
    listing = rj("list")
    assert "[bold]no[/bold]" not in listing.stdout  # the title is shown instead
    assert "[red]boundary[/red]" in listing.stdout
    assert "\x1b" not in listing.stdout
    # JSON keeps the text exactly, escaped the JSON way
    assert json.loads(rj("show", "1", "--json").stdout)["body"] == text


def test_text_is_never_interpreted_in_today_or_search(rj):
    rj("write", "[bold]brave[/bold] \x1b]0;title\x07 step")
    today_screen = rj("today").stdout
    assert "[bold]brave[/bold]" in today_screen
    assert "\x1b" not in today_screen
    found = rj("search", "brave").stdout
    assert "[bold]brave[/bold]" in found
    assert "\x1b" not in found


def test_write_help_mentions_shell_history(rj):
    result = rj("write", "--help")
    assert result.exit_code == 0
    assert "shell history" in " ".join(result.stdout.split())


def test_text_is_rescued_to_a_private_file_when_the_journal_refuses_it(rj, rj_home, entries):
    import sqlite3
    import stat

    rj("write", "first")
    conn = sqlite3.connect(rj_home / "journal.db")
    conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON entries BEGIN SELECT RAISE(ABORT, 'full'); END"
    )
    conn.commit()
    conn.close()
    result = rj("write", "-", input="Words that must not be lost")
    assert result.exit_code == 1
    assert "The journal could not save this right now." in result.stderr
    assert "Words that must not be lost" not in result.stderr
    (rescued,) = rj_home.glob("rescued-*.txt")
    assert rescued.read_text() == "Words that must not be lost"
    assert stat.S_IMODE(rescued.stat().st_mode) == 0o600
    assert str(rescued) in result.stderr
    assert [row["body"] for row in entries()] == ["first"]


def test_unquoted_words_are_one_entry(rj, entries):
    result = rj("write", "I", "feel", "awful", "today", "--mood", "2")
    assert result.exit_code == 0
    assert entries()[0]["body"] == "I feel awful today"


def test_resume_with_text_is_refused(rj, entries):
    result = rj("write", "--resume", "some text")
    assert result.exit_code == 1
    assert "leave out the text" in result.stderr and "some text" not in result.stderr
    assert entries() == []


@pytest.mark.parametrize("value", ["²", "99999999999999999999", "٣"])
def test_unusual_numbers_are_refused_kindly(rj, entries, value):
    result = rj("write", "x", "--mood", value)
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("Mood is a whole number from 0 (lowest) to 10 (best)")
    for command in ("show", "delete", "restore"):
        shown = rj(command, value)
        assert shown.exit_code == 1
        assert "An entry id is a number" in shown.stderr
    assert entries() == []


def test_text_that_is_not_utf8_is_kept_with_replacement_characters(tmp_path, rj_home):
    import os
    import subprocess
    import sys

    env = {**os.environ, "RJ_HOME": str(rj_home)}
    argv = [sys.executable.encode(), b"-m", b"resilience_journal", b"write", b"caf\xe9 time"]
    result = subprocess.run(argv, env=env, capture_output=True)
    assert result.returncode == 0, result.stderr
    out = subprocess.run(
        [sys.executable, "-m", "resilience_journal", "list", "--json"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert json.loads(out.stdout)[0]["body"] == "caf\ufffd time"


def test_json_never_carries_raw_terminal_controls(rj):
    text = "c1 \x9b31m and bidi \u202eevil\u202c and esc \x1b[2J"
    rj("write", text)
    out = rj("list", "--json").stdout
    for raw in ("\x9b", "\u202e", "\x1b"):
        assert raw not in out
    assert "\\u009b" in out and "\\u202e" in out and "\\u001b" in out
    assert json.loads(out)[0]["body"] == text


def test_user_text_in_trash_settings_and_errors_is_literal(rj):
    rj("write", "[b]x[/b] \x1b[1m")
    rj("delete", "1")
    trash = rj("trash").stdout
    assert "[b]x[/b] ␛[1m" in trash and "\x1b" not in trash
    rj("config", "set", "editor", "[red]vim[/red]")
    assert "[red]vim[/red]" in rj("config", "show").stdout
    error = rj("write", "x", "--tag", "\x1b[31mred")
    assert "\x1b" not in error.stderr and "\\x1b[31mred" in error.stderr
