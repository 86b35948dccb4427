"""Every record read out for an export. Rows stream from a cursor in the order the file
lists them (day, time written, order saved), so a lifetime of entries never sits in memory
at once. For JSON, SQLite writes each record's object itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from resilience_journal.store.core import Core, Row

_TAGS_OF = """(SELECT json_group_array(name) FROM (
        SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
        WHERE et.entry_id = e.id ORDER BY t.name COLLATE NOCASE, t.uuid))"""
_VALUES_OF = """(SELECT json_group_array(name) FROM (
        SELECT v.name FROM {owner}_values ov JOIN journal_values v ON v.id = ov.value_id
        WHERE ov.{owner}_id = {alias}.id ORDER BY v.name COLLATE NOCASE))"""


def _columns(
    alias: str, columns: str, scalars: dict[str, str] | None = None, **lists: str
) -> tuple[str, str]:
    """A record's columns as SQL for a row, and for one JSON object (SQLite writes it: much
    quicker than Python, and exact for any text, NUL included). `scalars` and `lists` are
    columns made by a subquery; a list's gives a JSON array."""
    names = [name.strip() for name in columns.split(",")]
    made = {**(scalars or {}), **lists}
    row = ", ".join(f'{made.get(n) or f"{alias}.{n}"} AS "{n}"' for n in names)
    pairs = ", ".join(
        f"'{n}', json({lists[n]})" if n in lists else f"'{n}', {made.get(n) or f'{alias}.{n}'}"
        for n in names
    )
    return row, f"json_object({pairs})"


# Each record's columns, in the order the JSON export lists them (see the README).
_ENTRY = _columns(
    "e",
    "uuid, kind, day, created_at, updated_at, title, body, mood, distress, tags, values, "
    "prompt_id, review_week, deleted_at",
    tags=_TAGS_OF,
    values=_VALUES_OF.format(owner="entry", alias="e"),
)
_WIN = _columns(
    "w",
    "uuid, day, created_at, updated_at, text, values, deleted_at",
    values=_VALUES_OF.format(owner="win", alias="w"),
)
_ENTRY_ROW = (
    "e.id, e.uuid, e.kind, e.day, e.created_at, e.updated_at, e.title, e.body, e.mood,"
    " e.distress, e.prompt_id, e.review_week, e.deleted_at"
)
# A daily check-in in JSON; as a row, shaped like an entry of kind 'checkin' without text,
# so the markdown export puts it among its day's entries.
_CHECKIN = _columns("c", "uuid, day, created_at, distress")
_REFLECTION = _columns("r", "uuid, month, domain, answer, text, created_at, updated_at")
_CHECKIN_ROW = (
    "c.id, c.uuid, 'checkin' AS kind, c.day, c.created_at, c.distress, NULL AS mood,"
    " NULL AS prompt_id"
)
_WIN_ROW = "w.id, w.uuid, w.day, w.created_at, w.updated_at, w.text, w.deleted_at"
_VALUE = _columns("v", "uuid, name, description, created_at, archived_at")
_RATED = {"value": "(SELECT name FROM journal_values WHERE id = r.value_id)"}
_RATING = _columns("r", "uuid, value, day, rated_at, importance, consistency", _RATED)
_TAG = _columns("t", "uuid, name")
_VALUE_NAME = "(SELECT name FROM journal_values WHERE id = {alias}.value_id)"
_STEPS_OF = """(SELECT json_group_array(json_object('uuid', m.uuid, 'step', m.step,
        'created_at', m.created_at, 'text', m.text, 'by', m.by_day, 'done_day', m.done_day,
        'done_at', m.done_at, 'win', (SELECT uuid FROM wins WHERE id = m.win_id)))
    FROM (SELECT * FROM milestones WHERE goal_id = g.id ORDER BY step) m)"""
_TICKS_OF = """(SELECT json_group_array(json_object('uuid', t.uuid, 'day', t.day,
        'created_at', t.created_at, 'updated_at', t.updated_at,
        'did', json(CASE WHEN t.did THEN 'true' ELSE 'false' END), 'note', t.note))
    FROM (SELECT * FROM experiment_ticks WHERE experiment_id = x.id ORDER BY day) t)"""
_GOAL = _columns(
    "g",
    "uuid, day, created_at, updated_at, title, value, by, specific, measure, achievable, why, "
    "state, state_since, learned, milestones",
    {"value": _VALUE_NAME.format(alias="g"), "by": "g.by_day"},
    milestones=_STEPS_OF,
)
_EXPERIMENT = _columns(
    "x",
    "uuid, created_at, updated_at, title, value, start_day, days, helped_if, if_hard, "
    "closed_day, outcome, adjust, ticks",
    {"value": _VALUE_NAME.format(alias="x")},
    ticks=_TICKS_OF,
)
_BELIEF_SITTINGS_OF = """(SELECT json_group_array(json_object('uuid', s.uuid,
        'created_at', s.created_at, 'day', s.day, 'wording', s.wording, 'rating', s.rating,
        'then_possible', s.then_possible,
        'someone_sees', s.someone_sees, 'fairer', s.fairer))
    FROM (SELECT * FROM belief_sittings WHERE belief_id = b.id ORDER BY created_at, id) s)"""
_BELIEF = _columns(
    "b", "uuid, created_at, updated_at, theme, sittings", sittings=_BELIEF_SITTINGS_OF
)
_WORRY = _columns("w", "uuid, created_at, day, worry, can_influence, cannot_influence, step")
_STORY_SITTINGS_OF = """(SELECT json_group_array(json_object('uuid', s.uuid, 'day', s.day,
        'created_at', s.created_at, 'text', s.text, 'distress_before', s.distress_before,
        'distress_after', s.distress_after))
    FROM (SELECT * FROM story_sittings WHERE telling_id = st.id ORDER BY id) s)"""
_TELLING = _columns(
    "st",
    "uuid, chapter, telling, created_at, updated_at, deleted_at, sittings",
    sittings=_STORY_SITTINGS_OF,
)


def _range(alias: str, since: str | None, until: str | None, deleted: bool) -> tuple[str, list]:
    clauses = ["1"] if deleted else [f"{alias}.deleted_at IS NULL"]
    params: list[Any] = []
    if since:
        clauses.append(f"{alias}.day >= ?")
        params.append(since)
    if until:
        clauses.append(f"{alias}.day <= ?")
        params.append(until)
    return " AND ".join(clauses), params


class ExportRepository:
    """Every record read out for an export (rj export, exchange/export.py)."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def _stream(self, columns: tuple[str, str], sql: str, params: list, as_json: bool) -> Any:
        if as_json:
            return (row[0] for row in self.db.execute(sql.format(columns[1]), params))
        return self._rows(sql.format(columns[0]), params)

    def _rows(self, sql: str, params: list, links: dict[str, Any] | None = None) -> Iterator[Row]:
        """Rows as dicts. `links` gives lists (tags, values) by the row's id, read once for
        the whole export: far quicker than a subquery per row."""
        cursor = self.db.execute(sql, params)
        keys = [column[0] for column in cursor.description]
        for found in cursor:
            row = dict(zip(keys, found, strict=True))
            if links is None:  # lists made by a subquery, as JSON
                for key in ("tags", "values"):
                    if key in row:
                        row[key] = json.loads(row[key])
            else:
                for key, by_id in links.items():
                    row[key] = by_id.get(row["id"], [])
            yield row

    def _links(self, sql: str) -> dict[int, list[str]]:
        by_id: dict[int, list[str]] = {}
        for record_id, name in self.db.execute(sql):
            by_id.setdefault(record_id, []).append(name)
        return by_id

    def _values_of(self, owner: str) -> dict[int, list[str]]:
        return self._links(
            f"SELECT ov.{owner}_id, v.name FROM {owner}_values ov"
            " JOIN journal_values v ON v.id = ov.value_id"
            f" ORDER BY ov.{owner}_id, v.name COLLATE NOCASE"
        )

    def export_values(self, *, as_json: bool = False) -> Any:
        return self._stream(_VALUE, "SELECT {} FROM journal_values v ORDER BY v.id", [], as_json)

    def export_ratings(self, since: str | None, until: str | None, *, as_json: bool = False) -> Any:
        where, params = _range("r", since, until, deleted=True)
        sql = f"SELECT {{}} FROM value_ratings r WHERE {where} ORDER BY r.rated_at, r.id"
        return self._stream(_RATING, sql, params, as_json)

    def export_tags(
        self, since: str | None, until: str | None, kinds: Sequence[str], *, as_json: bool = False
    ) -> Any:
        """The tags the exported entries carry, by name."""
        where, params = _range("e", since, until, deleted=True)
        marks = ", ".join("?" for _ in kinds)
        sql = (
            "SELECT {} FROM tags t WHERE t.id IN (SELECT et.tag_id FROM entry_tags et"
            f" JOIN entries e ON e.id = et.entry_id WHERE {where} AND e.kind IN ({marks}))"
            " ORDER BY t.name COLLATE NOCASE"
        )
        return self._stream(_TAG, sql, [*params, *kinds], as_json)

    def export_entries(
        self,
        *,
        since: str | None,
        until: str | None,
        kinds: Sequence[str],
        deleted: bool,
        as_json: bool = False,
    ) -> Any:
        """Entries of these kinds, by day, then time written, then the order saved."""
        where, params = _range("e", since, until, deleted)
        marks = ", ".join("?" for _ in kinds)
        sql = (
            f"SELECT {{}} FROM entries e WHERE {where} AND e.kind IN ({marks})"
            " ORDER BY e.day, e.created_at, e.id"
        )
        if as_json or tuple(kinds) == ("review",):  # reviews are few: a subquery each
            return self._stream(_ENTRY, sql, [*params, *kinds], as_json)
        tags = self._links(
            "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
            " ORDER BY et.entry_id, t.name COLLATE NOCASE, t.uuid"
        )
        links = {"tags": tags, "values": self._values_of("entry")}
        return self._rows(sql.format(_ENTRY_ROW), [*params, *kinds], links)

    def export_wins(
        self, *, since: str | None, until: str | None, deleted: bool, as_json: bool = False
    ) -> Any:
        where, params = _range("w", since, until, deleted)
        sql = f"SELECT {{}} FROM wins w WHERE {where} ORDER BY w.day, w.created_at, w.id"
        if as_json:
            return self._stream(_WIN, sql, params, as_json)
        return self._rows(sql.format(_WIN_ROW), params, {"values": self._values_of("win")})

    def export_checkins(
        self, *, since: str | None, until: str | None, as_json: bool = False
    ) -> Any:
        """The daily check-ins, by day, then time, then the order kept."""
        where, params = _range("c", since, until, deleted=True)
        sql = f"SELECT {{}} FROM checkins c WHERE {where} ORDER BY c.day, c.created_at, c.id"
        if as_json:
            return self._stream(_CHECKIN, sql, params, as_json)
        return self._rows(sql.format(_CHECKIN_ROW), params, {"tags": {}, "values": {}})

    def export_goals(self, *, as_json: bool = False) -> Any:
        """Every goal, in the order added, with its steps (a list of objects)."""
        return self._plans(_GOAL, "goals g", "g", "milestones", as_json)

    def export_experiments(self, *, as_json: bool = False) -> Any:
        """Every experiment, in the order started, with its days (a list of objects)."""
        return self._plans(_EXPERIMENT, "experiments x", "x", "ticks", as_json)

    def export_beliefs(self, *, as_json: bool = False) -> Any:
        """Every belief, in the order noted, with its sittings (a list of objects)."""
        return self._plans(_BELIEF, "beliefs b", "b", "sittings", as_json)

    def export_worries(self, *, as_json: bool = False) -> Any:
        """Every worry sorted, in the order sorted."""
        return self._stream(_WORRY, "SELECT {} FROM worries w ORDER BY w.id", [], as_json)

    def export_story(self, *, as_json: bool = False) -> Any:
        """Every telling of `rj story`, in the order begun, with its sittings."""
        return self._plans(_TELLING, "story_tellings st", "st", "sittings", as_json)

    def _plans(
        self, columns: tuple[str, str], table: str, alias: str, nested: str, as_json: bool
    ) -> Any:
        sql = f"SELECT {{}} FROM {table} ORDER BY {alias}.id"
        if as_json:
            return self._stream(columns, sql, [], as_json)
        return (
            {**row, nested: json.loads(row[nested])}
            for row in self.db.query(sql.format(columns[0]))
        )

    def export_reflections(self, *, as_json: bool = False) -> Any:
        """Every monthly reflection's answers, by month, then in the order answered."""
        sql = "SELECT {} FROM reflections r ORDER BY r.month, r.id"
        return self._stream(_REFLECTION, sql, [], as_json)

    def count_plans(self) -> int:
        """Goals, experiments, beliefs, worries, tellings of the story, monthly
        reflections' answers and hard dates, as an export counts its records."""
        sql = (
            "SELECT (SELECT count(*) FROM goals) + (SELECT count(*) FROM experiments)"
            " + (SELECT count(*) FROM beliefs) + (SELECT count(*) FROM worries)"
            " + (SELECT count(*) FROM story_tellings) + (SELECT count(*) FROM reflections)"
            " + (SELECT count(*) FROM hard_dates)"
        )
        return int(self.db.execute(sql).fetchone()[0])

    def count_checkins(self, *, since: str | None, until: str | None) -> int:
        where, params = _range("c", since, until, deleted=True)
        sql = f"SELECT count(*) FROM checkins c WHERE {where}"
        return int(self.db.execute(sql, params).fetchone()[0])

    def count_for_export(
        self, *, since: str | None, until: str | None, kinds: Sequence[str], deleted: bool
    ) -> tuple[int, int]:
        """How many entries (of these kinds) and wins an export would write."""
        where, params = _range("e", since, until, deleted)
        marks = ", ".join("?" for _ in kinds)
        entries = self.db.execute(
            f"SELECT count(*) FROM entries e WHERE {where} AND e.kind IN ({marks})",
            [*params, *kinds],
        ).fetchone()[0]
        where, params = _range("w", since, until, deleted)
        wins = self.db.execute(f"SELECT count(*) FROM wins w WHERE {where}", params).fetchone()[0]
        return int(entries), int(wins)
