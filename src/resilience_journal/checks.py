"""Small checks shared by every kind of record: numbers and text as people type them, and
the one form of timestamp stored."""

from __future__ import annotations

from datetime import UTC, datetime


def whole_number(text: str) -> int | None:
    """A plain whole number typed by a person (ASCII digits, at most 18), else None."""
    value = text.strip()
    if not (value.isascii() and value.isdigit() and len(value) <= 18):
        return None
    return int(value)


def readable(text: str) -> str:
    """Text from the command line as valid Unicode: bytes that were not UTF-8 (which Python
    keeps as lone surrogates) become U+FFFD instead of failing when stored."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def utc_stamp(now: datetime) -> str:
    return now.astimezone(UTC).isoformat(timespec="seconds")


def count_words(text: str) -> int:
    """Words as the journal counts them: runs of characters between white space."""
    return len(text.split())
