"""rj config and rj where: settings in a YAML file, validated."""

from __future__ import annotations

import json
import stat

import pytest


def test_defaults(rj):
    result = rj("config", "show", "--json")
    assert json.loads(result.stdout) == {
        "day_starts_at": "04:00",
        "week_starts_on": "monday",
        "editor": None,
        "pace": "reflective",
        "rest_days_per_week": 1,
        "resurface_entries": False,
        "check_in": True,
        "ask_mood": True,
        "distress_threshold": 8,
        "region": None,
        "backups_keep": 10,
        "pager": True,
    }
    screen = rj("config", "show").stdout
    assert "day_starts_at" in screen and "(not set)" in screen


def test_set_and_unset(rj, rj_home):
    assert rj("config", "set", "day_starts_at", "5:30").stderr.strip() == (
        "day_starts_at is now '05:30'."
    )
    assert rj("config", "set", "pace", "Gentle").exit_code == 0
    assert rj("config", "set", "editor", "nano -w").exit_code == 0
    values = json.loads(rj("config", "show", "--json").stdout)
    assert values["day_starts_at"] == "05:30"
    assert values["pace"] == "gentle"
    assert values["editor"] == "nano -w"
    config_file = rj_home / "config.yaml"
    assert stat.S_IMODE(config_file.stat().st_mode) == 0o600
    assert rj("config", "unset", "pace").stderr.strip() == "pace is back to its default."
    values = json.loads(rj("config", "show", "--json").stdout)
    assert values["pace"] == "reflective" and values["editor"] == "nano -w"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("colour", "blue", "There is no setting called 'colour'."),
        ("day_starts_at", "25:00", "day_starts_at is a time from 00:00 to 11:59"),
        ("day_starts_at", "noon", "day_starts_at is a time from 00:00 to 11:59"),
        ("day_starts_at", "13:00", "day_starts_at is a time from 00:00 to 11:59"),
        ("week_starts_on", "funday", "week_starts_on is a weekday name"),
        ("pace", "fast", "pace is one of gentle, reflective, deep; got 'fast'."),
        ("backups_keep", "0", "backups_keep is a whole number from 1 to 1000; got '0'."),
        ("backups_keep", "ten", "backups_keep is a whole number from 1 to 1000; got 'ten'."),
    ],
)
def test_bad_settings_are_refused(rj, rj_home, key, value, message):
    result = rj("config", "set", key, value)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert message in result.stderr
    assert not (rj_home / "config.yaml").exists()


def test_day_starts_at_decides_today(rj, monkeypatch):
    monkeypatch.setenv("RJ_NOW", "2026-11-25T00:30:00")  # half past midnight
    assert json.loads(rj("today", "--json").stdout)["day"] == "2026-11-24"  # still the evening
    rj("config", "set", "day_starts_at", "00:00")
    assert json.loads(rj("today", "--json").stdout)["day"] == "2026-11-25"


def test_a_broken_settings_file_never_stops_writing(rj, rj_home):
    rj_home.mkdir(parents=True, exist_ok=True)
    (rj_home / "config.yaml").write_text("pace: [unclosed\n")
    result = rj("write", "still here")
    assert result.exit_code == 0
    assert "The settings file could not be read:" in result.stderr
    assert "Using the default settings for now." in result.stderr
    shown = rj("config", "show")
    assert shown.exit_code == 1
    assert "(line 2)" in shown.stderr or "(line 1)" in shown.stderr


def test_unknown_key_in_the_file_is_named(rj, rj_home):
    rj_home.mkdir(parents=True, exist_ok=True)
    (rj_home / "config.yaml").write_text("pace: gentle\nmood_colour: red\n")
    result = rj("config", "show")
    assert result.exit_code == 1
    assert "There is no setting called 'mood_colour'." in result.stderr
    assert str(rj_home / "config.yaml") in result.stderr


def test_config_path_and_where(rj, rj_home):
    assert rj("config", "path").stdout.strip() == str(rj_home / "config.yaml")
    where = rj("where")
    assert "rj never uses the network" in " ".join(where.stdout.split())
    assert str(rj_home / "config.yaml") in where.stdout.replace("\n", "").replace(" ", "")
    data = json.loads(rj("where", "--json").stdout)
    assert data == {
        "journal": str(rj_home / "journal.db"),
        "settings": str(rj_home / "config.yaml"),
        "prompt_packs": str(rj_home / "prompts"),
        "journal_exists": False,
        "network": False,
    }
    assert "(no journal here yet)" in where.stdout
    rj("write", "now there is one")
    assert json.loads(rj("where", "--json").stdout)["journal_exists"] is True


def test_db_option_picks_the_journal_file(rj, tmp_path, rj_home):
    other = tmp_path / "elsewhere" / "other.db"
    other.parent.mkdir()  # a folder that does not exist is refused (tests/test_care.py)
    assert rj("--db", str(other), "write", "in the other journal").exit_code == 0
    assert other.exists()
    assert json.loads(rj("--db", str(other), "where", "--json").stdout)["journal"] == str(other)
    default = rj("list", "--json")  # the default journal was never made: nothing to list
    assert default.exit_code == 1 and default.stdout == ""
    assert not (rj_home / "journal.db").exists()
    assert len(json.loads(rj("--db", str(other), "list", "--json").stdout)) == 1


def test_a_bad_value_in_the_file_can_be_fixed_from_the_cli(rj, rj_home):
    rj_home.mkdir(parents=True, exist_ok=True)
    (rj_home / "config.yaml").write_text("pace: 42\neditor: nano\n")
    shown = rj("config", "show")
    assert shown.exit_code == 1
    assert "Fix it with `rj config set` or `rj config unset`" in shown.stderr
    assert rj("config", "unset", "pace").exit_code == 0
    assert json.loads(rj("config", "show", "--json").stdout)["editor"] == "nano"


def test_day_starts_at_takes_a_bare_hour(rj):
    assert rj("config", "set", "day_starts_at", "5").stderr.strip() == (
        "day_starts_at is now '05:00'."
    )


def test_an_unquoted_time_in_the_file_is_read_as_a_time(rj, rj_home):
    rj_home.mkdir(parents=True, exist_ok=True)
    (rj_home / "config.yaml").write_text("day_starts_at: 5:30\n")  # YAML 1.1 says 330
    assert json.loads(rj("config", "show", "--json").stdout)["day_starts_at"] == "05:30"


def test_every_setting_is_explained():
    from resilience_journal import config

    assert list(config.HELP) == config.keys()


def test_an_empty_db_path_is_refused(rj, rj_home):
    result = rj("--db", "", "list")
    assert result.exit_code == 1
    assert result.stderr.strip() == "--db needs the path of a journal file. Nothing was changed."


def test_bad_setting_says_nothing_changed(rj):
    result = rj("config", "set", "pace", "deeper")
    assert result.stderr.strip().endswith("Nothing was changed.")


@pytest.mark.parametrize(
    ("key", "given", "stored"),
    [
        ("rest_days_per_week", "0", 0),
        ("rest_days_per_week", "6", 6),
        ("resurface_entries", "yes", True),
        ("resurface_entries", "OFF", False),
        ("resurface_entries", "true", True),
    ],
)
def test_practice_settings(rj, key, given, stored):
    assert rj("config", "set", key, given).exit_code == 0
    assert json.loads(rj("config", "show", "--json").stdout)[key] == stored


@pytest.mark.parametrize(
    ("key", "given", "says"),
    [
        ("rest_days_per_week", "7", "rest_days_per_week is a whole number from 0 to 6"),
        ("rest_days_per_week", "-1", "rest_days_per_week is a whole number from 0 to 6"),
        ("resurface_entries", "maybe", "resurface_entries is on or off"),
    ],
)
def test_bad_practice_settings(rj, key, given, says):
    result = rj("config", "set", "--", key, given)
    assert result.exit_code == 1
    assert says in result.stderr and "Nothing was changed." in result.stderr
