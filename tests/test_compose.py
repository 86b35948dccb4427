"""Writing on a real terminal: the editor, typing at the prompt, interruptions and drafts.

These run `python -m resilience_journal` on a pseudo-terminal, with a tiny script as $EDITOR.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, run_in_pty, typing, unwrapped

INTRO = "typed as a draft.\n"  # the end of the line that asks for typing


def rj_json(env: dict[str, str], *args: str):
    out = subprocess.run(
        [sys.executable, "-m", "resilience_journal", *args, "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)


def test_editor_text_is_saved_without_comment_lines(pty_env, editor, tmp_path):
    pty_env["EDITOR"] = editor("# a heading-looking comment\nDear me,\n\nI made it.\n# note\n")
    result = run_in_pty(["write", "--tag", "letters"], env=pty_env)
    assert result.exit_code == 0, result.output
    assert "Saved entry 1" in result.output
    assert "2 lines starting with # were left out, as comments." in result.output
    (entry,) = rj_json(pty_env, "list")
    assert entry["body"] == "Dear me,\n\nI made it."
    assert entry["tags"] == ["letters"]
    # the editor saw a private temp file with the help as comments
    assert (tmp_path / "editor-mode.txt").read_text() == "0o600"
    assert "# Save and close to keep it." in (tmp_path / "editor-saw.txt").read_text()


def test_visual_wins_over_editor(pty_env, editor):
    pty_env["EDITOR"] = editor("from EDITOR")
    pty_env["VISUAL"] = editor("from VISUAL")
    assert run_in_pty(["write"], env=pty_env).exit_code == 0
    assert rj_json(pty_env, "list")[0]["body"] == "from VISUAL"


def test_closing_the_editor_unchanged_saves_nothing(pty_env, editor):
    pty_env["EDITOR"] = editor(keep=True)
    result = run_in_pty(["write"], env=pty_env)
    assert result.exit_code == 1  # as for any entry that was not saved, like git commit
    assert "Nothing was saved: the entry was empty." in result.output
    assert rj_json(pty_env, "list") == []


def test_editor_failure_keeps_the_text_as_a_draft_and_resume_brings_it_back(pty_env, editor):
    pty_env["EDITOR"] = editor("Half a thought about my brother", exit_code=3)
    result = run_in_pty(["write", "--mood", "4"], env=pty_env)
    assert result.exit_code == 1
    assert "The editor exited with an error (code 3)." in result.output
    assert "kept as a draft; `rj write --resume` brings it back." in unwrapped(result.output)
    assert "brother" not in result.output
    assert rj_json(pty_env, "list") == []
    assert rj_json(pty_env, "today")["draft_waiting"] is True

    pty_env["EDITOR"] = editor(keep=True)  # reopen and close: the draft is what gets saved
    resumed = run_in_pty(["write", "--resume"], env=pty_env)
    assert resumed.exit_code == 0, resumed.output
    (entry,) = rj_json(pty_env, "list")
    assert entry["body"] == "Half a thought about my brother"
    assert entry["mood"] == 4  # options given with the first attempt are kept
    assert rj_json(pty_env, "today")["draft_waiting"] is False
    again = run_in_pty(["write", "--resume"], env=pty_env)
    assert again.exit_code == 1
    assert "There is no draft to resume." in again.output


def test_resume_then_empty_discards_the_draft(pty_env, editor):
    pty_env["EDITOR"] = editor("not now", exit_code=1)
    run_in_pty(["write"], env=pty_env)
    pty_env["EDITOR"] = editor("")
    result = run_in_pty(["write", "--resume"], env=pty_env)
    assert "The draft was emptied, so it is discarded." in result.output
    assert rj_json(pty_env, "list") == []
    assert rj_json(pty_env, "today")["draft_waiting"] is False


def test_terminal_input_without_an_editor_ends_with_ctrl_d(pty_env):
    result = run_in_pty(
        ["write", "--title", "Typed"],
        env=pty_env,
        keys=[INTRO, *typing("Line one\n", "Line two\n")],
    )
    assert result.exit_code == 0, result.output
    assert "Saved entry 1" in result.output
    assert rj_json(pty_env, "list")[0]["body"] == "Line one\nLine two"


def test_ctrl_c_while_typing_keeps_a_draft(pty_env):
    result = run_in_pty(
        ["write"],
        env=pty_env,
        keys=[INTRO, *typing("Something hard happened\n", "and I", end=b"\x03")],
    )
    assert result.exit_code == 130
    assert "\nYou stopped writing. What you typed is kept as a draft" in result.output
    assert "Traceback" not in result.output
    assert rj_json(pty_env, "list") == []

    resumed = run_in_pty(
        ["write", "--resume"],
        env=pty_env,
        keys=["Add more below", *typing("walked away.\n")],
    )
    assert resumed.exit_code == 0, resumed.output
    assert "Something hard happened" in resumed.output  # the draft is shown before adding
    body = rj_json(pty_env, "list")[0]["body"]
    assert body == "Something hard happened\nand I\nwalked away."


def test_ctrl_c_before_typing_anything_keeps_nothing(pty_env):
    result = run_in_pty(["write"], env=pty_env, keys=[INTRO, 0.3, b"\x03"])
    assert result.exit_code == 130
    assert "Nothing had been typed, so nothing was kept." in result.output
    assert rj_json(pty_env, "today")["draft_waiting"] is False


def test_edit_opens_the_entry_and_saves_changes(pty_env, editor, tmp_path):
    subprocess.run(
        [sys.executable, "-m", "resilience_journal", "write", "# not a comment\nfirst"],
        env=pty_env,
        check=True,
        capture_output=True,
    )
    pty_env["EDITOR"] = editor("# not a comment\nfirst, and more\n")
    result = run_in_pty(["edit", "1"], env=pty_env)
    assert result.exit_code == 0, result.output
    assert "Updated entry 1." in result.output
    saw = (tmp_path / "editor-saw.txt").read_text()
    assert saw.startswith("# not a comment\nfirst\n")
    assert "; Save and close" in saw  # a different comment mark, as git's commentChar=auto
    (entry,) = rj_json(pty_env, "list")
    assert entry["body"] == "# not a comment\nfirst, and more"


def test_edit_unchanged_changes_nothing(pty_env, editor):
    subprocess.run(
        [sys.executable, "-m", "resilience_journal", "write", "stay as you are"],
        env=pty_env,
        check=True,
        capture_output=True,
    )
    before = rj_json(pty_env, "list")
    pty_env["EDITOR"] = editor(keep=True)
    result = run_in_pty(["edit", "1"], env=pty_env)
    assert result.exit_code == 0
    assert "No changes; entry 1 is as it was." in result.output
    assert rj_json(pty_env, "list") == before


def test_interrupted_edit_is_picked_up_next_time(pty_env, editor):
    subprocess.run(
        [sys.executable, "-m", "resilience_journal", "write", "original"],
        env=pty_env,
        check=True,
        capture_output=True,
    )
    pty_env["EDITOR"] = editor("original, changed", exit_code=1)
    first = run_in_pty(["edit", "1"], env=pty_env)
    assert first.exit_code == 1
    assert "`rj edit 1` brings it back" in first.output
    assert rj_json(pty_env, "list")[0]["body"] == "original"
    pty_env["EDITOR"] = editor(keep=True)
    second = run_in_pty(["edit", "1"], env=pty_env)
    assert "Picking up the unsaved changes to entry 1." in second.output
    assert rj_json(pty_env, "list")[0]["body"] == "original, changed"


def test_missing_editor_program_is_a_clear_error(pty_env):
    pty_env["EDITOR"] = "no-such-editor-here --wait"
    result = run_in_pty(["write"], env=pty_env)
    assert result.exit_code == 1
    assert "The editor 'no-such-editor-here' could not be started; nothing was saved." in (
        result.output
    )
    assert "Traceback" not in result.output


def test_temp_files_are_removed(pty_env, editor, rj_home: Path):
    pty_env["EDITOR"] = editor("done")
    run_in_pty(["write"], env=pty_env)
    assert list((rj_home / "tmp").iterdir()) == []


def test_ctrl_c_while_the_editor_is_open_keeps_a_draft(pty_env, editor):
    pty_env["EDITOR"] = editor("Typed in the editor, not saved yet", wait=30)
    result = run_in_pty(["write"], env=pty_env, keys=["EDITOR-WAITING", 0.2, b"\x03"])
    assert result.exit_code == 130
    assert "You stopped writing. What you typed is kept as a draft" in result.output
    assert rj_json(pty_env, "list") == []
    pty_env["EDITOR"] = editor(keep=True)
    assert run_in_pty(["write", "--resume"], env=pty_env).exit_code == 0
    assert rj_json(pty_env, "list")[0]["body"] == "Typed in the editor, not saved yet"


def test_dash_on_a_terminal_reads_typed_lines(pty_env, editor):
    pty_env["EDITOR"] = editor("the editor should not open")
    result = run_in_pty(
        ["write", "-"], env=pty_env, keys=["Ctrl-D on a new line ends it.\n", *typing("typed\n")]
    )
    assert result.exit_code == 0, result.output
    assert rj_json(pty_env, "list")[0]["body"] == "typed"


def test_a_waiting_draft_is_mentioned_when_writing_again(pty_env, editor):
    pty_env["EDITOR"] = editor("first draft", exit_code=1)
    run_in_pty(["write"], env=pty_env)
    pty_env["EDITOR"] = editor("second draft", exit_code=1)
    second = run_in_pty(["write"], env=pty_env)
    assert "You have an earlier draft waiting; `rj write --resume` brings it back." in (
        second.output
    )
    pty_env["EDITOR"] = editor(keep=True)
    resumed = run_in_pty(["write", "--resume"], env=pty_env)
    assert "You have an earlier draft waiting" in resumed.output  # the first is not lost
    run_in_pty(["write", "--resume"], env=pty_env)
    bodies = sorted(entry["body"] for entry in rj_json(pty_env, "list"))
    assert bodies == ["first draft", "second draft"]


def _trigger(rj_home: Path, sql: str) -> None:
    import sqlite3

    conn = sqlite3.connect(rj_home / "journal.db")
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_an_edit_the_journal_cannot_take_is_kept_as_a_draft(pty_env, editor, rj_home):
    subprocess.run(
        [sys.executable, "-m", "resilience_journal", "write", "before"],
        env=pty_env,
        check=True,
        capture_output=True,
    )
    _trigger(
        rj_home,
        "CREATE TRIGGER no_updates BEFORE UPDATE ON entries "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END",
    )
    pty_env["EDITOR"] = editor("after, with care")
    result = run_in_pty(["edit", "1"], env=pty_env)
    assert result.exit_code == 1
    assert "The journal could not save this right now." in result.output
    assert "`rj edit 1` brings it back" in result.output
    _trigger(rj_home, "DROP TRIGGER no_updates")
    pty_env["EDITOR"] = editor(keep=True)
    again = run_in_pty(["edit", "1"], env=pty_env)
    assert "Picking up the unsaved changes to entry 1." in again.output
    assert rj_json(pty_env, "list")[0]["body"] == "after, with care"


def test_when_even_a_draft_cannot_be_kept_the_text_goes_to_a_rescue_file(pty_env, editor, rj_home):
    subprocess.run(
        [sys.executable, "-m", "resilience_journal", "today"],
        env=pty_env,
        check=True,
        capture_output=True,
    )
    _trigger(
        rj_home,
        "CREATE TRIGGER no_drafts BEFORE INSERT ON drafts "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END",
    )
    pty_env["EDITOR"] = editor("precious words", exit_code=2)
    result = run_in_pty(["write"], env=pty_env)
    assert result.exit_code == 1
    (rescued,) = rj_home.glob("rescued-*.txt")
    assert rescued.read_text() == "precious words"
    assert "precious" not in result.output


def test_the_comment_mark_named_is_the_one_the_file_used(pty_env, editor):
    subprocess.run(
        [sys.executable, "-m", "resilience_journal", "write", "# heading\nbody"],
        env=pty_env,
        check=True,
        capture_output=True,
    )
    pty_env["EDITOR"] = editor("# heading\nbody\n; a note to myself\n")
    result = run_in_pty(["edit", "1"], env=pty_env)
    assert "1 line starting with ; was left out, as comments." in result.output
    assert rj_json(pty_env, "list")[0]["body"] == "# heading\nbody"


def test_a_broken_settings_file_is_reported_once(pty_env, editor, rj_home):
    rj_home.mkdir(parents=True, exist_ok=True)
    (rj_home / "config.yaml").write_text("pace: [\n")
    pty_env["EDITOR"] = editor("words")
    # the default settings ask the daily check-in: Enter skips it
    # and the mood after writing: Enter skips that too
    keys = ["Enter skips.", b"\r", "(best)? Enter skips.", b"\r"]
    result = run_in_pty(["write"], env=pty_env, keys=keys)
    assert result.exit_code == 0
    assert result.output.count("The settings file could not be read") == 1


def test_write_shows_todays_prompt_and_records_it(pty_env, editor, tmp_path):
    prompt = rj_json(pty_env, "prompt")
    pty_env["EDITOR"] = editor("What I noticed.")
    result = run_in_pty(["write"], env=pty_env)
    assert result.exit_code == 0, result.output
    saw = " ".join(
        line.lstrip("# ") for line in (tmp_path / "editor-saw.txt").read_text().splitlines()
    )
    assert "Today's prompt, only if it helps" in saw
    assert " ".join(prompt["text"].split()) in " ".join(saw.split())
    (entry,) = rj_json(pty_env, "list")
    assert entry["prompt_id"] == prompt["id"]
    assert entry["body"] == "What I noticed."


def test_terminal_writing_shows_the_prompt_first(pty_env):
    prompt = rj_json(pty_env, "prompt")
    result = run_in_pty(["write"], env=pty_env, keys=[INTRO, *typing("words\n")])
    assert result.exit_code == 0, result.output
    before = result.output.split("Write your entry.")[0]
    assert " ".join(prompt["text"].split()[:5]) in " ".join(before.split())


def test_a_deep_prompt_lands_first(pty_env, editor):
    deep = next(p for p in rj_json(pty_env, "prompts", "list") if p["depth"] == "deep")
    pty_env["EDITOR"] = editor("Only as much as I wanted.")
    run_in_pty(["today"], env=pty_env)  # not the first time: the word on pace is said then
    result = run_in_pty(["write", "--prompt", deep["id"]], env=pty_env)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Writing like this can stir things up. Before anything")
    assert result.output.index("a moment to land") < result.output.index("Saved entry 1")
    assert rj_json(pty_env, "list")[0]["prompt_id"] == deep["id"]


def test_an_unknown_prompt_id_is_refused_before_writing(pty_env, editor, tmp_path):
    pty_env["EDITOR"] = editor("never typed")
    result = run_in_pty(["write", "--prompt", "nope.nope"], env=pty_env)
    assert result.exit_code == 1
    assert "There is no prompt 'nope.nope'." in result.output
    assert "Nothing was saved." in unwrapped(result.output)
    assert not (tmp_path / "editor-saw.txt").exists()  # the editor never opened
