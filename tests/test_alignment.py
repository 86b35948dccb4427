"""The alignment computation, on hand-worked examples; then `rj alignment` as people see it."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from resilience_journal.alignment import Actions, alignment, period_start
from resilience_journal.messages.alignment import STEPS
from resilience_journal.values import STARTER_VALUES, Rating, Value

from .conftest import today

TODAY = date(2026, 11, 22)
SINCE = TODAY - timedelta(days=29)


def value(value_id: int, name: str, archived: bool = False) -> Value:
    return Value(
        value_id,
        f"uuid-{value_id}",
        name,
        None,
        "2026-01-01T00:00:00+00:00",
        "2026-06-01T00:00:00+00:00" if archived else None,
    )


def rating(value_id: int, day: str, importance: int, consistency: int) -> Rating:
    return Rating(value_id, day, f"{day}T20:00:00+00:00", importance, consistency)


def test_no_values_no_ratings():
    result = alignment([], [], {}, since=SINCE, today=TODAY)
    assert result.values == ()
    assert result.valued_living is None
    assert result.suggestion is None
    assert result.to_json()["rated_values"] == 0


def test_values_without_ratings_or_actions():
    result = alignment([value(1, "honesty")], [], {}, since=SINCE, today=TODAY)
    (row,) = result.values
    assert (row.importance, row.consistency, row.gap) == (None, None, None)
    assert (row.actions, row.last_action, row.days_since_action) == (0, None, None)
    assert row.history == ()
    assert result.valued_living is None


def test_one_rating():
    result = alignment(
        [value(1, "honesty")], [rating(1, "2026-11-20", 9, 4)], {}, since=SINCE, today=TODAY
    )
    (row,) = result.values
    assert (row.importance, row.consistency, row.gap) == (9, 4, 5)
    assert result.valued_living == 36.0  # 9 x 4
    assert row.history == (4,)


def test_latest_rating_counts_and_history_is_in_order():
    ratings = [  # given out of order: the latest by time counts
        rating(1, "2026-11-15", 8, 6),
        rating(1, "2026-10-01", 8, 2),
        rating(1, "2026-11-01", 7, 3),
    ]
    (row,) = alignment([value(1, "rest")], ratings, {}, since=SINCE, today=TODAY).values
    assert (row.importance, row.consistency, row.gap) == (8, 6, 2)
    assert row.history == (2, 3, 6)


def test_values_with_actions_but_no_ratings():
    actions = {1: Actions(3, date(2026, 11, 19)), 2: Actions(0, date(2026, 9, 1))}
    result = alignment(
        [value(1, "health"), value(2, "family")], [], actions, since=SINCE, today=TODAY
    )
    health, family = result.values
    assert (health.actions, health.last_action, health.days_since_action) == (
        3,
        date(2026, 11, 19),
        3,
    )
    assert (family.actions, family.days_since_action) == (0, 82)  # acted on, but not lately
    assert result.valued_living is None
    assert result.rated == []


def test_archived_values_are_left_out():
    values = [value(1, "honesty"), value(2, "ambition", archived=True), value(3, "rest")]
    ratings = [
        rating(1, "2026-11-20", 10, 10),
        rating(2, "2026-11-20", 2, 1),  # would pull the mean down if it counted
        rating(3, "2026-11-20", 6, 5),
    ]
    result = alignment(values, ratings, {}, since=SINCE, today=TODAY)
    assert [row.name for row in result.values] == ["honesty", "rest"]
    assert result.valued_living == 65.0  # (100 + 30) / 2


def test_valued_living_is_the_mean_of_products_over_rated_values_only():
    values = [value(1, "a"), value(2, "b"), value(3, "c")]
    ratings = [rating(1, "2026-11-20", 7, 3), rating(2, "2026-11-20", 5, 5)]
    result = alignment(values, ratings, {}, since=SINCE, today=TODAY)
    assert result.valued_living == 23.0  # (21 + 25) / 2, c is not rated
    assert len(result.rated) == 2
    ratings.append(rating(3, "2026-11-21", 1, 1))
    assert alignment(values, ratings, {}, since=SINCE, today=TODAY).valued_living == 15.7


def test_one_suggestion_only_for_the_widest_gap_in_words():
    values = [
        value(i, name)
        for i, name in enumerate(["honesty", "rest", "my garden", "health", "play"], 1)
    ]
    ratings = [
        rating(1, "2026-11-20", 9, 6),  # gap 3: no suggestion
        rating(2, "2026-11-20", 9, 5),  # gap 4
        rating(3, "2026-11-20", 10, 2),  # gap 8, not a starter value
        rating(4, "2026-11-20", 8, 2),  # gap 6
        rating(5, "2026-11-20", 9, 4),  # gap 5
    ]
    result = alignment(values, ratings, {}, since=SINCE, today=TODAY)
    assert result.values[0].suggestion is None
    assert result.suggestion == (
        "My garden matters a great deal to you, and lately it has had little room. If it "
        "feels right, one small step: ten minutes this week for my garden, noted with `rj win "
        '"..." --value "my garden"`.'
    )  # a value of the person's own: a step any value can take, and how to note it
    health = result.values[3].suggestion or ""
    assert health.startswith("Health matters a lot to you, and lately it has had little room.")
    assert health.endswith("a glass of water, a short walk, or going to bed a little earlier.")
    play = result.values[4].suggestion or ""
    assert play.startswith("Play matters a great deal to you, and lately it has had only some")
    for row in result.values:
        assert "/10" not in (row.suggestion or "")
        assert "!" not in (row.suggestion or "") and "should" not in (row.suggestion or "")


def test_every_starter_value_has_its_own_small_step():
    assert set(STEPS) == set(STARTER_VALUES)
    assert all("tonight" not in step for step in STEPS.values())  # shown at any hour


@pytest.mark.parametrize("seed", range(40))
def test_the_figure_never_rises_when_a_value_is_rated_as_mattering_less(seed):
    """The composite's direction: lower importance never raises it, more room never lowers
    it (the mean of importance x consistency, over rated values only)."""
    pick = random.Random(seed)
    values = [value(i, f"v{i}") for i in range(1, pick.randint(1, 6) + 1)]
    ratings = [rating(v.id, "2026-11-20", pick.randint(1, 10), pick.randint(1, 10)) for v in values]
    before = alignment(values, ratings, {}, since=SINCE, today=TODAY).valued_living or 0
    which = pick.randrange(len(ratings))
    old = ratings[which]
    less = rating(old.value_id, "2026-11-21", pick.randint(1, old.importance), old.consistency)
    after = alignment(values, [*ratings, less], {}, since=SINCE, today=TODAY).valued_living
    assert after is not None and after <= before
    more = rating(old.value_id, "2026-11-21", old.importance, pick.randint(old.consistency, 10))
    assert (
        alignment(values, [*ratings, more], {}, since=SINCE, today=TODAY).valued_living or 0
    ) >= before


def test_living_a_value_more_than_rating_it_important_is_a_negative_gap():
    (row,) = alignment(
        [value(1, "service")], [rating(1, "2026-11-20", 3, 8)], {}, since=SINCE, today=TODAY
    ).values
    assert row.gap == -5 and row.suggestion is None


# through the CLI -----------------------------------------------------------------------


def test_alignment_counts_entries_and_wins_in_the_period(rj):
    rj("config", "set", "day_starts_at", "00:00")
    for name in ("health", "connection", "rest"):
        rj("values", "add", name)
    rj("win", "walked", "--value", "health")
    rj("win", "swam", "--value", "health", "--date", "3 days ago")
    rj("write", "a long walk and a talk", "--value", "health", "--value", "connection")
    rj("win", "old walk", "--value", "health", "--date", "40 days ago")
    rj("win", "binned", "--value", "rest")
    assert rj("wins", "delete", "4").exit_code == 0  # the trash does not count
    rj("values", "rate", "--value", "health", "--importance", "9", "--consistency", "3")
    rj("values", "rate", "--value", "connection", "--importance", "8", "--consistency", "7")
    data = json.loads(rj("alignment", "--json").stdout)
    assert list(data) == [
        "since",
        "until",
        "values",
        "rated_values",
        "valued_living",
        "suggestion",
    ]
    assert data["until"] == today().isoformat()
    assert data["since"] == (today() - timedelta(days=29)).isoformat()
    rows = {row["name"]: row for row in data["values"]}
    assert rows["health"]["actions"] == 3  # two wins and an entry; the 40-day-old one is out
    assert rows["health"]["days_since_action"] == 0
    assert rows["health"]["gap"] == 6
    assert rows["connection"]["actions"] == 1
    assert rows["rest"]["actions"] == 0 and rows["rest"]["last_action_day"] is None
    assert data["valued_living"] == 41.5  # (27 + 56) / 2
    assert data["rated_values"] == 2
    assert data["suggestion"] == rows["health"]["suggestion"]  # the one the screen shows
    longer = json.loads(rj("alignment", "--json", "--since", "50 days ago").stdout)
    assert {row["name"]: row["actions"] for row in longer["values"]}["health"] == 4


def test_alignment_on_screen_is_in_words_with_one_suggestion(rj):
    rj("values", "add", "health")
    rj("values", "add", "rest")
    rj("values", "add", "play")
    rj("win", "walked", "--value", "health")
    rj("values", "rate", "--value", "health", "--importance", "9", "--consistency", "2")
    rj("values", "rate", "--value", "health", "--importance", "9", "--consistency", "4")
    rj("values", "rate", "--value", "play", "--importance", "10", "--consistency", "1")
    shown = rj("alignment")
    assert shown.exit_code == 0
    out = shown.stdout
    flat = " ".join(out.split())
    assert "matters" in out and "lately" in out and "last acted" in out
    health = next(line for line in out.splitlines() if line.startswith("health"))
    assert health.split() == ["health", "a", "great", "deal", "some", "room", "1", "today", "▂▃"]
    rest = next(line for line in out.splitlines() if line.startswith("rest"))
    assert rest.split() == ["rest", "not", "rated", "yet", "0", "not", "yet", "–"]
    # one suggestion, for the widest gap (play: 10 and 1), though health's is wide too
    assert flat.count("If it feels right, one small step") == 1
    assert "Play matters a great deal to you, and lately it has had little room." in flat
    # no grade: no figure out of 100, no fractions, no jargon, no gap column
    for said in ("of 100", "VLQ", "Valued living", "importance", "consistency", "×", "gap"):
        assert said not in out, said
    assert not re.search(r"\b\d+/10\b", out)


def test_the_figure_is_shown_only_when_asked_and_is_in_json(rj):
    rj("values", "add", "health")
    rj("values", "rate", "--value", "health", "--importance", "9", "--consistency", "4")
    asked = " ".join(rj("alignment", "--figure").stdout.split())
    assert "Your ratings as one figure: 36 of 100, over 1 rated value." in asked
    assert "A reflection of your own ratings, not a measure of you." in asked
    assert "VLQ" not in asked and "importance" not in asked
    assert json.loads(rj("alignment", "--json").stdout)["valued_living"] == 36.0
    helped = " ".join(rj("alignment", "--help").stdout.split())
    assert "--figure" in helped and "how much each matters times how much room" in helped


def test_alignment_without_values_or_ratings(rj):
    assert rj("today").exit_code == 0  # a journal opened, nothing in it yet
    assert rj("alignment").stderr == "You have no values yet. `rj values` helps you choose some.\n"
    rj("values", "add", "rest")
    assert "No ratings yet. `rj values rate` is a short check-in" in rj("alignment").stdout
    bad = rj("alignment", "--since", "someday")
    assert bad.exit_code == 1 and "That date could not be read: 'someday'" in bad.stderr


def test_the_default_period_is_the_last_30_days_with_today():
    assert period_start(TODAY) == date(2026, 10, 24)
    assert (TODAY - period_start(TODAY)).days + 1 == 30


def test_alignment_takes_anything_shaped_like_a_value_and_a_rating():
    """alignment.py imports nothing of values.py (values.py calls it): what it reads of a
    value and a rating is named by a protocol, so plain records do."""

    @dataclass(frozen=True)
    class Named:
        id: int
        name: str
        archived_at: str | None = None

    @dataclass(frozen=True)
    class Rated:
        value_id: int
        rated_at: str
        importance: int
        consistency: int

    result = alignment(
        [Named(1, "rest")],
        [Rated(1, "2026-11-20T20:00:00+00:00", 9, 2)],
        {1: Actions(2, date(2026, 11, 21))},
        since=SINCE,
        today=TODAY,
    )
    (row,) = result.values
    assert (row.gap, row.actions, row.days_since_action) == (7, 2, 1)
    assert result.suggestion == (
        "Rest matters a great deal to you, and lately it has had little room. If it feels "
        "right, one small step: one planned pause today, without having to earn it first."
    )
