"""rj recall: the person's own evidence of getting through, through the real CLI, and the
one line that offers it after a hard check-in or a very low mood."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from resilience_journal.config import Settings
from resilience_journal.recall import Recalls
from resilience_journal.store import JournalStore
from tests.conftest import ON_SCREEN, ok, run_in_pty, unwrapped

STEADY = "When the hospital call came I sat on the steps and breathed slowly, then rang my sister."
PARK = "Walked to the park alone for the first time since the accident."
LOWEST = "Hospital again and everything is too much tonight."
UNLINKED = "The hospital canteen costs more than lunch out."


@pytest.fixture
def kept(rj):
    """A journal with something to recall, and something it must hold back."""
    ok(rj("write", "--prompt", "coping.what-helped", "--mood", "6", STEADY))
    ok(rj("write", "--tag", "strength", "--date", "2026-11-20", PARK))
    ok(rj("write", "--tag", "coping", "--mood", "1", LOWEST))  # at one of the lowest moods
    ok(rj("write", UNLINKED))  # not linked to strength or coping
    ok(rj("win", "Went to the hospital appointment on my own"))
    ok(rj("win", "--date", "2026-11-23", "Drank water before coffee"))
    ok(rj("goals", "add", "Walk further each week"))
    ok(rj("goals", "step", "1", "Walk to the corner shop"))
    ok(rj("goals", "check", "1", "1"))
    return rj


def recalled(rj, *args: str) -> dict:
    return json.loads(ok(rj("recall", "--json", *args)))


def test_words_rank_what_matches_first(kept):
    found = recalled(kept, "hospital")
    assert found["words"] == ["hospital"] and found["words_from_today"] is False
    passages = found["passages"]
    assert passages[0]["text"] == STEADY and passages[0]["kind"] == "entry"
    assert [p["text"] for p in passages] == [STEADY, PARK]  # PARK after, as the newest left
    assert set(passages[0]) == {"kind", "id", "uuid", "day", "text", "title"}
    wins = [item["text"] for item in found["done"] if item["kind"] == "win"]
    assert wins == ["Went to the hospital appointment on my own", "Drank water before coffee"]
    step = next(item for item in found["done"] if item["kind"] == "step")
    assert step["text"] == "Walk to the corner shop" and step["goal"] == "Walk further each week"
    assert step["id"] == 1 and step["uuid"]


def test_never_the_lowest_moods_or_unlinked_entries_unless_asked(kept):
    shown = json.dumps(recalled(kept, "hospital"))
    assert "too much tonight" not in shown and "canteen" not in shown
    with_hard = [p["text"] for p in recalled(kept, "--include-hard", "hospital")["passages"]]
    assert LOWEST in with_hard and all("canteen" not in text for text in with_hard)
    assert recalled(kept, "--all", "hospital") == recalled(kept, "--include-hard", "hospital")


def test_a_day_whose_check_in_reached_the_threshold_is_held_back(kept, rj_home):
    db = sqlite3.connect(rj_home / "journal.db")
    with db:
        db.execute(
            "INSERT INTO checkins (uuid, day, created_at, distress)"
            " VALUES ('c1', '2026-11-20', '2026-11-20T09:00:00Z', 8)"
        )
    db.close()
    texts = [p["text"] for p in recalled(kept, "park")["passages"]]
    assert PARK not in texts
    assert PARK in [p["text"] for p in recalled(kept, "--include-hard", "park")["passages"]]


def test_without_words_the_words_of_todays_latest_entry(kept):
    found = recalled(kept)  # today's latest entry is UNLINKED: hospital, canteen, costs…
    assert found["words_from_today"] is True and "hospital" in found["words"]
    assert found["passages"][0]["text"] == STEADY


def test_the_screen_frames_it_kindly_and_briefly(kept, rj):
    long_text = "I kept going " + " ".join(f"word{i}" for i in range(60))
    ok(rj("write", "--tag", "courage", long_text))
    screen = ok(rj("recall", "unmatched", env={**ON_SCREEN, "COLUMNS": "60"}))
    flat = unwrapped(screen)
    assert flat.startswith("These are things you did, in your own words.")
    assert "What you did" in screen and "From your own pages" in screen
    assert "Wed 25 Nov" in screen and "(for your goal: Walk further each week)" in flat
    assert "I kept going word0" in flat  # the newest first, when no word matches
    assert "word20…" in flat and "word21" not in flat  # cut at a word
    assert "`rj recall --include-hard` adds them." in flat
    assert "too much tonight" not in flat
    assert max(len(line) for line in screen.splitlines()) <= 60


def test_nothing_to_recall_yet(rj):
    ok(rj("write", "A note about lunch."))
    screen = unwrapped(ok(rj("recall", env=ON_SCREEN)))
    assert screen.startswith("Nothing to recall yet.")
    assert recalled(rj) == {
        "words": ["note", "lunch"],
        "words_from_today": True,
        "done": [],
        "passages": [],
    }


def test_odd_words_are_taken_literally(kept):
    found = recalled(kept, 'hosp"ital', "NEAR(", "*", "-")
    assert found["passages"]  # the newest, never an error
    # search syntax around a word that matches: still matched (the park entry is older
    # than the newest, which a fallback to the newest would put first)
    found = recalled(kept, 'park"', "NEAR(", "AND", "*")
    assert found["passages"][0]["text"] == PARK


def test_thousands_of_words_are_matched_by_the_first_few(kept):
    found = recalled(kept, *(["hospital"] * 3000), *(f"w{n}" for n in range(3000)))
    assert found["words"][:2] == ["hospital", "w0"] and len(found["words"]) == 16
    assert found["passages"][0]["text"] == STEADY


def test_hard_dates_passed_in_are_never_recalled(kept, rj_home):
    store = JournalStore(rj_home / "journal.db")
    try:
        recalls = Recalls(store, Settings())
        hard = {date(2026, 11, 20), date(2026, 11, 23)}
        found = recalls.recall(["park", "water"], date(2026, 11, 25), excluded_days=hard)
        shown = json.dumps(found.to_json())
        assert PARK not in shown and "Drank water" not in shown
        everything = recalls.recall(["park", "water"], date(2026, 11, 25))
        assert PARK in json.dumps(everything.to_json())
    finally:
        store.close()


def test_entries_and_wins_around_a_hard_date_are_not_recalled_unless_asked(kept):
    ok(kept("dates", "add", "2026-11-20", "--window", "0"))  # PARK was written that day
    shown = json.dumps(recalled(kept, "park"))
    assert PARK not in shown
    assert "Drank water" in shown  # 23 November is outside the window
    ok(kept("dates", "add", "2026-11-23", "--once", "--window", "1"))
    assert "Drank water" not in json.dumps(recalled(kept, "park"))
    everything = json.dumps(recalled(kept, "--include-hard", "park"))
    assert PARK in everything and "Drank water" in everything


OFFER = "If it would help, `rj recall` shows times you got through before, in your own words."


@pytest.mark.parametrize("columns", ["80", "60"])
def test_offered_after_a_hard_check_in(kept, pty_env, rj_home, columns):
    (rj_home / "config.yaml").write_text("check_in: 'on'\nask_mood: 'on'\n", encoding="utf-8")
    keys = ["How much distress", 0.3, b"9\n", "Type 1, 2 or 3", 0.3, b"\n", "Ctrl-D"]
    keys += [b"a line\n", 0.3, b"\x04", "Your mood", 0.3, b"1\n"]  # a low mood too: one offer
    result = run_in_pty(["write"], env={**pty_env, "COLUMNS": columns}, keys=keys)
    assert result.exit_code == 0, result.output
    screen = result.output
    assert OFFER in unwrapped(screen)
    assert STEADY not in screen  # offered, never shown unasked
    assert all(len(line) <= int(columns) for line in screen.splitlines() if "recall" in line)
    assert screen.count("rj recall") == 1


@pytest.mark.parametrize("columns", ["80", "60"])
def test_offered_after_a_very_low_mood(kept, pty_env, rj_home, columns):
    (rj_home / "config.yaml").write_text("check_in: 'off'\nask_mood: 'on'\n", encoding="utf-8")
    result = run_in_pty(
        ["write"],
        env={**pty_env, "COLUMNS": columns},
        keys=["Ctrl-D", b"a hard day\n", 0.3, b"\x04", "Your mood", 0.3, b"1\n"],
    )
    assert result.exit_code == 0, result.output
    flat = unwrapped(result.output)
    assert flat.index("That is a very low point.") < flat.index(OFFER)
    assert STEADY not in result.output
    lines = result.output.splitlines()
    assert all(len(line) <= int(columns) for line in lines if "recall" in line)


def test_not_offered_when_there_is_nothing_to_recall(rj, pty_env, rj_home):
    (rj_home / "config.yaml").write_text("check_in: 'off'\nask_mood: 'on'\n", encoding="utf-8")
    result = run_in_pty(
        ["write"], env=pty_env, keys=["Ctrl-D", b"a hard day\n", 0.3, b"\x04", "Enter", b"1\n"]
    )
    assert result.exit_code == 0, result.output
    assert "That is a very low point." in result.output
    assert "rj recall" not in result.output
