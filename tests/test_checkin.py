"""The daily check-in's rules, called directly (safety/checkin.py): when it is asked, what
it keeps, and when a rating calls for support. tests/test_safety.py runs it on a terminal."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from resilience_journal.messages import safety as words
from resilience_journal.safety import checkin

EVENING = datetime(2026, 11, 23, 21, 30, tzinfo=timezone(timedelta(hours=-5)))


@pytest.mark.parametrize(
    ("asked_today", "enabled", "at_terminal", "asks"),
    [
        (False, True, True, True),  # the first time today, on a terminal, with check_in on
        (True, True, True, False),  # at most once per journaling day (a skip counts)
        (False, False, True, False),  # check_in off never asks
        (False, True, False, False),  # away from a terminal (a script, a pipe) never asks
    ],
)
def test_it_is_asked_once_a_day_on_a_terminal_while_it_is_on(
    asked_today, enabled, at_terminal, asks
):
    assert checkin.should_ask(asked_today, enabled, at_terminal) is asks


def test_the_days_rating_is_what_was_kept_and_a_skip_is_none():
    assert checkin.rating(None) is None  # not asked yet
    assert checkin.rating({"distress": None}) is None  # asked, and skipped
    assert checkin.rating({"distress": 0}) == 0
    assert checkin.rating({"distress": 9}) == 9


def test_the_first_time_help_is_said_first_and_how_to_stop_it_then_never_as_wallpaper():
    assert checkin.opening(first_time=True) == [words.HELP_NOW_LINE, words.CHECK_IN_FIRST]
    assert checkin.opening(first_time=False) == []


@pytest.mark.parametrize("typed", ["0", "10", " 7 ", "07"])
def test_a_rating_is_a_whole_number_from_0_to_10(typed):
    assert checkin.read_distress(typed) == int(typed)


@pytest.mark.parametrize("typed", ["11", "-1", "3.5", "a lot", "1 0"])
def test_anything_else_is_asked_again(typed):
    with pytest.raises(ValueError):
        checkin.read_distress(typed)


def test_support_is_offered_at_or_above_the_threshold_and_never_after_a_skip():
    assert checkin.needs_support(8, threshold=8)
    assert checkin.needs_support(10, threshold=8)
    assert not checkin.needs_support(7, threshold=8)
    assert not checkin.needs_support(None, threshold=1)
    assert checkin.needs_support(1, threshold=1)


def test_the_offer_of_support_takes_1_2_or_3():
    assert [checkin.read_choice(f" {n} ") for n in "123"] == ["1", "2", "3"]
    for typed in ("0", "4", "one", "12"):
        with pytest.raises(ValueError):
            checkin.read_choice(typed)


def test_a_check_in_is_kept_as_a_checkin_for_its_journaling_day_in_utc():
    kept = checkin.record("2026-11-23", 6, EVENING)
    assert set(kept) == {"uuid", "day", "created_at", "distress"}  # not an entry
    assert kept["day"] == "2026-11-23" and kept["distress"] == 6
    assert kept["created_at"] == "2026-11-24T02:30:00+00:00"
    skipped = checkin.record("2026-11-23", None, EVENING)
    assert skipped["distress"] is None  # a skip is kept, so the day is not asked again
    assert skipped["uuid"] != kept["uuid"]
