"""Issue 24, two edges where typed text was lost:

- A read-only journal: text typed at the terminal or in the editor, finished (Ctrl-D, the
  editor closed) or stopped (Ctrl-C), is kept in a private file where it can be written, and
  rj says where in one line. Run as a person without root's override: as root, the rj
  process runs with no capabilities (setpriv), so file modes bind it as anyone else.
- Many processes creating a new journal at once: each write is saved, or exits non-zero
  with its text in the rescue file it names.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import NOW, ROOT, run_in_pty, typing, unwrapped

#: As root, rj runs with no capabilities at all (CAP_DAC_OVERRIDE among them): a root that
#: file modes bind, as they bind anyone else.
SETPRIV = shutil.which("setpriv")
NO_OVERRIDE = [SETPRIV or "setpriv", "--bounding-set=-all", "--inh-caps=-all", "--"]


@dataclass
class Locked:
    """A journal this person may read but not change, and where rj may keep text instead."""

    home: Path
    tmp: Path  # TMPDIR of the rj process
    env: dict[str, str]


def _base_env(home: Path, tmp: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("VISUAL", "EDITOR", "PYTEST_CURRENT_TEST", "CI", "XDG_RUNTIME_DIR")
    }
    env.update(RJ_HOME=str(home), NO_COLOR="1", COLUMNS="200", TERM="dumb", RJ_NOW=NOW)
    env.update(RJ_PAGER="", PYTHONPATH=str(ROOT / "src"), TMPDIR=str(tmp), HOME=str(tmp))
    return env


@pytest.fixture
def locked(monkeypatch: pytest.MonkeyPatch) -> Iterator[Locked]:
    """A journal with one entry, then made read-only (file 0400, folder 0500). Under root,
    run_in_pty's rj runs without root's override (no capabilities), so the modes bind."""
    if os.geteuid() == 0:
        if SETPRIV is None:  # pragma: no cover - util-linux is on the CI image
            pytest.skip("running as root without setpriv: chmod cannot stop root here")
        real = os.execve

        def execve(path: str, args: list[str], env: dict[str, str]) -> None:
            real(NO_OVERRIDE[0], [*NO_OVERRIDE, path, *args[1:]], env)

        monkeypatch.setattr(os, "execve", execve)
    base = Path(tempfile.mkdtemp(prefix="rj-readonly-"))
    home, tmp = base / "home", base / "tmp"
    try:
        home.mkdir(mode=0o700)
        tmp.mkdir(mode=0o700)
        (home / "config.yaml").write_text("check_in: 'off'\nask_mood: 'off'\n", "utf-8")
        env = _base_env(home, tmp)
        made = subprocess.run(
            [sys.executable, "-m", "resilience_journal", "write", "written before"],
            env=env,
            capture_output=True,
            text=True,
        )
        assert made.returncode == 0, made.stderr
        (home / "journal.db").chmod(0o400)
        home.chmod(0o500)
        yield Locked(home, tmp, env)
    finally:
        if home.exists():
            home.chmod(0o700)
        shutil.rmtree(base, ignore_errors=True)


def _kept_file(output: str) -> Path:
    """The one file rj named as where the text is kept."""
    found = re.findall(r"kept in (\S+?\.txt)", unwrapped(output))
    assert len(found) == 1, output
    return Path(found[0])


def _private(path: Path, locked: Locked) -> None:
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert path.stat().st_uid == os.getuid()


def _journal_bodies(home: Path) -> list[str]:
    conn = sqlite3.connect(f"{(home / 'journal.db').as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT body FROM entries ORDER BY id")]
    finally:
        conn.close()


def test_read_only_refuses_a_write_as_root_would_not(locked: Locked) -> None:
    """The fixture binds: the journal really cannot be written by the rj process."""
    result = run_in_pty(["write", "inline words"], env=locked.env)
    assert result.exit_code == 1
    assert "read-only for you" in unwrapped(result.output)
    assert "Nothing was changed" in unwrapped(result.output)
    assert _journal_bodies(locked.home) == ["written before"]


def test_typed_then_ctrl_d_is_kept_and_named(locked: Locked) -> None:
    keys = ["Ctrl-D", *typing("a line about today\n", "and a second one\n")]
    result = run_in_pty(["write"], env=locked.env, keys=keys)
    assert result.exit_code == 1, result.output
    said = unwrapped(result.output)
    assert "This journal is read-only for you, so your text is kept in" in said
    assert "Saved" not in said
    kept = _kept_file(result.output)
    assert kept.read_text("utf-8") == "a line about today\nand a second one"
    assert kept.is_relative_to(locked.tmp)  # the journal's folder cannot be written
    _private(kept, locked)
    assert _journal_bodies(locked.home) == ["written before"]


def test_typed_then_ctrl_c_is_kept_and_named(locked: Locked) -> None:
    keys = ["Ctrl-D", *typing("the words so far\n", "unfinished", end=b"\x03")]
    result = run_in_pty(["write"], env=locked.env, keys=keys)
    assert result.exit_code == 130, result.output
    said = unwrapped(result.output)
    assert "You stopped writing. This journal is read-only for you" in said
    assert "kept as a draft" not in said
    kept = _kept_file(result.output)
    assert kept.read_text("utf-8") == "the words so far\nunfinished"
    _private(kept, locked)
    assert _journal_bodies(locked.home) == ["written before"]


def test_runtime_folder_is_used_when_set(locked: Locked) -> None:
    runtime = locked.tmp / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**locked.env, "XDG_RUNTIME_DIR": str(runtime)}
    result = run_in_pty(["write"], env=env, keys=["Ctrl-D", *typing("in the runtime\n")])
    assert result.exit_code == 1, result.output
    kept = _kept_file(result.output)
    assert kept.is_relative_to(runtime)
    assert kept.read_text("utf-8") == "in the runtime"
    _private(kept, locked)


def test_editor_text_is_kept_and_named(locked: Locked) -> None:
    script = locked.tmp / "editor.py"
    script.write_text(
        "import sys\nopen(sys.argv[1], 'w', encoding='utf-8').write('from the editor\\n')\n",
        "utf-8",
    )
    script.chmod(0o755)
    env = {**locked.env, "EDITOR": f"{sys.executable} {script}"}
    result = run_in_pty(["write"], env=env)
    assert result.exit_code == 1, result.output
    kept = _kept_file(result.output)
    assert kept.read_text("utf-8") == "from the editor"
    _private(kept, locked)
    assert _journal_bodies(locked.home) == ["written before"]


def test_editor_stopped_is_kept_and_named(locked: Locked) -> None:
    script = locked.tmp / "editor.py"
    script.write_text(
        "import sys\nopen(sys.argv[1], 'w', encoding='utf-8').write('half of it\\n')\n"
        "sys.exit(3)\n",
        "utf-8",
    )
    script.chmod(0o755)
    env = {**locked.env, "EDITOR": f"{sys.executable} {script}"}
    result = run_in_pty(["write"], env=env)
    assert result.exit_code == 1, result.output
    kept = _kept_file(result.output)
    assert kept.read_text("utf-8") == "half of it"
    _private(kept, locked)


# many processes starting a new journal at once ---------------------------------------------


def _rj(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "resilience_journal", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _rescued_file(said: str) -> Path:
    found = re.findall(r"safe in (\S+?\.txt);", unwrapped(said))
    assert len(found) == 1, said
    return Path(found[0])


def test_forty_processes_start_a_new_journal_and_none_loses_its_words(tmp_path: Path) -> None:
    home = tmp_path / "fresh"
    env = _base_env(home, tmp_path)
    started = []
    for n in range(40):
        if n % 4 == 0:
            words = f"a small win number {n}"
            started.append(("win", words, _rj(env, "win", words)))
        else:
            words = f"words written by process {n}"
            started.append(("write", words, _rj(env, "write", words)))
    saved: dict[str, list[str]] = {"win": [], "write": []}
    for kind, words, process in started:
        out, err = process.communicate(timeout=240)
        said = out + err
        assert "was empty" not in said, said  # a journal being made is not an emptied one
        assert "Traceback" not in said, said
        if process.returncode == 0:
            saved[kind].append(words)
        else:  # never lost: kept where rj said
            assert process.returncode == 1, said
            assert _rescued_file(said).read_text("utf-8") == words
    conn = sqlite3.connect(home / "journal.db")
    try:
        bodies = sorted(row[0] for row in conn.execute("SELECT body FROM entries"))
        wins = sorted(row[0] for row in conn.execute("SELECT text FROM wins"))
    finally:
        conn.close()
    assert bodies == sorted(saved["write"])
    assert wins == sorted(saved["win"])
    assert len(saved["write"]) + len(saved["win"]) == 40  # made robust: none had to be rescued


def test_a_win_the_busy_journal_cannot_take_is_rescued(tmp_path: Path) -> None:
    """Another process holds the journal's write lock past rj's wait (10 s): the win's words
    are kept in a private file and rj names it, instead of only "try again"."""
    home = tmp_path / "home"
    env = _base_env(home, tmp_path)
    first = _rj(env, "write", "a first entry")
    assert first.communicate(timeout=60) and first.returncode == 0
    holder = sqlite3.connect(home / "journal.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        out, err = _rj(env, "win", "called my brother back").communicate(timeout=60)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    said = unwrapped(out + err)
    assert "could not note this win right now" in said
    kept = _rescued_file(said)
    assert kept.read_text("utf-8") == "called my brother back"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert kept.parent == home
