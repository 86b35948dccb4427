"""What `rj doctor` says."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


def doctor_heading(path: str, exists: bool) -> str:
    return f"Journal: {path}" if exists else f"Journal: {path} (not written yet)"


def doctor_backup(path: str) -> str:
    return f"A backup was made first: {path}"


_CHECK_NAMES = {
    "permissions": "Privacy",
    "file": "File",
    "version": "Version",
    "search": "Search index",
    "links": "Links",
    "backups": "Backups",
}


def doctor_line(name: str, ok: bool, fixed: bool, detail: str) -> str:
    mark = "ok   " if ok else "fixed" if fixed else "look "
    return f"  {mark}  {_CHECK_NAMES.get(name, name)}: {detail}"


DOCTOR_WELL = "All is well."
DOCTOR_ATTENTION = "Something needs attention; each line above says how to fix it."
