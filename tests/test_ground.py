"""rj ground: grounding exercises as text, on a terminal, and the timing of paced breathing."""

from __future__ import annotations

import pytest

from resilience_journal import grounding
from resilience_journal.grounding import EXERCISES, Pattern, Phase, breath_at, parse_pattern
from resilience_journal.messages import grounding as ground_words
from tests.conftest import run_in_pty, typing

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
        (["-e", "calm"], "'calm' is not one of '54321', 'breathing', 'body'."),
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
    for option in ("--exercise", "--plain", "--save", "--rounds N", "--pattern IN-HOLD-OUT"):
        assert option in result.stdout
    assert "!" not in result.stdout


def test_the_words_stay_calm():
    texts = [*grounding.short_exercise(), ground_words.TYPE_IF_YOU_LIKE, ground_words.BODY_TERMINAL]
    for exercise in EXERCISES.values():
        texts += [exercise.title, exercise.intro, *exercise.steps, exercise.closing]
    words = " ".join(texts)
    assert "!" not in words and "[" not in words
    assert sum("help-now" in exercise.closing for exercise in EXERCISES.values()) == 3


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
