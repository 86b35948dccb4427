"""What `rj backup` says."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KiB"


def backed_up(path: str, size: int, removed: int) -> str:
    older = ""
    if removed:
        older = (
            f" Removed {removed} older backup{'s' if removed != 1 else ''}, as backups_keep asks."
        )
    return f"Backed up the journal to {path} ({_size(size)}).{older}"
