"""Export you can leave to a nightly job: commands that only read never make a journal, a
folder of days is pruned only by the journal that wrote it (or with --prune), a file linked
into a synced folder stays a link, pipes and FIFOs are written in place, and the --json
listings stream. Through the real CLI, on real SQLite files, with the fixed clock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_in_pty


def _journal(rj, days: int = 3) -> None:
    """A small journal: an entry on each of `days` days up to 25 November, and two wins."""
    for day in range(days):
        stamp = f"2026-11-{25 - day:02d}"
        assert rj("write", f"Walked by the river on the {stamp}.", "--date", stamp).exit_code == 0
    assert rj("win", "Made tea").exit_code == 0
    assert rj("win", "Called my sister", "--date", "2026-11-24").exit_code == 0


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones too) and what it holds."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


# Commands that only read never make a journal ------------------------------------------------


def test_a_mistyped_rj_home_is_refused_and_leaves_the_vault_as_it_was(rj, rj_home, tmp_path):
    _journal(rj)
    vault = tmp_path / "vault"
    assert rj("export", "--split", str(vault)).exit_code == 0
    before = _files(vault)
    assert len([name for name in before if name.endswith(".md")]) == 3

    typo = tmp_path / "rj-hoem"
    result = rj("export", "--split", str(vault), env={"RJ_HOME": str(typo)})
    assert result.exit_code == 1
    assert result.stderr == (
        f"There is no journal at {typo / 'journal.db'} yet. If RJ_HOME names the right "
        "folder, `rj write` starts one there.\n"
    )
    assert not typo.exists()
    assert _files(vault) == before


def test_an_export_over_a_good_file_from_a_missing_journal_leaves_it_untouched(rj, tmp_path):
    _journal(rj)
    good = tmp_path / "vault.md"
    assert rj("export", "-o", str(good)).exit_code == 0
    kept = good.read_bytes()
    assert b"Walked by the river" in kept

    missing = tmp_path / "nowhere"
    result = rj("export", "-o", str(good), env={"RJ_HOME": str(missing)})
    assert result.exit_code == 1
    assert "There is no journal at" in result.stderr
    assert good.read_bytes() == kept
    elsewhere = rj("--db", str(tmp_path / "typo.db"), "export", "-o", str(good))
    assert elsewhere.exit_code == 1
    assert not (tmp_path / "typo.db").exists()
    assert good.read_bytes() == kept


@pytest.mark.parametrize(
    "args",
    [
        ("list",),
        ("list", "--json"),
        ("show", "1"),
        ("search", "river"),
        ("export",),
        ("wins",),
        ("wins", "--json"),
        ("stats",),
        ("streak",),
        ("review", "--no-write"),
        ("goals",),
    ],
)
def test_commands_that_only_read_say_where_they_looked(rj, rj_home, args):
    result = rj(*args)
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert f"There is no journal at {rj_home / 'journal.db'} yet." in result.stderr
    assert "`rj write` starts one there." in result.stderr
    assert not (rj_home / "journal.db").exists()


def test_a_newcomer_still_meets_the_home_screen_and_writing_starts_a_journal(rj, rj_home):
    assert rj("today").exit_code == 0
    assert rj("write", "A first line.").exit_code == 0
    assert rj("list").exit_code == 0
    assert (rj_home / "journal.db").exists()


# A folder of days: pruned only by the journal that wrote it ---------------------------------


def test_a_folder_another_journal_wrote_is_not_pruned_without_prune(rj, rj_home, tmp_path):
    _journal(rj, days=3)
    vault = tmp_path / "vault"
    assert rj("export", "--split", str(vault)).exit_code == 0
    before = _files(vault)

    other = tmp_path / "other.db"
    assert rj("--db", str(other), "write", "Another life.", "--date", "2026-11-25").exit_code == 0
    refused = rj("--db", str(other), "export", "--split", str(vault))
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"{vault} holds days that another journal exported. Nothing was exported or "
        "removed. To export this journal there and keep those days, add --adopt; to remove "
        "them, add --prune.\n"
    )
    assert _files(vault) == before

    pruned = rj("--db", str(other), "export", "--split", str(vault), "--prune")
    assert pruned.exit_code == 0, pruned.output
    lines = pruned.stderr.splitlines()
    assert lines == [
        "Removed 2026/2026-11-23.md: not in this journal (--prune).",
        "Removed 2026/2026-11-24.md: not in this journal (--prune).",
        f"Wrote 1 day to {vault} (2 removed: not in this journal).",
    ]
    assert sorted(name for name in _files(vault) if name.endswith(".md")) == ["2026/2026-11-25.md"]
    assert "Another life." in (vault / "2026" / "2026-11-25.md").read_text(encoding="utf-8")
    # The folder is the other journal's now: the first journal is the one refused.
    assert rj("export", "--split", str(vault)).exit_code == 1


def test_the_same_journal_prunes_its_own_days_and_lists_them(rj, tmp_path):
    _journal(rj, days=2)
    vault = tmp_path / "vault"
    assert rj("export", "--split", str(vault)).exit_code == 0
    assert rj("delete", "1").exit_code == 0  # the entry of 25 November
    result = rj("export", "--split", str(vault), "--kind", "review")
    assert result.exit_code == 0  # another kind: nothing of the entries' is removed
    assert (vault / "2026" / "2026-11-25.md").exists()
    # 25 November still holds a win; 24 November loses its entry but keeps its win too.
    assert rj("wins", "delete", "1").exit_code == 0
    result = rj("export", "--split", str(vault))
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        "Removed 2026/2026-11-25.md: nothing is left on that day."
    )
    assert not (vault / "2026" / "2026-11-25.md").exists()


def test_an_empty_export_never_empties_a_folder_silently(rj, tmp_path):
    _journal(rj, days=1)
    vault = tmp_path / "vault"
    assert rj("export", "--split", str(vault)).exit_code == 0
    for args in (("delete", "1"), ("wins", "delete", "1"), ("wins", "delete", "2")):
        assert rj(*args).exit_code == 0
    before = _files(vault)
    refused = rj("export", "--split", str(vault))
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"This export holds no days, and {vault} holds 2 days rj wrote earlier. Nothing "
        "was removed. To remove them, add --prune.\n"
    )
    assert _files(vault) == before
    pruned = rj("export", "--split", str(vault), "--prune")
    assert pruned.exit_code == 0
    assert "Removed 2026/2026-11-24.md: nothing is left on that day." in pruned.stderr
    assert not [name for name in _files(vault) if name.endswith(".md")]


def test_prune_goes_with_split(rj, tmp_path):
    _journal(rj, days=1)
    result = rj("export", "--prune", "-o", str(tmp_path / "out.md"))
    assert result.exit_code == 2
    assert "--prune goes with --split DIR" in result.stderr


def test_a_stopped_split_leaves_nothing_behind_the_next_time(rj, tmp_path):
    _journal(rj, days=1)
    vault = tmp_path / "vault"
    (vault / "2026").mkdir(parents=True)
    dead = 2**22 + 12345  # above Linux's usual pid_max: no process has it
    leftovers = [
        vault / "2026" / f".2026-11-25.md.{dead}.tmp",
        vault / f"..rj-export.json.{dead}.tmp",
    ]
    theirs = vault / "2026" / ".notes.swp.tmp"  # not of rj's naming: left alone
    for path in (*leftovers, theirs):
        path.write_text("half", encoding="utf-8")
    assert rj("export", "--split", str(vault)).exit_code == 0
    assert not any(path.exists() for path in leftovers)
    assert theirs.read_text(encoding="utf-8") == "half"


# Links, pipes and FIFOs ----------------------------------------------------------------------


def test_a_linked_file_is_written_through_and_stays_a_link(rj, tmp_path):
    _journal(rj, days=1)
    synced = tmp_path / "Sync"
    synced.mkdir()
    target = synced / "journal.md"
    target.write_text("an older export\n", encoding="utf-8")
    link = tmp_path / "journal.md"
    link.symlink_to(target)
    result = rj("export", "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert os.readlink(link) == str(target)
    assert "Walked by the river" in target.read_text(encoding="utf-8")
    assert sorted(path.name for path in synced.iterdir()) == ["journal.md"]  # no temp left


def test_a_fifo_is_written_in_place(rj, tmp_path):
    _journal(rj, days=1)
    fifo = tmp_path / "export.pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = rj("export", "--format", "json", "-o", str(fifo))
    reader.join(timeout=20)
    assert result.exit_code == 0, result.output
    data = json.loads(got[0])
    bodies = [entry["body"] for entry in data["entries"]]
    assert bodies == ["Walked by the river on the 2026-11-25."]
    assert fifo.exists() and not fifo.is_file()  # still the FIFO
    # rj did not make the FIFO private, so it does not say so
    assert f"to {fifo}." in result.stderr and "readable only by you" not in result.stderr


def test_standard_output_named_as_a_file_is_written_in_place(rj_home, tmp_path):
    # /dev/fd/1 rather than /dev/stdout: an rj that renamed over it would fail in /proc,
    # where /dev/stdout (a link in /dev) could be replaced for the whole machine.
    env = {**os.environ, "RJ_HOME": str(rj_home), "PYTHONPATH": str(ROOT / "src")}
    rj = [sys.executable, "-m", "resilience_journal"]
    wrote = subprocess.run([*rj, "write", "Into a pipe."], env=env, capture_output=True)
    assert wrote.returncode == 0
    done = subprocess.run(
        [*rj, "export", "-o", "/dev/fd/1"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "Into a pipe." in done.stdout


# The --json listings stream ------------------------------------------------------------------


def _as_json_out(data: object) -> str:
    """What json_out (cli/app.py) writes for `data`."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_list_and_wins_json_stream_the_same_json_as_before(rj):
    _journal(rj, days=3)
    assert rj("write", "Odd \u202e text \u0085 here.", "--date", "2026-11-20").exit_code == 0
    listed = rj("list", "--json")
    assert listed.exit_code == 0
    entries = json.loads(listed.stdout)
    assert [entry["day"] for entry in entries] == [
        "2026-11-25",
        "2026-11-24",
        "2026-11-23",
        "2026-11-20",
    ]
    assert listed.stdout == _as_json_out(entries).replace("\u202e", "\\u202e").replace(
        "\u0085", "\\u0085"
    )
    assert "\u202e" not in listed.stdout
    limited = rj("list", "--json", "-n", "4")  # the list as it was made before streaming
    assert limited.stdout == listed.stdout

    wins = rj("wins", "--json")
    assert wins.exit_code == 0
    assert [noted["text"] for noted in json.loads(wins.stdout)] == ["Made tea", "Called my sister"]
    assert wins.stdout == rj("wins", "--json", "-n", "2").stdout
    assert rj("wins", "--json", "--since", "2026-11-26").stdout == "[]\n"


# Progress on a terminal ----------------------------------------------------------------------


def test_split_shows_progress_at_once_on_a_terminal(rj, pty_env, tmp_path):
    many = {
        "format": "resilience-journal",
        "version": 1,
        "entries": [
            {
                "uuid": f"00000000-0000-4000-8000-{n:012d}",
                "day": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
                "created_at": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T09:{n % 60:02d}:00+00:00",
                "body": "Walked to the river.",
            }
            for n in range(400)
        ],
    }
    source = tmp_path / "many.json"
    source.write_text(json.dumps(many), encoding="utf-8")
    assert rj("import", str(source)).exit_code == 0
    pty_env["TERM"] = "xterm"
    shown = run_in_pty(["export", "--split", str(tmp_path / "vault")], env=pty_env)
    assert shown.exit_code == 0, shown.output
    assert "Exporting" in shown.output and "/400" in shown.output
    quiet = rj("export", "--split", str(tmp_path / "other"))  # not a terminal: no bar
    assert quiet.exit_code == 0 and "Exporting" not in quiet.output


def test_encrypt_says_what_it_is_doing_on_a_terminal(rj, pty_env):
    pytest.importorskip("sqlcipher3")
    assert rj("write", "A line to keep safe.").exit_code == 0
    pty_env.update(TERM="xterm", RJ_PASSPHRASE="a few unrelated words")
    shown = run_in_pty(["encrypt"], env=pty_env)
    assert shown.exit_code == 0, shown.output
    assert "Encrypting the journal" in shown.output
    assert "The journal is encrypted." in shown.output
    back = rj("decrypt", env={"RJ_PASSPHRASE": "a few unrelated words"})  # not a terminal
    assert back.exit_code == 0 and "Decrypting" not in back.output


# Standard output named as a file: written through the open descriptor --------------------------
#
# Never /dev/stdout itself in a test: an rj that replaced it would replace the machine's. Each
# of these runs rj in a subprocess whose standard output is a file the test made.


def _rj_command(rj_home: Path) -> tuple[list[str], dict[str, str]]:
    env = {
        **os.environ,
        "RJ_HOME": str(rj_home),
        "RJ_NOW": "2026-11-25T21:30:00",
        "PYTHONPATH": str(ROOT / "src"),
    }
    return [sys.executable, "-m", "resilience_journal"], env


def test_dev_fd_1_appended_to_a_log_keeps_the_log_and_its_mode(rj_home, tmp_path):
    rj, env = _rj_command(rj_home)
    wrote = subprocess.run([*rj, "write", "Into the log."], env=env, capture_output=True)
    assert wrote.returncode == 0
    log = tmp_path / "log.txt"
    log.write_text("line1\nline2\n", encoding="utf-8")
    log.chmod(0o644)
    script = f'{{ echo "== nightly"; "$@" export -f csv -o /dev/fd/1; echo "== done"; }} >> "{log}"'
    done = subprocess.run(["sh", "-c", script, "sh", *rj], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert log.read_text(encoding="utf-8") == (
        "line1\nline2\n== nightly\nday,time,title,mood,tags,words\n2026-11-25,21:30,,,,3\n== done\n"
    )
    assert log.stat().st_mode & 0o777 == 0o644
    # rj did not make the log private, so it does not say so
    assert done.stderr == "Exported 1 record to /dev/fd/1.\n"


@pytest.mark.parametrize("name", ["/dev/fd/1", "/proc/self/fd/1", "linked"])
def test_standard_output_redirected_to_a_file_keeps_the_file(rj_home, tmp_path, name):
    rj, env = _rj_command(rj_home)
    assert subprocess.run([*rj, "write", "Into a file."], env=env).returncode == 0
    if name == "linked":  # a link whose resolution goes through /dev/fd
        name = str(tmp_path / "to-stdout")
        os.symlink("/dev/fd/1", name)
    out = tmp_path / "fd.csv"
    out.write_text("an older file\n", encoding="utf-8")
    out.chmod(0o644)
    with out.open("w", encoding="utf-8") as handle:
        done = subprocess.run(
            [*rj, "export", "-o", name], env=env, stdout=handle, stderr=subprocess.PIPE, text=True
        )
    assert done.returncode == 0, done.stderr
    assert out.stat().st_mode & 0o777 == 0o644
    assert out.read_text(encoding="utf-8").startswith("# Journal\n")
    assert "Into a file." in out.read_text(encoding="utf-8")
    assert done.stderr == f"Exported 1 record to {name}.\n"
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.endswith(".tmp")) == []


def test_a_descriptor_that_is_not_open_is_one_calm_line(rj, tmp_path):
    _journal(rj, days=1)
    result = rj("export", "-o", "/dev/fd/57")
    assert result.exit_code == 1
    assert (
        result.stderr == "Bad file descriptor: /dev/fd/57. Nothing was changed; check the path.\n"
    )


# Links that go nowhere ----------------------------------------------------------------------


def test_a_link_into_a_missing_folder_names_the_link(rj, tmp_path):
    _journal(rj, days=1)
    link = tmp_path / "journal.md"
    link.symlink_to(tmp_path / "nowhere" / "x.md")
    result = rj("export", "-o", str(link))
    assert result.exit_code == 1
    assert result.stderr == (
        f"{link} is a link into {tmp_path / 'nowhere'}, and there is no such folder; choose "
        "another -o. Nothing was exported.\n"
    )
    assert ".tmp" not in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["journal.md", "rj-home"]


def test_a_loop_of_links_is_one_calm_line(rj, tmp_path, monkeypatch):
    _journal(rj, days=1)
    monkeypatch.chdir(tmp_path)
    os.symlink("loop1", "loop2")
    os.symlink("loop2", "loop1")
    result = rj("export", "-o", "loop1")
    assert result.exit_code == 1
    assert result.stderr == (
        "loop1 is a link that leads back to itself; choose another -o. Nothing was exported.\n"
    )


# A folder an earlier rj wrote (no journal recorded) -----------------------------------------


def _forget_the_owner(vault: Path) -> None:
    """The manifest as an rj before this change wrote it: no "journal"."""
    manifest = vault / ".rj-export.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    del data["journal"]
    manifest.write_text(json.dumps(data), encoding="utf-8")


def test_an_older_folder_is_adopted_by_another_journal_without_losing_a_day(rj, tmp_path):
    _journal(rj, days=2)
    assert rj("write", "A quiet day.", "--date", "2026-11-20").exit_code == 0
    vault = tmp_path / "vault"
    assert rj("export", "--split", str(vault)).exit_code == 0
    _forget_the_owner(vault)
    before = {name: text for name, text in _files(vault).items() if name.endswith(".md")}

    other = tmp_path / "other.db"
    assert rj("--db", str(other), "write", "Another life.", "--date", "2026-11-25").exit_code == 0
    taken = rj("--db", str(other), "export", "--split", str(vault))
    assert taken.exit_code == 0, taken.output
    assert taken.stderr.splitlines() == [
        f"{vault} is this journal's folder now (as no journal was recorded for it); nothing "
        "was removed. These files, of days this journal does not hold, stay as they are; rj "
        "will not remove them:",
        *(f"  {name}" for name in sorted(before) if not name.endswith("2026-11-25.md")),
        f"Nothing to update in {vault}.",
        "Left 1 file as it was: rj did not write it, or it was changed after rj wrote it. To "
        "have rj write it, move it aside and run this again:",
        "  2026/2026-11-25.md",
    ]
    assert "Removed" not in taken.stderr
    after = {name: text for name, text in _files(vault).items() if name.endswith(".md")}
    assert after == before  # the first journal's days, every one as it was
    # Nothing the other journal left is rj's to remove now, on later runs either.
    again = rj("--db", str(other), "export", "--split", str(vault))
    assert again.exit_code == 0 and "Removed" not in again.stderr
    assert {name: text for name, text in _files(vault).items() if name.endswith(".md")} == before


def test_an_older_folder_is_adopted_by_its_own_journal_and_pruned_from_then_on(rj, tmp_path):
    _journal(rj, days=2)
    vault = tmp_path / "vault"
    assert rj("export", "--split", str(vault)).exit_code == 0
    _forget_the_owner(vault)
    assert rj("write", "Later that evening.").exit_code == 0
    adopted = rj("export", "--split", str(vault))
    assert adopted.exit_code == 0
    assert adopted.stderr.splitlines() == [
        f"{vault} is this journal's folder now (as no journal was recorded for it); nothing "
        "was removed.",
        f"Wrote 1 day to {vault} (1 unchanged).",
    ]
    manifest = json.loads((vault / ".rj-export.json").read_text(encoding="utf-8"))
    assert manifest["journal"]
    assert rj("delete", "2").exit_code == 0  # 24 November's entry, then its win
    assert rj("wins", "delete", "2").exit_code == 0
    pruned = rj("export", "--split", str(vault))
    assert pruned.stderr.splitlines() == [
        "Removed 2026/2026-11-24.md: nothing is left on that day.",
        f"Removed 1 day from {vault} (1 unchanged).",
    ]


def test_an_older_folder_with_prune_is_pruned_and_says_why(rj, tmp_path):
    _journal(rj, days=2)
    vault = tmp_path / "vault"
    assert rj("export", "--split", str(vault)).exit_code == 0
    _forget_the_owner(vault)
    other = tmp_path / "other.db"
    assert rj("--db", str(other), "write", "Another life.", "--date", "2026-11-25").exit_code == 0
    pruned = rj("--db", str(other), "export", "--split", str(vault), "--prune")
    assert pruned.exit_code == 0
    assert pruned.stderr.splitlines() == [
        "Removed 2026/2026-11-24.md: not in this journal (--prune).",
        f"Wrote 1 day to {vault} (1 removed: not in this journal).",
    ]


def test_adopt_takes_over_another_journals_folder_and_removes_nothing(rj, tmp_path):
    _journal(rj, days=2)
    vault = tmp_path / "vault"
    assert rj("export", "--split", str(vault)).exit_code == 0
    before = _files(vault)
    # The same journal on a new machine: imported there, so a new journal id.
    copy = tmp_path / "copy.json"
    assert rj("export", "-f", "json", "-o", str(copy)).exit_code == 0
    moved = tmp_path / "moved.db"
    assert rj("--db", str(moved), "import", str(copy)).exit_code == 0
    assert rj("--db", str(moved), "write", "On the new machine.").exit_code == 0
    assert rj("--db", str(moved), "export", "--split", str(vault)).exit_code == 1
    assert _files(vault) == before
    adopted = rj("--db", str(moved), "export", "--split", str(vault), "--adopt")
    assert adopted.exit_code == 0, adopted.output
    assert adopted.stderr.splitlines() == [
        f"{vault} is this journal's folder now (with --adopt); nothing was removed.",
        f"Wrote 1 day to {vault} (1 unchanged).",
    ]
    assert "On the new machine." in (vault / "2026" / "2026-11-25.md").read_text(encoding="utf-8")
    assert rj("--db", str(moved), "export", "--split", str(vault)).exit_code == 0  # its own now
    assert rj("export", "--split", str(vault)).exit_code == 1  # the old machine's is refused


def test_adopt_goes_with_split(rj, tmp_path):
    _journal(rj, days=1)
    result = rj("export", "--adopt")
    assert result.exit_code == 2
    assert "--adopt goes with --split DIR" in result.stderr
