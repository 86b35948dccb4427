"""rj encrypt / rj decrypt: a passphrase-encrypted journal (SQLCipher, an optional extra)."""

from __future__ import annotations

import json
import sys

import pytest

from tests.conftest import run_in_pty

pytest.importorskip("sqlcipher3")  # a dev dependency: CI always runs these

PASS = "correct horse 'battery' \"staple\""


def plain_header(path) -> bool:
    return path.read_bytes()[:16] == b"SQLite format 3\x00"


def test_encrypt_use_back_up_and_decrypt(rj, rj_home):
    rj("write", "Nightjar whispers in the garden", "--tag", "private")
    rj("win", "Called my sister")
    rj("backup")  # a plain backup from before
    db = rj_home / "journal.db"
    with_pass = {"RJ_PASSPHRASE": PASS}

    result = rj("encrypt", env=with_pass)
    assert result.exit_code == 0, result.output
    assert "The journal is encrypted." in result.stderr
    assert "1 earlier backup in" in result.stderr and "is not encrypted" in result.stderr
    assert not plain_header(db)
    raw = b"".join(p.read_bytes() for p in rj_home.glob("journal.db*"))
    assert b"Nightjar" not in raw and b"sister" not in raw

    no_pass = rj("list")
    assert no_pass.exit_code == 1
    assert no_pass.stderr == (
        "The journal is encrypted (or its file is damaged), so this needs a passphrase: run "
        "it in a terminal, or set RJ_PASSPHRASE. "
        "Nothing was changed.\n"
    )
    wrong = rj("list", env={"RJ_PASSPHRASE": "not it"})
    assert wrong.exit_code == 1
    assert wrong.stderr == (
        f"That passphrase does not open the journal at {db} (or the file is damaged, or not a "
        "journal). Nothing was changed.\n"
    )
    listed = json.loads(rj("list", "--json", env=with_pass).stdout)
    assert [e["body"] for e in listed] == ["Nightjar whispers in the garden"]
    assert rj("write", "Written while encrypted", env=with_pass).exit_code == 0
    found = json.loads(rj("search", "nightjar", "--json", env=with_pass).stdout)
    assert len(found) == 1

    exported = rj("export", "-f", "json", env=with_pass)
    assert exported.exit_code == 0 and "Nightjar" in exported.stdout
    assert exported.stderr.startswith(
        "The journal is encrypted; this export is not: anyone who can read it can read"
    )
    backup = rj("backup", "--json", env=with_pass)
    copy = json.loads(backup.stdout)["path"]
    assert not plain_header(rj_home / "backups" / copy.rsplit("/", 1)[1])
    doctor = rj("doctor", env=with_pass)
    assert doctor.exit_code == 1
    assert "  look   Backups: 1 backup(s) from before the journal was encrypted" in doctor.stdout
    plain = [p for p in (rj_home / "backups").iterdir() if plain_header(p)]
    assert len(plain) == 1 and f"rm {plain[0]}" in doctor.stdout
    plain[0].unlink()
    doctor = rj("doctor", env=with_pass)
    assert doctor.exit_code == 0 and doctor.stdout.endswith("All is well.\n")
    assert "  ok     Backups: Every backup is encrypted, as the journal is." in doctor.stdout
    again = rj("encrypt", env=with_pass)
    assert again.exit_code == 1 and "is already encrypted" in again.stderr

    assert rj("decrypt", env={"RJ_PASSPHRASE": "not it"}).exit_code == 1
    assert not plain_header(db)
    result = rj("decrypt", env=with_pass)
    assert result.exit_code == 0, result.output
    assert plain_header(db)
    bodies = [e["body"] for e in json.loads(rj("list", "--json").stdout)]
    assert bodies == ["Written while encrypted", "Nightjar whispers in the garden"]
    assert json.loads(rj("wins", "--json").stdout)[0]["text"] == "Called my sister"
    assert rj("decrypt").stderr.endswith("is not encrypted. Nothing was changed.\n")


def test_the_passphrase_is_asked_on_the_terminal_and_never_shown(pty_env, rj_home):
    from tests.conftest import run_in_pty as pty

    assert pty(["write", "terminal words"], env=pty_env).exit_code == 0
    mismatch = pty(
        ["encrypt"],
        env=pty_env,
        keys=[
            "New passphrase: ",
            b"first secret\n",
            "again: ",
            b"second secret\n",
        ],
    )
    assert mismatch.exit_code == 1
    assert "The two passphrases differ. Nothing was changed." in mismatch.output
    assert "secret" not in mismatch.output.replace("passphrase", "")  # no echo
    done = pty(
        ["encrypt"],
        env=pty_env,
        keys=[
            "New passphrase: ",
            b"kept secret\n",
            "again: ",
            b"kept secret\n",
        ],
    )
    assert done.exit_code == 0, done.output
    assert "kept secret" not in done.output
    listed = run_in_pty(["list"], env=pty_env, keys=["Passphrase for ", b"kept secret\n"])
    assert listed.exit_code == 0, listed.output
    assert "terminal words" in listed.output


def test_without_the_extra_an_encrypted_journal_is_a_clear_line(rj, rj_home, monkeypatch):
    rj("write", "words")
    assert rj("encrypt", env={"RJ_PASSPHRASE": PASS}).exit_code == 0
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # as if it were not installed
    result = rj("list", env={"RJ_PASSPHRASE": PASS})
    assert result.exit_code == 1
    assert result.stderr == (
        "This journal is encrypted, or is not a journal. Opening an encrypted journal needs "
        'the encryption extra: pip install "resilience-journal[encryption]". '
        "Nothing was changed.\n"
    )
    refused = rj("decrypt", env={"RJ_PASSPHRASE": PASS})
    assert refused.exit_code == 1 and "needs the encryption extra" in refused.stderr


def test_help_now_never_waits_for_a_passphrase(rj, rj_home):
    rj("safety-plan", "--set", "coping", "Call Sam")
    assert rj("encrypt", env={"RJ_PASSPHRASE": PASS}).exit_code == 0
    result = rj("help-now")
    assert result.exit_code == 0
    screen = " ".join(result.stdout.split())
    assert (
        "Your safety plan is in your encrypted journal: `rj safety-plan --show` opens it" in screen
    )
    assert "People you can reach now" in screen  # the contacts are all there
    opened = rj("help-now", "--all", env={"RJ_PASSPHRASE": PASS})
    assert "Call Sam" in opened.stdout
