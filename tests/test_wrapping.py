"""Every line of our prose on the terminal is wrapped between words, never inside one nor
inside a `command`: the check-in, the crisis menu, the intros to values, goals and
experiments, and the writing timer, at 60 and 80 columns, on a real terminal (TERM=xterm,
so Rich honours COLUMNS as the terminal does).

Each line on the screen is checked against the words of the source: every word on it is a
whole word of our strings (the messages, the prompts, the crisis lines) or of what was
typed; a line is never wider than the terminal (the terminal would cut it mid-word); and a
backticked command is never split across lines."""

from __future__ import annotations

import ast
import calendar
import csv
import re
from functools import cache
from pathlib import Path

import pytest

from resilience_journal.text import fit
from tests.conftest import ROOT, run_in_pty

SOURCE = ROOT / "src" / "resilience_journal"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
WORD = re.compile(r"[^\W\d_]+")  # a run of letters: what a mid-word break would cut


@cache
def source_words() -> frozenset[str]:
    """The words of every sentence rj can print: the string literals (the parts of f-strings
    too, never docstrings) of the modules that word and draw what the terminal shows and of
    the domain, the prompt packs and the crisis lines."""
    words: set[str] = set()
    modules = [
        *(SOURCE / "messages").glob("*.py"),
        *(SOURCE / "cli").glob("*.py"),
        *(SOURCE / "render").glob("*.py"),
        *(SOURCE / "safety").glob("*.py"),
        *SOURCE.glob("*.py"),  # the domain: starter values, grounding steps, the timer
    ]
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) not in docstrings and "\\" not in node.value:  # not a pattern
                    words.update(WORD.findall(node.value))
    for path in (ROOT / "prompts").glob("*.yaml"):
        words.update(WORD.findall(path.read_text(encoding="utf-8")))
    with (SOURCE / "safety" / "contacts.csv").open(encoding="utf-8") as handle:
        for row in csv.reader(handle):
            words.update(WORD.findall(" ".join(row)))
    names = (*calendar.day_name, *calendar.month_name)  # shown cut short: Tue 1 Dec
    return frozenset(words | {name[:3] for name in names})


def shown_lines(output: str) -> list[str]:
    return [ANSI.sub("", line).rstrip() for line in output.split("\n")]


def check_wrapping(output: str, columns: int, typed: tuple[str, ...] = ()) -> None:
    known = source_words() | {word for text in typed for word in WORD.findall(text)}
    lines = shown_lines(output)
    problems = []
    for number, line in enumerate(lines):
        mine = line
        for answer in typed:  # an answer echoed after its question is the person's
            if answer and mine.endswith(" " + answer):
                mine = mine[: -len(answer) - 1]
        if len(mine) > columns:
            problems.append(f"wider than {columns}: {line!r}")
        for word in WORD.findall(mine):
            if word not in known:
                problems.append(f"{word!r} is not a whole word: {line!r}")
        if mine.count("`") % 2:
            problems.append(f"a command split across lines: {line!r}")
        if number + 1 < len(lines):
            tail, head = WORD.findall(mine)[-1:], WORD.findall(lines[number + 1])[:1]
            if tail and head and line[-1:].isalpha() and lines[number + 1][:1].isalpha():
                joined = tail[0] + head[0]
                if joined in known and not (tail[0] in known and head[0] in known):
                    problems.append(f"{joined!r} broken over two lines at {line!r}")
    assert not problems, "\n".join(problems) + "\n\n" + "\n".join(lines)


def on_terminal(env: dict[str, str], columns: int, **settings: str) -> dict[str, str]:
    config = Path(env["RJ_HOME"]) / "config.yaml"
    settings = {"check_in": "off", "ask_mood": "off", **settings}
    config.write_text(
        "".join(f"{key}: '{value}'\n" for key, value in settings.items()), encoding="utf-8"
    )
    return dict(env, COLUMNS=str(columns), TERM="xterm", RJ_PAGER="cat", PAGER="cat")


COLUMNS = pytest.mark.parametrize("columns", [60, 80])


@COLUMNS
def test_the_check_in_and_the_crisis_menu(pty_env, columns):
    env = on_terminal(pty_env, columns, check_in="on", ask_mood="off")
    ran = run_in_pty(
        ["write"],
        env=env,
        keys=[
            "Enter skips.",
            b"9\n",
            "when you are ready:",
            b"3\n",
            "Anything else?",
            0.5,
            b"2\n",
            "write one.",
            0.5,
            b"1\n",
            "go back:",
            b"\n",
            0.8,
            b"\n",
            0.5,
            b"\x04",
            "feel now",
            0.5,
            b"\n",
            0.8,
            b"\n",
            "typed as a draft.",
            0.3,
            b"a line\n",
            0.3,
            b"\x04",
        ],
        timeout=40,
    )
    assert ran.exit_code == 0, ran.output
    output = ran.output
    for seen in ("That sounds like a lot", "People you can reach now", "Orientation to now"):
        assert seen in output
    check_wrapping(output, columns, typed=("9", "3", "2", "1", "a line"))


@COLUMNS
def test_choosing_values_and_rating_them(rj, pty_env, columns):
    env = on_terminal(pty_env, columns)
    chosen = run_in_pty(["values"], env=env, keys=["Enter skips.", 0.3, b"1, 2\n"])
    assert chosen.exit_code == 0, chosen.output
    check_wrapping(chosen.output, columns, typed=("1, 2",))
    rated = run_in_pty(
        ["values", "rate"],
        env=env,
        keys=["?", 0.3, b"8\n", 0.5, b"5\n", 0.5, b"\x04", 0.5, b"\x04"],
    )
    assert rated.exit_code == 0, rated.output
    check_wrapping(rated.output, columns, typed=("8", "5"))


@COLUMNS
def test_the_goal_walk(rj, pty_env, columns):
    env = on_terminal(pty_env, columns)
    ran = run_in_pty(
        ["goals", "add", "swim once a week"],
        env=env,
        keys=["saves nothing.", 0.3, b"swim twice\n", 0.5, b"\n", 0.5, b"\x04"],
    )
    assert ran.exit_code == 0, ran.output
    assert "shape the goal" in ran.output
    check_wrapping(ran.output, columns, typed=("swim twice", "swim once a week"))


@COLUMNS
def test_the_experiment_walk(rj, pty_env, columns):
    env = on_terminal(pty_env, columns)
    ran = run_in_pty(
        ["experiment", "start", "tea not coffee"],
        env=env,
        keys=["saves nothing.", 0.3, b"I sleep\n", 0.5, b"\x04"],
    )
    assert ran.exit_code == 0, ran.output
    check_wrapping(ran.output, columns, typed=("I sleep", "tea not coffee"))


@COLUMNS
def test_the_writing_timer(rj, pty_env, columns):
    env = on_terminal(pty_env, columns)
    ran = run_in_pty(
        ["write", "--timer", "1"],
        env=env,
        keys=["typed as a draft.", 0.3, b"a line\n", 0.5, b"\x04"],
    )
    assert ran.exit_code == 0, ran.output
    assert "Timer: 1 min." in ran.output
    check_wrapping(ran.output, columns, typed=("a line",))


def test_the_check_finds_a_word_broken_in_two():
    """The checker itself: a line cut inside a word or a command is caught."""
    with pytest.raises(AssertionError, match="not a whole word"):
        check_wrapping("If this is a very hard moment, people to r\neach now.", 60)
    with pytest.raises(AssertionError, match="command split"):
        check_wrapping("and `rj config\nset check_in off` stops it.", 60)
    with pytest.raises(AssertionError, match="wider than 60"):
        check_wrapping("word " * 20, 60)
    check_wrapping("If this is a very hard moment,\n`rj help-now` has people to reach.", 60)


def test_an_item_of_a_list_wraps_under_its_text_not_its_dash():
    line = "  - If you choose to, you might name what happened, in as few words as feel right."
    assert fit(line, 40).splitlines() == [
        "  - If you choose to, you might name",
        "    what happened, in as few words as",
        "    feel right.",
    ]
