"""Day One's JSON export: a `Journal.json`, or the zip that holds one or more journals (each
a .json file) beside their photos/ and other media folders.

Each entry's text, its creation date in its own time zone (the day and the time of day as
the person lived them, as jrnl's times are kept), its tags and its star come in; what it
makes is shaped like jrnl's JSON export, so jrnl.py checks and plans it as it does jrnl's.
Photos, videos, audio recordings and PDFs are counted (Media) and each `![](dayone-moment:…)`
in the text becomes a plain note of what was there; media the entry held but its text does
not link to is named in one note at the end of its text. A first line that is a heading
(`# First morning`), as Day One shows a title, is the title. Day One's backslash escapes (`\\.`,
`\\!`) are let go, as markdown would show them. Location and weather are not kept.

Pure domain code: no typer, no rich.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from resilience_journal.exchange.importing.records import Record, items, refuse
from resilience_journal.messages import exchange as exchange_words
from resilience_journal.messages import formats as words

ZIP_MAGIC = b"PK\x03\x04"
# ![](dayone-moment://ID) for a photo; dayone-moment:/video/ID, /audio/ID, /pdfAttachment/ID.
_MOMENT = re.compile(
    r"!?\[[^\]\n]*\]\(dayone-moment:/{1,2}(?:(video|audio|pdfAttachment)/)?[^)\s]*\)"
)
_KIND_OF_LINK = {
    None: "photos",
    "video": "videos",
    "audio": "audios",
    "pdfAttachment": "pdfAttachments",
}
# What markdown lets a backslash escape; Day One escapes many of them in its export.
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~=])")


@dataclass
class Media:
    """What Day One held that rj does not keep: media by kind, and unknown time zones."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(words.MEDIA, 0))
    unknown_zones: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        said = [words.media_left(self.counts)]
        if self.unknown_zones:
            count = sum(self.unknown_zones.values())
            said.append(words.unknown_zones(count, sorted(self.unknown_zones)))
        return [line for line in said if line]

    def to_json(self) -> dict[str, Any]:
        return {"media": dict(self.counts), "unknown_time_zones": sorted(self.unknown_zones)}


def looks_like_dayone(data: Any) -> bool:
    """Whether parsed JSON is Day One's: "entries" whose first has "creationDate"."""
    if not isinstance(data, dict) or "format" in data:
        return False
    entries = data.get("entries")
    return (
        isinstance(entries, list)
        and bool(entries)
        and isinstance(entries[0], dict)
        and "creationDate" in entries[0]
    ) or (isinstance(entries, list) and isinstance(data.get("metadata"), dict))


def read_zip(raw: bytes, name: str) -> tuple[dict[str, Any], Media]:
    """Every journal in a Day One zip, as one jrnl-shaped file (see read_dayone)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        members = sorted(
            info.filename
            for info in archive.infolist()
            if info.filename.lower().endswith(".json")
            and not info.is_dir()
            and not info.filename.rsplit("/", 1)[-1].startswith(".")
        )
        journals = []
        for member in members:
            try:
                text = archive.read(member).decode("utf-8-sig")
            except UnicodeDecodeError:
                raise refuse(words.zip_member_not_utf8(name, member)) from None
            try:
                journals.append((member, json.loads(text)))
            except (json.JSONDecodeError, RecursionError):
                raise refuse(words.zip_member_not_json(name, member)) from None
            except ValueError:  # a number over Python's 4,300 digits
                raise refuse(exchange_words.number_too_long(f"{member} in {name}")) from None
    # A damaged zip, or one locked with a password (RuntimeError), cannot be read.
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, RuntimeError):
        raise refuse(words.not_a_zip(name)) from None
    journals = [(member, data) for member, data in journals if looks_like_dayone(data)]
    if not journals:
        raise refuse(words.no_journal_in_zip(name))
    media = Media()
    entries: list[dict[str, Any]] = []
    for member, data in journals:
        where = member if len(journals) > 1 else "entries"
        entries += _entries(data, media, where)
    return {"entries": entries}, media


def read_dayone(data: Any, name: str) -> tuple[dict[str, Any], Media]:
    """A Day One journal (Journal.json, parsed) shaped like jrnl's JSON export, and what
    it held that is not brought in."""
    if not looks_like_dayone(data):
        raise refuse(words.not_dayone(name))
    media = Media()
    return {"entries": _entries(data, media, "entries")}, media


def _entries(data: dict[str, Any], media: Media, where: str) -> list[dict[str, Any]]:
    found = []
    prefix = "entries" if where == "entries" else f"{where}: entries"
    for index, item in enumerate(items(data, "entries")):
        record = Record(item, f"{prefix}[{index}]")
        found.append(_entry(record, media))
    return found


def _entry(record: Record, media: Media) -> dict[str, Any]:
    moment = _created(record)
    zone_name = record.get("timeZone", str, words.A_TIME_ZONE, "UTC")
    try:
        local = moment.astimezone(ZoneInfo(zone_name))
    except (ZoneInfoNotFoundError, ValueError):
        media.unknown_zones[zone_name] = media.unknown_zones.get(zone_name, 0) + 1
        local = moment
    text = record.get("text", str, exchange_words.TEXT, "")
    held = {kind: len(record.items(kind)) for kind in words.MEDIA}
    for kind, count in held.items():
        media.counts[kind] += count
    shown = dict.fromkeys(words.MEDIA, 0)

    def note(link: re.Match[str]) -> str:
        kind = _KIND_OF_LINK[link.group(1)]
        shown[kind] += 1
        return words.media_note(kind)

    body = _ESCAPED.sub(r"\1", _MOMENT.sub(note, text)).strip("\n")
    apart = {kind: held[kind] - shown[kind] for kind in held if held[kind] > shown[kind]}
    if apart:  # media not placed in the text (a video with no link to it): said at the end
        body = "\n\n".join(part for part in (body, words.media_kept_apart(apart)) if part)
    title, _, rest = body.partition("\n")
    if title.startswith("# ") and rest.strip():  # Day One's title: a heading on the first line
        title, body = title[2:].strip(), rest.strip("\n")
    else:
        title = ""
    tags = record.names("tags", lambda _: True, exchange_words.ANY_TAGS)
    return {
        "date": local.date().isoformat(),
        "time": local.strftime("%H:%M:%S"),
        "title": title,
        "body": body,
        "tags": tags,
        "starred": record.get("starred", bool, exchange_words.TRUE_OR_FALSE, False),
    }


def _created(record: Record) -> datetime:
    value: str = record.get("creationDate", str, words.DAYONE_DATE)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise record.bad("creationDate", words.DAYONE_DATE) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment
