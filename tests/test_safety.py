"""Help within reach: help-now with or without a journal, contacts, the safety plan and its
history, the daily distress check-in, gentle prompts on a hard day, and the writing timer."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from resilience_journal.safety.contacts import CONTACTS_FILE
from resilience_journal.safety.plan import SECTIONS
from resilience_journal.timer import Timer
from tests.conftest import run_in_pty, typing, unwrapped

ASKED = "Enter skips."  # the end of the check-in question
MENU = "would one of these help?"
WRITE = "typed as a draft."  # the end of the line that asks for typing


# Lines whose number no stored copy of an official page confirmed yet: shown as "not yet
# checked", never with a date. A new line without a date fails the test below.
NOT_YET_CHECKED = {("GB", "Rape Crisis 24/7 Support Line (England and Wales)")}
KINDS = {"emergency", "crisis", "text", "sexual-assault", "domestic-abuse", "veterans", "directory"}


def test_the_contacts_file_cites_a_source_and_a_date_for_every_line():
    with CONTACTS_FILE.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == ["region", "kind", "name", "reach", "how", "source", "verified"]
        rows = list(reader)
    assert len(rows) >= 3
    for row in rows:
        assert re.fullmatch(r"[A-Z]{2}|\*", row["region"]), row
        assert set(row["kind"].split("+")) <= KINDS, row
        assert row["name"].strip() and row["reach"].strip(), row
        assert set(row["how"].split("+")) <= {"phone", "text", "chat", "web"}, row
        assert re.match(r"https?://[^ ]+\.[a-z]", row["source"]), row
        if (row["region"], row["name"]) in NOT_YET_CHECKED:
            assert row["verified"] == "", row
            continue
        # first checked on 23 November 2026; a date is a real day, not a placeholder
        assert date.fromisoformat(row["verified"]) >= date(2026, 11, 23), row
    names = {(row["region"], row["name"]) for row in rows}
    assert ("US", "988 Suicide & Crisis Lifeline") in names
    assert ("*", "Your local emergency number") in names
    assert ("*", "Find A Helpline") in names
    lifeline = next(row for row in rows if row["name"] == "988 Suicide & Crisis Lifeline")
    assert "call or text 988" in lifeline["reach"]
    veterans = next(row for row in rows if row["name"] == "Veterans Crisis Line")
    assert "988 then press 1" in veterans["reach"]


def test_help_now_needs_no_journal(rj, rj_home):
    rj("config", "set", "region", "US")
    result = rj("help-now")
    assert result.exit_code == 0
    screen = result.stdout
    assert screen.startswith("If you are in danger right now, call 911.")
    assert "988 Suicide & Crisis Lifeline · call or text 988" in unwrapped(screen)
    assert "rj safety-plan" in screen  # no plan yet: how to write one, when steadier
    everything = rj("help-now", "--all").stdout
    # with --all, in this order: grounding, the safety plan (or how to make one), people
    ground = everything.index("First, a moment to land")
    plan = everything.index("rj safety-plan")
    lines = everything.index("People you can reach now")
    assert ground < plan < lines
    # each line with where it comes from and when it was last checked
    assert "https://988lifeline.org/get-help/what-to-expect · checked 2026-" in everything
    listed = rj("contacts").stdout  # and each line's source and date
    assert "https://988lifeline.org/get-help/what-to-expect · checked 2026-" in listed
    assert not (rj_home / "journal.db").exists()  # nothing was created
    assert rj("sos").stdout == screen


def test_help_now_with_a_damaged_journal_still_shows_the_contacts(rj, rj_home):
    rj_home.mkdir(mode=0o700)
    (rj_home / "journal.db").write_bytes(b"this is not a database" * 100)
    result = rj("help-now")
    assert result.exit_code == 0
    assert "People you can reach now" in result.stdout
    everything = rj("help-now", "--all").stdout
    assert "Your safety plan could not be read from the journal right now." in everything
    assert (rj_home / "journal.db").read_bytes() == b"this is not a database" * 100


def test_help_now_with_a_journal_from_a_newer_rj_still_shows_the_contacts(rj, rj_home):
    rj("win", "made tea")
    conn = sqlite3.connect(rj_home / "journal.db")
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('resilience_journal', 'm999_future', '2030')"
    )
    conn.commit()
    conn.close()
    result = rj("help-now")
    assert result.exit_code == 0
    assert "People you can reach now" in result.stdout


def test_help_now_with_broken_settings_still_shows_the_contacts(rj, rj_home):
    rj_home.mkdir(mode=0o700)
    (rj_home / "config.yaml").write_text("region: [unclosed\n", encoding="utf-8")
    result = rj("help-now", env={"TZ": "America/Chicago"})
    assert result.exit_code == 0
    assert "988 Suicide & Crisis Lifeline" in result.stdout  # guessed from the time zone
    assert "settings file could not be read" in result.stderr


def test_your_own_contacts_come_first_then_your_region(rj):
    assert rj("contacts", "add", "Dr. Lee", "call 555 0100 (weekdays)").exit_code == 0
    assert rj("contacts", "add", "Ana", "text any time").exit_code == 0
    assert rj("config", "set", "region", "gb").exit_code == 0
    shown = json.loads(rj("help-now", "--json").stdout)["contacts"]
    names = [contact["name"] for contact in shown]
    assert names[:2] == ["Dr. Lee", "Ana"]
    assert shown[0]["own"] is True and shown[0]["reach"] == "call 555 0100 (weekdays)"
    assert "Samaritans" in names
    assert "988 Suicide & Crisis Lifeline" not in names  # another country's line
    assert "Emergency services" in names and names[-1] == "Find A Helpline"
    assert "Your local emergency number" not in names  # the number itself is listed
    screen = rj("help-now").stdout
    assert screen.startswith("If you are in danger right now, call 999.")
    assert screen.index("Dr. Lee") < screen.index("Ana") < screen.index("Samaritans")
    assert screen.index("Samaritans") < screen.index("Shout")
    # brackets in a name are text, never markup
    assert "(weekdays)" in screen

    removed = rj("contacts", "remove", "dr. lee")
    assert removed.exit_code == 0 and "Removed Dr. Lee" in removed.stderr
    assert [c["name"] for c in json.loads(rj("contacts", "--json").stdout)][0] == "Ana"
    missing = rj("contacts", "remove", "Nobody")
    assert missing.exit_code == 1
    assert "None of your contacts is called 'Nobody'" in missing.stderr


def test_a_contact_needs_a_name_and_a_way_to_reach_them(rj, rj_home):
    result = rj("contacts", "add", "  ", "call 555")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "The name is empty; a few words like 'Dr. Lee' will do. Nothing was changed."
    )
    assert not (rj_home / "config.yaml").exists()


def test_without_a_region_or_a_guess_only_the_lines_for_anywhere_are_shown(rj):
    utc = {"TZ": "Etc/UTC"}
    names = [c["name"] for c in json.loads(rj("contacts", "--json", env=utc).stdout)]
    assert names == ["Your local emergency number", "Find A Helpline"]
    screen = rj("help-now", env=utc).stdout
    assert "config set region" in screen
    assert "Samaritans" not in screen and "988" not in screen  # never every country's


def test_a_bad_region_is_refused(rj, rj_home):
    result = rj("config", "set", "region", "Narnia")
    assert result.exit_code == 1
    assert result.stderr.startswith("rj has no crisis lines for 'Narnia'. Regions with lines:")
    assert "NZ (New Zealand)" in result.stderr and "Nothing was changed." in result.stderr
    assert not (rj_home / "config.yaml").exists()


def test_safety_plan_round_trip_and_history(rj, rj_home):
    assert rj("safety-plan", "--show").stderr.startswith("You have no safety plan yet.")
    first = rj("safety-plan", "--set", "warning-signs", "Not sleeping.\nSkipping meals.")
    assert first.exit_code == 0
    assert "version 1; changed: Warning signs" in first.stderr
    rj("safety-plan", "--set", "people", "Ana: text any time", input=None)
    rj("safety-plan", "--set", "coping", "-", input="Walk to the river.\r\nCold water.\n")
    same = rj("safety-plan", "--set", "coping", "Walk to the river.\nCold water.")
    assert same.stderr.strip() == "Nothing changed, so your safety plan is as it was."

    plan = json.loads(rj("safety-plan", "--json").stdout)
    assert plan["version"] == 3
    assert list(plan["sections"]) == list(SECTIONS)
    assert plan["sections"]["warning-signs"] == "Not sleeping.\nSkipping meals."
    assert plan["sections"]["coping"] == "Walk to the river.\nCold water."
    assert plan["sections"]["places"] == ""

    history = json.loads(rj("safety-plan", "--history", "--json").stdout)
    assert [version["version"] for version in history] == [3, 2, 1]
    assert history[2]["sections"]["people"] == ""  # the first version, as it was
    old = rj("safety-plan", "--show", "--version", "1").stdout
    assert "Not sleeping." in old and "Ana" not in old
    listed = rj("safety-plan", "--history").stdout
    assert "3" in listed and "things i can do on my own to cope" in listed.lower()

    screen = rj("safety-plan", "--show").stdout
    order = [screen.index(title) for title, _ in SECTIONS.values()]
    assert order == sorted(order)
    assert rj("help-now", "--all").stdout.count("Walk to the river.") == 1

    unknown = rj("safety-plan", "--set", "hobbies", "knitting")
    assert unknown.exit_code == 1 and "There is no section called 'hobbies'" in unknown.stderr
    assert rj("safety-plan", "--show", "--version", "9").exit_code == 1


def test_safety_plan_text_is_never_markup(rj):
    rj("safety-plan", "--set", "coping", "[bold]breathe[/] \x1b]0;owned\x07 :fire:")
    screen = rj("safety-plan", "--show").stdout
    assert "[bold]breathe[/]" in screen and ":fire:" in screen
    assert "\x1b" not in screen


def test_safety_plan_without_a_terminal_says_how_to_script_it(rj, rj_home):
    result = rj("safety-plan")
    assert result.exit_code == 1
    assert "rj safety-plan --set SECTION TEXT" in result.stderr


def test_safety_plan_walk_on_a_terminal(pty_env, rj):
    keys = [
        "Warning signs",
        "Enter at once leaves it empty.",
        b"Not sleeping\r",
        0.2,
        b"\r",
        "Things I can do on my own",
        "Enter at once leaves it empty.",
        b"\r",
        "People and places",
        "Enter at once leaves it empty.",
        b"\x04",
    ]
    result = run_in_pty(["safety-plan"], env=pty_env, keys=keys)
    assert result.exit_code == 0, result.output
    assert "Saved your safety plan (version 1; changed: Warning signs)." in result.output
    assert "rj help-now" in result.output  # the screen that asks says where help is
    plan = json.loads(rj("safety-plan", "--json").stdout)
    assert plan["sections"]["warning-signs"] == "Not sleeping"


# the daily check-in ------------------------------------------------------------------


@pytest.fixture
def checking_env(pty_env, rj_home):
    # check-in on, the mood after writing off, the lines for the US
    (rj_home / "config.yaml").write_text(
        "pace: deep\nask_mood: 'off'\nregion: US\n", encoding="utf-8"
    )
    pty_env["RJ_NOW"] = "2026-11-23T21:00:00"
    pty_env["EDITOR"] = ""
    return pty_env


def checkins(rj_home) -> list[tuple[str, int | None]]:
    conn = sqlite3.connect(rj_home / "journal.db")
    try:
        return conn.execute("SELECT day, distress FROM checkins ORDER BY id").fetchall()
    finally:
        conn.close()


def prompt_depth(rj, prompt_id: str) -> str:
    shown = json.loads(rj("prompts", "list", "--json").stdout)
    return next(p["depth"] for p in shown if p["id"] == prompt_id)


def test_below_the_threshold_the_rating_is_kept_and_writing_goes_on(checking_env, rj, rj_home):
    keys = [ASKED, b"3\r", WRITE, *typing("A quiet evening.\n")]
    result = run_in_pty(["write"], env=checking_env, keys=keys)
    assert result.exit_code == 0, result.output
    assert "rj help-now" in result.output
    assert MENU not in result.output
    assert "Saved entry" in result.output
    assert checkins(rj_home) == [("2026-11-23", 3)]
    assert [e["body"] for e in json.loads(rj("list", "--json").stdout)] == ["A quiet evening."]


def test_at_the_threshold_help_comes_first_and_prompts_stay_gentle(checking_env, rj, rj_home):
    keys = [
        ASKED,
        b"9\r",
        MENU,
        "press Enter to go on",
        b"3\r",
        "People you can reach now",
        "press Enter to go on",
        b"\r",
        "Today's prompts stay gentle.",
        WRITE,
        *typing("Got through it.\n"),
    ]
    result = run_in_pty(["write"], env=checking_env, keys=keys)
    assert result.exit_code == 0, result.output
    out = result.output
    # the numbers come in the offer itself, before any choice
    assert out.index("In danger now: call 911.") < out.index(MENU)
    assert out.index(MENU) < out.index("Crisis Text Line") < out.index("Saved entry")
    assert checkins(rj_home) == [("2026-11-23", 9)]
    (entry,) = json.loads(rj("list", "--json", env={"RJ_NOW": "2026-11-23T21:05:00"}).stdout)
    assert entry["body"] == "Got through it."
    assert prompt_depth(rj, entry["prompt_id"]) == "gentle"
    # the rest of the day, every prompt offered is gentle, and deeper ones are declined
    at = {"RJ_NOW": "2026-11-23T22:00:00"}
    for another in ("", "--another"):
        shown = json.loads(rj("prompt", "--json", *([another] if another else []), env=at).stdout)
        assert shown["depth"] == "gentle"
    deep = rj("prompt", "--depth", "deep", env=at)
    assert deep.exit_code == 1
    assert "You rated your distress 9 today, so prompts stay gentle today" in deep.stderr
    # the next journaling day, the pace is the person's own again
    tomorrow = {"RJ_NOW": "2026-11-24T21:00:00"}
    assert rj("prompt", "--depth", "deep", "--json", env=tomorrow).exit_code == 0


def test_the_check_in_is_asked_once_per_journaling_day(checking_env, rj_home):
    skip = run_in_pty(["today"], env=checking_env, keys=[ASKED, b"\r"])
    assert skip.exit_code == 0, skip.output
    assert "Good evening" in skip.output or "Today" in skip.output
    assert checkins(rj_home) == [("2026-11-23", None)]  # skipped: not asked again today
    checking_env["RJ_NOW"] = "2026-11-24T01:30:00"  # still the 23rd's journaling day
    again = run_in_pty(["today", "--json"], env=checking_env)
    assert ASKED not in again.output
    again = run_in_pty(["today"], env=checking_env)
    assert ASKED not in again.output and again.exit_code == 0
    checking_env["RJ_NOW"] = "2026-11-24T09:00:00"
    next_day = run_in_pty(["today"], env=checking_env, keys=[ASKED, b"12\r", "0 to 10", b"4\r"])
    assert next_day.exit_code == 0, next_day.output
    assert checkins(rj_home) == [("2026-11-23", None), ("2026-11-24", 4)]


def test_check_in_off_never_asks(pty_env, rj_home):
    pty_env["EDITOR"] = ""
    result = run_in_pty(["write"], env=pty_env, keys=[WRITE, *typing("Just this.\n")])
    assert result.exit_code == 0, result.output
    assert ASKED not in result.output
    assert checkins(rj_home) == []


def test_a_check_in_is_not_an_entry(checking_env, rj, rj_home):
    run_in_pty(["today"], env=checking_env, keys=[ASKED, b"6\r"])
    assert json.loads(rj("list", "--json").stdout) == []
    assert rj("show", "1").exit_code == 1
    assert "No entries yet" in rj("list").stderr + rj("list").stdout
    at = {"RJ_NOW": "2026-11-23T22:00:00"}
    stats = json.loads(rj("stats", "--json", env=at).stdout)
    assert stats["distress_last_30_days"]["days"] == [{"day": "2026-11-23", "distress": 6}]
    assert stats["streak"]["days_last_7"] == 0  # a rating is not a day written
    assert stats["heatmap"]["days"] == {}
    assert stats["totals"]["entries"] == 0
    review = json.loads(rj("review", "--date", "2026-11-23", "--no-write", "--json", env=at).stdout)
    assert review["distress"]["average"] == 6
    assert "Distress" in rj("stats", env=at).stdout
    exported = json.loads(rj("export", "--format", "json").stdout)
    assert exported["entries"] == []
    assert [(c["day"], c["distress"]) for c in exported["checkins"]] == [("2026-11-23", 6)]
    markdown = rj("export").stdout
    assert "### 21:00 · Check-in\n\nDistress 6/10.\n" in markdown


def test_the_lowest_moods_are_met_with_help_and_its_number(rj):
    rj("config", "set", "region", "GB")
    for mood in ("0", "1", "2"):
        low = rj("write", "--mood", mood, "Rough day.")
        assert "In danger now: call 999. To talk to someone: Samaritans" in low.stderr
        assert "rj help-now" in low.stderr
    fine = rj("write", "--mood", "6", "Fine day.").stderr
    assert "rj help-now" not in fine and "999" not in fine
    # changing an entry's mood to one of the lowest is met the same way, once
    edited = rj("edit", "4", "--mood", "0")
    assert edited.exit_code == 0 and "call 116 123" in edited.stderr
    assert "116 123" not in rj("edit", "4", "--mood", "0").stderr  # unchanged: said once


# the writing timer -------------------------------------------------------------------


def test_timer_tells_between_paragraphs_and_never_stops():
    start = datetime(2026, 11, 23, 21, 0, tzinfo=UTC)
    timer = Timer(start, 20)
    at = lambda minutes: start + timedelta(minutes=minutes)  # noqa: E731
    assert timer.notice(at(1)) is None
    assert timer.notice(at(10)) == ("left", 10)  # half way
    assert timer.notice(at(11)) is None  # once
    assert timer.notice(at(15.5)) == ("left", 5)
    assert timer.notice(at(19.2)) == ("left", 1)
    assert timer.notice(at(20)) == ("up", 0)
    assert timer.notice(at(25)) is None  # and then quiet, however long the writing goes
    assert timer.remaining(at(30)) == 0 and timer.elapsed_minutes(at(30)) == 30

    late = Timer(start, 15)  # a long pause: only the latest passed mark is told
    assert late.notice(start + timedelta(minutes=14, seconds=30)) == ("left", 1)
    assert late.notice(start + timedelta(minutes=14, seconds=40)) is None
    short = Timer(start, 1)
    assert short.notice(start + timedelta(seconds=50)) is None  # no marks in a minute
    assert short.notice(start + timedelta(seconds=61)) == ("up", 0)


def test_write_with_a_timer_at_the_terminal(pty_env, rj):
    pty_env["EDITOR"] = ""
    result = run_in_pty(
        ["write", "--timer", "15"], env=pty_env, keys=[WRITE, *typing("Ten words.\n")]
    )
    assert result.exit_code == 0, result.output
    screen = unwrapped(result.output)
    assert "Timer: 15 min." in screen and "never stops you" in screen
    assert "You wrote for less than a minute (the timer was 15 min)." in result.output


def test_a_timer_needs_somewhere_to_write(rj, entries):
    result = rj("write", "--timer", "10", "inline text")
    assert result.exit_code == 2
    assert "--timer is for writing at the terminal or in your editor" in result.stderr
    assert entries() == []
    assert rj("write", "--timer", "0").exit_code == 2


def test_a_second_walk_keeps_what_enter_skips_and_ctrl_c_keeps_what_was_typed(pty_env, rj):
    rj("safety-plan", "--set", "warning-signs", "Not sleeping")
    keys = [
        "Warning signs",
        "Enter at once keeps it.",
        b"\r",
        "Things I can do",
        b"Cold water\r",
        0.2,
        b"\r",
        "People and places",
        0.2,
        b"\x03",
    ]
    result = run_in_pty(["safety-plan"], env=pty_env, keys=keys)
    assert "Kept as it was." in result.output
    assert "version 2; changed: Things I can do on my own to cope" in result.output
    plan = json.loads(rj("safety-plan", "--json").stdout)["sections"]
    assert plan["warning-signs"] == "Not sleeping" and plan["coping"] == "Cold water"


def test_safety_plan_options_one_at_a_time(rj):
    clash = rj("safety-plan", "--show", "--set", "coping", "tea")
    assert clash.exit_code == 2 and "one of --show, --history and --set" in clash.stderr
    assert rj("safety-plan", "--json").stdout.strip() == "null"


def test_contacts_one_of_each_name_and_a_bad_one_hides_no_other(rj, rj_home):
    rj("contacts", "add", "Ana", "text any time")
    again = rj("contacts", "add", "ANA", "call 555")
    assert again.exit_code == 1 and "already have a contact called 'ANA'" in again.stderr
    text = (rj_home / "config.yaml").read_text()
    (rj_home / "config.yaml").write_text(text + "- name: No way to reach\n")
    shown = rj("help-now")
    assert shown.exit_code == 0 and "Ana" in shown.stdout
    assert "Contact 2 in" in shown.stdout and "was skipped" in shown.stdout
    refused = rj("contacts", "add", "Sam", "call 555 0199")
    assert refused.exit_code == 1 and "Nothing was changed." in refused.stderr
    assert "No way to reach" in (rj_home / "config.yaml").read_text()  # nothing dropped


def test_a_region_rj_has_no_lines_for_is_said_plainly(rj, rj_home):
    rj_home.mkdir(mode=0o700)  # set by hand, or before rj knew which regions it has
    (rj_home / "config.yaml").write_text("region: DE\n", encoding="utf-8")
    screen = unwrapped(rj("help-now").stdout)
    assert screen.startswith("If you are in danger right now, call your local emergency number.")
    assert "rj has no crisis lines for DE yet; findahelpline.com" in screen
    assert "Find A Helpline · https://findahelpline.com" in screen


def test_the_command_list_says_where_help_is(rj):
    listing = rj("--help").stdout
    assert "In a very hard moment: `rj help-now`." in listing
    assert listing.index("help-now") < listing.index("list ")
    assert rj("help").stdout == listing
