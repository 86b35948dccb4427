"""Tab completion: `rj --show-completion` and `--install-completion` for bash, zsh and fish,
and what a Tab offers: commands, options, and names from the journal (tags, values, goal
and experiment ids) and the prompt library (prompt ids, categories). Each completion runs
as the shell runs it: the real `rj` in a process of its own, with the variables the
script sets (_RJ_COMPLETE=complete_bash and COMP_WORDS / COMP_CWORD for bash; the line in
_TYPER_COMPLETE_ARGS for zsh and fish, typer's protocol)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ok, run_in_pty

BIN = Path(sys.executable).parent


def complete(shell: str, line: str, **env: str) -> subprocess.CompletedProcess[str]:
    """What `rj` answers when Tab is pressed at the end of `line` in `shell`."""
    words = line.split()
    given = {**os.environ, **env, "_RJ_COMPLETE": f"complete_{shell}"}
    if shell == "bash":
        cword = len(words) if line.endswith(" ") else len(words) - 1
        given |= {"COMP_WORDS": line, "COMP_CWORD": str(cword)}
    else:
        given |= {"_TYPER_COMPLETE_ARGS": line, "_TYPER_COMPLETE_FISH_ACTION": "get-args"}
    return subprocess.run(
        [sys.executable, "-m", "resilience_journal"],
        capture_output=True,
        text=True,
        env=given,
        stdin=subprocess.DEVNULL,
        timeout=30,
    )


def offered(shell: str, line: str, **env: str) -> str:
    result = complete(shell, line, **env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # a Tab never prints an error
    return result.stdout


@pytest.fixture
def journal(rj):
    ok(rj("write", "A slow morning.", "--tag", "sleep", "--tag", "family"))
    ok(rj("values", "add", "Being kind"))
    ok(rj("values", "add", "Courage", "--description", "Doing it [scared]"))
    ok(rj("goals", "add", "Walk more", "--value", "Courage"))
    ok(rj("experiment", "start", "Phone off after nine", "--days", "5"))


@pytest.mark.parametrize(
    ("shell", "expected"),
    [
        ("bash", "complete -o default -F _rj_completion rj"),
        ("zsh", "compdef _rj_completion rj"),
        ("fish", "complete --command rj"),
    ],
)
def test_the_scripts_are_printed_for_each_shell(rj, rj_home, shell, expected):
    script = ok(rj("--show-completion", shell))
    assert expected in script
    assert f"_RJ_COMPLETE=complete_{shell}" in script
    assert not rj_home.exists()  # printing a script opens no journal


def test_a_shell_rj_does_not_complete_in_is_named(rj):
    result = rj("--show-completion", "tcsh")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "'tcsh' is not one rj completes in: bash, zsh or fish." in result.stderr


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_with_no_shell_named_it_is_the_shell_rj_runs_in(tmp_path):
    """`rj --show-completion` alone, from bash (`; true` keeps bash as rj's parent)."""
    result = subprocess.run(
        ["bash", "-c", f"{BIN / 'rj'} --show-completion; true"],
        capture_output=True,
        text=True,
        env={**os.environ, "RJ_HOME": str(tmp_path / "home")},
    )
    assert "complete -o default -F _rj_completion rj" in result.stdout, result.stderr


def test_install_completion_puts_the_script_where_bash_reads_it(tmp_path):
    home = tmp_path / "person"
    home.mkdir()
    (home / ".bashrc").write_text("# my own line\n")
    result = subprocess.run(
        [str(BIN / "rj"), "--install-completion", "bash"],
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": str(home), "RJ_HOME": str(tmp_path / "rj")},
    )
    assert result.returncode == 0, result.stderr
    script = home / ".bash_completions" / "rj.sh"
    assert "_RJ_COMPLETE=complete_bash" in script.read_text()
    bashrc = (home / ".bashrc").read_text()
    assert bashrc.startswith("# my own line\n") and f"source '{script}'" in bashrc
    assert f"Tab completion for bash is in {script}." in " ".join(result.stderr.split())
    assert result.stdout == ""


def test_commands_and_options_are_completed():
    assert offered("bash", "rj wri").split() == ["write"]
    commands = offered("bash", "rj ").split()
    assert {"write", "list", "goals", "help-now"} <= set(commands)
    assert "sos" not in commands and "help" not in commands  # hidden ones stay hidden
    assert "--tag" in offered("bash", "rj list --t").split()
    assert {"--install-completion", "--show-completion", "--man"} <= set(
        offered("bash", "rj --").split()
    )
    assert offered("bash", "rj --show-completion ").split() == ["bash", "zsh", "fish"]
    subcommands = offered("zsh", "rj goals ")
    assert '"step":"Add a small step' in subcommands


@pytest.mark.usefixtures("journal")
def test_a_tag_is_completed_in_bash():
    assert offered("bash", "rj list --tag ").split() == ["family", "sleep"]
    assert offered("bash", "rj write --tag s").split() == ["sleep"]
    assert offered("bash", "rj edit 1 --tag f").split() == ["family"]


@pytest.mark.usefixtures("journal")
def test_a_value_is_completed_in_zsh_with_its_description():
    answer = offered("zsh", "rj write --value ")
    assert answer.startswith("_arguments")
    assert '"Being kind"' in answer
    assert '"Courage":"Doing it [scared]"' in answer  # brackets are text, not markup
    assert '"Courage"' in offered("zsh", "rj values archive C")


@pytest.mark.usefixtures("journal")
def test_goal_and_experiment_ids_come_with_their_titles_in_fish():
    assert offered("fish", "rj goals step ").splitlines() == ["1\tWalk more"]
    assert offered("fish", "rj experiment log ").splitlines() == ["1\tPhone off after nine"]


def test_prompt_ids_and_categories_are_completed(rj_home):
    assert set(offered("bash", "rj prompts show grounding.s").split()) == {
        "grounding.slow-breath",
        "grounding.shoulders",
        "grounding.something-to-hold",
    }
    assert "grounding\tGrounding" in offered("fish", "rj prompts list --category gr")
    assert "grounding.feet" in offered("bash", "rj write --prompt grounding.f")
    assert not rj_home.exists()  # no journal, no cache: nothing is made by a Tab


def test_a_missing_journal_offers_nothing_and_makes_nothing(rj_home, tmp_path):
    assert offered("bash", "rj list --tag ").split() == []
    assert offered("fish", "rj goals show ").split() == []
    elsewhere = tmp_path / "nowhere" / "x.db"
    assert offered("bash", f"rj --db {elsewhere} list --tag ").split() == []
    assert not rj_home.exists() and not elsewhere.parent.exists()


@pytest.mark.usefixtures("journal")
def test_completion_leaves_the_journal_folder_as_it_was(rj_home):
    before = sorted(path.name for path in rj_home.iterdir())
    assert offered("bash", "rj list --tag ").split() == ["family", "sleep"]
    assert sorted(path.name for path in rj_home.iterdir()) == before


@pytest.mark.usefixtures("journal")
def test_the_journal_named_by_db_is_the_one_read(rj_home, tmp_path):
    other = tmp_path / "other.db"
    subprocess.run(
        [str(BIN / "rj"), "--db", str(other), "write", "x", "--tag", "elsewhere"],
        capture_output=True,
        check=True,
    )
    assert offered("bash", f"rj --db {other} list --tag ").split() == ["elsewhere"]


def test_a_file_that_is_not_a_journal_offers_nothing_quietly(rj_home):
    rj_home.mkdir()
    (rj_home / "journal.db").write_bytes(b"SQLite format 3\x00" + b"\x01" * 2000)
    assert offered("bash", "rj list --tag ").split() == []
    assert offered("zsh", "rj write --value ").strip() == "_files"  # zsh's own fallback


def test_an_encrypted_journal_offers_nothing_and_never_asks(rj, rj_home):
    pytest.importorskip("sqlcipher3")
    ok(rj("write", "private", "--tag", "secret"))
    ok(rj("encrypt", env={"RJ_PASSPHRASE": "a long passphrase"}))
    env = {k: v for k, v in os.environ.items() if k != "RJ_PASSPHRASE"}
    env |= {"_RJ_COMPLETE": "complete_bash", "COMP_WORDS": "rj list --tag ", "COMP_CWORD": "3"}
    on_terminal = run_in_pty([], env=env)  # a terminal, where rj would otherwise ask
    assert on_terminal.exit_code == 0
    assert on_terminal.output.strip() == ""
    assert offered("bash", "rj list --tag ").split() == []
