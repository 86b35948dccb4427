"""The house keeps its shape (docs/ARCHITECTURE.md): every file under 400 lines, no import
circles among the package's modules (imports inside functions and under TYPE_CHECKING
count too), typer only under cli/, Rich only under render/, sqlite-utils and SQL only under
store/, and imports at the top of a module unless they say why they wait. Each failure
names the file."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "resilience_journal"
NAME = PACKAGE.name
MAX_LINES = 400
# The one module that imports inside functions by design: it builds each service the
# first time a command asks for it.
LAZY_ROOT = "journal.py"
# An import inside a function must say why on its line: `# deferred: <why>`.
DEFERRED = "# deferred:"
SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
    r"|CREATE\s+(TABLE|INDEX|TRIGGER|VIRTUAL)|PRAGMA\s)",
    re.I | re.S,
)


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = modules()


def rel(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def imported(name: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The modules of the package (or outside it) an import statement names."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        here = name.split(".") if MODULES[name].name == "__init__.py" else name.split(".")[:-1]
        here = here[: len(here) - (node.level - 1)]
        base = ".".join(here + ([base] if base else []))
    return [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
            for alias in node.names]  # fmt: skip


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        deps = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for target in imported(name, node):
                    while target not in MODULES and "." in target:
                        target = target.rsplit(".", 1)[0]
                    if target in MODULES and target != name:
                        deps.add(target)
        edges[name] = deps
    return edges


def test_no_file_is_over_400_lines():
    long = {rel(path): lines for path in MODULES.values()
            if (lines := path.read_text().count("\n")) > MAX_LINES}  # fmt: skip
    assert long == {}, f"over {MAX_LINES} lines: {long}"


def test_no_import_circles():
    edges = graph()
    circles = []
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in edges[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            part = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                part.append(other)
                if other == node:
                    break
            # A package importing its own modules (and they it) is not a circle of rooms.
            top = min(part)
            if len(part) > 1 and not all(p == top or p.startswith(top + ".") for p in part):
                circles.append(sorted(part))

    for node in edges:
        if node not in index:
            visit(node)
    assert circles == [], f"import circles: {circles}"


def top_imports(path: Path) -> list[str]:
    """Every module a file imports, at any depth."""
    names = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            names.append(node.module or "")
    return names


def test_typer_only_in_cli_rich_only_in_render_sqlite_utils_only_in_store():
    rooms = {"typer": "cli", "rich": "render", "sqlite_utils": "store"}
    strays = []
    for path in MODULES.values():
        room = path.relative_to(PACKAGE).parts[0]
        for name in top_imports(path):
            library = name.split(".")[0]
            if library in rooms and room != rooms[library]:
                strays.append(f"{rel(path)} imports {library}")
    assert strays == []


def test_sql_only_in_store():
    strays = []
    for path in MODULES.values():
        if path.relative_to(PACKAGE).parts[0] == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if SQL.search(node.value):
                    strays.append(f"{rel(path)}:{node.lineno}")
    assert strays == [], f"SQL outside store/: {strays}"


def test_imports_are_at_the_top_unless_they_say_why_they_wait():
    waiting = []
    for path in MODULES.values():
        if path.name == LAZY_ROOT and path.parent == PACKAGE:
            continue
        lines = path.read_text().splitlines()
        tree = ast.parse(path.read_text())
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    said = lines[node.lineno - 1] + lines[node.lineno - 2]
                    if DEFERRED not in said:
                        waiting.append(f"{rel(path)}:{node.lineno}")
    assert waiting == [], f"imports inside functions, with no `{DEFERRED} why`: {waiting}"
