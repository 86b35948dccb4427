"""`rj story`: its tellings (a chapter told once, or told again) and their sittings."""

from __future__ import annotations

from collections.abc import Sequence

from resilience_journal.store.core import Core, Row

_TELLING = "SELECT id, uuid, chapter, telling, created_at, updated_at FROM story_tellings t"
_SITTING = (
    "SELECT id, uuid, telling_id, day, created_at, text, distress_before, distress_after"
    " FROM story_sittings s"
)


class StoryRepository:
    """The story's tellings and sittings."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def tellings(self, chapter: str | None = None) -> list[Row]:
        """Tellings not deleted, by chapter, then oldest first."""
        where, params = ("AND t.chapter = ?", [chapter]) if chapter else ("", [])
        sql = f"{_TELLING} WHERE t.deleted_at IS NULL {where} ORDER BY t.chapter, t.telling"
        return list(self.db.query(sql, params))

    def sittings(self, telling_ids: Sequence[int]) -> list[Row]:
        marks = ", ".join("?" for _ in telling_ids) or "NULL"
        sql = f"{_SITTING} WHERE s.telling_id IN ({marks}) ORDER BY s.telling_id, s.id"
        return list(self.db.query(sql, list(telling_ids)))

    def add_sitting(self, chapter: str, new_telling: bool, telling: Row, sitting: Row) -> int:
        """Add a sitting to the chapter's latest telling, or (with `new_telling`, or when
        it has none) to a new telling numbered after its last. `telling` holds the new
        telling's uuid and times. Returns the sitting's id."""
        with self.core.write():
            latest = self.db.execute(
                "SELECT id, telling FROM story_tellings WHERE chapter = ? AND deleted_at IS NULL"
                " ORDER BY telling DESC LIMIT 1",
                [chapter],
            ).fetchone()
            if latest is None or new_telling:
                number = self.db.execute(
                    "SELECT coalesce(max(telling), 0) + 1 FROM story_tellings WHERE chapter = ?",
                    [chapter],
                ).fetchone()[0]
                telling_id = (
                    self.db.table("story_tellings")
                    .insert({**telling, "chapter": chapter, "telling": number})
                    .last_pk
                )
            else:
                telling_id = latest[0]
                self.db.table("story_tellings").update(
                    telling_id, {"updated_at": telling["updated_at"]}
                )
            new_id = (
                self.db.table("story_sittings")
                .insert({**sitting, "telling_id": telling_id})
                .last_pk
            )
            assert new_id is not None  # set by every insert
            return int(new_id)

    def sitting(self, sitting_id: int) -> Row | None:
        rows = list(self.db.query(f"{_SITTING} WHERE s.id = ?", [sitting_id]))
        return rows[0] if rows else None

    def last_numbers(self) -> dict[str, int]:
        return last_numbers(self.db)

    def distress_after(self, sitting_id: int, distress: int) -> None:
        with self.core.write():
            self.db.table("story_sittings").update(sitting_id, {"distress_after": distress})

    def destroy(self, telling_ids: Sequence[int]) -> bool:
        """Delete tellings and their sittings for good, as emptying the trash does (see
        Core.destroy); the tellings left in their chapters are numbered 1, 2, … again.
        Whether the words are gone from the file already."""
        marks = ", ".join("?" for _ in telling_ids) or "NULL"
        ids = list(telling_ids)

        def delete() -> int:
            chapters = [
                row[0]
                for row in self.db.execute(
                    f"SELECT DISTINCT chapter FROM story_tellings WHERE id IN ({marks})", ids
                )
            ]
            self.db.execute(f"DELETE FROM story_sittings WHERE telling_id IN ({marks})", ids)
            deleted = self.db.execute(
                f"DELETE FROM story_tellings WHERE id IN ({marks})", ids
            ).rowcount
            for chapter in chapters:
                left = self.db.execute(
                    "SELECT id FROM story_tellings WHERE chapter = ? ORDER BY telling", [chapter]
                ).fetchall()
                for number, (telling_id,) in enumerate(left, 1):
                    self.db.execute(
                        "UPDATE story_tellings SET telling = ? WHERE id = ?", [number, telling_id]
                    )
            return int(deleted)

        return self.core.destroy(delete)[1]


def import_story(conn: object, tellings: Sequence[Row]) -> None:
    """Write imported tellings with their sittings (inside the import's transaction)."""
    execute = conn.execute  # type: ignore[attr-defined]
    for telling in tellings:
        telling_id = execute(
            "INSERT INTO story_tellings (uuid, chapter, telling, created_at, updated_at,"
            " deleted_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                telling["uuid"],
                telling["chapter"],
                telling["telling"],
                telling["created_at"],
                telling["updated_at"],
                telling["deleted_at"],
            ],
        ).lastrowid
        for s in telling["sittings"]:
            execute(
                "INSERT INTO story_sittings (uuid, telling_id, day, created_at, text,"
                " distress_before, distress_after) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    s["uuid"],
                    telling_id,
                    s["day"],
                    s["created_at"],
                    s["text"],
                    s["distress_before"],
                    s["distress_after"],
                ],
            )


def last_numbers(db: object) -> dict[str, int]:
    """Each chapter's highest telling number (deleted tellings too), for an import."""
    sql = "SELECT chapter, max(telling) FROM story_tellings GROUP BY chapter"
    return dict(db.execute(sql).fetchall())  # type: ignore[attr-defined]
