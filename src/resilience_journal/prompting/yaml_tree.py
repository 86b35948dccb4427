"""Finding things in a composed YAML tree (yaml.compose: nodes with their lines, never
constructed into Python values), so a problem in a prompt pack is named with its line.

Nodes are duck-typed (PyYAML's MappingNode, SequenceNode, ScalarNode: `id`, `value`,
`start_mark`); nothing here imports yaml, so reading the library from its cache never
loads it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any


def line_of(node: Any, *path: str | int) -> int:
    """The 1-based line of the value at `path` in the tree; where the path stops existing,
    the line of the last node found."""
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
    return int(node.start_mark.line) + 1 if node is not None else 1


def value_node(node: Any, *path: str | int) -> Any:
    """The node of the value at `path` (None where the path stops existing)."""
    for key in path:
        if getattr(node, "id", None) == "sequence" and isinstance(key, int):
            node = node.value[key] if key < len(node.value) else None
        elif getattr(node, "id", None) == "mapping":
            node = next((v for k, v in node.value if getattr(k, "value", None) == key), None)
        else:
            return None
    return node


def nodes(root: Any) -> Iterator[Any]:
    """Every node of a tree, in document order, each once: an alias is the node it names,
    so a tree of aliases of aliases (or one that holds itself) is walked in a moment."""
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


def duplicate_key(root: Any) -> tuple[str, int] | None:
    """The first key written twice in one mapping (safe_load would keep only the last), with
    its line."""
    for node in nodes(root):
        if node.id != "mapping":
            continue
        seen = set()
        for key, _ in node.value:
            if key.id != "scalar":
                continue  # a list or mapping as a key: safe_load has refused it already
            if key.value in seen:
                return str(key.value), int(key.start_mark.line) + 1
            seen.add(key.value)
    return None


def unreadable_scalar(root: Any, construct: Callable[[Any], object]) -> Any:
    """The first plain value that `construct` (a safe loader's construct_object) cannot make
    anything of, or None."""
    for node in nodes(root):
        if node.id == "scalar":
            try:
                construct(node)
            except Exception:  # whatever it raises, this is the value
                return node
    return None
