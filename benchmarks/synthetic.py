"""Synthetic lifetime journals, the same content written for rj and for jrnl.

Two entries a day (morning and evening) of 50-300 words, most with a short title, 0-2 tags,
a mood and sometimes a prompt id; 1-3 small wins a day; six values with a check-in every
week; a weekly review; a few goals with steps and two small experiments; a story, beliefs,
hard dates and monthly reflections (add_practices). Words are drawn
from a journaling vocabulary with Zipf frequencies (a few words in most entries, most words
in few), so a search matches a realistic share of the journal. The last day is yesterday,
so `rj today` meets a journal in use. The same `count` always gives the same text.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from resilience_journal.dates import week_label
from resilience_journal.store import JournalStore
from resilience_journal.store.values import link_values

# Most frequent first: the word at rank r has weight 1/(r + 10), a Zipf curve with its head
# flattened, as a journal of content words (no "the" or "and") would have.
VOCABULARY = """
    today felt time day morning night still bit little tired better walk home work sleep
    tea friend call talked quiet hard small step kind window rain slow breath body chest
    heavy light calm panic worry fear noticed thought remembered garden kitchen coffee
    dinner sister brother mother father child dog cat park bus train letter message phone
    laughed cried smiled rested kept tried managed asked helped listened wrote read cooked
    cleaned shower bed curtains sun cloud wind cold warm soft loud ordinary gentle brave
    enough grateful safe alone together group therapist appointment doctor pharmacy shop
    bread soup apples music song radio book page poem bench river bridge hill path trees
    leaves birds sky evening afternoon weekend monday friday anniversary memory dream
    nightmare shaking steady grounding counted five blue things feet floor chair hands
    shoulders jaw stomach headache energy appetite water lunch breakfast plans cancelled
    kept promise boundary said no yes honest patient angry sad lonely hopeful proud
    relieved nervous numb restless content peaceful grief loss missing hospital car
    parking anxious meeting colleague boss email deadline finished started project class
    lesson learned practice habit routine medication stretch yoga swim bike stairs
    neighbour visit hug photo album candle prayer meditation silence church temple ocean
    beach sand shell stone fire smoke snow frost spring summer autumn winter birthday
    holiday christmas market festival volunteer garden seeds tomatoes flowers roses weeds
    rainy stormy sunny foggy bright dark early late slept woke nap dreamed shouted
    apologised forgave thanked trusted doubted decided changed moved paused breathed
    sighed wondered planned hoped wished needed wanted chose allowed rested recovered
    healed survived continued returned remembered forgot lost found carried held let go
    courage strength meaning purpose values growth possibility appreciation connection
    spirit faith doubt question answer reason choice chance risk step forward backward
    again maybe perhaps slowly gently softly quietly carefully suddenly finally almost
    """.split()
WEIGHTS = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(VOCABULARY))))
TAGS = [f"tag{i}" for i in range(40)]
# Lines in scripts written without spaces, for the CJK searches (search-cjk: 公園).
UNSPACED_LINES = [
    "今天我去了公園散步。",
    "和朋友喝茶，心裡平靜了一點。",
    "雨停了，我在窗邊深呼吸。",
    "今日は公園を散歩した。",
    "夜はよく眠れた。",
]
# How many entries have 0, 1 or 2 tags: as in a real jrnl 4.6 export of 8 entries (1.25 tags
# an entry). jrnl's add slows with the square of all tag occurrences, so this matters there.
TAG_COUNTS = (1, 4, 3)
VALUES = ["honesty", "health", "connection", "rest", "courage", "growth"]
PROMPTS = [None, None, None, "grounding.feet", "small-wins.boundary", "values.tiny-step"]
GOALS = [
    ("Walk to the river on my own", "courage", ["Walk to the corner", "Walk to the park"]),
    ("Sleep before midnight", "rest", ["No screens after ten", "Tea at nine", "Lights out"]),
    ("Call an old friend", "connection", ["Find the number", "Send a text first"]),
]
EXPERIMENTS = [
    ("Five minutes of stretching after breakfast", "health", 14),
    ("Tea with no phone", "rest", 7),
]


@dataclass
class Entry:
    hour: int
    title: str | None
    body: str
    tags: list[str]
    mood: int
    prompt_id: str | None
    value: str | None


@dataclass
class Day:
    day: date
    entries: list[Entry] = field(default_factory=list)
    wins: list[tuple[str, str | None]] = field(default_factory=list)
    review: str | None = None
    checkin: list[tuple[int, int]] | None = None


def _prose(rng: random.Random, low: int, high: int) -> str:
    """`low` to `high` words in sentences of 6-16 words."""
    words = rng.choices(VOCABULARY, cum_weights=WEIGHTS, k=rng.randint(low, high))
    sentences, at = [], 0
    while at < len(words):
        size = rng.randint(6, 16)
        sentence = words[at : at + size]
        sentences.append(" ".join(sentence).capitalize() + ".")
        at += size
    return " ".join(sentences)


def days(count: int) -> Iterator[Day]:
    """The journal, a day at a time: `count` entries, two a day, ending yesterday."""
    rng = random.Random(count)
    first = date.today() - timedelta(days=(count + 1) // 2)
    for index in range((count + 1) // 2):
        day = Day(first + timedelta(days=index))
        for hour in (8, 21)[: min(2, count - 2 * index)]:
            day.entries.append(
                Entry(
                    hour=hour,
                    title=" ".join(rng.sample(VOCABULARY[:120], 3)).capitalize()
                    if rng.random() < 0.7
                    else None,
                    body=_prose(rng, 50, 300),
                    tags=rng.sample(TAGS, rng.choices((0, 1, 2), TAG_COUNTS)[0]),
                    mood=rng.randint(0, 10),
                    prompt_id=rng.choice(PROMPTS),
                    value=rng.choice(VALUES) if rng.random() < 0.4 else None,
                )
            )
            number = 2 * index + len(day.entries)  # drawn from no rng: the rest stays as it was
            if number % 10 == 3:  # a line in Chinese or Japanese in one entry in ten
                day.entries[-1].body += " " + UNSPACED_LINES[number // 10 % len(UNSPACED_LINES)]
            if number % 20 == 7:  # an emoji in one in twenty
                day.entries[-1].body += " 🌱"
        for _ in range(rng.randint(1, 3)):
            value = rng.choice(VALUES) if rng.random() < 0.6 else None
            day.wins.append((_prose(rng, 4, 9), value))
        if index % 7 == 6:
            day.review = _prose(rng, 60, 200)
        if index % 7 == 0:
            day.checkin = [(rng.randint(5, 10), rng.randint(1, 10)) for _ in VALUES]
        yield day


def write_rj(path: Path, count: int) -> None:
    """The journal as rj keeps it, written through JournalStore, so the schema, triggers and
    indexes are the real ones."""
    store = JournalStore(path)
    with store.write():
        for name in VALUES:
            store.db["journal_values"].insert(
                {
                    "uuid": str(uuid.uuid4()),
                    "name": name,
                    "description": None,
                    "created_at": "2000-01-01T00:00:00+00:00",
                    "archived_at": None,
                }
            )
        for day in days(count):
            iso = day.day.isoformat()
            for entry in day.entries:
                stamp = f"{iso}T{entry.hour:02d}:00:00+00:00"
                entry_id = (
                    store.db["entries"]
                    .insert(
                        {
                            "uuid": str(uuid.uuid4()),
                            "kind": "entry",
                            "created_at": stamp,
                            "updated_at": stamp,
                            "day": iso,
                            "title": entry.title,
                            "body": entry.body,
                            "words": len(entry.body.split()),
                            "mood": entry.mood,
                            "prompt_id": entry.prompt_id,
                        }
                    )
                    .last_pk
                )
                store.entries._link_tags(entry_id, entry.tags)
                if entry.value:
                    link_values(store.db, "entry", entry_id, [entry.value])
            stamp = f"{iso}T20:00:00+00:00"
            for text, value in day.wins:
                win_id = (
                    store.db["wins"]
                    .insert(
                        {
                            "uuid": str(uuid.uuid4()),
                            "created_at": stamp,
                            "updated_at": stamp,
                            "day": iso,
                            "text": text,
                        }
                    )
                    .last_pk
                )
                if value:
                    link_values(store.db, "win", win_id, [value])
            if day.review:
                store.db["entries"].insert(
                    {
                        "uuid": str(uuid.uuid4()),
                        "kind": "review",
                        "created_at": stamp,
                        "updated_at": stamp,
                        "day": iso,
                        "title": None,
                        "body": day.review,
                        "words": len(day.review.split()),
                        "review_week": week_label(day.day - timedelta(days=6)),
                    }
                )
            for value_id, (importance, consistency) in enumerate(day.checkin or (), 1):
                store.db["value_ratings"].insert(
                    {
                        "uuid": str(uuid.uuid4()),
                        "value_id": value_id,
                        "rated_at": stamp,
                        "day": iso,
                        "importance": importance,
                        "consistency": consistency,
                    }
                )
    store.close()


BELIEFS = [
    ("it was my fault", "blame"),
    ("nowhere is safe", "safety"),
    ("I can't trust anyone", "trust"),
]
DOMAINS = ("appreciation", "relating", "strength", "possibilities", "meaning", "community")


def add_plans(rj: list[str], env: dict[str, str]) -> None:
    """A few goals with steps (one checked) and two small experiments, through the real
    commands, as a person would add them."""

    def run(*args: str) -> None:
        subprocess.run(
            [*rj, *args], env=env, check=True, capture_output=True, stdin=subprocess.DEVNULL
        )

    for number, (title, value, steps) in enumerate(GOALS, 1):
        run("goals", "add", title, "--value", value, "--by", "in 6 weeks")
        for step in steps:
            run("goals", "step", str(number), step)
        run("goals", "check", str(number), "1")
    for number, (title, value, length) in enumerate(EXPERIMENTS, 1):
        run(
            "experiment",
            "start",
            title,
            "--value",
            value,
            "--days",
            str(length),
            "--helped-if",
            "I feel looser by lunch",
        )
        run("experiment", "log", str(number), "--did")
    add_practices(run)


def add_practices(run: Callable[..., None]) -> None:
    """What unfolds over months, through the real commands where they take text from a
    script: a story of several tellings, beliefs revisited, hard dates, and ten years of
    monthly reflections (brought in by `rj import`, as `rj review --month` asks only at a
    terminal)."""
    for chapter in ("mine", "carried", "turning", "lost", "next"):
        for sitting in range(3):
            run("story", "write", chapter, "--text", f"Sitting {sitting}: the river, my sister.")
        run("story", "write", chapter, "--new", "--text", "Told again, more gently.")
    for number, (belief, theme) in enumerate(BELIEFS, 1):
        run("belief", "add", belief, "--theme", theme, "--rating", "80")
        for rating in ("70", "55"):
            run("belief", "revisit", str(number), "--rating", rating)
    for day in ("12 March", "2 August", "24 December"):
        run("dates", "add", day, "a hard day", "--window", "3")
    reflections = [
        {
            "uuid": str(uuid.UUID(int=month * 10 + place)),
            "month": f"{2016 + month // 12}-{1 + month % 12:02d}",
            "domain": domain,
            "answer": "words" if place % 3 else "unchanged",
            "text": "More room for slow mornings." if place % 3 else None,
            "created_at": f"{2016 + month // 12}-{1 + month % 12:02d}-28T20:00:00+00:00",
            "updated_at": f"{2016 + month // 12}-{1 + month % 12:02d}-28T20:00:00+00:00",
        }
        for month in range(120)
        for place, domain in enumerate(DOMAINS)
    ]
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "reflections.json"
        data = {"format": "resilience-journal", "version": 1, "reflections": reflections}
        source.write_text(json.dumps(data), encoding="utf-8")
        run("import", str(source))


def write_jrnl(path: Path, count: int) -> None:
    """The same entries as a jrnl 4 journal file, with jrnl's own default `timeformat: "%F
    %r"` (jrnl reads those dates back through its slower fallback parser, as it does for
    everyone who keeps the default): the title after the date, tags as @words. jrnl has no small
    wins, values or reviews, so those are left out; the comparison is entry for entry."""
    with path.open("w", encoding="utf-8") as out:
        for day in days(count):
            for entry in day.entries:
                hour = entry.hour % 12 or 12
                stamp = (
                    f"{day.day.isoformat()} {hour:02d}:00:00 {'AM' if entry.hour < 12 else 'PM'}"
                )
                tags = "".join(f" @{tag}" for tag in entry.tags)
                # jrnl takes an entry's first sentence as its title: a title of its own goes
                # first, on the date's line; without one the text starts there.
                text = f"{entry.title}.\n{entry.body}" if entry.title else entry.body
                out.write(f"[{stamp}] {text}{tags}\n\n")
    path.chmod(0o600)


JRNL_CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: '4.6'
"""


def write_jrnl_config(path: Path, journal: Path) -> None:
    path.write_text(JRNL_CONFIG.format(journal=journal), encoding="utf-8")


def main(argv: list[str]) -> None:
    """python benchmarks/synthetic.py rj|jrnl PATH COUNT [RJ...]: write one journal. The
    runner calls this in a process of its own, so its own memory stays small and the peak
    memory it reads for each timed command is that command's alone."""
    kind, path, count, rj = argv[0], Path(argv[1]), int(argv[2]), argv[3:]
    if kind == "rj":
        write_rj(path, count)
        add_plans(rj, dict(os.environ))
    else:
        write_jrnl(path, count)
        write_jrnl_config(path.with_suffix(".yaml"), path)


if __name__ == "__main__":
    main(sys.argv[1:])
