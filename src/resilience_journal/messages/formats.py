"""What the other formats say: Day One's and jrnl's plain-text journals coming in, and jrnl's
plain text and CSV going out. Errors name the file or the line, never a person's text; their
outcome ("Nothing was imported.") is added by the JournalError that carries them."""

from __future__ import annotations

from resilience_journal.messages.common import plural

# import: Day One -----------------------------------------------------------------------------

# Kinds of media a Day One entry holds, by the key of its list: one, and many.
MEDIA = {
    "photos": ("photo", None),
    "videos": ("video", None),
    "audios": ("audio recording", None),
    "pdfAttachments": ("PDF", None),
}
# Where a photo or other media was in an entry's text: a plain note in its place.
_MEDIA_NOTE = {
    "photos": "a photo",
    "videos": "a video",
    "audios": "an audio recording",
    "pdfAttachments": "a PDF",
}


def media_note(kind: str) -> str:
    """In an entry's text, where Day One had a photo: '(Day One had a photo here.)'"""
    return f"(Day One had {_MEDIA_NOTE.get(kind, 'a photo')} here.)"


def media_kept_apart(counts: dict[str, int]) -> str:
    """At the end of an entry's text, for media Day One held but not in its text:
    '(Day One also had 2 photos and a video with this entry.)'"""
    parts = [_MEDIA_NOTE[kind] if n == 1 else plural(n, *MEDIA[kind]) for kind, n in counts.items()]
    return f"(Day One also had {_listed(parts)} with this entry.)"


def _listed(parts: list[str]) -> str:
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]


def media_left(counts: dict[str, int]) -> str | None:
    """'3 photos and 1 audio recording were not brought in: rj keeps text only.'"""
    parts = [plural(n, *MEDIA[kind]) for kind, n in counts.items() if n]
    if not parts:
        return None
    what = _listed(parts)
    were = "was" if sum(counts.values()) == 1 else "were"
    return (
        f"{what} {were} not brought in: rj keeps text only. Each entry that had one says so, "
        "where it was or at its end; the Day One export still holds them."
    )


def unknown_zones(count: int, zones: list[str]) -> str:
    named = ", ".join(zones[:3]) + (", ..." if len(zones) > 3 else "")
    return (
        f"{plural(count, 'entry', 'entries')} had a time zone rj does not know ({named}); "
        "their times are kept in UTC."
    )


def no_journal_in_zip(name: str) -> str:
    return f"{name} holds no Day One journal (a .json file with its entries)."


def not_a_zip(name: str) -> str:
    return f"{name} is not a zip file that can be read; it may be cut short."


def zip_member_not_json(name: str, member: str) -> str:
    return f"{member} in {name} is not valid JSON."


def zip_member_not_utf8(name: str, member: str) -> str:
    return f"{member} in {name} is not UTF-8 text."


def not_dayone(name: str) -> str:
    return (
        f"{name} is not a Day One export that rj knows: it needs "
        '"entries", each with "text" and "creationDate".'
    )


DAYONE_DATE = "a time like 2020-01-01T12:00:00Z"
A_TIME_ZONE = "a time zone like Europe/London"


def not_an_export(name: str) -> str:
    """A file that is not JSON and not a jrnl journal file (plain text, jrnl's markdown)."""
    return (
        f"{name} is neither JSON nor a jrnl journal file. rj reads its own JSON export, "
        "jrnl's JSON export (jrnl --format json) or journal file, and Day One's export."
    )


# import: jrnl's plain text -------------------------------------------------------------------


def not_jrnl_text(name: str, line: int) -> str:
    return (
        f"{name} is not a jrnl journal that rj can read: line {line} comes before any entry. "
        "Each entry starts with a line like [2026-11-20 21:40] Title."
    )


def no_entries(name: str) -> str:
    return f"{name} holds no jrnl entries: none of its lines starts like [2026-11-20 21:40]."


# export --------------------------------------------------------------------------------------


def review_title(week: str) -> str:
    """A weekly review's title in jrnl's file, which has no reviews of its own."""
    return f"Weekly review {week}"


def split_needs_markdown(chosen: str) -> str:
    return f"--split writes markdown files; leave out --format {chosen}, or use -o."


# The column names of the CSV exports, in order.
ENTRY_COLUMNS = ("day", "time", "title", "mood", "tags", "words")
WIN_COLUMNS = ("day", "time", "win", "values")
