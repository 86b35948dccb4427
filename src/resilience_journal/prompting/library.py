"""The library: every bundled pack, then the person's own, gathered by id and category."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from resilience_journal.errors import JournalError
from resilience_journal.messages import prompts as words
from resilience_journal.prompting.cache import bundled_packs
from resilience_journal.prompting.packs import Category, Prompt, PromptFileError, load_file


@dataclass
class Library:
    prompts: dict[str, Prompt] = field(default_factory=dict)
    categories: dict[str, Category] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def get(self, prompt_id: str) -> Prompt:
        try:
            return self.prompts[prompt_id]
        except KeyError:
            raise JournalError(words.no_such_prompt(prompt_id)) from None

    def in_category(self, name: str) -> list[Prompt]:
        if name not in self.categories:
            raise JournalError(words.no_such_category(name, sorted(self.categories)))
        return [p for p in self.prompts.values() if p.category == name]

    def add(self, category: Category, prompts: list[Prompt]) -> None:
        """A pack's prompts; one with an id the library has replaces it."""
        self.categories.setdefault(category.name, category)
        for prompt in prompts:
            self.prompts[prompt.id] = prompt


def bundled_dir() -> Path:
    """Inside an installed wheel the packs sit in the package (resilience_journal/prompts);
    in a source checkout they are the top-level prompts/ folder."""
    package = Path(__file__).resolve().parent.parent
    inside = package / "prompts"
    if inside.is_dir():
        return inside
    return package.parents[1] / "prompts"


def load_library(
    user_dir: Path | None = None, cache_dir: Path | None = None, bundled: Path | None = None
) -> Library:
    """Every bundled pack, then every *.yaml in `user_dir`; a user prompt with the same id
    replaces the bundled one. A broken user file is skipped with a warning. The bundled
    packs are read through the cache in `cache_dir` (cache.py)."""
    library = Library()
    for category, prompts in bundled_packs(bundled or bundled_dir(), cache_dir):
        library.add(category, prompts)
    if user_dir is not None and user_dir.is_dir():
        mine: dict[str, Path] = {}
        for path in sorted(user_dir.glob("*.yaml")):
            try:
                category, prompts = load_file(path)
            except PromptFileError as err:
                library.warnings.append(words.pack_skipped(err.message))
                continue
            for prompt in prompts:
                if prompt.id in mine:
                    library.warnings.append(words.id_in_two_packs(prompt.id, mine[prompt.id], path))
                mine[prompt.id] = path
            library.add(category, prompts)
    return library
