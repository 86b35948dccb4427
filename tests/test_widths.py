"""Screens at every width, from 60 to 200 columns: what gives way is the person's long text
(a headline, a title), never the day, the mood or the facts under an entry or a prompt.

Screens that a script might read (show, the listings) are looked at on a real terminal
(a pty with TERM=xterm, so Rich honours COLUMNS), as a person sees them."""

from __future__ import annotations

import html
import json
import re

import pytest

from tests.conftest import ok, run_in_pty

LONG = (
    "A very long headline about the day and everything that happened in it, "
    "from the early train to the late phone call with my sister"
)
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def screen(env: dict[str, str], columns: int, *args: str) -> list[str]:
    """The lines rj draws on a terminal `columns` wide, without colour or padding."""
    shown = dict(env, COLUMNS=str(columns), TERM="xterm", RJ_PAGER="cat", PAGER="cat")
    ran = run_in_pty(list(args), env=shown)
    assert ran.exit_code == 0, ran.output
    return [ANSI.sub("", line).rstrip() for line in ran.output.splitlines()]


def fits(lines: list[str], columns: int) -> None:
    too_wide = [line for line in lines if len(line) > columns]
    assert not too_wide, f"wider than {columns} columns: {too_wide}"


# the weekly review's entries ---------------------------------------------------------------


@pytest.fixture
def week_with_a_long_headline(rj) -> None:
    ok(rj("write", "--date", "2026-11-18", "--mood", "7", LONG))
    ok(rj("write", "--date", "2026-11-19", "--mood", "3", "short one"))


@pytest.mark.parametrize("columns", [60, 80, 100, 200])
def test_the_review_keeps_the_day_and_the_mood_at_every_width(
    rj, week_with_a_long_headline, columns
):
    shown = ok(rj("review", "--week", "2026-W47", "--no-write", env={"COLUMNS": str(columns)}))
    lines = shown.splitlines()
    fits(lines, columns)
    first = next(line for line in lines if "A very long headline" in line)
    second = next(line for line in lines if "short one" in line)
    assert first.lstrip().startswith("Wed 18 Nov  A very long headline")
    assert first.endswith("mood 7")
    assert second.lstrip().startswith("Thu 19 Nov  short one")
    assert second.endswith("mood 3")
    if columns < 150:  # the headline is what gives way
        assert "…" in first and "sister" not in first
    assert "Wed…" not in shown


def test_the_review_pictures_keep_the_day_and_the_mood(rj, week_with_a_long_headline, tmp_path):
    svg, page = tmp_path / "review.svg", tmp_path / "review.html"
    ok(rj("review", "--week", "2026-W47", "--save-svg", str(svg), "--save-html", str(page)))
    for path in (svg, page):
        text = html.unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))
        text = text.replace("\xa0", " ")
        assert "Wed 18 Nov" in text and "Thu 19 Nov" in text, path.name
        assert "mood 7" in text and "mood 3" in text, path.name
        assert "Wed…" not in text and "Thu…" not in text, path.name


# one entry, one prompt: the facts under them are never cut -----------------------------------


@pytest.fixture
def tagged_entry(rj) -> str:
    for value in ("courage", "compassion", "family connection"):
        ok(rj("values", "add", value))
    prompt = json.loads(ok(rj("prompts", "list", "--json")))[0]["id"]
    ok(
        rj(
            "write",
            "--mood", "6",
            "--tag", "sleep", "--tag", "family", "--tag", "work-stress",
            "--value", "courage", "--value", "compassion", "--value", "family connection",
            "--prompt", prompt,
            "--title", "A day",
            "Some text here that is the body of the entry.",
        )
    )  # fmt: skip
    return prompt


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_show_never_cuts_the_facts_under_an_entry(rj, pty_env, tagged_entry, columns):
    lines = screen(pty_env, columns, "show", "1")
    fits(lines, columns)
    facts = " ".join(" ".join(lines[lines.index(next(x for x in lines if "╰" in x)) :]).split())
    for fact in (
        "#1",
        "Wednesday 25 November 2026",
        "21:30",
        "mood 6/10",
        "tags: family, sleep, work-stress",
        "values: compassion, courage, family connection",
        f"prompt: {tagged_entry}",
    ):
        assert fact in facts, (fact, lines)
    assert "Some text here that is the body of the entry." in " ".join(lines)


def test_show_keeps_short_facts_on_the_panels_edge(rj, pty_env):
    ok(rj("write", "Short."))
    lines = screen(pty_env, 80, "show", "1")
    edge = next(line for line in lines if "╰" in line)
    assert "#1 · Wednesday 25 November 2026 · 21:30" in edge and edge.endswith("╯")


@pytest.mark.parametrize("columns", [60, 80])
def test_another_prompt_keeps_its_footer_whole(rj, pty_env, columns):
    lines = screen(pty_env, columns, "prompt", "--another")
    fits(lines, columns)
    joined = " ".join(" ".join(lines).split())
    found = re.search(r"`rj write --prompt ([\w.-]+)` writes to this one\.", joined)
    assert found, lines
    command = next(line for line in lines if "`rj write --prompt" in line)
    assert command.count("`") == 2  # the command is on one line, never split
    assert json.loads(ok(rj("prompts", "show", found.group(1), "--json")))["id"] == found.group(1)


# goals and experiments: titles keep their room -------------------------------------------------

GOAL = "Call my sister every Sunday evening to talk about the week"
EXPERIMENT = "Ten minutes of stretching before bed with no phone nearby"


@pytest.fixture
def plans(rj) -> None:
    ok(rj("values", "add", "family connection"))
    ok(rj("goals", "add", "--value", "family connection", "--by", "2026-12-20", GOAL))
    ok(rj("goals", "add", "--by", "2027-02-14", "Walk"))
    ok(rj("experiment", "start", "--days", "14", EXPERIMENT))
    ok(rj("experiment", "start", "--days", "60", "Tea"))
    ok(rj("experiment", "close", "2", "--outcome", "not-this-time"))


def title_rows(lines: list[str], first_word: str) -> str:
    """The title column of a row that starts with `first_word`, and of the lines under it."""
    start = next(n for n, line in enumerate(lines) if f"   {first_word} " in line)
    column = lines[start].index(first_word)
    cells = [lines[start][column:].split("   ")[0]]
    for line in lines[start + 1 :]:
        if line[:column].strip():
            break
        cells.append(line[column:].split("   ")[0])
    return " ".join(" ".join(cells).split())


def room(lines: list[str], title: str, after: str) -> int:
    """How wide the title column is, from the table's heading."""
    heading = next(line for line in lines if line.startswith("id ") and f" {title} " in line)
    return heading.index(f" {after}") - heading.index(f" {title} ") - 3


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_goal_titles_are_never_cut(rj, pty_env, plans, columns):
    lines = screen(pty_env, columns, "goals", "list")
    fits(lines, columns)
    assert GOAL in title_rows(lines, "Call")
    assert "…" not in "\n".join(lines)
    assert room(lines, "goal", "state") >= 20  # the title keeps its room
    first = next(line for line in lines if "Call my sister" in line)
    day = "Sun 20 Dec" if columns >= 120 else "20 Dec"
    assert day in first and "active" in first
    assert "family connection" in "\n".join(lines)


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_experiment_titles_are_never_cut(rj, pty_env, plans, columns):
    lines = screen(pty_env, columns, "experiments")
    fits(lines, columns)
    assert EXPERIMENT in title_rows(lines, "Ten")
    assert room(lines, "experiment", "days") >= 20
    joined = " ".join(" ".join(lines).split())
    assert "day 1 of 14" in joined and "0 of 14" in joined
    assert "closed: not" in joined  # the state wraps in a narrow column, never cut
    assert "…" not in joined
