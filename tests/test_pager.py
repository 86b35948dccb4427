"""The pager, the way git runs one: long output on a terminal goes through $RJ_PAGER, then
$PAGER, then `less -FRX`; never to a pipe, never with --no-pager or the pager setting off,
and never for `rj help-now`, which must show at once. A fake pager records what it was given."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ok, run_in_pty

SHORT_SCREEN = "12"  # LINES: a small terminal, so a listing of 30 entries is long


@pytest.fixture
def fake_pager(tmp_path: Path):
    """A pager command that writes what it reads (and the LESS it was given) to a file."""
    script = tmp_path / "pager.py"
    paged = tmp_path / "paged.txt"
    script.write_text(
        "import os, sys\n"
        "text = sys.stdin.read()\n"
        f"with open({str(paged)!r}, 'a', encoding='utf-8') as out:\n"
        "    out.write('LESS=' + os.environ.get('LESS', '') + '\\n' + text)\n",
        encoding="utf-8",
    )
    return f"{sys.executable} {script}", paged


@pytest.fixture
def thirty(rj):
    for n in range(1, 31):
        ok(rj("write", f"Entry number {n}."))


def terminal(pty_env, command: str, **more: str) -> dict[str, str]:
    env = {**pty_env, "RJ_PAGER": command, "LINES": SHORT_SCREEN}
    env.pop("LESS", None)
    env.update(more)
    return env


def test_a_long_listing_on_a_terminal_goes_through_the_pager(pty_env, fake_pager, thirty):
    command, paged = fake_pager
    ran = run_in_pty(["list", "-n", "30"], env=terminal(pty_env, command))
    assert ran.exit_code == 0, ran.output
    text = paged.read_text(encoding="utf-8")
    assert text.startswith("LESS=FRX\n")  # as git sets it, when the person has not
    assert "Entry number 30." in text and "Entry number 1." in text
    assert "Entry number 30." not in ran.output  # the pager had it, not the terminal


def test_a_pipe_never_gets_the_pager(rj_home, pty_env, fake_pager, thirty):
    command, paged = fake_pager
    env = {**terminal(pty_env, command), "RJ_HOME": str(rj_home)}
    done = subprocess.run(
        [sys.executable, "-m", "resilience_journal", "list", "-n", "30"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 30
    assert not paged.exists()


@pytest.mark.parametrize(
    "args", [["--no-pager", "list", "-n", "30"], ["list", "-n", "30", "--no-pager"]]
)
def test_no_pager_prints_straight_to_the_terminal(pty_env, fake_pager, thirty, args):
    command, paged = fake_pager
    ran = run_in_pty(args, env=terminal(pty_env, command))
    assert ran.exit_code == 0, ran.output
    assert "Entry number 30." in ran.output and "Entry number 1." in ran.output
    assert not paged.exists()


def test_the_pager_setting_off_turns_it_off(rj, pty_env, fake_pager, thirty):
    command, paged = fake_pager
    ok(rj("config", "set", "pager", "off"))
    ran = run_in_pty(["list", "-n", "30"], env=terminal(pty_env, command))
    assert "Entry number 1." in ran.output
    assert not paged.exists()
    ok(rj("config", "set", "pager", "on"))
    run_in_pty(["list", "-n", "30"], env=terminal(pty_env, command))
    assert paged.exists()


def test_a_short_output_is_printed_at_once(rj, pty_env, fake_pager):
    command, paged = fake_pager
    ok(rj("write", "Just this."))
    ran = run_in_pty(["list"], env=terminal(pty_env, command))
    assert "Just this." in ran.output
    ran = run_in_pty(["show", "1"], env=terminal(pty_env, command))
    assert "Just this." in ran.output
    assert not paged.exists()


def test_a_long_entry_is_paged(rj, pty_env, fake_pager):
    command, paged = fake_pager
    ok(rj("write", "\n".join(f"Line {n} of a long entry." for n in range(1, 41))))
    ran = run_in_pty(["show", "1"], env=terminal(pty_env, command))
    assert ran.exit_code == 0, ran.output
    assert "Line 40 of a long entry." in paged.read_text(encoding="utf-8")


def test_help_now_shows_at_once_and_only_all_is_paged(rj, pty_env, fake_pager):
    command, paged = fake_pager
    ok(rj("safety-plan", "--set", "warning-signs", "Not sleeping."))
    tiny = terminal(pty_env, command, LINES="5")
    ran = run_in_pty(["help-now"], env=tiny)
    assert ran.exit_code == 0, ran.output
    assert "emergency" in ran.output.lower()
    assert not paged.exists()
    ran = run_in_pty(["help-now", "--all"], env=tiny)
    assert ran.exit_code == 0, ran.output
    assert "Not sleeping." in paged.read_text(encoding="utf-8")


def test_export_to_a_terminal_is_paged(pty_env, fake_pager, thirty):
    command, paged = fake_pager
    ran = run_in_pty(["export"], env=terminal(pty_env, command))
    assert ran.exit_code == 0, ran.output
    text = paged.read_text(encoding="utf-8")
    assert "Entry number 1." in text and "Entry number 30." in text


def test_rj_pager_comes_before_pager_and_cat_or_nothing_means_none(
    pty_env, fake_pager, thirty, tmp_path
):
    command, paged = fake_pager
    env = terminal(pty_env, command)
    del env["RJ_PAGER"]
    env["PAGER"] = command  # PAGER, when RJ_PAGER is not set
    run_in_pty(["list", "-n", "30"], env=env)
    assert paged.exists()
    paged.unlink()
    for none in ("", "cat"):
        ran = run_in_pty(["list", "-n", "30"], env={**env, "RJ_PAGER": none})
        assert "Entry number 1." in ran.output
        assert not paged.exists()


def test_a_pager_that_cannot_start_is_not_an_error(pty_env, thirty, tmp_path):
    missing = str(tmp_path / "no-such-pager")
    ran = run_in_pty(["list", "-n", "30"], env=terminal(pty_env, missing))
    assert ran.exit_code == 0, ran.output
    assert "Entry number 30." in ran.output and "Entry number 1." in ran.output


def test_less_the_default_shows_the_listing_and_quits(pty_env, thirty):
    if not any(
        os.access(os.path.join(folder, "less"), os.X_OK)
        for folder in os.environ.get("PATH", "").split(os.pathsep)
    ):
        pytest.skip("less is not installed")
    env = terminal(pty_env, "", TERM="xterm")
    del env["RJ_PAGER"]
    env.pop("PAGER", None)
    ran = run_in_pty(["list", "-n", "30"], env=env, keys=["Entry number 25.", 0.3, b"q"])
    assert ran.exit_code == 0, ran.output
    assert "Entry number 30." in ran.output


def test_the_pager_is_given_what_the_screen_shows(pty_env, fake_pager, rj):
    """The person's own escapes never reach the pager as escapes (it passes colours on)."""
    command, paged = fake_pager
    ok(rj("write", "\x1b]0;pwned\x07 \x1b[31mRED " + "word " * 400))
    run_in_pty(["show", "1"], env=terminal(pty_env, command, COLUMNS="40"))
    text = paged.read_text(encoding="utf-8")
    assert "\x1b]" not in text and "\x1b[31m" not in text
    assert "␛[31mRED" in text


@pytest.mark.parametrize("args", [["list", "-n", "30"], ["export"]])
def test_a_pager_closed_early_is_not_an_error(pty_env, thirty, args):
    ran = run_in_pty(args, env=terminal(pty_env, "head -3"))
    assert ran.exit_code == 0, ran.output
    assert len(ran.output.strip().splitlines()) == 3, ran.output
    assert "Error" not in ran.output and "Traceback" not in ran.output


def test_a_pager_closed_part_way_through_a_long_export_is_not_an_error(pty_env, rj):
    """An export over a megabyte reaches the pager in more than one write: the writes after
    the pager has gone end the command quietly too."""
    for n in range(3):
        ok(rj("write", f"Long entry {n}. " + "a few words more " * 30_000))  # ~500 KB each
    ran = run_in_pty(["export"], env=terminal(pty_env, "head -3"), timeout=60)
    assert ran.exit_code == 0, ran.output
    assert "Nothing was changed" not in ran.output and "Traceback" not in ran.output
