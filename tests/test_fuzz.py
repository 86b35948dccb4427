"""Fuzzing what people and files hand to rj (hypothesis): every input gives a result or the
module's own clear error, never another exception, and a refused import changes nothing.

- dates.parse_day and the week names: any text.
- prompts.load_file: any YAML-ish text, and any structure of mappings, lists and scalars.
- importing: any bytes on `rj import -`, and JSON shaped like either export with any value
  in any field. (tests/test_exchange_properties.py round-trips valid journals.)
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import tempfile
from datetime import UTC, date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from resilience_journal.cli import app
from resilience_journal.dates import DateError, parse_day, stored_week, week_from_label
from resilience_journal.errors import JournalError
from resilience_journal.exchange import importing
from resilience_journal.prompting.packs import PromptFileError, load_file
from resilience_journal.store import JournalStore

from .conftest import clock

FUZZ = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SENTINEL = "Umbrella-kestrel-4471"  # a person's words: never in an error

# dates -------------------------------------------------------------------------------------------

date_words = st.sampled_from(
    [
        "today",
        "yesterday",
        "tomorrow",
        "last",
        "ago",
        "days",
        "week",
        "weeks",
        "month",
        "year",
        "a",
        "an",
        "ten",
        "friday",
        "fri",
        "nov",
        "november",
        "feb",
        "29",
        "31",
        "2026",
        "0",
        "-",
        "/",
        ".",
        ",",
        ":",
        "T",
        "Z",
        "+05:00",
        "2026-11-20",
        "12:00",
        "am",
        "pm",
        "of",
        "the",
        "1st",
        "99999999999999999999",
        "\x00",
        "\u0663",
        "²",
        "\u202e",
        " ",
        "\t",
    ]
)
date_texts = st.text(max_size=40) | st.lists(date_words, max_size=6).map(" ".join)
todays = st.dates(min_value=date(1901, 1, 1), max_value=date(9998, 12, 30))


@FUZZ
@given(date_texts, todays, st.booleans())
def test_any_text_is_a_day_or_the_clear_date_error(text, today, only_past):
    try:
        day = parse_day(text, today=today, latest=today if only_past else None)
    except DateError as err:
        assert err.message.startswith(("That date could not be read: ", "That date is in the"))
        assert "\n" not in err.message  # the text is quoted with repr, escapes and all
        return
    assert date(1900, 1, 1) <= day <= date(9999, 1, 1)
    if only_past:
        assert day <= today


week_texts = st.text(max_size=16) | st.from_regex(r"\s*-?\d{1,6}-?[wW]-?\d{1,4}\s*", fullmatch=True)


@FUZZ
@given(week_texts, st.sampled_from(["monday", "sunday", "Wednesday"]))
def test_any_week_name_is_a_week_or_the_clear_date_error(text, starts_on):
    for read in (week_from_label, stored_week):
        try:
            first = read(text, starts_on)
        except DateError as err:
            assert re.match(
                r"(A week is written like|That week is out of range|\d+ has weeks)", err.message
            ), err.message
            continue
        assert first.strftime("%A").lower() == starts_on.lower()


# prompt packs ------------------------------------------------------------------------------------

GOOD = {
    "category": "my-pack",
    "title": "My pack",
    "description": "Prompts my therapist and I wrote.",
    "prompts": [
        {
            "id": "my-pack.one",
            "text": "You might notice one sound.",
            "depth": "gentle",
            "follow_ups": ["Where does it come from?"],
            "tags": ["senses"],
        },
        {"id": "my-pack.two", "text": "If it feels right, write.", "depth": "deep"},
    ],
}

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.sampled_from(["gentle", "deep", "my-pack.x", "no", "yes", "010", "12:30:00", "~", ""])
    | st.dates()
)
structures = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from([*GOOD, *GOOD["prompts"][0], "x"]) | st.text(max_size=6),
            inner,
            max_size=5,
        )
    ),
    max_leaves=25,
)


@st.composite
def changed_packs(draw) -> dict:
    """The good pack with a few of its values (anywhere in it) replaced by anything."""
    pack = json.loads(json.dumps(GOOD))
    for _ in range(draw(st.integers(1, 3))):
        node = pack
        while keys := list(node) if isinstance(node, dict) else list(range(len(node))):
            key = draw(st.sampled_from(keys))
            if not isinstance(node[key], dict | list) or draw(st.booleans()):
                node[key] = draw(structures)
                break
            node = node[key]
    return pack


yaml_bits = st.sampled_from(
    [
        "category: ",
        "title: ",
        "description: ",
        "prompts:",
        "  - id: a.b",
        "    text: ",
        "    depth: gentle",
        "    follow_ups: ",
        "    tags: ",
        "- ",
        "  ",
        ": ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "&a ",
        "*a",
        "!!python/name:os.system ",
        "!!str ",
        "!!int ",
        "!!bool ",
        "!!binary ",
        "!!timestamp ",
        "!!set ",
        "!!omap ",
        "<<: ",
        "? ",
        "'",
        '"',
        "#",
        "|",
        ">",
        "---",
        "...",
        "%YAML 1.1",
        "no",
        "010",
        "12:30:00",
        "2026-02-30",
        "0x",
        "1e9",
        "~",
        "\t",
        "\\",
        "\x00",
        "\ufeff",
        "\u2028",
        "é",
    ]
)
yaml_texts = st.lists(
    st.lists(yaml_bits | st.text(max_size=4), max_size=5).map("".join), max_size=10
).map("\n".join) | st.text(max_size=60)


def _pack_or_clear_error(path: Path) -> None:
    try:
        category, prompts = load_file(path)
    except PromptFileError as err:
        assert re.match(rf"{re.escape(str(path))}:(\d+:)? \S", err.message), err.message
        assert "\n" not in err.message and "\r" not in err.message, err.message
        return
    # A pack that loads holds text where text belongs: never False, a number or a date.
    assert all(isinstance(part, str) and part for part in (category.name, category.title))
    for prompt in prompts:
        for part in (prompt.id, prompt.text, prompt.depth, *prompt.follow_ups, *prompt.tags):
            assert isinstance(part, str) and part.strip()


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("packs")


@FUZZ
@given(yaml_texts | st.binary(max_size=60))
def test_any_yaml_ish_text_is_a_pack_or_the_clear_error(folder, text):
    path = folder / "pack.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    _pack_or_clear_error(path)


@FUZZ
@given(changed_packs() | structures)
def test_any_structure_is_a_pack_or_the_clear_error(folder, data):
    path = folder / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    _pack_or_clear_error(path)


# import ------------------------------------------------------------------------------------------


def _dump(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def made_once(tmp_path_factory) -> Path:
    """A journal with a bit of everything, copied for each example."""
    home = tmp_path_factory.mktemp("import-base")
    for command in (
        ("write", f"{SENTINEL} already here.", "--tag", "work", "--mood", "5"),
        ("win", "answered the letter"),
        ("values", "add", "courage"),
    ):
        assert CliRunner().invoke(app, list(command), env={"RJ_HOME": str(home)}).exit_code == 0
    return home / "journal.db"


def _import_bytes(base: Path, data: bytes, *options: str) -> tuple[object, list[str], list[str]]:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "journal.db"
        shutil.copyfile(base, db)
        before = _dump(db)
        result = CliRunner().invoke(
            app, ["--db", str(db), "import", "-", *options], input=data, catch_exceptions=False
        )
        return result, before, _dump(db)


def _clean_or_refused(result, before: list[str], after: list[str]) -> None:
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    if result.exit_code == 1:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].endswith("Nothing was imported."), lines[0]
        assert SENTINEL not in lines[0]
        assert after == before  # never a partial import
    else:
        assert result.stderr.startswith("Imported "), result.stderr
        assert " from standard input" in result.stderr


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=10,
)


def junk_or(good: st.SearchStrategy, odd: st.SearchStrategy = json_values) -> st.SearchStrategy:
    """Mostly the right kind of value, now and then an odd one (by default, anything)."""
    return st.sampled_from(range(16)).flatmap(lambda n: odd if n == 15 else good)


days = junk_or(st.dates().map(str), st.sampled_from(["2026-02-30", "0001-01-01", "2026-1-1"]))
stamps = junk_or(
    st.datetimes(timezones=st.just(UTC)).map(lambda m: m.isoformat()),
    st.sampled_from(["2026-11-01T09:00:00", "9999-12-31T23:00:00-05:00", "yesterday"]),
)
clocks = junk_or(st.times().map(lambda t: t.strftime("%H:%M")), st.sampled_from(["25:00", ""]))
uuids = st.uuids().map(str) | st.sampled_from(["00000000-0000-4000-8000-000000000001", "x"])
names = st.sampled_from(
    [
        "courage",
        "Courage",
        "COURAGE",
        "rest",
        "being present",
        "é",
        "ÉTÉ",
        "été",
        "work",
        "Work",
        "a b",
        "",
        " ",
    ]
)
texts = junk_or(st.text(min_size=1, max_size=30) | st.just(SENTINEL)) | st.just("x" * 501)


def _records(required: dict, optional: dict, least: int = 0) -> st.SearchStrategy:
    return st.lists(
        st.fixed_dictionaries(
            {key: junk_or(value) for key, value in required.items()},
            optional={key: junk_or(value) for key, value in optional.items()},
        ),
        min_size=least,
        max_size=3,
    )


rj_documents = st.fixed_dictionaries(
    {"format": st.just("resilience-journal"), "version": junk_or(st.just(1))},
    optional={
        "values": _records(
            {"name": names},
            {"uuid": uuids, "description": texts, "created_at": stamps, "archived_at": stamps},
        ),
        "value_ratings": _records(
            {
                "value": names,
                "day": days,
                "rated_at": stamps,
                "importance": st.integers(-1, 11),
                "consistency": st.integers(-1, 11),
            },
            {"uuid": uuids},
        ),
        "tags": _records({"name": names}, {"uuid": uuids}),
        "wins": _records(
            {"day": days, "text": texts},
            {
                "uuid": uuids,
                "created_at": stamps,
                "updated_at": stamps,
                "values": st.lists(names, max_size=2),
                "deleted_at": stamps,
            },
        ),
        "entries": _records(
            {"day": days, "body": texts},
            {
                "uuid": uuids,
                "kind": st.sampled_from(["entry", "review", "checkin"]),
                "created_at": stamps,
                "updated_at": stamps,
                "title": texts,
                "mood": st.integers(-1, 11),
                "distress": st.integers(-1, 11),
                "tags": st.lists(names, max_size=2),
                "values": st.lists(names, max_size=2),
                "prompt_id": st.sampled_from(["grounding.feet", "a b", ""]) | st.text(max_size=8),
                "review_week": st.from_regex(r"\d{4}-?[wW]\d{1,2}", fullmatch=True),
                "deleted_at": stamps,
            },
            least=1,
        ),
        "checkins": _records(
            {"day": days},
            {"uuid": uuids, "created_at": stamps, "distress": st.integers(-1, 11)},
        ),
    },
)
jrnl_documents = st.fixed_dictionaries(
    {
        "entries": _records(
            {"date": days, "time": clocks, "body": texts},
            {
                "title": texts,
                "starred": st.booleans(),
                "tags": st.lists(st.sampled_from(["@work", "#self+care", "@", "x y", "@Work"])),
            },
            least=1,
        )
    },
    optional={"tags": junk_or(st.just({})), "format": json_values},
)


@settings(FUZZ, max_examples=60)
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_bytes_import_cleanly_or_change_nothing(made_once, data):
    _clean_or_refused(*_import_bytes(made_once, data))


@settings(FUZZ, max_examples=120)
@given(
    rj_documents | jrnl_documents | json_values,
    st.sampled_from([(), ("--from", "json"), ("--from", "jrnl")]),
)
def test_any_json_imports_cleanly_or_changes_nothing(made_once, document, options):
    data = json.dumps(document).encode()
    result, before, after = _import_bytes(made_once, data, *options)
    _clean_or_refused(result, before, after)


@settings(FUZZ, max_examples=200)
@given(rj_documents | jrnl_documents)
def test_a_checked_plan_is_written_whole(made_once, document):
    """Below the CLI: whatever plan() accepts, apply() writes whole, and the journal then
    holds exactly what the plan said it would add; what plan() refuses changes nothing."""
    source = "json" if document.get("format") == "resilience-journal" else "jrnl"
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "journal.db"
        shutil.copyfile(made_once, db)
        before = _dump(db)
        store = JournalStore(db)
        try:
            planned = importing.plan(source, document, store, clock())
        except JournalError as err:
            store.close()
            assert err.message.endswith("Nothing was imported.")
            assert SENTINEL not in err.message
            assert _dump(db) == before
            return
        try:
            counts = _counts(store)
            importing.apply(store, planned, lambda _: None)
            added = _counts(store)
        finally:
            store.close()
    grew = {key: added[key] - counts[key] for key in counts}
    assert grew == {
        "entries": planned.added()["entries"] + planned.added()["reviews"],
        "wins": planned.added()["wins"],
        "journal_values": planned.added()["values"],
        "value_ratings": planned.added()["value_ratings"],
        "checkins": planned.added()["checkins"],
    }


def _counts(store: JournalStore) -> dict[str, int]:
    return {
        table: store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("entries", "wins", "journal_values", "value_ratings", "checkins")
    }
