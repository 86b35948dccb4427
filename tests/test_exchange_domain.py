"""Export and import below the CLI: the domain's rules called directly (exchange/), and the
words they say (messages/exchange.py). The CLI's own tests are in test_exchange.py."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from resilience_journal.errors import JournalError
from resilience_journal.exchange import importing
from resilience_journal.exchange.document import Day, Markdown
from resilience_journal.exchange.export import Selection, is_journal_file
from resilience_journal.exchange.importing.jrnl import jrnl_tag
from resilience_journal.exchange.importing.ours import Seen
from resilience_journal.exchange.importing.records import Plan, Record, items, noon
from resilience_journal.exchange.markdown import block, heading, one_line
from resilience_journal.exchange.sections import entry_section
from resilience_journal.messages import exchange as words
from resilience_journal.store import JournalStore

from .conftest import clock


@pytest.fixture
def store(tmp_path: Path):
    opened = JournalStore(tmp_path / "journal.db")
    yield opened
    opened.close()


def refused(call, *args) -> str:
    with pytest.raises(JournalError) as raised:
        call(*args)
    return raised.value.message


# what a file is --------------------------------------------------------------------------


def test_the_file_is_read_as_utf8_and_its_kind_found():
    assert importing.decode("\ufeff{}".encode(), "a.json") == "{}"  # a BOM is let go
    assert refused(importing.decode, b"caf\xe9", "a.json") == (
        "a.json is not UTF-8 text. Nothing was imported."
    )
    ours = '{"format": "resilience-journal", "version": 1}'
    assert importing.load(ours, None, "a.json")[0] == "json"
    jrnl = '{"tags": {}, "entries": [{"date": "2026-11-02", "time": "09:00"}]}'
    assert importing.load(jrnl, None, "b.json")[0] == "jrnl"
    assert refused(importing.load, jrnl, "json", "b.json") == (
        "b.json looks like a jrnl export, not a Resilience Journal export; try --from jrnl."
        " Nothing was imported."
    )
    assert refused(importing.load, '{"entries": [', None, "c.json") == (
        "c.json is not valid JSON (line 1, column 14). It may be cut short. Nothing was imported."
    )


def test_every_refusal_says_nothing_was_imported(store):
    for data in (
        [],
        {"format": "resilience-journal"},
        {"format": "resilience-journal", "version": 2},
    ):
        message = refused(importing.plan, "json", data, store, clock())
        assert message.endswith(" Nothing was imported."), message


# a record, field by field ----------------------------------------------------------------


def test_a_record_names_the_field_that_is_wrong_never_its_text():
    record = Record({"mood": 11, "body": "private words\nhere", "day": "2026-2-1"}, "entries[3]")
    assert refused(record.number, "mood", 0, 10) == (
        "entries[3].mood should be a whole number from 0 to 10. Nothing was imported."
    )
    message = refused(lambda: record.text("body", line=True))
    assert message == "entries[3].body should be a single line. Nothing was imported."
    assert refused(record.day) == (
        "entries[3].day should be a day written YYYY-MM-DD. Nothing was imported."
    )
    assert (
        refused(lambda: record.text("title")) == "entries[3] has no 'title'. Nothing was imported."
    )
    assert (
        refused(Record, [1], "wins[0]")
        == "wins[0] should be an object {...}. Nothing was imported."
    )
    assert refused(items, {"entries": {}}, "entries") == (
        "entries should be a list [...]. Nothing was imported."
    )


def test_a_record_keeps_what_it_can_read():
    record = Record({"title": "  ", "created_at": "2026-11-02T10:00:00+01:00"}, "entries[0]")
    assert record.text("title", optional=True) is None  # blank: left out
    assert record.stamp("created_at") == "2026-11-02T09:00:00+00:00"
    assert record.optional_day("by") is None
    assert record.items("milestones") == []
    # Without a uuid, one from what the record says: the same every time.
    assert record.uuid("entry\nsame") == Record({}, "x").uuid("entry\nsame")


def test_the_same_uuid_twice_is_refused_unless_the_record_made_it():
    seen = Seen()
    given = Record({"uuid": "u"}, "wins[1]")
    made = Record({}, "wins[2]")
    assert seen.once("u", given) == "u"
    assert seen.once("u", made) is None  # the same hand-made record twice: kept once
    assert refused(seen.once, "u", given) == (
        "wins[1].uuid appears twice in the file. Nothing was imported."
    )


def test_a_plan_counts_what_the_journal_already_has():
    plan = Plan()
    plan.keep(plan.entries, {"uuid": "a", "kind": "entry"}, {"b"}, "entries")
    plan.keep(plan.entries, {"uuid": "b", "kind": "review"}, {"b"}, "entries")
    assert [entry["uuid"] for entry in plan.entries] == ["a"]
    assert plan.already["reviews"] == 1 and plan.records == 1
    assert plan.added()["entries"] == 1
    plan.value_uuids["family"] = "v"
    assert plan.has_value("Family") and not plan.has_value("Health")
    assert Plan.tag_uuid("Sleep") == Plan.tag_uuid("sleep")


def test_a_day_without_a_time_is_noon_local_time():
    stamp = noon("2026-11-02")
    assert stamp.endswith("+00:00")  # kept in UTC, as every time is
    local = datetime.fromisoformat(stamp).astimezone()
    assert (local.date(), local.time()) == (date(2026, 11, 2), time(12))


def test_jrnl_tags_become_ours():
    assert jrnl_tag("@work") == "work"
    assert jrnl_tag("#self+care") == "self-care"
    assert jrnl_tag("@") is None


# export ----------------------------------------------------------------------------------


def test_a_selection_reads_days_and_kinds():
    chosen = Selection.between(date(2026, 11, 2), None, "review")
    assert (chosen.since, chosen.until, chosen.kinds, chosen.wins) == (
        "2026-11-02",
        None,
        ("review",),
        False,
    )
    assert (Selection().kinds, Selection().wins) == (("entry", "review"), True)
    assert Selection(kind="entry").kinds == ("entry",)  # check-ins come with the wins


def test_an_export_may_not_write_over_the_journal(tmp_path):
    journal = tmp_path / "journal.db"
    assert is_journal_file(tmp_path / "journal.db-wal", journal)
    assert is_journal_file(tmp_path / "." / "journal.db", journal)
    assert not is_journal_file(tmp_path / "journal.md", journal)


def test_a_persons_text_cannot_change_the_markdown_around_it():
    assert one_line("# not a heading\nsecond") == "\\# not a heading second"
    assert one_line("1. not a list") == "1\\. not a list"
    assert heading(2, "ends with #") == "## ends with \\#"
    assert block("```\nopen fence") == "```\nopen fence\n```"
    assert block("plain words") == "plain words"


def test_a_check_in_is_one_line():
    row = {
        "kind": "checkin",
        "day": "2026-11-02",
        "created_at": "2026-11-02T21:00:00+00:00",
        "distress": None,
    }
    assert entry_section(row, 3, None, time(4)).endswith("\n\nSkipped.\n")
    row["distress"] = 6
    assert entry_section(row, 3, None, time(4)).endswith("\n\nDistress 6/10.\n")


def test_a_day_is_a_heading_then_its_entries_and_wins():
    render = Markdown(lambda _: None, "monday", time(4))
    day = Day("2026-11-02", wins=[{"text": "Drank water", "values": ["Health"]}])
    assert "".join(render.day(day, 1, reviews=True)) == (
        "# Monday 2 November 2026\n\n## Small wins\n\n- Drank water · Health\n"
    )


# the words -------------------------------------------------------------------------------


def test_counts_are_plural_only_when_more_than_one():
    assert words.exported(1, "a.md") == "Exported 1 record to a.md (readable only by you)."
    added = dict.fromkeys(
        ("entries", "reviews", "wins", "values", "value_ratings", "goals", "experiments"), 0
    )
    added.update(entries=1, value_ratings=2)
    assert words.imported(added, {"wins": 1}, "a.json", dry_run=False) == (
        "Imported 1 entry and 2 value ratings from a.json; 1 was already here."
    )
    assert words.split_done(1, 0, 0, ["2026/2026-11-02.md"], "vault")[:2] == [
        "Wrote 1 day to vault.",
        "Left 1 file as it was: rj did not write it, or it was changed after rj wrote it. "
        "To have rj write it, move it aside and run this again:",
    ]
    assert words.tried_on(1, 1) == "Tried on 1 of 1 day."
