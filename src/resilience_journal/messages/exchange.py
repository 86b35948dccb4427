"""What export and import say."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass


EXPORT_OVER_JOURNAL = (
    "That is the journal itself; choose another file for -o. Nothing was exported."
)
SPLIT_NEEDS_MARKDOWN = "--split writes markdown files; leave out --format json, or use -o."
OUT_AND_SPLIT = "Choose one: -o FILE for one file, or --split DIR for a file per day."


def exported(records: int, path: str) -> str:
    what = "record" if records == 1 else "records"
    return f"Exported {records} {what} to {path} (readable only by you)."


def no_folder(folder: str) -> str:
    return f"There is no folder {folder}. Nothing was exported."


def split_done(result: Any, folder: str) -> list[str]:
    """What `rj export --split` did, then each file it left alone."""
    if result.written:
        done = f"Wrote {result.written} {'day' if result.written == 1 else 'days'} to {folder}"
    else:
        done = f"Nothing to update in {folder}"
    extras = []
    if result.unchanged:
        extras.append(f"{result.unchanged} unchanged")
    if result.removed:
        extras.append(f"{result.removed} removed, as nothing is left on those days")
    lines = [done + (f" ({'; '.join(extras)})" if extras else "") + "."]
    if result.left_alone:
        count = len(result.left_alone)
        one = count == 1
        them = "it" if one else "them"
        lines.append(
            f"Left {count} {'file' if one else 'files'} as {'it was' if one else 'they were'}: "
            f"rj did not write {them}, or {'it was' if one else 'they were'} changed after rj "
            f"wrote {them}. To have rj write {them}, move {them} aside and run this again:"
        )
        lines += [f"  {name}" for name in result.left_alone[:20]]
        if count > 20:
            lines.append(f"  and {count - 20} more")
    return lines


def imported(added: dict[str, int], already: dict[str, int], name: str, dry_run: bool) -> str:
    """'Imported 8 entries and 2 wins from old.json; 3 were already here.'"""
    parts = [
        f"{n} {what.replace('_', ' ') if n != 1 else _ONE[what]}" for what, n in added.items() if n
    ]
    here = sum(already.values())
    what = (
        ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
        if parts
        else "nothing new"
    )
    verb = "Would import" if dry_run else "Imported"
    text = f"{verb} {what} from {name}"
    if here:
        text += f"; {here} {'was' if here == 1 else 'were'} already here"
    if dry_run:
        text += ". Nothing was written (--dry-run)"
    return text + "."


_ONE = {
    "entries": "entry",
    "reviews": "review",
    "wins": "win",
    "values": "value",
    "value_ratings": "value rating",
    "goals": "goal",
    "experiments": "experiment",
}
EXPORT_NOT_ENCRYPTED = (
    "The journal is encrypted; this export is not: anyone who can read it can read what you wrote."
)
