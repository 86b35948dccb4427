"""What rj says about where its output goes: counts under a listing, the pager, the shapes
of output for scripts (README: "Using rj in scripts")."""

from __future__ import annotations


def showing(shown: int, total: int, hint: str) -> str:
    """Under a listing cut short (on stderr when the listing goes to a pipe or a file)."""
    return f"Showing {shown} of {total}. {hint}"


JSON_OR_JSONL = "--json and --jsonl are two shapes of the same list; choose one."
NO_PAGER_HELP = "Print straight to the terminal, without a pager (also: the pager setting)."
JSONL_HELP = "Print one JSON object a line, for jq -c and head (keys in the README)."
