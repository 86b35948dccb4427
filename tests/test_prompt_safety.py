"""The prompt library, read as a trauma-informed clinician would.

- No prompt at gentle or reflective depth asks where the harm came from. Those depths reach
  a person on their first day (reflective is the default pace); questions about the origin
  of a hurt lead straight to the hardest memories, and belong at deep, with a stop line.
- Every deep prompt, and every prompt that comes near trauma at any depth, says the person
  can stop, skip it or let it wait.
- Grounding and the weekly questions keep to their moments: they are not the daily prompt
  on an ordinary day.

The phrasings watched for are heuristics, kept as lists with the reason for each, so that a
new prompt can be checked against them and a new phrasing added where it belongs. Every
bundled pack is scanned: prompts/*.yaml, the text and the follow-ups.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest
import yaml

from resilience_journal.prompting.choosing import OWN_MOMENTS, choose
from resilience_journal.prompting.depth import HARD_DAY_CATEGORIES, PACE_DEPTHS
from resilience_journal.prompting.library import Library, load_library
from resilience_journal.prompting.packs import DEPTHS, Category, Prompt
from tests.conftest import ROOT

PROMPT_FILES = sorted((ROOT / "prompts").glob("*.yaml"))

# Origin-of-harm questions: (pattern, why it is kept to deep, an example it must catch).
# Each is matched case-insensitively over one prompt's text or one follow-up, with any run of
# whitespace between words (folded YAML breaks lines anywhere).
ORIGIN_OF_HARM: list[tuple[str, str, str]] = [
    (
        r"where (?:did |do )?you first (?:hear|heard|learn|learned|feel|felt|get|got)",
        # For survivors of relational abuse, where a harsh voice or belief was first heard
        # is usually the abuser: the question walks the person back into that room.
        "asks where a voice, belief or feeling was first met",
        "You might write something it says, and where you first heard that tone.",
    ),
    (
        r"where (?:does|did|do) (?:that|this|the|your) (?:voice|tone|belief|feeling|fear"
        r"|shame|blame|idea|thought)s? (?:come|came) from",
        # The same question asked the other way round.
        "asks where a voice or belief comes from, which is often a person who did harm",
        "Where does that voice come from?",
    ),
    (
        r"who (?:first )?(?:taught|told|showed|made) you",
        # Names the person behind a belief; at low depth that is often the abuser.
        "asks who taught the person a belief about themselves",
        "Who taught you that you were too much?",
    ),
    (
        r"what (?:was|were|is|are) (?:it|they|that|this|these) (?:protecting|keeping) you"
        r" (?:from|safe from)",
        # Pulls from a way of coping straight to the original threat it answered.
        "pulls from a coping habit straight to the original threat",
        "What was it protecting you from?",
    ),
    (
        r"when did (?:it|this|that|all this|the \w+) (?:all )?(?:first )?(?:start|begin|happen)",
        # Dating the onset asks for the first occurrence, often the first assault or loss.
        "asks when the harm began, which calls up its first occurrence",
        "When did it start?",
    ),
    (
        r"the (?:first|last) time (?:it|this|that|someone|they) (?:happened|hurt)",
        "asks for a particular occurrence of the harm",
        "Write about the first time it happened.",
    ),
    (
        r"the (?:worst|hardest) (?:time|times|moment|moments|day|days|night|nights|period"
        r"|part|parts|thing|things|point)",
        # Leads to the most painful memory by definition: deep, with a stop line.
        "leads to the most painful memory by definition",
        "Think of the worst time in your life.",
    ),
    (
        r"(?:go|going|take yourself|think) back to (?:that|the|when)",
        # A mental return to the scene, the first step of re-living it.
        "invites a mental return to the scene",
        "You might go back to that day for a moment.",
    ),
    (
        r"what (?:happened|was done) to you",
        # Asks for the account of the harm itself.
        "asks for the account of the harm itself",
        "What happened to you?",
    ),
    (
        r"who (?:hurt|harmed|did this to|did that to) you|(?:your|the) (?:abuser|attacker"
        r"|perpetrator)",
        "names or seeks the person who did harm",
        "Who hurt you, and what would you say to them?",
    ),
    (
        r"why (?:did|does|do|would) (?:it|this|that|they|he|she) (?:happen|hurt|do)",
        # A why-question about harm is the usual road to self-blame ("because of me").
        "a why-question about harm is the usual road to self-blame",
        "Why did it happen?",
    ),
    (
        r"(?:ought to|should|could) have (?:known|seen|stopped|prevented|done|left|said)",
        # Counterfactuals plant hindsight blame the reader may not have had.
        "plants hindsight blame",
        'Many survivors carry a quiet sense of "I ought to have known."',
    ),
    (
        r"(?:your|my) fault|to blame for|deserved (?:it|this|that|what)",
        # Suggests the thought of fault even while meaning to lift it.
        "suggests fault, even while meaning to lift it",
        "It was not your fault.",
    ),
    (
        r"what (?:did|does|do|might|could) (?:it|that|this) remind you of",
        # From a present-day cue to the memory behind it.
        "leads from a present-day cue to the memory behind it",
        "What did it remind you of?",
    ),
    (
        r"\b(?:re-?live|re-?experience)\b|in (?:as much |full |vivid )?detail",
        # Detailed re-living is exposure work: with a clinician, not on a first day.
        "invites detailed re-living, which is exposure work",
        "Describe it in as much detail as you can.",
    ),
]

# Words that say a person can stop, skip a prompt or let it wait. One is needed on every deep
# prompt and every prompt near trauma: it is the door left open.
STOP_LINES: list[str] = [
    r"stop (?:at any point|at any time|any time|whenever|there|here|after)",
    r"(?:can|could) skip",
    r"skip (?:it|this|that)",
    r"can wait",
    r"come back (?:to it )?(?:another day|later|some other time)",
    r"leave it (?:there|for now|for another day)",
    r"put it down",
    r"go only as far as",
    r"only as far as (?:feels safe|you want)",
]

# Prompts that come near trauma, at any depth, and so need a stop line: (pattern, reason).
TRAUMA_NEAR: list[tuple[str, str]] = [
    (r"hard events?\b", "the library's own name for what happened"),
    (
        r"(?:of|around|about|since|after|given|near|from|with|through|since) what happened",
        'the library\'s euphemism for the trauma ("given what happened")',
    ),
    (r"what happened (?:may|might|can|has|to you)", "what happened, as the subject"),
    (r"what you have been through", "the whole of the harm, however long it lasted"),
    (r"the (?:hardest|worst)", "points at the most painful part"),
    (r"traumas?\b|traumatic", "names it"),
    (r"memor(?:y|ies) of", "asks for a memory of something"),
    (r"before and after", "a before and an after: the event itself is the line"),
    (r"abuse|assault|violence|attack", "names a kind of harm"),
    (r"(?:stirred|stirs) up|pulled you back|brought back", "a present-day cue to the past"),
    (r"blame", "self-blame sits close to the harm"),
]


def _rx(pattern: str) -> re.Pattern[str]:
    """A pattern on word boundaries, any run of whitespace where it has a space."""
    return re.compile(r"\b(?:" + pattern.replace(" ", r"\s+") + r")", re.I)


ORIGIN_RX = [(_rx(pattern), reason) for pattern, reason, _ in ORIGIN_OF_HARM]
STOP_RX = [_rx(pattern) for pattern in STOP_LINES]
NEAR_RX = [(_rx(pattern), reason) for pattern, reason in TRAUMA_NEAR]


def bundled_prompts() -> list[dict]:
    """Every prompt in every bundled pack, as written (with the file it is in)."""
    found = []
    for path in PROMPT_FILES:
        pack = yaml.safe_load(path.read_text(encoding="utf-8"))
        for prompt in pack["prompts"]:
            found.append({**prompt, "file": path.name})
    return found


def origin_questions(text: str) -> list[str]:
    return [reason for pattern, reason in ORIGIN_RX if pattern.search(text)]


def has_stop_line(text: str) -> bool:
    return any(pattern.search(text) for pattern in STOP_RX)


def near_trauma(text: str) -> list[str]:
    return [reason for pattern, reason in NEAR_RX if pattern.search(text)]


# the library ------------------------------------------------------------------------------


def test_every_bundled_pack_is_scanned():
    prompts = bundled_prompts()
    assert len(PROMPT_FILES) >= 13 and len(prompts) >= 140
    assert {p["depth"] for p in prompts} == set(DEPTHS)


def test_no_gentle_or_reflective_prompt_asks_where_the_harm_came_from():
    found = []
    for prompt in bundled_prompts():
        if prompt["depth"] == "deep":
            continue
        for text in (prompt["text"], *prompt.get("follow_ups", [])):
            for reason in origin_questions(text):
                found.append(f"{prompt['file']}: {prompt['id']} ({prompt['depth']}): {reason}")
    assert not found, "\n".join(found)


def test_every_deep_prompt_and_every_prompt_near_trauma_says_it_can_stop():
    found = []
    for prompt in bundled_prompts():
        near = near_trauma(prompt["text"])
        if (prompt["depth"] == "deep" or near) and not has_stop_line(prompt["text"]):
            why = "deep" if prompt["depth"] == "deep" else ", ".join(near)
            found.append(f"{prompt['file']}: {prompt['id']}: no stop line ({why})")
    assert not found, "\n".join(found)


# the lists themselves ---------------------------------------------------------------------


@pytest.mark.parametrize(("pattern", "reason", "example"), ORIGIN_OF_HARM)
def test_each_origin_phrasing_catches_its_example(pattern, reason, example):
    assert reason in origin_questions(example)


@pytest.mark.parametrize(
    "ordinary",
    [
        "When did you first notice the shift?",
        "You might describe it: its colour, its weight, where it came from.",
        "Where does that thread show up these days?",
        "There is no need to go into what happened, and you can stop there.",
        "What helped the moment pass, if anything did?",
        "What might meet that same need more gently now?",
        "Is there something still undone that you could let wait?",
    ],
)
def test_ordinary_questions_are_not_taken_for_origin_questions(ordinary):
    assert origin_questions(ordinary) == []


def test_what_reads_as_a_stop_line_and_as_near_trauma():
    assert has_stop_line("Share only as much as you want, and stop at any point.")
    assert has_stop_line("It can stay brief, and it can wait for another day.")
    assert has_stop_line("You can skip the harsh words.")
    assert not has_stop_line("Write as little as you like.")  # an amount, not a way out
    assert not has_stop_line("Only as much as you want, you might write about it.")
    assert near_trauma("You might write about the hard event itself.")
    assert near_trauma("Given what happened, what matters now?")
    assert near_trauma("the weight of what you have been through")
    assert not near_trauma("What happened, in a few sentences?")  # a scene from the week
    assert not near_trauma("A recent mistake may keep replaying in your mind.")


def test_the_prompts_this_review_rewrote_no_longer_reach_too_early():
    library = load_library()
    for prompt_id in ("self-compassion.inner-critic", "coping.trigger-noticed"):
        prompt = library.get(prompt_id)
        assert prompt is not None and prompt.depth == "reflective"
        assert has_stop_line(prompt.text), prompt_id
        assert not origin_questions(" ".join((prompt.text, *prompt.follow_ups)))
    for prompt_id in ("self-compassion.earlier-you", "self-compassion.held-blame"):
        prompt = library.get(prompt_id)
        assert prompt is not None and prompt.depth == "deep" and has_stop_line(prompt.text)
    held = library.get("self-compassion.held-blame")
    assert held is not None
    assert "survivor" not in held.text.lower() and "ought to" not in held.text.lower()
    hard = library.get("narrative.the-hard-moment")
    assert hard is not None and "you can leave out any detail you like" in hard.text


# prompts keep to their moments ------------------------------------------------------------


def test_grounding_and_the_weekly_questions_are_not_an_ordinary_days_prompt(rj):
    start = date(2026, 11, 25)
    for offset in range(0, 28, 3):
        at = {"RJ_NOW": f"{start + timedelta(offset)}T21:30:00"}
        for another in ((), ("--another",)):
            shown = json.loads(rj("prompt", "--json", *another, env=at).stdout)
            assert shown["category"] not in OWN_MOMENTS, (offset, shown["id"])
    for name in OWN_MOMENTS:  # asked for, each still comes
        asked = json.loads(rj("prompt", "--category", name, "--json").stdout)
        assert asked["category"] == name


def test_a_hard_day_still_brings_grounding():
    library = load_library()
    day = date(2026, 11, 25)
    categories = {
        chosen.category
        for offset in range(len(HARD_DAY_CATEGORIES) * 3)
        if (
            chosen := choose(
                library,
                day=day + timedelta(offset),
                used={},
                depths=("gentle",),
                categories=HARD_DAY_CATEGORIES,
            )
        )
    }
    assert categories == set(HARD_DAY_CATEGORIES)
    assert "grounding" in categories


def test_a_library_of_only_grounding_still_offers_a_prompt():
    library = Library()
    library.categories["grounding"] = Category("grounding", "Grounding", "")
    library.prompts["grounding.one"] = Prompt("grounding.one", "One.", "gentle", "grounding")
    chosen = choose(library, day=date(2026, 11, 25), used={}, depths=PACE_DEPTHS["gentle"])
    assert chosen is not None and chosen.id == "grounding.one"
