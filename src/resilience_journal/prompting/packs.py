"""A prompt pack: one YAML file, read with yaml.safe_load only and checked strictly. Any
problem is a PromptFileError naming the file and the line.

    category: grounding
    title: Grounding
    description: One paragraph.
    prompts:
      - id: grounding.five-things
        text: You might name five things you can see.
        depth: gentle
        follow_ups: [optional list]
        tags: [optional list]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from resilience_journal.errors import JournalError
from resilience_journal.messages import prompts as words
from resilience_journal.paths import read_at_most
from resilience_journal.prompting.yaml_tree import (
    duplicate_key,
    line_of,
    unreadable_scalar,
    value_node,
)

DEPTHS = ("gentle", "reflective", "deep")
# A pack is read on every command that shows a prompt: past these it would slow each one
# (2,000 prompts take most of a second to read; 50,000 took half a minute).
PACK_BYTES = 512 * 1024
PACK_PROMPTS = 2000
_FILE_KEYS = ("category", "title", "description", "prompts")
_PROMPT_KEYS = ("id", "text", "depth", "follow_ups", "tags")
_REQUIRED_PROMPT_KEYS = {"id", "text", "depth"}
_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,99}")
_CATEGORY = re.compile(r"[a-z0-9][a-z0-9-]{0,59}")


class PromptFileError(JournalError):
    """A pack that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str
    depth: str
    category: str
    follow_ups: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category,
            "depth": self.depth,
            "text": self.text,
            "follow_ups": list(self.follow_ups),
            "tags": list(self.tags),
        }


@dataclass(frozen=True)
class Category:
    name: str
    title: str
    description: str


def load_file(path: Path, *, thorough: bool = True) -> tuple[Category, list[Prompt]]:
    """Read and check one pack. The YAML is parsed a second time (composed, never
    constructed) only to find line numbers and keys written twice: always when `thorough`,
    otherwise only once a problem is found."""
    import yaml  # deferred: PyYAML costs ~20 ms; the library is usually read from its cache

    try:
        raw = read_at_most(path, PACK_BYTES)
        if raw is None:
            raise PromptFileError(words.pack_problem(path, words.pack_too_big(PACK_BYTES)))
        text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except (OSError, UnicodeDecodeError) as err:
        raise PromptFileError(words.pack_problem(path, words.unreadable_file(err))) from None

    def tree() -> Any:
        return yaml.compose(text, Loader=yaml.SafeLoader)

    deep = PromptFileError(words.pack_problem(path, words.NESTS_TOO_DEEPLY))
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        marks = [getattr(err, name, None) for name in ("problem_mark", "context_mark")]
        lines = [m.line + 1 for m in marks if m is not None] or [1]
        last = max(1, len(text.splitlines()))
        line = lines[0] if lines[0] <= last else min(lines[-1], last)
        problem = words.not_yaml(getattr(err, "problem", None))
        raise PromptFileError(words.pack_problem(path, problem, line)) from None
    except RecursionError:  # PyYAML reads nesting recursively
        raise deep from None
    except Exception:  # what the safe loader's constructors raise on a value it cannot make:
        # a date that does not exist (2026-02-30), a number too long to read, !!bool maybe,
        # an empty !!int (ValueError, OverflowError, KeyError, IndexError, AttributeError)
        node = unreadable_scalar(tree(), yaml.SafeLoader("").construct_object)
        if node is None:
            raise PromptFileError(words.pack_problem(path, words.not_yaml(None), 1)) from None
        problem = words.value_unreadable(_short(node.value))
        raise PromptFileError(words.pack_problem(path, problem, node.start_mark.line + 1)) from None
    items = data.get("prompts") if isinstance(data, dict) else None
    if isinstance(items, list) and len(items) > PACK_PROMPTS:
        problem = words.too_many_prompts(len(items), PACK_PROMPTS)
        raise PromptFileError(words.pack_problem(path, problem))
    try:
        if thorough and (duplicate := duplicate_key(tree())):
            key, line = duplicate
            raise PromptFileError(words.pack_problem(path, words.key_twice(key), line))
        return _check(path, data, tree)
    except RecursionError:
        raise deep from None


def _short(text: str, most: int = 40) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def yaml_reads(value: Any) -> str | None:
    """What YAML made of a plain value that was meant as text (no, 010, 12:30:00), as a key
    of messages.prompts.YAML_READS, or None when it is text (or not a plain value at all)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, datetime):
        return "datetime"
    if isinstance(value, date):
        return "date"
    return None


def _check(path: Path, data: Any, tree: Callable[[], Any]) -> tuple[Category, list[Prompt]]:
    def fail(problem: str, *where: str | int) -> PromptFileError:
        return PromptFileError(words.pack_problem(path, problem, line_of(tree(), *where)))

    def written(value: Any, *where: str | int) -> str:
        """A value as the file wrote it, short; a list or mapping only as [...] or {...}."""
        if isinstance(value, list | dict):
            return "[...]" if isinstance(value, list) else "{...}"
        node = value_node(tree(), *where)
        return _short(node.value if getattr(node, "id", None) == "scalar" else str(value))

    def shown(value: Any, *where: str | int) -> str:
        found = written(value, *where)
        return found if isinstance(value, list | dict) else repr(found)

    def text(value: Any, *where: str | int) -> None:
        """Refuse a plain value YAML did not read as text (no, 010, 12:30:00), saying how it
        was read: it would be stored as False or a number otherwise."""
        if (reads := yaml_reads(value)) is None:
            return
        item = not isinstance(where[-1], str)
        key = str(where[-2] if item else where[-1])
        raise fail(words.not_text(key, written(value, *where), reads, item=item), *where)

    if not isinstance(data, dict):
        raise fail(words.PACK_IS_A_MAPPING)
    unknown = set(map(str, data)) - set(_FILE_KEYS)
    if unknown:
        key = sorted(unknown)[0]
        raise fail(words.unknown_pack_key(key, _FILE_KEYS), key)
    for key in ("category", "title", "description"):
        text(data.get(key), key)
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise fail(words.missing_or_empty(key), key)
    name = data["category"].strip()
    if not _CATEGORY.fullmatch(name):
        raise fail(words.bad_category(name), "category")
    items = data.get("prompts")
    if not isinstance(items, list) or not items:
        raise fail(words.NO_PROMPTS, "prompts")
    prompts: list[Prompt] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        at = ("prompts", index)
        if not isinstance(item, dict):
            raise fail(words.PROMPT_IS_A_MAPPING, *at)
        unknown = set(map(str, item)) - set(_PROMPT_KEYS)
        if unknown:
            key = sorted(unknown)[0]
            raise fail(words.unknown_prompt_key(key, _PROMPT_KEYS), *at, key)
        missing = _REQUIRED_PROMPT_KEYS - set(item)
        if missing:
            raise fail(words.prompt_missing(sorted(missing)[0]), *at)
        prompt_id, said, depth = item["id"], item["text"], item["depth"]
        if not isinstance(prompt_id, str) or not _ID.fullmatch(prompt_id):
            raise fail(words.bad_id(shown(prompt_id, *at, "id")), *at)
        if prompt_id in seen:
            raise fail(words.id_twice(prompt_id), *at, "id")
        seen.add(prompt_id)
        text(said, *at, "text")
        if not isinstance(said, str) or not said.strip():
            raise fail(words.empty_text(prompt_id), *at, "text")
        if not isinstance(depth, str) or depth not in DEPTHS:
            raise fail(words.bad_depth(shown(depth, *at, "depth"), DEPTHS), *at, "depth")
        lists = {}
        for key in ("follow_ups", "tags"):
            value = item.get(key, [])
            if not isinstance(value, list):
                raise fail(words.not_a_list_of_texts(key), *at, key)
            for number, entry in enumerate(value):
                text(entry, *at, key, number)
                if not isinstance(entry, str) or not entry.strip():
                    raise fail(words.not_a_list_of_texts(key), *at, key, number)
            lists[key] = tuple(v.strip() for v in value)
        folded = " ".join(said.split())
        prompts.append(Prompt(prompt_id, folded, depth, name, lists["follow_ups"], lists["tags"]))
    category = Category(name, data["title"].strip(), " ".join(data["description"].split()))
    return category, prompts
