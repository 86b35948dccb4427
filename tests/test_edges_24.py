"""Issue 24, at the edges: dates that read two ways, a journal file emptied to 0 bytes, and
prompt packs or settings too large to be real. Each through the real `rj`, as a person runs it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import rows, unwrapped

BIN = Path(sys.executable).parent


def run(rj_home: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The installed `rj`, in its own process, stdin not a terminal."""
    env = {**os.environ, "RJ_HOME": str(rj_home), "NO_COLOR": "1"}
    env.pop("RJ_PASSPHRASE", None)
    return subprocess.run(
        [str(BIN / "rj"), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )


# -- dates that read two ways ----------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["01.12.2026", "1/12/2026", "01-12-2026", "11/10/2026", "01.12.2026.", "12/01/2026 10:00"],
)
def test_a_date_in_numbers_that_reads_two_ways_is_refused_and_nothing_is_saved(rj, rj_home, typed):
    result = rj("write", "--date", typed, "the evening walk")
    assert result.exit_code == 1
    said = unwrapped(result.stderr)
    assert f"That date could be read two ways: '{typed}'" in said
    assert "Nothing was saved." in said
    assert rows(rj_home, "entries") == []


def test_the_refusal_names_both_readings_and_an_unambiguous_way_to_write_it(rj):
    said = unwrapped(rj("write", "--date", "01.11.2026", "x").stderr)
    assert "may be 1 Nov 2026 or 11 Jan 2026" in said
    assert "like '1 Nov 2026', or the year first, like 2026-11-01" in said


def test_a_date_with_no_year_that_reads_two_ways_is_refused_too(rj, rj_home):
    result = rj("write", "--date", "01/11", "x")
    assert result.exit_code == 1
    assert "may be 1 Nov or 11 Jan" in unwrapped(result.stderr)
    assert rows(rj_home, "entries") == []


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2026-11-01", "2026-11-01"),  # the year first: one reading
        ("2026/11/01", "2026-11-01"),
        ("13.11.2026", "2026-11-13"),  # 13 is no month
        ("11/13/2026", "2026-11-13"),
        ("1.1.2026", "2026-01-01"),  # both readings are the same day
        ("1 Nov 2026", "2026-11-01"),
        ("nov 1", "2026-11-01"),
        ("yesterday", "2026-11-24"),
        ("3 days ago", "2026-11-22"),
    ],
)
def test_dates_that_read_one_way_are_still_accepted(rj, typed, day):
    result = rj("write", "--date", typed, "x", "--json")
    assert result.exit_code == 0, result.output
    assert f'"day": "{day}"' in result.stdout


@pytest.mark.parametrize("typed", ["-2026-01-01", "2026-01-01-", "/2026-11-01", "--nov 1"])
def test_junk_around_a_date_is_not_a_date(rj, rj_home, typed):
    result = rj("write", f"--date={typed}", "x")
    assert result.exit_code == 1
    assert f"That date could not be read: '{typed}'" in unwrapped(result.stderr)
    assert rows(rj_home, "entries") == []


def test_since_and_until_refuse_a_date_that_reads_two_ways(rj):
    assert rj("write", "--date", "2026-11-01", "first of the month").exit_code == 0
    for option in ("--since", "--until"):
        result = rj("list", option, "01.11.2026")
        assert result.exit_code == 1
        assert result.stdout == ""
        assert "could be read two ways: '01.11.2026'" in unwrapped(result.stderr)
    shown = rj("list", "--since", "1 Nov 2026")
    assert shown.exit_code == 0
    assert "first of the month" in shown.stdout


def test_a_goal_by_a_date_that_reads_two_ways_is_refused_and_in_6_weeks_still_reads(rj, rj_home):
    refused = rj("goals", "add", "walk more", "--by", "01.02.2027")
    assert refused.exit_code == 1
    assert "may be 1 Feb 2027 or 2 Jan 2027" in unwrapped(refused.stderr)
    assert rows(rj_home, "goals") == []
    added = rj("goals", "add", "walk more", "--by", "in 6 weeks")
    assert added.exit_code == 0, added.output
    assert [goal["by_day"] for goal in rows(rj_home, "goals")] == ["2027-01-06"]


# -- a journal file emptied to 0 bytes -------------------------------------------------


def emptied_journal(rj_home: Path) -> Path:
    """A journal file a sync tool emptied an hour ago."""
    rj_home.mkdir(exist_ok=True)
    db = rj_home / "journal.db"
    db.write_bytes(b"")
    an_hour_ago = time.time() - 3600
    os.utime(db, (an_hour_ago, an_hour_ago))
    return db


@pytest.mark.parametrize("args", [["list"], ["search", "walk"], ["stats"], ["backup"]])
def test_a_command_that_reads_refuses_an_empty_journal_file_and_leaves_it(rj_home, args):
    db = emptied_journal(rj_home)
    result = run(rj_home, *args)
    assert result.returncode == 1, result.stderr
    said = unwrapped(result.stderr)
    assert f"The journal file is empty (0 bytes): {db}. Nothing was changed." in said
    assert "a sync or backup tool may have emptied it" in said
    assert db.stat().st_size == 0  # not made a journal behind the person's back
    assert not (rj_home / "backups").exists()


def test_writing_into_an_empty_journal_file_says_it_is_now_a_new_journal(rj_home):
    db = emptied_journal(rj_home)
    result = run(rj_home, "write", "the evening walk")
    assert result.returncode == 0, result.stderr
    said = unwrapped(result.stderr)
    assert f"The journal file was empty (0 bytes), so it is now a new journal: {db}." in said
    assert said.count("was empty") == 1
    assert "Saved entry 1" in said
    assert [entry["body"] for entry in rows(rj_home, "entries")] == ["the evening walk"]
    again = run(rj_home, "write", "a second line")  # said once: it is a journal now
    assert "empty" not in again.stderr


def test_the_empty_journal_line_points_to_the_backups_when_there_are_some(rj_home):
    assert run(rj_home, "write", "kept").returncode == 0
    assert run(rj_home, "backup").returncode == 0
    db = emptied_journal(rj_home)
    result = run(rj_home, "list")
    assert result.returncode == 1
    assert f"put back a copy from {rj_home / 'backups'}" in unwrapped(result.stderr)
    assert db.stat().st_size == 0


def test_a_journal_file_another_rj_is_making_this_moment_is_not_called_emptied(rj_home):
    rj_home.mkdir()
    (rj_home / "journal.db").write_bytes(b"")  # made just now, as by a second rj starting
    result = run(rj_home, "write", "first words")
    assert result.returncode == 0, result.stderr
    assert "empty" not in result.stderr


# -- prompt packs and settings too large to be real ---------------------------------------


def pack(prompts: int, text: str = "You might notice one small thing.") -> str:
    lines = ["category: mine", "title: Mine", "description: My own prompts.", "prompts:"]
    for number in range(prompts):
        lines += [f"  - id: mine.p{number}", f"    text: {text}", "    depth: gentle"]
    return "\n".join(lines) + "\n"


def test_a_pack_with_more_prompts_than_a_pack_holds_is_skipped_with_one_line(rj_home):
    (rj_home / "prompts").mkdir(parents=True)
    big = rj_home / "prompts" / "big.yaml"
    big.write_text(pack(5000), encoding="utf-8")
    started = time.monotonic()
    result = run(rj_home, "prompts", "list", "--json")
    took = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    said = unwrapped(result.stderr)
    assert f"Skipped a prompt pack: {big}: it has 5,000 prompts" in said
    assert "(2,000)" in said
    assert "mine.p0" not in result.stdout
    assert len(result.stderr.strip().splitlines()) == 1
    assert took < 15  # read, counted and set aside; its prompts never built
    checked = run(rj_home, "prompts", "validate", str(big))
    assert checked.returncode == 1
    assert "it has 5,000 prompts" in checked.stderr


def test_a_pack_file_over_the_size_cap_is_skipped_without_being_read(rj_home):
    (rj_home / "prompts").mkdir(parents=True)
    huge = rj_home / "prompts" / "huge.yaml"
    huge.write_text(pack(10, "x" * 60_000), encoding="utf-8")  # about 600 KB, 10 prompts
    (rj_home / "prompts" / "small.yaml").write_text(pack(2).replace("mine", "small"))
    result = run(rj_home, "prompts", "list", "--json")
    assert result.returncode == 0, result.stderr
    assert f"{huge}: the file is over 512 KiB" in unwrapped(result.stderr)
    assert "small.p1" in result.stdout
    assert "mine.p0" not in result.stdout


def test_a_pack_at_the_caps_is_read(rj_home):
    (rj_home / "prompts").mkdir(parents=True)
    (rj_home / "prompts" / "full.yaml").write_text(pack(2000), encoding="utf-8")
    result = run(rj_home, "prompts", "show", "mine.p1999")
    assert result.returncode == 0, result.stderr
    assert "You might notice one small thing." in result.stdout
    assert result.stderr == ""


def test_a_settings_file_over_64_kib_is_refused_with_one_line_and_defaults_are_used(rj_home):
    rj_home.mkdir()
    settings = rj_home / "config.yaml"
    settings.write_text("pace: gentle\neditor: '" + "v" * 20_000_000 + "'\n", encoding="utf-8")
    started = time.monotonic()
    shown = run(rj_home, "config", "show")
    assert time.monotonic() - started < 20
    assert shown.returncode == 1
    said = unwrapped(shown.stderr)
    assert f"The settings file is over 64 KiB, far more than settings need: {settings}." in said
    assert "vvvv" not in shown.stdout + shown.stderr
    written = run(rj_home, "write", "still writing")  # a broken setting never stops writing
    assert written.returncode == 0, written.stderr
    assert "over 64 KiB" in written.stderr
    assert "Using the default settings for now." in written.stderr
    refused = run(rj_home, "config", "set", "pace", "deep")
    assert refused.returncode == 1
    assert "Nothing was changed." in refused.stderr
    assert settings.stat().st_size > 20_000_000  # the person's file, left as it was


def test_a_setting_value_over_1000_characters_is_refused(rj_home, rj):
    settings = rj_home / "config.yaml"
    rj_home.mkdir()
    settings.write_text("editor: '" + "v" * 5000 + "'\n", encoding="utf-8")
    shown = rj("config", "show")
    assert shown.exit_code == 1
    assert "The value for editor is over 1,000 characters" in unwrapped(shown.stderr)
    assert "vvvv" not in shown.output
    settings.unlink()
    refused = rj("config", "set", "editor", "nano " + "x" * 1000)
    assert refused.exit_code == 1
    assert "over 1,000 characters" in unwrapped(refused.stderr)
    assert not settings.exists()
    assert rj("config", "set", "editor", "nano -w").exit_code == 0


def test_help_now_shows_its_screen_whatever_the_settings_and_packs_hold(rj_home):
    (rj_home / "prompts").mkdir(parents=True)
    (rj_home / "prompts" / "big.yaml").write_text(pack(5000), encoding="utf-8")
    (rj_home / "config.yaml").write_text("region: '" + "G" * 200_000 + "'\n", encoding="utf-8")
    for command in ("help-now", "sos"):
        started = time.monotonic()
        result = run(rj_home, command)
        assert time.monotonic() - started < 15
        assert result.returncode == 0, result.stderr
        assert "If you are in danger right now, call your local emergency number." in unwrapped(
            result.stdout
        )
        assert "GGGG" not in result.stdout + result.stderr
