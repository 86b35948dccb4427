"""A full disk and a file-size limit, through real rj processes (issue 24).

Where the sandbox lets the test mount a small tmpfs (root, mount permitted), the journal
lives on it and the disk is filled for real; a file-size limit (RLIMIT_FSIZE, as `ulimit
-f`, with SIGXFSZ ignored) stands in where the disk cannot be filled. The promise: the text
of an entry the journal could not take ends up whole in the place rj names, or printed
back between two plain lines, never cut and never reported as kept when it was not; and
on a full disk, reading and exporting still work and the words say the disk is full.
"""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from resilience_journal.messages import writing as writing_words

START = writing_words.PRINTED_BACK_START
END = writing_words.PRINTED_BACK_END


def long_text(lines: int = 3000) -> str:
    """About 150 KB, every line different, so a cut anywhere shows."""
    return "\n".join(
        f"line {n:05d}: the words I could not say out loud today" for n in range(lines)
    )


def run_rj(
    *args: str, stdin: str | None = None, env: dict[str, str], fsize: int | None = None
) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run(
        [sys.executable, "-m", "resilience_journal", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=limit,
        timeout=120,
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The process environment: the test's RJ_HOME and clock, its own temporary folder (so
    a rescue there is found, and nothing lands in the machine's /tmp), no runtime folder."""
    made = dict(os.environ)
    made.pop("XDG_RUNTIME_DIR", None)
    made["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    return made


@contextlib.contextmanager
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs, unmounted after; the test is skipped where none can be mounted."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount)],
            capture_output=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        pytest.skip(f"no mount here to make a small full disk: {err}")
    if done.returncode != 0:
        pytest.skip(f"mounting a small tmpfs is not permitted here: {done.stderr!r}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, timeout=30)


@pytest.fixture
def full_disk(tmp_path: Path, env: dict[str, str]) -> Iterator[Path]:
    """A 2 MB tmpfs holding a journal with two entries, then filled to the last byte.
    Yields the journal's folder (RJ_HOME in `env`)."""
    with small_disk(tmp_path) as mount:
        home = mount / "home"
        env["RJ_HOME"] = str(home)
        for words in ("A hard morning at the clinic.", "Walked by the river after."):
            assert run_rj("write", words, env=env).returncode == 0
        fill(mount / "filler")
        yield home


def fill(path: Path) -> None:
    """Write to `path` until the disk takes no more."""
    with open(path, "wb", buffering=0) as handle:
        chunk = b"\0" * 4096
        try:
            while True:
                handle.write(chunk)
        except OSError as err:
            assert err.errno == errno.ENOSPC
    assert shutil.disk_usage(path.parent).free < 4096


def private_file(path: Path) -> None:
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def rescues(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders if folder.is_dir() for p in folder.rglob("rescued-*"))


def test_on_a_full_disk_a_long_entry_is_kept_whole_in_the_temporary_folder(
    full_disk: Path, env: dict[str, str], tmp_path: Path
) -> None:
    text = long_text()
    result = run_rj("write", "-", stdin=text, env=env)
    assert result.returncode == 1
    assert "Saved" not in result.stdout + result.stderr
    # Nothing half-written beside the journal: the old 0-byte rescued-*.txt is gone.
    assert rescues(full_disk) == []
    (kept,) = rescues(tmp_path / "tmp")
    assert kept.parent == tmp_path / "tmp" / f"rj-{os.getuid()}"
    assert str(kept) in " ".join(result.stderr.split())
    assert kept.read_text(encoding="utf-8") == text
    private_file(kept)
    assert text.splitlines()[5] not in result.stderr  # named, not printed
    listed = run_rj("list", env=env)
    assert listed.returncode == 0
    assert len(listed.stdout.strip().splitlines()) == 2


def test_on_a_full_disk_the_runtime_folder_is_tried_first(
    full_disk: Path, env: dict[str, str], tmp_path: Path
) -> None:
    runtime = tmp_path / "run-user"
    runtime.mkdir(mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    result = run_rj("write", "-", stdin="A few words that matter.", env=env)
    assert result.returncode == 1
    (kept,) = rescues(runtime, tmp_path / "tmp", full_disk)
    assert kept.parent == runtime / "rj"
    assert kept.read_text(encoding="utf-8") == "A few words that matter."
    private_file(kept)
    assert str(kept) in " ".join(result.stderr.split())


def test_on_a_full_disk_reading_and_exporting_still_work(
    full_disk: Path, env: dict[str, str]
) -> None:
    listed = run_rj("list", env=env)
    assert listed.returncode == 0, listed.stderr
    assert "A hard morning at the clinic." in listed.stdout
    assert "Walked by the river after." in listed.stdout
    exported = run_rj("export", env=env)
    assert exported.returncode == 0, exported.stderr
    assert "A hard morning at the clinic." in exported.stdout
    assert "Walked by the river after." in exported.stdout
    shown = run_rj("show", "1", env=env)
    assert shown.returncode == 0, shown.stderr
    assert "A hard morning at the clinic." in shown.stdout


def test_on_a_full_disk_a_change_says_the_disk_is_full(
    full_disk: Path, env: dict[str, str]
) -> None:
    result = run_rj("delete", "1", env=env)
    said = " ".join(result.stderr.split())
    assert result.returncode == 1
    assert "I/O" not in said
    assert "is full" in said
    assert "Nothing was changed" in said
    assert "A hard morning at the clinic." in run_rj("list", env=env).stdout


def test_under_a_file_size_limit_a_long_entry_is_printed_back_whole(
    tmp_path: Path, env: dict[str, str]
) -> None:
    home = tmp_path / "rj-home"
    env["RJ_HOME"] = str(home)
    assert run_rj("write", "Before the limit.", env=env).returncode == 0
    text = long_text()
    result = run_rj("write", "-", stdin=text, env=env, fsize=64 * 1024)
    assert result.returncode == 1
    assert "Saved" not in result.stdout + result.stderr
    # No file could hold it all: none is left cut short, and none is named.
    assert rescues(home, tmp_path / "tmp") == []
    assert "rescued-" not in result.stderr
    before, start, rest = result.stderr.partition(START + "\n")
    assert start, result.stderr[:500]
    printed, end, after = rest.partition("\n" + END + "\n")
    assert end
    assert printed == text
    assert "printed above" in " ".join(after.split())
    listed = run_rj("list", env=env)
    assert listed.returncode == 0
    assert "Before the limit." in listed.stdout
    assert "line 00001" not in listed.stdout


def test_under_a_file_size_limit_a_short_entry_is_saved_or_kept_whole(
    tmp_path: Path, env: dict[str, str]
) -> None:
    """A text that fits under the limit: saved, or if the journal cannot grow, in a named
    file holding all of it; never a file cut short."""
    home = tmp_path / "rj-home"
    env["RJ_HOME"] = str(home)
    assert run_rj("write", "Before the limit.", env=env).returncode == 0
    text = long_text(200)  # about 10 KB
    result = run_rj("write", "-", stdin=text, env=env, fsize=64 * 1024)
    found = rescues(home, tmp_path / "tmp")
    if result.returncode == 0:
        assert found == []
        assert "line 00199" in run_rj("show", "2", env=env).stdout
    else:
        (kept,) = found
        assert kept.read_text(encoding="utf-8") == text
        assert str(kept) in " ".join(result.stderr.split())


def test_a_first_entry_on_a_full_disk_is_kept_and_leaves_no_empty_journal(
    tmp_path: Path, env: dict[str, str]
) -> None:
    """No journal yet, the disk already full, the text piped in: it is kept whole where rj
    says, and no 0-byte journal is left for the next command to take for an emptied one."""
    with small_disk(tmp_path) as mount:
        fill(mount / "filler")
        home = mount / "home"
        env["RJ_HOME"] = str(home)
        text = "The first thing I wanted to keep, on the first day."
        result = run_rj("write", "-", stdin=text, env=env)
        assert result.returncode == 1
        assert "Saved" not in result.stdout + result.stderr
        (kept,) = rescues(tmp_path / "tmp", mount)
        assert kept.read_text(encoding="utf-8") == text
        assert str(kept) in " ".join(result.stderr.split())
        assert not (home / "journal.db").exists()
        (mount / "filler").unlink()  # room again
        again = run_rj("write", "-", stdin=text, env=env)
        assert again.returncode == 0, again.stderr
        assert "empty" not in again.stdout + again.stderr
        assert "Saved entry 1" in again.stdout + again.stderr
