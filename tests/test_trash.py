"""delete moves to the trash; restore brings back; only `trash --empty` destroys."""

from __future__ import annotations

import json

from tests.conftest import listed


def test_delete_restore_round_trip(rj, entries):
    rj("write", "Keep me safe", "--tag", "kept")
    result = rj("delete", "1")
    assert result.exit_code == 0
    assert result.stderr.strip() == ("Moved entry 1 to the trash. `rj restore 1` brings it back.")
    assert listed(rj) == []
    assert entries()[0]["deleted_at"] is not None  # still in the file
    shown = rj("show", "1")  # still readable, and says where it is
    assert shown.exit_code == 0
    assert "Keep me safe" in shown.stdout and "in the trash" in shown.stdout
    again = rj("delete", "1")
    assert again.exit_code == 1
    assert again.stderr.strip() == "Entry 1 is in the trash. `rj restore 1` brings it back."
    trash = rj("trash")
    assert "Keep me safe" in trash.stdout
    assert "`rj restore ID` brings an entry back." in trash.stderr
    assert [e["id"] for e in json.loads(rj("trash", "--json").stdout)] == [1]

    assert rj("restore", "1").stderr.strip() == "Restored entry 1."
    (entry,) = listed(rj)
    assert entry["body"] == "Keep me safe" and entry["tags"] == ["kept"]
    assert entry["deleted_at"] is None
    assert rj("trash").stderr.strip() == "The trash is empty."


def test_restore_and_delete_errors(rj):
    rj("write", "here")
    assert rj("restore", "1").stderr.strip() == "Entry 1 is not in the trash."
    assert rj("restore", "7").stderr.strip() == "There is no entry 7. `rj list` shows the ids."
    assert rj("delete", "7").exit_code == 1
    assert rj("delete", "x").stderr.strip() == "An entry id is a number, like 12; got 'x'."


def test_empty_without_a_terminal_needs_yes(rj, entries):
    rj("write", "one")
    rj("delete", "1")
    result = rj("trash", "--empty")
    assert result.exit_code == 1
    assert "add --yes to do it from a script" in result.stderr
    assert len(entries()) == 1


def test_empty_with_yes_destroys_only_the_trash(rj, entries):
    for text in ("gone", "stays", "also gone"):
        rj("write", text, "--tag", "t")
    rj("delete", "1")
    rj("delete", "3")
    result = rj("trash", "--empty", "--yes")
    assert result.exit_code == 0
    assert result.stderr.strip() == "Destroyed 2 entries from the trash."
    assert [row["body"] for row in entries()] == ["stays"]
    assert json.loads(rj("search", "gone", "--json").stdout) == []
    assert rj("restore", "1").stderr.strip().startswith("There is no entry 1.")


def test_empty_asks_first_on_a_terminal(pty_env):
    import subprocess
    import sys

    from tests.conftest import run_in_pty

    for args in (["write", "bye"], ["delete", "1"]):
        subprocess.run(
            [sys.executable, "-m", "resilience_journal", *args],
            env=pty_env,
            check=True,
            capture_output=True,
        )
    declined = run_in_pty(["trash", "--empty"], env=pty_env, keys=["[y/N]", b"n\n"])
    assert "Destroy 1 entry in the trash for good? This cannot be undone" in declined.output
    assert "Nothing was destroyed; the trash is as it was." in declined.output
    accepted = run_in_pty(["trash", "--empty"], env=pty_env, keys=["[y/N]", b"y\n"])
    assert "Destroyed 1 entry from the trash." in accepted.output


def test_ctrl_c_at_the_question_destroys_nothing(pty_env, entries):
    import subprocess
    import sys

    from tests.conftest import run_in_pty

    for args in (["write", "bye"], ["delete", "1"]):
        subprocess.run(
            [sys.executable, "-m", "resilience_journal", *args],
            env=pty_env,
            check=True,
            capture_output=True,
        )
    result = run_in_pty(["trash", "--empty"], env=pty_env, keys=["[y/N]", 0.2, b"\x03"])
    assert result.exit_code == 130
    assert "Nothing was destroyed; the trash is as it was." in result.output
    assert "Aborted" not in result.output
    assert len(entries()) == 1


def test_search_fills_its_page_with_live_entries_when_better_matches_are_in_the_trash(rj):
    for _ in range(3):  # the best matches: every word 'kettle'
        assert rj("write", "kettle kettle kettle kettle").exit_code == 0
    for number in range(4, 10):
        assert rj("write", f"entry {number} with one kettle in a long line of words").exit_code == 0
    for entry_id in ("1", "2", "3"):
        assert rj("delete", entry_id).exit_code == 0
    ids = [hit["id"] for hit in json.loads(rj("search", "kettle", "-n", "4", "--json").stdout)]
    assert len(ids) == 4 and not {1, 2, 3} & set(ids)
    everything = [h["id"] for h in json.loads(rj("search", "kettle", "--json").stdout)]
    assert sorted(everything) == [4, 5, 6, 7, 8, 9]
