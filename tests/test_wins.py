"""Small wins through the real CLI: noting, listing, back-filling, values, trash."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, time, timedelta

import pytest

from resilience_journal.config import Settings
from resilience_journal.dates import week_start
from resilience_journal.errors import JournalError
from resilience_journal.journal import Journal
from resilience_journal.store import JournalStore
from resilience_journal.wins import WeekCount, check_text, day_label, week_of, win_id

from .conftest import ON_SCREEN, today


def wins_json(rj, *args: str) -> list[dict]:
    result = rj("wins", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def saved_wins(rj_home) -> list[dict]:
    db = rj_home / "journal.db"
    if not db.exists():
        return []
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute("SELECT * FROM wins ORDER BY id")]
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def test_a_win_is_noted_plainly_and_counted(rj, rj_home):
    result = rj("win", "set a boundary with my manager")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # messages go to stderr
    assert result.stderr == "Noted: set a boundary with my manager. 1 win this week.\n"
    second = rj("win", "drank", "water", "before", "coffee!")  # quotes are optional
    assert second.stderr == "Noted: drank water before coffee! 2 wins this week.\n"
    assert [w["text"] for w in saved_wins(rj_home)] == [
        "set a boundary with my manager",
        "drank water before coffee!",
    ]
    assert all(len(w["uuid"]) == 36 for w in saved_wins(rj_home))


def test_a_win_from_standard_input(rj, rj_home):
    result = rj("win", "-", input="answered the letter from the bank\n")
    assert result.exit_code == 0, result.output
    assert saved_wins(rj_home)[0]["text"] == "answered the letter from the bank"


@pytest.mark.parametrize(
    ("args", "stdin", "says"),
    [
        (["   "], None, "A win needs a few words"),
        (["-"], "\n\n", "A win needs a few words"),
        (["-"], "one\ntwo\n", "A win is one line; for more, `rj write`"),
        (["x" * 501], None, "A win can be up to 500 characters, not 501"),
        (["walked", "--date", "tomorow"], None, "That date could not be read: 'tomorow'"),
        (["walked", "--date", "tomorrow"], None, "That date is in the future"),
        (["walked", "--value", "honesty"], None, "There is no value 'honesty' yet."),
    ],
)
def test_bad_wins_are_refused_and_nothing_is_saved(rj, rj_home, args, stdin, says):
    result = rj("win", *args, input=stdin)
    assert result.exit_code == 1
    assert says in result.stderr
    assert "Nothing was saved." in result.stderr
    assert result.stderr.count("\n") == 1  # one line, no traceback
    assert saved_wins(rj_home) == []


def test_a_win_needs_text(rj):
    result = rj("win")
    assert result.exit_code == 2
    assert "Missing argument 'TEXT... | -'" in result.stderr


def test_invalid_utf8_on_stdin_is_refused(rj_home, pty_env):
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "resilience_journal", "win", "-"],
        input=b"caf\xe9 with a friend\n",
        env=pty_env,
        capture_output=True,
    )
    assert out.returncode == 1
    assert b"not UTF-8; nothing was saved" in out.stderr
    assert saved_wins(rj_home) == []


def test_back_filled_win_says_its_day(rj):
    rj("config", "set", "day_starts_at", "00:00")  # the journal day is the calendar day
    result = rj("win", "slept through", "--date", "yesterday")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("Noted for yesterday: slept through.")
    (noted,) = wins_json(rj)
    assert date.fromisoformat(noted["day"]) == today(time(0, 0)) - timedelta(days=1)
    older = rj("win", "asked for help", "--date", "2026-01-06")
    assert older.stderr == "Noted for Tue 6 Jan: asked for help. 1 win that week.\n"
    again = rj("win", "rested", "--date", "2026-01-07")
    assert again.stderr == "Noted for Wed 7 Jan: rested. 2 wins that week.\n"
    last_year = rj("win", "went outside", "--date", "2025-11-30")
    assert last_year.stderr == "Noted for Sun 30 Nov 2025: went outside. 1 win that week.\n"


def test_this_week_counts_only_this_weeks_wins(rj):
    rj("config", "set", "day_starts_at", "00:00")  # the journal day is the calendar day
    day = today(time(0, 0))
    first = week_start(day, "monday")
    rj("win", "before this week", "--date", (first - timedelta(days=1)).isoformat())
    result = rj("win", "this week")
    assert result.stderr.endswith(" 1 win this week.\n")


def test_the_week_follows_week_starts_on(rj):
    rj("config", "set", "day_starts_at", "00:00")  # the journal day is the calendar day
    day = today(time(0, 0))
    # make the week start today: only today's wins count
    rj("config", "set", "week_starts_on", f"{day:%A}".lower())
    rj("win", "yesterday's", "--date", "yesterday")
    assert rj("win", "today's").stderr.endswith(" 1 win this week.\n")


def test_wins_with_values(rj):
    rj("values", "add", "honesty")
    rj("values", "add", "Self Respect")
    result = rj("win", "said no", "--value", "HONESTY", "--value", "self respect")
    assert result.exit_code == 0, result.output
    assert result.stderr == "Noted: said no. For honesty and Self Respect. 1 win this week.\n"
    (noted,) = wins_json(rj)
    assert noted["values"] == ["honesty", "Self Respect"]


def test_wins_json_has_stable_keys(rj):
    rj("win", "walked", "--json")
    printed = json.loads(rj("win", "rested", "--json").stdout)
    assert list(printed) == [
        "id",
        "uuid",
        "day",
        "created_at",
        "updated_at",
        "kind",
        "text",
        "values",
        "deleted_at",
    ]
    assert printed["kind"] == "win" and printed["id"] == 2
    assert printed["created_at"].endswith("+00:00")
    assert wins_json(rj)[0] == printed


@pytest.fixture
def some_wins(rj):
    rj("values", "add", "health")
    rj("values", "add", "connection")
    rj("win", "walked to the shop", "--value", "health", "--date", "2026-11-02")
    rj("win", "called my sister", "--value", "connection", "--date", "2026-11-02")
    rj("win", "cooked a real dinner", "--value", "health", "--date", "2026-11-10")
    rj("win", "went to bed on time", "--date", "2026-11-12")


def test_wins_are_listed_by_day_newest_first(rj, some_wins):
    result = rj("wins", env=ON_SCREEN)
    assert result.exit_code == 0, result.output
    lines = [" ".join(line.split()) for line in result.stdout.splitlines() if line.strip()]
    assert lines == [
        "Thursday 12 November 2026",
        "4 went to bed on time",
        "Tuesday 10 November 2026",
        "3 cooked a real dinner health",
        "Monday 2 November 2026",
        "2 called my sister connection",
        "1 walked to the shop health",
    ]


def test_wins_filters(rj, some_wins):
    assert [w["id"] for w in wins_json(rj, "--value", "Health")] == [3, 1]
    assert [w["id"] for w in wins_json(rj, "--since", "2026-11-03")] == [4, 3]
    assert [w["id"] for w in wins_json(rj, "--until", "2026-11-02")] == [2, 1]
    assert [w["id"] for w in wins_json(rj, "-n", "1")] == [4]
    shown = rj("wins", "-n", "2", env=ON_SCREEN)
    assert "Showing 2 of 4. Use -n to see more." in shown.stdout
    assert rj("wins", "--value", "health", "--since", "2026-11-20").stderr == (
        "No wins match that. `rj wins` with no filters shows them all.\n"
    )


def test_wins_filter_errors(rj, some_wins):
    unknown = rj("wins", "--value", "courage")
    assert unknown.exit_code == 1
    assert unknown.stderr == (
        "There is no value 'courage'. Your values: health, connection. "
        "`rj values add courage` adds it.\n"
    )
    backwards = rj("wins", "--since", "2026-11-10", "--until", "2026-11-01")
    assert backwards.exit_code == 1
    assert "--since (2026-11-10) is after --until (2026-11-01)" in backwards.stderr
    assert rj("wins", "-n", "0").exit_code == 1


def test_no_wins_yet(rj, rj_home):
    before = rj("wins")  # before any journal: where rj looked, and nothing made
    assert before.exit_code == 1
    assert before.stderr.startswith(f"There is no journal at {rj_home / 'journal.db'} yet.")
    assert not (rj_home / "journal.db").exists()
    assert rj("today").exit_code == 0  # a journal opened, nothing in it yet
    result = rj("wins")
    assert result.exit_code == 0
    assert "No wins yet." in result.stderr
    assert wins_json(rj) == []


def test_wins_go_to_the_trash_and_back(rj, some_wins):
    deleted = rj("wins", "delete", "3")
    assert deleted.exit_code == 0
    assert deleted.stderr == ("Moved win 3 to the trash. `rj wins restore 3` brings it back.\n")
    assert [w["id"] for w in wins_json(rj)] == [4, 2, 1]
    trash = rj("trash")
    assert "cooked a real dinner" in trash.stdout
    assert "`rj wins restore ID` brings a win back." in trash.stderr
    binned = json.loads(rj("trash", "--json").stdout)
    assert [(r["kind"], r["id"]) for r in binned] == [("win", 3)]
    assert rj("wins", "delete", "3").stderr == (
        "Win 3 is in the trash. `rj wins restore 3` brings it back.\n"
    )
    restored = rj("wins", "restore", "3")
    assert restored.stderr == "Restored win 3.\n"
    assert [w["id"] for w in wins_json(rj)] == [4, 3, 2, 1]
    assert wins_json(rj, "--value", "health")[0]["values"] == ["health"]  # links kept
    assert rj("wins", "restore", "3").stderr == "Win 3 is not in the trash.\n"


def test_unknown_win_ids(rj, some_wins):
    missing = rj("wins", "delete", "99")
    assert missing.exit_code == 1
    assert missing.stderr == "There is no win 99. `rj wins` shows the ids.\n"
    bad = rj("wins", "restore", "three")
    assert bad.exit_code == 1
    assert bad.stderr == "A win id is a number, like 12; got 'three'.\n"


def test_emptying_the_trash_destroys_wins_and_entries(rj, rj_home, some_wins):
    rj("write", "a hard day")
    rj("delete", "1")
    rj("wins", "delete", "2")
    result = rj("trash", "--empty", "--yes")
    assert result.exit_code == 0
    assert result.stderr == "Destroyed 1 entry and 1 win from the trash.\n"
    assert [w["id"] for w in saved_wins(rj_home)] == [1, 3, 4]
    conn = sqlite3.connect(rj_home / "journal.db")
    assert conn.execute("SELECT count(*) FROM win_values WHERE win_id = 2").fetchone()[0] == 0
    conn.close()


def test_today_shows_todays_wins(rj):
    rj("values", "add", "rest")
    rj("win", "an afternoon nap", "--value", "rest")
    rj("win", "older", "--date", "yesterday")
    shown = rj("today")
    assert "Small wins today" in shown.stdout
    assert "an afternoon nap" in shown.stdout
    assert "older" not in shown.stdout
    data = json.loads(rj("today", "--json").stdout)
    assert [w["text"] for w in data["wins"]] == ["an afternoon nap"]
    assert data["wins"][0]["values"] == ["rest"]


def test_win_text_is_never_markup_or_terminal_control(rj):
    rj("win", "[bold]kept[/bold] \x1b[31mred\x1b[0m")
    shown = rj("wins").stdout
    assert "[bold]kept[/bold]" in shown
    assert "\x1b" not in shown and "␛[31mred" in shown
    said = rj("win", "\x1b]0;title\x07").stderr
    assert "\x1b" not in said


def test_a_win_typed_at_the_terminal_is_asked_for_plainly(pty_env, rj_home):
    from .conftest import run_in_pty, typing

    ran = run_in_pty(
        ["win", "-"], env=pty_env, keys=["Type the win on one line", *typing("watered the plant\n")]
    )
    assert ran.exit_code == 0, ran.output
    assert "Noted: watered the plant." in ran.output
    assert [w["text"] for w in saved_wins(rj_home)] == ["watered the plant"]


# the week count after a win, as the domain works it out ------------------------------


@pytest.fixture
def journal_at(tmp_path):
    """A journal of its own, its weeks starting on the day given; closed after the test."""
    opened = []

    def open_journal(week_starts_on: str = "monday") -> Journal:
        store = JournalStore(tmp_path / f"{week_starts_on}.db")
        opened.append(store)
        return Journal(store, Settings(week_starts_on=week_starts_on))

    yield open_journal
    for store in opened:
        store.close()


NEW_YEAR = ("2026-12-27", "2026-12-28", "2027-01-01", "2027-01-03", "2027-01-04")


def noted_on(journal, days: tuple[str, ...]) -> None:
    moment = datetime(2027, 1, 4, 20, 0, tzinfo=UTC)
    for day in days:
        journal.wins.add(f"a win on {day}", (), date.fromisoformat(day), moment)


def test_a_wins_day_is_named_unless_it_is_today():
    today = date(2027, 1, 2)
    assert day_label(today, today) is None
    assert day_label(date(2027, 1, 1), today) == "yesterday"
    assert day_label(date(2026, 12, 31), date(2027, 1, 1)) == "yesterday"  # across the year
    assert day_label(date(2026, 12, 31), today) == "Thu 31 Dec 2026"  # last year: its year
    assert day_label(date(2026, 1, 6), date(2026, 11, 23)) == "Tue 6 Jan"


def test_the_week_of_a_day_follows_week_starts_on_across_the_new_year():
    thursday = date(2026, 12, 31)
    assert week_of(thursday, "monday") == (date(2026, 12, 28), date(2027, 1, 3))
    assert week_of(thursday, "sunday") == (date(2026, 12, 27), date(2027, 1, 2))
    assert week_of(date(2027, 1, 4), "monday") == (date(2027, 1, 4), date(2027, 1, 10))


def test_week_count_over_a_year_boundary(journal_at):
    journal = journal_at()
    noted_on(journal, NEW_YEAR)
    today = date(2027, 1, 2)  # a Saturday: this week runs Mon 28 Dec to Sun 3 Jan
    assert journal.wins.week_count(date(2027, 1, 1), today) == WeekCount(3, True, "yesterday")
    assert journal.wins.week_count(date(2026, 12, 28), today) == WeekCount(
        3, True, "Mon 28 Dec 2026"
    )
    assert journal.wins.week_count(date(2026, 12, 27), today) == WeekCount(
        1, False, "Sun 27 Dec 2026"
    )
    monday = date(2027, 1, 4)
    assert journal.wins.week_count(monday, monday) == WeekCount(1, True, None)
    assert journal.wins.week_count(date(2027, 1, 3), monday) == WeekCount(3, False, "yesterday")


def test_week_count_follows_week_starts_on(journal_at):
    journal = journal_at("sunday")
    noted_on(journal, NEW_YEAR)
    monday = date(2027, 1, 4)  # this week runs Sun 3 Jan to Sat 9 Jan
    assert journal.wins.week_count(date(2027, 1, 3), monday) == WeekCount(2, True, "yesterday")
    assert journal.wins.week_count(date(2027, 1, 1), monday) == WeekCount(3, False, "Fri 1 Jan")
    assert journal.wins.week_of(date(2026, 12, 27)) == 3  # Sun 27 Dec to Sat 2 Jan


def test_a_refused_win_says_nothing_was_saved_itself():
    with pytest.raises(JournalError) as refused:
        check_text("one\ntwo")
    assert refused.value.outcome == "Nothing was saved."
    assert refused.value.said() == (
        "A win is one line; for more, `rj write` keeps a whole entry. Nothing was saved."
    )
    assert check_text("  kept a promise \n") == "kept a promise"


@pytest.mark.parametrize(("typed", "number"), [("12", 12), ("#3", 3), (" 7 ", 7)])
def test_win_ids_as_typed(typed, number):
    assert win_id(typed) == number


def test_a_win_id_that_is_not_a_number():
    with pytest.raises(JournalError, match="A win id is a number, like 12; got 'x'."):
        win_id("x")
