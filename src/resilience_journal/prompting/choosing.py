"""Choosing from the library: today's prompt, a grounding line to close with, and the
week's questions for the review. The day (or week) is passed in."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from resilience_journal.prompting.library import Library
from resilience_journal.prompting.packs import Prompt

REPEAT_DAYS = 30
# Categories kept to their own moments, never today's prompt unless asked for: grounding
# comes on a hard day (prompting.depth.HARD_DAY_CATEGORIES), after a deep prompt
# (grounding_line) or with --category; the weekly questions come with the week's review.
OWN_MOMENTS = ("grounding", "weekly-reflection")


def choose(
    library: Library,
    *,
    day: date,
    used: dict[str, date],
    depths: tuple[str, ...],
    category: str | None = None,
    another: int = 0,
    categories: tuple[str, ...] = (),
) -> Prompt | None:
    """Today's prompt: the same all day, rotating across categories, avoiding prompts used
    (answered) in the REPEAT_DAYS days before `day` while others remain. `another` asks
    for the next different choice; `categories`, when given, keeps to those (a hard day's:
    prompting.depth.HARD_DAY_CATEGORIES) while any of them has a prompt. The OWN_MOMENTS
    categories come only when asked for, by `category` or in `categories`. `used` maps
    prompt ids to the last day they were used; use on `day` itself is ignored, so
    answering today's prompt does not change it."""
    since = day - timedelta(days=REPEAT_DAYS)
    recent = {pid for pid, when in used.items() if since <= when < day}
    pool = [p for p in library.prompts.values() if p.depth in depths]
    everyday = [p for p in pool if p.category not in OWN_MOMENTS] or pool
    if category is not None:
        pool = [p for p in library.in_category(category) if p.depth in depths]
    elif categories:
        pool = [p for p in pool if p.category in categories] or everyday
    else:
        pool = everyday
    if not pool:
        return None
    fresh = [p for p in pool if p.id not in recent] or sorted(
        pool, key=lambda p: used.get(p.id, date.min)
    )[: max(1, len(pool) // 4)]
    pick = _pick(fresh, day, 0)
    if another:  # never today's own prompt, and not simply tomorrow's either
        avoid = {pick.id, _pick(fresh, day + timedelta(days=1), 0).id}
        pick = _pick([p for p in fresh if p.id not in avoid] or fresh, day, another)
    return pick


def _pick(candidates: list[Prompt], day: date, another: int) -> Prompt:
    """Rotate through the categories day by day; within one, a stable pseudo-random pick."""
    names = sorted({p.category for p in candidates})
    name = names[(day.toordinal() + another) % len(names)]
    choices = sorted((p for p in candidates if p.category == name), key=lambda p: p.id)
    turn = day.toordinal() // len(names)
    return choices[_stable_index(f"{name}:{turn}:{another}", len(choices))]


def _stable_index(seed: str, size: int) -> int:
    digest = hashlib.sha256(seed.encode()).digest()
    return int.from_bytes(digest[:8], "big") % size


def grounding_line(library: Library, day: date) -> Prompt | None:
    """One short grounding prompt to close with after a deep prompt."""
    short = sorted(
        (
            p
            for p in library.prompts.values()
            if p.category == "grounding" and p.depth == "gentle" and "writ" not in p.text
        ),
        key=lambda p: (len(p.text), p.id),
    )
    if not short:
        return None
    pool = short[: max(1, len(short) // 2)]
    return pool[_stable_index(day.isoformat(), len(pool))]


def weekly_prompts(
    library: Library, week: str, depths: tuple[str, ...], quiet: bool, count: int = 3
) -> list[Prompt]:
    """`count` prompts from the weekly-reflection category for a week: the same all week,
    different from one week to the next. A prompt tagged quiet-week (about a week that left
    little on the page) comes first in a `quiet` week and is not offered in a fuller one."""

    def order(prompt: Prompt) -> tuple[bool, bytes]:
        fits = ("quiet-week" in prompt.tags) == quiet
        return not fits, hashlib.sha256(f"{week}:{prompt.id}".encode()).digest()

    pool = [
        p
        for p in library.in_category("weekly-reflection")
        if p.depth in depths and (quiet or "quiet-week" not in p.tags)
    ]
    return sorted(pool, key=order)[:count]
