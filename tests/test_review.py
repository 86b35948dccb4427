"""Practice over time through the real CLI: rj streak, rj stats, rj review, rj reviews, and
what rj today says about the past."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta

from resilience_journal.dates import week_label, week_start

from .conftest import ON_SCREEN, run_in_pty, today, typing, unwrapped


def ago(days: int) -> str:
    return (today() - timedelta(days=days)).isoformat()


def on(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def as_json(rj, *args: str):
    return json.loads(ok(rj(*args, "--json")))


def write(rj, text: str, days_ago: int, *more: str) -> None:
    ok(rj("write", text, "--date", ago(days_ago), *more))


# rj streak ------------------------------------------------------------------------------


def test_a_streak_shows_what_happened_with_its_rest_days(rj):
    for n in (0, 1, 2, 4, 5):  # 3 days ago was a rest day
        write(rj, f"Walked, {n} days ago.", n)
    ok(rj("win", "answered the letter", "--date", ago(9)))
    shown = ok(rj("streak"))
    assert shown == (
        f"Your current streak: 6 days, since {on(today() - timedelta(days=5))}, 1 of them a "
        "rest day.\n"
        "You wrote on 5 of the last 7 days and 6 of the last 30; 6 days in all.\n"
    )  # the rule is in --help, not under every streak
    data = as_json(rj, "streak")
    assert data["current"] == {"days": 6, "practised_days": 5, "start": ago(5), "end": ago(0)}
    assert data["longest"] == data["current"]
    assert (data["days_last_7"], data["days_last_30"], data["days_total"]) == (5, 6, 6)
    assert data["rest_days_per_week"] == 1 and data["rule"].startswith("A streak rests")
    assert set(data) == {
        "today",
        "current",
        "longest",
        "days_last_7",
        "days_last_30",
        "days_last_365",
        "days_total",
        "last_day",
        "rest_days_per_week",
        "rule",
    }


def test_no_rest_days_means_days_in_a_row(rj):
    for n in (0, 1, 2, 4, 5):
        write(rj, "A line.", n)
    ok(rj("config", "set", "rest_days_per_week", "0"))
    data = as_json(rj, "streak")
    assert data["current"]["days"] == 3
    assert data["longest"]["days"] == 3  # the later of two 3-day runs... 2 days and 3 days
    assert "A streak counts days in a row" in as_json(rj, "streak")["rule"]


def test_yesterday_counts_until_today_is_over(rj):
    write(rj, "Yesterday's words.", 1)
    write(rj, "And the day before.", 2)
    shown = ok(rj("streak"))
    assert shown.startswith(f"Your current streak: 2 days, since {on(today() - timedelta(2))}.")


def test_returning_after_a_gap_is_welcomed_not_reset(rj):
    for n in (40, 39, 38):
        write(rj, "Before the gap.", n)
    write(rj, "Back again.", 0)
    shown = ok(rj("streak"))
    assert shown == (
        f"Welcome back. Before this, you last wrote on {on(today() - timedelta(38))}.\n"
        "You wrote on 1 of the last 7 days and 1 of the last 30; 4 days in all.\n"
    )  # no longest streak beside a first day back: it would be a comparison
    for word in ("broke", "lost", "reset", "missed", "failed", "!", "longest"):
        assert word not in shown
    assert as_json(rj, "streak")["longest"]["days"] == 3  # the record keeps it
    write(rj, "And the day before.", 1)
    again = ok(rj("streak"))  # a current streak of 2 days is shown, and the longest beside it
    assert f"Your longest streak: 3 days, {on(today() - timedelta(40))} to " in again


def test_a_quiet_spell_is_described_kindly(rj):
    write(rj, "Some time ago.", 12)
    assert ok(rj("streak")) == (
        f"You last wrote on {on(today() - timedelta(12))}. The journal is here whenever you "
        "want it.\n"
        "You wrote on 1 of the last 30 days; 1 day in all.\n"
    )


def test_no_longest_streak_without_a_current_one(rj):
    for n in (20, 19, 18, 17):
        write(rj, "A run, some time ago.", n)
    shown = ok(rj("streak"))
    assert "longest" not in shown and "streak" not in shown  # no implicit comparison
    assert shown.startswith(f"You last wrote on {on(today() - timedelta(17))}.")
    assert "longest" not in ok(rj("stats"))
    assert as_json(rj, "streak")["longest"]["days"] == 4  # kept in the record, for scripts


def test_the_streak_rule_is_in_help(rj):
    helped = " ".join(ok(rj("streak", "--help")).split())
    assert "A day counts when it has an entry, a win or a review." in helped
    assert "rest_days_per_week" in helped and "today stays open until it ends" in helped
    assert "the longest streak is shown only beside a current one" in helped
    write(rj, "Today.", 0)
    shown = ok(rj("streak"))
    assert "rest_days_per_week" not in shown and "A streak rests" not in shown


def test_a_long_quiet_spell_is_not_counted_out(rj):
    write(rj, "Long ago.", 45)
    write(rj, "And before.", 46)
    shown = ok(rj("streak"))
    assert f"You last wrote on {on(today() - timedelta(45))}." in shown
    assert "You have written on 2 days in all.\n" in shown
    assert "0 of the last" not in shown


def test_nothing_written_yet(rj):
    assert rj("today").exit_code == 0  # a journal opened, nothing in it yet
    shown = ok(rj("streak"))
    assert shown.startswith("Nothing written yet. The journal is here whenever you want it.\n")
    assert as_json(rj, "streak")["current"] is None


def test_deleted_entries_do_not_count(rj):
    write(rj, "Kept.", 0)
    write(rj, "Deleted later.", 1)
    listed = as_json(rj, "list")
    ok(rj("delete", str(listed[1]["id"])))
    assert as_json(rj, "streak")["days_total"] == 1


def test_the_week_start_does_not_change_a_streak(rj):
    for n in (0, 1, 2, 4, 5, 7, 8, 10):
        write(rj, "A line.", n)
    monday = as_json(rj, "streak")
    ok(rj("config", "set", "week_starts_on", "sunday"))
    assert as_json(rj, "streak") == monday  # rest days count over any 7 days in a row


# rj stats -------------------------------------------------------------------------------


def build_a_few_weeks(rj) -> None:
    ok(rj("values", "add", "honesty"))
    ok(rj("values", "add", "rest"))
    write(rj, "one two three", 0, "--mood", "6", "--value", "honesty")
    write(rj, "four five", 1, "--mood", "3", "--prompt", "grounding.feet")
    write(rj, "six", 1, "--mood", "4")
    write(rj, "seven eight nine ten", 40, "--mood", "9", "--prompt", "grounding.pause")
    ok(rj("win", "said no kindly", "--value", "honesty", "--date", ago(2)))
    ok(rj("win", "slept in", "--value", "rest", "--value", "honesty", "--date", ago(1)))


def test_stats_as_json(rj):
    build_a_few_weeks(rj)
    data = as_json(rj, "stats")
    assert data["totals"] == {"entries": 4, "words": 10, "reviews": 0, "wins": 2}
    assert data["today"] == ago(0)
    heat = data["heatmap"]
    assert date.fromisoformat(heat["start"]) == week_start(today(), "monday") - timedelta(weeks=25)
    assert heat["end"] == ago(0)
    assert heat["days"] == {ago(0): 1, ago(1): 3, ago(2): 1, ago(40): 1}
    mood = data["mood_last_30_days"]
    assert mood["days"] == [{"day": ago(1), "mood": 3.5}, {"day": ago(0), "mood": 6.0}]
    # every mood noted counts: 3, 4 and 6 (two on one day), not the days' averages
    assert (mood["count"], mood["average"], mood["low"], mood["high"]) == (3, 4.3, 3.0, 6.0)
    assert data["values"] == [{"name": "honesty", "actions": 3}, {"name": "rest", "actions": 1}]
    assert data["prompt_categories"] == [
        {"category": "grounding", "title": "Grounding", "answered": 2}
    ]
    assert data["period_start"] == heat["start"]  # values and prompts: the last 26 weeks
    assert data["streak"]["current"]["days"] == 3


def test_values_and_prompts_are_counted_over_recent_weeks(rj):
    ok(rj("values", "add", "rest"))
    write(rj, "Long ago.", 400, "--value", "rest", "--prompt", "grounding.feet")
    data = as_json(rj, "stats")
    assert data["totals"]["entries"] == 1  # totals: all time
    assert (data["values"], data["prompt_categories"]) == ([], [])
    data = as_json(rj, "stats", "--since", ago(500))
    assert data["values"] == [{"name": "rest", "actions": 1}]
    assert data["period_start"] == ago(500)
    assert f"Values lived most, since {ago(500)}" in ok(rj("stats", "--since", ago(500)))


def test_stats_since_a_day(rj):
    build_a_few_weeks(rj)
    data = as_json(rj, "stats", "--since", ago(1))
    assert data["since"] == ago(1)
    assert data["totals"] == {"entries": 3, "words": 6, "reviews": 0, "wins": 1}
    assert data["values"] == [{"name": "honesty", "actions": 2}, {"name": "rest", "actions": 1}]
    assert data["prompt_categories"][0]["answered"] == 1
    assert len(data["heatmap"]["days"]) == 4  # the calendar always shows 26 weeks


def test_stats_on_screen_without_colour(rj):
    build_a_few_weeks(rj)
    shown = ok(rj("stats"))
    lines = shown.splitlines()
    assert lines[0] == "The last 26 weeks"
    grid = lines[2:9]
    assert [row[:4] for row in grid] == ["Mon ", "    ", "Wed ", "    ", "Fri ", "    ", "Sun "]
    row = today().weekday()  # weeks start on Monday: the row of today
    assert grid[row].endswith("░")  # one entry today, the newest column
    assert lines[9] == "    · 0  ░ 1  ▒ 2  ▓ 3-4  █ 5+  entries and wins a day"
    assert "In all: 4 entries, 2 wins and 0 weekly reviews; 10 words written." in shown
    assert "Mood, last 30 days  ▄▅  3 moods noted, average 4.3, from 3 to 6" in shown
    assert "Values lived most, last 26 weeks\n  honesty  3\n  rest     1\n" in shown
    assert "  Grounding  2\n" in shown
    assert all(len(line) <= 80 for line in lines)
    assert "\x1b" not in shown


def test_stats_on_an_empty_journal(rj):
    assert rj("today").exit_code == 0  # a journal opened, nothing in it yet
    shown = ok(rj("stats"))
    assert "In all: 0 entries, 0 wins and 0 weekly reviews; 0 words written." in shown
    assert "Mood, last 30 days  no moods noted" in shown
    assert "none yet" in shown


def test_stats_weeks_from_sunday(rj):
    ok(rj("config", "set", "week_starts_on", "sunday"))
    write(rj, "A line.", 0)
    data = as_json(rj, "stats")
    assert date.fromisoformat(data["heatmap"]["start"]).weekday() == 6
    assert ok(rj("stats")).splitlines()[2].startswith("Sun ")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["stats", "--since", "tomorow"], "That date could not be read: 'tomorow'"),
        (["stats", "--since", "tomorrow"], "That date is in the future"),
        (["review", "--week", "2026-W99"], "2026 has weeks W01 to W53; got '2026-W99'."),
        (["review", "--week", "9999-W52"], "That week is out of range: '9999-W52'."),
        (["review", "--week", "2999-W01"], "The week 2999-W01 has not started yet."),
        (["review", "--date", "tomorrow"], "That date is in the future: 'tomorrow'"),
        (["review", "--week", "soon"], "A week is written like 2026-W47; got 'soon'."),
        (["review", "--date", "tomorow"], "That date could not be read: 'tomorow'"),
        (["review", "--week", "2026-W40", "--date", "today"], "Give --week or --date, not both."),
    ],
)
def test_bad_input_is_one_calm_line(rj, entries, args, says):
    write(rj, "Something to count.", 0)
    before = entries()
    result = rj(*args)
    assert result.exit_code == 1
    assert says in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""
    assert entries() == before


# rj review ------------------------------------------------------------------------------


def a_week(rj) -> str:
    """Entries, wins, a mood or two and a rating in the week before this one."""
    start = week_start(today(), "monday") - timedelta(weeks=1)
    ok(rj("values", "add", "honesty"))
    ok(rj("values", "rate", "--value", "honesty", "--importance", "9", "--consistency", "6"))
    days = (today() - start).days
    ok(
        rj(
            "write",
            "Walked to the river.\nIt was cold.",
            "--date",
            start.isoformat(),
            "--mood",
            "4",
            "--title",
            "The [bold]river[/bold]",
        )
    )
    write(rj, "A quiet evening with tea.", days - 2, "--mood", "7", "--value", "honesty")
    ok(rj("win", "said no [red]kindly", "--value", "honesty", "--date", ago(days - 1)))
    ok(rj("win", "drank water", "--date", ago(days - 3)))
    write(rj, "Outside the week.", days + 1)
    return week_label(start)


def test_the_review_summary(rj):
    label = a_week(rj)
    start = week_from(label)
    shown = ok(rj("review", "--week", label, "--no-write"))
    lines = shown.splitlines()
    end = start + timedelta(days=6)
    assert lines[0] == (
        f"Week {label}  {start:%A} {start.day} {start:%B %Y} to {end:%A} {end.day} {end:%B %Y}"
    )
    assert lines[2] == "  Mon Tue Wed Thu Fri Sat Sun"
    assert lines[3] == "   ░   ░   ░   ░   ·   ·   ·"
    assert "Entries\n" in shown
    assert f"  {start:%a} {start.day} {start:%b}  The [bold]river[/bold]" in shown
    assert "mood 4" in shown and "mood 7" in shown
    assert "Outside the week" not in shown
    wins = "Small wins\n  honesty\n    • said no [red]kindly\n  other wins\n    • drank water\n"
    assert wins in shown
    assert "Mood  ▄▆  2 moods noted, average 5.5, from 4 to 7" in shown
    assert "honesty         2   –         –" in shown  # rated after the week
    assert "To reflect on, if it helps\n  1. " in shown
    assert "  3. " in shown


def week_from(label: str) -> date:
    from resilience_journal.dates import week_from_label

    return week_from_label(label, "monday")


def test_the_review_as_json(rj):
    label = a_week(rj)
    data = as_json(rj, "review", "--week", label)
    start = week_from(label)
    assert (data["week"], data["start"]) == (label, start.isoformat())
    assert data["end"] == (start + timedelta(days=6)).isoformat()
    assert list(data["days"].values()) == [1, 1, 1, 1, 0, 0, 0]
    assert [e["title"] for e in data["entries"]] == ["The [bold]river[/bold]", None]
    assert [w["text"] for w in data["wins"]] == ["said no [red]kindly", "drank water"]
    assert data["mood"]["average"] == 5.5
    assert data["values"] == [
        {"name": "honesty", "actions": 2, "importance": None, "consistency": None}
    ]  # rated after that week: the rating belongs to a later one
    assert len(data["prompts"]) == 3
    assert all(p["id"].startswith("weekly-reflection.") for p in data["prompts"])
    assert data["reviews"] == []
    same = as_json(rj, "review", "--date", (start + timedelta(days=5)).isoformat())
    assert same["prompts"] == data["prompts"]  # the same questions all week


def test_only_values_lived_that_week_with_their_rating_then(rj):
    ok(rj("values", "add", "honesty"))
    ok(rj("values", "add", "rest"))
    ok(rj("values", "rate", "--value", "honesty", "--importance", "8", "--consistency", "3"))
    ok(rj("values", "rate", "--value", "rest", "--importance", "9", "--consistency", "2"))
    ok(rj("win", "told the truth", "--value", "honesty"))
    data = as_json(rj, "review", "--date", "today")
    assert data["values"] == [
        {"name": "honesty", "actions": 1, "importance": 8, "consistency": 3}
    ]  # rest was rated but not lived this week: no row of zeros
    shown = ok(rj("review", "--date", "today", "--no-write"))
    values = shown[shown.index("Values this week") :]
    row = next(line for line in values.splitlines() if line.startswith("  honesty"))
    assert row.split() == ["honesty", "1", "a", "lot", "little", "room"]  # words, not 8 and 3
    assert "importance" not in shown and "consistency" not in shown
    assert "| honesty | 1 | a lot | little room |" in ok(
        rj("review", "--date", "today", "--markdown")
    )
    ok(rj("values", "archive", "honesty"))
    assert as_json(rj, "review", "--date", "today")["values"][0]["name"] == "honesty"


def test_the_default_week(rj):
    assert rj("today").exit_code == 0  # a journal opened, nothing in it yet
    data = as_json(rj, "review")
    expected = week_start(today(), "monday")
    if (today() - expected).days < 3:
        expected -= timedelta(weeks=1)
    assert data["start"] == expected.isoformat()


def test_the_review_as_markdown(rj):
    label = a_week(rj)
    start = week_from(label)
    shown = ok(rj("review", "--week", label, "--markdown"))
    assert shown.startswith(f"# Weekly review {label}\n\n")
    assert "| Mon | Tue | Wed | Thu | Fri | Sat | Sun |\n|---|---|---|---|---|---|---|\n" in shown
    assert "| 1 | 1 | 1 | 1 | 0 | 0 | 0 |\n" in shown
    assert f"- {start:%a} {start.day} {start:%b}: The [bold]river[/bold] (mood 4/10)\n" in shown
    assert "## Small wins\n\n### honesty\n\n- said no [red]kindly\n\n### Other wins\n\n" in shown
    assert "2 moods noted, average 5.5, from 4 to 7. By day: 4, 7.\n" in shown
    assert "| honesty | 2 | – | – |\n" in shown
    assert "## To reflect on\n\n1. " in shown
    assert "## My review" not in shown
    assert "\x1b" not in shown


def headings(markdown: str) -> list[str]:
    """The headings a markdown parser sees, as '## text'."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(markdown)
    return [
        f"{'#' * int(token.tag[1])} {tokens[index + 1].content}"
        for index, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def test_user_text_cannot_break_the_markdown(rj, editor, pty_env, tmp_path):
    label = a_week(rj)
    ok(rj("win", "# not a heading", "--date", week_from(label).isoformat()))
    ok(rj("win", "``` an open fence", "--date", week_from(label).isoformat()))
    ok(rj("write", "## Entries\n---\nmore", "--date", week_from(label).isoformat()))
    hostile = " # My week\n\nIt was hard.\n===\n> ## quoted\n- ### listed\n```\nopen fence\n"
    env = {**pty_env, "EDITOR": editor(hostile)}
    ran = run_in_pty(["review", "--week", label], env=env, keys=["now? [y/N]", b"y\n"])
    assert ran.exit_code == 0, ran.output
    shown = ok(rj("review", "--week", label, "--markdown"))
    assert headings(shown) == [
        f"# Weekly review {label}",
        "## Days",
        "## Entries",
        "## Small wins",
        "### honesty",
        "### Other wins",
        "## Mood",
        "## Values",
        "## To reflect on",
        "## My review",
    ]
    assert "- \\# not a heading\n" in shown
    assert shown.endswith(
        " \\# My week\n\nIt was hard.\n\\===\n> \\## quoted\n- \\### listed\n```\nopen fence\n```\n"
    )


def test_markdown_never_sends_control_characters(rj):
    ok(rj("write", "title\x1b]0;pwned\x07 and \x1b[2J", "--date", "today"))
    ok(rj("win", "a win \x1b[31mred", "--date", "today"))
    shown = ok(rj("review", "--date", "today", "--markdown"))
    assert "\x1b" not in shown and "\x07" not in shown
    assert "title␛]0;pwned␇ and ␛[2J" in shown
    assert "- a win ␛[31mred\n" in shown


@pytest.mark.parametrize("kind", ["svg", "html"])
def test_the_summary_saved_as_a_picture_is_private(rj, tmp_path, kind):
    label = a_week(rj)
    path = tmp_path / f"review.{kind}"
    path.write_text("old")
    os.chmod(path, 0o644)
    result = rj("review", "--week", label, f"--save-{kind}", str(path))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"Saved the review to {path} (readable only by you).\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    saved = path.read_text().replace("&#160;", " ")
    assert f"Weekly review {label}" in saved or f"Week {label}" in saved
    assert "river" in saved
    assert ("<svg" in saved) if kind == "svg" else ("<html" in saved.lower())


def test_a_picture_into_a_missing_folder(rj, tmp_path):
    label = a_week(rj)
    result = rj("review", "--week", label, "--save-svg", str(tmp_path / "nope" / "r.svg"))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "nope" in result.stderr


def test_writing_the_review_on_a_terminal_then_again(rj, pty_env, editor, entries, tmp_path):
    label = a_week(rj)
    ran = run_in_pty(
        ["review", "--week", label],
        env=pty_env,
        keys=[
            f"Write your review of {label} now? [y/N]",
            b"y\n",
            "Ctrl-D",
            *typing("A hard week, and I kept going.\n"),
        ],
    )
    assert ran.exit_code == 0, ran.output
    assert f"Saved your review of {label} as entry" in ran.output
    (review,) = [row for row in entries() if row["kind"] == "review"]
    assert review["review_week"] == label
    assert review["body"] == "A hard week, and I kept going."
    assert review["day"] == ago(0)  # it counts for the day it was written
    # Again: the same review opens in the editor, and is changed in place
    env = {**pty_env, "EDITOR": editor("A hard week, and I kept going.\nAnd I rested.\n")}
    ran = run_in_pty(
        ["review", "--week", label],
        env=env,
        keys=[f"Add to your review of {label} now? [y/N]", b"y\n"],
    )
    assert ran.exit_code == 0, ran.output
    assert (tmp_path / "editor-saw.txt").read_text().startswith("A hard week, and I kept going.")
    reviews = [row for row in entries() if row["kind"] == "review"]
    assert [r["id"] for r in reviews] == [review["id"]]
    assert reviews[0]["body"] == "A hard week, and I kept going.\nAnd I rested."
    listed = as_json(rj, "reviews")
    assert [(r["id"], r["review_week"], r["kind"]) for r in listed] == [
        (review["id"], label, "review")
    ]
    shown = ok(rj("review", "--week", label, "--no-write"))
    assert "Your review" in shown and "And I rested." in shown
    assert "## My review\n\nA hard week, and I kept going.\nAnd I rested.\n" in ok(
        rj("review", "--week", label, "--markdown")
    )
    assert label in ok(rj("reviews"))


def test_saying_no_writes_nothing(rj, pty_env, entries):
    label = a_week(rj)
    before = entries()
    ran = run_in_pty(["review", "--week", label], env=pty_env, keys=["now? [y/N]", b"\n"])
    assert ran.exit_code == 0, ran.output
    assert entries() == before


def test_no_offer_to_write_when_piped_or_asked_not_to(rj, entries):
    label = a_week(rj)
    before = entries()
    for args in (["review", "--week", label], ["review", "--week", label, "--no-write"]):
        result = rj(*args, input="y\nThis should not be saved.\n")
        assert result.exit_code == 0
        assert "now?" not in result.output
    assert entries() == before


def test_no_reviews_yet(rj):
    assert rj("today").exit_code == 0  # a journal opened, nothing in it yet
    assert as_json(rj, "reviews") == []
    result = rj("reviews")
    assert result.exit_code == 0
    assert "No reviews written yet." in result.stderr


# rj today: the past, gently -------------------------------------------------------------


def test_on_this_day_shows_a_win_but_not_an_ordinary_entry(rj):
    year_ago = (today() - relativedelta(years=1)).isoformat()
    ok(rj("write", "A very hard day.", "--date", year_ago, "--title", "Hard"))
    assert "On this day" not in ok(rj("today"))
    assert as_json(rj, "today")["on_this_day"] is None
    ok(rj("win", "asked for help", "--date", year_ago))
    shown = ok(rj("today"))
    assert "On this day a year ago, you noted a small win: asked for help" in shown
    memory = as_json(rj, "today")["on_this_day"]
    assert (memory["when"], memory["kind"], memory["day"]) == ("a year ago", "win", year_ago)


def test_old_entries_resurface_only_when_asked(rj):
    month_ago = (today() - relativedelta(months=1)).isoformat()
    ok(rj("write", "The walk by the sea.", "--date", month_ago, "--title", "Sea"))
    assert "On this day" not in ok(rj("today"))
    ok(rj("config", "set", "resurface_entries", "on"))
    assert "On this day a month ago, you wrote: Sea" in ok(rj("today"))


@pytest.mark.parametrize(
    ("now", "first_day", "week", "said"),
    [
        ("2026-11-22T21:30:00", "2026-11-16", "2026-W47", "this week (16 to 22 Nov)"),
        ("2026-11-25T21:30:00", "2026-11-16", "2026-W47", "last week (16 to 22 Nov)"),
        ("2026-12-06T21:30:00", "2026-11-30", "2026-W49", "this week (30 Nov to 6 Dec)"),
        ("2027-01-04T09:00:00", "2026-12-28", "2026-W53", "last week (28 Dec to 3 Jan)"),
    ],
)
def test_a_ready_review_is_mentioned_once_a_week(rj, monkeypatch, now, first_day, week, said):
    monkeypatch.setenv("RJ_NOW", now)
    ok(rj("write", "Something from the week.", "--date", first_day))
    said = f"Your review of {said} is ready whenever you are: `rj review`."
    assert said in unwrapped(ok(rj("today")))
    assert "is ready whenever" not in unwrapped(ok(rj("today")))  # once is enough
    assert as_json(rj, "today")["review_ready"] == week  # for scripts, while unwritten


def test_today_counts_days_as_the_streak_does(rj):
    write(rj, "An entry.", 1)
    ok(rj("win", "a win", "--date", ago(2)))
    assert as_json(rj, "today")["days_written_last_7"] == 2
    assert as_json(rj, "streak")["days_last_7"] == 2


def test_a_quiet_week_is_not_a_task(rj):
    assert "weekly review" not in ok(rj("today"))
    assert as_json(rj, "today")["review_ready"] is None


def write_review(pty_env, label: str, *lines: str, answer: bytes = b"y\n") -> str:
    """Write (or add to) a week's review at a terminal with no editor set."""
    ran = run_in_pty(
        ["review", "--week", label],
        env=pty_env,
        keys=["now? [y/N]", answer, "Ctrl-D", *typing(*lines)],
    )
    assert ran.exit_code == 0, ran.output
    return ran.output


def test_adding_to_a_review_without_an_editor(rj, pty_env, entries):
    label = a_week(rj)
    write_review(pty_env, label, "First thoughts.\n")
    shown = write_review(pty_env, label, "Later, more.\n")
    assert "First thoughts." in shown  # the review so far is shown above
    assert "That is your review so far." in shown
    assert f"Added to your review of {label}" in shown
    (review,) = [row for row in entries() if row["kind"] == "review"]
    assert review["body"] == "First thoughts.\n\nLater, more."


def test_an_interrupted_review_comes_back_as_the_review(rj, pty_env, entries):
    label = a_week(rj)
    ran = run_in_pty(
        ["review", "--week", label],
        env=pty_env,
        keys=["now? [y/N]", b"y\n", "Ctrl-D", *typing("Half a thought.\n", end=b"\x03")],
    )
    assert ran.exit_code == 130
    assert "rj write --resume" in ran.output
    assert [row for row in entries() if row["kind"] == "review"] == []
    result = rj("write", "--resume")  # not a terminal: the draft is saved as it is
    assert result.exit_code == 0, result.output
    assert f"Saved your review of {label} as entry" in result.stderr
    (review,) = [row for row in entries() if row["kind"] == "review"]
    assert (review["review_week"], review["body"]) == (label, "Half a thought.")


def test_a_restored_review_is_shown_beside_the_newer_one(rj, pty_env):
    label = a_week(rj)
    write_review(pty_env, label, "The first one.\n")
    (first,) = as_json(rj, "reviews")
    ok(rj("delete", str(first["id"])))
    assert as_json(rj, "review", "--week", label)["reviews"] == []
    write_review(pty_env, label, "The second one.\n")
    ok(rj("restore", str(first["id"])))
    data = as_json(rj, "review", "--week", label)
    assert [r["body"] for r in data["reviews"]] == ["The first one.", "The second one."]
    shown = ok(rj("review", "--week", label, "--no-write"))
    assert "The first one." in shown and "The second one." in shown
    assert len(as_json(rj, "reviews")) == 2


def test_a_review_from_a_year_ago_comes_back_that_week(rj, pty_env):
    year_ago = today() - relativedelta(years=1)
    label = week_label(week_start(year_ago, "monday"))
    write_review(pty_env, label, "A year of small steps.\n")
    shown = ok(rj("today"))
    assert "This week a year ago, you wrote in your weekly review: A year of small steps." in (
        shown
    )


def test_reviews_are_listed_newest_week_first(rj, pty_env):
    start = week_start(today(), "monday")
    labels = [week_label(start - timedelta(weeks=n)) for n in (3, 1, 2)]
    for label in labels:
        write_review(pty_env, label, f"Review of {label}.\n")
    listed = as_json(rj, "reviews")
    assert [r["review_week"] for r in listed] == sorted(labels, reverse=True)
    shown = ok(rj("reviews", "-n", "2", env=ON_SCREEN))
    assert "Showing 2 of 3. Use -n to see more." in shown
    assert labels[0] not in shown  # the oldest week is left out


def test_a_quiet_week_is_asked_about_gently(rj):
    last_week = week_start(today(), "monday") - timedelta(weeks=1)
    before = last_week - timedelta(weeks=1)
    ok(rj("write", "One line.", "--date", before.isoformat()))
    for n in range(4):
        ok(rj("win", f"win {n}", "--date", (last_week + timedelta(days=n)).isoformat()))
    quiet = [p["id"] for p in as_json(rj, "review", "--week", week_label(before))["prompts"]]
    assert quiet[0] == "weekly-reflection.quiet-week" and len(quiet) == 3
    fuller = [p["id"] for p in as_json(rj, "review", "--week", week_label(last_week))["prompts"]]
    assert len(fuller) == 3 and "weekly-reflection.quiet-week" not in fuller


def test_a_week_with_nothing_linked_to_a_value_says_so_about_the_record(rj):
    ok(rj("values", "add", "rest"))
    write(rj, "A line.", 0)
    shown = ok(rj("review", "--date", "today", "--no-write"))
    said = "No entries or wins were linked to a value this week."
    assert said in shown
    assert said in ok(rj("review", "--date", "today", "--markdown"))
    assert "No values lived" not in shown  # never a verdict on the person


def test_the_home_screen_works_on_a_read_only_journal(rj, rj_home):
    start = week_start(today(), "monday")
    if (today() - start).days < 3:
        start -= timedelta(weeks=1)
    ok(rj("write", "Something from the week.", "--date", start.isoformat()))
    (rj_home / "journal.db").chmod(0o400)
    try:
        first = rj("today")
        assert first.exit_code == 0, first.output
        assert "is ready whenever you are" in first.stdout
    finally:
        (rj_home / "journal.db").chmod(0o600)
