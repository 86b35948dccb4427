"""Formats people move between, through the real CLI on real SQLite files: Day One's JSON
export (Journal.json, or its zip with a photo), jrnl's plain-text journal in
(`--from jrnl-txt`) and out (`--format jrnl-txt`, round trip), and CSV of entries and of
wins (`--format csv`, `--format csv-wins`) read back with the csv module.

The samples are in tests/data/formats/: our own small ones, the jrnl journal modelled on
jrnl's own test journals (tests/data/journals/basic_onefile.journal in jrnl-org/jrnl).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from datetime import datetime
from pathlib import Path

from tests.conftest import ROOT, listed, run_in_pty
from tests.conftest import rows as rows_of

DATA = ROOT / "tests" / "data" / "formats"
DAYONE = DATA / "dayone-Journal.json"
DAYONE_ZIP = DATA / "dayone-export.zip"
JRNL_TEXT = DATA / "sample.journal"
JRNL_1X = DATA / "jrnl-1.9.journal"


def clock(entry: dict) -> str:
    """The local time of day an entry was written, as rj shows it."""
    return datetime.fromisoformat(entry["created_at"]).astimezone().strftime("%H:%M")


def by_day(rj) -> dict[str, dict]:
    return {entry["day"]: entry for entry in listed(rj)}


def no_journal(home: Path) -> bool:
    """Nothing was written: no journal, or one without entries."""
    db = home / "journal.db"
    if not db.exists():
        return True
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 0


def refused(rj, home: Path, *args: str, says: str) -> None:
    """One line on stderr naming the trouble, exit 1, nothing written."""
    result = rj("import", *args)
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert says in lines[0] and "Nothing was imported." in lines[0]
    assert "Traceback" not in result.output
    assert no_journal(home)


# import: Day One ----------------------------------------------------------------------------


def test_dayone_json_keeps_text_local_time_tags_and_star(rj, rj_home):
    result = rj("import", str(DAYONE))
    assert result.exit_code == 0, result.output
    assert f"Imported 3 entries from {DAYONE}." in result.stderr
    assert "1 photo and 1 audio recording were not brought in: rj keeps text only." in result.stderr
    found = by_day(rj)
    # 23:30 UTC on 1 January was 08:30 on 2 January in Tokyo, where it was written.
    tokyo = found["2020-01-02"]
    assert clock(tokyo) == "08:30"
    assert tokyo["title"] == "First morning"  # Day One's first-line heading
    assert tokyo["body"] == (
        "Woke early. The light on the wall was pale and kind!\n\n"
        "(Day One had a photo here.)\n\n"
        "Tea with Mum - she laughed at the kettle."
    )
    assert sorted(tokyo["tags"]) == ["family", "new-year", "starred"]
    london = found["2020-03-14"]
    assert clock(london) == "09:05" and london["title"] is None
    assert london["body"].endswith("going in.\n\n(Day One had an audio recording here.)")
    assert london["tags"] == []
    new_york = found["2020-07-04"]  # 17:45 UTC was 13:45 in New York (summer time)
    assert clock(new_york) == "13:45"
    assert new_york["body"] == "Short one. Walked to the river with @sam."
    everything = json.dumps(listed(rj))
    assert "dayone-moment" not in everything and "Kyoto" not in everything
    again = rj("import", str(DAYONE), "--from", "dayone")
    assert again.exit_code == 0 and "nothing new" in again.stderr and "3 were" in again.stderr


def test_dayone_zip_with_a_photo_counts_the_media(rj, rj_home):
    result = rj("import", str(DAYONE_ZIP), "--json")
    assert result.exit_code == 0, result.output
    said = json.loads(result.stdout)
    assert said["source"] == "dayone" and said["added"]["entries"] == 2
    assert said["not_brought_in"]["media"] == {
        "photos": 2,
        "videos": 1,
        "audios": 0,
        "pdfAttachments": 0,
    }
    assert "2 photos and 1 video were not brought in" in result.stderr
    found = by_day(rj)
    garden = found["2021-05-02"]  # 06:15 UTC: 08:15 in Berlin
    assert clock(garden) == "08:15" and garden["tags"] == ["garden"]
    assert garden["body"] == (
        "The tomatoes are up.\n\n(Day One had a photo here.)\n\n(Day One had a photo here.)"
    )
    assert found["2021-05-03"]["tags"] == ["starred"]
    # The video the text does not link to is named at the end of the entry (item 6).
    assert found["2021-05-03"]["body"] == (
        "Rain all day. Read on the sofa.\n\n(Day One also had a video with this entry.)"
    )


def test_dayone_dry_run_writes_nothing(rj, rj_home):
    result = rj("import", str(DAYONE), "--dry-run")
    assert result.exit_code == 0
    assert "Would import 3 entries" in result.stderr and "1 photo" in result.stderr
    assert not (rj_home / "journal.db").exists()


def test_bad_dayone_files_write_nothing(rj, rj_home, tmp_path):
    data = json.loads(DAYONE.read_text(encoding="utf-8"))
    data["entries"][2]["creationDate"] = "last tuesday"
    bad = tmp_path / "Journal.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    refused(
        rj,
        rj_home,
        str(bad),
        says="entries[2].creationDate should be a time like 2020-01-01T12:00:00Z",
    )
    cut = tmp_path / "cut.zip"
    cut.write_bytes(DAYONE_ZIP.read_bytes()[:200])
    refused(rj, rj_home, str(cut), says="is not a zip file that can be read")
    empty = tmp_path / "photos-only.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("photos/a.jpeg", b"\xff\xd8")
    refused(rj, rj_home, str(empty), says="holds no Day One journal")
    inside = tmp_path / "broken.zip"
    with zipfile.ZipFile(inside, "w") as archive:
        archive.writestr("Journal.json", '{"entries": [')
    refused(rj, rj_home, str(inside), says="Journal.json in")
    refused(rj, rj_home, str(DAYONE), "--from", "jrnl", says="looks like a Day One export")
    # A bad file beside a journal that has entries: they stay as they were, none added.
    assert rj("write", "Still here.").exit_code == 0
    result = rj("import", str(bad))
    assert result.exit_code == 1 and [e["body"] for e in listed(rj)] == ["Still here."]


# import: jrnl's plain text ------------------------------------------------------------------


def test_jrnl_text_sample_keeps_title_body_star_tags_and_time(rj, rj_home):
    result = rj("import", str(JRNL_TEXT))  # found by itself
    assert result.exit_code == 0, result.output
    assert "Imported 4 entries" in result.stderr
    found = by_day(rj)
    first = found["2020-08-29"]
    assert clock(first) == "11:11" and first["title"] == "Entry the first."
    assert first["body"] == (
        "A walk along the canal with @sam before the rain. The water was\n"
        "high and brown, and we did not talk much. @walks\n\n"
        "It was enough to be out of the flat."
    )
    assert sorted(first["tags"]) == ["sam", "walks"]
    second = found["2020-08-31"]
    assert second["title"] == "A second entry, starred."
    assert sorted(second["tags"]) == ["health", "starred"]
    third = found["2020-09-24"]
    assert "💯" in third["body"] and third["tags"] == []
    assert third["body"].endswith(
        "\n[2020-09-01 10:00] this line starts like a date, so rj wrote a space before it."
    )
    evening = found["2020-09-25"]  # written with a 12-hour clock: 07:05 PM
    assert clock(evening) == "19:05" and evening["title"] is None
    assert evening["tags"] == ["tea"]


def test_jrnl_default_timeformat_with_seconds_is_read(rj, rj_home, tmp_path):
    # jrnl's default timeformat is "%F %r": [2026-11-20 09:40:00 PM]
    path = tmp_path / "default.journal"
    path.write_text(
        "[2026-11-20 09:40:00 PM] Had a good day.\nWent to the park.\n\n"
        "[2026-11-21 07:05:30 AM] Morning.\n",
        encoding="utf-8",
    )
    result = rj("import", str(path))  # found by itself
    assert result.exit_code == 0, result.output
    found = by_day(rj)
    assert clock(found["2026-11-20"]) == "21:40"
    assert found["2026-11-20"]["title"] == "Had a good day."
    assert clock(found["2026-11-21"]) == "07:05"


def test_jrnl_1x_journal_without_brackets(rj, rj_home):
    result = rj("import", str(JRNL_1X), "--from", "jrnl-txt")
    assert result.exit_code == 0, result.output
    found = by_day(rj)
    assert found["2010-06-10"]["body"] == "A life without chocolate is like a bad analogy."
    quoted = found["2013-06-10"]
    assert quoted["title"] == 'He said "[this] is the best time to be alive".'
    assert quoted["body"].startswith("Lorem ipsum dolor sit amet")
    assert clock(found["2019-08-03"]) == "12:55"


def test_bad_jrnl_text_writes_nothing(rj, rj_home, tmp_path):
    before = tmp_path / "preamble.journal"
    before.write_text("My journal\n\n[2020-08-29 11:11] Entry.\nText.\n", encoding="utf-8")
    refused(rj, rj_home, str(before), "--from", "jrnl-txt", says="line 1 comes before any entry")
    blank = tmp_path / "blank.journal"
    blank.write_text("\n\n", encoding="utf-8")
    refused(rj, rj_home, str(blank), "--from", "jrnl-txt", says="holds no jrnl entries")
    refused(rj, rj_home, str(JRNL_TEXT), "--from", "json", says="try --from jrnl-txt")
    latin = tmp_path / "latin.journal"
    latin.write_bytes(b"[2020-08-29 11:11] Caf\xe9.\n")
    refused(rj, rj_home, str(latin), "--from", "jrnl-txt", says="is not UTF-8 text")


# export: jrnl's plain text, and back --------------------------------------------------------


def _write_sample_journal(rj) -> None:
    for args in (
        ("Sam came over. We cooked.\n\n[2026-01-01 10:00] a line shaped like a date",
         "--title", "Dinner", "--tag", "family", "--tag", "starred", "--mood", "6",
         "--date", "nov 21"),
        ("Slow day. A walk to the river; my feet on the cold path.\n  indented, kept.",
         "--date", "nov 22"),
        ("Shoulders up again, but I ate breakfast. @work", "--title", "Monday",
         "--tag", "work", "--tag", "self.care", "--date", "nov 23"),
    ):  # fmt: skip
        assert rj("write", *args).exit_code == 0


def test_rj_to_jrnl_text_and_back_keeps_day_time_title_body_star_tags(rj, rj_home, tmp_path):
    _write_sample_journal(rj)
    before = sorted(listed(rj), key=lambda entry: entry["day"])
    out = tmp_path / "journal.txt"
    result = rj("export", "--format", "jrnl-txt", "-o", str(out))
    assert result.exit_code == 0 and "Exported 3 records" in result.stderr
    text = out.read_text(encoding="utf-8")
    assert "[2026-11-21 21:30] Dinner *\n" in text  # jrnl's own star
    assert "\n [2026-01-01 10:00] a line shaped like a date\n" in text
    assert "rj tags: @family\n" in text and "rj tags: @self.care\n" in text
    assert "[2026-11-22 21:30] \n" in text  # no title: jrnl still finds the entry by "] "
    # jrnl finds each entry where a line starts with "[date] " (its date_blob_re).
    assert len([line for line in text.split("\n") if line.startswith("[2026-")]) == 3
    other = tmp_path / "other-home"
    back = rj("import", str(out), env={"RJ_HOME": str(other)})
    assert back.exit_code == 0 and "Imported 3 entries" in back.stderr, back.output
    after = sorted(
        json.loads(rj("list", "--json", env={"RJ_HOME": str(other)}).stdout),
        key=lambda entry: entry["day"],
    )
    for was, now in zip(before, after, strict=True):
        assert now["day"] == was["day"]
        assert clock(now) == clock(was)
        assert now["title"] == was["title"]
        assert now["body"] == was["body"]
        assert sorted(now["tags"]) == sorted(was["tags"])


# export: CSV --------------------------------------------------------------------------------


def test_csv_of_entries_reads_back_with_the_exact_columns(rj, rj_home, tmp_path):
    _write_sample_journal(rj)
    assert rj("write", 'A "quoted" word, a comma,\nand a second line', "--title",
              "=HYPERLINK(\"http://example.invalid\")", "--tag", "home",
              "--date", "nov 24").exit_code == 0  # fmt: skip
    assert rj("write", "In the trash.", "--date", "nov 24").exit_code == 0
    assert rj("delete", "5").exit_code == 0
    out = tmp_path / "entries.csv"
    result = rj("export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0 and "Exported 4 records" in result.stderr, result.output
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["day", "time", "title", "mood", "tags", "words"]
    words = [entry["words"] for entry in rows_of(rj_home, "entries") if entry["deleted_at"] is None]
    assert rows[1] == ["2026-11-21", "21:30", "Dinner", "6", "family, starred", str(words[0])]
    assert rows[2] == ["2026-11-22", "21:30", "", "", "", str(words[1])]
    assert rows[3] == ["2026-11-23", "21:30", "Monday", "", "self.care, work", str(words[2])]
    # A cell a spreadsheet would run as a formula starts with ' instead.
    title = '\'=HYPERLINK("http://example.invalid")'
    assert rows[4] == ["2026-11-24", "21:30", title, "", "home", str(words[3])]
    assert len(rows) == 5  # the trash is left out
    same = rj("export", "-f", "csv")  # to standard output, the same rows
    assert list(csv.reader(io.StringIO(same.stdout))) == rows


def test_csv_of_wins(rj, rj_home, tmp_path):
    assert rj("values", "add", "connection").exit_code == 0
    assert rj("win", "asked my sister over", "--value", "connection").exit_code == 0
    assert rj("win", "+1 walk, in the rain", "--date", "yesterday").exit_code == 0
    result = rj("export", "-f", "csv-wins")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows == [
        ["day", "time", "win", "values"],
        ["2026-11-24", "21:30", "'+1 walk, in the rain", ""],
        ["2026-11-25", "21:30", "asked my sister over", "connection"],
    ]
    reviews_only = rj("export", "-f", "csv-wins", "--kind", "review")
    assert list(csv.reader(io.StringIO(reviews_only.stdout))) == [rows[0]]


def test_other_formats_are_not_for_split(rj, rj_home, tmp_path):
    assert rj("write", "One line.").exit_code == 0
    for chosen in ("csv", "csv-wins", "jrnl-txt"):
        result = rj("export", "-f", chosen, "--split", str(tmp_path / "vault"))
        assert result.exit_code == 2 and f"leave out --format {chosen}" in result.stderr
    assert not (tmp_path / "vault").exists()


def test_a_time_zone_rj_does_not_know_is_said(rj, rj_home, tmp_path):
    data = json.loads(DAYONE.read_text(encoding="utf-8"))
    data["entries"][1]["timeZone"] = "Mars/Olympus_Mons"
    odd = tmp_path / "Journal.json"
    odd.write_text(json.dumps(data), encoding="utf-8")
    result = rj("import", str(odd))
    assert result.exit_code == 0, result.output
    assert "1 entry had a time zone rj does not know (Mars/Olympus_Mons)" in result.stderr
    assert clock(by_day(rj)["2020-03-14"]) == "09:05"  # kept in UTC


def test_the_new_exports_stream_a_row_at_a_time(rj, rj_home):
    """Each export is a generator that gives its first piece before reading every row."""
    from resilience_journal.exchange.export import Selection
    from resilience_journal.exchange.others import EXPORTS, other_chunks
    from resilience_journal.store import JournalStore

    _write_sample_journal(rj)
    store = JournalStore(rj_home / "journal.db")
    try:
        for chosen in EXPORTS:
            seen: list[int] = []
            chunks = other_chunks(store, Selection(), chosen, seen.append)
            assert not isinstance(chunks, list | str)
            first = next(iter(chunks))
            assert first and len(seen) <= 1, chosen  # one row read at most, not all three
            rest = list(chunks)
            assert len(seen) == (3 if chosen != "csv-wins" else 0), chosen
            assert rest or chosen == "csv-wins"
    finally:
        store.close()


# review fixes (issue 22): jrnl's split, the journaling day, escapes, the screen, limits ------


def _jrnl_json(path: Path, title: str, body: str) -> Path:
    """jrnl's JSON export of one entry (as jrnl 4.6 writes it)."""
    entry = {"title": title, "body": body, "date": "2024-03-01", "time": "08:00"}
    entry |= {"tags": [], "starred": False}
    path.write_text(json.dumps({"tags": {}, "entries": [entry]}), encoding="utf-8")
    return path


def test_a_jrnl_entry_as_its_file_and_as_its_json_is_imported_once(rj, rj_home, tmp_path):
    # jrnl splits a one-line entry at its first sentence end: the file without a line break
    # after the entry gives jrnl's JSON {"title": "Had a good day.", "body": "Went to ..."}.
    line = "[2024-03-01 08:00] Had a good day. Went to the park."
    text = tmp_path / "one.journal"
    text.write_text(line, encoding="utf-8")
    split = _jrnl_json(tmp_path / "one.json", "Had a good day.", "Went to the park.")
    assert rj("import", str(text)).exit_code == 0
    again = rj("import", str(split))
    assert again.exit_code == 0, again.output
    [entry] = listed(rj)
    assert entry["title"] == "Had a good day." and entry["body"] == "Went to the park."
    # With a line break after it, jrnl runs the entry over lines: the line is its title, and
    # an entry of only a title is one sentence of text (as rj imports jrnl's JSON).
    text.write_text(line.replace("2024-03-01", "2024-03-02") + "\n", encoding="utf-8")
    whole = _jrnl_json(tmp_path / "two.json", line[19:], "")
    whole.write_text(whole.read_text().replace("2024-03-01", "2024-03-02"), encoding="utf-8")
    assert rj("import", str(whole)).exit_code == 0
    assert rj("import", str(text)).exit_code == 0
    found = by_day(rj)
    assert len(found) == 2
    assert found["2024-03-02"]["title"] is None
    assert found["2024-03-02"]["body"] == "Had a good day. Went to the park."


def test_an_entry_written_after_midnight_keeps_its_night_through_jrnl_text(rj, rj_home, tmp_path):
    night = {"RJ_NOW": "2026-11-25T01:30:00"}
    assert rj("write", "x", env=night).exit_code == 0
    [before] = listed(rj)
    assert before["day"] == "2026-11-24"  # before day_starts_at (04:00): still the 24th
    out = tmp_path / "night.txt"
    assert rj("export", "-f", "jrnl-txt", "-o", str(out), env=night).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("[2026-11-25 01:30] \n")
    other = {"RJ_HOME": str(tmp_path / "fresh")}
    assert rj("import", str(out), env=other).exit_code == 0
    [after] = json.loads(rj("list", "--json", env=other).stdout)
    assert after["day"] == "2026-11-24"
    assert after["created_at"] == before["created_at"]


def test_titles_with_stars_and_a_last_line_like_rj_tags_come_back_as_written(rj, rj_home, tmp_path):
    for args in (
        ("Good film.\nrj tags: @foo", "--title", "Rating: 5 *", "--tag", "foo",
         "--date", "nov 20"),
        ("Kept.", "--title", "* first", "--tag", "starred", "--date", "nov 21"),
        ("Both.", "--title", "*both*", "--date", "nov 22"),
        ("Slash.", "--title", "a \\", "--tag", "starred", "--date", "nov 23"),
    ):  # fmt: skip
        assert rj("write", *args).exit_code == 0
    before = by_day(rj)
    out = tmp_path / "stars.txt"
    assert rj("export", "-f", "jrnl-txt", "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "] Rating: 5 *\\\n" in text  # jrnl reads no star: the line ends in a backslash
    assert "] \\* first *\n" in text and "\n rj tags: @foo\n" in text
    other = {"RJ_HOME": str(tmp_path / "back")}
    assert rj("import", str(out), env=other).exit_code == 0, text
    after = {e["day"]: e for e in json.loads(rj("list", "--json", env=other).stdout)}
    for day, was in before.items():
        now = after[day]
        assert (now["title"], now["body"]) == (was["title"], was["body"])
        assert sorted(now["tags"]) == sorted(was["tags"])
    assert after["2026-11-20"]["tags"] == ["foo"]


def test_jrnl_text_and_csv_on_a_terminal_show_escapes_and_a_file_keeps_them(
    rj, rj_home, pty_env, tmp_path
):
    assert rj("write", "-", input="a \x1b]0;pwned\x07\n").exit_code == 0
    titled = rj("write", "b", "--title", "t \x1b]0;pwned\x07", "--date", "nov 24")
    assert titled.exit_code == 0, titled.output
    for chosen in ("jrnl-txt", "csv"):
        ran = run_in_pty(["export", "-f", chosen, "--kind", "entry"], env=pty_env)
        assert ran.exit_code == 0, ran.output
        assert "\x1b" not in ran.output and "\x07" not in ran.output
        assert "␛]0;pwned␇" in ran.output
    out = tmp_path / "exact.txt"
    assert rj("export", "-f", "jrnl-txt", "-o", str(out)).exit_code == 0
    assert "a \x1b]0;pwned\x07" in out.read_text(encoding="utf-8")
    piped = rj("export", "-f", "jrnl-txt")
    assert "a \x1b]0;pwned\x07" in piped.stdout


def test_a_number_of_5000_digits_in_day_one_is_refused_in_one_line(rj, rj_home, tmp_path):
    entry = '{"creationDate": "2020-01-01T10:00:00Z", "text": "hi", "starred": %s}'
    raw = '{"metadata": {}, "entries": [' + entry % ("9" * 5000) + "]}"
    big = tmp_path / "Journal.json"
    big.write_text(raw, encoding="utf-8")
    refused(rj, rj_home, str(big), says="holds a number longer than 4,300 digits")
    packed = tmp_path / "big.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("Journal.json", raw)
    refused(rj, rj_home, str(packed), says="holds a number longer than 4,300 digits")


def test_a_file_that_is_not_json_nor_a_jrnl_journal_says_what_rj_reads(rj, rj_home, tmp_path):
    for text in ("Dear diary, today was long.\n", "# 2024-03-01 08:00 Had a good day.\n"):
        plain = tmp_path / "notjson.txt"
        plain.write_text(text, encoding="utf-8")
        refused(rj, rj_home, str(plain), says="is neither JSON nor a jrnl journal file")
        result = rj("import", str(plain))
        assert "jrnl --format json" in result.stderr and "Day One" in result.stderr


def test_export_help_and_the_readme_say_the_same(rj):
    shown = " ".join(rj("export", "--help").stdout.split())
    assert "markdown, JSON, a jrnl journal file or CSV" in shown
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "entries, small wins, check-ins, goals and experiments" in shown
    assert "`--kind entry` exports entries, small wins, check-ins, goals and experiments" in readme
