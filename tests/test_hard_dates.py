"""Dates that are hard (`rj dates`): marked through the real CLI, and what changes around them
on the home screen and in the prompts, with RJ_NOW inside and outside a window."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from resilience_journal.hard_dates import HardDate, days_covered, near_hard_date, on_hard_date
from resilience_journal.prompting.depth import HARD_DAY_CATEGORIES
from tests.conftest import ON_SCREEN, ok, rows, run_in_pty, unwrapped

QUIET_LINE = "Today may carry weight. Go as gently as you like; `rj help-now` has people to reach"


def at(rj, when: str, *args: str, **kwargs):
    """rj at another moment (RJ_NOW)."""
    env = {**kwargs.pop("env", {}), "RJ_NOW": when}
    return rj(*args, env=env, **kwargs)


def as_json(rj, when: str, *args: str):
    return json.loads(ok(at(rj, when, *args, "--json")))


def mark(rj, *args: str) -> dict:
    return json.loads(ok(rj("dates", "add", *args, "--json")))


# Marking, listing, removing ---------------------------------------------------------------


def test_a_date_without_a_year_comes_back_every_year(rj):
    first = mark(rj, "12 March", "the day of the fire")
    second = mark(rj, "03-12", "--window", "0")
    assert {k: first[k] for k in ("month", "day", "year", "once", "window", "next")} == {
        "month": 3,
        "day": 12,
        "year": None,
        "once": False,
        "window": 7,
        "next": "2027-03-12",
    }
    assert (second["month"], second["day"], second["year"], second["window"]) == (3, 12, None, 0)
    listed = json.loads(ok(rj("dates", "list", "--json")))
    assert [d["id"] for d in listed] == [1, 2]
    assert listed[0]["what"] == "the day of the fire"
    keys = {"id", "uuid", "month", "day", "year", "once", "what", "window", "next"}
    assert set(listed[0]) == keys
    assert json.loads(ok(rj("dates", "--json"))) == listed


def test_a_full_date_recurs_unless_once(rj):
    yearly = mark(rj, "2019-06-01")
    once = mark(rj, "2027-01-04", "surgery", "--once")
    past = mark(rj, "2020-01-01", "--once")
    assert (yearly["year"], yearly["once"], yearly["next"]) == (2019, False, "2027-06-01")
    assert (once["year"], once["once"], once["next"]) == (2027, True, "2027-01-04")
    assert past["next"] is None  # happened once, and is past
    said = rj("dates", "add", "2019-06-01")
    assert "Marked 1 June 2019, every year (id 4)." in unwrapped(said.stderr)


def test_the_list_on_screen_shows_words_as_typed_at_60_columns(rj):
    ok(rj("dates", "add", "2 December", "[bold]not markup[/bold]"))
    ok(rj("dates", "add", "2027-01-04", "--once", "--window", "0"))
    shown = ok(rj("dates", env={**ON_SCREEN, "COLUMNS": "60"}))
    assert "[bold]not markup[/bold]" in shown
    assert "2 December, every year · 7 days either side" in unwrapped(shown)
    assert "4 January 2027, once · that day only · next Mon 4 Jan 2027" in unwrapped(shown)
    assert all(len(line) <= 60 for line in shown.splitlines())


def test_nothing_marked_says_how(rj):
    ok(rj("write", "A line."))
    assert "No dates marked." in ok(rj("dates")) + rj("dates").stderr


def test_remove_says_it_plainly(rj, rj_home: Path):
    mark(rj, "2 December")
    result = rj("dates", "remove", "1")
    assert result.exit_code == 0
    assert "Removed date 1 (2 December, every year)." in unwrapped(result.stderr)
    assert rows(rj_home, "hard_dates") == []
    again = rj("dates", "remove", "1")
    assert again.exit_code == 1
    assert "There is no marked date 1. `rj dates` lists them. Nothing was changed." in unwrapped(
        again.stderr
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["12 March", "--once"], "--once needs a date with its year"),
        (["12 March", "--window", "61"], "--window is a number of days from 0 to 60; got 61."),
        (["12 March", "--window", "-1"], "got -1"),
        (["13-03"], "That date could not be read: '13-03'."),
        (["12 March", "SECRET " * 40], "What the date is fits in 200 characters"),
        (["12 March", "SECRET\nline two"], "What the date is, if you add it, fits on one line."),
        (["the day SECRET died", "03-12"], "The day goes first, then your words"),  # swapped
    ],
)
def test_refusals_save_nothing_and_never_quote_the_words(rj, rj_home: Path, args, said):
    ok(rj("write", "A line."))
    result = rj("dates", "add", *args)
    assert result.exit_code == 1
    assert said in unwrapped(result.stderr)
    assert "Nothing was saved." in result.stderr
    assert "SECRET" not in result.stderr + result.stdout
    assert rows(rj_home, "hard_dates") == []


def test_a_bad_id_changes_nothing(rj):
    mark(rj, "2 December")
    result = rj("dates", "remove", "two")
    assert result.exit_code == 1
    assert "A date's id is a number" in result.stderr
    assert len(json.loads(ok(rj("dates", "--json")))) == 1


# What changes around a marked date ---------------------------------------------------------


def test_on_the_day_the_home_screen_says_one_quiet_line_and_brings_nothing_back(rj):
    ok(rj("win", "walked by the river", "--date", "2025-12-02"))
    mark(rj, "2 December")
    on_the_day = "2026-12-02T09:00:00"
    shown = unwrapped(ok(at(rj, on_the_day, "today", env=ON_SCREEN)))
    assert shown.startswith(QUIET_LINE)
    assert shown.count("Today may carry weight") == 1
    assert "Good morning" not in shown
    assert "On this day" not in shown and "walked by the river" not in shown
    data = as_json(rj, on_the_day, "today")
    assert data["on_this_day"] is None
    assert data["hard_date"] == {"id": 1, "today": True}


def test_within_the_window_looking_back_pauses_without_the_line(rj):
    ok(rj("win", "walked by the river", "--date", "2025-11-28"))
    mark(rj, "2 December")  # 7 days either side: 25 November to 9 December
    inside = "2026-11-28T09:00:00"
    shown = unwrapped(ok(at(rj, inside, "today", env=ON_SCREEN)))
    assert "Good morning." in shown
    assert "Today may carry weight" not in shown
    assert "On this day" not in shown
    data = as_json(rj, inside, "today")
    assert (data["on_this_day"], data["hard_date"]) == (None, None)


def test_outside_the_window_things_come_back_as_before(rj):
    ok(rj("win", "walked by the river", "--date", "2025-12-20"))
    mark(rj, "2 December")
    outside = "2026-12-20T09:00:00"
    shown = unwrapped(ok(at(rj, outside, "today", env=ON_SCREEN)))
    assert "On this day a year ago, you noted a small win: walked by the river" in shown
    assert "Today may carry weight" not in shown
    assert as_json(rj, outside, "today")["on_this_day"]["kind"] == "win"


def test_nothing_from_inside_a_window_comes_back_on_an_ordinary_day(rj):
    """A win noted on a day marked as hard (once) is not brought back a month later, when
    the day itself is an ordinary one; the day after the window, it is."""
    ok(rj("win", "held her hand at the hospital", "--date", "2026-10-25"))
    ok(rj("win", "made soup", "--date", "2026-10-26"))
    mark(rj, "2026-10-25", "--once", "--window", "0")
    assert as_json(rj, "2026-11-25T09:00:00", "today")["on_this_day"] is None
    later = as_json(rj, "2026-11-26T09:00:00", "today")["on_this_day"]
    assert later["kind"] == "win" and later["text"] == "made soup"


def test_an_old_weekly_review_does_not_resurface_in_the_window(rj, tmp_path: Path):
    review = {
        "uuid": "1b7c3c1e-4f5a-4b6e-9a51-2d7f1c0e8b11",
        "kind": "review",
        "day": "2025-12-07",
        "created_at": "2025-12-07T20:00:00+00:00",
        "body": "A week of small steps.",
        "review_week": "2025-W49",
    }
    export = tmp_path / "review.json"
    export.write_text(json.dumps({"format": "resilience-journal", "version": 1,
                                  "entries": [review]}))  # fmt: skip
    ok(rj("import", str(export)))
    later = "2026-12-03T09:00:00"  # a year ago it was Wednesday 3 December 2025, in W49
    assert as_json(rj, later, "today")["on_this_day"]["kind"] == "review"
    mark(rj, "2 December", "--window", "1")
    assert as_json(rj, later, "today")["on_this_day"] is None
    # outside the window, still not: the week it reviews held the marked day
    assert as_json(rj, "2026-12-04T09:00:00", "today")["on_this_day"] is None
    ok(rj("dates", "remove", "1"))
    assert as_json(rj, "2026-12-04T09:00:00", "today")["on_this_day"]["kind"] == "review"


def test_prompts_are_gentle_in_the_window_and_deeper_outside(rj):
    ok(rj("config", "set", "pace", "deep"))
    mark(rj, "2 December", "--window", "3")
    outside = [as_json(rj, f"2026-11-{d}T10:00:00", "prompt") for d in range(15, 29)]
    assert {p["depth"] for p in outside} != {"gentle"}
    for day in ("2026-11-29", "2026-12-02", "2026-12-05"):
        prompt = as_json(rj, f"{day}T10:00:00", "prompt")
        assert prompt["depth"] == "gentle", day
        assert prompt["category"] in HARD_DAY_CATEGORIES, day


def test_on_the_day_in_a_terminal_at_80_and_60_columns(rj, pty_env):
    ok(rj("dates", "add", "2 December", "the day it happened"))
    for columns in ("80", "60"):
        env = {**pty_env, "RJ_NOW": "2026-12-02T21:00:00", "COLUMNS": columns, "LINES": "24"}
        ran = run_in_pty(["today"], env=env)
        assert ran.exit_code == 0, ran.output
        assert QUIET_LINE in unwrapped(ran.output)
        assert "the day it happened" not in ran.output  # the person's words stay in `rj dates`
        assert all(len(line) <= int(columns) for line in ran.output.splitlines()), ran.output


# Export and import ---------------------------------------------------------------------------


def test_export_import_export_is_byte_identical(rj, rj_home: Path, tmp_path: Path):
    mark(rj, "2 December", "the day Dad died")
    mark(rj, "2019-03-12", "--window", "0")
    mark(rj, "2024-02-29", "--once")
    ok(rj("write", "A line."))
    first = ok(rj("export", "--format", "json"))
    marked = json.loads(first)["hard_dates"]
    assert [(d["month"], d["day"], d["year"], d["once"]) for d in marked] == [
        (12, 2, None, False),
        (3, 12, 2019, False),
        (2, 29, 2024, True),
    ]
    keys = ["uuid", "created_at", "month", "day", "year", "once", "what", "window"]
    assert list(marked[0]) == keys
    path = tmp_path / "export.json"
    path.write_text(first, encoding="utf-8")
    other = {"RJ_HOME": str(tmp_path / "other")}
    imported = rj("import", str(path), env=other)
    assert imported.exit_code == 0, imported.output
    assert "3 marked dates" in imported.stderr
    assert rj("export", "--format", "json", env=other).stdout == first
    again = rj("import", str(path), env=other)
    assert "Imported nothing new" in again.stderr
    assert rj("export", "--format", "json", env=other).stdout == first


def test_a_bad_marked_date_in_a_file_is_refused_by_name(rj, tmp_path: Path):
    bad = {"month": 2, "day": 30, "what": "PRIVATE"}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "resilience-journal", "version": 1, "hard_dates": [bad]}))
    result = rj("import", str(path))
    assert result.exit_code == 1
    assert "hard_dates[0].day" in result.stderr
    assert "PRIVATE" not in result.stderr


# The domain, as the rest of rj uses it ---------------------------------------------------


def _marked(month: int, day: int, year: int | None = None, *, once=False, window=7) -> HardDate:
    return HardDate(1, "u", "2026-01-01T00:00:00+00:00", month, day, year, once, None, window)


def test_a_window_crosses_the_end_of_the_year():
    new_year = _marked(1, 2, window=3)
    assert near_hard_date(date(2026, 12, 30), [new_year]) is new_year
    assert near_hard_date(date(2026, 12, 29), [new_year]) is None
    assert on_hard_date(date(2027, 1, 2), [new_year]) is new_year
    assert days_covered([new_year], date(2026, 12, 25), date(2027, 1, 10)) == {
        date(2026, 12, 30),
        date(2026, 12, 31),
        *(date(2027, 1, d) for d in range(1, 6)),
    }


def test_29_february_falls_on_the_28th_in_other_years_and_once_is_once():
    leap = _marked(2, 29, window=0)
    assert on_hard_date(date(2027, 2, 28), [leap]) is leap
    once = _marked(5, 1, 2026, once=True, window=1)
    assert near_hard_date(date(2026, 5, 2), [once]) is once
    assert near_hard_date(date(2027, 5, 1), [once]) is None
    anniversary = _marked(5, 1, 2026, window=1)  # from its year on, not before
    assert near_hard_date(date(2025, 5, 1), [anniversary]) is None
    assert near_hard_date(date(2030, 5, 1), [anniversary]) is anniversary


def test_to_a_pipe_one_date_a_line(rj):
    mark(rj, "2 December", "the day\tit happened")
    mark(rj, "2019-03-12", "--once")
    lines = ok(rj("dates")).splitlines()
    assert lines[0].split("\t") == [
        "1",
        "12-02",
        "yearly",
        "7",
        "2026-12-02",
        "the day it happened",
    ]
    assert lines[1].split("\t") == ["2", "2019-03-12", "once", "7", "", ""]


def test_a_depth_asked_for_by_name_on_a_hard_date_is_given_whatever_the_check_in(rj, rj_home):
    """Prompts are gentle around a marked date unless the person names a depth; a low
    check-in that day is never given as the reason to refuse one."""
    ok(rj("config", "set", "pace", "deep"))
    mark(rj, "2 December", "--window", "3")
    db = sqlite3.connect(rj_home / "journal.db")
    with db:
        db.execute(
            "INSERT INTO checkins (uuid, day, created_at, distress)"
            " VALUES ('c1', '2026-12-02', '2026-12-02T09:00:00Z', 3)"
        )
    db.close()
    asked = at(rj, "2026-12-02T10:00:00", "prompt", "--depth", "deep", "--json")
    assert asked.exit_code == 0, asked.output
    assert json.loads(asked.stdout)["depth"] == "deep"
