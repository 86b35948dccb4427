"""The weekly review as markdown, for scripts and for sharing (with a therapist, say).

Pure functions from domain records to text; no rich, no typer.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from datetime import time as dt_time
from typing import Any

from resilience_journal.dates import long_day
from resilience_journal.text import safe


def _day(value: Any) -> str:
    return f"{value:%a} {value.day} {value:%b}"


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


def _line(text: str) -> str:
    """A piece of user text on one markdown line: line breaks become spaces, and a start
    that a parser would read as a heading, quote, list, rule, fence or HTML is escaped."""
    line = safe(" ".join(text.split()))
    match = _LEADING.match(line)
    if match is None:
        return line
    if match[1][0].isdigit():  # "1." would start a numbered list: escape the dot
        return f"{match[1][:-1]}\\{match[1][-1]}{line[match.end() :]}"
    return "\\" + line


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
    from markdown_it import MarkdownIt

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


def review(week: Any, notes: dict[str, str]) -> str:
    """The review summary of a `practice.Week`, then the written review if there is one.
    `notes` are the sentences for what a week may not have (messages.REVIEW_NOTES)."""
    out = [
        f"# Weekly review {week.label}",
        "",
        f"{week.start:%A} {week.start.day} {week.start:%B %Y} to "
        f"{week.end:%A} {week.end.day} {week.end:%B %Y}",
        "",
    ]
    out += [
        "## Days",
        "",
        "| " + " | ".join(f"{d:%a}" for d in week.days) + " |",
        "|" + "---|" * 7,
        "| " + " | ".join(str(week.activity.get(d.isoformat(), 0)) for d in week.days) + " |",
        "",
    ]
    out += ["## Entries", ""]
    for entry in week.entries:
        mood = f" (mood {entry.mood}/10)" if entry.mood is not None else ""
        out.append(f"- {_day(date.fromisoformat(entry.day))}: {_line(entry.headline)}{mood}")
    if not week.entries:
        out.append(notes["no_entries"])
    out += ["", "## Small wins", ""]
    for name, wins in week.wins_by_value().items():
        out += [f"### {_line(name) or notes['other_wins'].capitalize()}", ""]
        out += [f"- {_line(noted.text)}" for noted in wins]
        out.append("")
    if not week.wins:
        out += [notes["no_wins"], ""]
    mood = week.mood
    out += ["## Mood", ""]
    if len(mood.days) == 1:
        out.append(f"One mood noted: {mood.values[0]:g}.")
    elif mood.days:
        each = ", ".join(f"{m:g}" for m in mood.values)
        out.append(
            f"Average {mood.average:g}, from {min(mood.values):g} to {max(mood.values):g}: {each}."
        )
    else:
        out.append(notes["no_moods"])
    out += ["", "## Values", ""]
    if week.values:
        out += ["| value | actions this week | importance | consistency |", "|---|---|---|---|"]
        for value in week.values:
            rated = value.rating
            out.append(
                f"| {_line(value.name)} | {value.actions} | "
                f"{rated.importance if rated else '–'} | "
                f"{rated.consistency if rated else '–'} |"
            )
    else:
        out.append(notes["no_values"])
    if week.steps or week.tries:
        from resilience_journal.messages.experiments import week_tries

        out += ["", "## Goals and experiments", ""]
        out += [
            f"- {_day(date.fromisoformat(step.done_day))}: {_line(step.text)} (step "
            f"{step.step} of {_line(goal.title)})"
            for goal, step in week.steps
        ]
        out += [
            f"- {_line(experiment.title)}: {week_tries(tried, not_tried)}"
            for experiment, tried, not_tried in week.tries_by_experiment()
        ]
    if week.prompts:
        out += ["", "## To reflect on", ""]
        out += [f"{n}. {_line(prompt.text)}" for n, prompt in enumerate(week.prompts, 1)]
    if week.reviews:
        out += ["", "## My review"]
        for review in week.reviews:
            out += ["", block(review.body)]
    return "\n".join(out).rstrip() + "\n"


# the journal as markdown (rj export) ---------------------------------------------------------


def _heading(level: int, text: str, *, ours: bool = False) -> str:
    """A heading line whose text cannot end it early: a closing run of # is escaped. With
    `ours`, the text is our own words (a day's name), safe as it is."""
    if ours:
        return f"{'#' * level} {text}"
    text = _line(text)
    if text.endswith("#"):
        text = text[:-1] + "\\#"
    return f"{'#' * level} {text}".rstrip()


def _written(stamp: str, day: date, day_start: dt_time) -> tuple[str, str]:
    """When a record was written, in local time: the time, and the day too when it was
    written on another journaling day than the one it belongs to (back-filled)."""
    moment = datetime.fromisoformat(stamp).astimezone()
    written = moment.date()
    if written != day and not (written - day == _ONE_DAY and moment.time() < day_start):
        return f"{moment.hour:02d}:{moment.minute:02d}", f"written on {long_day(written)}"
    return f"{moment.hour:02d}:{moment.minute:02d}", ""


_ONE_DAY = timedelta(days=1)


def _about(entry: dict[str, Any], later: str, prompt: str | None) -> list[str]:
    """The lines between an entry's heading and its text: the prompt, then one line of mood,
    values and tags."""
    out = []
    if prompt:
        out += [f"> {_line(prompt)}", ""]
    facts = [later] if later else []
    if entry["mood"] is not None:
        facts.append(f"mood {entry['mood']}/10")
    if entry.get("distress") is not None:
        facts.append(f"distress {entry['distress']}/10")
    if entry["values"]:
        facts.append("values: " + ", ".join(entry["values"]))
    if entry["tags"]:
        facts.append("tags: " + ", ".join(entry["tags"]))
    if facts:
        line = _line(" · ".join(facts))  # it starts with our own word, never a mark
        out += [line[0].upper() + line[1:], ""]
    return out


def entry_section(entry: dict[str, Any], level: int, prompt: str | None, day_start: dt_time) -> str:
    """One entry: a heading with its time and title, what it answered, its facts, its text.
    Written on another journaling day (back-filled), it says when."""
    day = date.fromisoformat(entry["day"])
    clock, later = _written(entry["created_at"], day, day_start)
    if entry["kind"] == "checkin":  # a rating, or a skip: one line, no text of its own
        rated = entry["distress"]
        said = "Skipped." if rated is None else f"Distress {rated}/10."
        return "\n".join([_heading(level, f"{clock} · Check-in", ours=True), "", said]) + "\n"
    title = f"{clock} · {entry['title']}" if entry["title"] else clock
    out = [_heading(level, title), "", *_about(entry, later, prompt), block(entry["body"])]
    return "\n".join(out) + "\n"


def wins_section(wins: list[dict[str, Any]], level: int) -> str:
    out = [_heading(level, "Small wins", ours=True), ""]
    for win in wins:
        lived = " · " + ", ".join(win["values"]) if win["values"] else ""
        out.append(f"- {_line(win['text'] + lived)}")
    return "\n".join(out) + "\n"


def review_section(entry: dict[str, Any], start: date, level: int) -> str:
    """A weekly review under a heading naming its week."""
    end = start + timedelta(days=6)
    heading = f"Weekly review {entry['review_week']}, {long_day(start)} to {long_day(end)}"
    moment = datetime.fromisoformat(entry["created_at"]).astimezone()
    about = _about(entry, "", None)
    out = [
        _heading(level, heading),
        "",
        f"Written {long_day(moment.date())} at {moment:%H:%M}.",
        "",
        *about,
        block(entry["body"]),
    ]
    return "\n".join(out) + "\n"


# goals and experiments (rj export) ---------------------------------------------------------

_STATES = {"active": "Active", "paused": "Paused", "done": "Done", "let-go": "Let go"}
_OUTCOMES = {"helped": "it helped", "partly": "it partly helped", "not-this-time": "not this time"}


def _day_of(value: str | None) -> str:
    return long_day(date.fromisoformat(value)) if value else ""


def _said(pairs: list[tuple[str, str | None]]) -> list[str]:
    """The person's answers, a line each under our own label; none, no lines."""
    lines = [f"- {label}: {_line(text)}" for label, text in pairs if text]
    return [*lines, ""] if lines else []


def goal_section(goal: dict[str, Any], level: int) -> str:
    """A goal: its state and facts, its answers, what was learned, and its steps as a
    checklist (each checked one with its day)."""
    state = _STATES[goal["state"]]
    if goal["state"] != "active" and goal["state_since"]:
        state += f" since {_day_of(goal['state_since'])}"
    facts = [
        state,
        f"for {goal['value']}" if goal["value"] else "",
        f"by {_day_of(goal['by'])}" if goal["by"] else "",
        f"added {_day_of(goal['day'])}",
    ]
    out = [_heading(level, goal["title"]), "", _line(" · ".join(f for f in facts if f)), ""]
    out += _said(
        [
            ("Specific", goal["specific"]),
            ("Measurable", goal["measure"]),
            ("Achievable", goal["achievable"]),
            ("Why it matters", goal["why"]),
            ("Learned", goal["learned"]),
        ]
    )
    if goal["milestones"]:
        out += ["Steps:", ""]
    for step in goal["milestones"]:
        mark = "x" if step["done_day"] else " "
        when = (
            f" (checked {_day_of(step['done_day'])})"
            if step["done_day"]
            else f" (by {_day_of(step['by'])})"
            if step["by"]
            else ""
        )
        out.append(f"- [{mark}] {step['step']}. {_line(step['text'])}{when}")
    return "\n".join(out).rstrip() + "\n"


def experiment_section(experiment: dict[str, Any], level: int) -> str:
    """An experiment: its days and facts, its answers, how many days it was tried, and
    each day logged with its note."""
    days = experiment["days"]
    facts = [
        f"{days} {'day' if days == 1 else 'days'} from {_day_of(experiment['start_day'])}",
        f"for {experiment['value']}" if experiment["value"] else "",
    ]
    if experiment["closed_day"]:
        outcome = _OUTCOMES.get(experiment["outcome"] or "")
        facts.append(
            f"closed {_day_of(experiment['closed_day'])}" + (f": {outcome}" if outcome else "")
        )
    out = [_heading(level, experiment["title"]), "", _line(" · ".join(f for f in facts if f)), ""]
    out += _said(
        [
            ("Helped if", experiment["helped_if"]),
            ("If it gets hard", experiment["if_hard"]),
            ("What to adjust", experiment["adjust"]),
        ]
    )
    ticks = experiment["ticks"]
    tried = sum(1 for tick in ticks if tick["did"])
    out += [f"Tried on {tried} of {days} {'day' if days == 1 else 'days'}.", ""]
    for tick in ticks:
        note = f" · {tick['note']}" if tick["note"] else ""
        said = "tried it" if tick["did"] else "not this day"
        out.append(f"- {_day_of(tick['day'])}: {_line(said + note)}")
    return "\n".join(out).rstrip() + "\n"
