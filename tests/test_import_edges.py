"""The edges of rj import (issue 22): files jrnl and rj write that once blocked, merged or
misread entries, or left an empty journal behind. Every test runs the real CLI on a small
sample file written here, and reads the journal's SQLite file for what was really kept."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from resilience_journal.exchange.importing.reading import CHUNK

from .conftest import listed, rows, run_in_pty

#: The journal, its logs, and the lock file every rj holds while it has it open.
JOURNAL_FILES = ("journal.db", ".journal.db.lock")

ROOT = Path(__file__).resolve().parents[1]


def jrnl_entry(
    title: str,
    body: str,
    day: str = "2026-10-03",
    clock: str = "08:15",
    tags: tuple[str, ...] = (),
    starred: bool = False,
) -> dict:
    """One entry as jrnl 4.6 exports it (jrnl --format json; see tests/data)."""
    return {
        "title": title,
        "body": body,
        "date": day,
        "time": clock,
        "tags": list(tags),
        "starred": starred,
    }


def jrnl_file(path: Path, *entries: dict) -> str:
    tags: dict[str, int] = {}
    for entry in entries:
        for tag in entry["tags"]:
            tags[tag] = tags.get(tag, 0) + 1
    path.write_text(json.dumps({"tags": tags, "entries": list(entries)}, indent=2), "utf-8")
    return str(path)


def ours_file(path: Path, *entries: dict) -> str:
    """rj's own export, its keys in the order rj writes them."""
    data = {
        "format": "resilience-journal",
        "version": 1,
        "values": [],
        "value_ratings": [],
        "tags": [],
        "wins": [],
        "entries": list(entries),
        "checkins": [],
        "goals": [],
        "experiments": [],
    }
    path.write_text(json.dumps(data, indent=2), "utf-8")
    return str(path)


def our_entry(day: str, body: str, title: str | None = None, tags: tuple[str, ...] = ()) -> dict:
    return {"kind": "entry", "day": day, "title": title, "body": body, "tags": list(tags)}


def journal_files(home: Path) -> list[str]:
    return sorted(p.name for p in home.glob("journal.db*")) if home.exists() else []


GOOD = jrnl_entry("Got out of bed before nine.", "I opened the curtains and made tea.")


# 1. an empty entry ------------------------------------------------------------------------


def test_an_empty_jrnl_entry_is_left_out_and_its_day_named(rj, rj_home, tmp_path):
    empty = jrnl_entry("", "  ", day="2026-10-04")
    later = jrnl_entry("A walk.", "Round the park.", day="2026-10-05")
    path = jrnl_file(tmp_path / "jrnl.json", GOOD, empty, later)
    result = rj("import", path)
    assert result.exit_code == 0, result.output
    assert "Imported 2 entries from" in result.stderr
    assert "Left out 1 empty entry (2026-10-04)" in result.stderr
    assert [row["day"] for row in rows(rj_home, "entries")] == ["2026-10-03", "2026-10-05"]


def test_strict_refuses_a_file_with_an_empty_entry_as_before(rj, rj_home, tmp_path):
    assert rj("write", "Already here.").exit_code == 0
    path = jrnl_file(tmp_path / "jrnl.json", GOOD, jrnl_entry("", "", day="2026-10-04"))
    result = rj("import", "--strict", path)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "entries[1] (2026-10-04) is empty; leave out --strict to import the rest without it."
        " Nothing was imported."
    )
    assert len(rows(rj_home, "entries")) == 1


def test_an_empty_entry_of_rjs_own_export_is_left_out_too(rj, rj_home, tmp_path):
    path = ours_file(
        tmp_path / "ours.json",
        our_entry("2026-11-01", "The first."),
        our_entry("2026-11-02", "   "),
    )
    result = rj("import", "--json", path)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["added"]["entries"] == 1
    assert report["left_out"] == {"empty": ["2026-11-02"], "future": []}


# 2. a first line longer than a title ------------------------------------------------------


def test_a_long_first_line_is_cut_at_a_word_and_the_paragraphs_stay_apart(rj, rj_home, tmp_path):
    first_line = " ".join(["steady"] * 40) + " and then the line ends."  # 300 characters
    path = jrnl_file(
        tmp_path / "jrnl.json", jrnl_entry(first_line, "The second paragraph.\n\nA third.")
    )
    assert rj("import", path).exit_code == 0
    [entry] = rows(rj_home, "entries")
    assert len(entry["title"]) <= 200
    assert first_line.startswith(entry["title"] + " ")  # cut between words
    rest = first_line[len(entry["title"]) :].strip()
    assert entry["body"] == f"{rest}\n\nThe second paragraph.\n\nA third."
    # Imported again, the same entry is found: nothing is added twice.
    again = rj("import", path)
    assert "Imported nothing new" in again.stderr and "1 was already here" in again.stderr


def test_the_readme_says_how_a_long_first_line_is_kept():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Import", 1)[1].split("\n## ", 1)[0]
    assert "cut at a word" in section and "blank line" in section


# 3. tags that once became one ---------------------------------------------------------------


def test_c_plus_plus_c_sharp_and_c_stay_three_tags(rj, rj_home, tmp_path):
    path = jrnl_file(
        tmp_path / "jrnl.json",
        jrnl_entry("Languages.", "@c++ @c# @c", tags=("@c++", "@c#", "@c")),
    )
    result = rj("import", path)
    assert result.exit_code == 0, result.output
    assert sorted(tag["name"] for tag in rows(rj_home, "tags")) == ["c", "c-plus-plus", "c-sharp"]
    assert "kept as one tag" not in result.stderr
    assert sorted(listed(rj, "--tag", "c-plus-plus")[0]["tags"]) == [
        "c",
        "c-plus-plus",
        "c-sharp",
    ]


def test_tag_c_plus_plus_is_spelled_out_alike_when_written_and_when_listed(rj, tmp_path):
    path = jrnl_file(tmp_path / "jrnl.json", jrnl_entry("Languages.", "@c++", tags=("@c++",)))
    assert rj("import", path).exit_code == 0
    wrote = rj("write", "--tag", "c#", "--tag", "c++", "Read about F# too.")
    assert wrote.exit_code == 0, wrote.output
    assert len(listed(rj, "--tag", "c++")) == 2  # the imported entry and the new one
    assert [entry["tags"] for entry in listed(rj, "--tag", "c#")] == [["c-plus-plus", "c-sharp"]]
    assert listed(rj, "--tag", "c") == []  # neither became c


def test_tags_that_differ_only_in_case_are_one_and_the_summary_says_so(rj, rj_home, tmp_path):
    path = jrnl_file(
        tmp_path / "jrnl.json",
        jrnl_entry("Morning.", "@C first", tags=("@C",)),
        jrnl_entry("Evening.", "@c later", day="2026-10-04", tags=("@c",)),
    )
    result = rj("import", path)
    assert result.exit_code == 0, result.output
    assert "@C and @c were kept as one tag, C." in result.stderr
    assert [tag["name"] for tag in rows(rj_home, "tags")] == ["C"]


# 4. a lone surrogate ------------------------------------------------------------------------


def test_a_lone_surrogate_is_one_line_naming_the_entry_and_nothing_is_written(
    rj, rj_home, tmp_path
):
    assert rj("write", "Already here.").exit_code == 0
    private = "my private words"
    second = json.dumps(jrnl_entry("Second.", f"{private} \ud800 here", day="2026-10-09"))
    text = json.dumps({"tags": {}, "entries": [GOOD, "SECOND"]}).replace('"SECOND"', second)
    assert "\\ud800" in text
    path = tmp_path / "lone.json"
    path.write_text(text, "utf-8")
    result = rj("import", str(path))
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "entries[1].body (the entry of 2026-10-09) holds half of a character (a lone"
        " surrogate), which cannot be kept as text. Nothing was imported."
    )
    assert private not in result.output and "Traceback" not in result.output
    assert len(rows(rj_home, "entries")) == 1


def test_a_pair_of_surrogate_escapes_is_one_character_and_kept(rj, rj_home, tmp_path):
    path = tmp_path / "emoji.json"
    text = json.dumps({"tags": {}, "entries": [jrnl_entry("Tea.", "A cup \U0001f375.")]})
    assert "\\ud83c\\udf75" in text  # json.dumps escapes it as a pair
    path.write_text(text, "utf-8")
    assert rj("import", str(path)).exit_code == 0
    assert rows(rj_home, "entries")[0]["body"] == "A cup \U0001f375."


# 5. copies of one entry -------------------------------------------------------------------


def test_copies_that_differ_in_star_or_tags_are_one_entry_with_both(rj, rj_home, tmp_path):
    first = jrnl_entry("Same.", "The same words.", tags=("@family",))
    second = jrnl_entry("Same.", "The same words.", tags=("@coping",), starred=True)
    path = jrnl_file(tmp_path / "jrnl.json", first, second, GOOD | {"date": "2026-10-05"})
    result = rj("import", path)
    assert result.exit_code == 0, result.output
    assert "Imported 2 entries" in result.stderr
    assert "Joined 1 copy of an entry to the entry it repeats" in result.stderr
    same = next(e for e in listed(rj) if e["title"] == "Same.")
    assert sorted(same["tags"]) == ["coping", "family", "starred"]


# 6. no journal left behind ------------------------------------------------------------------


def test_a_refused_file_leaves_no_journal_where_there_was_none(rj, rj_home, tmp_path):
    bad = jrnl_file(tmp_path / "bad.json", GOOD, jrnl_entry("Late.", "x", clock="25:99"))
    assert rj("import", bad).exit_code == 1
    assert journal_files(rj_home) == []
    broken = tmp_path / "cut.json"
    broken.write_text(Path(jrnl_file(tmp_path / "whole.json", GOOD)).read_text()[:40], "utf-8")
    result = rj("import", str(broken))
    assert result.exit_code == 1 and "It may be cut short." in result.stderr
    assert journal_files(rj_home) == []


def test_an_import_that_adds_nothing_leaves_no_journal(rj, rj_home, tmp_path):
    empty = jrnl_file(tmp_path / "none.json")
    result = rj("import", empty)
    assert result.exit_code == 0 and "Imported nothing new" in result.stderr
    assert journal_files(rj_home) == []
    only_empty = jrnl_file(tmp_path / "blank.json", jrnl_entry("", ""))
    assert rj("import", only_empty).exit_code == 0
    assert journal_files(rj_home) == []
    assert rj("import", "--dry-run", jrnl_file(tmp_path / "one.json", GOOD)).exit_code == 0
    assert journal_files(rj_home) == []


def test_a_journal_that_was_there_stays(rj, rj_home, tmp_path):
    assert rj("write", "Already here.").exit_code == 0
    assert rj("import", jrnl_file(tmp_path / "none.json")).exit_code == 0
    assert "journal.db" in journal_files(rj_home)
    assert len(rows(rj_home, "entries")) == 1


# 7. future dates ----------------------------------------------------------------------------


def test_entries_of_one_future_day_name_it_once(rj, rj_home, tmp_path):
    later = [jrnl_entry(f"Later {n}.", "Not yet.", day="2026-12-30") for n in range(3)]
    result = rj("import", jrnl_file(tmp_path / "jrnl.json", GOOD, *later))
    assert result.exit_code == 0, result.output
    assert "Left out 3 entries dated in the future (2026-12-30);" in result.stderr


def test_an_entry_dated_in_the_future_is_left_out_and_named(rj, rj_home, tmp_path):
    # The clock is 2026-11-25 21:30; a day's slack lets the 26th in (time zones).
    tomorrow = jrnl_entry("Tomorrow already.", "Far east.", day="2026-11-26")
    later = jrnl_entry("Later.", "Not yet.", day="2026-12-30")
    path = jrnl_file(tmp_path / "jrnl.json", GOOD, tomorrow, later)
    result = rj("import", path)
    assert result.exit_code == 0, result.output
    assert "Left out 1 entry dated in the future (2026-12-30)" in result.stderr
    assert [row["day"] for row in rows(rj_home, "entries")] == ["2026-10-03", "2026-11-26"]
    strict = rj("import", "--strict", path)  # --strict refuses it, as `rj write` does
    assert strict.exit_code == 1
    assert "entries[2] (2026-12-30) is dated in the future" in strict.stderr
    assert "That date is in the future" in rj("write", "--date", "2026-12-30", "x").stderr


def test_rjs_own_export_is_held_to_the_same_days(rj, rj_home, tmp_path):
    path = ours_file(
        tmp_path / "ours.json",
        our_entry("2026-11-01", "Written."),
        our_entry("2027-01-01", "A typo in the year."),
    )
    result = rj("import", path)
    assert result.exit_code == 0, result.output
    assert "Left out 1 entry dated in the future (2027-01-01)" in result.stderr
    assert [row["day"] for row in rows(rj_home, "entries")] == ["2026-11-01"]


# 8. a number too long -----------------------------------------------------------------------


def test_a_number_of_thousands_of_digits_is_one_line_and_nothing_is_written(rj, rj_home, tmp_path):
    assert rj("write", "Already here.").exit_code == 0
    path = tmp_path / "big.json"
    text = json.dumps({"tags": {}, "entries": [GOOD]}).replace("false", "9" * 5000)
    path.write_text(text, "utf-8")
    result = rj("import", str(path))
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"{path} holds a number longer than 4,300 digits, which rj cannot read."
        " Nothing was imported."
    )
    assert len(rows(rj_home, "entries")) == 1


# 9. read as it streams, still all or nothing ------------------------------------------------


def test_a_bad_record_late_in_a_large_file_leaves_nothing_written(rj, rj_home, tmp_path):
    assert rj("write", "Already here.").exit_code == 0
    many = [
        jrnl_entry(f"Entry {n}.", "Some words " * 20, day=f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}")
        for n in range(2000)
    ]
    many.append(jrnl_entry("Last.", "Wrong time.", clock="later"))
    path = jrnl_file(tmp_path / "big.json", *many)
    assert Path(path).stat().st_size > 256 * 1024  # written the bulk way, as it streams
    result = rj("import", path)
    assert result.exit_code == 1
    assert "entries[2000].time should be a time like 21:40" in result.stderr
    assert len(rows(rj_home, "entries")) == 1
    db = sqlite3.connect(rj_home / "journal.db")
    try:
        assert db.execute("SELECT sum(entries) FROM days").fetchone()[0] == 1
    finally:
        db.close()
    # The triggers set aside for the bulk write are back: a new entry is found by search.
    assert rj("write", "A marigold by the door.").exit_code == 0
    assert "marigold" in rj("search", "marigold").stdout


def test_a_large_file_streams_in_whole(rj, rj_home, tmp_path):
    many = [
        jrnl_entry(f"Entry {n}.", f"Words for the day {n}.", day=f"2024-03-{1 + n % 28:02d}")
        for n in range(1500)
    ]
    path = jrnl_file(tmp_path / "many.json", *many)
    result = rj("import", path)
    assert result.exit_code == 0, result.output
    assert "Imported 1500 entries" in result.stderr
    db = sqlite3.connect(rj_home / "journal.db")
    try:
        found = db.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH '1499'")
        assert found.fetchone()[0] == 1  # indexed for search at the end
        assert db.execute("SELECT sum(entries) FROM days").fetchone()[0] == 1500
    finally:
        db.close()


def test_a_file_from_standard_input_still_imports(rj, rj_home, tmp_path):
    text = Path(jrnl_file(tmp_path / "jrnl.json", GOOD)).read_text("utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "resilience_journal", "import", "-"],
        input=text.encode(),
        capture_output=True,
        env={**_env(rj_home)},
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert b"Imported 1 entry from standard input." in proc.stderr


# 10. progress on a terminal only --------------------------------------------------------------


def _large(tmp_path: Path) -> str:
    many = [
        jrnl_entry(f"Entry {n}.", "A line of words to make it long. " * 12, day="2024-03-03")
        for n in range(1500)
    ]
    path = jrnl_file(tmp_path / "large.json", *many)
    assert Path(path).stat().st_size > 512 * 1024
    return path


def test_a_progress_bar_over_the_file_read_on_a_terminal(pty_env, tmp_path):
    path = _large(tmp_path)
    pty_env["TERM"] = "xterm"
    pty_env.pop("CI", None)
    shown = run_in_pty(["import", path], env=pty_env)
    assert shown.exit_code == 0, shown.output
    assert "Reading and importing" in shown.output
    assert shown.output.index("Reading and importing") < shown.output.index("Imported 1500")


def test_no_progress_bar_to_a_pipe_or_in_ci(pty_env, tmp_path, rj_home):
    path = _large(tmp_path)
    piped = subprocess.run(
        [sys.executable, "-m", "resilience_journal", "import", "--dry-run", path],
        capture_output=True,
        env={**pty_env, "TERM": "xterm"},
        timeout=60,
    )
    assert piped.returncode == 0, piped.stderr
    assert b"Reading" not in piped.stderr and b"Would import 1500 entries" in piped.stderr
    in_ci = run_in_pty(["import", path], env={**pty_env, "TERM": "xterm", "CI": "true"})
    assert in_ci.exit_code == 0, in_ci.output
    assert "Reading" not in in_ci.output and "Imported 1500 entries" in in_ci.output


def _env(rj_home: Path) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("PYTEST_CURRENT_TEST",)}
    env.update(RJ_HOME=str(rj_home), NO_COLOR="1", PYTHONPATH=str(ROOT / "src"))
    return env


# the file read in passes: any order of keys, a dry run's preview -------------------------------


def test_a_hand_made_file_with_its_keys_in_another_order_imports(rj, rj_home, tmp_path):
    """Entries before the values they name: each key is read by a pass of its own."""
    data = {
        "entries": [
            {"day": "2026-11-02", "body": "Called my sister.", "values": ["family"]},
            {"day": "2026-11-01", "body": "   "},
        ],
        "values": [{"name": "family"}],
        "version": 1,
        "format": "resilience-journal",
    }
    path = tmp_path / "reordered.json"
    path.write_text(json.dumps(data), "utf-8")
    result = rj("import", str(path))
    assert result.exit_code == 0, result.output
    assert "Imported 1 entry and 1 value" in result.stderr
    assert "Left out 1 empty entry (2026-11-01)" in result.stderr
    assert listed(rj)[0]["values"] == ["family"]


def test_entries_that_are_not_a_list_are_refused(rj, rj_home, tmp_path):
    path = tmp_path / "odd.json"
    path.write_text('{"format": "resilience-journal", "version": 1, "entries": {}}', "utf-8")
    result = rj("import", str(path))
    assert result.exit_code == 1
    assert result.stderr.strip() == "entries should be a list [...]. Nothing was imported."
    assert journal_files(rj_home) == []


def test_a_dry_run_of_a_streamed_file_shows_its_earliest_days(rj, rj_home, tmp_path):
    many = [jrnl_entry(f"Day {n}.", "Words.", day=f"2024-01-{n:02d}") for n in range(30, 0, -1)]
    result = rj("import", "--dry-run", jrnl_file(tmp_path / "many.json", *many))
    assert result.exit_code == 0, result.output
    shown = result.stdout
    assert "Day 1." in shown and "Day 20." in shown and "Day 21." not in shown
    assert shown.index("Day 1.") < shown.index("Day 2.") < shown.index("Day 20.")
    assert "and 10 more" in shown
    assert "Would import 30 entries" in result.stderr
    assert journal_files(rj_home) == []


def test_a_lone_surrogate_in_rjs_own_export_names_the_entrys_day(rj, rj_home, tmp_path):
    path = Path(ours_file(tmp_path / "ours.json", our_entry("2026-11-03", "SURROGATE")))
    path.write_text(path.read_text("utf-8").replace("SURROGATE", "a \\udc00 b"), "utf-8")
    result = rj("import", str(path))
    assert result.exit_code == 1
    assert "entries[0].body (the entry of 2026-11-03) holds half of a character" in result.stderr
    assert journal_files(rj_home) == []


# 11. a journal another rj starts while a first import runs is never removed --------------------

RJ = [sys.executable, "-m", "resilience_journal"]


def _rj(rj_home: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*RJ, *args], capture_output=True, env=_env(rj_home), timeout=60)


def _import_held_open(rj_home: Path) -> subprocess.Popen[bytes]:
    """rj import -, in a process of its own, its file fed through a pipe that is held open
    once the first entries are in: it is part way through when this returns."""
    importer = subprocess.Popen(
        [*RJ, "import", "-"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=_env(rj_home),
    )
    assert importer.stdin is not None
    entries = ",".join(json.dumps(jrnl_entry(f"Entry {n}.", "Words.")) for n in range(600))
    importer.stdin.write(f'{{"tags": {{}}, "entries": [{entries},'.encode())
    importer.stdin.flush()
    deadline = time.monotonic() + 30
    while not list(rj_home.glob(".journal.db.*")):  # its journal, still private
        assert importer.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    return importer


def _finish(importer: subprocess.Popen[bytes], last: dict) -> tuple[int, str]:
    _, err = importer.communicate(f"{json.dumps(last)}]}}".encode(), timeout=60)
    return importer.returncode, err.decode()


def test_a_failed_first_import_leaves_the_journal_another_rj_started(rj_home):
    importer = _import_held_open(rj_home)
    win = _rj(rj_home, "win", "called mum")
    assert win.returncode == 0 and b"Noted" in win.stderr  # not held up by the import
    code, err = _finish(importer, jrnl_entry("Late.", "x", day="2026-13-45"))
    assert code == 1 and "Nothing was imported." in err
    assert [w["text"] for w in rows(rj_home, "wins")] == ["called mum"]
    assert rows(rj_home, "entries") == []
    assert not [p for p in rj_home.iterdir() if not p.name.startswith(JOURNAL_FILES)]


def test_a_whole_first_import_does_not_replace_a_journal_started_meanwhile(rj_home):
    importer = _import_held_open(rj_home)
    assert _rj(rj_home, "win", "called mum").returncode == 0
    code, err = _finish(importer, GOOD)
    assert code == 1
    assert err.strip() == (
        f"A journal was started at {rj_home / 'journal.db'} while this import ran, so the"
        " import was not put in its place; that journal is as it was. Run the same rj import"
        " again to add the file to it. Nothing was imported."
    )
    assert [w["text"] for w in rows(rj_home, "wins")] == ["called mum"]
    assert rows(rj_home, "entries") == []
    assert not [p for p in rj_home.iterdir() if not p.name.startswith(JOURNAL_FILES)]


def test_a_first_import_puts_a_private_journal_in_place_that_rj_opens(rj, rj_home):
    importer = _import_held_open(rj_home)
    code, err = _finish(importer, GOOD)
    assert code == 0 and "Imported 601 entries" in err
    assert [p.name for p in rj_home.iterdir()] == ["journal.db"]  # one file, no -wal
    assert (rj_home / "journal.db").stat().st_mode & 0o777 == 0o600
    assert rj_home.stat().st_mode & 0o777 == 0o700
    assert rj("write", "After.").exit_code == 0
    assert len(rows(rj_home, "entries")) == 602
    db = sqlite3.connect(rj_home / "journal.db")
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # as rj keeps it
    finally:
        db.close()


def test_a_closed_terminal_or_a_stopped_job_leaves_no_hidden_journal(rj_home):
    for stop in (signal.SIGTERM, signal.SIGHUP):
        importer = _import_held_open(rj_home)
        importer.send_signal(stop)
        importer.communicate(timeout=60)
        assert importer.returncode != 0
        assert not rj_home.exists()  # nothing it built aside, nor the folder it made


def test_what_a_killed_import_left_is_cleared_by_the_next(rj, rj_home, tmp_path):
    importer = _import_held_open(rj_home)
    importer.kill()  # SIGKILL: nothing of rj runs
    importer.communicate(timeout=60)
    assert list(rj_home.glob(".journal.db.*"))  # left behind, private
    assert rj("import", jrnl_file(tmp_path / "good.json", GOOD)).exit_code == 0
    assert sorted(p.name for p in rj_home.iterdir()) == ["journal.db"]


def test_an_earlier_journals_log_beside_a_new_one_is_refused_and_kept(rj, rj_home, tmp_path):
    rj_home.mkdir(mode=0o700)
    (rj_home / "journal.db-wal").write_bytes(b"an earlier journal's log")
    result = rj("import", jrnl_file(tmp_path / "good.json", GOOD))
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"There is no journal at {rj_home / 'journal.db'}, but journal.db-wal from an earlier"
        " journal is beside it, and would be read into the new one. Move it aside (or put the"
        " journal it belongs to back), then run this again. Nothing was imported."
    )
    assert sorted(p.name for p in rj_home.iterdir()) == ["journal.db-wal"]
    assert (rj_home / "journal.db-wal").read_bytes() == b"an earlier journal's log"


def test_a_journal_linked_into_a_synced_folder_is_made_where_the_link_points(rj, rj_home, tmp_path):
    synced = tmp_path / "synced"
    synced.mkdir()
    rj_home.mkdir(mode=0o700)
    (rj_home / "journal.db").symlink_to(synced / "journal.db")  # not made yet
    result = rj("import", jrnl_file(tmp_path / "good.json", GOOD))
    assert result.exit_code == 0, result.output
    assert (rj_home / "journal.db").is_symlink()
    assert (synced / "journal.db").is_file()
    assert len(listed(rj)) == 1


# 12. a failed first import leaves no folder behind ---------------------------------------------


def test_a_refused_first_import_leaves_no_folder_it_made(rj, rj_home, tmp_path):
    assert not rj_home.exists()
    bad = jrnl_file(tmp_path / "bad.json", GOOD, jrnl_entry("Late.", "x", clock="25:99"))
    assert rj("import", bad).exit_code == 1
    assert not rj_home.exists()
    assert rj("import", jrnl_file(tmp_path / "none.json")).exit_code == 0  # added nothing
    assert not rj_home.exists()


def test_folders_made_deeper_go_too_but_one_that_was_there_stays(rj, tmp_path, monkeypatch):
    home = tmp_path / "made" / "deeper" / "home"
    monkeypatch.setenv("RJ_HOME", str(home))
    bad = jrnl_file(tmp_path / "bad.json", jrnl_entry("Late.", "x", clock="25:99"))
    assert rj("import", bad).exit_code == 1
    assert not (tmp_path / "made").exists()
    there = tmp_path / "there"
    there.mkdir()
    monkeypatch.setenv("RJ_HOME", str(there))
    assert rj("import", bad).exit_code == 1
    assert there.is_dir() and list(there.iterdir()) == []


def test_a_folder_with_something_else_in_it_stays(rj, rj_home, tmp_path):
    rj_home.mkdir()
    (rj_home / "config.toml").write_text("", "utf-8")
    bad = jrnl_file(tmp_path / "bad.json", jrnl_entry("Late.", "x", clock="25:99"))
    assert rj("import", bad).exit_code == 1
    assert [p.name for p in rj_home.iterdir()] == ["config.toml"]


# 13. every lone surrogate escape, however the file comes ----------------------------------------

LONE = [
    ("x\\ud800", "high at the end"),
    ("\\uD800x", "high, upper case"),
    ("\\udbff\\u0041", "high before another escape"),
    ("\\ud83d\\ud83d\\ude00", "high before a pair"),
    ("\\udfff", "low alone"),
    ("x\\uDC00", "low, upper case"),
    ("\\\\ud800\\udc00", "low after an escaped backslash"),
    ("\\ud800\\udc00\\udc00", "low after a pair"),
]


def _lone_file(tmp_path: Path, escape: str, field: str = "body") -> Path:
    entry = our_entry("2026-11-21", "words", title="A title.")
    entry[field] = "ESCAPE"
    path = Path(ours_file(tmp_path / "lone.json", entry))
    path.write_text(path.read_text("utf-8").replace('"ESCAPE"', f'"{escape}"'), "utf-8")
    return path


@pytest.mark.parametrize("escape", [e for e, _ in LONE], ids=[why for _, why in LONE])
@pytest.mark.parametrize("how", ["file", "redirected", "pipe"])
def test_every_lone_surrogate_escape_is_refused(rj_home, tmp_path, escape, how):
    path = _lone_file(tmp_path, escape)
    if how == "file":
        proc = _rj(rj_home, "import", str(path))
    elif how == "redirected":
        with path.open("rb") as given:
            proc = subprocess.run(
                [*RJ, "import", "-"], stdin=given, capture_output=True, env=_env(rj_home)
            )
    else:
        proc = subprocess.run(
            [*RJ, "import", "-"], input=path.read_bytes(), capture_output=True, env=_env(rj_home)
        )
    assert proc.returncode == 1, proc.stderr
    assert b"entries[0].body (the entry of 2026-11-21) holds half of a character" in proc.stderr
    assert not rj_home.exists()


@pytest.mark.parametrize("field", ["title", "body"])
def test_a_lone_surrogate_in_another_field_is_refused_too(rj, rj_home, tmp_path, field):
    result = rj("import", str(_lone_file(tmp_path, "\\ud800", field)))
    assert result.exit_code == 1
    assert f"entries[0].{field} (the entry of 2026-11-21) holds half" in result.stderr


@pytest.mark.parametrize("shift", [-13, -7, -6, -3, 0, 1, 4, 6])
@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "\\ud800\\udc00"])
def test_a_surrogate_escape_where_one_read_of_the_file_ends(rj, rj_home, tmp_path, escape, shift):
    """The quick backend reads in 1 MiB chunks: the escape falls across the first edge
    (spaces before the text, which JSON lets be, bring it there)."""
    path = _lone_file(tmp_path, "PAD" + escape)
    text = path.read_bytes()
    at = text.index(b'"PAD')
    pad = CHUNK + shift - at - 1  # the escape begins `shift` bytes from the edge
    path.write_bytes(text.replace(b'"PAD', b" " * pad + b'"'))
    assert path.read_bytes().index(b"\\ud") == CHUNK + shift
    result = rj("import", str(path))
    if escape == "\\ud800\\udc00":
        assert result.exit_code == 0, result.output
        assert rows(rj_home, "entries")[0]["body"] == "\U00010000"
    else:
        assert result.exit_code == 1
        assert "holds half of a character" in result.stderr
