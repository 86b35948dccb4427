"""The words of export's safety: a folder of days that another journal (or none) wrote,
what `--prune` removes, what `--adopt` takes over, and a file written through a link."""

from __future__ import annotations

from resilience_journal.messages.common import plural

PRUNE_NEEDS_SPLIT = "--prune goes with --split DIR: it removes day files from that folder."
ADOPT_NEEDS_SPLIT = "--adopt goes with --split DIR: it takes that folder over for this journal."


def another_journals_folder(folder: str) -> str:
    return (
        f"{folder} holds days that another journal exported. Nothing was exported or removed. "
        "To export this journal there and keep those days, add --adopt; to remove them, "
        "add --prune."
    )


def nothing_to_export_over(count: int, folder: str) -> str:
    return (
        f"This export holds no days, and {folder} holds {plural(count, 'day')} rj wrote "
        "earlier. Nothing was removed. To remove them, add --prune."
    )


def removed(name: str, *, pruned: bool = False) -> str:
    """One line a file `--split` removed (`pruned`: as not in this journal, with --prune)."""
    if pruned:
        return f"Removed {name}: not in this journal (--prune)."
    return f"Removed {name}: nothing is left on that day."


def adopted(folder: str, kept: list[str], *, named: bool) -> list[str]:
    """A folder of days that is this journal's from now on (`named`: another journal's,
    taken over with --adopt; otherwise one an earlier rj wrote, which names no journal),
    and the files of days it does not hold, each named so they can be deleted by hand."""
    how = "with --adopt" if named else "as no journal was recorded for it"
    if not kept:
        return [f"{folder} is this journal's folder now ({how}); nothing was removed."]
    if len(kept) == 1:
        rest = (
            "This file, of a day this journal does not hold, stays as it is; rj will not remove it:"
        )
    else:
        rest = (
            "These files, of days this journal does not hold, stay as they are; rj will not"
            " remove them:"
        )
    return [
        f"{folder} is this journal's folder now ({how}); nothing was removed. {rest}",
        *(f"  {name}" for name in kept),
    ]


def link_loop(path: str) -> str:
    return f"{path} is a link that leads back to itself; choose another -o."


def link_to_no_folder(path: str, folder: str) -> str:
    return f"{path} is a link into {folder}, and there is no such folder; choose another -o."
