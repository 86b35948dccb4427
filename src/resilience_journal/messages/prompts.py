"""What the prompt commands say, and what a prompt pack that cannot be used is told."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from resilience_journal.messages.common import plural


class ShownPrompt(Protocol):
    """What these words need of a prompt (prompting.packs.Prompt is one)."""

    @property
    def text(self) -> str: ...

    @property
    def follow_ups(self) -> tuple[str, ...]: ...

    @property
    def depth(self) -> str: ...


NO_PROMPT_FITS = "No prompt fits those choices. `rj prompts categories` shows what there is."
PROMPT_FOOTER = "Only if it helps. `rj write` shows it; `rj prompt -a` offers another."
PROMPT_IN_EDITOR = "Today's prompt, only if it helps (write about anything you like):"
PROMPT_ABOVE_WRITING = "Today's prompt, only if it helps:"
# Wherever a deep prompt is shown: above it at the terminal, in its panel, in the editor.
DEEP_PROMPT_NOTE = "This one comes closer to the hardest things. You can stop at any time."


def is_deep(prompt: ShownPrompt) -> bool:
    return prompt.depth == "deep"


def then_if_you_like(follow_up: str) -> str:
    return f"Then, if you like: {follow_up}"


def prompt_lines(prompt: ShownPrompt | None) -> list[str]:
    """Today's prompt as lines for the top of the editor's file (they are left out)."""
    if prompt is None:
        return []
    note = textwrap.wrap(DEEP_PROMPT_NOTE, 74) if is_deep(prompt) else []
    lines = [PROMPT_IN_EDITOR, *note, *textwrap.wrap(prompt.text, 74)]
    if prompt.follow_ups:
        lines += textwrap.wrap(then_if_you_like(prompt.follow_ups[0]), 74)
    return [*lines, ""]


def write_to_prompt(prompt_id: str) -> str:
    return f"`rj write --prompt {prompt_id}` writes to this one."


def shown_prompt_footer(prompt_id: str, depth: str) -> str:
    """Under one prompt shown in full (`rj prompts show`)."""
    return f"id: {prompt_id} · {depth}"


def depth_is_one_of(depths: Sequence[str], given: str) -> str:
    return f"Depth is one of {', '.join(depths)}; got {given!r}."


# What deep prompts ask of a person, said before the way past the pace is shown.
DEEP_READINESS = (
    "Deep prompts come closer to the hardest things; they can be easier with someone to "
    "talk to, and with time to rest afterwards."
)


def depth_above_pace(depth: str, pace: str) -> str:
    """Asked for a depth past the pace: for deep, a word on readiness comes before the way
    past it."""
    readiness = f"{DEEP_READINESS} If you feel ready, " if depth == "deep" else ""
    return (
        f"Your pace is {pace}, so {depth} prompts are not offered. {readiness}`--pace {depth}` "
        f"shows one this time; `rj config set pace {depth}` changes it."
    )


def pace_intro(pace: str) -> list[str]:
    """Said once, the first time rj is used at a terminal (after the day's check-in): what
    pace means and how to change it. `pace`: the person's setting. Each line is short
    enough for 60 columns, or a sentence that wraps between words."""
    return [
        "Before you start, a word on pace (said only this once).",
        f"Pace is how deep prompts may go; yours is {pace}.",
        "  gentle      the here and now, and everyday things",
        "  reflective  looking back a little (the default)",
        "  deep        coming closer to the hardest things",
        "Deep prompts can be easier with someone to talk to, and with time to rest afterwards.",
        "`rj config set pace gentle` changes it, at any time.",
    ]


GENTLE_TODAY = "Today's prompts stay gentle. Write about anything you like, or nothing at all."


def gentle_today(distress: int, depth: str) -> str:
    return (
        f"You rated your distress {distress} today, so prompts stay gentle today and {depth} "
        "ones are not offered. `rj write --prompt ID` still opens any prompt you choose."
    )


def no_such_prompt(prompt_id: str) -> str:
    return f"There is no prompt {prompt_id!r}. `rj prompts list` shows them all."


def no_such_category(name: str, known: Sequence[str]) -> str:
    return f"There is no prompt category {name!r}. Categories: {', '.join(known)}."


# The library, and `rj prompts validate` ----------------------------------------------


def pack_skipped(problem: str) -> str:
    """A broken pack of the person's own: the rest of the library is still loaded."""
    return (
        f"Skipped a prompt pack: {problem} The rest of the library is loaded; "
        "once the file is fixed it is read again."
    )


def id_in_two_packs(prompt_id: str, first: Path, second: Path) -> str:
    return (
        f"The prompt id {prompt_id!r} is in {first} and {second}; the one in {second.name} is used."
    )


def pack_fine(path: Path, count: int, category: str) -> str:
    return f"{path}: {plural(count, 'prompt')} in {category!r}; all fine."


# What is wrong with a pack: each is said after "FILE:LINE: " (pack_problem).


def pack_problem(path: Path, problem: str, line: int | None = None) -> str:
    """'prompts/mine.yaml:12: the id 'mine.one' is used twice.'"""
    return f"{path}: {problem}" if line is None else f"{path}:{line}: {problem}"


def unreadable_file(reason: object) -> str:
    return f"could not be read ({reason})."


def not_yaml(problem: str | None) -> str:
    """What PyYAML says is wrong (its own words), or that the file is not YAML at all."""
    return f"{problem or 'not valid YAML'}."


NESTS_TOO_DEEPLY = "nests too deeply to be a prompt pack."


def value_unreadable(written: str) -> str:
    return (
        f"{written!r} cannot be read as the value it looks like (a date, number or "
        "true/false); put it in quotes to keep it as text."
    )


def key_twice(key: str) -> str:
    return f"the key {key!r} is written twice."


# How YAML read a plain value that was meant as text (prompting.packs.yaml_reads).
YAML_READS = {
    "true": "true",
    "false": "false",
    "number": "a number",
    "datetime": "a date and time",
    "date": "a date",
}


def not_text(key: str, raw: str, reads: str, *, item: bool = False) -> str:
    """A plain value under `key` (or, with `item`, an item of the list under `key`), as the
    file has it, that YAML did not read as text; `reads` is a key of YAML_READS."""
    if item:
        written, fixed, where = raw, f"'{raw}'", f" in {key}"
    else:
        written, fixed, where = f"{key}: {raw}", f"{key}: '{raw}'", ""
    return (
        f"`{written}`{where} is read by YAML as {YAML_READS[reads]}, not as text; put it in "
        f"quotes: `{fixed}`."
    )


PACK_IS_A_MAPPING = "a prompt pack is a mapping with category, title, description and prompts."
PROMPT_IS_A_MAPPING = "each prompt is a mapping with id, text and depth."
NO_PROMPTS = "'prompts' is missing or empty."


def unknown_pack_key(key: str, keys: Sequence[str]) -> str:
    return f"unknown key {key!r}; a pack has {', '.join(sorted(keys))}."


def unknown_prompt_key(key: str, keys: Sequence[str]) -> str:
    return f"unknown key {key!r}; a prompt has {', '.join(sorted(keys))}."


def missing_or_empty(key: str) -> str:
    return f"{key!r} is missing or empty."


def bad_category(name: str) -> str:
    return f"category {name!r} should be lowercase words joined by '-'."


def prompt_missing(key: str) -> str:
    return f"a prompt is missing {key!r}."


def bad_id(shown: str) -> str:
    return f"id {shown} should be lowercase, like 'grounding.breath'."


def id_twice(prompt_id: str) -> str:
    return f"the id {prompt_id!r} is used twice."


def empty_text(prompt_id: str) -> str:
    return f"prompt {prompt_id!r} has empty text."


def bad_depth(shown: str, depths: Sequence[str]) -> str:
    return f"depth {shown} should be one of {', '.join(depths)}."


def not_a_list_of_texts(key: str) -> str:
    return f"{key!r} should be a list of short texts."


def pack_too_big(limit: int) -> str:
    return (
        f"the file is over {limit // 1024} KiB, more than rj reads for one pack. "
        "Split it into smaller packs, or keep the prompts you use."
    )


def too_many_prompts(count: int, limit: int) -> str:
    return (
        f"it has {count:,} prompts, more than rj reads for one pack ({limit:,}). "
        "Split it into smaller packs, or keep the prompts you use."
    )
