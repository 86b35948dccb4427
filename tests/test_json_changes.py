"""`--json` on the commands that make or change something: each prints the record as the
command that reads it prints it, on stdout alone (the words for people stay on stderr), and
an error prints nothing there. Through the real CLI; on a pty where rj asks questions."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ok, run_in_pty, typing

INTRO = "typed as a draft.\n"  # the end of the line that asks for typing
MOOD = "Your mood right now, from 0 (lowest) to 10 (best)? Enter skips."
VALUES = "Did this touch any of your values?"


def data(result) -> dict:
    return json.loads(ok(result))


def shown(rj, *args: str) -> dict:
    """What the command that reads the record prints with --json."""
    return data(rj(*args, "--json"))


def last_json(output: str) -> dict:
    """The JSON at the end of a terminal's output (stdout and stderr share a pty)."""
    return json.loads(output[output.rindex("\n{\n") + 1 :])


def refused(result, says: str) -> None:
    """An error: its exit code, one line on stderr, nothing on stdout."""
    assert result.exit_code == 1
    assert result.stdout == ""
    assert says in result.stderr and result.stderr.count("\n") == 1


# write and edit ------------------------------------------------------------------------


def test_write_prints_the_entry_it_saved(rj):
    result = rj(
        "write", "Walked", "to", "the", "river.", "--tag", "outside", "--mood", "6", "--json"
    )
    made = data(result)
    assert made == shown(rj, "show", "1")
    assert (made["id"], made["body"], made["tags"], made["mood"]) == (
        1,
        "Walked to the river.",
        ["outside"],
        6,
    )
    assert "Saved entry 1" in result.stderr  # the words for people, kept off stdout


def test_write_from_standard_input_prints_the_entry(rj):
    made = data(rj("write", "-", "--title", "Evening", "--json", input="A quiet evening.\n"))
    assert made["title"] == "Evening" and made["body"] == "A quiet evening."
    assert made == shown(rj, "show", "1")


def test_an_empty_entry_prints_nothing_on_stdout(rj):
    refused(rj("write", "-", "--json", input="  \n"), "Nothing was saved")


def test_write_typed_at_the_terminal_prints_the_entry_after_the_questions(pty_env, rj, rj_home):
    ok(rj("values", "add", "courage"))
    (rj_home / "config.yaml").write_text("check_in: 'off'\n", encoding="utf-8")  # mood asked
    result = run_in_pty(
        ["write", "--json"],
        env=pty_env,
        keys=[INTRO, *typing("I asked for help.\n"), MOOD, b"6\n", VALUES, b"1\n"],
    )
    assert result.exit_code == 0, result.output
    made = last_json(result.output)
    assert made["body"] == "I asked for help."
    assert made["mood"] == 6 and made["values"] == ["courage"]  # the entry as it ended up
    assert made == shown(rj, "show", "1")


def test_write_resume_prints_the_entry_the_draft_became(pty_env, rj, editor):
    pty_env["EDITOR"] = editor("Half a thought", exit_code=3)
    assert run_in_pty(["write", "--mood", "4"], env=pty_env).exit_code == 1
    made = data(rj("write", "--resume", "--json"))  # no terminal: the draft as it is
    assert (made["body"], made["mood"]) == ("Half a thought", 4)
    assert made == shown(rj, "show", "1")
    refused(rj("write", "--resume", "--json"), "There is no draft to resume.")


def test_edit_prints_the_entry_as_changed(rj):
    ok(rj("write", "First", "words"))
    changed = data(rj("edit", "1", "--title", "Morning", "--tag", "home", "--json"))
    assert changed["title"] == "Morning" and changed["tags"] == ["home"]
    assert changed == shown(rj, "show", "1")
    same = rj("edit", "1", "--title", "Morning", "--json")  # nothing to change: still printed
    assert data(same) == changed and "is as it was" in same.stderr
    refused(rj("edit", "7", "--title", "x", "--json"), "There is no entry 7.")


def test_edit_in_the_editor_prints_the_new_text(pty_env, rj, editor):
    ok(rj("write", "First", "words"))
    pty_env["EDITOR"] = editor("Second thoughts.\n")
    result = run_in_pty(["edit", "1", "--json"], env=pty_env)
    assert result.exit_code == 0, result.output
    assert last_json(result.output)["body"] == "Second thoughts."
    assert last_json(result.output) == shown(rj, "show", "1")


# delete and restore --------------------------------------------------------------------


def test_delete_and_restore_print_the_entry_with_its_place_in_the_trash(rj):
    ok(rj("write", "Something", "to", "set", "down"))
    gone = data(rj("delete", "1", "--json"))
    assert gone["id"] == 1 and gone["body"] == "Something to set down"
    assert gone["deleted_at"] == "2026-11-25T21:30:00+00:00"
    assert gone == shown(rj, "show", "1")
    back = data(rj("restore", "1", "--json"))
    assert back["deleted_at"] is None
    assert back == shown(rj, "show", "1")
    refused(rj("restore", "1", "--json"), "not in the trash")
    refused(rj("delete", "2", "--json"), "There is no entry 2.")


# experiments and goals -----------------------------------------------------------------


def test_experiment_log_prints_the_experiment_and_the_day_logged(rj):
    ok(
        rj(
            "experiment",
            "start",
            "A walk after lunch",
            "--helped-if",
            "calmer",
            "--if-hard",
            "rest",
        )
    )
    logged = data(rj("experiment", "log", "1", "--note", "sunny", "--json"))
    assert logged.pop("logged") == {
        **logged["ticks"][0],
        "day": "2026-11-25",
        "did": True,
        "note": "sunny",
    }
    assert logged == shown(rj, "experiment", "show", "1")
    again = data(rj("experiment", "log", "1", "--didnt", "--json"))  # the same day, changed
    assert again["logged"]["did"] is False and again["logged"]["note"] == "sunny"
    assert again["tried_days"] == 0
    refused(rj("experiment", "log", "1", "--date", "2026-11-01", "--json"), "Nothing was changed")


def test_goal_steps_checked_and_unchecked_print_the_goal(rj):
    ok(rj("goals", "add", "learn to swim"))
    stepped = data(rj("goals", "step", "1", "book a first lesson", "--json"))
    assert [m["text"] for m in stepped["milestones"]] == ["book a first lesson"]
    assert stepped == shown(rj, "goals", "show", "1")

    checked = data(rj("goals", "check", "1", "1", "--json"))
    win = checked.pop("win")
    assert checked == shown(rj, "goals", "show", "1")
    assert checked["milestones"][0]["done_day"] == "2026-11-25"
    assert win["id"] == checked["milestones"][0]["win_id"]
    assert win == data(rj("wins", "--json"))[0]

    opened = data(rj("goals", "uncheck", "1", "1", "--json"))
    assert opened.pop("win") == win  # the win stays
    assert opened == shown(rj, "goals", "show", "1")
    assert opened["milestones"][0]["done_day"] is None
    refused(rj("goals", "uncheck", "1", "1", "--json"), "is not checked")
    refused(rj("goals", "check", "1", "5", "--json"), "no step 5")


@pytest.mark.parametrize(
    ("args", "state"),
    [
        (("pause", "1"), "paused"),
        (("done", "1"), "done"),
        (("let-go", "1", "--learned", "it was not the season"), "let-go"),
    ],
)
def test_a_goal_changed_prints_the_goal(rj, args, state):
    ok(rj("goals", "add", "learn to swim"))
    changed = data(rj("goals", *args, "--json"))
    assert changed["state"] == state
    assert changed == shown(rj, "goals", "show", "1")
    assert data(rj("goals", "resume", "1", "--json"))["state"] == "active"


# prompts, the safety plan --------------------------------------------------------------

GOOD = """\
category: my-pack
title: My pack
description: Prompts my therapist and I wrote.
prompts:
  - id: my-pack.one
    text: You might notice one sound around you.
    depth: gentle
"""


def test_prompts_validate_reports_every_file(rj, tmp_path: Path):
    good = tmp_path / "good.yaml"
    good.write_text(textwrap.dedent(GOOD), encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("category: [\n", encoding="utf-8")
    fine = data(rj("prompts", "validate", str(good), "--json"))
    assert fine == {
        "valid": True,
        "files": [
            {
                "path": str(good),
                "valid": True,
                "category": "my-pack",
                "prompts": ["my-pack.one"],
                "problem": None,
            }
        ],
    }
    result = rj("prompts", "validate", str(good), str(bad), "--json")
    assert result.exit_code == 1  # as without --json; the report is still printed
    report = json.loads(result.stdout)
    assert report["valid"] is False
    assert [f["valid"] for f in report["files"]] == [True, False]
    problem = report["files"][1]["problem"]
    assert problem.startswith(f"{bad}:") and problem in result.stderr
    assert report["files"][1]["prompts"] == [] and report["files"][1]["category"] is None


def test_safety_plan_set_prints_the_plan(rj):
    plan = data(rj("safety-plan", "--set", "reason", "My sister's laugh", "--json"))
    assert plan["version"] == 1 and plan["sections"]["reason"] == "My sister's laugh"
    assert plan == shown(rj, "safety-plan")
    more = data(rj("safety-plan", "--set", "coping", "-", "--json", input="A cold shower\n"))
    assert more["version"] == 2 and more["sections"]["coping"] == "A cold shower"
    assert more["sections"]["reason"] == "My sister's laugh"
    same = data(rj("safety-plan", "--set", "coping", "A cold shower", "--json"))
    assert same == more  # nothing changed: the plan as it is
    result = rj("safety-plan", "--set", "feelings", "x", "--json")
    assert result.exit_code == 1 and result.stdout == ""


# the settings ----------------------------------------------------------------------------


def test_config_show_gives_numbers_and_switches_as_such(rj):
    for key, value in (
        ("backups_keep", "3"),
        ("check_in", "no"),
        ("resurface_entries", "yes"),
        ("editor", "nano -w"),
        ("region", "GB"),
    ):
        ok(rj("config", "set", key, value))
    values = shown(rj, "config", "show")
    assert values["backups_keep"] == 3 and values["distress_threshold"] == 8
    assert values["check_in"] is False and values["resurface_entries"] is True
    assert values["ask_mood"] is True
    assert values["editor"] == "nano -w" and values["region"] == "GB"
    ok(rj("config", "unset", "region"))
    assert shown(rj, "config", "show")["region"] is None
