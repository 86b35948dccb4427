"""Issue 24: rj encrypt and rj decrypt beside another rj. Every rj that has the journal open
(one waiting on the editor included) holds a shared lock; encrypt and decrypt take it
exclusively and refuse while another window holds it. A write whose journal file was
replaced underneath it never says "Saved". Each through real `rj` processes."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import PtyResult, run_in_pty, unwrapped

pytest.importorskip("sqlcipher3")  # a dev dependency: CI always runs these
fcntl = pytest.importorskip("fcntl")  # no such locks on Windows: there rj locks nothing

BIN = Path(sys.executable).parent
PASS = "quiet harbour lantern"
REFUSED = "Another rj window has the journal open"


def run(rj_home: Path, *args: str, passphrase: str | None = None, timeout: float = 60):
    """The installed `rj`, in its own process, stdin not a terminal."""
    env = {**os.environ, "RJ_HOME": str(rj_home), "NO_COLOR": "1"}
    env.pop("RJ_PASSPHRASE", None)
    if passphrase is not None:
        env["RJ_PASSPHRASE"] = passphrase
    return subprocess.run(
        [str(BIN / "rj"), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def waiting_editor(tmp_path: Path, text: str, swap: Path | None = None) -> tuple[str, Path, Path]:
    """An editor that says it is open (a file appears), waits for `go` to appear, then
    writes `text` and exits; with `swap`, it first puts a copy of that journal in its place
    (as a restore or a sync tool would). Returns its command, the open flag and `go`."""
    opened, go = tmp_path / "editor-open", tmp_path / "editor-go"
    script = tmp_path / "waiting-editor.py"
    script.write_text(
        "import os, shutil, sys, time\n"
        f"open({str(opened)!r}, 'w').close()\n"
        f"while not os.path.exists({str(go)!r}):\n"
        "    time.sleep(0.05)\n"
        f"swap = {str(swap) if swap else None!r}\n"
        "if swap:\n"
        "    shutil.copy(swap, swap + '.copy')\n"
        "    os.replace(swap + '.copy', swap)\n"
        f"open(sys.argv[1], 'w', encoding='utf-8').write({text!r})\n",
        encoding="utf-8",
    )
    return f"{sys.executable} {script}", opened, go


def write_in_background(env: dict[str, str]) -> tuple[threading.Thread, list[PtyResult]]:
    """`rj write` at a terminal, in its own process, with the editor open until told."""
    done: list[PtyResult] = []
    thread = threading.Thread(target=lambda: done.append(run_in_pty(["write"], env=env)))
    thread.start()
    return thread, done


def wait_for(flag: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not flag.exists():
        assert time.monotonic() < deadline, "the editor never opened"
        time.sleep(0.05)


def entry_texts(rj_home: Path, passphrase: str | None) -> list[str]:
    result = run(rj_home, "list", "--json", passphrase=passphrase)
    assert result.returncode == 0, result.stderr
    return [entry["body"].strip() for entry in json.loads(result.stdout)]


@pytest.mark.parametrize("command", ["encrypt", "decrypt"])
def test_encrypt_or_decrypt_is_refused_while_a_write_waits_on_the_editor(
    command, rj_home, pty_env, tmp_path
):
    encrypted_first = command == "decrypt"
    assert run(rj_home, "write", "Before anything").returncode == 0
    if encrypted_first:
        assert run(rj_home, "encrypt", passphrase=PASS).returncode == 0
        pty_env["RJ_PASSPHRASE"] = PASS
    db = rj_home / "journal.db"
    editor, opened, go = waiting_editor(tmp_path, "Written while the other window waited\n")
    pty_env["EDITOR"] = editor
    thread, done = write_in_background(pty_env)
    try:
        wait_for(opened)
        before = digest(db)

        refused = run(rj_home, command, passphrase=PASS)

        assert refused.returncode == 1
        line = unwrapped(refused.stderr).strip()
        assert line.startswith(REFUSED), refused.stderr
        assert re.search(
            r"^Another rj window has the journal open \(`rj write`, process \d+\)", line
        )
        assert "close it" in line.lower() and "Nothing was changed." in line
        assert len(refused.stderr.strip().splitlines()) == 1
        assert digest(db) == before  # nothing rewritten under the open window
    finally:
        go.touch()
        thread.join(60)
    assert done and done[0].exit_code == 0, done and done[0].output
    assert "Saved entry 2" in done[0].output

    after = run(rj_home, command, passphrase=PASS)  # the window is closed now
    assert after.returncode == 0, after.stderr
    now_encrypted = not encrypted_first
    assert (db.read_bytes()[:16] == b"SQLite format 3\x00") is not now_encrypted
    assert entry_texts(rj_home, PASS if now_encrypted else None) == [
        "Written while the other window waited",
        "Before anything",
    ]


def test_wins_noted_during_encrypt_are_all_in_the_encrypted_journal(rj_home):
    assert run(rj_home, "win", "The first one").returncode == 0
    noted: list[str] = []
    not_noted: list[str] = []
    stop = threading.Event()

    def keep_noting(worker: int) -> None:
        n = 0
        while not stop.is_set():
            text = f"win {worker}-{n}"
            n += 1
            # Before the encrypt, the journal is plain; after it, a passphrase opens it.
            result = run(rj_home, "win", text, passphrase=PASS, timeout=120)
            (noted if "Noted" in result.stderr else not_noted).append(text)

    workers = [threading.Thread(target=keep_noting, args=(i,)) for i in range(3)]
    for worker in workers:
        worker.start()
    try:
        time.sleep(1.5)
        results = [run(rj_home, "encrypt", passphrase=PASS, timeout=120) for _ in range(5)]
        time.sleep(1.0)
    finally:
        stop.set()
        for worker in workers:
            worker.join(180)
    done = [r for r in results if r.returncode == 0]
    for result in results:
        if result.returncode != 0:
            said = unwrapped(result.stderr)
            assert REFUSED in said or "already encrypted" in said, result.stderr
    assert len(done) <= 1
    encrypted = (rj_home / "journal.db").read_bytes()[:16] != b"SQLite format 3\x00"
    assert encrypted == bool(done)
    listed = run(rj_home, "wins", "--json", passphrase=PASS if encrypted else None)
    assert listed.returncode == 0, listed.stderr
    kept = {win["text"] for win in json.loads(listed.stdout)}
    assert len(noted) > 5
    assert set(noted) <= kept, sorted(set(noted) - kept)
    assert not (set(not_noted) & kept)


def test_a_write_whose_journal_file_was_replaced_underneath_it_is_not_said_saved(
    rj_home, pty_env, tmp_path
):
    assert run(rj_home, "write", "Before anything").returncode == 0
    db = rj_home / "journal.db"
    editor, _, go = waiting_editor(tmp_path, "Words that must not vanish\n", swap=db)
    go.touch()  # the editor replaces the journal file, then writes the text
    pty_env["EDITOR"] = editor

    result = run_in_pty(["write"], env=pty_env)

    assert result.exit_code == 1, result.output
    assert "Saved" not in result.output
    said = unwrapped(result.output)
    assert "Your text is safe in" in said
    rescued = sorted(rj_home.rglob("rescued-*.txt"))
    assert len(rescued) == 1 and rescued[0].name in said
    assert "Words that must not vanish" in rescued[0].read_text(encoding="utf-8")
    assert entry_texts(rj_home, None) == ["Before anything"]


def held_exclusively(lock_path: Path) -> bool:
    """Does another process hold this lock file exclusively (as encrypt does)?"""
    fd = os.open(lock_path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def test_an_rj_started_while_encrypt_runs_waits_for_it_then_opens_the_encrypted_journal(
    rj_home, pty_env
):
    assert run(rj_home, "write", "Before anything").returncode == 0
    pty_env.pop("RJ_PASSPHRASE", None)  # encrypt asks for it, holding the journal meanwhile
    done: list[PtyResult] = []
    keys = ["New passphrase:", 4.0, f"{PASS}\n".encode(), "again", f"{PASS}\n".encode()]
    encrypting = threading.Thread(
        target=lambda: done.append(run_in_pty(["encrypt"], env=pty_env, keys=keys, timeout=60))
    )
    encrypting.start()
    deadline = time.monotonic() + 30
    while not held_exclusively(rj_home / ".journal.db.lock"):
        assert time.monotonic() < deadline, "encrypt never held the journal"
        time.sleep(0.05)
    env = {**os.environ, "RJ_HOME": str(rj_home), "NO_COLOR": "1", "RJ_PASSPHRASE": PASS}
    winning = subprocess.Popen(
        [str(BIN / "rj"), "win", "Noted while it was encrypted"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    checking = subprocess.Popen(
        [str(BIN / "rj"), "doctor", "--fix"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    time.sleep(1.0)
    assert winning.poll() is None  # waiting for encrypt, not writing to the old file
    assert checking.poll() is None  # and doctor neither reads nor mends the old one
    encrypting.join(60)
    _, err = winning.communicate(timeout=60)
    report, doctor_said = checking.communicate(timeout=60)
    assert checking.returncode == 0, report + doctor_said
    assert "All is well" in report
    assert done and done[0].exit_code == 0, done and done[0].output
    assert winning.returncode == 0, err
    said = unwrapped(err)
    assert said.startswith("Another rj window is encrypting or decrypting the journal")
    assert "Noted" in said
    assert (rj_home / "journal.db").read_bytes()[:16] != b"SQLite format 3\x00"
    listed = run(rj_home, "wins", "--json", passphrase=PASS)
    assert [w["text"] for w in json.loads(listed.stdout)] == ["Noted while it was encrypted"]
