"""Search: what a person typed turned into a safe full-text query, and each match shown as
a short snippet with the matched words marked. Pure domain code: no typer, no rich."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from resilience_journal.entries import Entry
from resilience_journal.errors import JournalError
from resilience_journal.messages import search as search_words
from resilience_journal.store import JournalStore
from resilience_journal.store.grams import UNSPACED as UNSPACED_RANGES
from resilience_journal.store.search import Query, Term


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


UNSPACED = re.compile(f"[{UNSPACED_RANGES}]")
_PIECES = re.compile(r'(-?)"([^"]*)(?:"|$)(\*?)|([^\s"]+)')
_ASCII_UPPER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class Piece:
    """One thing a person typed: a word or a phrase, to find or (`left_out`) to leave out."""

    text: str
    left_out: bool = False
    prefix: bool = False
    operator: bool = False  # a bare OR


def pieces(args: Sequence[str]) -> list[Piece]:
    """What was typed, argument by argument: one with a space in it is a phrase (the shell
    passed "a phrase" that way); double quotes inside an argument mark phrases too."""
    found: list[Piece] = []
    for arg in args:
        if '"' not in arg and len(arg.split()) > 1:
            found.append(spaced(" ".join(arg.split())))
            continue
        for match in _PIECES.finditer(arg):
            minus, phrase, star, word = match.groups()
            if word is None:
                found.append(Piece(" ".join(phrase.split()), bool(minus), bool(star)))
            elif word == "OR":
                found.append(Piece(word, operator=True))
            else:
                left_out = word.startswith("-") and len(word) > 1
                core = word[1:] if left_out else word
                found.append(Piece(core.rstrip("*"), left_out, core.endswith("*")))
    return found


def spaced(phrase: str) -> Piece:
    """An argument with a space in it: a phrase, left out when it begins with - (the shell
    turns -"kettle sang" into `-kettle sang`), matching its last word's beginning when it
    ends with *."""
    left_out = phrase.startswith("-") and not phrase[1].isspace()
    core = phrase[1:] if left_out else phrase
    return Piece(core.rstrip("*").rstrip(), left_out, core.endswith("*"))


# U+FE0E and U+FE0F ask for a character's text or emoji style: ❤ is found as ❤️ and the reverse
_TEXT_STYLE, _EMOJI_STYLE = chr(0xFE0E), chr(0xFE0F)
_SELECTORS = str.maketrans("", "", _TEXT_STYLE + _EMOJI_STYLE)


def term(piece: Piece) -> Term | None:
    """A piece as the store finds it; None for punctuation alone, which finds nothing."""
    text = piece.text.translate(_SELECTORS)
    if UNSPACED.search(text):
        text = text.translate(_ASCII_UPPER)
        trigrams = dict.fromkeys(text[i : i + 3] for i in range(len(text) - 2))
        query = " ".join('"' + gram.replace('"', '""') + '"' for gram in trigrams) or None
        return Term(text=text, grams=query)
    if not re.search(r"\w", text):
        return None
    return Term(fts='"' + text.replace('"', '""') + '"' + ("*" if piece.prefix else ""))


def parse(args: Sequence[str]) -> Query:
    """Every word must appear; "a phrase" appears as it is; OR between two of them, either
    will do; -word leaves out the entries that hold it; word* matches its beginning. Every
    other character is taken literally (FTS5's own syntax never reaches it)."""
    items: list[tuple[Piece, Term]] = []
    for piece in pieces(args):
        found = Term() if piece.operator else term(piece)
        if found is None or (piece.operator and items and items[-1][0].operator):
            continue  # punctuation alone, or OR again (rain OR OR dog is rain OR dog)
        items.append((piece, found))
    if items and all(piece.operator for piece, _ in items):  # rj search OR: the word itself
        items = [(Piece("or"), Term(fts='"or"'))]
    groups: list[list[Term]] = []
    without: list[Term] = []
    joins = False
    for index, (piece, found) in enumerate(items):
        if piece.operator:  # an OR not between two words to find is dropped
            before = bool(groups) and not items[index - 1][0].left_out
            after = index + 1 < len(items) and not items[index + 1][0].left_out
            joins = before and after
            continue
        if piece.left_out:
            without.append(found)
        elif joins:
            groups[-1].append(found)
        else:
            groups.append([found])
        joins = False
    if not groups:
        raise JournalError(search_words.ONLY_LEFT_OUT if without else search_words.NO_WORDS)
    return Query(tuple(tuple(group) for group in groups), tuple(without))


def mark(body: str, texts: Sequence[str]) -> str:
    """The body with each unspaced term found in it (ASCII letters in either case) wrapped in
    U+E000 / U+E001, as SQLite's highlight() wraps the words. A variation selector in the
    body neither stops a match nor is cut from one (❤️ is ❤ and its selector)."""
    folded = body.translate(_ASCII_UPPER)
    places: Sequence[int] = range(len(body) + 1)  # where each of `folded` is in `body`
    if _EMOJI_STYLE in folded or _TEXT_STYLE in folded:
        kept = [at for at, char in enumerate(folded) if char not in (_TEXT_STYLE, _EMOJI_STYLE)]
        places = [*kept, len(body)]
        folded = folded.translate(_SELECTORS)
    spans = []
    for text in texts:
        at = folded.find(text)
        while at != -1:
            spans.append((places[at], places[at + len(text)]))  # with a selector after it
            at = folded.find(text, at + len(text))
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue  # overlaps a match already marked
        out += [body[last:start], OPEN, body[start:end], CLOSE]
        last = end
    return "".join(out) + body[last:]


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

    def find(self, words: Sequence[str], *, limit: int | None = 20) -> Iterator[SearchHit]:
        """The matches, best first (newest first when the search holds unspaced text), as
        they are read: with no limit, every one, memory not growing with their number."""
        query = parse(words)
        unspaced = [t.text for group in query.groups for t in group if t.fts is None]
        for row in self.store.search.each_match(query, limit=limit):
            marked = row.pop("marked") or ""
            if unspaced:
                marked = mark(marked, unspaced)
            text, spans = snippet(marked)
            yield SearchHit(Entry.from_row(row), text, spans)

    def count(self, words: Sequence[str]) -> int:
        """How many live entries match."""
        return self.store.search.count(parse(words))
