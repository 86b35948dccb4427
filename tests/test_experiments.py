"""Small experiments through the real CLI: starting (questions on a terminal), a tick a day,
closing with a look back, and where they show up: today, the review, alignment, exports."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ok, rows, run_in_pty

NOW = "2026-11-23T21:30:00"  # a Monday evening: the journaling day is 2026-11-23
HOSTILE = "[bold]x\x1b[31m :fire:"
SEEN = "[bold]x␛[31m :fire:"


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    monkeypatch.setenv("RJ_NOW", NOW)


def on(day: str, time: str = "21:30") -> dict[str, str]:
    """The environment for a command run on another day of November 2026."""
    return {"RJ_NOW": f"2026-11-{day}T{time}:00"}


def shown(rj, number: int = 1) -> dict:
    return json.loads(ok(rj("experiment", "show", str(number), "--json")))


@pytest.fixture
def walk(rj):
    """Experiment 1, started on Monday 23 November, for health, for 7 days."""
    ok(rj("values", "add", "health"))
    ok(
        rj(
            "experiment",
            "start",
            "a walk after lunch",
            "--days",
            "7",
            "--value",
            "health",
            "--helped-if",
            "I feel calmer at three",
            "--if-hard",
            "once round the block",
        )
    )


# starting --------------------------------------------------------------------------------------


def test_start_from_a_script_asks_nothing(rj, rj_home, walk):
    found = shown(rj)
    assert list(found) == [
        "id",
        "uuid",
        "created_at",
        "updated_at",
        "title",
        "value",
        "start_day",
        "days",
        "end_day",
        "helped_if",
        "if_hard",
        "state",
        "closed_day",
        "outcome",
        "adjust",
        "tried_days",
        "ticks",
    ]
    assert (found["title"], found["value"], found["days"]) == ("a walk after lunch", "health", 7)
    assert (found["start_day"], found["end_day"]) == ("2026-11-23", "2026-11-29")
    assert (found["helped_if"], found["if_hard"]) == (
        "I feel calmer at three",
        "once round the block",
    )
    assert (found["state"], found["tried_days"], found["ticks"]) == ("active", 0, [])
    again = rj("experiment", "start", "sleep by eleven", "--days", "1")
    assert again.stderr == (
        "Started experiment 2: sleep by eleven, today. `rj experiment log 2` notes each day you "
        "try it.\n"
    )
    assert len(rows(rj_home, "experiments")) == 2


def test_start_says_how_long_and_a_week_is_the_default(rj):
    said = rj("experiment", "start", "no", "phone", "in", "bed", "--json")
    assert said.stderr == (
        "Started experiment 1: no phone in bed, for 7 days, to Sun 29 Nov 2026. "
        "`rj experiment log 1` notes each day you try it.\n"
    )
    assert json.loads(said.stdout)["days"] == 7


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["  "], 'An experiment needs a few words, like `rj experiment start "a walk after'),
        (["walk", "--days", "0"], "--days is a whole number from 1 to 90; got '0'."),
        (["walk", "--days", "91"], "--days is a whole number from 1 to 90; got '91'."),
        (["walk", "--days", "a week"], "--days is a whole number from 1 to 90; got 'a week'."),
        (["walk", "--value", "joy"], "There is no value 'joy' yet."),
        (["walk", "--helped-if", "x" * 501], "An answer can be up to 500 characters, not 501."),
    ],
)
def test_bad_experiments_are_refused_and_nothing_is_saved(rj, rj_home, args, says):
    result = rj("experiment", "start", *args)
    assert result.exit_code == 1
    assert says in result.stderr
    assert result.stderr.endswith("Nothing was saved.\n")
    assert result.stderr.count("\n") == 1
    assert rows(rj_home, "experiments") == []


def test_the_group_alone_shows_its_help_and_start_needs_a_title(rj):
    bare = rj("experiment")
    assert bare.exit_code == 2 and "start" in bare.output and "close" in bare.output
    assert rj("experiment", "start").exit_code == 2


def test_on_a_terminal_start_asks_how_it_will_help_and_a_plan(rj, pty_env):
    pty_env["RJ_NOW"] = NOW
    ran = run_in_pty(
        ["experiment", "start", "a walk after lunch", "--days", "5"],
        env=pty_env,
        keys=["How will you know it helped?", b"calmer at three\n", "When it gets hard", b"\n"],
    )
    assert ran.exit_code == 0, ran.output
    assert "Started experiment 1: a walk after lunch, for 5 days" in ran.output
    found = shown(rj)
    assert (found["helped_if"], found["if_hard"], found["days"]) == ("calmer at three", None, 5)


def test_ctrl_c_while_starting_saves_nothing(rj, rj_home, pty_env):
    ran = run_in_pty(
        ["experiment", "start", "a walk"],
        env=pty_env,
        keys=["How will you know it helped?", b"calmer\n", "When it gets hard", 0.3, b"\x03"],
    )
    assert ran.exit_code == 130
    assert "Ctrl-C stops and saves nothing." in ran.output
    assert "Stopped. The experiment was not started; nothing was written." in ran.output
    assert rows(rj_home, "experiments") == []


# a tick a day ----------------------------------------------------------------------------------


def test_a_day_is_logged_once_and_logging_it_again_updates_it(rj, rj_home, walk):
    first = rj("experiment", "log", "1", "--note", "sunny, slow")
    assert first.exit_code == 0
    assert first.stderr == "Logged day 1 of 7 of experiment 1: tried it.\n"
    again = rj("experiment", "log", "1", "--didnt")
    assert again.stderr == "Updated day 1 of 7 of experiment 1: not this day.\n"
    (tick,) = shown(rj)["ticks"]
    assert (tick["day"], tick["did"], tick["note"]) == ("2026-11-23", False, "sunny, slow")
    assert list(tick) == ["day", "did", "note", "uuid", "created_at", "updated_at"]
    assert len(rows(rj_home, "experiment_ticks")) == 1
    ok(rj("experiment", "log", "1", "--did", "--note", "went after all"))
    (tick,) = shown(rj)["ticks"]
    assert (tick["did"], tick["note"]) == (True, "went after all")


def test_the_journaling_day_decides_which_day_is_logged(rj, walk):
    said = rj("experiment", "log", "1", env=on("24", "01:30"))  # before day_starts_at (04:00)
    assert said.stderr == "Logged day 1 of 7 of experiment 1: tried it.\n"
    assert [t["day"] for t in shown(rj)["ticks"]] == ["2026-11-23"]


def test_a_missed_day_can_be_logged_with_date(rj, walk):
    ok(rj("experiment", "log", "1", env=on("26")))
    said = rj(
        "experiment", "log", "1", "--date", "yesterday", "--didnt", "--note", "rain", env=on("26")
    )
    assert said.stderr == "Logged day 3 of 7 of experiment 1: not this day.\n"
    assert [(t["day"], t["did"]) for t in shown(rj)["ticks"]] == [
        ("2026-11-25", False),
        ("2026-11-26", True),
    ]


@pytest.mark.parametrize(
    ("args", "env", "says"),
    [
        (["9"], {}, "There is no experiment 9. `rj experiments` shows the ids."),
        (["one"], {}, "An experiment id is a number, like 2; got 'one'."),
        (["1", "--date", "tomorrow"], {}, "That date is in the future: 'tomorrow'"),
        (["1", "--date", "whenever"], {}, "That date could not be read: 'whenever'."),
        (
            ["1", "--date", "yesterday"],
            {},
            "Experiment 1 runs from Mon 23 Nov 2026 to Sun 29 "
            "Nov 2026; Sun 22 Nov 2026 is not one of its days.",
        ),
        ([], on("30"), "Sun 29 Nov 2026; Mon 30 Nov 2026 is not one of its days."),
        (["1", "--note", "x" * 501], {}, "A note can be up to 500 characters, not 501."),
    ],
)
def test_bad_logs_change_nothing(rj, rj_home, walk, args, env, says):
    result = rj("experiment", "log", *(args or ["1"]), env=env)
    assert result.exit_code == 1
    assert says in result.stderr
    assert result.stderr.count("\n") == 1
    assert rows(rj_home, "experiment_ticks") == []


# closing ---------------------------------------------------------------------------------------


def test_close_looks_back_at_the_days_tried(rj, walk):
    for day in ("23", "24", "26", "27", "29"):
        ok(rj("experiment", "log", "1", env=on(day)))
    ok(rj("experiment", "log", "1", "--didnt", env=on("28")))
    closed = rj(
        "experiment", "close", "1", "--outcome", "partly", "--adjust", "go earlier", env=on("30")
    )
    assert closed.exit_code == 0
    assert closed.stderr == (
        "Closed experiment 1: a walk after lunch. You tried it on 5 of 7 days. It partly "
        "helped. What you would adjust is kept with it.\n"
    )
    found = shown(rj)
    assert (found["state"], found["closed_day"], found["outcome"], found["adjust"]) == (
        "closed",
        "2026-11-30",
        "partly",
        "go earlier",
    )
    assert found["tried_days"] == 5
    again = rj("experiment", "log", "1", "--date", "2026-11-25", env=on("30"))
    assert again.exit_code == 1 and "Experiment 1 is closed" in again.stderr
    assert rj("experiment", "close", "1").stderr == (
        "Experiment 1 is already closed. Nothing was changed.\n"
    )


def test_closing_early_counts_the_days_so_far(rj, walk):
    ok(rj("experiment", "log", "1"))
    said = rj("experiment", "close", "1", "--outcome", "not this time", env=on("25"))
    assert said.stderr == (
        "Closed experiment 1: a walk after lunch. You tried it on 1 of 3 days so far, of 7 "
        "planned. Not this time; that is worth knowing too.\n"
    )
    assert shown(rj)["outcome"] == "not-this-time"


def test_closing_from_a_script_without_an_outcome_asks_nothing(rj, walk):
    said = rj("experiment", "close", "1", env=on("29"))
    assert said.exit_code == 0
    assert said.stderr == "Closed experiment 1: a walk after lunch. You tried it on 0 of 7 days.\n"
    assert (shown(rj)["outcome"], shown(rj)["adjust"]) == (None, None)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (
            ["1", "--outcome", "great"],
            "How it went is one of helped, partly or not-this-time; "
            "got 'great'. Nothing was changed.",
        ),
        (["7"], "There is no experiment 7."),
        (["1", "--adjust", "x" * 501], "An answer can be up to 500 characters"),
    ],
)
def test_bad_closes_leave_the_experiment_open(rj, walk, args, says):
    result = rj("experiment", "close", *args)
    assert result.exit_code == 1
    assert says in result.stderr
    assert result.stderr.count("\n") == 1
    assert shown(rj)["state"] == "active"


def test_on_a_terminal_close_shows_the_days_and_asks_how_it_went(rj, walk, pty_env):
    ok(rj("experiment", "log", "1"))
    pty_env["RJ_NOW"] = "2026-11-29T20:00:00"
    ran = run_in_pty(
        ["experiment", "close", "1"],
        env=pty_env,
        keys=[
            "You said you would know it helped if: I feel calmer at three",
            "You tried it on 1 of 7 days.",
            "1 helped, 2 partly, 3 not this time:",
            b"maybe\n",
            "1, 2 or 3 (helped, partly, not this time)",
            b"1\n",
            "What would you adjust",
            b"walk with Sam\n",
        ],
    )
    assert ran.exit_code == 0, ran.output
    assert (
        "Closed experiment 1: a walk after lunch. You tried it on 1 of 7 days. It helped."
        in " ".join(ran.output.split())
    )
    found = shown(rj)
    assert (found["outcome"], found["adjust"]) == ("helped", "walk with Sam")


def test_ctrl_c_while_closing_leaves_it_open(rj, walk, pty_env):
    ran = run_in_pty(
        ["experiment", "close", "1"], env=pty_env, keys=["1 helped, 2 partly", 0.3, b"\x03"]
    )
    assert ran.exit_code == 130
    assert "Ctrl-C stops and leaves it open." in ran.output
    assert "Stopped. Experiment 1 is still open; nothing was changed." in ran.output
    assert shown(rj)["state"] == "active"


# looking at them -------------------------------------------------------------------------------


def test_experiments_lists_open_ones_first_then_closed(rj, walk):
    ok(rj("experiment", "start", "tea not coffee", "--days", "3"))
    ok(rj("experiment", "start", "sleep by eleven", "--days", "14"))
    ok(rj("experiment", "log", "1"))
    ok(rj("experiment", "close", "2", "--outcome", "helped", env=on("26")))
    listed = json.loads(ok(rj("experiments", "--json")))
    assert [(x["id"], x["state"]) for x in listed] == [(1, "active"), (3, "active"), (2, "closed")]
    table = ok(rj("experiments", env=on("25")))
    lines = [" ".join(line.split()) for line in table.splitlines()]
    assert lines[0] == "id experiment days tried now"
    assert "1 a walk after lunch Mon 23 Nov to Sun 29 Nov 1 of 7 day 3 of 7" in lines
    assert "3 sleep by eleven Mon 23 Nov to Sun 6 Dec 0 of 14 day 3 of 14" in lines
    assert "2 tea not coffee Mon 23 Nov to Wed 25 Nov 0 of 3 closed: helped" in lines


def test_no_experiments_yet(rj):
    assert rj("today").exit_code == 0  # a journal opened, nothing in it yet
    result = rj("experiments")
    assert result.exit_code == 0 and result.stderr.startswith("No experiments yet.")
    assert json.loads(ok(rj("experiments", "--json"))) == []


def test_show_lists_each_day_so_far(rj, walk):
    ok(rj("experiment", "log", "1", "--note", "sunny"))
    ok(rj("experiment", "log", "1", "--didnt", "--note", "rain", env=on("24")))
    text = ok(rj("experiment", "show", "1", env=on("25")))
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    assert lines[:2] == [
        "Experiment 1 · a walk after lunch",
        "7 days, Mon 23 Nov 2026 to Sun 29 Nov 2026 · for health · day 3 of 7",
    ]
    assert "Helped if I feel calmer at three" in lines
    assert "If it gets hard once round the block" in lines
    assert lines[-5:] == [
        "Days",
        "Mon 23 Nov tried it sunny",
        "Tue 24 Nov not this day rain",
        "Wed 25 Nov –",
        "You tried it on 1 of 3 days so far, of 7 planned.",
    ]


def test_today_says_whether_the_day_is_logged_and_how(rj, walk):
    text = " ".join(ok(rj("today")).split())
    assert (
        "Experiments • a walk after lunch day 1 of 7, not logged yet: `rj experiment log 1` "
        "(or --didnt)."
    ) in text
    data = json.loads(ok(rj("today", "--json")))
    assert data["experiments"] == [
        {
            "id": 1,
            "title": "a walk after lunch",
            "value": "health",
            "day_of": 1,
            "days": 7,
            "end_day": "2026-11-29",
            "ended": False,
            "today": None,
        }
    ]
    ok(rj("experiment", "log", "1", "--note", "sunny"))
    assert "a walk after lunch day 1 of 7, logged: tried it." in " ".join(ok(rj("today")).split())
    assert json.loads(ok(rj("today", "--json")))["experiments"][0]["today"] == {
        "did": True,
        "note": "sunny",
    }
    ended = " ".join(ok(rj("today", env=on("30"))).split())
    assert (
        "a walk after lunch ended Sun 29 Nov 2026. `rj experiment close 1` looks back on "
        "it, when you are ready."
    ) in ended
    assert json.loads(ok(rj("today", "--json", env=on("30"))))["experiments"][0]["ended"]
    ok(rj("experiment", "close", "1", env=on("30")))
    assert "Experiments" not in ok(rj("today", env=on("30")))


def test_the_review_shows_the_weeks_days_of_each_experiment(rj, walk):
    ok(rj("experiment", "log", "1"))
    ok(rj("experiment", "log", "1", env=on("24")))
    ok(rj("experiment", "log", "1", "--didnt", "--note", "rain", env=on("25")))
    data = json.loads(ok(rj("review", "--json", "--date", "today", env=on("26"))))
    assert data["experiment_days"] == [
        {
            "experiment_id": 1,
            "experiment": "a walk after lunch",
            "day": day,
            "did": did,
            "note": note,
        }
        for day, did, note in (
            ("2026-11-23", True, None),
            ("2026-11-24", True, None),
            ("2026-11-25", False, "rain"),
        )
    ]
    text = " ".join(ok(rj("review", "--date", "today", "--no-write", env=on("26"))).split())
    assert "Goals and experiments a walk after lunch: tried on 2 days, not on 1" in text
    assert "health 2" in text  # the days tried count for the experiment's value
    markdown = ok(rj("review", "--date", "today", "--markdown", env=on("26")))
    assert "- a walk after lunch: tried on 2 days, not on 1\n" in markdown


def test_alignment_counts_the_days_tried_for_the_experiments_value(rj, walk):
    ok(rj("experiment", "log", "1", env=on("24")))
    ok(rj("experiment", "log", "1", "--didnt", env=on("25")))
    ok(rj("experiment", "log", "1", env=on("26")))
    data = json.loads(ok(rj("alignment", "--json", env=on("26"))))
    (health,) = data["values"]
    assert (health["actions"], health["last_action_day"]) == (2, "2026-11-26")


def test_experiments_in_the_markdown_export(rj, walk):
    ok(rj("experiment", "log", "1", "--note", "sunny"))
    ok(rj("experiment", "log", "1", "--didnt", "--note", "rain", env=on("24")))
    ok(
        rj(
            "experiment",
            "close",
            "1",
            "--outcome",
            "helped",
            "--adjust",
            "go earlier",
            env=on("25"),
        )
    )
    text = ok(rj("export"))
    assert text.startswith("# Journal\n\n## Experiments\n\n### a walk after lunch\n\n")
    assert (
        "7 days from Monday 23 November 2026 · for health · closed Wednesday 25 November 2026: "
        "it helped\n\n- Helped if: I feel calmer at three\n- If it gets hard: once round the "
        "block\n- What to adjust: go earlier\n\nTried on 1 of 7 days.\n\n"
        "- Monday 23 November 2026: tried it · sunny\n"
        "- Tuesday 24 November 2026: not this day · rain\n"
    ) in text


def test_experiments_round_trip_through_json(rj, walk, tmp_path):
    ok(rj("experiment", "log", "1", "--note", "sunny"))
    ok(rj("experiment", "log", "1", "--didnt", env=on("24")))
    ok(rj("experiment", "start", "tea not coffee", "--days", "3"))
    ok(rj("experiment", "close", "2", "--outcome", "not-this-time", env=on("25")))
    first = ok(rj("export", "-f", "json"))
    data = json.loads(first)
    assert list(data["experiments"][0]) == [
        "uuid",
        "created_at",
        "updated_at",
        "title",
        "value",
        "start_day",
        "days",
        "helped_if",
        "if_hard",
        "closed_day",
        "outcome",
        "adjust",
        "ticks",
    ]
    assert [(t["day"], t["did"], t["note"]) for t in data["experiments"][0]["ticks"]] == [
        ("2026-11-23", True, "sunny"),
        ("2026-11-24", False, None),
    ]
    assert list(data["experiments"][0]["ticks"][0]) == [
        "uuid",
        "day",
        "created_at",
        "updated_at",
        "did",
        "note",
    ]
    path = tmp_path / "export.json"
    path.write_text(first, encoding="utf-8")
    other = str(tmp_path / "other.db")
    assert "2 experiments" in rj("--db", other, "import", str(path)).stderr
    assert rj("--db", other, "export", "-f", "json").stdout == first
    assert "nothing new" in rj("--db", other, "import", str(path)).stderr


def _import(rj, tmp_path, experiments: list) -> object:
    path = tmp_path / "experiments.json"
    doc = {"format": "resilience-journal", "version": 1, "experiments": experiments}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return rj("import", str(path))


GOOD = {"title": "walk", "start_day": "2026-11-01", "days": 3}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"days": 0}, "experiments[1].days should be a whole number from 1 to 90"),
        ({"days": None}, "experiments[1] has no 'days'"),
        ({"start_day": "nov 1"}, "experiments[1].start_day should be a day written YYYY-MM-DD"),
        (
            {"outcome": "great", "closed_day": "2026-11-04"},
            "experiments[1].outcome should be one of helped, partly, not-this-time",
        ),
        ({"outcome": "helped"}, "experiments[1].outcome should be null while the experiment is"),
        (
            {"ticks": [{"day": "2026-11-04"}]},
            "experiments[1].ticks[0].day should be one of the experiment's days, 2026-11-01 to "
            "2026-11-03",
        ),
        (
            {"ticks": [{"day": "2026-11-02"}, {"day": "2026-11-02"}]},
            "experiments[1].ticks[1].day appears twice in the experiment",
        ),
        (
            {"ticks": [{"day": "2026-11-02", "did": "yes"}]},
            "experiments[1].ticks[0].did should be true or false",
        ),
        ({"value": "health"}, "experiments[1].value should be the name of a value"),
    ],
)
def test_a_wrong_experiment_in_a_file_is_named(rj, rj_home, tmp_path, change, expected):
    """...and nothing is imported."""
    result = _import(rj, tmp_path, [GOOD, {**GOOD, "title": "other", **change}])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert "\n" not in line and expected in line and line.endswith("Nothing was imported.")
    assert rows(rj_home, "experiments") == [] and rows(rj_home, "experiment_ticks") == []


def test_a_hand_made_experiment_comes_in_once(rj, tmp_path):
    made = {**GOOD, "ticks": [{"day": "2026-11-02", "note": "fine"}]}
    assert _import(rj, tmp_path, [made]).exit_code == 0
    assert "nothing new" in _import(rj, tmp_path, [made]).stderr
    (found,) = json.loads(ok(rj("experiments", "--json")))
    assert [(t["day"], t["did"]) for t in found["ticks"]] == [("2026-11-02", True)]


# text that is never markup ----------------------------------------------------------------------


def test_a_hostile_title_is_shown_as_text_on_every_experiment_screen(rj):
    said = rj("experiment", "start", HOSTILE, "--helped-if", HOSTILE, "--if-hard", HOSTILE)
    assert SEEN in said.stderr and "\x1b" not in said.stderr
    ok(rj("experiment", "log", "1", "--note", HOSTILE))
    for args in (
        ("experiments",),
        ("experiment", "show", "1"),
        ("today",),
        ("review", "--date", "today", "--no-write"),
        ("export",),
    ):
        out = ok(rj(*args))
        assert "\x1b" not in out, args
        assert SEEN in out, (args, out)
    closed = rj("experiment", "close", "1", "--adjust", HOSTILE)
    assert SEEN in closed.stderr and "\x1b" not in closed.stderr
