"""Output for a pipe or a file (README: "Using rj in scripts"): `rj show` writes a header line,
a blank line and the text exactly as written (only what could steer a terminal is shown as a
symbol, as on the screen); the listings write one record a line, fields
between tabs, nothing cut, and their counts and hints go to stderr. --jsonl streams the
objects --json gives, one a line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from resilience_journal.config import Settings
from resilience_journal.entries import EntryOptions
from resilience_journal.journal import Journal
from resilience_journal.store import JournalStore
from tests.conftest import ON_SCREEN, ROOT, clock, ok

# A long first line, markup, a tab, lines indented and of only spaces, text in other
# scripts, a line longer than any screen, and no line break at the end (as rj keeps a body).
BODY = (
    "The morning started slowly, with rain on the window and a long list of small things "
    "that needed doing, none of them urgent. [bold]not markup[/bold] :fire:\n"
    "A tab\there,  two spaces, and `code`.\n"
    "   \n"
    "    an indented line\n"
    "Zürich, 東京, مرحبا — and an emoji 🌧.\n"
    "\n" + "word " * 60 + "\nLast line."
)
BOX = set("╭╮╰╯│─┌┐└┘├┤")


def run(home: Path, *args: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    """rj in a process of its own, as a script runs it: stdout a pipe (or a file)."""
    env = {**os.environ, "RJ_HOME": str(home), "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "resilience_journal", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        check=False,
    )


@pytest.fixture
def written(rj):
    ok(rj("write", BODY, "--title", "Rain", "--tag", "weather", "--tag", "home", "-m", "6"))
    ok(rj("write", "Short one."))
    ok(rj("write", "x" * 300 + " the end of a long line"))


def records(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines()]


def test_show_to_a_file_is_the_text_byte_for_byte(rj, rj_home, written, tmp_path):
    body = json.loads(ok(rj("show", "1", "--json")))["body"]
    assert body == BODY  # stored as written
    target = tmp_path / "entry.txt"
    with target.open("wb") as handle:
        done = run(rj_home, "show", "1", stdout=handle)
    assert done.returncode == 0 and done.stderr == b""
    header = "#1 · Rain · Wednesday 25 November 2026 · 21:30 · mood 6/10 · tags: home, weather"
    assert target.read_bytes() == (header + "\n\n" + BODY + "\n").encode("utf-8")
    assert not BOX & set(target.read_text(encoding="utf-8"))


def test_show_to_a_file_shows_escapes_as_symbols_as_the_screen_does(rj, rj_home, tmp_path):
    ok(rj("write", "an escape \x1b]0;pwned\x07 \x1b[31mRED\x1b[0m and a return\r here\nnext"))
    target = tmp_path / "entry.txt"
    with target.open("wb") as handle:
        assert run(rj_home, "show", "1", stdout=handle).returncode == 0
    text = target.read_text(encoding="utf-8")
    assert "\x1b" not in text and "\r" not in text
    assert text.endswith("\n\nan escape ␛]0;pwned␇ ␛[31mRED␛[0m and a return␍ here\nnext\n")
    exact = json.loads(ok(rj("show", "1", "--json")))["body"]
    assert exact.startswith("an escape \x1b]0;pwned\x07")  # --json keeps every character


def test_show_to_a_pipe_is_plain_and_on_a_terminal_is_the_panel(rj, written):
    piped = ok(rj("show", "2"))
    assert piped == "#2 · Wednesday 25 November 2026 · 21:30\n\nShort one.\n"
    screen = ok(rj("show", "2", env=ON_SCREEN))
    assert screen.splitlines()[0].startswith("╭") and "Short one." in screen


def test_list_to_a_pipe_is_one_record_a_line_nothing_cut(rj, written):
    result = rj("list")
    assert result.exit_code == 0 and result.stderr == ""
    assert records(result.stdout) == [
        ["3", "2026-11-25", "21:30", "", "", "x" * 300 + " the end of a long line"],
        ["2", "2026-11-25", "21:30", "", "", "Short one."],
        ["1", "2026-11-25", "21:30", "6", "home,weather", "Rain"],
    ]
    assert not BOX & set(result.stdout)


def test_a_listing_cut_short_says_so_on_stderr(rj, written):
    result = rj("list", "-n", "2")
    assert [fields[0] for fields in records(result.stdout)] == ["3", "2"]
    assert "Showing" not in result.stdout
    assert result.stderr == "Showing 2 of 3. Use -n to see more.\n"


def test_a_first_line_with_tabs_and_escapes_stays_one_record_of_six_fields(rj):
    ok(rj("write", "a\ttab and \x1b[31mred\x1b[0m on the first line\nsecond"))
    (fields,) = records(ok(rj("list")))
    assert len(fields) == 6
    assert fields[5] == "a tab and ␛[31mred␛[0m on the first line"


def test_search_to_a_pipe_gives_the_list_fields_and_the_words_around_the_match(rj, written):
    (fields,) = records(ok(rj("search", "rain")))
    assert fields[:6] == ["1", "2026-11-25", "21:30", "6", "home,weather", "Rain"]
    assert "rain on the window" in fields[6]
    nothing = rj("search", "snowfall")
    assert (nothing.stdout, nothing.exit_code) == ("", 0)
    assert nothing.stderr.startswith("Nothing matched.")


def test_wins_to_a_pipe(rj):
    ok(rj("values", "add", "health"))
    ok(rj("win", "walked to the shop", "--value", "health", "--date", "yesterday"))
    ok(rj("win", "drank water"))
    assert records(ok(rj("wins"))) == [
        ["2", "2026-11-25", "", "drank water"],
        ["1", "2026-11-24", "health", "walked to the shop"],
    ]
    cut = rj("wins", "-n", "1")
    assert len(records(cut.stdout)) == 1
    assert cut.stderr == "Showing 1 of 2. Use -n to see more.\n"


def add_reviews(home: Path, weeks: list[str]) -> None:
    home.mkdir(parents=True, exist_ok=True)
    store = JournalStore(home / "journal.db")
    journal = Journal(store, Settings())
    for week in weeks:
        journal.entries.add(f"Review of {week}.\nMore.", EntryOptions(review_week=week), clock())
    store.close()


def test_reviews_to_a_pipe(rj, rj_home):
    add_reviews(rj_home, ["2026-W45", "2026-W46", "2026-W47"])
    assert records(ok(rj("reviews"))) == [
        ["3", "2026-W47", "2026-11-25", "4", "Review of 2026-W47."],
        ["2", "2026-W46", "2026-11-25", "4", "Review of 2026-W46."],
        ["1", "2026-W45", "2026-11-25", "4", "Review of 2026-W45."],
    ]
    assert rj("reviews", "-n", "1").stderr == "Showing 1 of 3. Use -n to see more.\n"


def test_the_trash_to_a_pipe_names_each_record_s_kind(rj, written):
    ok(rj("win", "kept going"))
    ok(rj("delete", "2"))
    ok(rj("wins", "delete", "1"))
    result = rj("trash")
    assert records(result.stdout) == [
        ["entry", "2", "2026-11-25", "2026-11-25 21:30", "Short one."],
        ["win", "1", "2026-11-25", "2026-11-25 21:30", "kept going"],
    ]
    assert "`rj restore ID` brings an entry back." in result.stderr
    assert "`rj wins restore ID`" in result.stderr


@pytest.mark.parametrize(
    "args",
    [["list"], ["search", "the"], ["wins"], ["reviews"], ["list", "--tag", "home"]],
)
def test_jsonl_is_the_json_list_one_object_a_line(rj, rj_home, written, args):
    ok(rj("win", "kept going"))
    ok(rj("win", "asked for help"))
    add_reviews(rj_home, ["2026-W46"])
    whole = json.loads(ok(rj(*args, "--json")))
    lines = ok(rj(*args, "--jsonl")).splitlines()
    assert whole and [json.loads(line) for line in lines] == whole


def test_jsonl_streams_into_a_reader_that_stops_early(rj_home, rj):
    for n in range(30):
        ok(rj("write", f"entry {n}"))
    env = {**os.environ, "RJ_HOME": str(rj_home), "PYTHONPATH": str(ROOT / "src")}
    rj_list = subprocess.Popen(
        [sys.executable, "-m", "resilience_journal", "list", "--jsonl"],
        stdout=subprocess.PIPE,
        env=env,
    )
    assert rj_list.stdout is not None
    first = json.loads(rj_list.stdout.readline())
    rj_list.stdout.close()
    rj_list.wait(timeout=20)
    assert first["body"] == "entry 29"


def test_jsonl_escapes_what_could_steer_a_terminal(rj):
    ok(rj("write", "bidi \u202e and C1 \u009b here"))
    (line,) = ok(rj("list", "--jsonl")).splitlines()
    assert "\u202e" not in line and "\u009b" not in line
    assert json.loads(line)["body"] == "bidi \u202e and C1 \u009b here"


def test_json_and_jsonl_together_is_a_usage_error(rj):
    result = rj("list", "--json", "--jsonl")
    assert result.exit_code == 2
    assert "--json and --jsonl are two shapes of the same list; choose one." in result.stderr


def test_search_says_on_stderr_when_there_are_more_matches_than_it_shows(rj):
    for n in range(1, 5):
        ok(rj("write", f"Tea with friends, time {n}."))
    shown = rj("search", "tea", "-n", "2")
    assert len(shown.stdout.splitlines()) == 2  # the records alone
    assert shown.stderr.strip() == "Showing the best 2 of 4. Add -n 4 to see them all."
    every = rj("search", "tea", "-n", "4")
    assert len(every.stdout.splitlines()) == 4 and every.stderr == ""
    on_screen = rj("search", "tea", "-n", "2", env=ON_SCREEN)
    assert "Showing the best 2 of 4." in on_screen.stdout  # under the screen's matches
