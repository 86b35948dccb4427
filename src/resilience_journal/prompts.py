"""The prompt library: the bundled packs plus the person's own, strictly validated, and the
choice of today's prompt. Pure domain code: the day is passed in, never read from a clock.

A pack is one YAML file (read with yaml.safe_load only):

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

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from resilience_journal.errors import JournalError

DEPTHS = ("gentle", "reflective", "deep")
PACE_DEPTHS = {"gentle": DEPTHS[:1], "reflective": DEPTHS[:2], "deep": DEPTHS}
REPEAT_DAYS = 30
_FILE_KEYS = {"category", "title", "description", "prompts"}
_PROMPT_KEYS = {"id", "text", "depth", "follow_ups", "tags"}
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


@dataclass
class Library:
    prompts: dict[str, Prompt] = field(default_factory=dict)
    categories: dict[str, Category] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def get(self, prompt_id: str) -> Prompt:
        try:
            return self.prompts[prompt_id]
        except KeyError:
            raise JournalError(
                f"There is no prompt {prompt_id!r}. `rj prompts list` shows them all."
            ) from None

    def in_category(self, name: str) -> list[Prompt]:
        if name not in self.categories:
            known = ", ".join(sorted(self.categories))
            raise JournalError(f"There is no prompt category {name!r}. Categories: {known}.")
        return [p for p in self.prompts.values() if p.category == name]


# loading -------------------------------------------------------------------------------


def bundled_dir() -> Path:
    """Inside an installed wheel the packs sit in the package; in a source checkout they
    are the top-level prompts/ folder."""
    inside = Path(__file__).with_name("prompts")
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[2] / "prompts"


def load_library(
    user_dir: Path | None = None, cache_dir: Path | None = None, bundled: Path | None = None
) -> Library:
    """Every bundled pack, then every *.yaml in `user_dir`; a user prompt with the same id
    replaces the bundled one. A broken user file is skipped with a warning.

    The bundled packs, once read, are kept as JSON in `cache_dir` (parsing 13 YAML files
    costs a tenth of a second on every command); the cache is used only while every pack
    file has the same size and modification time as when it was made."""
    library = Library()
    for category, prompts in _bundled_packs(bundled or bundled_dir(), cache_dir):
        _merge(library, category, prompts)
    if user_dir is not None and user_dir.is_dir():
        mine: dict[str, Path] = {}
        for path in sorted(user_dir.glob("*.yaml")):
            try:
                category, prompts = load_file(path)
            except PromptFileError as err:
                library.warnings.append(
                    f"Skipped a prompt pack: {err.message} The rest of the library is loaded; "
                    "once the file is fixed it is read again."
                )
                continue
            for prompt in prompts:
                if prompt.id in mine:
                    library.warnings.append(
                        f"The prompt id {prompt.id!r} is in {mine[prompt.id]} and {path}; "
                        f"the one in {path.name} is used."
                    )
                mine[prompt.id] = path
            _merge(library, category, prompts)
    return library


_CACHE_FORMAT = 1


def _bundled_packs(folder: Path, cache_dir: Path | None) -> list[tuple[Category, list[Prompt]]]:
    import json

    files = sorted(folder.glob("*.yaml"))
    stamp = [
        [path.name, info.st_mtime_ns, info.st_size] for path in files for info in [path.stat()]
    ]
    cache = cache_dir / "bundled-prompts.json" if cache_dir is not None else None
    if cache is not None:
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
            if data["format"] == _CACHE_FORMAT and data["files"] == stamp:
                return [
                    (
                        Category(**pack["category"]),
                        [
                            Prompt(
                                **{
                                    **p,
                                    "follow_ups": tuple(p["follow_ups"]),
                                    "tags": tuple(p["tags"]),
                                }
                            )
                            for p in pack["prompts"]
                        ],
                    )
                    for pack in data["packs"]
                ]
        except (OSError, ValueError, TypeError, KeyError):
            pass  # no cache yet, or one from another version: read the packs
    packs = [load_file(path, thorough=False) for path in files]  # tests check them fully
    if cache is not None:
        _write_cache(
            cache,
            {
                "format": _CACHE_FORMAT,
                "files": stamp,
                "packs": [
                    {"category": vars(category), "prompts": [p.to_json() for p in prompts]}
                    for category, prompts in packs
                ],
            },
        )
    return packs


def _write_cache(path: Path, data: dict[str, Any]) -> None:
    """A cache that cannot be written is only slower next time."""
    import json

    from resilience_journal.paths import ensure_private_dir, write_private_file

    try:
        ensure_private_dir(path.parent)
        write_private_file(path, json.dumps(data, ensure_ascii=False))
    except OSError:
        pass


def _merge(library: Library, category: Category, prompts: list[Prompt]) -> None:
    library.categories.setdefault(category.name, category)
    for prompt in prompts:
        library.prompts[prompt.id] = prompt


def load_file(path: Path, *, thorough: bool = True) -> tuple[Category, list[Prompt]]:
    """Read and check one pack. Any problem is a PromptFileError naming file and line.
    The YAML is parsed a second time (composed, never constructed) only to find line numbers
    and keys written twice: always when `thorough`, otherwise only once a problem is found."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise PromptFileError(f"{path}: could not be read ({err}).") from None

    def tree() -> Any:
        return yaml.compose(text, Loader=yaml.SafeLoader)

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        marks = [getattr(err, name, None) for name in ("problem_mark", "context_mark")]
        lines = [m.line + 1 for m in marks if m is not None] or [1]
        last = max(1, len(text.splitlines()))
        line = lines[0] if lines[0] <= last else min(lines[-1], last)
        problem = getattr(err, "problem", None) or "not valid YAML"
        raise PromptFileError(f"{path}:{line}: {problem}.") from None
    except RecursionError:  # PyYAML reads nesting recursively
        raise PromptFileError(f"{path}: nests too deeply to be a prompt pack.") from None
    except Exception:  # what the safe loader's constructors raise on a value it cannot make:
        # a date that does not exist (2026-02-30), a number too long to read, !!bool maybe,
        # an empty !!int (ValueError, OverflowError, KeyError, IndexError, AttributeError)
        node = _unreadable_scalar(tree())
        if node is None:
            raise PromptFileError(f"{path}:1: not valid YAML.") from None
        raise PromptFileError(
            f"{path}:{node.start_mark.line + 1}: {_short(node.value)!r} cannot be read as the "
            "value it looks like (a date, number or true/false); put it in quotes to keep it "
            "as text."
        ) from None
    try:
        if thorough and (duplicate := _duplicate_key(tree())):
            key, line = duplicate
            raise PromptFileError(f"{path}:{line}: the key {key!r} is written twice.")
        return _check(path, data, tree)
    except RecursionError:
        raise PromptFileError(f"{path}: nests too deeply to be a prompt pack.") from None


def _line(node: Any, *path: str | int) -> int:
    """The 1-based line of the value at `path` in the composed YAML tree; where the path
    stops existing, the line of the last node found."""
    for step, key in enumerate(path):
        child = None
        if getattr(node, "id", None) == "sequence" and isinstance(key, int):
            child = node.value[key] if key < len(node.value) else None
        elif getattr(node, "id", None) == "mapping":
            pair = next(((k, v) for k, v in node.value if getattr(k, "value", None) == key), None)
            if pair is not None:  # the key's own line for the last step, else its value
                child = pair[0] if step == len(path) - 1 else pair[1]
        if child is None:
            break
        node = child
    return node.start_mark.line + 1 if node is not None else 1


def _value_node(node: Any, *path: str | int) -> Any:
    """The composed node of the value at `path` (None where the path stops existing)."""
    for key in path:
        if getattr(node, "id", None) == "sequence" and isinstance(key, int):
            node = node.value[key] if key < len(node.value) else None
        elif getattr(node, "id", None) == "mapping":
            node = next((v for k, v in node.value if getattr(k, "value", None) == key), None)
        else:
            return None
    return node


def _nodes(root: Any) -> Any:
    """Every node of a composed tree, in document order, each once: an alias is the node it
    names, so a tree of aliases of aliases (or one that holds itself) is walked in a moment."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        if node.id == "mapping":
            stack.extend(part for pair in reversed(node.value) for part in reversed(pair))
        elif node.id == "sequence":
            stack.extend(reversed(node.value))


def _duplicate_key(root: Any) -> tuple[str, int] | None:
    """The first key written twice in one mapping (safe_load would keep only the last)."""
    for node in _nodes(root):
        if node.id != "mapping":
            continue
        seen = set()
        for key, _ in node.value:
            if key.id != "scalar":
                continue  # a list or mapping as a key: safe_load has refused it already
            if key.value in seen:
                return str(key.value), key.start_mark.line + 1
            seen.add(key.value)
    return None


def _unreadable_scalar(root: Any) -> Any:
    """The first plain value the safe loader cannot make anything of, or None."""
    import yaml

    loader = yaml.SafeLoader("")
    for node in _nodes(root):
        if node.id == "scalar":
            try:
                loader.construct_object(node)
            except Exception:  # whatever it raises, this is the value
                return node
    return None


def _short(text: str, most: int = 40) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def _yaml_reads(value: Any) -> str | None:
    """What YAML made of a plain value that was meant as text (no, 010, 12:30:00), or None
    when it is text (or not a plain value at all)."""
    from datetime import datetime

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, datetime):
        return "a date and time"
    if isinstance(value, date):
        return "a date"
    return None


def _check(path: Path, data: Any, tree: Callable[[], Any]) -> tuple[Category, list[Prompt]]:
    def fail(problem: str, *where: str | int) -> PromptFileError:
        return PromptFileError(f"{path}:{_line(tree(), *where)}: {problem}")

    def written(value: Any, *where: str | int) -> str:
        """A value as the file wrote it, short; a list or mapping only as [...] or {...}."""
        if isinstance(value, list | dict):
            return "[...]" if isinstance(value, list) else "{...}"
        node = _value_node(tree(), *where)
        return _short(node.value if getattr(node, "id", None) == "scalar" else str(value))

    def shown(value: Any, *where: str | int) -> str:
        found = written(value, *where)
        return found if isinstance(value, list | dict) else repr(found)

    def text(value: Any, *where: str | int) -> None:
        """Refuse a plain value YAML did not read as text (no, 010, 12:30:00), saying how it
        was read: it would be stored as False or a number otherwise."""
        if (reads := _yaml_reads(value)) is None:
            return
        raw = written(value, *where)
        key = where[-1] if isinstance(where[-1], str) else where[-2]
        line = f"{key}: {raw}" if isinstance(where[-1], str) else raw
        fixed = f"{key}: '{raw}'" if isinstance(where[-1], str) else f"'{raw}'"
        inside = "" if isinstance(where[-1], str) else f" in {key}"
        raise fail(
            f"`{line}`{inside} is read by YAML as {reads}, not as text; put it in "
            f"quotes: `{fixed}`.",
            *where,
        )

    if not isinstance(data, dict):
        raise fail("a prompt pack is a mapping with category, title, description and prompts.")
    unknown = set(map(str, data)) - _FILE_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise fail(f"unknown key {key!r}; a pack has {_keys(_FILE_KEYS)}.", key)
    for key in ("category", "title", "description"):
        text(data.get(key), key)
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise fail(f"{key!r} is missing or empty.", key)
    name = data["category"].strip()
    if not _CATEGORY.fullmatch(name):
        raise fail(f"category {name!r} should be lowercase words joined by '-'.", "category")
    items = data.get("prompts")
    if not isinstance(items, list) or not items:
        raise fail("'prompts' is missing or empty.", "prompts")
    prompts: list[Prompt] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        at = ("prompts", index)
        if not isinstance(item, dict):
            raise fail("each prompt is a mapping with id, text and depth.", *at)
        unknown = set(map(str, item)) - _PROMPT_KEYS
        if unknown:
            key = sorted(unknown)[0]
            raise fail(f"unknown key {key!r}; a prompt has {_keys(_PROMPT_KEYS)}.", *at, key)
        missing = _REQUIRED_PROMPT_KEYS - set(item)
        if missing:
            raise fail(f"a prompt is missing {sorted(missing)[0]!r}.", *at)
        prompt_id, words, depth = item["id"], item["text"], item["depth"]
        if not isinstance(prompt_id, str) or not _ID.fullmatch(prompt_id):
            raise fail(
                f"id {shown(prompt_id, *at, 'id')} should be lowercase, like 'grounding.breath'.",
                *at,
            )
        if prompt_id in seen:
            raise fail(f"the id {prompt_id!r} is used twice.", *at, "id")
        seen.add(prompt_id)
        text(words, *at, "text")
        if not isinstance(words, str) or not words.strip():
            raise fail(f"prompt {prompt_id!r} has empty text.", *at, "text")
        if not isinstance(depth, str) or depth not in DEPTHS:
            raise fail(
                f"depth {shown(depth, *at, 'depth')} should be one of {', '.join(DEPTHS)}.",
                *at,
                "depth",
            )
        lists = {}
        for key in ("follow_ups", "tags"):
            value = item.get(key, [])
            if not isinstance(value, list):
                raise fail(f"{key!r} should be a list of short texts.", *at, key)
            for number, entry in enumerate(value):
                text(entry, *at, key, number)
                if not isinstance(entry, str) or not entry.strip():
                    raise fail(f"{key!r} should be a list of short texts.", *at, key, number)
            lists[key] = tuple(v.strip() for v in value)
        folded = " ".join(words.split())
        prompts.append(Prompt(prompt_id, folded, depth, name, lists["follow_ups"], lists["tags"]))
    category = Category(name, data["title"].strip(), " ".join(data["description"].split()))
    return category, prompts


def _keys(keys: set[str]) -> str:
    return ", ".join(sorted(keys))


# choosing ------------------------------------------------------------------------------


def choose(
    library: Library,
    *,
    day: date,
    used: dict[str, date],
    depths: tuple[str, ...],
    category: str | None = None,
    another: int = 0,
) -> Prompt | None:
    """Today's prompt: the same all day, rotating across categories, avoiding prompts used
    (answered) in the REPEAT_DAYS days before `day` while others remain. `another` asks
    for the next different choice. `used` maps prompt ids to the last day they were used;
    use on `day` itself is ignored, so answering today's prompt does not change it."""
    since = day - timedelta(days=REPEAT_DAYS)
    recent = {pid for pid, when in used.items() if since <= when < day}
    pool = [p for p in library.prompts.values() if p.depth in depths]
    if category is not None:
        pool = [p for p in library.in_category(category) if p.depth in depths]
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
) -> list:
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
