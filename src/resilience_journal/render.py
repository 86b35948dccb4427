"""The only module that imports Rich. Functions build renderables; commands print them.

Every piece of user text goes through `_text()`: it becomes a `Text` (never markup) with
control characters made visible (textsafe.safe).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from resilience_journal import dates
from resilience_journal.alignment import Alignment
from resilience_journal.dates import day_text
from resilience_journal.entries import Draft, Entry, SearchHit
from resilience_journal.prompts import Category, Prompt
from resilience_journal.safety import Contact, SafetyPlan
from resilience_journal.textsafe import safe
from resilience_journal.values import Rating, Value
from resilience_journal.wins import Win

MUTED = "dim"


def console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, emoji=False, markup=False)


def print_to(renderable: RenderableType, *, stderr: bool = False) -> None:
    """Print to the terminal; to a pipe or file, the same text without the padding spaces
    Rich adds at the ends of lines."""
    out = console(stderr)
    if out.is_terminal:
        out.print(renderable)
        return
    with out.capture() as captured:
        out.print(renderable)
    stream = sys.stderr if stderr else sys.stdout
    stream.write("\n".join(line.rstrip() for line in captured.get().split("\n")))


def _text(value: str | None, style: str = "") -> Text:
    return Text(safe(value or ""), style=style)


def long_day(value: str | date) -> str:
    return dates.long_day(date.fromisoformat(value) if isinstance(value, str) else value)


def short_day(value: str) -> str:
    return day_text(date.fromisoformat(value))


def local_time(stamp: str) -> str:
    return datetime.fromisoformat(stamp).astimezone().strftime("%H:%M")


def local_day(stamp: str) -> str:
    return datetime.fromisoformat(stamp).astimezone().date().isoformat()


def _first_line(entry: Entry, width: int = 60) -> str:
    line = entry.headline
    return line if len(line) <= width else line[: width - 1] + "…"


def message(text: str) -> Text:
    """One of our own sentences; still never parsed as markup."""
    return Text(safe(text))


def entry_panel(entry: Entry) -> Panel:
    meta = [f"#{entry.id}", long_day(entry.day), local_time(entry.created_at)]
    if entry.mood is not None:
        meta.append(f"mood {entry.mood}/10")
    if entry.tags:
        meta.append("tags: " + ", ".join(entry.tags))
    if entry.values:
        meta.append("values: " + ", ".join(entry.values))
    if entry.prompt_id:
        meta.append(f"prompt: {entry.prompt_id}")
    if entry.deleted_at:
        meta.append("in the trash")
    title = _text(entry.title, "bold") if entry.title else Text(long_day(entry.day), "bold")
    return Panel(
        _text(entry.body),
        title=title,
        title_align="left",
        subtitle=_text(" · ".join(meta), MUTED),
        subtitle_align="left",
        box=box.ROUNDED,
        padding=(1, 2),
    )


def entries_table(entries: Sequence[Entry], *, deleted: bool = False) -> Table:
    """id, day and time always show in full; the entry's first line gives way (ellipsis)."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("id", justify="right", style=MUTED, no_wrap=True, min_width=2)
    table.add_column("day", no_wrap=True, min_width=15)
    table.add_column("time", no_wrap=True, style=MUTED, min_width=5)
    table.add_column("entry", ratio=1, overflow="ellipsis", no_wrap=True, min_width=10)
    table.add_column("mood", justify="right", no_wrap=True, min_width=4)
    last = table.add_column
    last("in the trash since" if deleted else "tags", overflow="ellipsis", no_wrap=True,
         max_width=24 if deleted else 18)  # fmt: skip
    for entry in entries:
        if deleted and entry.deleted_at:
            extra = f"{short_day(local_day(entry.deleted_at))} {local_time(entry.deleted_at)}"
        else:
            extra = ", ".join(entry.tags)
        table.add_row(
            str(entry.id),
            short_day(entry.day),
            local_time(entry.created_at),
            _text(entry.headline),
            "" if entry.mood is None else str(entry.mood),
            _text(extra, MUTED),
        )
    return table


def entries_view(entries: Sequence[Entry], total: int, shown_hint: str) -> RenderableType:
    return _listing(entries_table(entries), len(entries), total, shown_hint)


def _listing(listed: RenderableType, shown: int, total: int, hint: str) -> RenderableType:
    """A listing, and below it how many of how many it shows."""
    parts: list[RenderableType] = [listed]
    if total > shown:
        parts.append(_text(f"\nShowing {shown} of {total}. {hint}", MUTED))
    return Group(*parts)


def highlighted(snippet: str, spans: Sequence[tuple[int, int]]) -> Text:
    """The snippet with its matches in bold; each piece is made safe on its own, so the
    highlights stay on the right words even where safe() makes the text longer."""
    text = Text()
    at = 0
    for start, end in spans:
        text.append(safe(snippet[at:start]))
        text.append(safe(snippet[start:end]), style="bold underline")
        at = end
    text.append(safe(snippet[at:]))
    return text


def search_view(hits: Sequence[SearchHit]) -> RenderableType:
    if not hits:
        return message("Nothing matched. Try fewer words, or a word ending in * for a prefix.")
    parts: list[RenderableType] = []
    for hit in hits:
        entry = hit.entry
        heading = Text.assemble(
            (f"#{entry.id}", MUTED),
            "  ",
            (short_day(entry.day), ""),
            "  ",
            _text(_first_line(entry), "bold"),
        )
        parts += [heading, Padding(highlighted(hit.snippet, hit.highlights), (0, 0, 1, 4))]
    return Group(*parts)


def today_view(
    day: date,
    greeting: str,
    entries: Sequence[Entry],
    draft: Draft | None,
    prompt: Prompt | None = None,
    category_title: str = "",
    practice: str = "",
    wins: Sequence[Win] = (),
    memories: Sequence[str] = (),
    review_ready: str = "",
    plans: RenderableType | None = None,
) -> RenderableType:
    parts: list[RenderableType] = [
        Text.assemble((greeting, "bold"), " ", (f"It is {long_day(day)}.", "")),
        Text(),
    ]
    if prompt is not None:
        footer = "Today's prompt, only if it helps. `rj write` shows it."
        parts += [prompt_panel(prompt, category_title, footer), Text()]
    if entries:
        count = "one entry" if len(entries) == 1 else f"{len(entries)} entries"
        parts.append(Text(f"Today you wrote {count}."))
        parts.append(Padding(entries_table(entries), (1, 0, 0, 0)))
    else:
        parts.append(message("Nothing written yet today. Whenever you are ready, or not at all."))
    if wins:
        parts += [Text(), Text("Small wins today", style="bold")]
        listed = Table.grid(padding=(0, 2))
        listed.add_column(style=MUTED, no_wrap=True)
        listed.add_column()
        listed.add_column(style=MUTED)
        for noted in reversed(wins):
            listed.add_row("•", _text(noted.text), _text(", ".join(noted.values)))
        parts.append(Padding(listed, (0, 0, 0, 2)))
    if plans is not None:
        parts.append(plans)
    if practice:
        parts += [Text(), message(practice)]
    for memory in memories:
        parts += [Text(), _text(memory)]
    if review_ready:
        parts += [Text(), message(review_ready)]
    if draft is not None:
        parts += [
            Text(),
            message(
                f"A draft from {short_day(local_day(draft.updated_at))} is waiting: "
                "`rj write --resume` brings it back."
            ),
        ]
    how = Table.grid(padding=(0, 3))
    how.add_column(style="bold", no_wrap=True)
    how.add_column(style=MUTED)
    how.add_row("rj write", "opens your editor (or type here, Ctrl-D to save)")
    how.add_row('rj write "a few words"', "saves one line")
    how.add_row('rj win "a small win"', "notes something that went right, however small")
    how.add_row("rj list  ·  rj search WORDS", "look back at what you wrote")
    parts += [Text(), Text("Ways to write", style="bold"), Padding(how, (0, 0, 0, 2))]
    return Group(*parts)


def prompt_block(prompt: Prompt) -> Text:
    """Today's prompt above the terminal writing space, with one follow-up."""
    text = Text("Today's prompt, only if it helps:\n", style=MUTED)
    text.append(safe(prompt.text))
    if prompt.follow_ups:
        text.append("\n" + safe(f"Then, if you like: {prompt.follow_ups[0]}"), style=MUTED)
    text.append("\n")
    return text


def prompt_panel(prompt: Prompt, category_title: str, footer: str) -> Panel:
    body = Text(safe(prompt.text))
    for follow_up in prompt.follow_ups:
        body.append("\n\n")
        body.append(safe(follow_up), style=MUTED)
    return Panel(
        body,
        title=_text(category_title, "bold"),
        title_align="left",
        subtitle=_text(footer, MUTED),
        subtitle_align="left",
        box=box.ROUNDED,
        padding=(1, 2),
    )


def prompts_table(prompts: Sequence[Prompt]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("id", no_wrap=True, overflow="fold")
    table.add_column("depth", no_wrap=True, style=MUTED)
    table.add_column("prompt", ratio=1, overflow="ellipsis", no_wrap=True)
    for prompt in prompts:
        table.add_row(_text(prompt.id), prompt.depth, _text(prompt.text))
    return table


def categories_table(categories: Sequence[Category], counts: dict[str, int]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    # A pack's own title can be long: it wraps (a name too long for the column is folded,
    # never cut), so the other columns always keep their room.
    table.add_column("category", max_width=30, overflow="fold")
    table.add_column("prompts", justify="right", no_wrap=True, min_width=7)
    table.add_column("what it invites", ratio=1, style=MUTED, min_width=20)
    for category in sorted(categories, key=lambda c: c.name):
        name = Text.assemble(_text(category.title, "bold"), "\n", _text(category.name, MUTED))
        table.add_row(name, str(counts[category.name]), _text(category.description))  # fmt: skip
    return table


def settings_view(values: dict[str, str], helps: dict[str, str], file: str) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    # Every setting's name in full; a long value (an editor command) is folded, not cut.
    table.add_column("setting", no_wrap=True, style="bold", min_width=max(map(len, values)))
    table.add_column("value", overflow="fold", max_width=30)
    table.add_column("meaning", style=MUTED, ratio=1, min_width=20)
    for key, value in values.items():
        table.add_row(key, _text(value or "(not set)"), _text(helps[key]))
    return Group(table, _text(f"\nFile: {file}", MUTED))


def where_view(rows: dict[str, str]) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")  # a long path is folded, never cut short
    for label, value in rows.items():
        grid.add_row(label, _text(value))
    note = message(
        "Everything stays on this machine: rj never uses the network. "
        "The files are readable only by you."
    )
    return Group(grid, Text(), note)


# wins, values, alignment ------------------------------------------------------------


def wins_by_day(wins: Sequence[Win]) -> RenderableType:
    """Wins under a heading per day (newest day first), each with its id and values."""
    parts: list[RenderableType] = []
    day = None
    grid: Table | None = None
    for noted in wins:
        if noted.day != day:
            if grid is not None:
                parts += [Padding(grid, (0, 0, 1, 2))]
            day = noted.day
            parts.append(Text(long_day(day), style="bold"))
            grid = Table.grid(padding=(0, 2), expand=True)
            grid.add_column(justify="right", style=MUTED, no_wrap=True, min_width=3)
            grid.add_column(ratio=1)
            grid.add_column(style=MUTED, max_width=30)
        assert grid is not None
        grid.add_row(str(noted.id), _text(noted.text), _text(", ".join(noted.values)))
    if grid is not None:
        parts.append(Padding(grid, (0, 0, 0, 2)))
    return Group(*parts)


def wins_view(wins: Sequence[Win], total: int, shown_hint: str) -> RenderableType:
    return _listing(wins_by_day(wins), len(wins), total, shown_hint)


def wins_table(wins: Sequence[Win], *, deleted: bool = False) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("id", justify="right", style=MUTED, no_wrap=True, min_width=2)
    table.add_column("day", no_wrap=True, min_width=15)
    table.add_column("win", ratio=1, overflow="ellipsis", no_wrap=True, min_width=10)
    table.add_column("in the trash since" if deleted else "values", style=MUTED, no_wrap=True,
                     overflow="ellipsis", max_width=24)  # fmt: skip
    for noted in wins:
        if deleted and noted.deleted_at:
            extra = f"{short_day(local_day(noted.deleted_at))} {local_time(noted.deleted_at)}"
        else:
            extra = ", ".join(noted.values)
        table.add_row(str(noted.id), short_day(noted.day), _text(noted.text), _text(extra))
    return table


def values_table(values: Sequence[Value], latest: dict[int, Rating]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("value", no_wrap=True, style="bold")
    table.add_column("what it means to you", ratio=1)
    table.add_column("latest rating", no_wrap=True, style=MUTED)
    for value in values:
        rating = latest.get(value.id)
        rated = (
            f"importance {rating.importance} · consistency {rating.consistency}"
            if rating
            else "not rated yet"
        )
        name = _text(value.name)
        if value.archived_at:
            name.append(" (archived)", style=MUTED)
        table.add_row(name, _text(value.description or ""), rated)
    return table


def starter_values(names: dict[str, str]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(justify="right", style=MUTED, no_wrap=True)
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(style=MUTED)
    for number, (name, meaning) in enumerate(names.items(), 1):
        grid.add_row(str(number), name, meaning)
    return grid


_BARS = "▁▂▃▄▅▆▇█"


def sparkline(points: Sequence[int], low: int = 1, high: int = 10) -> str:
    """Numbers from `low` to `high` as block characters (readable without colour)."""
    span = high - low
    return "".join(_BARS[round((p - low) * (len(_BARS) - 1) / span)] for p in points)


def _ago(days: int | None) -> str:
    if days is None:
        return "not yet"
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{days} days ago"


def alignment_view(result: Alignment, notes: dict[str, str]) -> RenderableType:
    """The alignment table, the valued-living figure and a few gentle next steps."""
    days = (result.until - result.since).days + 1
    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        title=Text(
            f"Your values, and actions in the {days} days from "
            f"{short_day(result.since.isoformat())}",
            style="bold",
        ),  # fmt: skip
        title_justify="left",
        collapse_padding=True,
    )
    longest = max((len(row.name) for row in result.values), default=5)
    table.add_column("value", style="bold", min_width=min(longest, 14))
    table.add_column("importance", justify="right")
    table.add_column("consistency", justify="right")
    table.add_column("gap", justify="right")
    table.add_column("actions", justify="right")
    table.add_column("last acted", no_wrap=True)
    table.add_column("over time", no_wrap=True)
    for row in result.values:
        table.add_row(
            _text(row.name),
            "–" if row.importance is None else str(row.importance),
            "–" if row.consistency is None else str(row.consistency),
            "–" if row.gap is None else str(row.gap),
            str(row.actions),
            _ago(row.days_since_action),
            sparkline(row.history) or "–",
        )
    parts: list[RenderableType] = [table, Text()]
    if result.valued_living is None:
        parts.append(message(notes["no_ratings"]))
    else:
        parts += [message(notes["figure"]), _text(notes["caveat"], MUTED)]
    for step in result.suggestions:
        parts += [Text(), message(step)]
    return Group(*parts)


# goals and experiments ----------------------------------------------------------------

GOAL_STATES = {"active": "active", "paused": "paused", "done": "done", "let-go": "let go"}
OUTCOMES = {"helped": "helped", "partly": "partly", "not-this-time": "not this time"}


def _short(day: str | date, today: date) -> str:
    """Mon 23 Nov, with the year only when it is not today's year."""
    when = date.fromisoformat(day) if isinstance(day, str) else day
    text = f"{when:%a} {when.day} {when:%b}"
    return text if when.year == today.year else f"{text} {when.year}"


def goals_table(goals: Sequence[Any], today: date) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("id", justify="right", style=MUTED, no_wrap=True, min_width=2)
    table.add_column("goal", ratio=1, overflow="ellipsis", no_wrap=True, min_width=10)
    table.add_column("state", no_wrap=True)
    table.add_column("value", style=MUTED, no_wrap=True, overflow="ellipsis", max_width=18)
    table.add_column("by", no_wrap=True)
    table.add_column("steps", justify="right", no_wrap=True)
    for goal in goals:
        steps = f"{goal.checked} of {len(goal.milestones)}" if goal.milestones else "–"
        by = _short(goal.by, today) if goal.by else ""
        table.add_row(
            str(goal.id),
            _text(goal.title),
            GOAL_STATES[goal.state],
            _text(goal.value or ""),
            by,
            steps,
        )
    return table


def _facts(parts: Sequence[str]) -> Text:
    return _text(" · ".join(part for part in parts if part), MUTED)


def _answers(rows: Sequence[tuple[str, str | None]]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    for label, answer in rows:
        if answer:
            grid.add_row(label, _text(answer))
    return grid


def goal_view(goal: Any, hint: str) -> RenderableType:
    """A goal: its title, facts, answers, what was learned, and its numbered steps."""
    facts = [
        GOAL_STATES[goal.state],
        f"for {goal.value}" if goal.value else "",
        f"by {short_day(goal.by)}" if goal.by else "",
        f"added {short_day(goal.day)}",
    ]
    if goal.state != "active" and goal.state_since:
        facts[0] += f" since {short_day(goal.state_since)}"
    parts: list[RenderableType] = [
        Text.assemble((f"Goal {goal.id} · ", "bold"), _text(goal.title, "bold")),
        _facts(facts),
    ]
    answers = _answers([("Specific", goal.specific), ("Measurable", goal.measure),
                        ("Achievable", goal.achievable), ("Why", goal.why),
                        ("Learned", goal.learned)])  # fmt: skip
    if answers.row_count:
        parts.append(Padding(answers, (1, 0, 0, 2)))
    parts += [Text(), Text("Steps", style="bold")]
    if goal.milestones:
        grid = Table.grid(padding=(0, 1), expand=True)
        grid.add_column(no_wrap=True)
        grid.add_column(justify="right", style=MUTED, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_column(style=MUTED, no_wrap=True)
        for step in goal.milestones:
            when = (f"checked {short_day(step.done_day)}" if step.done
                    else f"by {short_day(step.by)}" if step.by else "")  # fmt: skip
            grid.add_row("[x]" if step.done else "[ ]", str(step.step), _text(step.text), when)
        parts.append(Padding(grid, (0, 0, 0, 2)))
    else:
        parts.append(Padding(_text("none yet", MUTED), (0, 0, 0, 2)))
    parts += [Text(), _text(hint, MUTED)]
    return Group(*parts)


def _experiment_state(experiment: Any, today: date) -> str:
    if experiment.closed:
        outcome = OUTCOMES.get(experiment.outcome or "", "")
        return f"closed{': ' + outcome if outcome else ''}"
    if today > experiment.end:
        return "ended, open"
    if today < experiment.start:
        return f"starts {_short(experiment.start, today)}"
    return f"day {experiment.day_number(today)} of {experiment.days}"


def experiments_table(experiments: Sequence[Any], today: date) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("id", justify="right", style=MUTED, no_wrap=True, min_width=2)
    table.add_column("experiment", ratio=1, overflow="ellipsis", no_wrap=True, min_width=10)
    table.add_column("days", no_wrap=True)
    table.add_column("tried", justify="right", no_wrap=True)
    table.add_column("now", no_wrap=True, style=MUTED)
    for found in experiments:
        span = f"{_short(found.start, today)} to {_short(found.end, today)}"
        tried = f"{found.tried} of {found.days}"
        table.add_row(
            str(found.id), _text(found.title), span, tried, _experiment_state(found, today)
        )
    return table


def _experiment_head(experiment: Any, today: date) -> list[RenderableType]:
    days = f"{experiment.days} {'day' if experiment.days == 1 else 'days'}"
    span = f"{days}, {short_day(experiment.start_day)} to {short_day(experiment.end.isoformat())}"
    value = f"for {experiment.value}" if experiment.value else ""
    facts = [span, value, _experiment_state(experiment, today)]
    if experiment.closed:
        facts[-1] = f"closed {short_day(experiment.closed_day)}"
    return [Text.assemble((f"Experiment {experiment.id} · ", "bold"),
                          _text(experiment.title, "bold")), _facts(facts)]  # fmt: skip


def experiment_view(experiment: Any, today: date, summary: str) -> RenderableType:
    """An experiment: its facts and answers, then each of its days up to today."""
    from datetime import timedelta

    parts = _experiment_head(experiment, today)
    answers = _answers(
        [
            ("Helped if", experiment.helped_if),
            ("If it gets hard", experiment.if_hard),
            ("How it went", OUTCOMES.get(experiment.outcome or "")),
            ("Adjust", experiment.adjust),
        ]
    )
    if answers.row_count:
        parts.append(Padding(answers, (1, 0, 0, 2)))
    parts += [Text(), Text("Days", style="bold")]
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style=MUTED)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    last = min(experiment.end, today)
    day = experiment.start
    while day <= last:
        tick = experiment.tick_on(day)
        said = "–" if tick is None else "tried it" if tick.did else "not this day"
        grid.add_row(_short(day, today), said, _text(tick.note if tick else ""))
        day += timedelta(days=1)
    shown = grid if grid.row_count else _text("none yet", MUTED)
    parts += [Padding(shown, (0, 0, 0, 2)), Text(), message(summary)]
    return Group(*parts)


def experiment_look_back(experiment: Any, summary: str) -> RenderableType:
    """Before the questions that close an experiment: what it was, and its days."""
    parts: list[RenderableType] = [Text.assemble(("Looking back on ", "bold"),
                                                 _text(experiment.title, "bold"))]  # fmt: skip
    if experiment.helped_if:
        parts.append(Text.assemble(("You said you would know it helped if: ", MUTED),
                                   _text(experiment.helped_if)))  # fmt: skip
    parts += [message(summary), Text()]
    return Group(*parts)


def plans_today(goals: Sequence[tuple[str, str, str]], experiments: Sequence[tuple[str, str]]
                ) -> RenderableType:  # fmt: skip
    """The home screen's goals (title, what is next, the next step's text) and experiments
    (title, where it is at)."""
    parts: list[RenderableType] = []
    for heading, rows in (
        (
            "Goals",
            [(t, Text.assemble(message(n), " " if s else "", _text(s))) for t, n, s in goals],
        ),
        ("Experiments", [(t, message(line)) for t, line in experiments]),
    ):
        if not rows:
            continue
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style=MUTED, no_wrap=True)
        grid.add_column(ratio=1)
        for title, line in rows:
            grid.add_row("•", Text.assemble(_text(title, "bold"), "  ", line))
        parts += [Text(), Text(heading, style="bold"), Padding(grid, (0, 0, 0, 2))]
    return Group(*parts)


# practice over time -----------------------------------------------------------------

_LEVELS = (("·", "dim"), ("░", "green"), ("▒", "green"), ("▓", "bold green"), ("█", "bold green"))


def _level(count: int) -> int:
    return 0 if count <= 0 else 1 if count == 1 else 2 if count == 2 else 3 if count <= 4 else 4


def heat_cell(count: int) -> Text:
    char, style = _LEVELS[_level(count)]
    return Text(char, style=style)


HEAT_LEGEND = ("0", "1", "2", "3-4", "5+")


class Heatmap:
    """The heatmap, as many of its latest weeks as the terminal's width holds."""

    def __init__(self, start: date, end: date, activity: dict[str, int]) -> None:
        self.start, self.end, self.activity = start, end, activity

    def __rich_console__(self, console: Console, options: Any) -> Any:
        from datetime import timedelta

        weeks = (self.end - self.start).days // 7 + 1
        fits = max(1, (options.max_width - 4) // 2)
        shown = min(weeks, fits)
        yield Text(f"The last {shown} weeks" if shown > 1 else "This week", style="bold")
        yield heatmap(self.start + timedelta(weeks=weeks - shown), self.end, self.activity)


def heatmap(start: date, end: date, activity: dict[str, int]) -> Text:
    """Weeks as columns and weekdays as rows, from `start` (a week's first day) to `end`.
    Each day is a character whose shape carries the count, so it reads without colour."""
    from datetime import timedelta

    weeks = (end - start).days // 7 + 1
    header = Text(" " * 4)
    month = None
    column = 0
    while column < weeks:  # month names over the first week that starts in them
        first = start + timedelta(weeks=column)
        turns = column == 0 and (first + timedelta(weeks=1)).month != first.month
        if first.month != month and column <= weeks - 2 and not turns:
            month = first.month
            header.append(f"{first:%b} ", style=MUTED)
            column += 2
        else:
            header.append("  ")
            column += 1
    lines = [header]
    for row in range(7):
        label = f"{start + timedelta(days=row):%a}"[:3]
        line = Text(f"{label} " if row % 2 == 0 else "    ", style=MUTED)
        for column in range(weeks):
            day = start + timedelta(weeks=column, days=row)
            if day > end:
                break
            line.append_text(heat_cell(activity.get(day.isoformat(), 0)))
            line.append(" ")
        lines.append(line)
    legend = Text("    ")
    for (char, style), count in zip(_LEVELS, HEAT_LEGEND, strict=True):
        legend.append(char, style=style)
        legend.append(f" {count}  ", style=MUTED)
    legend.append("entries and wins a day", style=MUTED)
    lines.append(legend)
    for line in lines:
        line.rstrip()
    return Text("\n").join(lines)


def _distress_line(label: str, distress: Any) -> list[Text]:
    """Beside mood, only when there are check-in ratings to show."""
    return [mood_line(label, distress, "rating")] if distress.days else []


def mood_line(label: str, mood: Any, noun: str = "mood") -> Text:
    """A sparkline of 0-10 ratings with their average and range, or a quiet note."""
    if not mood.days:
        return Text.assemble((label, "bold"), f"  no {noun}s noted")
    values = mood.values
    if len(values) == 1:
        return Text.assemble((label, "bold"), f"  one {noun} noted: {values[0]:g}")
    return Text.assemble(
        (label, "bold"),
        "  ",
        sparkline([round(v) for v in values], 0, 10),
        f"  average {mood.average:g}, from {min(values):g} to {max(values):g}",
    )


def streak_view(lines: Sequence[str]) -> RenderableType:
    return Group(*(message(line) for line in lines))


def stats_view(stats: Any, lines: dict[str, Any]) -> RenderableType:
    parts: list[RenderableType] = [
        Padding(Heatmap(stats.heatmap_start, stats.today, stats.activity), (0, 0, 1, 0)),
        Text(lines["totals_title"], style="bold"),
        Padding(message(lines["totals"]), (0, 0, 1, 2)),
        mood_line("Mood, last 30 days", stats.mood),
        *_distress_line("Distress at check-ins", stats.distress),
        Text(),
    ]
    for title, rows in ((lines["values_title"], lines["values"]),
                        (lines["prompts_title"], lines["prompts"])):  # fmt: skip
        parts.append(Text(title, style="bold"))
        if not rows:
            parts.append(Padding(_text(lines["none"], MUTED), (0, 0, 1, 2)))
            continue
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True)
        grid.add_column(justify="right")
        for name, count in rows:
            grid.add_row(_text(name), str(count))
        parts.append(Padding(grid, (0, 0, 1, 2)))
    parts.append(message(lines["streak"]))
    return Group(*parts)


def review_view(week: Any, notes: dict[str, str]) -> RenderableType:
    """The weekly review summary: days, entries, wins by value, mood, values, prompts."""
    days = Table.grid(padding=(0, 1))
    for _ in week.days:
        days.add_column(justify="center")
    days.add_row(*(Text(f"{day:%a}", style=MUTED) for day in week.days))
    days.add_row(*(heat_cell(week.activity.get(day.isoformat(), 0)) if day <= week.today
                   else Text(" ") for day in week.days))  # fmt: skip
    parts: list[RenderableType] = [
        Text.assemble(
            (f"Week {week.label}", "bold"),
            "  ",
            (f"{long_day(week.start)} to {long_day(week.end)}", MUTED),
        ),  # fmt: skip
        Padding(days, (1, 0, 1, 2)),
        Text("Entries", style="bold"),
    ]
    if week.entries:
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, style=MUTED)
        table.add_column(ratio=1, overflow="ellipsis", no_wrap=True)
        table.add_column(no_wrap=True, justify="right")
        for entry in week.entries:
            mood = "" if entry.mood is None else f"mood {entry.mood}"
            table.add_row(short_day(entry.day)[:-5], _text(entry.headline), mood)
        parts.append(Padding(table, (0, 0, 1, 2)))
    else:
        parts.append(Padding(_text(notes["no_entries"], MUTED), (0, 0, 1, 2)))
    parts.append(Text("Small wins", style="bold"))
    if week.wins:
        grid = Table.grid(padding=(0, 1))
        grid.add_column()
        for name, wins in week.wins_by_value().items():
            grid.add_row(_text(name or notes["other_wins"], "italic"))
            for noted in wins:
                grid.add_row(Text.assemble("  • ", _text(noted.text)))
        parts.append(Padding(grid, (0, 0, 1, 2)))
    else:
        parts.append(Padding(_text(notes["no_wins"], MUTED), (0, 0, 1, 2)))
    parts += [mood_line("Mood", week.mood), *_distress_line("Distress", week.distress), Text()]
    parts.append(Text("Values this week", style="bold"))
    if week.values:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        table.add_column("value")
        table.add_column("actions", justify="right")
        table.add_column("importance", justify="right")
        table.add_column("consistency", justify="right")
        for value in week.values:
            rated = value.rating
            table.add_row(_text(value.name), str(value.actions),
                          str(rated.importance) if rated else "–",
                          str(rated.consistency) if rated else "–")  # fmt: skip
        parts.append(Padding(table, (0, 0, 1, 2)))
    else:
        parts.append(Padding(_text(notes["no_values"], MUTED), (0, 0, 1, 2)))
    parts += _week_plans(week)
    if week.prompts:
        parts.append(Text("To reflect on, if it helps", style="bold"))
        listed = Table.grid(padding=(0, 1))
        listed.add_column(style=MUTED, no_wrap=True)
        listed.add_column(ratio=1)
        for number, prompt in enumerate(week.prompts, 1):
            listed.add_row(f"{number}.", _text(prompt.text))
        parts.append(Padding(listed, (0, 0, 1, 2)))
    for review in week.reviews:
        title = "Your review" if len(week.reviews) == 1 else f"Your review, entry {review.id}"
        parts.append(Panel(_text(review.body), title=Text(title, style="bold"),
                           title_align="left", box=box.ROUNDED, padding=(1, 2)))  # fmt: skip
    return Group(*parts)


def _week_plans(week: Any) -> list[RenderableType]:
    """The steps checked toward goals in a week, and each experiment's days: only when
    there are some."""
    from resilience_journal import messages

    if not week.steps and not week.tries:
        return []
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style=MUTED)
    grid.add_column(ratio=1)
    for goal, step in week.steps:
        grid.add_row(
            short_day(step.done_day)[:-5],
            Text.assemble(
                _text(step.text), f" (step {step.step} of ", _text(goal.title, "italic"), ")"
            ),
        )
    for experiment, tried, not_tried in week.tries_by_experiment():
        grid.add_row("", Text.assemble(_text(experiment.title, "italic"), ": ",
                                       messages.week_tries(tried, not_tried)))  # fmt: skip
    return [Text("Goals and experiments", style="bold"), Padding(grid, (0, 0, 1, 2))]


def save_picture(renderable: RenderableType, path: str, kind: str, title: str) -> None:
    """Render to an SVG or HTML file (Rich's console recording), private to the person."""
    import io
    from pathlib import Path

    from resilience_journal.paths import write_private_file

    recorder = Console(record=True, width=100, file=io.StringIO(), highlight=False,
                       emoji=False, markup=False)  # fmt: skip
    recorder.print(renderable)
    data = recorder.export_svg(title=title) if kind == "svg" else recorder.export_html()
    write_private_file(Path(path), data)  # an existing file is replaced by a private one


def reviews_view(reviews: Sequence[Entry], total: int, shown_hint: str) -> RenderableType:
    return _listing(reviews_table(reviews), len(reviews), total, shown_hint)


def reviews_table(reviews: Sequence[Entry]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("id", justify="right", style=MUTED, no_wrap=True)
    table.add_column("week", no_wrap=True)
    table.add_column("written", no_wrap=True, style=MUTED)
    table.add_column("review", ratio=1, overflow="ellipsis", no_wrap=True)
    table.add_column("words", justify="right", no_wrap=True)
    for entry in reviews:
        table.add_row(str(entry.id), entry.review_week or "", short_day(entry.day),
                      _text(entry.headline), str(entry.words))  # fmt: skip
    return table


# export and import ---------------------------------------------------------------------------


@contextmanager
def progress(total: int, label: str, *, least: int) -> Iterator[Callable[[int], None]]:
    """A progress bar on standard error while `total` records are written, when that is a
    terminal and there are at least `least` of them; otherwise nothing at all. Yields the
    function to call as records are done. The bar is cleared at the end."""
    out = console(stderr=True)
    if not out.is_terminal or total < least:
        yield lambda _: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    # Standard output stays where it goes (a file, a pipe): only the bar is on the terminal.
    with Progress(*columns, console=out, transient=True, redirect_stdout=False,
                  redirect_stderr=False) as bar:  # fmt: skip
        task = bar.add_task(label, total=total)
        yield lambda done: bar.advance(task, done)


def import_preview(entries: Sequence[dict[str, Any]], wins: Sequence[dict[str, Any]]) -> Table:
    """What an import would add: day and first line of each entry and win (at most 20)."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("day", no_wrap=True, min_width=15)
    table.add_column("kind", no_wrap=True, style=MUTED)
    table.add_column("would add", ratio=1, overflow="ellipsis", no_wrap=True, min_width=10)
    rows = [(e["day"], e["kind"], e["title"] or e["body"]) for e in entries]
    rows += [(w["day"], "win", w["text"]) for w in wins]
    rows.sort(key=lambda row: row[0])
    for day, kind, text in rows[:20]:
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        table.add_row(short_day(day), kind, _text(first))
    if len(rows) > 20:
        table.add_row("", "", _text(f"and {len(rows) - 20} more", MUTED))
    return table


# grounding ----------------------------------------------------------------------------------

BREATH_WIDTH = 30
_EIGHTHS = "▏▎▍▌▋▊▉"


def exercise_heading(title: str, intro: str) -> Text:
    """The title of a grounding exercise in bold, and its intro under it."""
    heading = Text(safe(title), style="bold")
    heading.append("\n" + safe(intro))
    return heading


def breath_bar(fullness: float, width: int = BREATH_WIDTH) -> Text:
    """A bar `fullness` (0 to 1) full, in eighths of a cell; the rest is dots, so the bar
    reads the same without colour."""
    eighths = round(max(0.0, min(1.0, fullness)) * width * 8)
    full, part = divmod(eighths, 8)
    filled = "█" * full + (_EIGHTHS[part - 1] if part else "")
    bar = Text(filled, style="cyan")
    bar.append("·" * (width - len(filled)), style=MUTED)
    return bar


def breath_frame(word: str, count: int, fullness: float, note: str) -> Text:
    frame = Text(safe(word).ljust(12))
    frame.append_text(breath_bar(fullness))
    frame.append(f"  {count}\n")
    frame.append(safe(note), style=MUTED)
    return frame


@contextmanager
def breathing() -> Iterator[Callable[[str, int, float, str], None]]:
    """Show paced breathing on standard error. Yields show(word, count, fullness, note),
    to call a few times a second. On a terminal that can redraw: a bar that fills and
    empties, cleared at the end. Otherwise (TERM=dumb, a screen reader's console): a line
    as each breath and each part of it begins ("Breathe in for 4")."""
    out = console(stderr=True)
    if not out.is_terminal or out.is_dumb_terminal:
        last = ["", ""]

        def say_changes(word: str, count: int, fullness: float, note: str) -> None:
            if note != last[0]:
                out.print(Text(safe(note)))
            if (note, word) != tuple(last):
                out.print(Text(safe(f"{word} for {count}")))
            last[:] = [note, word]

        yield say_changes
        return
    from rich.live import Live

    with Live(console=out, transient=True, auto_refresh=False, redirect_stdout=False,
              redirect_stderr=False) as live:  # fmt: skip
        yield lambda word, count, fullness, note: live.update(
            breath_frame(word, count, fullness, note), refresh=True
        )


# help within reach --------------------------------------------------------------------


def _section(title: str, body: RenderableType) -> RenderableType:
    return Group(Text(title, style="bold"), Padding(body, (0, 0, 1, 2)))


def contacts_list(contacts: Sequence[Contact], *, details: bool = False) -> Group:
    """Each contact as a name, with how to reach them on the line below: nothing is cut off,
    however narrow the terminal. With `details`, where each crisis line comes from."""
    regions = {contact.region for contact in contacts if not contact.own} - {"*"}
    rows: list[RenderableType] = []
    for contact in contacts:
        name = _text(contact.name, "bold")
        if len(regions) > 1 and not contact.own:  # several countries: say whose each is
            name = Text.assemble(("anywhere" if contact.region == "*" else contact.region,
                                  MUTED), " · ", name)  # fmt: skip
        rows += [name, Padding(_text(contact.reach), (0, 0, 0, 2))]
        if details and contact.source:
            rows.append(Padding(_text(f"{contact.source} · checked {contact.verified}", MUTED),
                                (0, 0, 0, 2)))  # fmt: skip
    return Group(*rows)


def plan_sections(plan: SafetyPlan, *, empty_too: bool = False) -> RenderableType:
    """The plan's sections in their order, each under its title."""
    from resilience_journal.safety import SECTIONS

    parts: list[RenderableType] = []
    for number, (key, (title, _)) in enumerate(SECTIONS.items(), 1):
        text = plan.sections.get(key, "")
        if not text and not empty_too:
            continue
        body = _text(text) if text else _text("(empty)", MUTED)
        parts += [Text(f"{number}. {title}", style="bold"), Padding(body, (0, 0, 1, 3))]
    return Group(*parts)


def help_now_view(
    danger: str,
    grounding: Sequence[str],
    plan: SafetyPlan | None,
    plan_note: str,
    contacts: Sequence[Contact],
    notes: Sequence[str],
) -> RenderableType:
    """Calm and in this order: what to do in danger, a moment to land, the person's plan,
    people to reach."""
    from resilience_journal import messages
    from resilience_journal.safety import checked_on

    parts: list[RenderableType] = [
        message(danger),
        Padding(message(messages.HELP_NOW_TITLE), (1, 0, 1, 0)),
        _section(messages.HELP_NOW_GROUND, Group(*(message(line) for line in grounding))),
    ]
    if plan is not None and not plan.empty:
        parts.append(_section(messages.HELP_NOW_PLAN, plan_sections(plan)))
    else:
        parts.append(_section(messages.HELP_NOW_PLAN, _text(plan_note, MUTED)))
    checked = checked_on(contacts)
    footnotes = [messages.lines_checked(checked)] if checked else []
    parts.append(contacts_view(contacts, [*notes, *footnotes]))
    parts.append(message(messages.HELP_NOW_CLOSE))
    return Group(*parts)


def contacts_view(
    contacts: Sequence[Contact], notes: Sequence[str], *, details: bool = False
) -> RenderableType:
    from resilience_journal import messages

    body = Group(contacts_list(contacts, details=details),
                 *(Padding(_text(note, MUTED), (1, 0, 0, 0)) for note in notes[:1]),
                 *(_text(note, MUTED) for note in notes[1:]))  # fmt: skip
    return _section(messages.HELP_NOW_CONTACTS, body)


def safety_plan_view(plan: SafetyPlan) -> RenderableType:
    saved = f"  version {plan.version}, {local_day(plan.created_at)}"
    head = Text.assemble(("Your safety plan", "bold"), (saved, MUTED))
    return Group(Padding(head, (0, 0, 1, 0)), plan_sections(plan, empty_too=True))


def plan_history(plans: Sequence[SafetyPlan]) -> Table:
    """Every version, newest first, with what it changed."""
    from resilience_journal.safety import SECTIONS

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("version", justify="right", no_wrap=True)
    table.add_column("saved", no_wrap=True)
    table.add_column("changed")
    for plan, before in zip(plans, [*plans[1:], None], strict=True):
        names = "; ".join(SECTIONS[key][0] for key in plan.changed(before))
        saved = f"{local_day(plan.created_at)} {local_time(plan.created_at)}"
        table.add_row(str(plan.version), saved, names or "-")
    return table


def plan_section_ask(number: int, title: str, hint: str, current: str) -> RenderableType:
    """One section while writing the plan: its title, what it is for, what it holds now."""
    parts: list[RenderableType] = [Text(), Text(f"{number}. {title}", style="bold"),
                                   Padding(message(hint), (0, 0, 0, 3))]  # fmt: skip
    if current:
        parts += [Padding(Text("Now:", style=MUTED), (0, 0, 0, 3)),
                  Padding(_text(current), (0, 0, 0, 5))]  # fmt: skip
    return Group(*parts)
