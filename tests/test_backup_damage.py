"""A damaged journal (pages overwritten in the middle of a real journal file, as a failing
disk or a stray write would leave it): `rj backup` refuses it and keeps no damaged copy,
rotation never removes the newest backup that passed SQLite's check, `rj doctor` names only
a backup that is whole and says truly whether `rj export` can still read the journal, and
`rj doctor --salvage` copies what can be read into a new journal beside it. Through the
real CLI, on real SQLite files."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import ok

T1, T2, T3, T4 = (f"2026-11-2{day}T21:30:00" for day in (1, 2, 3, 4))
ENTRIES = 40
BODY = "A slow walk by the river, and tea after. " * 60  # about a page an entry


def fill(rj) -> None:
    for n in range(ENTRIES):
        ok(rj("write", f"Entry {n}. {BODY}", env={"RJ_NOW": T1}))
    ok(rj("win", "Asked for help at work", env={"RJ_NOW": T1}))


def problems(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as err:
        return [str(err)]
    finally:
        conn.close()


def damage(db: Path, table: str = "entries") -> None:
    """Write garbage over pages of `table` in the middle of the file (its root page spared,
    so some of it can still be read), and check SQLite sees it."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [
        row[0]
        for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            [table],
        )
    ]
    conn.close()
    middle = pages[len(pages) // 2 : len(pages) // 2 + 3] if len(pages) > 3 else pages
    with db.open("r+b") as handle:
        for page in middle:
            handle.seek((page - 1) * size)
            handle.write(b"\xde\xad\xbe\xef" * (size // 4))
    assert problems(db) != ["ok"]


def told(result) -> str:
    """What a command that succeeded said on stderr (rj's own lines go there)."""
    assert result.exit_code == 0, result.output
    return " ".join(result.stderr.split())


def backups(rj_home: Path) -> list[str]:
    folder = rj_home / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_backup_is_checked_and_says_so(rj, rj_home: Path):
    fill(rj)
    said = told(rj("backup", env={"RJ_NOW": T2}))
    assert "Backed up the journal to" in said
    assert backups(rj_home) == ["journal-20261122-213000.db", "journal-20261122-213000.db.checked"]
    assert problems(rj_home / "backups" / "journal-20261122-213000.db") == ["ok"]


def test_a_damaged_journal_is_refused_and_the_good_backups_stay(rj, rj_home: Path):
    fill(rj)
    ok(rj("config", "set", "backups_keep", "2"))
    ok(rj("backup", env={"RJ_NOW": T1}))
    ok(rj("backup", env={"RJ_NOW": T2}))
    good = backups(rj_home)
    damage(rj_home / "journal.db")
    for when in (T3, T4, "2026-11-25T21:30:00"):  # more than backups_keep tries
        result = rj("backup", env={"RJ_NOW": when})
        assert result.exit_code == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1
        assert "journal.db is damaged, so no backup was made" in lines[0]
        assert "earlier backups are kept" in lines[0] and "`rj doctor`" in lines[0]
        assert result.stdout == ""
    assert backups(rj_home) == good  # no damaged copy, no temporary file, none removed


def test_a_damaged_journal_is_refused_at_a_path_too(rj, rj_home: Path, tmp_path: Path):
    fill(rj)
    damage(rj_home / "journal.db")
    result = rj("backup", str(tmp_path / "copy.db"))
    assert result.exit_code == 1 and "is damaged, so no backup was made" in result.stderr
    assert not (tmp_path / "copy.db").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")] == []


def test_rotation_removes_older_backups_with_their_marks(rj, rj_home: Path):
    fill(rj)
    ok(rj("config", "set", "backups_keep", "2"))
    for when in (T1, T2):
        ok(rj("backup", env={"RJ_NOW": when}))
    said = told(rj("backup", env={"RJ_NOW": T3}))
    assert "Removed 1 older backup, as backups_keep asks." in said
    assert backups(rj_home) == [
        "journal-20261122-213000.db",
        "journal-20261122-213000.db.checked",
        "journal-20261123-213000.db",
        "journal-20261123-213000.db.checked",
    ]


def test_rotation_never_removes_the_newest_checked_backup(rj, rj_home: Path):
    """Unchecked copies that sort after the new backup (made by an earlier rj, or dated
    ahead of a clock that was set back) would push it out; it stays."""
    fill(rj)
    ok(rj("config", "set", "backups_keep", "2"))
    ok(rj("backup", env={"RJ_NOW": T1}))
    folder = rj_home / "backups"
    damaged = rj_home / "damaged.db"
    damaged.write_bytes((rj_home / "journal.db").read_bytes())
    damage(damaged)
    for name in ("journal-20261130-090000.db", "journal-20261130-100000.db"):
        (folder / name).write_bytes(damaged.read_bytes())
    said = told(rj("backup", env={"RJ_NOW": T2}))
    assert "Removed 1 older backup" in said
    assert backups(rj_home) == [
        "journal-20261122-213000.db",
        "journal-20261122-213000.db.checked",
        "journal-20261130-090000.db",
        "journal-20261130-100000.db",
    ]


def fix_line(output: str) -> str:
    lines = output.splitlines()
    at = next(i for i, line in enumerate(lines) if "File:" in line)
    return " ".join(line.strip() for line in lines[at + 1 : at + 4] if "Version:" not in line)


def test_doctor_names_the_newest_whole_backup_never_a_damaged_one(rj, rj_home: Path):
    fill(rj)
    ok(rj("backup", env={"RJ_NOW": T1}))
    ok(rj("backup", env={"RJ_NOW": T2}))
    damage(rj_home / "journal.db")
    # doctor --fix makes a backup first: of the damaged file, the newest in the folder
    fixing = rj("doctor", "--fix", env={"RJ_NOW": T3})
    assert fixing.exit_code == 1
    assert "journal-20261123-213000.db" in fixing.stdout
    result = rj("doctor", env={"RJ_NOW": T4})
    assert result.exit_code == 1
    assert "The journal file is damaged" in result.stdout
    advice = fix_line(result.stdout)
    newest_good = rj_home / "backups" / "journal-20261122-213000.db"
    assert f"Your newest whole backup is {newest_good}" in " ".join(advice.split())
    assert "journal-20261123-213000.db" not in result.stdout
    # and it is true: the backup named passes SQLite's check and holds every entry
    assert problems(newest_good) == ["ok"]
    conn = sqlite3.connect(newest_good)
    assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == ENTRIES
    conn.close()


def test_doctor_says_export_cannot_read_it_and_what_can(rj, rj_home: Path, tmp_path: Path):
    fill(rj)
    damage(rj_home / "journal.db")
    exported = rj("export", "-o", str(tmp_path / "out.json"))
    assert exported.exit_code == 1  # export really cannot read it
    result = rj("doctor")
    advice = " ".join(fix_line(result.stdout).split())
    assert "None of your backups is whole, so there is none to restore." in advice
    assert "`rj export` cannot read it either; `rj doctor --salvage` copies" in advice


@pytest.mark.parametrize("table", ["entries_grams_data"])
def test_doctor_says_export_can_read_it_when_it_can(rj, rj_home: Path, tmp_path: Path, table):
    """Damage only in a search index: the writing itself can still be exported."""
    fill(rj)
    ok(rj("write", "A quiet evening 🌙 at home", env={"RJ_NOW": T1}))  # fills the grams index
    damage(rj_home / "journal.db", table)
    result = rj("doctor")
    assert "The journal file is damaged" in result.stdout
    assert "`rj export` can still read the journal" in " ".join(fix_line(result.stdout).split())
    ok(rj("export", "-f", "json", "-o", str(tmp_path / "out.json")))
    assert len(json.loads((tmp_path / "out.json").read_text())["entries"]) == ENTRIES + 1


def test_salvage_copies_what_can_be_read_into_a_new_journal_beside_it(rj, rj_home: Path):
    fill(rj)
    journal = rj_home / "journal.db"
    damage(journal)
    before = digest(journal)
    said = told(rj("doctor", "--salvage"))
    new = rj_home / "journal-salvaged-20261125-213000.db"
    assert f"into a new journal: {new}." in said
    assert "The damaged journal is left as it is." in said
    assert digest(journal) == before  # only read
    assert problems(new) == ["ok"]
    saved = json.loads(ok(rj("--db", str(new), "list", "--json", "-n", "1000")))
    assert 0 < len(saved) < ENTRIES  # the damaged pages' entries are gone, the rest kept
    assert f"Saved {len(saved)} entries and 1 win that could still be read" in said
    bodies = {entry["body"] for entry in saved}
    assert f"Entry 0. {BODY}".strip() in bodies and f"Entry {ENTRIES - 1}. {BODY}".strip() in bodies
    ok(rj("--db", str(new), "search", "river"))  # its search index was made as rows landed
    doctor = rj("--db", str(new), "doctor")
    assert doctor.exit_code == 0, doctor.stdout
    # a second salvage never writes over the first
    again = told(rj("doctor", "--salvage"))
    assert "journal-salvaged-20261125-213000-2.db" in again
    assert problems(new) == ["ok"]


def test_salvage_with_no_journal_says_so(rj, rj_home: Path):
    result = rj("doctor", "--salvage")
    assert result.exit_code == 1
    assert "There is no journal at" in result.stderr and "Nothing was changed." in result.stderr
