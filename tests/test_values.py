"""Values through the real CLI: choosing, naming, archiving, rating, and linking entries."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.conftest import run_in_pty


def values_json(rj, *args: str) -> list[dict]:
    result = rj("values", "list", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def table(rj_home, name: str) -> list[dict]:
    conn = sqlite3.connect(rj_home / "journal.db")
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(f"SELECT * FROM {name} ORDER BY rowid")]
    finally:
        conn.close()


def test_add_and_list_values(rj):
    added = rj("values", "add", "honesty", "--description", "being truthful with myself")
    assert added.exit_code == 0
    assert added.stderr == "Added 'honesty' to your values.\n"
    rj("values", "add", "  being   present ")
    listed = values_json(rj)
    assert [(v["name"], v["description"]) for v in listed] == [
        ("honesty", "being truthful with myself"),
        ("being present", None),
    ]
    assert list(listed[0]) == [
        "id",
        "uuid",
        "created_at",
        "name",
        "description",
        "archived_at",
        "latest_rating",
    ]
    shown = rj("values", "list").stdout
    assert "being truthful with myself" in shown and "not rated yet" in shown
    assert rj("values").stdout == shown  # with values, plain `rj values` lists them


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("HONESTY", "'honesty' is already one of your values."),
        ("", "A value needs a name"),
        ("x" * 41, "A value's name can be up to 40 characters, not 41."),
        ("#hash", "A value's name is a word or a few"),
        ("42", "A value's name is a word or a few"),
    ],
)
def test_bad_value_names(rj, rj_home, name, says):
    rj("values", "add", "honesty")
    result = rj("values", "add", name)
    assert result.exit_code == 1
    assert says in result.stderr
    assert [v["name"] for v in table(rj_home, "journal_values")] == ["honesty"]


def test_rename_keeps_links(rj):
    rj("values", "add", "health")
    rj("win", "walked", "--value", "health")
    renamed = rj("values", "rename", "HEALTH", "body and mind")
    assert renamed.exit_code == 0
    assert renamed.stderr == (
        "Renamed 'health' to 'body and mind'; entries and wins linked to it follow.\n"
    )
    assert json.loads(rj("wins", "--json").stdout)[0]["values"] == ["body and mind"]
    assert rj("values", "rename", "body and mind", "Body And Mind").exit_code == 0  # case only


def test_rename_errors(rj):
    rj("values", "add", "health")
    rj("values", "add", "rest")
    clash = rj("values", "rename", "health", "REST")
    assert clash.exit_code == 1
    assert clash.stderr == "'rest' is already a value; pick another name.\n"
    missing = rj("values", "rename", "joy", "play")
    assert missing.exit_code == 1
    assert missing.stderr.startswith("There is no value 'joy'. Your values: health, rest.")
    assert [v["name"] for v in values_json(rj)] == ["health", "rest"]


def test_archive_keeps_history_and_add_brings_it_back(rj):
    rj("values", "add", "family", "--description", "the people I call family")
    rj("win", "called mum", "--value", "family")
    rj("values", "rate", "--value", "family", "--importance", "9", "--consistency", "5")
    archived = rj("values", "archive", "Family")
    assert archived.exit_code == 0
    assert archived.stderr == (
        "Archived 'family': it rests, and its history is kept. `rj values add family` brings it "
        "back.\n"
    )
    assert values_json(rj) == []
    assert [v["name"] for v in values_json(rj, "--all")] == ["family"]
    assert json.loads(rj("wins", "--json").stdout)[0]["values"] == ["family"]
    used = rj("win", "visited", "--value", "family")
    assert used.exit_code == 1
    assert used.stderr == (
        "'family' is archived. `rj values add family` brings it back. Nothing was saved.\n"
    )
    # an archived value still filters its history
    assert len(json.loads(rj("wins", "--json", "--value", "family").stdout)) == 1
    back = rj("values", "add", "FAMILY")
    assert back.stderr == "'family' is one of your values again; its history was kept.\n"
    (value,) = values_json(rj)
    assert value["description"] == "the people I call family"
    assert value["latest_rating"] == {
        "day": value["latest_rating"]["day"],
        "importance": 9,
        "consistency": 5,
    }


def test_archiving_an_unknown_value(rj):
    assert rj("today").exit_code == 0  # a journal opened, nothing in it yet
    result = rj("values", "archive", "joy")
    assert result.exit_code == 1
    assert result.stderr == (
        "There is no value 'joy' yet. `rj values` helps you choose some, or "
        "`rj values add joy` adds it.\n"
    )


def test_first_use_off_a_terminal_lists_starters(rj):
    result = rj("values")
    assert result.exit_code == 0
    assert "compassion" in result.stderr and "creativity" in result.stderr
    assert "`rj values add NAME` adds one of these" in result.stderr
    assert result.stdout == ""
    assert values_json(rj) == []


def test_the_starter_values_hold_faith_community_justice_heritage_and_respect(rj):
    shown = " ".join(rj("values").stderr.split())
    for name in ("faith", "community", "justice", "heritage", "respect"):
        assert f" {name} " in shown, name
    assert "spirituality" in shown and "belonging" in shown
    # safety is something a person does where they can, not a feeling others can take away
    assert "safety protecting my safety where I can" in shown
    assert "feeling safe" not in shown


def test_values_show_ratings_in_words_not_numbers(rj):
    rj("values", "add", "rest")
    rj("values", "add", "play")
    rj("values", "rate", "--value", "rest", "--importance", "10", "--consistency", "2")
    shown = " ".join(rj("values").stdout.split())
    assert "matters a great deal · has had little room lately" in shown
    assert "not rated yet" in shown
    for said in ("importance", "consistency", "/10", "VLQ"):
        assert said not in shown, said
    assert values_json(rj)[0]["latest_rating"]["importance"] == 10  # numbers for scripts


def test_first_use_on_a_terminal_offers_starters(pty_env, rj_home):
    result = run_in_pty(
        ["values"],
        env=pty_env,
        keys=[
            "Enter skips.",
            b"1, 4 7,being present, 99\n",
            "There is no number 99",
            b"1, 4 7, being present\n",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Added compassion, autonomy, growth and being present." in result.output
    names = [row["name"] for row in table(rj_home, "journal_values")]
    assert names == ["compassion", "autonomy", "growth", "being present"]
    descriptions = [row["description"] for row in table(rj_home, "journal_values")]
    assert descriptions[0] == "being kind, to others and to myself"
    assert descriptions[3] is None


def test_first_use_can_be_skipped(pty_env, rj_home):
    result = run_in_pty(["values"], env=pty_env, keys=["Enter skips.", b"\n"])
    assert result.exit_code == 0
    assert "No values added." in result.output


# rating ----------------------------------------------------------------------------


def test_rate_from_a_script(rj, rj_home):
    rj("values", "add", "courage")
    result = rj("values", "rate", "--value", "Courage", "--importance", "8", "--consistency", "3")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "Kept for courage: matters a lot · has had little room lately.\n"
    )  # in words, never a number out of ten
    rj("values", "rate", "--value", "courage", "--importance", "8", "--consistency", "6")
    kept = table(rj_home, "value_ratings")
    assert [(r["importance"], r["consistency"]) for r in kept] == [(8, 3), (8, 6)]
    assert all(r["day"] and r["rated_at"].endswith("+00:00") for r in kept)
    assert values_json(rj)[0]["latest_rating"]["consistency"] == 6


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--importance", "11", "--consistency", "3"], "Importance is a whole number from 1 to 10"),
        (["--importance", "0", "--consistency", "3"], "Importance is a whole number from 1 to 10"),
        (["--importance", "8", "--consistency", "a"], "Consistency is a whole number from 1 to 10"),
        (["--importance", "8"], "give --value, --importance and --consistency together"),
    ],
)
def test_bad_ratings_are_refused(rj, rj_home, args, says):
    rj("values", "add", "courage")
    result = rj("values", "rate", "--value", "courage", *args)
    assert result.exit_code == 1
    assert says in result.stderr and "Nothing was saved." in result.stderr
    assert table(rj_home, "value_ratings") == []


def test_rating_an_unknown_value(rj, rj_home):
    rj("values", "add", "courage")
    result = rj("values", "rate", "--value", "joy", "--importance", "5", "--consistency", "5")
    assert result.exit_code == 1
    assert result.stderr.startswith("There is no value 'joy'. Your values: courage.")
    assert table(rj_home, "value_ratings") == []


def test_rate_needs_a_terminal_or_options(rj):
    assert rj("today").exit_code == 0  # a journal opened, nothing in it yet
    assert rj("values", "rate").stderr.startswith("You have no values yet.")
    rj("values", "add", "courage")
    result = rj("values", "rate")
    assert result.exit_code == 1
    assert "asks its questions on a terminal" in result.stderr


def test_rate_on_a_terminal(pty_env, rj_home, rj):
    rj("values", "add", "honesty")
    rj("values", "add", "rest")
    rj("values", "add", "play")
    result = run_in_pty(
        ["values", "rate"],
        env=pty_env,
        keys=[
            "How much does it matter to you? (1-10)",
            b"12\n",
            "A whole number from 1 to 10",
            b"9\n",
            "How much room has it had in your days this past week? (1-10)",
            b"4\n",
            "rest",
            "How much does it",
            b"\n",  # skipped
            "play",
            "How much does it",
            b"6\n",
            "this past week?",
            b"7\n",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Kept 2 ratings. `rj alignment` shows them beside what you did." in result.output
    assert "Valued Living" not in result.output and "consistently" not in result.output
    kept = table(rj_home, "value_ratings")
    assert [(r["value_id"], r["importance"], r["consistency"]) for r in kept] == [
        (1, 9, 4),
        (3, 6, 7),
    ]


def test_stopping_a_rating_keeps_what_was_answered(pty_env, rj_home, rj):
    rj("values", "add", "honesty")
    rj("values", "add", "rest")
    result = run_in_pty(
        ["values", "rate"],
        env=pty_env,
        keys=[
            "How much does it",
            b"9\n",
            "past week? (1-10)",
            b"4\n",
            "rest",
            "How much does it",
            0.2,
            b"\x03",
        ],
    )
    assert result.exit_code == 130
    assert "Stopped. Kept 1 rating." in result.output
    assert len(table(rj_home, "value_ratings")) == 1


# linking entries ---------------------------------------------------------------------


def test_write_and_edit_with_values(rj):
    rj("values", "add", "courage")
    rj("values", "add", "rest")
    assert rj("write", "I asked for help", "--value", "courage").exit_code == 0
    (entry,) = json.loads(rj("list", "--json").stdout)
    assert entry["values"] == ["courage"]
    assert "values: courage" in rj("show", "1").stdout
    assert rj("edit", "1", "--value", "rest", "--value", "Courage").stderr == "Updated entry 1.\n"
    assert json.loads(rj("show", "1", "--json").stdout)["values"] == ["courage", "rest"]
    assert rj("edit", "1", "--no-values").exit_code == 0
    assert json.loads(rj("show", "1", "--json").stdout)["values"] == []


def test_write_with_an_unknown_value_saves_nothing(rj, entries):
    rj("values", "add", "courage")
    result = rj("write", "text", "--value", "curage")
    assert result.exit_code == 1
    assert result.stderr == (
        "There is no value 'curage'. Your values: courage. `rj values add curage` adds it. "
        "Nothing was saved.\n"
    )
    assert entries() == []
    rj("write", "kept")
    changed = rj("edit", "1", "--value", "curage")
    assert changed.exit_code == 1 and "Nothing was changed." in changed.stderr


def test_write_at_the_terminal_offers_values(pty_env, rj, editor):
    rj("values", "add", "courage")
    rj("values", "add", "connection")
    pty_env["EDITOR"] = editor("I told her how I felt.\n")
    result = run_in_pty(
        ["write"],
        env=pty_env,
        keys=[
            "Did this touch any of your values?",
            b"2, bogus\n",
            "Numbers from the list",
            b"2 courage\n",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "1 courage  2 connection" in result.output
    assert "Linked entry 1 to connection and courage." in result.output
    assert json.loads(rj("show", "1", "--json").stdout)["values"] == ["connection", "courage"]


def test_the_values_question_can_be_skipped(pty_env, rj, editor):
    rj("values", "add", "courage")
    pty_env["EDITOR"] = editor("Quiet day.\n")
    result = run_in_pty(["write"], env=pty_env, keys=["your values?", b"\n"])
    assert result.exit_code == 0
    assert "Saved entry 1" in result.output and "Linked" not in result.output
    assert json.loads(rj("show", "1", "--json").stdout)["values"] == []


def test_no_values_question_without_values_or_with_value_given(pty_env, rj, editor):
    pty_env["EDITOR"] = editor("Quiet day.\n")
    result = run_in_pty(["write"], env=pty_env)
    assert result.exit_code == 0 and "your values?" not in result.output
    rj("values", "add", "rest")
    result = run_in_pty(["write", "--value", "rest"], env=pty_env)
    assert result.exit_code == 0 and "your values?" not in result.output
    assert json.loads(rj("show", "2", "--json").stdout)["values"] == ["rest"]


def test_reading_values_never_creates_a_journal_at_a_mistyped_path(rj, tmp_path):
    typo = tmp_path / "jounral.db"
    for args in (
        ["values"],
        ["values", "list"],
        ["values", "rate", "--value", "x", "--importance", "1", "--consistency", "1"],
    ):
        result = rj("--db", str(typo), *args)
        assert result.exit_code == 1, args
        assert f"There is no journal at {typo}." in result.stderr
    assert not typo.exists()


def test_an_archived_name_is_named_as_archived(rj):
    rj("values", "add", "being present")
    assert (
        "`rj values add 'being present'` brings it back."
        in rj("values", "archive", "being present").stderr
    )
    rj("values", "add", "rest")
    onto_archived = rj("values", "rename", "rest", "being present")
    assert onto_archived.exit_code == 1
    assert onto_archived.stderr == (
        "'being present' is one of your archived values; pick another name, or `rj values add "
        "'being present'` brings it back.\n"
    )
