"""A second search index for text written without spaces between words (Chinese, Japanese,
Thai, …) and for emoji, which the word index (entries_fts, unicode61) cannot find inside a
sentence. FTS5's trigram tokenizer (SQLite 3.34 or later), contentless and without positions
(detail=none), over the entries that hold such characters only: an English journal's index
stays nearly empty. A match there is a candidate; store/search.py checks each with instr()."""

from __future__ import annotations

from typing import Any

# Characters of scripts written without spaces, symbols and emoji: Thai and Lao, Myanmar,
# Khmer, the dingbats (☀ ✨ ❤), and everything from the CJK radicals on (kana, CJK, Hangul,
# fullwidth forms, emoji). search.py finds its terms with the same ranges.
_RANGES = [(0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x2600, 0x27BF)]
_RANGES += [(0x2E80, 0x10FFFF)]
#: The ranges as a character class's inside (GLOB here, a regular expression in search.py).
UNSPACED = "".join(f"{chr(first)}-{chr(last)}" for first, last in _RANGES)


def holds(row: str) -> str:
    """SQL: the entry `row` (new, old or e) holds an unspaced character. Only text that is
    not all ASCII (more bytes than characters, a quick test) is read through GLOB."""
    found = "length(CAST({0} AS BLOB)) > length({0}) AND {0} GLOB '*[" + UNSPACED + "]*'"
    return f"(({found.format(row + '.body')}) OR ({found.format(row + '.title')}))"


_ADD = "INSERT INTO entries_grams (rowid, title, body) SELECT {row}.id, {row}.title, {row}.body"
_TAKE = (
    "INSERT INTO entries_grams (entries_grams, rowid, title, body)"
    " SELECT 'delete', old.id, old.title, old.body WHERE " + holds("old") + ";"
)
_ADD_NEW = _ADD.format(row="new") + " WHERE " + holds("new") + ";"
#: The entries from an id on, indexed in one pass (a large import sets TRIGGER aside).
BULK = _ADD.format(row="e") + " FROM entries e WHERE e.id >= ? AND " + holds("e")
TRIGGER = "entries_grams_ai"


def create(db: Any) -> None:
    """The table and its triggers, and every entry already written (a migration)."""
    try:
        db.execute(
            "CREATE VIRTUAL TABLE entries_grams USING fts5(title, body, content='',"
            " tokenize='trigram', detail='none')"
        )
    except Exception as err:  # noqa: BLE001 - sqlite3 and sqlcipher3 raise their own classes
        if "trigram" not in str(err):
            raise
        return  # an SQLite before 3.34: search reads the text itself (store/search.py)
    db.execute(f"CREATE TRIGGER {TRIGGER} AFTER INSERT ON entries BEGIN {_ADD_NEW} END")
    db.execute(f"CREATE TRIGGER entries_grams_ad AFTER DELETE ON entries BEGIN {_TAKE} END")
    db.execute(
        "CREATE TRIGGER entries_grams_au AFTER UPDATE OF title, body ON entries"
        f" BEGIN {_TAKE} {_ADD_NEW} END"
    )
    db.execute(BULK, [0])


def exists(db: Any) -> bool:
    found = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entries_grams'"
    ).fetchone()
    return found is not None


def rebuild(conn: Any) -> None:
    """Index every entry again (rj doctor --fix): a contentless table has no 'rebuild'."""
    if exists(conn):
        conn.execute("INSERT INTO entries_grams (entries_grams) VALUES ('delete-all')")
        conn.execute(BULK, [0])


def check(conn: Any) -> None:
    """Raises when the index is damaged (FTS5's integrity-check)."""
    if exists(conn):
        conn.execute("INSERT INTO entries_grams (entries_grams) VALUES ('integrity-check')")


def forget(conn: Any) -> None:
    """Merge the index, so no trace of destroyed entries stays in an old segment."""
    if exists(conn):
        conn.execute("INSERT INTO entries_grams (entries_grams) VALUES ('optimize')")
