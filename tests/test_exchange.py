"""rj export and rj import: through the real CLI, on real SQLite files."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt

from tests.conftest import ROOT, listed, run_in_pty

JRNL = ROOT / "tests" / "data" / "jrnl-4.6-export.json"  # made by jrnl 4.6 (../shared/data)
UUID = "00000000-0000-4000-8000-{:012d}"


def entry(n: int, day: str, body: str = "Walked to the river.", **more) -> dict:
    return {
        "uuid": UUID.format(n),
        "day": day,
        "created_at": f"{day}T09:{n % 60:02d}:00+00:00",
        "body": body,
        **more,
    }


def document(*entries: dict, **more) -> dict:
    return {"format": "resilience-journal", "version": 1, "entries": list(entries), **more}


def write_json(path: Path, data) -> str:
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def headings(text: str) -> list[tuple[int, str]]:
    """(level, text) of every heading a CommonMark parser sees."""
    tokens = MarkdownIt("commonmark").parse(text)
    return [
        (int(tok.tag[1]), "".join(child.content for child in tokens[i + 1].children or ()))
        for i, tok in enumerate(tokens)
        if tok.type == "heading_open"
    ]


def count_rows(home: Path, table: str = "entries") -> int:
    db = home / "journal.db"
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# import: jrnl ---------------------------------------------------------------------------------


def test_jrnl_sample_imports_with_tags_star_day_and_time(rj, rj_home):
    result = rj("import", str(JRNL))
    assert result.exit_code == 0, result.output
    assert "Imported 8 entries from" in result.stderr
    assert result.stdout == ""
    found = {e["title"]: e for e in listed(rj)}
    assert len(found) == 8
    evening = found["A hard evening."]
    assert evening["day"] == "2026-10-04"
    assert evening["body"].startswith("The anniversary is next week")
    assert evening["tags"] == ["coping", "family"]
    starred = found["Starred morning — slept six hours."]
    assert starred["tags"] == ["sleep", "starred"]
    assert (
        "starred"
        not in found["Starred test entry * with [bold]brackets[/bold] and a stray [/] close."][
            "tags"
        ]
    )
    assert "Ünïcödé check — café, naïve, 日本語, emoji 🌱." in found
    sample = json.loads(JRNL.read_text(encoding="utf-8"))["entries"]
    for jrnl_entry in sample:  # every title and body exactly as jrnl had them
        assert found[jrnl_entry["title"]]["body"] == jrnl_entry["body"]
    # The time of day is kept (the test machine's local time zone, as jrnl's times are local).
    show = rj("show", str(evening["id"]))
    assert "21:40" in show.stdout


def test_importing_twice_adds_nothing(rj, rj_home):
    assert rj("import", str(JRNL)).exit_code == 0
    again = rj("import", str(JRNL), "--json")
    assert again.exit_code == 0
    summary = json.loads(again.stdout)
    assert summary["added"] == {
        "entries": 0,
        "reviews": 0,
        "wins": 0,
        "values": 0,
        "value_ratings": 0,
        "goals": 0,
        "experiments": 0,
        "checkins": 0,
        "beliefs": 0,
        "worries": 0,
        "story": 0,
        "reflections": 0,
        "hard_dates": 0,
    }
    assert summary["already_here"]["entries"] == 8
    assert "nothing new" in again.stderr
    assert count_rows(rj_home) == 8


def test_dry_run_shows_what_would_be_added_and_writes_nothing(rj, rj_home):
    result = rj("import", str(JRNL), "--dry-run")
    assert result.exit_code == 0
    assert "Got out of bed before nine." in result.stdout
    assert "Sat 3 Oct 2026" in result.stdout
    assert "Would import 8 entries" in result.stderr
    assert "Nothing was written" in result.stderr
    assert count_rows(rj_home) == 0


def test_jrnl_from_stdin(rj, rj_home):
    result = rj("import", "-", "--from", "jrnl", input=JRNL.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    assert count_rows(rj_home) == 8


# import: files that cannot be imported -------------------------------------------------------


def _bad(rj, rj_home, tmp_path, data, *expected: str, raw: str | None = None):
    """Import a bad file into a journal holding one entry: exit 1, one calm line naming
    the problem, and the journal exactly as it was."""
    if count_rows(rj_home) == 0:
        assert rj("write", "Already here.").exit_code == 0
    path = tmp_path / "bad.json"
    if raw is not None:
        path.write_text(raw, encoding="utf-8")
    else:
        write_json(path, data)
    result = rj("import", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for text in expected:
        assert text in lines[0]
    assert "Nothing was imported." in lines[0]
    assert "Traceback" not in result.output
    assert count_rows(rj_home) == 1
    return lines[0]


def test_truncated_json_imports_nothing(rj, rj_home, tmp_path):
    text = json.dumps(document(entry(1, "2026-11-01"), entry(2, "2026-11-02")))
    _bad(rj, rj_home, tmp_path, None, "is not valid JSON", "cut short", raw=text[: len(text) // 2])


def test_a_bad_record_late_in_the_file_imports_nothing(rj, rj_home, tmp_path):
    good = [entry(n, f"2026-10-{n:02d}") for n in range(1, 6)]
    bad = entry(6, "2026-10-06", body="my secret words", mood="high")
    line = _bad(
        rj,
        rj_home,
        tmp_path,
        document(*good, bad),
        "entries[5].mood",
        "a whole number from 0 to 10",
    )
    assert "secret" not in line  # never the entry's text


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"day": "03/10/2026"}, "entries[0].day should be a day written YYYY-MM-DD"),
        ({"title": "A title", "body": ""}, "entries[0].body should be some text"),
        ({"body": 42}, "entries[0].body should be text"),
        ({"tags": "work"}, "entries[0].tags should be a list"),
        ({"tags": ["two words"]}, "entries[0].tags should be a list of tags"),
        ({"mood": True}, "entries[0].mood should be a whole number"),
        ({"mood": 11}, "entries[0].mood should be a whole number from 0 to 10"),
        ({"values": ["courage"]}, "entries[0].values should be a list of the names of values"),
        ({"created_at": "yesterday"}, "entries[0].created_at should be a time like"),
        ({"created_at": "2026-11-01T09:00:00"}, "with its offset from UTC"),
        ({"kind": "review"}, "entries[0].review_week"),
        ({"uuid": "not-a-uuid"}, "entries[0].uuid should be a UUID"),
        ({"title": "two\nlines"}, "entries[0].title should be a single line"),
    ],
)
def test_wrong_types_and_values_name_the_record(rj, rj_home, tmp_path, change, expected):
    _bad(rj, rj_home, tmp_path, document({**entry(1, "2026-11-01"), **change}), expected)


def test_unknown_format_imports_nothing(rj, rj_home, tmp_path):
    _bad(rj, rj_home, tmp_path, {"notes": []}, "is not a Resilience Journal or jrnl export")
    _bad(rj, rj_home, tmp_path, [1, 2, 3], "is not a Resilience Journal or jrnl export")


def test_newer_format_and_duplicate_uuids_are_refused(rj, rj_home, tmp_path):
    newer = {**document(entry(1, "2026-11-01")), "version": 99}
    _bad(rj, rj_home, tmp_path, newer, "newer Resilience Journal", "please update rj")
    twice = document(entry(1, "2026-11-01"), entry(1, "2026-11-02"))
    _bad(rj, rj_home, tmp_path, twice, "entries[1].uuid appears twice")


def test_from_the_wrong_source_says_which(rj, tmp_path):
    result = rj("import", str(JRNL), "--from", "json")
    assert result.exit_code == 1
    assert "looks like a jrnl export" in result.stderr and "--from jrnl" in result.stderr
    missing = rj("import", str(tmp_path / "nope.json"))
    assert missing.exit_code == 1 and "There is no file at" in missing.stderr
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"caf\xe9": 1}')
    assert "is not UTF-8 text" in rj("import", str(latin)).stderr
    assert rj("import", str(JRNL), "--from", "word").exit_code == 2


# export: JSON -------------------------------------------------------------------------------


def _rich_journal(rj) -> None:
    for command in (
        ("values", "add", "courage"),
        ("values", "add", "being present"),
        ("win", "made tea", "--value", "courage"),
        (
            "write",
            "First entry.",
            "--mood",
            "4",
            "--tag",
            "work",
            "--value",
            "courage",
            "--title",
            "Morning",
            "--date",
            "2026-11-16",
        ),
        ("write", "Second entry.", "--date", "2026-11-17"),
        ("write", "Gone soon.", "--date", "2026-11-18"),
        ("delete", "3"),
        (
            "goals",
            "add",
            "learn to swim",
            "--value",
            "courage",
            "--by",
            "2026-12-20",
            "--why",
            "to feel safe in water",
        ),
        ("goals", "step", "1", "book a first lesson"),
        ("goals", "step", "1", "go twice a week", "--by", "2026-12-01"),
        ("goals", "check", "1", "1"),
        ("goals", "add", "rest on sundays"),
        ("goals", "let-go", "2", "--learned", "rest needs no plan"),
        (
            "experiment",
            "start",
            "a walk after lunch",
            "--days",
            "5",
            "--value",
            "being present",
            "--helped-if",
            "calmer at three",
        ),
        ("experiment", "log", "1", "--note", "sunny"),
        ("experiment", "start", "tea not coffee", "--days", "2"),
        ("experiment", "log", "2", "--didnt"),
        ("experiment", "close", "2", "--outcome", "not-this-time", "--adjust", "decaf first"),
    ):
        result = rj(*command)
        assert result.exit_code == 0, result.output


def test_json_export_keeps_everything_and_round_trips(rj, rj_home, tmp_path):
    _rich_journal(rj)
    first = rj("export", "--format", "json")
    assert first.exit_code == 0
    assert first.stderr == ""  # to a pipe: only the data, nothing else
    data = json.loads(first.stdout)
    assert (data["format"], data["version"]) == ("resilience-journal", 1)
    assert [v["name"] for v in data["values"]] == ["courage", "being present"]
    assert [w["text"] for w in data["wins"]] == [
        "made tea",
        "book a first lesson (a step toward: learn to swim)",
    ]
    assert data["wins"][0]["values"] == ["courage"]
    assert [(g["title"], g["state"]) for g in data["goals"]] == [
        ("learn to swim", "active"),
        ("rest on sundays", "let-go"),
    ]
    assert [m["win"] for m in data["goals"][0]["milestones"]] == [data["wins"][1]["uuid"], None]
    assert [
        (x["title"], x["closed_day"] is not None, len(x["ticks"])) for x in data["experiments"]
    ] == [("a walk after lunch", False, 1), ("tea not coffee", True, 1)]
    bodies = {e["body"]: e for e in data["entries"]}
    assert set(bodies) == {"First entry.", "Second entry.", "Gone soon."}
    assert bodies["Gone soon."]["deleted_at"] is not None  # the trash travels too
    morning = bodies["First entry."]
    assert list(morning) == [
        "uuid",
        "kind",
        "day",
        "created_at",
        "updated_at",
        "title",
        "body",
        "mood",
        "distress",
        "tags",
        "values",
        "prompt_id",
        "review_week",
        "deleted_at",
    ]
    assert (morning["title"], morning["mood"], morning["tags"], morning["values"]) == (
        "Morning",
        4,
        ["work"],
        ["courage"],
    )
    path = write_json(tmp_path / "export.json", data)
    other = tmp_path / "other.db"
    assert rj("--db", str(other), "import", path).exit_code == 0
    again = rj("--db", str(other), "export", "--format", "json")
    assert again.stdout == first.stdout


def test_export_to_a_file_is_private_and_says_where(rj, tmp_path):
    _rich_journal(rj)
    out = tmp_path / "journal.json"
    result = rj("export", "-f", "json", "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert f"to {out} (readable only by you)" in result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "resilience-journal"


def test_kind_since_and_until_choose_what_goes_out(rj):
    _rich_journal(rj)
    only = json.loads(
        rj("export", "-f", "json", "--since", "2026-11-17", "--until", "2026-11-17").stdout
    )
    assert [e["body"] for e in only["entries"]] == ["Second entry."]
    reviews = json.loads(rj("export", "-f", "json", "--kind", "review").stdout)
    assert reviews["entries"] == [] and reviews["wins"] == []
    assert reviews["goals"] == [] and reviews["experiments"] == []
    assert len(only["goals"]) == 2 and len(only["experiments"]) == 2  # they come whole
    backwards = rj("export", "--since", "2026-11-20", "--until", "2026-11-01")
    assert backwards.exit_code == 1


# export: markdown ---------------------------------------------------------------------------

TRAPS = (
    "Before the traps.\n"
    "### A heading at the entries' level\n"
    "## One at the days' level\n"
    "---\n"
    "Setext underline below\n"
    "===\n"
    "> # quoted heading\n"
    "- ## listed heading\n"
    "<div>raw html\n"
    "```python\n"
    "an unclosed fence swallows everything after it in a naive exporter"
)


def test_markdown_text_cannot_change_the_documents_headings(rj, rj_home, tmp_path):
    assert rj("write", TRAPS, "--date", "2026-11-16", "--title", "Traps ##").exit_code == 0
    assert rj("write", "The next entry.", "--date", "2026-11-16").exit_code == 0
    assert rj("write", "A later day.", "--date", "2026-11-17").exit_code == 0
    assert rj("win", "kept going", "--date", "2026-11-17").exit_code == 0
    result = rj("export")
    assert result.exit_code == 0
    seen = headings(result.stdout)
    levels = [level for level, _ in seen]
    assert levels == [1, 2, 3, 3, 2, 3, 3]
    assert seen[1][1] == "Monday 16 November 2026"
    assert seen[2][1].endswith(" · Traps ##")
    assert seen[4][1] == "Tuesday 17 November 2026"
    assert seen[6][1] == "Small wins"
    # The person's words are all there.
    for line in (
        "A heading at the entries' level",
        "Setext underline below",
        "raw html",
        "an unclosed fence swallows",
        "The next entry.",
        "A later day.",
        "kept going",
    ):
        assert line in result.stdout


def test_markdown_shows_prompt_mood_values_tags_and_leaves_out_the_trash(rj):
    _rich_journal(rj)
    prompts = json.loads(rj("prompts", "list", "--json").stdout)
    first = prompts[0]
    assert rj("write", "Answered.", "--prompt", first["id"], "--date", "2026-11-19").exit_code == 0
    text = rj("export").stdout
    # (written on today's date, back-filled for 16 November)
    assert "written on" in text.lower() and "mood 4/10 · values: courage · tags: work" in text
    assert f"> {first['text']}" in text
    assert "Gone soon." not in text
    assert "- made tea · courage" in text


def test_reviews_sit_after_the_days_of_their_week(rj):
    assert rj("write", "Sunday words.", "--date", "2026-11-15").exit_code == 0
    assert rj("write", "Monday words.", "--date", "2026-11-16").exit_code == 0
    doc = document(
        entry(1, "2026-11-16", "The week was steady.", kind="review", review_week="2026-W46")
    )
    path = write_json(Path(os.environ["RJ_HOME"]) / "review.json", doc)
    assert rj("import", path).exit_code == 0
    text = rj("export").stdout
    levels = headings(text)
    names = [name for _, name in levels]
    review_at = next(i for i, name in enumerate(names) if name.startswith("Weekly review"))
    assert (
        names[review_at]
        == "Weekly review 2026-W46, Monday 9 November 2026 to Sunday 15 November 2026"
    )
    assert names[review_at - 2] == "Sunday 15 November 2026"
    assert names[review_at + 1] == "Monday 16 November 2026"
    only = rj("export", "--kind", "review").stdout
    assert "The week was steady." in only and "Sunday words." not in only
    entries_only = rj("export", "--kind", "entry").stdout
    assert "The week was steady." not in entries_only and "Monday words." in entries_only


# export: a folder of days -------------------------------------------------------------------


def test_split_writes_a_private_file_per_day_with_front_matter(rj, tmp_path):
    _rich_journal(rj)
    vault = tmp_path / "vault"
    result = rj("export", "--split", str(vault))
    assert result.exit_code == 0, result.output
    assert "Wrote 3 days to" in result.stderr
    day = vault / "2026" / "2026-11-16.md"
    text = day.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    front = yaml.safe_load(text.split("---\n")[1])
    assert str(front["date"]) == "2026-11-16"
    assert front["mood"] == [4]
    assert front["values"] == ["courage"] and front["tags"] == ["work"]
    assert len(front["uuids"]) == 1
    assert headings(text.split("---\n", 2)[2])[0] == (1, "Monday 16 November 2026")
    for path in (day, vault / ".rj-export.json"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((vault / "2026").stat().st_mode) == 0o700
    assert not (vault / "2026" / "2026-11-18.md").exists()  # only in the trash


def test_split_again_updates_in_place_and_never_touches_files_it_did_not_write(rj, tmp_path):
    _rich_journal(rj)
    vault = tmp_path / "vault"
    assert rj("export", "--split", str(vault)).exit_code == 0
    mine = vault / "2026" / "2026-11-16.md"
    theirs = vault / "2026" / "2026-11-17.md"
    theirs.write_text("My own daily note.\n", encoding="utf-8")  # not what rj wrote
    notes = vault / "2026" / "ideas.md"
    notes.write_text("Unrelated note.\n", encoding="utf-8")
    assert rj("write", "Added later.", "--date", "2026-11-16").exit_code == 0
    assert rj("delete", "2").exit_code == 0  # 2026-11-17 now holds nothing
    result = rj("export", "--split", str(vault))
    assert result.exit_code == 0
    assert "Added later." in mine.read_text(encoding="utf-8")
    assert theirs.read_text(encoding="utf-8") == "My own daily note.\n"
    assert notes.read_text(encoding="utf-8") == "Unrelated note.\n"
    assert "2026/2026-11-17.md" in result.stderr and "Left 1 file as it was" in result.stderr
    unchanged = rj("export", "--split", str(vault))
    assert "Nothing to update in" in unchanged.stderr and "unchanged" in unchanged.stderr


def test_split_removes_a_day_it_wrote_once_that_day_is_empty(rj, tmp_path):
    _rich_journal(rj)
    vault = tmp_path / "vault"
    assert rj("export", "--split", str(vault)).exit_code == 0
    assert (vault / "2026" / "2026-11-17.md").exists()
    assert rj("delete", "2").exit_code == 0
    result = rj("export", "--split", str(vault))
    assert f"Removed 1 day from {vault} (2 unchanged)." in result.stderr
    assert not (vault / "2026" / "2026-11-17.md").exists()


def test_split_and_output_are_usage_errors_together(rj, tmp_path):
    both = rj("export", "-o", str(tmp_path / "a.md"), "--split", str(tmp_path / "v"))
    assert both.exit_code == 2
    assert rj("export", "-f", "json", "--split", str(tmp_path / "v")).exit_code == 2
    assert rj("export", "-f", "pdf").exit_code == 2


# progress ------------------------------------------------------------------------------------


def test_a_progress_bar_on_a_terminal_for_a_large_export(rj, pty_env, tmp_path):
    many = document(*(entry(n, f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}") for n in range(400)))
    path = write_json(tmp_path / "many.json", many)
    assert rj("import", path).exit_code == 0
    pty_env["TERM"] = "xterm"
    shown = run_in_pty(["export", "-o", str(tmp_path / "shown.md")], env=pty_env)
    assert shown.exit_code == 0, shown.output
    assert "Exporting" in shown.output and "/400" in shown.output
    assert "Exported 400 records" in shown.output


# fixes from trying it as a person would --------------------------------------------------------


def test_the_same_hand_made_record_twice_is_kept_once(rj, rj_home, tmp_path):
    same = {"day": "2026-11-01", "body": "Walked."}
    win = {"day": "2026-11-01", "text": "made tea"}
    path = write_json(tmp_path / "twice.json", document(same, same, wins=[win, win]))
    result = rj("import", path)
    assert result.exit_code == 0, result.output
    assert count_rows(rj_home) == 1 and count_rows(rj_home, "wins") == 1


def test_two_journals_importing_the_same_jrnl_file_export_the_same(rj, tmp_path):
    exports = []
    for name in ("one.db", "two.db"):
        db = str(tmp_path / name)
        assert rj("--db", db, "import", str(JRNL)).exit_code == 0
        exports.append(rj("--db", db, "export", "-f", "json").stdout)
    assert exports[0] == exports[1]


def test_export_into_a_missing_folder_says_so(rj, tmp_path):
    rj("write", "Hello.")
    result = rj("export", "-o", str(tmp_path / "nowhere" / "out.md"))
    assert result.exit_code == 1
    assert (
        result.stderr.strip() == f"There is no folder {tmp_path / 'nowhere'}. Nothing was exported."
    )


def test_split_with_another_kind_removes_nothing(rj, tmp_path):
    _rich_journal(rj)
    vault = tmp_path / "vault"
    assert rj("export", "--split", str(vault)).exit_code == 0
    result = rj("export", "--split", str(vault), "--kind", "review")
    assert result.exit_code == 0
    assert "removed" not in result.stderr
    assert (vault / "2026" / "2026-11-16.md").exists()


def test_a_back_filled_entry_says_when_it_was_written(rj, tmp_path):
    """The small hours after a day still belong to it (day starts at 04:00); later, the
    entry says the day it was written."""
    from datetime import datetime

    def local(stamp: str) -> datetime:
        return datetime.fromisoformat(stamp).astimezone()

    night = local("2026-11-16T02:30:00+00:00")
    later = local("2026-11-18T09:00:00+00:00")
    day = (
        night.date() if night.hour >= 4 else night.date().fromordinal(night.date().toordinal() - 1)
    ).isoformat()
    doc = document(
        entry(1, day, "In the night.", created_at=night.isoformat()),
        entry(2, day, "Two days on.", created_at=later.isoformat()),
    )
    assert rj("import", write_json(tmp_path / "late.json", doc)).exit_code == 0
    text = rj("export").stdout
    night_part, later_part = text.split("In the night.")
    assert "written on" not in night_part
    assert f"Written on {later:%A} {later.day} {later:%B %Y}" in later_part


def test_a_large_import_is_searchable_and_counted_like_one_written_by_hand(rj, rj_home, tmp_path):
    """From 500 records, an import indexes and counts in one pass at the end: the result
    must be the same as record by record, and the journal's own triggers must be back."""
    many = [
        entry(n, f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}", f"river stone number{n}")
        for n in range(600)
    ]
    wins = [{"day": "2024-03-03", "text": f"win {n}"} for n in range(5)]
    assert (
        rj("import", write_json(tmp_path / "many.json", document(*many, wins=wins))).exit_code == 0
    )
    found = json.loads(rj("search", "number599", "--json").stdout)
    assert [hit["body"] for hit in found] == ["river stone number599"]
    stats = json.loads(rj("stats", "--json").stdout)
    assert stats["totals"]["entries"] == 600 and stats["totals"]["wins"] == 5
    assert stats["totals"]["words"] == 1800
    assert rj("write", "afterwards kingfisher").exit_code == 0  # the triggers are back
    assert len(json.loads(rj("search", "kingfisher", "--json").stdout)) == 1
    with sqlite3.connect(rj_home / "journal.db") as conn:
        days = conn.execute("SELECT sum(entries), sum(wins) FROM days").fetchone()
    assert days == (601, 5)


def test_export_redirected_to_a_file_keeps_the_bar_on_the_terminal(rj, pty_env, tmp_path):
    """`rj export > file` at a terminal: the bar is drawn on the terminal (stderr), and the
    file gets the whole export and nothing else. On screen, the export shows no bar."""
    import pty
    import subprocess
    import sys

    many = document(*(entry(n, f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}") for n in range(400)))
    assert rj("import", write_json(tmp_path / "many.json", many)).exit_code == 0
    pty_env["TERM"] = "xterm"
    out = tmp_path / "redirected.md"
    master, slave = pty.openpty()
    with out.open("w") as handle:
        proc = subprocess.Popen(
            [sys.executable, "-m", "resilience_journal", "export"],
            stdin=slave,
            stdout=handle,
            stderr=slave,
            env=pty_env,
        )
    os.close(slave)
    seen = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen.extend(chunk)
    assert proc.wait(timeout=60) == 0
    os.close(master)
    assert b"Exporting" in seen
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Journal\n") and "Exporting" not in text
    assert [level for level, _ in headings(text)].count(3) == 400
    on_screen = run_in_pty(["export"], env=pty_env)
    assert on_screen.exit_code == 0 and "Exporting" not in on_screen.output


# from a review of the change -------------------------------------------------------------------


def test_export_never_writes_over_the_journal(rj, rj_home):
    rj("write", "Keep me.")
    for name in ("journal.db", "journal.db-wal"):
        result = rj("export", "-f", "json", "-o", str(rj_home / name))
        assert result.exit_code == 1 and "That is the journal itself" in result.stderr
    assert [e["body"] for e in listed(rj)] == ["Keep me."]


@pytest.fixture
def zone(monkeypatch):
    """Run in another time zone: zone("Europe/Moscow")."""
    import time

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


def test_times_in_markdown_follow_the_zone_as_it_was_then(rj, zone, tmp_path):
    """Moscow was UTC+4 in 2012 and is UTC+3 now: 10:00 UTC then was 14:00 there."""
    pytest.importorskip("zoneinfo").ZoneInfo("Europe/Moscow")
    zone("Europe/Moscow")
    doc = document(entry(1, "2012-06-01", created_at="2012-06-01T10:00:00+00:00"))
    assert rj("import", write_json(tmp_path / "old.json", doc)).exit_code == 0
    assert "### 14:00" in rj("export").stdout
    assert "14:00" in rj("show", "1").stdout


def test_a_record_without_uuid_or_time_is_the_same_record_in_any_zone(rj, rj_home, zone, tmp_path):
    path = write_json(
        tmp_path / "mine.json",
        document(
            {"day": "2026-11-01", "body": "Walked."}, wins=[{"day": "2026-11-01", "text": "tea"}]
        ),
    )
    zone("UTC")
    assert rj("import", path).exit_code == 0
    zone("America/New_York")
    again = rj("import", path)
    assert "nothing new" in again.stderr
    assert count_rows(rj_home) == 1 and count_rows(rj_home, "wins") == 1


def test_a_review_week_is_kept_as_rj_writes_it(rj, tmp_path):
    doc = document(entry(1, "2026-11-16", "Steady.", kind="review", review_week="2026w46"))
    assert rj("import", write_json(tmp_path / "r.json", doc)).exit_code == 0
    reviews = json.loads(rj("reviews", "--json").stdout)
    assert [r["review_week"] for r in reviews] == ["2026-W46"]


def test_split_switching_kind_back_and_forth_removes_nothing(rj, tmp_path):
    _rich_journal(rj)
    doc = document(entry(1, "2026-11-20", "Steady.", kind="review", review_week="2026-W47"))
    assert rj("import", write_json(tmp_path / "r.json", doc)).exit_code == 0
    vault = tmp_path / "vault"
    review_day = vault / "2026" / "2026-11-20.md"
    assert rj("export", "--split", str(vault)).exit_code == 0
    assert review_day.exists()
    for _ in range(2):
        result = rj("export", "--split", str(vault), "--kind", "entry")
        assert "removed" not in result.stderr
    assert review_day.exists()


def test_the_collector_is_back_on_after_an_export(rj):
    import gc

    rj("write", "Hello.")
    assert rj("export").exit_code == 0
    assert gc.isenabled()


def test_a_dry_run_or_a_refused_file_makes_no_journal(rj, rj_home, tmp_path):
    assert rj("import", str(JRNL), "--dry-run").exit_code == 0
    bad = write_json(tmp_path / "bad.json", document(entry(1, "2026-11-01", mood=99)))
    assert rj("import", bad).exit_code == 1
    assert not (rj_home / "journal.db").exists()


def test_import_keeps_rjs_limits_and_export_lists_only_the_tags_it_carries(rj, tmp_path):
    long_win = document(wins=[{"day": "2026-11-01", "text": "x" * 501}])
    result = rj("import", write_json(tmp_path / "w.json", long_win))
    assert result.exit_code == 1 and "wins[0].text" in result.stderr
    rj("write", "Old.", "--tag", "old", "--date", "2026-10-01")
    rj("write", "New.", "--tag", "new", "--date", "2026-11-01")
    data = json.loads(rj("export", "-f", "json", "--since", "2026-10-15").stdout)
    assert [t["name"] for t in data["tags"]] == ["new"]
