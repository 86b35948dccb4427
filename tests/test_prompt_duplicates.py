"""No two bundled prompts are near-duplicates, and the library stays broad (issue 26).

A person meets about one prompt a day. If two prompts ask the same thing in other words, they
meet the same idea twice in a fortnight, and the library feels smaller than it is.

The measure: each prompt's text becomes a set of features, its content words (lowercased,
stop words left out, crudely stemmed, a few words for the same idea folded into one) and
the pairs of neighbouring words (so "what helped" or "near you" counts as a phrase). The
invitations and stop lines every prompt shares ("you might", "if it feels right", "you can
stop at any point") are taken out first: they are how the library speaks, not what a prompt
asks. Two prompts are compared by cosine similarity over these features, each weighted by
how rare it is in the library (idf), so that "steadies" or "easier than expected" weigh
more than "today" or "moment".

The threshold was set on the library as it stood before issue 26 (commit e8ffb82), where
the review named six clusters of near-duplicates. Each had a pair at or over 0.15 then (52
pairs in all were), so this test would have failed on every one of them:

    easier than expected  appreciation-of-life.small-mercies ~ small-wins.easier       0.365
    what steadies you     coping.what-steadies ~ values.steadiness                     0.379
    what helped           weekly-reflection.what-helped ~ small-wins.how-you-did-it    0.151
    a friend's eyes       self-compassion.words-for-a-friend ~ narrative.close-friend  0.156
    small next step       future.ten-minute-step ~ values.tiny-step                    0.275
    an object near you    appreciation-of-life.object-nearby ~ grounding.one-object    0.253

The words are weighed against the library they sit in, so a new pack can move a pair a
little; a pair that lands over the threshold is worth a reader's look either way.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from pathlib import Path

import yaml

from tests.conftest import ROOT

PROMPTS = ROOT / "prompts"
THRESHOLD = 0.15
MIN_PROMPTS = 140
MIN_PER_CATEGORY = 8

# How the library invites and offers a way out. Said by many prompts on purpose, so they say
# nothing about what a prompt asks.
FRAMING = [
    r"if (?:it|that) feels right",
    r"if (?:it|that) fits(?: for you)?",
    r"you (?:might|may|could|can)",
    r"only (?:as much as|if) you (?:want|like)(?: to)?",
    r"if you (?:want|like|choose|wish)(?: to)?",
    r"(?:and )?(?:you can )?stop (?:at any point|whenever you (?:need|want|like)(?: to)?)",
    r"(?:and )?(?:you can )?stop (?:here|there)(?: if you need to)?",
    r"write (?:only )?as (?:much|little) as you (?:like|want)",
    r"as much or as little as you (?:like|want)",
    r"go only as far as (?:you want|feels safe)",
    r"an?(?: single)? (?:line|word|sentence) (?:or two )?is (?:enough|plenty)",
    r"a few (?:words|lines) (?:are|is) (?:enough|plenty)",
    r"it can be very (?:small|ordinary)",
    r"however (?:small|brief|briefly|ordinary)(?: it seems)?",
    r"even (?:a little|briefly|for a moment)",
    r"a little",
    r"if (?:anything|any|anyone)",
    # How the library now holds both a single event and harm that went on for years
    # (issue 26): said on purpose wherever a prompt reaches back to what happened.
    r"(?:the|a single|one) (?:hard )?event,? or (?:alongside |all through )?(?:the|a) long"
    r"(?: hard)? stretch(?: of hard things)?",
    r"whether there is a before and after for you,? or (?:whether )?it has always been there",
]
STOP = set(
    """a an the and or but if of to in on at for with from by as is are was were be been being
    it its this that these those there here what which who whom whose when where why how you
    your yours yourself i me my we us our they them their he she him her his one some any
    anything something nothing all each every no not nor so than then too very can could would
    should will may might do does did done have has had get got about into over after before
    again only also even still now right way ways thing things more most much many few lot like
    such write writing note name describe want feel feels felt fits""".split()
)
# Phrases for the same idea, folded into one word before anything else.
SAME_PHRASE = {
    r"someone you care about": "friend",
    r"(?:these|the past|the last) seven days": "week",
    r"(?:get|got|getting) through": "endure",
    r"kept going|keep going": "endure",
}
# Words for the same idea, folded together before stemming.
SAME_IDEA = {
    "picture": "imagine",
    "imagined": "imagine",
    "easier": "help",
    "eased": "help",
    "eases": "help",
    "helped": "help",
    "helps": "help",
    "helping": "help",
    "steadies": "steady",
    "steadiness": "steady",
    "steadied": "steady",
    "steadying": "steady",
    "friend": "friend",
    "friends": "friend",
    "tiny": "small",
    "action": "step",
    "actions": "step",
    "steps": "step",
}


def stem(word: str) -> str:
    """A crude stemmer: enough that "helped", "helps" and "helping" meet."""
    word = SAME_IDEA.get(word, word)
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    for suffix, instead in (
        ("ies", "y"),
        ("ied", "y"),
        ("ier", "y"),
        ("ness", ""),
        ("ing", ""),
        ("ed", ""),
        ("ly", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + instead
            break
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":
        word = word[:-1]
    return word


def features(text: str) -> set[str]:
    """Content words and neighbouring pairs, framing left out; "|" marks a break."""
    lowered = text.lower().replace("\u2019", "'")
    for phrase, word in SAME_PHRASE.items():
        lowered = re.sub(rf"\b{phrase}\b", word, lowered)
    for phrase in FRAMING:
        lowered = re.sub(rf"\b{phrase}\b", " | ", lowered)
    lowered = re.sub(r"[.,;:?!()\"]", " | ", lowered)
    words = re.findall(r"[a-z]+(?:'[a-z]+)?|\|", lowered)
    found = {stem(w) for w in words if w != "|" and w not in STOP and len(w) > 2}
    for first, second in itertools.pairwise(words):
        if "|" in (first, second) or (first in STOP and second in STOP):
            continue
        found.add(f"{stem(first)} {stem(second)}")
    return found


def load_texts(folder: Path) -> dict[str, str]:
    texts = {}
    for path in sorted(folder.glob("*.yaml")):
        for prompt in yaml.safe_load(path.read_text(encoding="utf-8"))["prompts"]:
            texts[prompt["id"]] = prompt["text"]
    return texts


def similarities(texts: dict[str, str]) -> list[tuple[float, str, str]]:
    """Every pair of prompts with its idf-weighted cosine similarity, most similar first."""
    sets = {pid: features(text) for pid, text in texts.items()}
    counts = Counter(f for found in sets.values() for f in found)
    idf = {f: math.log(len(sets) / n) for f, n in counts.items()}
    norm = {pid: math.sqrt(sum(idf[f] ** 2 for f in found)) for pid, found in sets.items()}
    pairs = []
    for a, b in itertools.combinations(sorted(sets), 2):
        shared = sum(idf[f] ** 2 for f in sets[a] & sets[b])
        pairs.append((shared / (norm[a] * norm[b]) if norm[a] and norm[b] else 0.0, a, b))
    return sorted(pairs, reverse=True)


# the tests -------------------------------------------------------------------------------


def test_no_two_prompts_are_near_duplicates():
    over = [(round(s, 3), a, b) for s, a, b in similarities(load_texts(PROMPTS)) if s >= THRESHOLD]
    assert not over, "merge these prompts, or make them ask different things:\n" + "\n".join(
        f"  {s}  {a} ~ {b}" for s, a, b in over
    )


def test_the_measure_catches_a_near_duplicate_and_passes_different_prompts():
    texts = {
        "a.easier": "You might name one thing today that was a little easier than you expected.",
        "b.easier": "Was anything today easier than you expected? What was it?",
        "c.sound": "If it feels right, listen for three sounds around you, near or far.",
        "d.future": "You might write about how the future feels when you think of it now.",
        "e.object": "Is there an object near you that you like? Its colour, its weight.",
        "f.helped": "Over these seven days, what helped you most? You can stop at any point.",
    }
    scores = {(a, b): s for s, a, b in similarities(texts)}
    assert scores[("a.easier", "b.easier")] >= THRESHOLD
    others = [s for pair, s in scores.items() if pair != ("a.easier", "b.easier")]
    assert max(others) < THRESHOLD
    # The framing is not what a prompt asks: two prompts sharing only it are not alike.
    assert features("You might, if it feels right. You can stop at any point.") == set()


def test_the_library_is_broad_enough():
    by_category = Counter(pid.split(".")[0] for pid in load_texts(PROMPTS))
    assert sum(by_category.values()) >= MIN_PROMPTS
    thin = {name: n for name, n in by_category.items() if n < MIN_PER_CATEGORY}
    assert not thin, f"categories with fewer than {MIN_PER_CATEGORY} prompts: {thin}"
