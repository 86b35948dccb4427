"""rj write --unsent: written to be let out, shown back, then gone. Through the real CLI:
what the screen says, and that no copy is left in the journal's files (its write-ahead log
included), drafts, exports, search, or the editor's folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import ON_SCREEN, ok, rows, run_in_pty, typing, unwrapped

SECRET = "Zanzibarquill"  # a word found nowhere else, so any copy of it would show
GONE = "It is gone now. None of it was kept"


def files_hold(folder: Path, word: str) -> list[Path]:
    """Every file under `folder` whose bytes hold `word` (the journal, its -wal and -shm,
    drafts, rescue files, the editor's folder)."""
    needle = word.encode()
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def nothing_kept(rj, rj_home: Path) -> None:
    assert files_hold(rj_home, SECRET) == []
    if not (rj_home / "journal.db").exists():
        return  # rj write --unsent alone never makes a journal
    assert rows(rj_home, "drafts") == []
    for kind in ("json", "markdown", "jrnl-txt", "csv"):
        assert SECRET not in ok(rj("export", "--format", kind))
    assert SECRET.lower() not in ok(rj("search", SECRET, "--json")).lower()


def test_piped_in_it_is_received_then_gone(rj, rj_home):
    ok(rj("write", "An entry kept as usual."))  # the journal, its log and index exist
    result = rj("write", "--unsent", input=f"Dear you, {SECRET}, I am still angry.\n")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # a pipe would keep it: never written out
    said = unwrapped(result.stderr)
    assert said.startswith("Received: 7 words. It is gone now.")
    assert "not in the journal, not in drafts, exports or search" in said
    assert "`rj ground` is there" in said
    assert "!" not in said and "mood" not in said.lower()
    nothing_kept(rj, rj_home)
    assert len(rows(rj_home, "entries")) == 1


def test_on_the_command_line_the_shell_history_is_named(rj, rj_home):
    result = rj("write", "--unsent", f"{SECRET} and the rest", env=ON_SCREEN)
    assert result.exit_code == 0, result.output
    assert "What you wrote, shown once before it goes:" in result.stdout
    assert f"{SECRET} and the rest" in result.stdout
    assert "stays in your shell's history" in unwrapped(result.stderr)
    nothing_kept(rj, rj_home)


def test_options_that_would_keep_something_are_refused(rj, rj_home):
    for extra in (["--mood", "3"], ["--tag", "x"], ["--json"], ["--resume"], ["--title", "t"]):
        result = rj("write", "--unsent", *extra, SECRET)
        assert result.exit_code == 2, extra
        assert "keeps nothing, so it takes no title" in unwrapped(result.stderr)
    assert files_hold(rj_home, SECRET) == []


def test_nothing_written_nothing_kept(rj):
    result = rj("write", "--unsent", input="  \n")
    assert result.exit_code == 1  # as `rj write` and `rj story write` with nothing given
    assert unwrapped(result.stderr) == "Nothing was written, so nothing was kept."


@pytest.fixture
def unsent_editor(tmp_path: Path) -> str:
    """An editor that writes SECRET into its file, leaves a backup file beside it (as some
    editors do), and keeps a hard link to the file outside rj's folder, so the test can
    read what the file's own blocks hold after rj is done."""
    script = tmp_path / "unsent-editor.py"
    script.write_text(
        "import os, sys\n"
        "path = sys.argv[1]\n"
        f"open(path, 'w').write('{SECRET} was here, and it is not for keeping.\\n')\n"
        f"open(path + '~', 'w').write('{SECRET} backup\\n')\n"
        f"os.link(path, {str(tmp_path / 'linked.md')!r})\n"
        f"open({str(tmp_path / 'where.txt')!r}, 'w').write(path)\n",
        encoding="utf-8",
    )
    return f"{sys.executable} {script}"


def test_in_the_editor_its_file_is_overwritten_and_removed(
    rj, rj_home, pty_env, unsent_editor, tmp_path
):
    ok(rj("write", "An entry kept as usual."))
    pty_env["EDITOR"] = unsent_editor
    result = run_in_pty(["write", "--unsent"], env=pty_env)
    assert result.exit_code == 0, result.output
    screen = unwrapped(result.output)
    assert f"{SECRET} was here, and it is not for keeping." in screen  # shown back once
    assert screen.count(SECRET) == 1
    assert "The editor's file was overwritten and removed." in screen
    assert "Your mood" not in screen and "values" not in screen.lower()
    where = Path((tmp_path / "where.txt").read_text())
    assert where.is_relative_to(rj_home) and not where.parent.exists()
    assert not list((rj_home / "tmp").iterdir())  # the backup file too
    linked = (tmp_path / "linked.md").read_bytes()
    assert linked and set(linked) == {0}  # the file's blocks hold zeros now
    nothing_kept(rj, rj_home)


@pytest.mark.parametrize("columns", ["80", "60"])
def test_typed_at_the_terminal_shown_back_then_gone(rj, rj_home, pty_env, columns):
    (rj_home / "config.yaml").write_text("check_in: 'on'\nask_mood: 'on'\n", encoding="utf-8")
    result = run_in_pty(
        ["write", "--unsent"],
        env={**pty_env, "COLUMNS": columns},
        keys=["Ctrl-D", *typing(f"You never listened, {SECRET}.", "That is all.\n")],
    )
    assert result.exit_code == 0, result.output
    screen = result.output
    flat = unwrapped(screen)
    assert flat.startswith("Write what you want to let out; none of it will be kept.")
    assert "What you wrote, shown once before it goes:" in flat
    assert "How much distress" not in flat and "Your mood" not in flat  # nothing asked
    assert GONE in flat and "If you want a moment to land after that" in flat
    assert "!" not in screen
    assert max(len(line.rstrip()) for line in screen.splitlines()) <= int(columns)
    nothing_kept(rj, rj_home)


def test_ctrl_c_while_writing_keeps_nothing(rj, rj_home, pty_env):
    ok(rj("write", "An entry kept as usual."))
    result = run_in_pty(
        ["write", "--unsent"],
        env=pty_env,
        keys=["Ctrl-D", *typing(f"First line {SECRET}", f"half a line {SECRET}", end=b"\x03")],
    )
    assert result.exit_code == 130, result.output
    assert "Stopped. Nothing you wrote was kept." in unwrapped(result.output)
    assert "draft" not in result.output.split("Stopped.")[1]
    nothing_kept(rj, rj_home)
    assert not list(rj_home.glob("rescued*")) and not list(rj_home.glob("*.txt"))


def test_ctrl_c_in_the_editor_keeps_nothing(rj, rj_home, pty_env, editor):
    pty_env["EDITOR"] = editor(f"{SECRET} typed", wait=30)
    result = run_in_pty(["write", "--unsent"], env=pty_env, keys=["EDITOR-WAITING", 0.2, b"\x03"])
    assert result.exit_code == 130, result.output
    assert "Stopped. Nothing you wrote was kept." in unwrapped(result.output)
    assert not (rj_home / "tmp").exists() or not list((rj_home / "tmp").iterdir())
    assert files_hold(rj_home, SECRET) == []


def test_a_closed_terminal_while_the_editor_is_open_leaves_nothing(rj_home, pty_env, tmp_path):
    """The terminal closes (SIGHUP to rj) with the letter written in the editor: the
    editor's folder is still overwritten and removed."""
    script = tmp_path / "hangup-editor.py"
    script.write_text(
        "import os, signal, sys, time\n"
        f"open(sys.argv[1], 'w', encoding='utf-8').write({SECRET!r} + ' to you')\n"
        "os.kill(os.getppid(), signal.SIGHUP)\n"
        "time.sleep(0.5)\n",
        encoding="utf-8",
    )
    pty_env["EDITOR"] = f"{sys.executable} {script}"
    result = run_in_pty(["write", "--unsent"], env=pty_env)
    assert result.exit_code != 0
    assert files_hold(rj_home, SECRET) == []
    assert not (rj_home / "tmp").exists() or not list((rj_home / "tmp").iterdir())


def test_what_a_killed_rj_left_in_the_editor_folder_is_wiped_next_time(rj_home, pty_env, editor):
    left = rj_home / "tmp" / "unsent-999999999-abcd"  # no such process
    left.mkdir(parents=True)
    (left / "unsent.md").write_text(f"{SECRET} from before", encoding="utf-8")
    pty_env["EDITOR"] = editor("Something else, today.")
    result = run_in_pty(["write", "--unsent"], env=pty_env)
    assert result.exit_code == 0, result.output
    assert not left.exists()
    assert files_hold(rj_home, SECRET) == []
