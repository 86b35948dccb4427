"""A word on pace when a person starts, and on readiness wherever deep prompts come up.

- The first time rj is used at a terminal (`rj today`, or `rj write` typed there), after the
  day's check-in, a short screen says what pace means, that deep prompts come closer to what
  happened and can be easier with support and rest, and how to change it; once per journal.
  Never to a script (`rj write TEXT`, `rj today --json`), and not on a hard day.
- Asking for a depth past the pace says what deep prompts ask before the way past it.
- A deep prompt, wherever it is shown, says that it comes closer and that you can stop."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import ON_SCREEN, ok, run_in_pty, typing, unwrapped

PACE_WORD = "a word on pace"  # the first line of the screen, said once
READINESS = "can be easier with someone to talk to, and with time to rest afterwards"
CLOSER = "This one comes closer to the hardest things. You can stop at any time."
ASKED = "Enter skips."  # the end of the check-in question
WRITE = "typed as a draft."  # the end of the line that asks for typing
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def said(output: str) -> str:
    return unwrapped(ANSI.sub("", output))


def prompt_of(rj, depth: str) -> dict:
    """The first prompt of the library at `depth` (whatever the packs hold today)."""
    return next(p for p in json.loads(ok(rj("prompts", "list", "--json"))) if p["depth"] == depth)


@pytest.fixture
def checking_env(pty_env, rj_home):
    """A terminal where the daily check-in is on (the mood after writing is off)."""
    (rj_home / "config.yaml").write_text("ask_mood: 'off'\n", encoding="utf-8")
    pty_env["EDITOR"] = ""
    return pty_env


def test_the_first_rj_today_at_a_terminal_says_what_pace_is_and_the_next_does_not(pty_env):
    first = run_in_pty(["today"], env=pty_env)
    assert first.exit_code == 0, first.output
    shown = said(first.output)
    assert "Before you start, a word on pace (said only this once)." in shown
    assert "Pace is how deep prompts may go; yours is reflective." in shown
    assert "reflective looking back a little (the default)" in shown
    assert "deep coming closer to the hardest things" in shown
    assert "Deep prompts " + READINESS in shown
    assert "`rj config set pace gentle` changes it" in shown
    # under the home screen, the last thing on it
    assert shown.index("Ways to write") < shown.index(PACE_WORD)
    second = run_in_pty(["today"], env=pty_env)
    assert second.exit_code == 0, second.output
    assert "Ways to write" in second.output and PACE_WORD not in second.output.lower()


def test_it_names_the_pace_the_person_chose(pty_env, rj_home):
    (rj_home / "config.yaml").write_text("check_in: 'off'\npace: gentle\n", encoding="utf-8")
    shown = said(run_in_pty(["today"], env=pty_env).output)
    assert "yours is gentle." in shown


def test_scripts_never_see_it_and_do_not_use_it_up(rj, pty_env):
    inline = run_in_pty(["write", "A line from a script."], env=pty_env)
    assert inline.exit_code == 0 and "Saved entry 1" in inline.output, inline.output
    data = run_in_pty(["today", "--json"], env=pty_env)
    assert data.exit_code == 0 and '"days_written_last_7": 1' in data.output, data.output
    piped = rj("today", env=ON_SCREEN)  # stdin is not a terminal
    assert ok(piped) and PACE_WORD not in piped.output.lower()
    for result in (inline, data):
        assert PACE_WORD not in result.output.lower()
    # the first time at a terminal is still to come
    assert PACE_WORD in run_in_pty(["today"], env=pty_env).output.lower()


def test_the_check_in_comes_first_then_the_word_on_pace_then_the_prompt(checking_env, rj):
    deep = prompt_of(rj, "deep")
    keys = [ASKED, b"3\r", WRITE, *typing("A few words.\n")]
    first = run_in_pty(["write", "--prompt", deep["id"]], env=checking_env, keys=keys)
    assert first.exit_code == 0, first.output
    shown = said(first.output)
    assert "Saved entry 1" in shown
    question, pace, prompt = (shown.index(s) for s in (ASKED, PACE_WORD, "Today's prompt"))
    assert question < pace < prompt
    checking_env["RJ_NOW"] = "2026-11-26T21:30:00"
    keys = [ASKED, b"3\r", WRITE, *typing("More words.\n")]
    again = run_in_pty(["write"], env=checking_env, keys=keys)
    assert "Saved entry 2" in again.output and PACE_WORD not in again.output.lower()


def test_a_hard_day_offers_help_and_leaves_pace_for_another_day(checking_env):
    keys = [ASKED, b"9\r", "Enter skips", b"\r"]  # the offer of help, passed by
    hard = run_in_pty(["today"], env=checking_env, keys=keys)
    assert hard.exit_code == 0, hard.output
    assert "help-now" in hard.output and PACE_WORD not in hard.output.lower()
    checking_env["RJ_NOW"] = "2026-11-26T21:30:00"
    calmer = run_in_pty(["today"], env=checking_env, keys=[ASKED, b"2\r"])
    assert PACE_WORD in calmer.output.lower(), calmer.output


@pytest.mark.parametrize("columns", [60, 80])
def test_the_screen_fits_the_terminal(pty_env, columns):
    pty_env.update(COLUMNS=str(columns), TERM="xterm")
    output = ANSI.sub("", run_in_pty(["today"], env=pty_env).output)
    lines = output.split("\n")
    start = next(i for i, line in enumerate(lines) if PACE_WORD in line.lower())
    screen = [line for line in lines[start:] if line.strip()]
    assert 7 <= len(screen) <= 10, screen
    assert all(len(line) < columns for line in screen), screen
    # the table of paces keeps its columns
    assert "  gentle      the here and now, and everyday things" in screen


def test_asking_past_the_pace_for_deep_prompts_speaks_of_readiness_first(rj):
    result = rj("prompt", "--depth", "deep")
    assert result.exit_code == 1
    shown = unwrapped(result.stderr)
    assert "Your pace is reflective, so deep prompts are not offered." in shown
    assert "Deep prompts come closer to the hardest things; they " + READINESS in shown
    assert shown.index(READINESS) < shown.index("If you feel ready, `--pace deep` shows one")
    gentle = rj("config", "set", "pace", "gentle")
    assert gentle.exit_code == 0
    reflective = unwrapped(rj("prompt", "--depth", "reflective").stderr)
    assert "`--pace reflective` shows one this time" in reflective
    assert READINESS not in reflective  # reflective prompts do not come that close


def test_a_deep_prompt_says_it_comes_closer_and_a_gentle_one_does_not(rj):
    deep, gentle = prompt_of(rj, "deep"), prompt_of(rj, "gentle")
    shown = unwrapped(ok(rj("prompts", "show", deep["id"], env=ON_SCREEN)))
    assert CLOSER in shown.replace("│", " ").replace("  ", " ")
    today = unwrapped(ok(rj("prompt", "--depth", "deep", "--pace", "deep", env=ON_SCREEN)))
    assert "This one comes closer to the hardest things." in today
    assert "closer to the hardest things" not in ok(
        rj("prompts", "show", gentle["id"], env=ON_SCREEN)
    )


def test_a_deep_prompt_above_the_writing_space_and_in_the_editor(rj, pty_env, editor, tmp_path):
    deep = prompt_of(rj, "deep")
    pty_env["EDITOR"] = ""
    typed = run_in_pty(
        ["write", "--prompt", deep["id"]], env=pty_env, keys=[WRITE, *typing("Words.\n")]
    )
    shown = said(typed.output)
    assert shown.index(CLOSER) < shown.index(WRITE), typed.output
    pty_env["EDITOR"] = editor("In the editor.\n")
    edited = run_in_pty(["write", "--prompt", deep["id"]], env=pty_env)
    assert edited.exit_code == 0, edited.output
    comments = (tmp_path / "editor-saw.txt").read_text(encoding="utf-8")
    assert "# " + CLOSER in comments
    assert comments.index(CLOSER) < comments.index(unwrapped(deep["text"])[:30])
