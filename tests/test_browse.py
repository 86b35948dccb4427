"""list, show, search and today through the real CLI."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ON_SCREEN, listed


@pytest.fixture
def journal(rj):
    writes = [
        ("The storm took the fence.", "--date", "2026-11-01", "--tag", "home", "--mood", "3"),
        ("Called my sister; we laughed.", "--date", "2026-11-05", "--tag", "family"),
        ("Walking helped the panic settle.", "--date", "2026-11-10", "--tag", "walks"),
        ("Walked again, slower.", "--date", "2026-11-10", "--tag", "Walks", "--tag", "home"),
        ("Quiet day.", "--date", "2026-11-12"),
    ]
    for args in writes:
        assert rj("write", *args).exit_code == 0


def test_list_is_newest_first(rj, journal):
    bodies = [entry["body"] for entry in listed(rj)]
    assert bodies == [
        "Quiet day.",
        "Walked again, slower.",  # same day: the later one first
        "Walking helped the panic settle.",
        "Called my sister; we laughed.",
        "The storm took the fence.",
    ]


def test_list_json_has_stable_keys(rj, journal):
    entry = listed(rj, "-n", "1")[0]
    assert list(entry) == [
        "id",
        "uuid",
        "day",
        "created_at",
        "updated_at",
        "kind",
        "title",
        "body",
        "mood",
        "tags",
        "values",
        "prompt_id",
        "review_week",
        "deleted_at",
    ]
    assert entry["created_at"].endswith("+00:00")


def test_list_filters(rj, journal):
    assert len(listed(rj, "-n", "2")) == 2
    assert [e["day"] for e in listed(rj, "--since", "2026-11-10")] == [
        "2026-11-12",
        "2026-11-10",
        "2026-11-10",
    ]
    assert [e["day"] for e in listed(rj, "--until", "nov 5")] == ["2026-11-05", "2026-11-01"]
    tagged = listed(rj, "--tag", "WALKS")  # tags match whatever their case
    assert [e["body"] for e in tagged] == [
        "Walked again, slower.",
        "Walking helped the panic settle.",
    ]
    assert tagged[0]["tags"] == ["home", "walks"]  # one tag, spelled as first written
    assert listed(rj, "--tag", "nothing-like-this") == []


def test_list_on_screen_shows_a_table_and_how_to_see_more(rj, journal):
    result = rj("list", "-n", "2", env=ON_SCREEN)
    assert result.exit_code == 0
    assert "Quiet day." in result.stdout
    assert "Walked again, slower." in result.stdout
    assert "The storm" not in result.stdout
    assert "Showing 2 of 5. Use -n to see more." in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-n", "0"], "-n takes a whole number of 1 or more; got '0'."),
        (["-n", "lots"], "-n takes a whole number of 1 or more; got 'lots'."),
        (["--since", "someday"], "That date could not be read: 'someday'."),
        (["--until", "nov 31"], "That date could not be read: 'nov 31'."),
        (["--since", "2026-11-10", "--until", "2026-11-01"], "--since (2026-11-10) is after"),
        (["--tag", "a b"], "A tag is one word"),
    ],
)
def test_list_bad_input(rj, journal, args, message):
    result = rj("list", *args)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert message in result.stderr
    assert result.stdout == ""


def test_empty_journal_lists_kindly(rj, rj_home):
    newcomer = rj("list")  # no journal yet: where rj looked, and how to start one
    assert newcomer.exit_code == 1
    assert newcomer.stdout == ""
    assert newcomer.stderr == (
        f"There is no journal at {rj_home / 'journal.db'} yet. If RJ_HOME names the right "
        "folder, `rj write` starts one there.\n"
    )
    assert not (rj_home / "journal.db").exists()
    assert rj("today").exit_code == 0  # a journal opened, nothing in it yet
    result = rj("list")
    assert result.exit_code == 0
    assert result.stdout == ""  # on stderr, to a terminal and a pipe alike
    assert "No entries yet. `rj write` starts one, whenever you are ready." in result.stderr
    assert listed(rj) == []
    rj("write", "one")
    filtered = rj("list", "--tag", "nothing", env=ON_SCREEN)
    assert "No entries match that. `rj list` with no filters shows them all." in filtered.stderr


def test_show_one_entry_in_a_panel(rj, journal):
    result = rj("show", "#2", env=ON_SCREEN)
    assert result.exit_code == 0
    out = result.stdout
    assert "Called my sister; we laughed." in out
    assert "Thursday 5 November 2026" in out
    assert "tags: family" in out
    assert out.splitlines()[0].startswith("╭")
    data = json.loads(rj("show", "2", "--json").stdout)
    assert data["id"] == 2 and data["tags"] == ["family"]


@pytest.mark.parametrize(
    ("entry_id", "message"),
    [
        ("99", "There is no entry 99. `rj list` shows the ids."),
        ("abc", "An entry id is a number, like 12; got 'abc'."),
    ],
)
def test_show_unknown_or_bad_id(rj, journal, entry_id, message):
    result = rj("show", entry_id)
    assert result.exit_code == 1
    assert result.stderr.strip() == message


def test_search_finds_words_with_stemming_and_highlights(rj, journal):
    hits = json.loads(rj("search", "walk", "--json").stdout)
    assert {hit["id"] for hit in hits} == {3, 4}  # walking, walked: porter stemming
    hit = next(h for h in hits if h["id"] == 3)
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "Walking"
    screen = rj("search", "walk", env=ON_SCREEN).stdout
    assert "Walking helped the panic settle." in screen
    assert "#3" in screen


def test_search_needs_every_word_and_takes_prefixes(rj, journal):
    ids = lambda *q: [h["id"] for h in json.loads(rj("search", *q, "--json").stdout)]  # noqa: E731
    assert ids("sister", "laughed") == [2]
    assert ids("sister", "storm") == []
    assert ids("sist*") == [2]


def test_search_shows_the_stretch_around_the_matches_of_a_long_entry(rj, journal):
    before = " ".join(f"early{i}" for i in range(300))
    after = " ".join(f"late{i}" for i in range(300))
    body = f"{before} the kettle sang and I breathed out slowly {after}"
    assert rj("write", body).exit_code == 0
    hit = json.loads(rj("search", "kettle", "breathed", "--json").stdout)[0]
    assert hit["snippet"].startswith("…") and hit["snippet"].endswith("…")
    assert "the kettle sang and I breathed out slowly" in hit["snippet"]
    assert len(hit["snippet"].split()) == 16
    assert [hit["snippet"][a:b] for a, b in hit["highlights"]] == ["kettle", "breathed"]
    phrase = json.loads(rj("search", '"kettle sang"', "--json").stdout)[0]
    assert [phrase["snippet"][a:b] for a, b in phrase["highlights"]] == ["kettle sang"]
    screen = rj("search", "kettle").stdout
    assert "…early" in screen and "kettle sang" in screen


def test_search_snippet_of_text_with_few_spaces_stays_short(rj, journal):
    body = "https://example.org/" + "a/" * 400 + "lighthouse/" + "b/" * 400
    assert rj("write", body).exit_code == 0
    hit = json.loads(rj("search", "lighthouse", "--json").stdout)[0]
    assert len(hit["snippet"]) <= 202  # 200 characters and the two '…'
    assert hit["snippet"].startswith("…") and hit["snippet"].endswith("…")
    assert [hit["snippet"][a:b] for a, b in hit["highlights"]] == ["lighthouse"]


def test_search_in_an_entry_full_of_matches_shows_its_first_words(rj, journal):
    """An entry made of matches (SQLite's snippet() took 15 s on a 1,000,000-character one;
    benchmarks/ times that case): the window is the first 16 words, every match marked."""
    assert rj("write", " ".join(["calm sister word"] * 20_000)).exit_code == 0
    hit = json.loads(rj("search", "calm", "--json").stdout)[0]
    assert hit["snippet"].startswith("calm sister word") and hit["snippet"].endswith("…")
    assert len(hit["highlights"]) == 6


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "NEAR(", "col:umn", "x-", '"sister'])
def test_search_syntax_is_taken_literally(rj, journal, query):
    result = rj("search", "--json", "--", query)
    assert result.exit_code == 0, result.output
    ids = [hit["id"] for hit in json.loads(result.stdout)]
    assert ids == ([2] if "sister" in query else [])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["***"], "Search for at least one word."),
        (["  "], "Search for at least one word."),
        (["walk", "-n", "0"], "-n takes a whole number of 1 or more; got '0'."),
        (["walk", "-n", "²"], "-n takes a whole number of 1 or more; got '²'."),
    ],
)
def test_search_bad_input(rj, journal, args, message):
    result = rj("search", *args)
    assert result.exit_code == 1
    assert result.stderr.strip() == message


def test_search_skips_the_trash(rj, journal):
    assert rj("delete", "2").exit_code == 0
    assert json.loads(rj("search", "sister", "--json").stdout) == []


def test_today_shows_todays_entries_and_ways_to_write(rj):
    empty = rj("today")
    assert empty.exit_code == 0
    assert "Nothing written yet today. Whenever you are ready, or not at all." in empty.stdout
    assert "rj write" in empty.stdout
    rj("write", "Made tea and sat outside.", "--mood", "5")
    rj("write", "An older one", "--date", "yesterday")
    screen = rj("today").stdout
    assert "Today you wrote one entry." in screen
    assert "Made tea and sat outside." in screen
    assert "An older one" not in screen
    data = json.loads(rj("today", "--json").stdout)
    assert [e["body"] for e in data["entries"]] == ["Made tea and sat outside."]


@pytest.mark.parametrize("width", ["60", "80", "100"])
def test_ids_and_days_always_show_in_full(rj, width):
    rj("write", "a very long first line " * 12, "--tag", "family", "--mood", "4")
    rj("write", "short")
    out = rj("list", env={**ON_SCREEN, "COLUMNS": width}).stdout
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["id", "day", "time"]
    assert any(
        line.split()[:4] == ["1", "Sun", "22", "Nov"] or line.lstrip().startswith("1 ")
        for line in lines[2:]
    )
    assert all(len(line) <= int(width) for line in lines)
    for line in lines[2:]:
        day = line.split()[1:5]
        assert len(day) == 4 and day[3].isdigit(), line  # "Sun 22 Nov 2026", never cut


def test_edit_options_change_or_clear_fields_without_an_editor(rj):
    rj("write", "body", "--title", "Old", "--mood", "3", "--tag", "a")
    assert rj("edit", "1", "--title", "New", "--tag", "b", "--tag", "c").exit_code == 0
    entry = listed(rj)[0]
    assert (entry["title"], entry["tags"], entry["mood"]) == ("New", ["b", "c"], 3)
    assert rj("edit", "1", "--title", "", "--mood", "none").stderr.strip() == "Updated entry 1."
    entry = listed(rj)[0]
    assert (entry["title"], entry["mood"], entry["body"]) == (None, None, "body")
    assert rj("edit", "1", "--mood", "none").stderr.strip() == "No changes; entry 1 is as it was."
    bad = rj("edit", "1", "--mood", "12")
    assert (
        bad.exit_code == 1 and "Mood is a whole number from 0 (lowest) to 10 (best)" in bad.stderr
    )


def test_edit_without_options_needs_a_terminal(rj):
    rj("write", "body")
    result = rj("edit", "1")
    assert result.exit_code == 1
    assert "`rj edit` opens your editor, so it needs a terminal." in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "tomorow"], "That date could not be read: 'tomorow'."),
        (["--date", "next week"], "That date could not be read"),
        (["--tag", "a b"], "A tag is one word"),
        (["--title", "a\nb"], "A title is a single line."),
        (["--prompt", "with space"], "A prompt id is a short name"),
        (["--mood", "eleven"], "Mood is a whole number from 0 (lowest) to 10 (best)"),
    ],
)
def test_edit_bad_options_change_nothing(rj, entries, args, message):
    rj("write", "body", "--title", "Kept", "--mood", "3")
    before = entries()
    result = rj("edit", "1", *args)
    assert result.exit_code == 1
    assert message in result.stderr
    assert result.stderr.strip().endswith("Nothing was changed.")
    assert entries() == before


def test_edit_no_tags_removes_them(rj):
    rj("write", "body", "--tag", "a", "--tag", "b")
    assert rj("edit", "1", "--no-tags").stderr.strip() == "Updated entry 1."
    assert listed(rj)[0]["tags"] == []


def test_empty_trash_json_and_only_what_was_listed(rj):
    rj("write", "one")
    rj("delete", "1")
    result = rj("trash", "--empty", "--yes", "--json")
    assert json.loads(result.stdout) == {"destroyed": 1, "overwritten": True}


def test_read_commands_do_not_create_a_journal_for_a_mistyped_db(rj, tmp_path):
    for command in (["today"], ["list"], ["search", "x"], ["show", "1"], ["trash"]):
        result = rj("--db", str(tmp_path / "typo.db"), *command)
        assert result.exit_code == 1
        assert "There is no journal at" in result.stderr
    assert not (tmp_path / "typo.db").exists()


def test_a_refused_change_is_reported_plainly(rj, rj_home, entries):
    import sqlite3

    rj("write", "keep")
    conn = sqlite3.connect(rj_home / "journal.db")
    conn.execute("CREATE TRIGGER t BEFORE UPDATE ON entries BEGIN SELECT RAISE(ABORT, 'no'); END")
    conn.commit()
    conn.close()
    result = rj("delete", "1")
    assert result.exit_code == 1
    assert result.stderr.strip() == "The journal could not do that (no). Nothing was changed."
    assert entries()[0]["deleted_at"] is None
