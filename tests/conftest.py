"""Every test gets its own RJ_HOME in a temp dir: no test can touch a real journal."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as clock_time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resilience_journal.cli import app
from resilience_journal.dates import journal_day

ROOT = Path(__file__).resolve().parent.parent

#: The instant every test runs at unless it sets its own RJ_NOW: Wednesday 25 November
#: 2026, 21:30 local time, an ordinary evening in the middle of a week. No test reads the
#: real clock unless the real clock is what it tests (tests/test_clocks.py).
NOW = "2026-11-25T21:30:00"

#: The env of a test of a screen through CliRunner. Its stdout is not a terminal, so rj would
#: write plain records (render/plain.py); with this, rj and Rich take it for a terminal, a
#: plain one (TERM=dumb: no styles; LINES, so that COLUMNS still sets the width). No pager
#: runs: that needs a real terminal (tests/test_pager.py).
ON_SCREEN = {"TTY_COMPATIBLE": "1", "TERM": "dumb", "LINES": "40"}


def clock() -> datetime:
    """The instant rj sees in this test: RJ_NOW, read as rj reads it."""
    return datetime.fromisoformat(os.environ["RJ_NOW"]).astimezone()


def today(day_starts_at: clock_time = clock_time(4, 0)) -> date:
    """The journaling day at that instant (the day starts at 04:00 unless told)."""
    return journal_day(clock(), day_starts_at)


def unwrapped(text: str) -> str:
    """Screen text as one line, so a sentence is found wherever the terminal wrapped it."""
    return " ".join(text.split())


@pytest.fixture(autouse=True, scope="session")
def fixed_clock() -> Iterator[str]:
    """RJ_NOW for the whole session, so journals that a module makes once share the clock."""
    with pytest.MonkeyPatch.context() as session:
        session.setenv("RJ_NOW", NOW)
        yield NOW


@pytest.fixture(autouse=True)
def rj_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "rj-home"
    monkeypatch.setenv("RJ_HOME", str(home))
    monkeypatch.setenv("RJ_NOW", NOW)  # again: a test that moved the clock moved it alone
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("TERMINAL_WIDTH", "80")
    for name in ("VISUAL", "EDITOR", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def rj() -> Callable[..., object]:
    """Run the real Typer app: rj("list", "--json", input="..."). stdin is never a tty."""
    runner = CliRunner()

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None):
        return runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)

    return run


@pytest.fixture
def entries(rj_home: Path) -> Callable[[], list[dict]]:
    """Read the entries table straight from the SQLite file (what was really saved)."""

    def read() -> list[dict]:
        db_path = rj_home / "journal.db"
        if not db_path.exists():
            return []
        conn = sqlite3.connect(db_path)
        conn.row_factory = sqlite3.Row
        try:
            return [dict(row) for row in conn.execute("SELECT * FROM entries ORDER BY id")]
        except sqlite3.OperationalError:
            return []
        finally:
            conn.close()

    return read


def ok(result) -> str:
    """The command's standard output, once it has succeeded."""
    assert result.exit_code == 0, result.output
    return result.stdout


def rows(rj_home: Path, table: str) -> list[dict]:
    """Every row of `table` in the journal, read straight from the SQLite file."""
    db = rj_home / "journal.db"
    if not db.exists():
        return []
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(f"SELECT * FROM {table} ORDER BY id")]
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def listed(rj, *args: str) -> list[dict]:
    result = rj("list", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def editor(tmp_path: Path) -> Callable[..., str]:
    """Make a tiny editor program: editor(text=..., exit_code=...) returns the command.

    It records what it was given (to <tmp>/editor-saw.txt, plus the file mode), then writes
    `text` into the file (unless keep=True); with wait=N it then says EDITOR-WAITING and
    stays open N seconds, as an editor the person has not closed yet."""

    def make(
        text: str | None = None, exit_code: int = 0, keep: bool = False, wait: float = 0
    ) -> str:
        script = tmp_path / f"editor-{len(list(tmp_path.glob('editor-*.py')))}.py"
        script.write_text(
            "import os, stat, sys\n"
            "path = sys.argv[1]\n"
            f"saw = open(path, encoding='utf-8').read()\n"
            f"open({str(tmp_path / 'editor-saw.txt')!r}, 'w', encoding='utf-8').write(saw)\n"
            f"open({str(tmp_path / 'editor-mode.txt')!r}, 'w').write("
            "oct(stat.S_IMODE(os.stat(path).st_mode)))\n"
            f"text = {text!r}\n"
            f"if text is not None and not {keep!r}:\n"
            "    open(path, 'w', encoding='utf-8').write(text)\n"
            f"if {wait!r}:\n"
            "    import time\n"
            "    print('EDITOR-WAITING', flush=True)\n"
            f"    time.sleep({wait!r})\n"
            f"sys.exit({exit_code})\n",
            encoding="utf-8",
        )
        return f"{sys.executable} {script}"

    return make


@dataclass
class PtyResult:
    exit_code: int
    output: str


def run_in_pty(
    args: list[str],
    *,
    env: dict[str, str],
    keys: Sequence[bytes | str | float] = (),
    timeout: float = 20,
) -> PtyResult:
    """Run `python -m resilience_journal ARGS` on a real pseudo-terminal, as a person would.

    `keys` run in order: a str waits until that text has been printed, bytes are typed, a
    float pauses (a line must be read before Ctrl-C, which discards unread input).
    b"\\x04" is Ctrl-D; b"\\x03" is Ctrl-C (the terminal turns it into SIGINT)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: stdin, stdout and stderr are the terminal
        os.execve(sys.executable, [sys.executable, "-m", "resilience_journal", *args], env)
    output = bytearray()
    deadline = time.monotonic() + timeout

    def read_some() -> bool:
        """Read what is there; False once the terminal is closed."""
        ready, _, _ = select.select([fd], [], [], max(0.0, min(0.1, deadline - time.monotonic())))
        if not ready:
            return True
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child has closed the terminal
            return False
        output.extend(chunk)
        return bool(chunk)

    def fail(why: str) -> None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
        raise AssertionError(f"{why}; rj printed:\n{output.decode(errors='replace')}")

    for key in keys:
        if isinstance(key, str):
            while key.encode() not in output.replace(b"\r\n", b"\n"):
                if time.monotonic() > deadline or not read_some():
                    fail(f"never saw {key!r}")
        elif isinstance(key, float):
            end = time.monotonic() + key
            while time.monotonic() < end and read_some():
                pass
        else:
            os.write(fd, key)
    while read_some():
        if time.monotonic() > deadline:
            fail("rj did not finish")
    while not (done := os.waitpid(pid, os.WNOHANG))[0]:
        if time.monotonic() > deadline:
            fail("rj did not exit")
        time.sleep(0.02)
    os.close(fd)
    text = output.decode("utf-8", errors="replace").replace("\r\n", "\n")
    return PtyResult(os.waitstatus_to_exitcode(done[1]), text)


def typing(*lines: str, end: bytes = b"\x04") -> list[bytes | str | float]:
    """Keys for a person typing `lines` at their own pace: each line is typed, seen on the
    screen, and a moment passes before the next; then `end` (Ctrl-D by default). A line with
    no newline is left unfinished."""
    keys: list[bytes | str | float] = []
    for line in lines:
        keys += [line.encode(), line, 0.3]
    return [*keys, end]


@pytest.fixture
def pty_env(rj_home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        # A person at a terminal: CI (set where the suite runs in CI) turns progress off
        if key not in ("VISUAL", "EDITOR", "PYTEST_CURRENT_TEST", "CI")
    }
    env.update(RJ_HOME=str(rj_home), NO_COLOR="1", COLUMNS="80", TERM="dumb")
    env["RJ_PAGER"] = ""  # no pager on the terminal, unless a test sets one (test_pager.py)
    env["PYTHONPATH"] = str(ROOT / "src")
    # The daily distress check-in asks first on a terminal, and the mood after writing there;
    # tests of other flows turn both off here, and the tests of each turn it back on.
    rj_home.mkdir(mode=0o700, parents=True, exist_ok=True)
    (rj_home / "config.yaml").write_text("check_in: 'off'\nask_mood: 'off'\n", encoding="utf-8")
    return env
