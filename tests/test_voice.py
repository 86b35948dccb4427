"""The voice guide (VOICE.md), checked: no user-facing string says what the guide rules out.

Scanned:
- every str constant in src/resilience_journal/**/*.py, and every f-string as a template
  (its literal parts joined, each placeholder shown as "{}");
- the docstrings of CLI command and callback functions in src/resilience_journal/cli/:
  Typer prints them as `rj ... --help` text;
- every string value in prompts/*.yaml (the prompts, follow-ups, titles, descriptions).

Not scanned: module, class and other function docstrings (developer notes that no person
running rj ever sees: nothing reads __doc__ at run time), and comments (not in the AST).

Each rule is a regex over one string. A failure lists every violation as file:line, the rule
and the string, so it can be fixed where it stands.
"""

from __future__ import annotations

import ast
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "resilience_journal"
PROMPTS = ROOT / "prompts"


@dataclass(frozen=True)
class Text:
    where: str  # "path:line", relative to the repository root
    text: str


@dataclass(frozen=True)
class Violation:
    where: str
    rule: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: [{self.rule}] {self.text!r}"


# the rules -------------------------------------------------------------------------------


def _phrase(words: str) -> re.Pattern[str]:
    """A phrase, case-insensitive, on word boundaries, any run of whitespace between words
    (folded YAML and implicitly joined Python strings may break a line anywhere)."""
    return re.compile(r"\b" + r"\s+".join(map(re.escape, words.split())) + r"\b", re.I)


PHRASES: dict[str, re.Pattern[str]] = {
    # Toxic positivity and minimisation (VOICE.md, "Validate first").
    "everything happens for a reason": _phrase("everything happens for a reason"),
    "stay positive": _phrase("stay positive"),
    "look on the bright side": _phrase("look on the bright side"),
    "you should be grateful": _phrase("you should be grateful"),
    # "just breathe", "just write": banned as a word, whatever follows it. "just now" is
    # temporal, not minimising, but "right now" says the same, so no exception is made.
    "just": _phrase("just"),
    # Prompts invite, they do not command.
    "you must": _phrase("you must"),
    "you should": _phrase("you should"),
    # Progress without shame: a streak is never broken or lost. Loose enough to catch
    # VOICE.md's own counter-example, "You broke your 12-day streak".
    "broken/lost streak": re.compile(
        r"\b(?:break|breaks|breaking|broke|broken|lose|loses|losing|lost|end|ended|ruin"
        r"|ruined|reset)\b[^.?!\n]{0,30}?\bstreaks?\b"
        r"|\bstreaks?\b[^.?!\n]{0,20}?\b(?:broke|broken|lost|ended|ruined|reset)\b",
        re.I,
    ),
    # Said of a person, a goal or a day; a technical use goes in ALLOWED, with its reason.
    "fail/failed/failure": re.compile(r"\bfail(?:ed|ure|ures|ing|s)?\b", re.I),
    # The tool never diagnoses.
    "diagnosis": re.compile(
        r"\bdiagnos\w*|\bdisorders?\b|\bsymptoms?\b|\bsymptomatic\b"
        r"|\byou\s+(?:have|may\s+have|might\s+have|are\s+suffering\s+from)\s+"
        r"(?:ptsd|c-?ptsd|depression|anxiety|trauma)\b",
        re.I,
    ),
    # Never score a person's worth (nor their day, week or growth).
    "score": re.compile(r"\bscor(?:e|es|ed|ing)\b", re.I),
}

# "!" after a letter, at the end of a word, in a string that reads as prose (a space and a
# letter): "Well done!" but not "!=", "!r", "(?!x)" or a "!!python" YAML tag.
EXCLAIM = re.compile(r"(?<=[^\W\d_])!(?=$|[\s\"')\]}*_`])")
PROSE = re.compile(r"[^\W\d_].*\s|\s.*[^\W\d_]", re.S)

# Emoji: these blocks are pictographs through and through; U+FE0F asks for emoji
# presentation, U+200D joins emoji, U+20E3 makes keycaps.
EMOJI_RANGES = [
    (0x1F000, 0x1FAFF),  # mahjong .. symbols & pictographs ext-A, incl. flags and emoticons
    (0x2600, 0x27BF),  # miscellaneous symbols, dingbats
    (0x2B00, 0x2BFF),  # miscellaneous symbols and arrows (stars, big circles)
    (0x231A, 0x231B),  # watch, hourglass
    (0x23E9, 0x23FA),  # media buttons, alarm clock, stopwatch, timer
    (0xFE0F, 0xFE0F),
    (0x200D, 0x200D),
    (0x20E3, 0x20E3),
]
# Any other "Symbol, other" character is treated as an emoji too, unless it is one of the
# pictures the package really draws with (checked in the source, not guessed):
#   U+2400-243F control pictures: text.py shows DEL as U+2421 (and README the others);
#   U+2500-257F box drawing: Rich's rules and table borders (no literal uses one today);
#   U+2580-259F block elements: sparklines and bars in render/
# Punctuation the package uses (U+00B7 middle dot, U+2013 en dash, U+2022 bullet,
# U+2026 ellipsis) and U+00D7 multiplication sign, like most arrows, are not in "So".
ALLOWED_SYMBOL_RANGES = [(0x2400, 0x243F), (0x2500, 0x257F), (0x2580, 0x259F)]


def _is_emoji(char: str) -> bool:
    code = ord(char)
    if any(lo <= code <= hi for lo, hi in EMOJI_RANGES):
        return True
    if unicodedata.category(char) == "So":
        return not any(lo <= code <= hi for lo, hi in ALLOWED_SYMBOL_RANGES)
    return False


# Exact strings where a rule's word is used in its technical sense, never of a person, a
# goal or a day. Keep this short: each entry needs a reason, and the sentence must still
# be kind. (Empty: today no string needs one.)
ALLOWED: dict[str, set[str]] = {
    # rule name: {exact string, ...}
}


def violations_in(text: Text) -> list[Violation]:
    found = []
    for rule, pattern in PHRASES.items():
        if pattern.search(text.text) and text.text not in ALLOWED.get(rule, set()):
            found.append(Violation(text.where, rule, text.text))
    if PROSE.search(text.text) and EXCLAIM.search(text.text):
        found.append(Violation(text.where, "exclamation mark", text.text))
    emoji = sorted({f"U+{ord(c):04X}" for c in text.text if _is_emoji(c)})
    if emoji:
        found.append(Violation(text.where, "emoji " + " ".join(emoji), text.text))
    return found


# collecting the strings ------------------------------------------------------------------


def _is_command(node: ast.AST) -> bool:
    """A function registered with @app.command(...) or @app.callback(...): its docstring is
    the command's --help text."""
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return False
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Attribute) and target.attr in {"command", "callback"}:
            return True
    return False


def _template(node: ast.JoinedStr) -> str:
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            parts.append(value.value)
        else:
            parts.append("{}")
    return "".join(parts)


def python_strings(source: str, name: str) -> Iterator[Text]:
    """The str constants of one module (f-strings as templates), minus developer docstrings.

    An f-string's literal parts are read as one template; strings inside its placeholders
    (f"{'a rest day' if n == 1 else 'rest days'}") are read on their own; format specs
    (the ">3" in f"{n:>3}") are not text."""
    tree = ast.parse(source, filename=name)
    skip: set[int] = set()
    in_cli = "/cli/" in f"/{name}"
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
                and not (in_cli and _is_command(node))
            ):
                skip.add(id(body[0].value))
        elif isinstance(node, ast.JoinedStr):
            skip.update(id(value) for value in node.values if isinstance(value, ast.Constant))
        elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            skip.update(id(child) for child in ast.walk(node.format_spec))
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.JoinedStr):
            yield Text(f"{name}:{node.lineno}", _template(node))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield Text(f"{name}:{node.lineno}", node.value)


def _yaml_strings(node: yaml.Node) -> Iterator[yaml.ScalarNode]:
    if isinstance(node, yaml.MappingNode):
        for _key, value in node.value:  # keys are the schema ("text", "depth"), not prose
            yield from _yaml_strings(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _yaml_strings(item)
    elif isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str":
        yield node


def _loaded_strings(data: object) -> Iterator[str]:
    if isinstance(data, dict):
        for value in data.values():
            yield from _loaded_strings(value)
    elif isinstance(data, list):
        for item in data:
            yield from _loaded_strings(item)
    elif isinstance(data, str):
        yield data


def yaml_strings(source: str, name: str) -> Iterator[Text]:
    """Every string value in a YAML file, with the line it starts on. The node tree gives
    the lines; yaml.safe_load must agree on exactly which strings there are."""
    root = yaml.compose(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    nodes = list(_yaml_strings(root)) if root is not None else []
    assert Counter(n.value for n in nodes) == Counter(_loaded_strings(yaml.safe_load(source))), (
        f"{name}: the composed and the loaded strings differ"
    )
    for node in nodes:
        yield Text(f"{name}:{node.start_mark.line + 1}", node.value)


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


MODULES = sorted(PACKAGE.rglob("*.py"))
PROMPT_FILES = sorted(PROMPTS.glob("*.yaml"))


@functools.cache
def all_texts() -> tuple[list[Text], set[str]]:
    texts: list[Text] = []
    files: set[str] = set()
    for path in MODULES:
        texts.extend(python_strings(path.read_text(encoding="utf-8"), _rel(path)))
        files.add(_rel(path))
    for path in PROMPT_FILES:
        texts.extend(yaml_strings(path.read_text(encoding="utf-8"), _rel(path)))
        files.add(_rel(path))
    return texts, files


def _order(violation: Violation) -> tuple[str, int, str]:
    path, _, line = violation.where.rpartition(":")
    return path, int(line), violation.rule


# the tests -------------------------------------------------------------------------------


def test_no_user_facing_string_goes_against_the_voice_guide():
    texts, files = all_texts()
    # Not vacuous: the package and every prompt file were really read.
    assert len(MODULES) >= 40 and len(PROMPT_FILES) >= 13
    assert files == {_rel(p) for p in MODULES + PROMPT_FILES}
    assert len(texts) > 2000, len(texts)
    assert sum(t.where.startswith("prompts/") for t in texts) > 300
    help_texts = [t for t in texts if "rj today" in t.text and "/cli/app.py" in t.where]
    assert help_texts, "the docstring of the rj callback (its --help text) was not scanned"

    found = sorted((v for text in texts for v in violations_in(text)), key=_order)
    if found:
        pytest.fail(
            f"{len(found)} strings go against VOICE.md (fix the string, or, for a technical"
            " use, allow-list it in ALLOWED with a reason):\n" + "\n".join(map(str, found)),
            pytrace=False,
        )


def test_every_allow_listed_string_still_exists():
    """An allow-list entry for a string that is gone would hide the next one quietly."""
    present = {t.text for t in all_texts()[0]}
    stale = [(rule, s) for rule, strings in ALLOWED.items() for s in strings if s not in present]
    assert not stale


SYNTHETIC = '''
"""Module notes: this design failed once; just a developer note."""
import typer
app = typer.Typer()

@app.command()
def write(days: int) -> None:
    """You must write every day."""
    print(f"You broke your {days}-day streak. Just try again tomorrow!")
    print("Stay   positive, and look on the bright side \\U0001F389")

def helper():
    """A helper that failed: a developer note, not scanned."""
    return "a != b and f'{x!r}'", "(?!x)", "x!"

def count(n: int) -> str:
    return f"{n:>3} {'day' if n == 1 else 'days, so stay positive'}"
'''


def test_the_scanner_finds_what_it_should_and_only_that():
    texts = list(python_strings(SYNTHETIC, "src/resilience_journal/cli/fake.py"))
    found = {(v.where, v.rule) for t in texts for v in violations_in(t)}
    name = "src/resilience_journal/cli/fake.py"
    assert found == {
        (f"{name}:8", "you must"),  # a command's docstring is help text
        (f"{name}:9", "broken/lost streak"),  # through an f-string's placeholder
        (f"{name}:9", "just"),
        (f"{name}:9", "exclamation mark"),
        (f"{name}:10", "stay positive"),
        (f"{name}:10", "look on the bright side"),
        (f"{name}:10", "emoji U+1F389"),
        (f"{name}:17", "stay positive"),  # a string inside an f-string's placeholder
    }
    # Developer docstrings are not scanned; code-like "!" is not an exclamation.
    assert not any("developer note" in t.text for t in texts)
    assert {t.text for t in texts if t.where.endswith(":17")} == {
        "{} {}",  # the template; its format spec ">3" is not text
        "day",
        "days, so stay positive",
    }


def test_the_prompt_scanner_reports_lines_and_folded_text():
    source = (
        "category: x\n"
        "prompts:\n"
        "  - id: x.one\n"
        "    text: >-\n"
        "      Everything happens\n"
        "      for a reason.\n"
        "    follow_ups: [You should be grateful, 'Why?']\n"
        "    depth: !!str gentle\n"
    )
    found = {(v.where, v.rule) for t in yaml_strings(source, "p.yaml") for v in violations_in(t)}
    assert found == {
        ("p.yaml:4", "everything happens for a reason"),
        ("p.yaml:7", "you should be grateful"),
        ("p.yaml:7", "you should"),
    }


def test_the_word_rules_mind_word_boundaries_and_technical_marks():
    def rules(text: str) -> set[str]:
        return {v.rule for v in violations_in(Text("x:1", text))}

    assert rules("Justice and adjustment are fine; so is a justified margin.") == set()
    assert rules("Scorecards and underscore_names are fine.") == set()
    assert rules("This week you scored 7 of 10.") == {"score"}
    assert rules("You failed to write today.") == {"fail/failed/failure"}
    assert rules("You wrote on 5 of the last 7 days.") == set()
    assert rules("Your longest run was 12 days; this one ended.") == set()
    assert rules("You lost your 12-day streak.") == {"broken/lost streak"}
    assert rules("if a != b: print(f'{x!r}')") == set()
    assert rules("Noted: you set a boundary ▁▂▃ ␡ ─ • … ·") == set()
    assert rules("Nice \u2728 work") == {"emoji U+2728"}
    assert rules("Well done!") == {"exclamation mark"}
    assert rules("You may have PTSD.") == {"diagnosis"}
