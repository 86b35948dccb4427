"""The bundled packs, once read, kept as JSON in the cache folder: parsing 13 YAML files
costs a tenth of a second on every command. The cache is used only while every pack file
has the same size and modification time as when it was made."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from resilience_journal.paths import ensure_private_dir, write_private_file
from resilience_journal.prompting.packs import Category, Prompt, load_file

CACHE_NAME = "bundled-prompts.json"
_CACHE_FORMAT = 1


def bundled_packs(folder: Path, cache_dir: Path | None) -> list[tuple[Category, list[Prompt]]]:
    """Every pack in `folder`, from the cache in `cache_dir` when it is still good."""
    files = sorted(folder.glob("*.yaml"))
    stamp = [
        [path.name, info.st_mtime_ns, info.st_size] for path in files for info in [path.stat()]
    ]
    cache = cache_dir / CACHE_NAME if cache_dir is not None else None
    if cache is not None:
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
            if data["format"] == _CACHE_FORMAT and data["files"] == stamp:
                return [_unpack(pack) for pack in data["packs"]]
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


def _unpack(pack: dict[str, Any]) -> tuple[Category, list[Prompt]]:
    prompts = [
        Prompt(**{**p, "follow_ups": tuple(p["follow_ups"]), "tags": tuple(p["tags"])})
        for p in pack["prompts"]
    ]
    return Category(**pack["category"]), prompts


def _write_cache(path: Path, data: dict[str, Any]) -> None:
    """A cache that cannot be written is only slower next time."""
    try:
        ensure_private_dir(path.parent)
        write_private_file(path, json.dumps(data, ensure_ascii=False))
    except OSError:
        pass
