"""`rj stats` and `rj review` count every mood noted: three entries of one day, with moods
0, 1 and 2, are three moods (not "one mood noted: 1", the day's average), and their
average and range are over all three."""

from __future__ import annotations

import json
from datetime import timedelta

from tests.conftest import ok, today


def ago(days: int) -> str:
    return (today() - timedelta(days=days)).isoformat()


def test_three_moods_on_one_day_are_three_moods(rj):
    for mood in ("0", "1", "2"):
        ok(rj("write", f"Mood {mood}.", "--mood", mood))
    stats = ok(rj("stats"))
    assert "Mood, last 30 days  ▂  3 moods noted, average 1, from 0 to 2" in stats
    data = json.loads(ok(rj("stats", "--json")))["mood_last_30_days"]
    assert data == {
        "days": [{"day": ago(0), "mood": 1.0}],
        "count": 3,
        "average": 1.0,
        "low": 0.0,
        "high": 2.0,
    }
    this_week = ("review", "--date", ago(0), "--no-write")
    review = ok(rj(*this_week))
    assert "Mood  ▂  3 moods noted, average 1, from 0 to 2" in review
    assert json.loads(ok(rj(*this_week, "--json")))["mood"]["count"] == 3
    markdown = ok(rj(*this_week, "--markdown"))
    assert "3 moods noted, average 1, from 0 to 2. By day: 1.\n" in markdown


def test_the_average_is_over_every_mood_not_every_day(rj):
    for mood in ("0", "0", "0"):
        ok(rj("write", "Heavy.", "--mood", mood, "--date", ago(1)))
    ok(rj("write", "Lighter.", "--mood", "8"))
    data = json.loads(ok(rj("stats", "--json")))["mood_last_30_days"]
    assert [day["mood"] for day in data["days"]] == [0.0, 8.0]  # the sparkline's days
    assert (data["count"], data["average"], data["low"], data["high"]) == (4, 2.0, 0.0, 8.0)
    assert "4 moods noted, average 2, from 0 to 8" in ok(rj("stats"))


def test_a_single_mood_of_0_is_still_noted(rj):
    ok(rj("write", "Low.", "--mood", "0"))
    assert "Mood, last 30 days  one mood noted: 0" in ok(rj("stats"))


def test_a_month_of_moods_keeps_to_80_columns(rj):
    for days in range(30):
        ok(rj("write", "A line.", "--mood", str(days % 11), "--date", ago(days)))
    shown = ok(rj("stats"))
    assert all(len(line) <= 80 for line in shown.splitlines())
    at = shown.index("Mood, last 30 days  ")
    line, words = shown[at:].splitlines()[:2]
    assert len(line) == len("Mood, last 30 days  ") + 30  # a day a mark
    assert words == "  30 moods noted, average 4.6, from 0 to 10"
