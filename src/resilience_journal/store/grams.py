"""A second search index for text written without spaces between words (Chinese, Japanese,
Thai, …) and for emoji, which the word index (entries_fts, unicode61) cannot find inside a
sentence. FTS5's trigram tokenizer (SQLite 3.34 or later), contentless and without positions
(detail=none), over the entries that hold such characters only: an English journal's index
stays nearly empty. A match there is a candidate; store/search.py checks each with instr()."""

from __future__ import annotations

from typing import Any

# Characters of scripts written without spaces, symbols and emoji: © ®, ‼ ⁉, the letterlike
# symbols (™ ℹ), arrows (↩ ⬆), technical symbols (⌛ ⏰), ▶ ◻ and the other shapes, Ⓜ ⤴ ⤵,
# Thai and Lao, Myanmar, Khmer, the dingbats (☀ ✨ ❤), ⭐ and the other symbols and arrows,
# and everything from the CJK radicals on (kana, CJK, Hangul, fullwidth forms, emoji).
# search.py finds its terms with the same ranges. They are in the index's triggers too: a
# change needs a migration that makes them again (widen()).
_RANGES = [(0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x0E00, 0x0EFF), (0x1000, 0x109F)]
_RANGES += [(0x1780, 0x17FF), (0x203C, 0x203C), (0x2049, 0x2049), (0x2100, 0x214F)]
_RANGES += [(0x2190, 0x21FF), (0x2300, 0x23FF), (0x24C2, 0x24C2), (0x25A0, 0x25FF)]
_RANGES += [(0x2600, 0x27BF), (0x2934, 0x2935), (0x2B00, 0x2BFF), (0x2E80, 0x10FFFF)]
#: The ranges as a character class's inside (GLOB here, a regular expression in search.py).
UNSPACED = "".join(f"{chr(first)}-{chr(last)}" for first, last in _RANGES)


def holds(row: str) -> str:
    """SQL: the entry `row` (new, old or e) holds an unspaced character. Only text that is
    not all ASCII (more bytes than characters, a quick test) is read through GLOB."""
    found = "length(CAST({0} AS BLOB)) > length({0}) AND {0} GLOB '*[" + UNSPACED + "]*'"
    return f"(({found.format(row + '.body')}) OR ({found.format(row + '.title')}))"


def unselected(column: str) -> str:
    """SQL: the text of `column` without U+FE0E and U+FE0F, which ask for a character's text
    or emoji style: the index and the check of each candidate leave them out, so ❤ finds ❤️
    and ❤️ finds ❤ (search.py drops them from a query)."""
    return f"replace(replace({column}, char(65038), ''), char(65039), '')"


def _values(row: str) -> str:
    return f"{row}.id, {unselected(row + '.title')}, {unselected(row + '.body')}"


_ADD = "INSERT INTO entries_grams (rowid, title, body) SELECT {values}"
_TAKE = (
    "INSERT INTO entries_grams (entries_grams, rowid, title, body)"
    f" SELECT 'delete', {_values('old')} WHERE " + holds("old") + ";"
)
_ADD_NEW = _ADD.format(values=_values("new")) + " WHERE " + holds("new") + ";"
#: The entries from an id on, indexed in one pass (a large import sets TRIGGER aside).
BULK = _ADD.format(values=_values("e")) + " FROM entries e WHERE e.id >= ? AND " + holds("e")
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
    _triggers(db)
    db.execute(BULK, [0])


def _triggers(db: Any) -> None:
    db.execute(f"CREATE TRIGGER {TRIGGER} AFTER INSERT ON entries BEGIN {_ADD_NEW} END")
    db.execute(f"CREATE TRIGGER entries_grams_ad AFTER DELETE ON entries BEGIN {_TAKE} END")
    db.execute(
        "CREATE TRIGGER entries_grams_au AFTER UPDATE OF title, body ON entries"
        f" BEGIN {_TAKE} {_ADD_NEW} END"
    )


TRIGGERS = (TRIGGER, "entries_grams_ad", "entries_grams_au")


def widen(db: Any) -> None:
    """The triggers made again with the ranges and selectors of today, and every entry
    indexed again (a migration, when either changes)."""
    if not exists(db):
        return
    for name in TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    _triggers(db)
    rebuild(db)


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
