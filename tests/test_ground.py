"""rj ground: grounding exercises as text, on a terminal, and the timing of paced breathing."""

from __future__ import annotations

import pytest

from resilience_journal import grounding
from resilience_journal.grounding import EXERCISES, Pattern, Phase, breath_at, parse_pattern
from resilience_journal.messages import grounding as ground_words
from tests.conftest import clock, run_in_pty, typing

SENSES = [sense.step for sense in grounding.SENSES]
CLOSING = "If you need more, `rj help-now` is there."


def numbered(output: str) -> list[str]:
    return [
        line.split(". ", 1)[1]
        for line in output.splitlines()
        if line[:1].isdigit() and ". " in line
    ]


def seen(output: str) -> str:
    """What a person reads on the terminal, with lines wrapped back into one."""
    return " ".join(output.split())


def files(rj_home) -> set:
    return set(rj_home.rglob("*")) if rj_home.exists() else set()


def nothing_kept(rj_home, before: frozenset = frozenset()) -> bool:
    """No journal, and no file in RJ_HOME but those there `before` (the test's settings)."""
    return not (rj_home / "journal.db").exists() and files(rj_home) <= before


# as text: --plain, pipes, files ------------------------------------------------------------


def test_plain_54321_prints_the_senses_in_order(rj, rj_home):
    result = rj("ground", "--plain")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "5-4-3-2-1"
    assert numbered(result.stdout) == SENSES
    assert result.stdout.rstrip().endswith(CLOSING)
    assert "\x1b" not in result.output and result.stderr == ""
    assert nothing_kept(rj_home)


def test_plain_body_scan_goes_from_feet_to_head(rj):
    result = rj("ground", "--exercise", "body", "--plain")
    assert result.exit_code == 0, result.output
    steps = numbered(result.stdout)
    assert steps == list(EXERCISES["body"].steps)
    assert 6 <= len(steps) <= 8
    assert "feet" in steps[0] and "head" in steps[-2]
    assert "without needing to change anything" in result.stdout
    assert "\x1b" not in result.output


def test_plain_breathing_shows_the_pattern_and_rounds(rj):
    result = rj("ground", "-e", "breathing", "--plain")
    assert result.exit_code == 0, result.output
    assert numbered(result.stdout) == [
        "Breathe in gently for 4 seconds.",
        "Breathe out slowly for 6 seconds.",
        "You might do this 5 times, at your own pace.",
    ]
    assert "\x1b" not in result.output


def test_rounds_or_pattern_alone_choose_breathing(rj):
    result = rj("ground", "--pattern", "4-7-8", "--rounds", "3", "--plain")
    assert result.exit_code == 0, result.output
    assert numbered(result.stdout) == [
        "Breathe in gently for 4 seconds.",
        "Hold for 7 seconds, without straining.",
        "Breathe out slowly for 8 seconds.",
        "You might do this 3 times, at your own pace.",
    ]
    no_hold = rj("ground", "--pattern", "1-1", "--rounds", "1")
    assert numbered(no_hold.stdout) == [
        "Breathe in gently for 1 second.",
        "Breathe out slowly for 1 second.",
        "You might do this once, at your own pace.",
    ]


@pytest.mark.parametrize("exercise", ["54321", "breathing", "body"])
def test_away_from_a_terminal_it_is_the_same_as_plain(rj, exercise):
    piped = rj("ground", "-e", exercise, input="")
    assert piped.exit_code == 0
    assert piped.stdout == rj("ground", "-e", exercise, "--plain").stdout
    assert piped.stderr == ""


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ["--rounds", "0"],
            "Invalid value for '--rounds': '0' is not a whole number from 1 to 30.",
        ),
        (["--rounds", "abc"], "'abc' is not a whole number from 1 to 30."),
        (["--rounds", "31"], "'31' is not a whole number from 1 to 30."),
        (["--pattern", "4-x-6"], "'4-x-6' is not a pattern of seconds like 4-2-6"),
        (["--pattern", "0-2-6"], "needs at least 1 second to breathe in and to breathe out."),
        (["--pattern", "4-2-60"], "longer than 20 seconds"),
        (["-e", "body", "--rounds", "3"], "--rounds and --pattern go with the breathing exercise"),
        (["-e", "breathing", "--save"], "--save keeps what you type in 54321"),
        (["-e", "breathing", "--eyes-open"], "--eyes-open goes with the body scan: -e body."),
        (["-e", "calm"], "'calm' is not one of '54321', 'breathing', 'body', 'now'."),
    ],
)
def test_a_bad_option_is_a_usage_error_and_nothing_runs(rj, rj_home, args, error):
    result = rj("ground", *args, "--plain")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert error in result.stderr.splitlines()[-1]
    assert nothing_kept(rj_home)


def test_help_is_short_and_helps_every_option(rj):
    result = rj("ground", "--help")
    assert result.exit_code == 0
    options = ("--exercise", "--plain", "--save", "--rounds N", "--pattern IN-HOLD-OUT")
    for option in (*options, "--eyes-open"):
        assert option in result.stdout
    help_text = " ".join(result.stdout.split())
    assert "<54321|breathing|body|now>" in help_text
    assert "your eyes can stay open; --eyes-open keeps them open throughout" in help_text
    assert "On a day your check-in was hard, now comes first." in help_text
    assert "!" not in result.stdout


def test_the_words_stay_calm():
    texts = [*grounding.short_exercise(), ground_words.TYPE_IF_YOU_LIKE, ground_words.BODY_TERMINAL]
    every = [*EXERCISES.values(), grounding.BODY_EYES_OPEN, grounding.now_exercise(clock())]
    for exercise in every:
        texts += [exercise.title, exercise.intro, *exercise.steps, exercise.closing]
    words = " ".join(texts)
    assert "!" not in words and "[" not in words
    assert all("`rj help-now` is there." in exercise.closing for exercise in every)


def test_short_exercise_for_the_help_screen():
    lines = grounding.short_exercise()
    assert 3 <= len(lines) <= 5
    assert all(line and len(line) <= 76 for line in lines)


# the timing of paced breathing -----------------------------------------------------------------

PATTERN = Pattern(4, 2, 6)


@pytest.mark.parametrize(
    ("elapsed", "phase", "left", "fullness", "round_"),
    [
        (0, Phase.breathe_in, 4, 0.0, 1),
        (1, Phase.breathe_in, 3, 0.25, 1),
        (3.999, Phase.breathe_in, 0.001, 0.99975, 1),
        (4, Phase.hold, 2, 1.0, 1),
        (5.5, Phase.hold, 0.5, 1.0, 1),
        (6, Phase.breathe_out, 6, 1.0, 1),
        (9, Phase.breathe_out, 3, 0.5, 1),
        (12, Phase.breathe_in, 4, 0.0, 2),
        (12 * 4 + 7, Phase.breathe_out, 5, 5 / 6, 5),
        (-1, Phase.breathe_in, 4, 0.0, 1),
    ],
)
def test_breath_at(elapsed, phase, left, fullness, round_):
    breath = breath_at(elapsed, PATTERN)
    assert breath.phase is phase
    assert breath.left == pytest.approx(left)
    assert breath.fullness == pytest.approx(fullness)
    assert breath.round == round_


def test_the_count_goes_down_by_whole_seconds():
    counts = [breath_at(tenth / 10, PATTERN).count for tenth in range(40)]
    assert counts == [4] * 10 + [3] * 10 + [2] * 10 + [1] * 10


def test_a_pattern_with_a_rest_and_no_hold():
    box = parse_pattern("4-4-4-4")
    assert [breath_at(t, box).phase for t in (0, 4, 8, 12, 16)] == [
        Phase.breathe_in,
        Phase.hold,
        Phase.breathe_out,
        Phase.rest,
        Phase.breathe_in,
    ]
    assert breath_at(13, box).fullness == 0.0
    no_hold = parse_pattern(" 2-3 ")
    assert no_hold == Pattern(2, 0, 3)
    assert breath_at(2, no_hold).phase is Phase.breathe_out
    assert no_hold.duration(3) == 15


@pytest.mark.parametrize("text", ["", "4", "4-2-6-2-1", "a-b", "4--6", "4.5-2-6", "-4-6"])
def test_patterns_that_cannot_be_read(text):
    with pytest.raises(ValueError, match="pattern of seconds"):
        parse_pattern(text)


# on a terminal --------------------------------------------------------------------------------


def test_54321_answers_are_not_kept_without_save(pty_env, rj_home):
    keys = [SENSES[0], *typing("the lamp, a window\n", end=b"")]
    keys += [SENSES[1], *typing("the chair\n", end=b"")]
    keys += [SENSES[2], b"\n", SENSES[3], b"\x04", SENSES[4], b"\n"]
    before = frozenset(files(rj_home))
    result = run_in_pty(["ground"], env=pty_env, keys=keys)
    assert result.exit_code == 0, result.output
    assert "What you type is not kept." in seen(result.output)
    assert seen(result.output).endswith(CLOSING)
    assert "Saved" not in result.output
    assert nothing_kept(rj_home, before)


def test_54321_with_save_keeps_what_was_typed(pty_env, entries, rj, rj_home):
    keys = [SENSES[0], *typing("the lamp, [bold]a window[/bold]\n", end=b"")]
    keys += [SENSES[1], b"\n", SENSES[2], *typing("rain\n", end=b""), SENSES[3], b"\x04"]
    keys += [SENSES[4], b"\n"]
    result = run_in_pty(["ground", "--save"], env=pty_env, keys=keys)
    assert result.exit_code == 0, result.output
    assert "What you type is saved as a journal entry at the end." in seen(result.output)
    (row,) = entries()
    assert row["title"] == "Grounding"
    assert row["body"] == "See: the lamp, [bold]a window[/bold]\nHear: rain"
    assert f"Saved entry {row['id']} for {row['day']} (" in result.output
    assert rj("list", "--tag", "grounding", "--json").stdout.count('"id"') == 1


def test_54321_with_save_and_nothing_typed_saves_nothing(pty_env, rj_home):
    keys = [step for sense in SENSES for step in (sense, b"\n")]
    before = frozenset(files(rj_home))
    result = run_in_pty(["ground", "--save"], env=pty_env, keys=keys)
    assert result.exit_code == 0, result.output
    assert "Saved" not in result.output
    assert nothing_kept(rj_home, before)


def test_ctrl_c_ends_54321_gently_and_keeps_what_was_saved(pty_env, entries):
    keys = [SENSES[0], *typing("my hands\n", end=b""), SENSES[1], 0.2, b"\x03"]
    result = run_in_pty(["ground", "--save"], env=pty_env, keys=keys)
    assert result.exit_code == 0, result.output
    assert "Stopped" not in result.output and SENSES[2] not in result.output
    assert seen(result.output).endswith(CLOSING)
    assert [row["body"] for row in entries()] == ["See: my hands"]


def test_body_scan_one_step_at_a_time_and_ctrl_d_ends_it(pty_env):
    steps = EXERCISES["body"].steps
    keys = [steps[0], b"\n", steps[1], b"\n", steps[2], b"\x04"]
    result = run_in_pty(["ground", "-e", "body"], env=pty_env, keys=keys)
    assert result.exit_code == 0, result.output
    assert steps[3] not in result.output
    assert seen(result.output).endswith(CLOSING)


@pytest.mark.parametrize("term", ["xterm-256color", "dumb"])
def test_breathing_runs_its_rounds_and_finishes(pty_env, term):
    env = {**pty_env, "TERM": term}
    result = run_in_pty(["ground", "--pattern", "1-0-1", "--rounds", "1"], env=env, timeout=10)
    assert result.exit_code == 0, result.output
    assert "Paced breathing" in result.output
    assert "Breath 1 of 1" in result.output
    assert "Traceback" not in result.output
    assert seen(result.output).endswith(EXERCISES["breathing"].closing)
    if term == "dumb":  # no redrawing: a line as each part of the breath begins
        lines = result.output.splitlines()
        start = lines.index("Breath 1 of 1")
        assert lines[start : start + 3] == [
            "Breath 1 of 1",
            "Breathe in for 1",
            "Breathe out for 1",
        ]
    else:  # the bar was drawn, then cleared
        assert "Breathe in" in result.output and "█" in result.output


def test_ctrl_c_ends_breathing_calmly(pty_env):
    env = {**pty_env, "TERM": "xterm-256color"}
    keys = ["Breath 1 of 30", 0.5, b"\x03"]
    result = run_in_pty(["ground", "--rounds", "30"], env=env, keys=keys, timeout=10)
    assert result.exit_code == 0, result.output
    assert "Stopped" not in result.output
    assert seen(result.output).endswith(EXERCISES["breathing"].closing)


def test_the_bar_fills_by_eighths_and_keeps_its_width():
    from resilience_journal.render import grounding as render

    assert render.breath_bar(0).plain == "·" * 30
    assert render.breath_bar(1).plain == "█" * 30
    assert render.breath_bar(0.5).plain == "█" * 15 + "·" * 15
    assert render.breath_bar(1 / 240).plain == "▏" + "·" * 29
    assert all(len(render.breath_bar(t / 97).plain) == 30 for t in range(98))


def test_the_exercise_is_the_one_asked_for_else_what_the_options_imply():
    chosen = grounding.choose
    assert chosen(None, breathing_options=False, save=False) is grounding.ExerciseName.senses
    assert chosen(None, breathing_options=True, save=False) is grounding.ExerciseName.breathing
    assert chosen(grounding.ExerciseName.body, False, False) is grounding.ExerciseName.body
    assert chosen(None, breathing_options=False, save=True) is grounding.ExerciseName.senses
    with pytest.raises(ValueError, match="go with the breathing exercise"):
        chosen(grounding.ExerciseName.body, breathing_options=True, save=False)
    with pytest.raises(ValueError, match="keeps what you type in 54321"):
        chosen(grounding.ExerciseName.breathing, breathing_options=False, save=True)


def test_breathing_steps_say_each_part_and_how_many_times():
    steps = grounding.breathing_steps(Pattern(4, 1, 6, 0), rounds=1)
    assert steps == (
        "Breathe in gently for 4 seconds.",
        "Hold for 1 second, without straining.",
        "Breathe out slowly for 6 seconds.",
        "You might do this once, at your own pace.",
    )
    assert grounding.breathing_steps(grounding.DEFAULT_PATTERN, 5)[-1] == (
        "You might do this 5 times, at your own pace."
    )


# orientation to now ---------------------------------------------------------------------------

THEN_AND_NOW = "What happened was then. This is now."
HARD_DAY_FIRST = "Today's check-in said things are hard, so this starts with orientation to now."
OTHERS = "Other exercises are there too: rj ground -e 54321, -e breathing or -e body."


def test_now_says_the_journals_date_and_time_and_then_and_now(rj, rj_home):
    result = rj("ground", "-e", "now")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Orientation to now"
    steps = numbered(result.stdout)
    assert steps[0] == "Today is Wednesday 25 November 2026. The time is 21:30."  # RJ_NOW
    assert THEN_AND_NOW in steps[3]
    assert any("where you are" in step for step in steps)
    assert any("what holds you up" in step for step in steps)
    assert not any("feet" in step or "hands" in step for step in steps)
    assert "Name three things you can see." in " ".join(steps)
    assert "sound" in " ".join(steps)
    assert all(len(step) <= 60 for step in steps)  # asked unwrapped: none breaks at 60
    assert lines[-1].startswith("You are here, and it is Wednesday.")
    assert lines[-1].endswith(CLOSING)
    assert HARD_DAY_FIRST not in result.stdout and OTHERS not in result.stdout
    assert nothing_kept(rj_home)


def test_now_names_the_calendar_day_after_midnight(rj):
    # 00:40 still counts for Wednesday's journal, but the date said is the one on the calendar.
    result = rj("ground", "-e", "now", env={"RJ_NOW": "2026-11-26T00:40:00"})
    assert numbered(result.stdout)[0] == "Today is Thursday 26 November 2026. The time is 00:40."
    assert "it is Thursday." in result.stdout


def test_now_at_the_terminal_goes_a_step_at_a_time(pty_env, rj_home):
    steps = grounding.now_exercise(clock()).steps
    keys = [steps[0], b"\n", steps[1], *typing("the kitchen\n", end=b""), steps[2], b"\n"]
    keys += [steps[3], b"\x04"]
    before = frozenset(files(rj_home))
    result = run_in_pty(["ground", "-e", "now"], env=pty_env, keys=keys)
    assert result.exit_code == 0, result.output
    screen = seen(result.output)
    assert "Orientation to now" in screen
    assert "Today is Wednesday 25 November 2026. The time is 21:30." in screen
    assert THEN_AND_NOW in screen and "nothing is kept" in screen
    assert steps[4] not in result.output
    assert screen.endswith(CLOSING)
    assert nothing_kept(rj_home, before)


# a hard day: orientation to now first ---------------------------------------------------------

ASKED = "Enter skips."  # the end of the check-in question
MENU = "would one of these help?"
GO_ON = "press Enter to go on"
EVENING = "2026-11-23T21:00:00"


@pytest.fixture
def checking_env(pty_env, rj_home):
    (rj_home / "config.yaml").write_text("pace: deep\n", encoding="utf-8")  # check-in on
    pty_env["RJ_NOW"] = EVENING
    return pty_env


def check_in(env, distress: bytes) -> None:
    """Rate the day's distress at the check-in before `rj today`, as a person would; at the
    threshold the offer of support comes, and Enter goes on."""
    keys = [ASKED, distress + b"\r"]
    if int(distress) >= 8:
        keys += [MENU, GO_ON, b"\r"]
    result = run_in_pty(["today"], env=env, keys=keys)
    assert result.exit_code == 0, result.output


def test_on_a_hard_day_rj_ground_starts_with_now(checking_env, rj):
    check_in(checking_env, b"9")
    result = rj("ground", env={"RJ_NOW": EVENING})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:3] == [HARD_DAY_FIRST, "", "Orientation to now"]
    assert numbered(result.stdout)[0] == "Today is Monday 23 November 2026. The time is 21:00."
    assert lines[-1] == OTHERS
    # what was asked for is still what runs
    assert rj("ground", "-e", "54321", env={"RJ_NOW": EVENING}).stdout.startswith("5-4-3-2-1")
    assert numbered(rj("ground", "--eyes-open", env={"RJ_NOW": EVENING}).stdout)[0] == (
        ground_words.BODY_OPEN_FIRST
    )
    # the next journaling day is a day of its own
    tomorrow = rj("ground", env={"RJ_NOW": "2026-11-24T21:00:00"})
    assert tomorrow.stdout.startswith("5-4-3-2-1")


def test_on_a_hard_day_at_the_terminal_now_comes_first(checking_env):
    check_in(checking_env, b"8")  # the threshold itself
    first = "Today is Monday 23 November 2026. The time is 21:00."
    result = run_in_pty(["ground"], env=checking_env, keys=[first, b"\x04"])
    assert result.exit_code == 0, result.output
    screen = seen(result.output)
    assert screen.index(HARD_DAY_FIRST) < screen.index("Orientation to now") < screen.index(first)
    assert screen.endswith(f"{CLOSING} {OTHERS}")


def test_below_the_threshold_rj_ground_is_54321_as_ever(checking_env, rj):
    check_in(checking_env, b"5")
    result = rj("ground", env={"RJ_NOW": EVENING})
    assert result.stdout.startswith("5-4-3-2-1")
    assert HARD_DAY_FIRST not in result.stdout and OTHERS not in result.stdout


def test_a_journal_that_cannot_be_read_never_stops_grounding(rj, rj_home):
    rj_home.mkdir(mode=0o700)
    (rj_home / "journal.db").write_bytes(b"this is not a database" * 100)
    result = rj("ground")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("5-4-3-2-1")
    assert (rj_home / "journal.db").read_bytes() == b"this is not a database" * 100


def test_the_support_menu_offers_now_first_and_enter_starts_it(checking_env):
    first = "Today is Monday 23 November 2026. The time is 21:00."
    keys = [ASKED, b"9\r", MENU, GO_ON, b"1\r", "Which exercise would you like?"]
    keys += ["or Ctrl-D to go back:", b"\r", first, b"\x04"]
    keys += ["do you feel now, from 0", b"\r", "Anything else?", b"1\r"]  # asked again: skip
    keys += ["or Ctrl-D to go back:", b"\x04", "Anything else?", b"\r"]
    result = run_in_pty(["today"], env=checking_env, keys=keys)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = lines.index("Which exercise would you like?")
    assert [line.split()[0] for line in lines[start + 1 : start + 5]] == ["1", "2", "3", "4"]
    assert lines[start + 1].startswith("  1  Orientation to now:")
    assert lines[start + 2].startswith("  2  5-4-3-2-1:")
    assert lines[start + 5].startswith("Type a number (Enter for 1), or Ctrl-D to go back:")
    assert seen(result.output).count("You are here, and it is Monday.") == 1
    assert result.output.count("Which exercise would you like?") == 2  # Ctrl-D went back


def test_the_order_exercises_are_offered_in():
    names = grounding.ExerciseName
    assert grounding.offered(hard_day=True) == [
        names.now,
        names.senses,
        names.breathing,
        names.body,
    ]
    assert grounding.offered(hard_day=False)[0] is names.senses
    assert grounding.offered(hard_day=True, done=[names.now]) == [
        names.senses,
        names.breathing,
        names.body,
        names.now,
    ]
    order = grounding.offered(hard_day=True)
    assert grounding.pick("", order) is names.now
    assert grounding.pick(" 3 ", order) is names.breathing
    assert grounding.pick("body", order) is names.body
    for answer in ("0", "5", "calm"):
        with pytest.raises(ValueError):
            grounding.pick(answer, order)


# the body scan with eyes open ------------------------------------------------------------------


def test_the_body_scan_always_says_the_eyes_can_stay_open(rj):
    result = rj("ground", "-e", "body", "--plain")
    assert "Your eyes can stay open, resting on one spot." in seen(result.stdout)


def test_eyes_open_keeps_the_eyes_open_all_the_way_through(rj):
    result = rj("ground", "-e", "body", "--eyes-open")
    assert result.exit_code == 0, result.output
    screen = seen(result.stdout)
    assert result.stdout.startswith("Body scan, eyes open")
    assert "with your eyes open the whole time" in screen
    steps = numbered(result.stdout)
    assert steps[0] == "Let your eyes rest on one spot, then notice your feet."
    assert steps[-1] == "Notice your whole body at once. Slowly look around the room."
    assert steps[1:-1] == list(EXERCISES["body"].steps[1:-1])
    assert rj("ground", "--eyes-open").stdout == result.stdout  # --eyes-open chooses body
