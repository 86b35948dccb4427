"""Beliefs, revisited (`rj belief`), and the worry sorter, through the real CLI on a real
journal file: noting, revisiting, listing, showing, removing, the JSON and markdown exports
and the import round trip, and the questions asked on a terminal."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import ok, rows, run_in_pty, unwrapped

NOW = "2026-11-25T21:30:00"  # a Wednesday evening


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    monkeypatch.setenv("RJ_NOW", NOW)


def at(day: str) -> dict[str, str]:
    return {"RJ_NOW": f"{day}T20:00:00"}


def shown(rj, number: int = 1) -> dict:
    return json.loads(ok(rj("belief", "show", str(number), "--json")))


@pytest.fixture
def fault(rj):
    """Belief 1, noted on 25 November under blame, 80 of 100, with a fairer wording."""
    ran = rj(
        "belief", "add", "it was my fault", "--theme", "blame", "--rating", "80",
        "--fairer", "I did what I could with what I knew",
    )  # fmt: skip
    assert ran.exit_code == 0, ran.output
    return ran


# noting ----------------------------------------------------------------------------------


def test_a_belief_is_noted_with_its_theme_rating_and_answers(rj, rj_home, fault):
    assert fault.stderr == (
        "Saved belief 1. `rj belief revisit 1` comes back to it, whenever you choose.\n"
    )
    found = shown(rj)
    assert (found["id"], found["theme"], found["wording"]) == (1, "blame", "it was my fault")
    (sitting,) = found["sittings"]
    assert sitting["rating"] == 80
    assert sitting["fairer"] == "I did what I could with what I knew"
    assert (sitting["then_possible"], sitting["someone_sees"]) == (None, None)
    assert sitting["day"] == "2026-11-25"
    assert len(rows(rj_home, "belief_sittings")) == 1


def test_without_a_terminal_nothing_is_asked_and_nothing_hangs(rj, rj_home):
    ran = rj("belief", "add", "nowhere", "is", "safe", input="")
    assert ran.exit_code == 0, ran.output
    assert "?" not in ran.stderr  # no question was asked
    found = shown(rj)
    assert (found["wording"], found["theme"], found["first_rating"]) == (
        "nowhere is safe",
        None,
        None,
    )


@pytest.mark.parametrize("typed", ["power and control", "control", "4", "Power  And Control"])
def test_power_and_control_is_found_however_it_is_typed(rj, typed):
    ok(rj("belief", "add", "I have no say", "--theme", typed))
    assert shown(rj)["theme"] == "control"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--theme", "anger"], "A theme is one of blame, safety, trust, control, esteem"),
        (["--rating", "101"], "How true it feels is a whole number from 0 to 100; got '101'."),
        (["--rating", "lots"], "How true it feels is a whole number from 0 to 100"),
    ],
)
def test_a_wrong_theme_or_rating_saves_nothing_and_says_why(rj, rj_home, args, said):
    ran = rj("belief", "add", "it was my fault", *args)
    assert ran.exit_code == 1
    assert said in ran.stderr
    assert "Nothing was saved" in ran.stderr
    assert rows(rj_home, "beliefs") == []


# revisiting --------------------------------------------------------------------------------


def test_each_revisit_is_kept_with_its_own_wording_rating_and_day(rj, rj_home, fault):
    first = rj("belief", "revisit", "1", "--rating", "55", env=at("2026-12-30"))
    assert first.stderr == "Saved this revisit of belief 1; it now has 2 sittings.\n"
    ok(
        rj(
            "belief", "revisit", "1", "--wording", "some of it was mine, not all",
            "--someone-sees", "a frightened kid", env=at("2027-01-20"),
        )
    )  # fmt: skip
    found = shown(rj)
    assert [s["day"] for s in found["sittings"]] == ["2026-11-25", "2026-12-30", "2027-01-20"]
    assert [s["rating"] for s in found["sittings"]] == [80, 55, None]
    assert [s["wording"] for s in found["sittings"]] == [
        "it was my fault",
        "it was my fault",
        "some of it was mine, not all",
    ]
    assert found["sittings"][2]["someone_sees"] == "a frightened kid"
    assert (found["first_rating"], found["latest_rating"]) == (80, None)
    assert found["wording"] == "some of it was mine, not all"


def test_show_reads_oldest_to_newest_as_then_and_now_never_a_verdict(rj, fault):
    ok(rj("belief", "revisit", "1", "--rating", "40", "--wording", "I was a child"))
    out = unwrapped(ok(rj("belief", "show", "1", env=at("2026-12-01"))))
    assert out.index("Then, Wed 25 Nov") < out.index("it was my fault") < out.index("Now, Wed 25")
    assert "how true it felt: 80 of 100" in out
    assert "how true it felt: 40 of 100" in out
    assert "A fairer wording" in out
    for judging in ("↓", "↑", "better", "worse", "improv", "progress", "distortion", "should"):
        assert judging not in out.lower()


def test_a_revisit_of_a_belief_that_is_not_there_says_so(rj, rj_home, fault):
    ran = rj("belief", "revisit", "3", "--rating", "5")
    assert ran.exit_code == 1
    assert "There is no belief 3. `rj belief list` shows the ids." in ran.stderr


# listing ---------------------------------------------------------------------------------


def test_list_shows_theme_first_and_latest_rating_and_last_looked_at(rj, fault):
    ok(rj("belief", "revisit", "1", "--rating", "60", env=at("2026-12-10")))
    ok(rj("belief", "add", "I can't trust anyone", "--theme", "trust", env=at("2026-12-10")))
    listing = rj("belief", env=at("2026-12-12"))  # `rj belief` alone lists them
    out = ok(listing)
    assert "it was my fault" in out and "I can't trust anyone" in out
    line = next(line for line in out.splitlines() if "my fault" in line)
    assert line.split()[-6:] == ["blame", "80", "60", "Thu", "10", "Dec"]
    assert listing.stderr == ""  # both looked at within four weeks: nothing suggested
    assert ok(rj("belief", "list", env=at("2026-12-12"))) == out


def test_a_belief_not_looked_at_in_four_weeks_is_offered_gently(rj, fault):
    ok(rj("belief", "add", "nowhere is safe", env=at("2026-12-20")))
    listing = rj("belief", "list", env=at("2026-12-23"))  # 28 days after 25 Nov
    assert unwrapped(listing.stderr) == (
        "It has been four weeks or more since you looked at belief 1. If you feel like it, "
        "`rj belief revisit 1` comes back to it; there is no hurry."
    )
    assert rj("belief", "list", env=at("2026-12-22")).stderr == ""


def test_list_json_has_ids_uuids_and_every_sitting(rj, fault):
    (found,) = json.loads(ok(rj("belief", "list", "--json")))
    assert found["id"] == 1 and len(found["uuid"]) == 36
    assert set(found) == {
        "id", "uuid", "created_at", "updated_at", "theme", "wording", "first_rating",
        "latest_rating", "last_seen", "sittings",
    }  # fmt: skip
    assert found["last_seen"] == "2026-11-25"


def test_nothing_yet_says_how_to_begin(rj):
    ok(rj("win", "made tea"))  # a journal, with no beliefs in it
    ran = rj("belief")
    assert ran.exit_code == 0
    assert ran.stdout == ""
    assert ran.stderr.startswith("No beliefs noted yet. `rj belief add")
    assert json.loads(ok(rj("belief", "list", "--json"))) == []


def test_user_text_is_never_read_as_markup(rj):
    ok(rj("belief", "add", "[bold]x[/bold] :fire:", "--rating", "3"))
    out = ok(rj("belief", "show", "1"))
    assert "[bold]x[/bold] :fire:" in out
    assert "[bold]x[/bold] :fire:" in ok(rj("belief", "list"))


# removing ------------------------------------------------------------------------------


def test_remove_needs_yes_without_a_terminal_then_deletes_for_good(rj, rj_home, fault):
    ok(rj("belief", "revisit", "1", "--rating", "50"))
    refused = rj("belief", "remove", "1")
    assert refused.exit_code == 1
    assert "Add --yes to remove it; nothing was changed." in refused.stderr
    assert len(rows(rj_home, "belief_sittings")) == 2
    done = rj("belief", "remove", "1", "--yes")
    assert done.stderr == "Belief 1 was deleted for good.\n"
    assert rows(rj_home, "beliefs") == [] and rows(rj_home, "belief_sittings") == []


# worries -----------------------------------------------------------------------------------


def test_a_worry_is_sorted_and_listed(rj, rj_home):
    ran = rj(
        "belief", "sort", "the rent next month", "--can", "call the housing office",
        "--cannot", "what the landlord decides", "--step", "ring them on Monday",
    )  # fmt: skip
    assert ran.stderr == "Saved worry 1. `rj belief sorts` lists the worries you have sorted.\n"
    out = unwrapped(ok(rj("belief", "sorts")))
    for said in (
        "the rent next month",
        "Can influence",
        "call the housing office",
        "Outside my hands",
        "what the landlord decides",
        "One small step",
        "ring them on Monday",
    ):
        assert said in out
    (worry,) = json.loads(ok(rj("belief", "sorts", "--json")))
    assert (worry["id"], worry["step"], worry["day"]) == (1, "ring them on Monday", "2026-11-25")
    assert len(worry["uuid"]) == 36


def test_no_worries_yet(rj):
    ok(rj("win", "made tea"))
    assert rj("belief", "sorts").stderr.startswith('`rj belief sort "the worry"`')


# exports ---------------------------------------------------------------------------------


def test_export_import_export_is_byte_identical(rj, rj_home, tmp_path, fault):
    ok(rj("belief", "revisit", "1", "--rating", "60", "--then", "I was nine", env=at("2026-12-30")))
    ok(rj("belief", "add", "nowhere is safe", "--theme", "safety"))
    ok(rj("belief", "sort", "the rent", "--can", "call them"))
    first = tmp_path / "first.json"
    ok(rj("export", "--format", "json", "-o", str(first)))
    data = json.loads(first.read_text(encoding="utf-8"))
    assert [b["theme"] for b in data["beliefs"]] == ["blame", "safety"]
    assert [s["rating"] for s in data["beliefs"][0]["sittings"]] == [80, 60]
    assert data["worries"][0]["can_influence"] == "call them"
    other = tmp_path / "other.db"
    imported = rj("--db", str(other), "import", str(first))
    assert imported.exit_code == 0, imported.output
    assert "2 beliefs and 1 worry sorted" in imported.stderr
    second = tmp_path / "second.json"
    ok(rj("--db", str(other), "export", "--format", "json", "-o", str(second)))
    assert second.read_bytes() == first.read_bytes()
    again = rj("--db", str(other), "import", str(first))
    assert "Imported nothing new" in again.stderr and "3 were already here" in again.stderr


def test_an_imported_belief_without_sittings_is_refused_by_name(rj, rj_home, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"format": "resilience-journal", "version": 1, "beliefs": [{"theme": "x"}]}),
        encoding="utf-8",
    )
    ran = rj("import", str(bad))
    assert ran.exit_code == 1
    assert "beliefs[0].theme" in ran.stderr
    assert rows(rj_home, "beliefs") == []


def test_the_markdown_export_has_the_beliefs_and_worries(rj, fault):
    ok(rj("belief", "revisit", "1", "--rating", "60", "--wording", "some of it was mine"))
    ok(rj("belief", "sort", "the rent", "--step", "ring on Monday"))
    out = ok(rj("export"))
    beliefs = out[out.index("## Beliefs") :]
    assert "### some of it was mine" in beliefs
    assert "Theme: blame" in beliefs
    assert "how true it felt: 80 of 100: it was my fault" in beliefs
    assert "  - A fairer wording: I did what I could with what I knew" in beliefs
    assert "how true it felt: 60 of 100: some of it was mine" in beliefs
    assert "## Worries sorted" in out and "- One small step: ring on Monday" in out


# at a terminal -----------------------------------------------------------------------------


def test_add_at_a_terminal_offers_themes_rating_and_questions_each_skippable(rj, rj_home, pty_env):
    ran = run_in_pty(
        ["belief", "add", "it was my fault"],
        env=pty_env,
        keys=[
            "closeness", b"7\n",  # not a theme: asked again
            "from 1 to 6", b"1\n",
            "How true", b"85\n",
            "goes back to", b"I was nine and alone\n",
            "Picture someone", b"\n",  # skipped
            "fairer", b"I did what a nine-year-old could\n",
        ],
    )  # fmt: skip
    assert ran.exit_code == 0, ran.output
    screen = unwrapped(ran.output)
    assert "Enter skips one; Ctrl-D or Ctrl-C stops and keeps what you have written" in screen
    assert "Saved belief 1." in screen
    assert "take a slow breath" in screen  # a way to land, after
    (sitting,) = shown(rj)["sittings"]
    assert shown(rj)["theme"] == "blame"
    assert sitting["rating"] == 85
    assert sitting["then_possible"] == "I was nine and alone"
    assert sitting["someone_sees"] is None
    assert sitting["fairer"] == "I did what a nine-year-old could"


def test_ctrl_c_at_a_terminal_keeps_what_was_typed(rj, rj_home, pty_env):
    ran = run_in_pty(
        ["belief", "add", "nowhere is safe", "--theme", "safety"],
        env=pty_env,
        keys=["How true", b"70\n", "goes back to", 0.3, b"\x03"],
    )
    assert ran.exit_code == 0, ran.output
    assert "Saved belief 1." in ran.output
    found = shown(rj)
    assert (found["theme"], found["first_rating"]) == ("safety", 70)


@pytest.mark.parametrize("columns", ["80", "60"])
def test_revisit_at_a_terminal_shows_the_earlier_wordings_first(rj, pty_env, fault, columns):
    pty_env.update(COLUMNS=columns, RJ_NOW="2026-12-30T20:00:00")
    ran = run_in_pty(
        ["belief", "revisit", "1"],
        env=pty_env,
        keys=[
            "goes back to", b"\n", "Picture someone", b"\n", "fairer", b"\n",
            "How true", b"50\n", "(Enter keeps it)", b"some of it was mine\n",
        ],
    )  # fmt: skip
    assert ran.exit_code == 0, ran.output
    screen = ran.output
    assert screen.index("Wed 25 Nov · 80 of 100  it was my fault") < screen.index("goes back to")
    # what rj prints fits (what the person types is the terminal's to wrap)
    # (the terminal may echo them before the space that ends the question)
    ours = re.sub(r" ?(50|some of it was mine)\n", "\n", screen)
    assert all(len(line.rstrip()) <= int(columns) for line in ours.splitlines()), ours
    assert "Saved this revisit of belief 1; it now has 2 sittings." in unwrapped(screen)
    assert shown(rj)["sittings"][1] | {"uuid": "", "created_at": ""} == {
        "uuid": "", "created_at": "", "day": "2026-12-30", "wording": "some of it was mine",
        "rating": 50, "then_possible": None, "someone_sees": None, "fairer": None,
    }  # fmt: skip


def test_a_revisit_with_nothing_given_saves_no_empty_sitting(rj):
    assert rj("belief", "add", "nowhere is safe", "--rating", "70").exit_code == 0
    ran = rj("belief", "revisit", "1")  # no terminal, no options: nothing to keep
    assert ran.exit_code == 1
    assert "Nothing was given this time, so nothing was saved: belief 1 is as it was." in (
        " ".join(ran.output.split())
    )
    assert len(shown(rj)["sittings"]) == 1
