"""Markdown that a person's text cannot break: their text as a block or a line that cannot
change the document around it, headings, and the weekly review as markdown (for scripts and
for sharing, with a therapist, say; `rj review --markdown`).

Pure functions from domain records to text; no rich, no typer. The journal's own sections
for `rj export` are in sections.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resilience_journal.dates import day_month, long_day, weekday_abbr
from resilience_journal.messages import exchange as words
from resilience_journal.messages import values as values_words
from resilience_journal.messages.experiments import week_tries
from resilience_journal.text import safe

if TYPE_CHECKING:
    from resilience_journal.review import Period, Week


# What would make a line of a person's text more than a paragraph line to a markdown
# parser, after any quote or list markers in front of it.
_CONTAINER = r"(?:[ ]{0,3}(?:>|[-+*]|\d{1,9}[.)])(?:[ \t]+|$))*[ ]{0,3}"
_HEADING = re.compile(rf"^({_CONTAINER})(#{{1,6}}(?:[ \t]|$))")
_RULE = re.compile(rf"^({_CONTAINER})((?:[-=]+|(?:([-*_])[ \t]*){{3,}})[ \t]*)$")
_HTML = re.compile(rf"^({_CONTAINER})(<)")
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})(.*)$")
_MARKS = "#>+*=_<`~-0123456789"  # what a line that block() may change starts with
_MARKED = re.compile(rf"^[ \t]*[{re.escape(_MARKS)}]", re.MULTILINE)
_LEADING = re.compile(r"^([#>+*=<|-]|`{3}|~{3}|\d{1,9}[.)])")


def one_line(text: str) -> str:
    """A piece of user text on one markdown line: line breaks become spaces, and a start
    that a parser would read as a heading, quote, list, rule, fence or HTML is escaped."""
    line = safe(" ".join(text.split()))
    match = _LEADING.match(line)
    if match is None:
        return line
    if match[1][0].isdigit():  # "1." would start a numbered list: escape the dot
        return f"{match[1][:-1]}\\{match[1][-1]}{line[match.end() :]}"
    return "\\" + line


def heading(level: int, text: str, *, ours: bool = False) -> str:
    """A heading line whose text cannot end it early: a closing run of # is escaped. With
    `ours`, the text is our own words (a day's name), safe as it is."""
    if ours:
        return f"{'#' * level} {text}"
    text = one_line(text)
    if text.endswith("#"):
        text = text[:-1] + "\\#"
    return f"{'#' * level} {text}".rstrip()


def block(text: str) -> str:
    """A person's text as a markdown block that cannot change the document around it.

    Their markdown is kept (lists, emphasis, code), but a line that would be a heading
    (``# ...``, or ``===``/``---`` under a line), a horizontal rule, or raw HTML gets a
    backslash in front of that mark, which renders as nothing; and a code fence left open
    is closed at the end, so it cannot swallow what follows. Control characters (a terminal
    escape, say) become visible symbols, as on screen; JSON is the lossless format."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = safe(text)
    # Most text needs nothing done: no line starts with a mark (checked quickest for one line).
    if "\n" not in text:
        if text.lstrip(" \t")[:1] not in _MARKS:
            return text
    elif not _MARKED.search(text):
        return text
    lines = text.split("\n")
    kept = _escape(lines, code=True)
    if ("```" in kept or "~~~" in kept) and not _ends_cleanly(kept):
        # Code blocks in lists or quotes can end where a simple reading cannot tell: then
        # the code marks are escaped too, and as a last resort the whole text is indented
        # into one code block, which always ends at the next heading.
        kept = _escape(lines, code=False)
        if not _ends_cleanly(kept):
            kept = "\n".join(f"    {line}" for line in lines)
    return kept


def _escape(lines: list[str], *, code: bool) -> str:
    """Escape the marks that would change the document; with `code`, code blocks are kept
    (and one left open is closed), else their fences are escaped like any other mark."""
    out: list[str] = []
    fence: str | None = None  # the fence that opened the code block we are in
    indent = ""
    for line in lines:
        match = _FENCE.match(line)
        if fence is not None:
            if (
                match
                and match[1][0] == fence[0]
                and len(match[1]) >= len(fence)
                and not match[2].strip()
            ):
                fence = None
            out.append(line)
            continue
        if match and not (match[1][0] == "`" and "`" in match[2]):
            if not code:
                out.append(f"{line[: match.start(1)]}\\{line[match.start(1) :]}")
                continue
            fence, indent = match[1], line[: match.start(1)]
            out.append(line)
            continue
        for pattern in (_HEADING, _RULE, _HTML):
            found = pattern.match(line)
            if found:
                line = f"{found[1]}\\{line[found.end(1) :]}"
                break
        out.append(line)
    if fence is not None:
        out.append(indent + fence)  # indented as it opened: still inside its list item
    return "\n".join(out)


def _ends_cleanly(text: str) -> bool:
    """Whether a heading after this text is still a heading of the document (a code block
    or a container left open would take it in), and the text makes no heading of its own.
    Read with the CommonMark parser that Rich already brings; only text with code fences is
    checked, so it is rarely needed."""
    from markdown_it import MarkdownIt  # deferred: ~45 ms to import; rarely needed (see above)

    tokens = MarkdownIt("commonmark").parse(text + "\n\n###### end\n")
    # ... and no heading inside the text either (a fence opened in one list item closes at
    # the next, where a simple reading still thinks it is in code).
    if sum(token.type == "heading_open" for token in tokens) != 1:
        return False
    return (
        len(tokens) >= 3
        and tokens[-3].type == "heading_open"
        and tokens[-3].level == 0
        and tokens[-3].tag == "h6"
        and tokens[-2].content == "end"
    )


def review(week: Week, notes: dict[str, str]) -> str:
    """The review summary of a `review.Week`, then the written review if there is one.
    `notes` are the sentences for what a week may not have (messages.REVIEW_NOTES)."""
    out = [
        f"# Weekly review {week.label}",
        "",
        f"{long_day(week.start)} to {long_day(week.end)}",
        "",
    ]
    out += [
        "## Days",
        "",
        "| " + " | ".join(weekday_abbr(d) for d in week.days) + " |",
        "|" + "---|" * 7,
        "| " + " | ".join(str(week.activity.get(d.isoformat(), 0)) for d in week.days) + " |",
        "",
    ]
    out += summary(week, notes, "this week")
    if week.prompts:
        out += ["", "## To reflect on", ""]
        out += [f"{n}. {one_line(prompt.text)}" for n, prompt in enumerate(week.prompts, 1)]
    if week.reviews:
        out += ["", "## My review"]
        for review in week.reviews:
            out += ["", block(review.body)]
    return "\n".join(out).rstrip() + "\n"


def summary(week: Period, notes: dict[str, str], during: str) -> list[str]:
    """A review's entries, wins, mood, values, goals and experiments (of a review.Week or a
    monthly.Month), `during` like 'this week'."""
    out = ["## Entries", ""]
    for entry in week.entries:
        mood = f" (mood {entry.mood}/10)" if entry.mood is not None else ""
        out.append(f"- {day_month(entry.day)}: {one_line(entry.headline)}{mood}")
    if not week.entries:
        out.append(notes["no_entries"])
    out += ["", "## Small wins", ""]
    for name, wins in week.wins_by_value().items():
        out += [f"### {one_line(name) or notes['other_wins'].capitalize()}", ""]
        out += [f"- {one_line(noted.text)}" for noted in wins]
        out.append("")
    if not week.wins:
        out += [notes["no_wins"], ""]
    moods = week.mood
    out += ["## Mood", ""]
    if moods.count == 1:
        out.append(words.one_mood(moods.ratings[0][1]))
    elif moods.average is not None and moods.low is not None and moods.high is not None:
        out.append(words.moods(moods.count, moods.average, moods.low, moods.high, moods.values))
    else:
        out.append(notes["no_moods"])
    out += ["", "## Values", ""]
    if week.values:
        out += [f"| value | actions {during} | matters | lately |", "|---|---|---|---|"]
        for value in week.values:
            rated = value.rating
            matters, room = values_words.rating_cells(
                rated.importance if rated else None, rated.consistency if rated else None
            )
            out.append(f"| {one_line(value.name)} | {value.actions} | {matters} | {room} |")
    else:
        out.append(notes["no_values"])
    if week.steps or week.tries:
        out += ["", "## Goals and experiments", ""]
        out += [
            f"- {day_month(step.done_day)}: {one_line(step.text)} (step "
            f"{step.step} of {one_line(goal.title)})"
            for goal, step in week.steps
            if step.done_day  # checked this week: always
        ]
        out += [
            f"- {one_line(experiment.title)}: {week_tries(tried, not_tried)}"
            for experiment, tried, not_tried in week.tries_by_experiment()
        ]
    return out
