"""Search: what a person typed turned into a safe full-text query, and each match shown as
a short snippet with the matched words marked. Pure domain code: no typer, no rich."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from resilience_journal.entries import Entry
from resilience_journal.errors import JournalError
from resilience_journal.messages import search as search_words
from resilience_journal.store import JournalStore


@dataclass(frozen=True)
class SearchHit:
    entry: Entry
    snippet: str
    highlights: list[tuple[int, int]]

    def to_json(self) -> dict[str, Any]:
        return {
            **self.entry.to_json(),
            "snippet": self.snippet,
            "highlights": [list(span) for span in self.highlights],
        }


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must appear; a word
    ending in * matches as a prefix. FTS operators and punctuation are taken literally."""
    terms = []
    for word in text.split():
        prefix = word.endswith("*")
        core = word.rstrip("*").replace('"', '""')
        if not re.search(r"\w", core):
            continue
        terms.append(f'"{core}"' + ("*" if prefix else ""))
    if not terms:
        raise JournalError(search_words.NO_WORDS)
    return " ".join(terms)


SNIPPET_WORDS = 16
SNIPPET_CHARS = 200  # for text with few spaces: a URL, a path, text in Chinese or Japanese
OPEN, CLOSE = "\ue000", "\ue001"


def snippet(marked: str, size: int = SNIPPET_WORDS) -> tuple[str, list[tuple[int, int]]]:
    """About `size` words of a body whose matches are wrapped in U+E000/U+E001: the stretch
    holding the most matches, with the matches near its middle, and the matched spans within
    it; at most SNIPPET_CHARS characters, around the first match. One pass over the words,
    however long the body and however many matches it holds (SQLite's own snippet() takes
    time that grows with the square of the matches)."""
    words = [(found.start(), found.end()) for found in re.finditer(r"\S+", marked)]
    if not words:
        return "", []
    hit = [OPEN in marked[a:b] or CLOSE in marked[a:b] for a, b in words]
    best, best_count, count = 0, -1, 0
    for index, is_hit in enumerate(hit):
        count += is_hit
        if index >= size:
            count -= hit[index - size]
        if count > best_count:
            best, best_count = max(0, index - size + 1), count
    matched = [i for i in range(best, min(best + size, len(words))) if hit[i]] or [best]
    slack = size - (matched[-1] - matched[0] + 1)
    first = max(0, matched[0] - slack // 2)
    last = min(len(words), first + size)
    first = max(0, last - size)
    start, end = words[first][0], words[last - 1][1]
    if end - start > SNIPPET_CHARS:
        found = marked.find(OPEN, start, end)
        at = found if found != -1 else start
        start = max(start, min(at - SNIPPET_CHARS // 4, end - SNIPPET_CHARS))
        end = start + SNIPPET_CHARS
    text = marked[start:end]
    opened, closed = text.find(OPEN), text.find(CLOSE)
    if closed != -1 and (opened == -1 or closed < opened):  # a match begun before the start
        text = OPEN + text
    if text.rfind(OPEN) > text.rfind(CLOSE):  # a match that runs on past the end
        text += CLOSE
    text = ("…" if start > words[0][0] else "") + text + ("…" if end < words[-1][1] else "")
    return split_snippet(text)


def split_snippet(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove the U+E000/U+E001 match markers, returning the text and the matched spans."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    start = 0
    length = 0
    for char in marked:
        if char == OPEN:
            start = length
        elif char == CLOSE:
            spans.append((start, length))
        else:
            plain.append(char)
            length += 1
    return "".join(plain), spans


class Search:
    """Full-text search over every live entry (journal.search)."""

    def __init__(self, store: JournalStore) -> None:
        self.store = store

    def find(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        hits = []
        for row in self.store.search.matches(fts_query(text), limit=limit):
            text, spans = snippet(row.pop("marked") or "")
            hits.append(SearchHit(Entry.from_row(row), text, spans))
        return hits
