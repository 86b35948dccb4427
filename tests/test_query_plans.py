"""The hot commands' queries read through their indexes, never a whole table.

A small, varied journal is made through the real CLI; then each hot command (those with
speed targets at 100k entries, benchmarks/README.md) runs through the real entry point while
every SQL statement the store runs is recorded (a trace callback on the store's connections).
Each recorded statement is then given to `EXPLAIN QUERY PLAN` on the same journal. Python
3.11's trace callback passes the expanded SQL (parameters written in as literals), so the
plan is the one the command got.

The journal has no `sqlite_stat1` (rj never runs ANALYZE), so SQLite plans from its schema
and fixed heuristics alone: a 10-entry journal gets the same plans as a 100k-entry one, and
this test is fast and deterministic (`made` below makes sure there is no such table).

The rule, per line of a plan, for a table that grows with the journal (every table not in
SMALL below):

- `SCAN t`: every row. Not allowed.
- `SEARCH t USING AUTOMATIC ... INDEX`: SQLite reads every row to build a throwaway index.
  Not allowed.
- `SCAN t USING [COVERING] INDEX x`: an ordered walk of the whole index; and `SEARCH t`
  narrowed only by `deleted_at=?` (all live rows: nearly all rows) or by a one-sided range
  (`day<?`: everything up to now). These are whole walks too, allowed only when the
  statement has ORDER BY ... LIMIT and the plan does not sort the whole result itself (no
  `USE TEMP B-TREE FOR ORDER BY` beside it): the walk then gives rows in order and stops
  after LIMIT of them (`rj list -n 10`). A WHERE that drops most rows (a rare tag) still
  walks far; the plan cannot tell, so that is left to the benchmarks.
- Anything else (`SEARCH t USING INDEX x (day>? AND day<?)`, by primary key, an FTS5 MATCH)
  is fine.

Whole-history reads that are needed by design are listed in NEEDED, each with its reason.
FTS5's own statements on its shadow tables (traced as `-- ...`) are FTS5's business and are
not checked, nor are trigger bodies (an INSERT's plan does not show them). A name in a plan
that is neither a table, an alias nor a WITH or FROM (...) table fails the test, so a scan
cannot hide behind SQL this file does not understand.

The daily check-in is asked only on a terminal, which CliRunner never is, so its queries
are traced in a real `rj today` on a pseudo-terminal (a sitecustomize hooks sqlite3.connect
there). Dropping an index must make the check fail: the second test proves it does.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import resilience_journal.store.core as store_module
from resilience_journal.cli import app
from resilience_journal.store import files
from tests.conftest import ok, run_in_pty

NOW = "2026-11-25T21:30:00"  # a Wednesday evening; the journal's days are around it

# What a person types, as rj's speed targets name them (exports are whole-journal by nature).
HOT = [
    ["win", "walked round the block"],
    ["win", "said no kindly", "--value", "honesty"],
    ["write", "A short line."],
    ["write", "Called my sister.", "--tag", "family", "--value", "rest", "--mood", "6"],
    ["list", "-n", "10"],
    ["list", "--tag", "family", "-n", "20"],
    ["show", "1"],
    ["search", "river"],
    ["search", "a", "-n", "1"],  # more than it shows: the count of every match as well
    ["today"],
    ["stats"],
    ["streak"],
    ["review", "--no-write"],
    ["alignment"],
    ["wins"],
    ["wins", "--value", "honesty"],
    ["values", "list"],
    ["reviews"],
]

# Tables that do not grow with the journal: a scan of one is a few rows.
SMALL = {
    "sqlite_master": "the schema; sqlite-utils reads it to find tables and views",
    "_sqlite_migrations": "one row per schema change",
    "entries_fts_config": "FTS5's settings, a few rows",
    "entries_grams_config": "FTS5's settings of the trigram index, a few rows",
    "journal_values": "a person's values: a handful, kept when archived",
    "tags": "a person's tag names: tens or hundreds, not one per entry",
    "goals": "a person's goals: a few a year",
    "experiments": "small experiments: a few a month at most",
    "hard_dates": "dates a person marked as hard: a handful",
    "drafts": "interrupted text, kept only until it is saved or discarded",
    "meta": "a few keys of what rj has already said",
    "safety_plans": "one row per version of the safety plan",
}

# Whole-history reads needed by design: (a piece of the statement, table) -> why.
NEEDED = {
    ("SELECT day FROM days WHERE entries + reviews + wins > 0 ORDER BY day", "days"): (
        "streaks (current and longest) and the count of days written run over every day "
        "written; days keeps one small row per day, about 365 a year, for exactly this"
    ),
    **{
        ("max(day) AS last_day", table): (
            "rj alignment's 'last acted' is the latest day each value was lived, however long "
            "ago: an index-only walk of the live rows' (deleted_at, day) index"
        )
        for table in ("entries", "wins", "experiment_ticks")
    },
}

CHECKED = ("SELECT", "WITH", "INSERT", "UPDATE", "DELETE", "REPLACE")
_SOURCE = re.compile(r"\b(?:FROM|JOIN)\s+(?:main\.)?[\"']?(\w+)[\"']?(?:\s+(?:AS\s+)?(\w+))?", re.I)
_NOT_ALIAS = {
    "WHERE",
    "ON",
    "JOIN",
    "LEFT",
    "INNER",
    "CROSS",
    "NATURAL",
    "INDEXED",
    "ORDER",
    "GROUP",
    "LIMIT",
    "UNION",
    "USING",
    "WINDOW",
    "HAVING",
    "AS",
}
_LINE = re.compile(r"(SCAN|SEARCH) (?:main\.)?(\S+)(?: (.*))?")


class ReadsWholeTable(AssertionError):
    """A hot command's plan reads a whole table that grows with the journal."""


def check(problems: list[str]) -> None:
    if problems:
        raise ReadsWholeTable("A hot command reads a whole table:\n" + "\n".join(problems))


def one_line(sql: str) -> str:
    return " ".join(sql.split())


def tables_named(sql: str) -> dict[str, set[str]]:
    """Each name the statement reads a table by (its own name or an alias) -> the tables."""
    named: dict[str, set[str]] = {}
    for table, alias in _SOURCE.findall(sql):
        named.setdefault(table, set()).add(table)
        if alias and alias.upper() not in _NOT_ALIAS:
            named.setdefault(alias, set()).add(table)
    return named


def whole_walk(how: str) -> bool:
    """Does this way of reading a table go through all its (live) rows? A whole index in
    order, FTS5 without MATCH, only deleted_at=?, or only one side of a range (day<?), except
    deleted_at>? alone: the trash."""
    if how.startswith("VIRTUAL TABLE"):
        return not re.search(r":.*[M=]", how)  # FTS5: M is a MATCH, = a rowid
    found = re.search(r"\((.*)\)$", how)
    if not found:
        return how.startswith(("USING INDEX", "USING COVERING INDEX"))
    terms = [t for t in found[1].split(" AND ") if t != "deleted_at=?"]
    if terms == ["deleted_at>?"]:
        return False  # the trash: only the rows with deleted_at set, a few
    if any(re.fullmatch(r"\w+=\?", t) for t in terms):
        return False
    sides: dict[str, set[str]] = {}
    for term in terms:
        if ranged := re.fullmatch(r"(\w+)([<>])=?\?", term):
            sides.setdefault(ranged[1], set()).add(ranged[2])
    return not any(len(both) == 2 for both in sides.values())


def plan_problems(db: Path, command: str, statements: list[str]) -> list[str]:
    """What is wrong with the plans of `statements` (run by `command`), one readable
    paragraph each; empty when every one reads through an index."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        tables |= {"sqlite_master", "sqlite_schema"}
        problems = []
        for statement in dict.fromkeys(statements):
            sql = one_line(statement)  # to read and match; SQLite is given it as it ran
            if not sql.upper().startswith(CHECKED):
                continue  # PRAGMA, BEGIN, SAVEPOINT ..., and FTS5's own `-- ...` statements
            plan = conn.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall()
            named = tables_named(sql)
            bounded = re.search(r"\bORDER BY\b.*\bLIMIT \d+", sql, re.I) is not None
            for _, parent, _, detail in plan:
                line = _LINE.fullmatch(detail)
                if not line or line[2].startswith("(") or line[2] == "CONSTANT":
                    continue  # not a table: a subquery's rows, already checked on their own
                verb, name, how = line[1], line[2], line[3] or ""
                reads = ({name} | named.get(name, set())) & tables
                if not reads:
                    if name in named or re.search(rf"(\)|\bWITH|,)\s*{name}\b", sql):
                        continue  # a WITH or FROM (...) table: its own lines are checked
                    problems.append(
                        f"rj {command}: cannot tell which table {name!r} is in "
                        f"{detail!r}\n    {sql[:400]}"
                    )
                    continue
                sorts_all = any(
                    p == parent and d == "USE TEMP B-TREE FOR ORDER BY" for _, p, _, d in plan
                )
                if verb == "SCAN" and not how:
                    why = "reads every row of"
                elif "AUTOMATIC" in how:
                    why = "reads every row, to build a throwaway index, of"
                elif whole_walk(how) and not (bounded and not sorts_all):
                    why = "walks every (live) row, with no ORDER BY ... LIMIT to stop it, of"
                else:
                    continue
                for table in sorted(reads - set(SMALL)):
                    if not any(piece in sql and t == table for piece, t in NEEDED):
                        problems.append(
                            f"rj {command}: {detail}\n    {why} {table}\n    in: {sql[:400]}"
                        )
        return problems
    finally:
        conn.close()


@pytest.fixture
def traced(monkeypatch) -> list[str]:
    """Every SQL statement rj runs from now on, as the trace callback gives it."""
    seen: list[str] = []
    real = files.connect

    def connect(*args, **kwargs):
        conn = real(*args, **kwargs)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(files, "connect", connect)
    monkeypatch.setattr(store_module, "connect", connect)  # the store's own name for it
    return seen


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    """A little of everything the hot commands read, dated around NOW, made once through
    the real CLI (each test gets its own copy)."""
    home = tmp_path_factory.mktemp("made") / "rj-home"
    home.mkdir(mode=0o700)
    env = {"RJ_HOME": str(home), "RJ_NOW": NOW, "NO_COLOR": "1", "VISUAL": None, "EDITOR": None}
    review = {
        "format": "resilience-journal",
        "version": 1,
        "entries": [
            {
                "uuid": "00000000-0000-4000-8000-000000000001",
                "day": "2026-11-22",
                "kind": "review",
                "review_week": "2026-W47",
                "body": "A steady week.",
                "tags": ["family"],
            }
        ],
    }
    (home / "review.json").write_text(json.dumps(review), encoding="utf-8")
    runner = CliRunner()
    for args in (
        ["config", "set", "resurface_entries", "on"],
        ["values", "add", "honesty"],
        ["values", "add", "rest"],
        [
            "write",
            "Walked to the river with my sister.",
            "--tag",
            "family",
            "--tag",
            "walk",
            "--mood",
            "6",
            "--value",
            "rest",
            "--date",
            "2026-11-24",
        ],
        ["write", "A year ago today.", "--tag", "family", "--date", "2025-11-25"],
        ["write", "A month ago.", "--mood", "3", "--date", "2026-10-25"],
        ["write", "Going to the trash.", "--date", "2026-11-23"],
        ["delete", "4"],
        ["win", "answered the letter", "--value", "honesty", "--date", "2026-11-20"],
        ["win", "slept through"],
        ["values", "rate", "--value", "honesty", "--importance", "9", "--consistency", "4"],
        ["import", str(home / "review.json")],
        ["goals", "add", "learn to swim", "--value", "rest"],
        ["goals", "step", "1", "book a lesson"],
        ["goals", "check", "1", "1"],
        ["experiment", "start", "a walk after lunch", "--days", "7", "--value", "rest"],
        ["experiment", "log", "1"],
    ):
        ok(runner.invoke(app, args, env=env, catch_exceptions=False))
    with sqlite3.connect(home / "journal.db") as conn:
        stats = conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'sqlite_stat%'")
        assert stats.fetchall() == [], "ANALYZE was run: plans now depend on the data"
    return home


@pytest.fixture
def journal(made, rj_home, monkeypatch) -> Path:
    """This test's copy of the journal, at the same moment."""
    monkeypatch.setenv("RJ_NOW", NOW)
    shutil.copytree(made, rj_home, dirs_exist_ok=True)
    return rj_home / "journal.db"


def hot_problems(rj, traced: list[str], db: Path, commands=HOT) -> list[str]:
    problems = []
    for args in commands:
        traced.clear()
        ok(rj(*args))
        assert any(s.lstrip().upper().startswith("SELECT") for s in traced), args  # traced?
        problems += plan_problems(db, " ".join(args), traced)
    return problems


def test_hot_commands_read_through_indexes(rj, journal, traced):
    assert ok(rj("reviews")).count("A steady week.") == 1  # the journal holds what it should
    problems = hot_problems(rj, traced, journal)
    check(problems)


@pytest.mark.parametrize(
    ("index", "command", "says"),
    [
        ("idx_wins_live", ["today"], "SCAN w"),
        ("idx_wins_live", ["wins"], "SCAN w"),
        ("idx_entry_tags_tag", ["list", "--tag", "family", "-n", "20"], "SCAN et"),
        ("idx_ticks_day", ["review", "--no-write"], "SCAN t"),
    ],
)
def test_the_check_fails_when_an_index_is_lost(rj, journal, traced, index, command, says):
    """As a future migration that rebuilt a table and forgot an index would do."""
    with sqlite3.connect(journal) as conn:
        conn.execute(f"DROP INDEX {index}")
    problems = hot_problems(rj, traced, journal, [command])  # the command still works
    assert problems, f"no scan reported for rj {' '.join(command)} without {index}"
    assert all(p.startswith(f"rj {' '.join(command)}: {says}") for p in problems), problems


def sql_tracer(folder: Path) -> Path:
    """A sitecustomize for a real `rj` process: every statement, as JSON lines, to a file."""
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(
        "import json, os, sqlite3\n"
        "_connect = sqlite3.connect\n"
        "def connect(*args, **kwargs):\n"
        "    conn = _connect(*args, **kwargs)\n"
        "    def trace(sql):\n"
        "        with open(os.environ['RJ_SQL_TRACE'], 'a', encoding='utf-8') as out:\n"
        "            out.write(json.dumps(sql) + '\\n')\n"
        "    conn.set_trace_callback(trace)\n"
        "    return conn\n"
        "sqlite3.connect = connect\n",
        encoding="utf-8",
    )
    return folder / "trace.jsonl"


def test_the_daily_check_in_on_a_terminal_reads_through_indexes(journal, pty_env, tmp_path):
    trace = sql_tracer(tmp_path / "tracer")
    pty_env.update(RJ_NOW=NOW, RJ_SQL_TRACE=str(trace), EDITOR="")
    pty_env["PYTHONPATH"] += f"{os.pathsep}{trace.parent}"
    # The check-in is on (its default), and asked on a terminal once a day.
    (journal.parent / "config.yaml").write_text("resurface_entries: 'on'\n", encoding="utf-8")
    result = run_in_pty(["today"], env=pty_env, keys=["Enter skips.", b"\r"])
    assert result.exit_code == 0, result.output
    statements = [json.loads(line) for line in trace.read_text(encoding="utf-8").splitlines()]
    assert any("FROM checkins" in s for s in statements)  # the check-in was asked
    problems = plan_problems(journal, "today (on a terminal)", statements)
    check(problems)
