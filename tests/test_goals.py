"""Goals with milestones through the real CLI: adding (with the SMART walk on a terminal),
steps checked as small wins, states, today, the review, alignment, export and import."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.conftest import ok, rows, run_in_pty, unwrapped

NOW = "2026-11-23T21:30:00"  # a Monday evening: the journaling day is 2026-11-23
HOSTILE = "[bold]x\x1b[31m :fire:"
SEEN = "[bold]x␛[31m :fire:"


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    monkeypatch.setenv("RJ_NOW", NOW)


def goal_json(rj, number: int = 1) -> dict:
    return json.loads(ok(rj("goals", "show", str(number), "--json")))


@pytest.fixture
def swim(rj):
    """Goal 1, for courage, with two steps."""
    ok(rj("values", "add", "Courage"))
    ok(rj("goals", "add", "learn to swim", "--value", "courage", "--by", "dec 20"))
    ok(rj("goals", "step", "1", "book a first lesson"))
    ok(rj("goals", "step", "1", "go twice a week", "--by", "in 2 weeks"))


# adding ----------------------------------------------------------------------------------


def test_a_goal_from_a_script_asks_nothing_and_keeps_every_answer(rj, rj_home):
    rj("values", "add", "courage")
    result = rj(
        "goals",
        "add",
        "learn",
        "to",
        "swim",
        "--value",
        "COURAGE",
        "--by",
        "dec 20",
        "--why",
        "to feel safe in water",
        "--specific",
        "swim 20 lengths",
        "--measure",
        "lengths in a row",
        "--achievable",
        "lessons nearby",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == (
        "Added goal 1: learn to swim. `rj goals step 1 TEXT` adds a first small step.\n"
    )
    goal = goal_json(rj)
    assert list(goal) == [
        "id",
        "uuid",
        "day",
        "created_at",
        "updated_at",
        "title",
        "value",
        "by",
        "specific",
        "measure",
        "achievable",
        "why",
        "state",
        "state_since",
        "learned",
        "milestones",
    ]
    assert (goal["title"], goal["value"], goal["by"], goal["day"]) == (
        "learn to swim",
        "courage",
        "2026-12-20",
        "2026-11-23",
    )
    assert (goal["specific"], goal["measure"], goal["achievable"], goal["why"]) == (
        "swim 20 lengths",
        "lengths in a row",
        "lessons nearby",
        "to feel safe in water",
    )
    assert (goal["state"], goal["state_since"], goal["milestones"]) == ("active", None, [])
    assert len(rows(rj_home, "goals")) == 1


def test_add_prints_json_for_scripts(rj):
    printed = json.loads(ok(rj("goals", "add", "rest on sundays", "--json")))
    assert printed["id"] == 1 and printed["title"] == "rest on sundays"
    assert printed == goal_json(rj)


def test_a_by_date_in_the_past_is_allowed(rj):
    ok(rj("goals", "add", "tidy the desk", "--by", "2026-01-05"))
    assert goal_json(rj)["by"] == "2026-01-05"
    ok(rj("goals", "add", "call the dentist", "--by", "next friday"))
    assert goal_json(rj, 2)["by"] == "2026-11-27"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["   "], 'A goal needs a few words, like `rj goals add "swim once a week"`.'),
        (["x" * 201], "A goal can be up to 200 characters, not 201."),
        (["walk", "--by", "someday"], "That date could not be read: 'someday'. Try 'in 3 weeks'"),
        (["walk", "--by", "2026-13-40"], "That date could not be read: '2026-13-40'."),
        (["walk", "--value", "honesty"], "There is no value 'honesty' yet."),
        (["walk", "--why", "x" * 501], "An answer can be up to 500 characters, not 501."),
    ],
)
def test_bad_goals_are_refused_and_nothing_is_saved(rj, rj_home, args, says):
    result = rj("goals", "add", *args)
    assert result.exit_code == 1
    assert says in result.stderr
    assert result.stderr.endswith("Nothing was saved.\n")
    assert result.stderr.count("\n") == 1  # one line, no traceback
    assert rows(rj_home, "goals") == []


def test_a_goal_needs_a_title(rj):
    result = rj("goals", "add")
    assert result.exit_code == 2
    assert "Missing argument 'TITLE...'" in result.stderr


# the walk of questions on a terminal (after SMART goals; the acronym is never shown) ---


def test_on_a_terminal_add_walks_through_the_questions_and_keeps_the_answers(rj, rj_home, pty_env):
    ok(rj("values", "add", "rest"))
    ok(rj("values", "add", "courage"))
    pty_env["RJ_NOW"] = NOW
    ran = run_in_pty(
        ["goals", "add", "learn to swim"],
        env=pty_env,
        keys=[
            "Ctrl-C stops and saves nothing.",
            "What, exactly, would you like to do?",
            b"swim 20 lengths\n",
            "How will you know it is happening, or done?",
            b"\n",  # skipped
            "What puts it within reach?",
            b"lessons at the pool nearby\n",
            "Why does it matter to you?",
            b"to feel safe in water\n",
            "1 rest  2 courage",
            b"kindness\n",  # not one of them: asked again
            "There is no value 'kindness'",
            b"2\n",
            "By when, if a date helps?",
            b"whenever\n",
            "That date could not be read: 'whenever'",
            b"dec 20\n",
        ],
    )
    assert ran.exit_code == 0, ran.output
    assert "Added goal 1: learn to swim." in ran.output
    goal = goal_json(rj)
    assert (goal["specific"], goal["measure"], goal["achievable"], goal["why"]) == (
        "swim 20 lengths",
        None,
        "lessons at the pool nearby",
        "to feel safe in water",
    )
    assert (goal["value"], goal["by"]) == ("courage", "2026-12-20")
    # the questions are plain words: no acronym, nor its letters spelled out
    said = " ".join(ran.output.split())
    assert "A few questions to shape the goal: what exactly, how you will know" in said
    for jargon in ("SMART", "specific", "measurable", "achievable", "relevant", "time-bound"):
        assert jargon not in said, jargon
    shown = ok(rj("goals", "show", "1"))
    assert "What  " in shown and "Within reach" in shown and "Why" in shown
    for jargon in ("Specific", "Measurable", "Achievable"):
        assert jargon not in shown, jargon
    helped = " ".join(ok(rj("goals", "add", "--help")).split())
    assert "what exactly, how you will know" in helped
    assert "measurable" not in helped and "(relevant)" not in helped


def test_the_walk_asks_only_what_the_options_left_out(rj, pty_env):
    pty_env["RJ_NOW"] = NOW
    ran = run_in_pty(
        ["goals", "add", "rest on sundays", "--why", "I am tired", "--by", "in 3 weeks"],
        env=pty_env,
        keys=["What, exactly", b"\n", "How will you know", b"\n", "What puts it", b"\n"],
    )
    assert ran.exit_code == 0, ran.output
    assert "Why does it matter" not in ran.output and "By when" not in ran.output
    assert "Which of your values" not in ran.output  # there are none to offer
    goal = goal_json(rj)
    assert (goal["why"], goal["by"], goal["specific"]) == ("I am tired", "2026-12-14", None)


def test_ctrl_c_in_the_walk_saves_nothing_and_says_so(rj, rj_home, pty_env):
    ran = run_in_pty(
        ["goals", "add", "learn to swim"],
        env=pty_env,
        keys=[
            "What, exactly, would you like to do?",
            b"swim 20 lengths\n",
            "How will you know",
            0.3,
            b"\x03",
        ],
    )
    assert ran.exit_code == 130
    assert "Ctrl-C stops and saves nothing." in ran.output  # said before it was needed
    assert "Stopped. The goal was not saved; nothing was written." in ran.output
    assert "Traceback" not in ran.output
    assert rows(rj_home, "goals") == []


def test_ctrl_d_in_the_walk_saves_what_was_answered(rj, pty_env):
    ran = run_in_pty(
        ["goals", "add", "learn to swim"],
        env=pty_env,
        keys=[
            "What, exactly, would you like to do?",
            b"swim 20 lengths\n",
            "How will you know",
            0.3,
            b"\x04",
        ],
    )
    assert ran.exit_code == 0, ran.output
    assert "Added goal 1: learn to swim." in ran.output
    goal = goal_json(rj)
    assert (goal["specific"], goal["measure"], goal["why"]) == ("swim 20 lengths", None, None)


# steps and their wins ------------------------------------------------------------------------


def test_steps_are_numbered_and_shown_as_a_checklist(rj, swim):
    steps = goal_json(rj)["milestones"]
    assert [(s["step"], s["text"], s["by"], s["done_day"]) for s in steps] == [
        (1, "book a first lesson", None, None),
        (2, "go twice a week", "2026-12-07", None),
    ]
    assert list(steps[0]) == [
        "step",
        "uuid",
        "created_at",
        "text",
        "by",
        "done_day",
        "done_at",
        "win_id",
    ]
    ok(rj("goals", "check", "1", "1"))
    shown = ok(rj("goals", "show", "1"))
    lines = [" ".join(line.split()) for line in shown.splitlines() if line.strip()]
    assert lines[:2] == [
        "Goal 1 · learn to swim",
        "active · for Courage · by Sun 20 Dec 2026 · added Mon 23 Nov 2026",
    ]
    assert "[x] 1 book a first lesson checked Mon 23 Nov 2026" in lines
    assert "[ ] 2 go twice a week by Mon 7 Dec 2026" in lines
    assert lines[-1] == "`rj goals step 1 TEXT` adds a step; `rj goals check 1 N` checks one."


def test_adding_a_step_says_its_number(rj, swim):
    said = rj("goals", "step", "1", "swim", "a", "length", "--by", "2026-12-01")
    assert said.stderr == "Added step 3 to goal 1: swim a length.\n"


def test_checking_a_step_notes_a_win_for_the_goals_value(rj, swim, rj_home):
    result = rj("goals", "check", "1", "1")
    assert result.exit_code == 0
    assert result.stderr == (
        "Checked step 1 of goal 1. Noted as a small win (win 1), for Courage.\n"
    )
    (win,) = json.loads(ok(rj("wins", "--json")))
    assert win["text"] == "book a first lesson (a step toward: learn to swim)"
    assert (win["values"], win["day"]) == (["Courage"], "2026-11-23")
    step = goal_json(rj)["milestones"][0]
    assert (step["done_day"], step["win_id"]) == ("2026-11-23", 1)
    assert step["done_at"] == "2026-11-23T21:30:00+00:00" or step["done_at"].endswith("+00:00")
    again = rj("goals", "check", "1", "1")
    assert again.exit_code == 1
    assert again.stderr == (
        "Step 1 of goal 1 is already checked. `rj goals uncheck 1 1` opens it again.\n"
    )
    assert len(rows(rj_home, "wins")) == 1


def test_a_goal_without_a_value_notes_a_plain_win_and_says_when_all_are_checked(rj):
    ok(rj("goals", "add", "sort the post"))
    ok(rj("goals", "step", "1", "open the letters"))
    said = rj("goals", "check", "1", "1").stderr
    assert said == (
        "Checked step 1 of goal 1. Noted as a small win (win 1). Every step of goal 1 is "
        "checked; `rj goals done 1` marks the goal done, whenever it feels done.\n"
    )
    assert json.loads(ok(rj("wins", "--json")))[0]["values"] == []


def test_unchecking_keeps_the_win_and_says_how_to_remove_it(rj, swim, rj_home):
    ok(rj("goals", "check", "1", "1"))
    result = rj("goals", "uncheck", "1", "1")
    assert result.exit_code == 0
    assert result.stderr == (
        "Step 1 of goal 1 is open again. Its small win (win 1) stays in your wins; "
        "`rj wins delete 1` moves it to the trash if you would rather not keep it.\n"
    )
    assert goal_json(rj)["milestones"][0]["done_day"] is None
    assert [w["id"] for w in json.loads(ok(rj("wins", "--json")))] == [1]
    # Checked again: the same win, not a second one.
    again = rj("goals", "check", "1", "1")
    assert again.stderr == "Checked step 1 of goal 1. Its small win (win 1) is still there.\n"
    assert len(rows(rj_home, "wins")) == 1
    # Once that win is in the trash, checking again notes a new one.
    ok(rj("goals", "uncheck", "1", "1"))
    ok(rj("wins", "delete", "1"))
    assert rj("goals", "uncheck", "1", "1").stderr == "Step 1 of goal 1 is not checked.\n"
    assert "(win 2)" in rj("goals", "check", "1", "1").stderr
    assert rj("goals", "uncheck", "1", "1").stderr.startswith(
        "Step 1 of goal 1 is open again. Its small win (win 2) stays"
    )


def test_a_destroyed_win_leaves_its_step_checked(rj, swim, rj_home):
    ok(rj("goals", "check", "1", "1"))
    ok(rj("wins", "delete", "1"))
    ok(rj("trash", "--empty", "--yes"))
    step = goal_json(rj)["milestones"][0]
    assert (step["done_day"], step["win_id"]) == ("2026-11-23", None)
    assert rj("goals", "uncheck", "1", "1").stderr == "Step 1 of goal 1 is open again.\n"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["show", "9"], "There is no goal 9. `rj goals list --all` shows the ids."),
        (["show", "three"], "A goal id is a number, like 3; got 'three'."),
        (["step", "9", "walk"], "There is no goal 9."),
        (["step", "1", "   "], "A step needs a few words"),
        (["step", "1", "walk", "--by", "soonish"], "That date could not be read: 'soonish'."),
        (
            ["check", "1", "5"],
            "Goal 1 has no step 5; it has steps 1 to 2. `rj goals show 1` lists them.",
        ),
        (["check", "1", "0"], "A step is its number in the goal, like 2; got '0'."),
        (["check", "9", "1"], "There is no goal 9."),
        (["uncheck", "1", "two"], "A step is its number in the goal, like 2; got 'two'."),
        (["uncheck", "1", "2"], "Step 2 of goal 1 is not checked."),
        (["pause", "9"], "There is no goal 9."),
        (["let-go", "9", "--learned", "x"], "There is no goal 9."),
    ],
)
def test_unknown_goals_and_steps_are_one_calm_line(rj, swim, rj_home, args, says):
    before = [rows(rj_home, table) for table in ("goals", "milestones", "wins")]
    result = rj("goals", *args)
    assert result.exit_code == 1
    assert says in result.stderr
    assert result.stderr.count("\n") == 1
    assert [rows(rj_home, table) for table in ("goals", "milestones", "wins")] == before


def test_a_goal_with_no_steps_says_so(rj):
    ok(rj("goals", "add", "rest"))
    result = rj("goals", "check", "1", "1")
    assert result.stderr == (
        "Goal 1 has no step 1; it has no steps yet. `rj goals show 1` lists them.\n"
    )


# states --------------------------------------------------------------------------------------


def test_pause_resume_done_and_let_go(rj, swim):
    paused = rj("goals", "pause", "1")
    assert paused.stderr == (
        "Paused goal 1: learn to swim. It waits here, steps and all; `rj goals resume 1` picks "
        "it up again.\n"
    )
    assert (goal_json(rj)["state"], goal_json(rj)["state_since"]) == ("paused", "2026-11-23")
    assert rj("goals", "pause", "1").stderr == "Goal 1 is already paused.\n"
    assert rj("goals", "resume", "1").stderr == "Goal 1 is active again: learn to swim.\n"
    assert rj("goals", "resume", "1").stderr == "Goal 1 is already active.\n"
    ok(rj("goals", "check", "1", "1"))
    done = rj("goals", "done", "1")
    assert done.stderr == "Goal 1 is done: learn to swim. 1 of 2 steps checked along the way.\n"
    assert rj("goals", "done", "1").exit_code == 1
    cannot = rj("goals", "pause", "1")
    assert cannot.exit_code == 1
    assert cannot.stderr == (
        "Goal 1 is done; only an active goal can be paused. `rj goals resume 1` makes it "
        "active again.\n"
    )
    let_go = rj("goals", "let-go", "1", "--learned", "the pool is loud; mornings are calmer")
    assert let_go.exit_code == 0
    assert let_go.stderr == (
        "You let go of goal 1: learn to swim. Letting a goal go is an outcome too; its steps "
        "and wins are kept. What you learned is kept with it.\n"
    )
    goal = goal_json(rj)
    assert (goal["state"], goal["learned"]) == ("let-go", "the pool is loud; mornings are calmer")
    assert rj("goals", "let-go", "1").stderr == "Goal 1 was already let go.\n"
    assert len(json.loads(ok(rj("wins", "--json")))) == 1  # its win is kept


def test_list_shows_goals_in_progress_and_all_with_all(rj):
    assert rj("today").exit_code == 0  # a journal opened, nothing in it yet
    assert rj("goals").stderr.startswith("No goals yet.")
    for title in ("swim", "rest", "write", "paint"):
        ok(rj("goals", "add", title))
    ok(rj("goals", "pause", "2"))
    ok(rj("goals", "done", "3"))
    ok(rj("goals", "let-go", "4"))
    assert [g["title"] for g in json.loads(ok(rj("goals", "--json")))] == ["swim", "rest"]
    assert [g["title"] for g in json.loads(ok(rj("goals", "list", "--json")))] == ["swim", "rest"]
    every = json.loads(ok(rj("goals", "list", "--all", "--json")))
    assert [(g["title"], g["state"]) for g in every] == [
        ("swim", "active"),
        ("rest", "paused"),
        ("write", "done"),
        ("paint", "let-go"),
    ]
    shown = ok(rj("goals", "list", "--all"))
    table = [line.split() for line in shown.splitlines()[2:]]
    assert [row[:3] for row in table] == [
        ["1", "swim", "active"],
        ["2", "rest", "paused"],
        ["3", "write", "done"],
        ["4", "paint", "let"],
    ]
    assert ok(rj("goals")) == ok(rj("goals", "list"))
    ok(rj("goals", "done", "1"))
    ok(rj("goals", "done", "2"))
    assert rj("goals").stderr == "No goals in progress. `rj goals list --all` shows every goal.\n"


def test_let_go_on_a_terminal_asks_what_was_learned(rj, pty_env):
    ok(rj("goals", "add", "run a marathon"))
    ran = run_in_pty(
        ["goals", "let-go", "1"],
        env=pty_env,
        keys=[
            "a line on what you learned",
            b"my knees need kindness\n",
        ],
    )
    assert ran.exit_code == 0, ran.output
    assert "What you learned is kept with it." in ran.output
    assert goal_json(rj)["learned"] == "my knees need kindness"


def test_ctrl_c_at_the_learned_question_leaves_the_goal_as_it_was(rj, pty_env):
    ok(rj("goals", "add", "run a marathon"))
    ran = run_in_pty(
        ["goals", "let-go", "1"], env=pty_env, keys=["a line on what you learned", 0.3, b"\x03"]
    )
    assert ran.exit_code == 130
    assert "Stopped. Goal 1 is as it was." in ran.output
    assert goal_json(rj)["state"] == "active"


def test_enter_at_the_learned_question_lets_go_without_a_line(rj, pty_env):
    ok(rj("goals", "add", "run a marathon"))
    ran = run_in_pty(
        ["goals", "let-go", "1"], env=pty_env, keys=["a line on what you learned", b"\n"]
    )
    assert ran.exit_code == 0, ran.output
    assert "What you learned" not in unwrapped(ran.output).split("(Enter skips):")[1]
    assert (goal_json(rj)["state"], goal_json(rj)["learned"]) == ("let-go", None)


# everywhere else -----------------------------------------------------------------------------


def test_today_shows_each_active_goals_next_step(rj, swim):
    ok(rj("goals", "add", "rest on sundays"))
    ok(rj("goals", "add", "old plan"))
    ok(rj("goals", "pause", "3"))
    ok(rj("goals", "check", "1", "1"))
    shown = " ".join(ok(rj("today")).split())
    assert "Goals • learn to swim next, step 2: go twice a week" in shown
    assert "• rest on sundays no steps yet: `rj goals step 2 TEXT` adds one." in shown
    assert "old plan" not in shown
    data = json.loads(ok(rj("today", "--json")))
    assert list(data)[-3:] == ["goals", "experiments", "hard_date"]
    assert data["goals"] == [
        {
            "id": 1,
            "title": "learn to swim",
            "value": "Courage",
            "by": "2026-12-20",
            "steps": 2,
            "checked": 1,
            "next_step": {"step": 2, "text": "go twice a week", "by": "2026-12-07"},
        },
        {
            "id": 2,
            "title": "rest on sundays",
            "value": None,
            "by": None,
            "steps": 0,
            "checked": 0,
            "next_step": None,
        },
    ]


def test_the_review_shows_the_weeks_checked_steps(rj, swim):
    ok(rj("goals", "check", "1", "2"))
    data = json.loads(ok(rj("review", "--json", "--date", "today")))
    assert data["steps"] == [
        {
            "goal_id": 1,
            "goal": "learn to swim",
            "step": 2,
            "text": "go twice a week",
            "day": "2026-11-23",
        }
    ]
    shown = " ".join(ok(rj("review", "--date", "today", "--no-write")).split())
    assert "Goals and experiments Mon 23 Nov go twice a week (step 2 of learn to swim)" in shown
    text = ok(rj("review", "--date", "today", "--markdown"))
    assert (
        "## Goals and experiments\n\n- Mon 23 Nov: go twice a week (step 2 of learn to "
        "swim)\n" in text
    )
    last_week = json.loads(ok(rj("review", "--json", "--week", "2026-W47")))
    assert last_week["steps"] == []
    assert "Goals and experiments" not in ok(rj("review", "--week", "2026-W47", "--no-write"))


def test_alignment_counts_a_checked_step_once(rj, swim):
    def actions() -> int:
        data = json.loads(ok(rj("alignment", "--json")))
        return {row["name"]: row["actions"] for row in data["values"]}["Courage"]

    assert actions() == 0
    ok(rj("goals", "check", "1", "1"))
    assert actions() == 1  # through its win, linked to Courage: not twice
    ok(rj("wins", "delete", "1"))
    assert actions() == 1  # the win is in the trash; the step still counts, once
    ok(rj("wins", "restore", "1"))
    ok(rj("goals", "uncheck", "1", "1"))
    assert actions() == 1  # the step is open; its win stays, and counts
    ok(rj("wins", "delete", "1"))
    assert actions() == 0
    stats = json.loads(ok(rj("stats", "--json")))
    assert stats["values"] == []
    ok(rj("goals", "check", "1", "2"))
    assert json.loads(ok(rj("stats", "--json")))["values"] == [{"name": "Courage", "actions": 1}]


def test_goals_in_the_markdown_export_come_after_the_days(rj, swim):
    ok(rj("goals", "check", "1", "1"))
    ok(rj("goals", "add", "rest on sundays", "--why", "I am tired"))
    ok(rj("goals", "let-go", "2", "--learned", "rest needs no plan"))
    ok(rj("write", "A calm day.", "--date", "2026-11-22"))
    text = ok(rj("export"))
    from tests.test_exchange import headings

    assert headings(text) == [
        (1, "Journal"),
        (2, "Sunday 22 November 2026"),
        (3, text.split("### ")[1].split("\n")[0]),
        (2, "Monday 23 November 2026"),
        (3, "Small wins"),
        (2, "Goals"),
        (3, "learn to swim"),
        (3, "rest on sundays"),
    ]
    assert (
        "### learn to swim\n\nActive · for Courage · by Sunday 20 December 2026 · added Monday "
        "23 November 2026\n\nSteps:\n\n- [x] 1. book a first lesson (checked Monday 23 November "
        "2026)\n- [ ] 2. go twice a week (by Monday 7 December 2026)\n"
    ) in text
    assert (
        "Let go since Monday 23 November 2026 · added Monday 23 November 2026\n\n"
        "- Why it matters: I am tired\n- Learned: rest needs no plan\n"
    ) in text
    assert "- book a first lesson (a step toward: learn to swim) · Courage" in text
    assert "## Goals" not in ok(rj("export", "--kind", "review"))


def test_goals_round_trip_through_json_and_import_twice_adds_nothing(rj, swim, tmp_path):
    ok(rj("goals", "check", "1", "1"))
    ok(rj("goals", "let-go", "1", "--learned", "slowly"))
    first = ok(rj("export", "-f", "json"))
    data = json.loads(first)
    assert list(data)[-7:] == [
        "goals",
        "experiments",
        "beliefs",
        "worries",
        "story",
        "reflections",
        "hard_dates",
    ]
    (goal,) = data["goals"]
    assert list(goal) == [
        "uuid",
        "day",
        "created_at",
        "updated_at",
        "title",
        "value",
        "by",
        "specific",
        "measure",
        "achievable",
        "why",
        "state",
        "state_since",
        "learned",
        "milestones",
    ]
    step = goal["milestones"][0]
    assert list(step) == ["uuid", "step", "created_at", "text", "by", "done_day", "done_at", "win"]
    assert step["win"] == data["wins"][0]["uuid"]
    path = tmp_path / "export.json"
    path.write_text(first, encoding="utf-8")
    other = str(tmp_path / "other.db")
    imported = rj("--db", other, "import", str(path))
    assert "1 goal" in imported.stderr
    assert rj("--db", other, "export", "-f", "json").stdout == first
    again = json.loads(ok(rj("--db", other, "import", str(path), "--json")))
    assert again["added"]["goals"] == 0 and again["already_here"]["goals"] == 1
    assert rj("--db", other, "export", "-f", "json").stdout == first
    moved = json.loads(ok(rj("--db", other, "goals", "show", "1", "--json")))
    assert moved["milestones"][0]["win_id"] == 1  # linked to the imported win


def _import(rj, tmp_path, goals: list, **more) -> object:
    path = tmp_path / "goals.json"
    doc = {"format": "resilience-journal", "version": 1, "goals": goals, **more}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return rj("import", str(path))


def test_a_hand_made_goal_needs_only_a_title(rj, tmp_path):
    result = _import(rj, tmp_path, [{"title": "walk more", "milestones": [{"text": "shoes"}]}])
    assert result.exit_code == 0, result.output
    goal = goal_json(rj)
    assert (goal["title"], goal["state"], goal["day"]) == ("walk more", "active", "2026-11-23")
    assert [(s["step"], s["text"]) for s in goal["milestones"]] == [(1, "shoes")]
    assert (
        "nothing new"
        in _import(rj, tmp_path, [{"title": "walk more", "milestones": [{"text": "shoes"}]}]).stderr
    )


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        ({"title": ""}, "goals[0].title should be some text"),
        ({"title": "a", "state": "failed"}, "goals[0].state should be one of active, paused"),
        ({"title": "a", "value": "courage"}, "goals[0].value should be the name of a value"),
        ({"title": "a", "by": "soon"}, "goals[0].by should be a day written YYYY-MM-DD"),
        ({"title": "a", "milestones": "steps"}, "goals[0].milestones should be a list"),
        (
            {"title": "a", "milestones": [{"text": "x", "step": 2}]},
            "goals[0].milestones[0].step should be 1: steps are numbered 1, 2, 3 in order",
        ),
        (
            {"title": "a", "milestones": [{"text": "x", "done_at": "2026-11-20T10:00:00+00:00"}]},
            "goals[0].milestones[0].done_day should be the day it was checked",
        ),
        (
            {"title": "a", "milestones": [{"text": "x", "win": "not-a-uuid"}]},
            "goals[0].milestones[0].win should be the uuid of a win",
        ),
    ],
)
def test_a_wrong_goal_in_a_file_is_named_and_nothing_is_imported(
    rj, rj_home, tmp_path, goal, expected
):
    ok(rj("write", "Already here."))
    result = _import(rj, tmp_path, [{"title": "fine"}, {"title": "fine too"}, goal])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert "\n" not in line
    assert expected.replace("goals[0]", "goals[2]") in line
    assert line.endswith("Nothing was imported.")
    assert rows(rj_home, "goals") == [] and rows(rj_home, "milestones") == []


# text that is never markup ----------------------------------------------------------------------


def test_a_hostile_title_is_shown_as_text_on_every_goals_screen(rj):
    said = rj("goals", "add", HOSTILE, "--why", HOSTILE).stderr
    assert SEEN in said and "\x1b" not in said
    ok(rj("goals", "step", "1", HOSTILE))
    checked = rj("goals", "check", "1", "1")
    assert "\x1b" not in checked.output
    ok(rj("goals", "step", "1", "another"))
    for args in (
        ("goals",),
        ("goals", "list", "--all"),
        ("goals", "show", "1"),
        ("today",),
        ("review", "--date", "today", "--no-write"),
        ("wins",),
    ):
        out = ok(rj(*args))
        assert "\x1b" not in out, args
        assert SEEN in out, (args, out)
    assert "\\u001b[31m" in ok(rj("goals", "show", "1", "--json"))


def test_doctor_mends_links_from_steps_and_days_to_what_is_gone(rj, swim, rj_home):
    ok(rj("goals", "check", "1", "1"))
    ok(rj("experiment", "start", "a walk", "--value", "Courage"))
    ok(rj("experiment", "log", "1"))
    conn = sqlite3.connect(rj_home / "journal.db")
    conn.execute("PRAGMA foreign_keys = OFF")  # as damage or another tool might leave it
    conn.execute("DELETE FROM wins")
    conn.execute("UPDATE experiments SET value_id = 99")
    conn.execute(
        "INSERT INTO experiment_ticks (uuid, experiment_id, day, created_at,"
        " updated_at, did) VALUES ('t-1', 42, '2026-11-20', 'x', 'x', 1)"
    )
    conn.commit()
    conn.close()
    found = json.loads(rj("doctor", "--json").stdout)
    links = next(check for check in found["checks"] if check["name"] == "links")
    assert not links["ok"]
    assert "experiment_ticks" in links["detail"] and "milestones" in links["detail"]
    fixed = rj("doctor", "--fix")
    assert fixed.exit_code == 0, fixed.output
    assert rj("doctor").exit_code == 0
    step = goal_json(rj)["milestones"][0]
    assert (step["done_day"], step["win_id"]) == ("2026-11-23", None)  # still checked
    found = json.loads(ok(rj("experiment", "show", "1", "--json")))
    assert found["value"] is None and len(found["ticks"]) == 1
