"""The prompt library: strict validation, user packs, and choosing today's prompt."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest

from resilience_journal.errors import JournalError
from resilience_journal.prompting.choosing import choose, grounding_line, weekly_prompts
from resilience_journal.prompting.depth import PACE_DEPTHS, depths_today
from resilience_journal.prompting.library import Library, bundled_dir, load_library
from resilience_journal.prompting.packs import DEPTHS, Category, Prompt, load_file
from tests.conftest import ROOT

CATEGORIES = {
    "appreciation-of-life",
    "relating-to-others",
    "personal-strength",
    "new-possibilities",
    "spiritual-existential",
    "narrative",
    "values",
    "small-wins",
    "grounding",
    "coping",
    "self-compassion",
    "future",
    "weekly-reflection",
    "culture-and-community",
}

GOOD = """\
category: my-pack
title: My pack
description: Prompts my therapist and I wrote.
prompts:
  - id: my-pack.one
    text: You might notice one sound around you.
    depth: gentle
    follow_ups:
      - Where does it come from?
    tags: [senses]
  - id: my-pack.two
    text: If it feels right, write about a hard week.
    depth: deep
"""


def write_pack(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# the bundled library -------------------------------------------------------------------


def test_every_bundled_pack_is_valid_and_the_library_is_complete():
    files = sorted(bundled_dir().glob("*.yaml"))
    seen: dict[str, Path] = {}
    categories = set()
    for path in files:
        category, prompts = load_file(path)  # raises on any schema problem
        assert category.name == path.stem
        assert len(category.description) > 40
        categories.add(category.name)
        for prompt in prompts:
            assert prompt.id not in seen, f"{prompt.id} is in {seen.get(prompt.id)} and {path}"
            seen[prompt.id] = path
            assert prompt.id.startswith(category.name + ".")
            assert len(prompt.text) <= 300
    assert CATEGORIES <= categories
    assert len(seen) >= 140
    library = load_library()
    depths = {p.depth for p in library.prompts.values()}
    assert depths == set(DEPTHS)
    assert all(p.depth == "gentle" for p in library.in_category("grounding"))


def test_bundled_prompts_avoid_words_the_voice_never_uses():
    banned = [
        "everything happens for a reason",
        "stay positive",
        "bright side",
        "you should be grateful",
        "just ",
        "!",
    ]
    library = load_library()
    texts = [(p.id, t) for p in library.prompts.values() for t in (p.text, *p.follow_ups)]
    texts += [(c.name, c.description) for c in library.categories.values()]
    for where, text in texts:
        for word in banned:
            assert word not in text.lower(), (where, word)


def test_prompts_invite_rather_than_command():
    commands = ("Notice ", "Think ", "Write ", "Name ", "List ", "Describe ", "Take ", "Look ")
    for prompt in load_library().prompts.values():
        assert not prompt.text.startswith(commands), prompt.id


def test_an_installed_wheel_carries_the_prompts(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("*.whl")
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    code = (
        "import resilience_journal.prompting.library as p, sys; lib = p.load_library();"
        "print(len(lib.prompts), p.__file__)"
    )
    out = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {code}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    count, location = out.stdout.split()
    assert int(count) >= 120
    assert location.startswith(str(target))


# validation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        (GOOD.replace("title: My pack", "title: My pack\ncolour: blue"), 3, "unknown key 'colour'"),
        (
            GOOD.replace("    depth: gentle\n", "    depth: gentle\n    text: again\n"),
            8,
            "the key 'text' is written twice",
        ),
        (
            GOOD.replace("      - Where does it come from?", "      - Where?\n      - ''"),
            10,
            "'follow_ups' should be a list of short texts",
        ),
        (GOOD + "  - id: 'unclosed\n", 14, "found unexpected end of stream"),
        (GOOD.replace("    tags: [senses]", "    tagz: [senses]"), 10, "unknown key 'tagz'"),
        (GOOD.replace("    depth: deep\n", ""), 11, "a prompt is missing 'depth'"),
        (GOOD.replace("my-pack.two", "my-pack.one"), 11, "the id 'my-pack.one' is used twice"),
        (GOOD.replace("depth: deep", "depth: intense"), 13, "depth 'intense' should be one of"),
        (GOOD.replace("If it feels right, write about a hard week.", "''"), 12, "has empty text"),
        (
            GOOD.replace("description: Prompts my therapist and I wrote.\n", ""),
            1,
            "'description' is missing or empty",
        ),
        ("category: x\n  bad: [unclosed\n", 2, "mapping values are not allowed here"),
        ("- just\n- a list\n", 1, "a prompt pack is a mapping"),
    ],
)
def test_validate_names_file_and_line(rj, tmp_path, text, line, problem):
    path = write_pack(tmp_path, "pack.yaml", text)
    result = rj("prompts", "validate", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{path}:{line}: ")
    assert problem in result.stderr
    assert result.stderr.count("\n") == 1


def test_python_tags_are_refused_and_never_run(rj, tmp_path):
    marker = tmp_path / "ran"
    evil = GOOD.replace(
        "title: My pack", f"title: !!python/object/apply:os.system ['touch {marker}']"
    )
    path = write_pack(tmp_path, "evil.yaml", evil)
    result = rj("prompts", "validate", str(path))
    assert result.exit_code == 1
    assert str(path) in result.stderr
    assert not marker.exists()


def test_validate_a_good_pack(rj, tmp_path):
    path = write_pack(tmp_path, "good.yaml", GOOD)
    result = rj("prompts", "validate", str(path))
    assert result.exit_code == 0
    assert result.stderr.strip() == f"{path}: 2 prompts in 'my-pack'; all fine."


def test_user_packs_merge_override_and_a_broken_one_is_skipped(rj, rj_home):
    folder = rj_home / "prompts"
    write_pack(folder, "mine.yaml", GOOD)
    override = next(iter(load_library().prompts.values()))
    write_pack(
        folder,
        "override.yaml",
        f"""\
        category: {override.category}
        title: Mine
        description: My own words for a bundled prompt.
        prompts:
          - id: {override.id}
            text: My own wording.
            depth: gentle
        """,
    )
    write_pack(folder, "broken.yaml", "category: [\n")
    result = rj("prompts", "list", "--json")
    assert result.exit_code == 0
    listed = {p["id"]: p for p in json.loads(result.stdout)}
    assert listed["my-pack.one"]["follow_ups"] == ["Where does it come from?"]
    assert listed[override.id]["text"] == "My own wording."
    assert "Skipped a prompt pack:" in result.stderr and "broken.yaml" in result.stderr
    assert json.loads(rj("prompts", "show", "my-pack.two", "--json").stdout)["depth"] == "deep"


# choosing ----------------------------------------------------------------------------


def small_library() -> Library:
    library = Library()
    for name in ("alpha", "beta", "gamma"):
        library.categories[name] = Category(name, name.title(), "")
        for index, depth in enumerate(("gentle", "gentle", "reflective", "deep")):
            prompt = Prompt(f"{name}.{index}", f"{name} {index}", depth, name)
            library.prompts[prompt.id] = prompt
    return library


DAY = date(2026, 11, 22)


def test_the_same_prompt_all_day_and_another_is_different():
    library = small_library()
    first = choose(library, day=DAY, used={}, depths=DEPTHS)
    assert choose(library, day=DAY, used={}, depths=DEPTHS) == first
    for offset in range(30):
        day = DAY + timedelta(offset)
        today = choose(library, day=day, used={}, depths=DEPTHS)
        other = choose(library, day=day, used={}, depths=DEPTHS, another=1)
        assert other != today
        assert other != choose(library, day=day + timedelta(1), used={}, depths=DEPTHS)
        within = choose(library, day=day, used={}, depths=DEPTHS, category="beta")
        assert (
            choose(library, day=day, used={}, depths=DEPTHS, category="beta", another=1) != within
        )


def test_rotation_visits_every_category():
    library = small_library()
    seen = [
        choose(library, day=DAY + timedelta(d), used={}, depths=DEPTHS).category for d in range(3)
    ]
    assert sorted(seen) == ["alpha", "beta", "gamma"]


def test_no_repeat_within_30_days_while_others_remain():
    library = small_library()
    used: dict[str, date] = {}
    picks = []
    for offset in range(12):  # 12 prompts in all: each should come once
        day = DAY + timedelta(offset)
        chosen = choose(library, day=day, used=used, depths=DEPTHS)
        picks.append(chosen.id)
        used[chosen.id] = day
    assert len(set(picks)) == 12
    again = choose(library, day=DAY + timedelta(12), used=used, depths=DEPTHS)
    assert again is not None  # all used: the least recently used come back


@pytest.mark.parametrize("pace", ["gentle", "reflective", "deep"])
def test_pace_caps_depth_even_when_everything_allowed_was_used(pace):
    library = small_library()
    used: dict[str, date] = {}
    for offset in range(40):
        day = DAY + timedelta(offset)
        chosen = choose(library, day=day, used=used, depths=PACE_DEPTHS[pace])
        assert chosen.depth in PACE_DEPTHS[pace]
        used[chosen.id] = day


def test_category_filter():
    chosen = choose(small_library(), day=DAY, used={}, depths=DEPTHS, category="beta")
    assert chosen.category == "beta"


def test_the_weekly_questions_are_the_weeks_own_and_quiet_ones_only_for_a_quiet_week():
    library = small_library()
    library.categories["weekly-reflection"] = Category("weekly-reflection", "Weekly", "")
    for index, tags in enumerate(((), (), (), ("quiet-week",), ("quiet-week",))):
        prompt = Prompt(
            f"weekly.{index}", f"weekly {index}", "gentle", "weekly-reflection", (), tags
        )
        library.prompts[prompt.id] = prompt
    fuller = weekly_prompts(library, "2026-W47", DEPTHS, quiet=False)
    assert len(fuller) == 3 and not any("quiet-week" in p.tags for p in fuller)
    assert weekly_prompts(library, "2026-W47", DEPTHS, quiet=False) == fuller
    quiet = weekly_prompts(library, "2026-W47", DEPTHS, quiet=True)
    assert [("quiet-week" in p.tags) for p in quiet] == [True, True, False]
    assert weekly_prompts(library, "2026-W47", ("reflective",), quiet=False) == []


def test_the_grounding_line_is_short_and_the_same_all_day():
    library = load_library()
    line = grounding_line(library, DAY)
    assert line is not None and line.category == "grounding" and line.depth == "gentle"
    assert grounding_line(library, DAY) == line
    assert grounding_line(small_library(), DAY) is None


# how deep today's prompt may go ------------------------------------------------------


@pytest.mark.parametrize("pace", ["gentle", "reflective", "deep"])
def test_the_pace_caps_the_depth(pace):
    assert depths_today(pace=pace, distress=None, threshold=8) == PACE_DEPTHS[pace]
    assert depths_today(pace=pace, distress=7, threshold=8) == PACE_DEPTHS[pace]


@pytest.mark.parametrize("distress", [8, 10])
@pytest.mark.parametrize("pace", ["gentle", "reflective", "deep"])
def test_a_hard_day_keeps_prompts_gentle(pace, distress):
    assert depths_today(pace=pace, distress=distress, threshold=8) == ("gentle",)
    asked = depths_today(pace=pace, distress=distress, threshold=8, depth=" Gentle ")
    assert asked == ("gentle",)


def test_a_lower_threshold_makes_more_days_hard():
    assert depths_today(pace="deep", distress=5, threshold=5) == ("gentle",)
    assert depths_today(pace="deep", distress=4, threshold=5) == DEPTHS


def test_a_depth_asked_for_is_given_when_the_day_and_the_pace_allow_it():
    assert depths_today(pace="deep", distress=3, threshold=8, depth="DEEP") == ("deep",)
    assert depths_today(pace="reflective", distress=None, threshold=8, depth="reflective") == (
        "reflective",
    )


@pytest.mark.parametrize(
    ("pace", "distress", "depth", "said"),
    [
        ("deep", None, "bottomless", "Depth is one of gentle, reflective, deep; got 'bottomless'."),
        ("deep", None, "", "Depth is one of gentle, reflective, deep; got ''."),
        (
            "deep",
            9,
            "reflective",
            "You rated your distress 9 today, so prompts stay gentle today and reflective ones "
            "are not offered. `rj write --prompt ID` still opens any prompt you choose.",
        ),
        (  # a hard day is said first, even when the pace would refuse too
            "gentle",
            8,
            "deep",
            "You rated your distress 8 today, so prompts stay gentle today and deep ones "
            "are not offered. `rj write --prompt ID` still opens any prompt you choose.",
        ),
        (
            "reflective",
            7,
            "deep",
            "Your pace is reflective, so deep prompts are not offered. Deep prompts come closer "
            "to the hardest things; they can be easier with someone to talk to, and with time "
            "to rest afterwards. If you feel ready, `--pace deep` shows one this time; "
            "`rj config set pace deep` changes it.",
        ),
    ],
)
def test_a_depth_the_day_or_the_pace_does_not_allow_is_refused(pace, distress, depth, said):
    with pytest.raises(JournalError) as refused:
        depths_today(pace=pace, distress=distress, threshold=8, depth=depth)
    assert refused.value.message == said


# the commands ------------------------------------------------------------------------


def test_answering_prompts_today_does_not_change_todays_prompt(rj):
    library = [p["id"] for p in json.loads(rj("prompts", "list", "--json").stdout)]
    for prompt_id in library[:6]:  # some history: answered five days ago
        rj("write", "answered before", "--prompt", prompt_id, "--date", "5 days ago")
    first = json.loads(rj("prompt", "--json").stdout)
    for prompt_id in [first["id"], *library[:6]]:  # then, today, answered again
        rj("write", "answered today", "--prompt", prompt_id)
    assert json.loads(rj("prompt", "--json").stdout) == first


def test_a_prompt_answered_recently_is_not_offered_again(rj):
    first = json.loads(rj("prompt", "--json").stdout)
    rj("write", "answered", "--prompt", first["id"], "--date", "yesterday")
    assert json.loads(rj("prompt", "--json").stdout)["id"] != first["id"]


def test_rj_prompt_is_stable_and_respects_pace(rj):
    first = json.loads(rj("prompt", "--json").stdout)
    assert json.loads(rj("prompt", "--json").stdout) == first
    another = rj("prompt", "--another")
    assert "rj write --prompt" in " ".join(another.stdout.split())
    assert first["depth"] in ("gentle", "reflective")  # default pace: reflective
    other = json.loads(rj("prompt", "--another", "--json").stdout)
    assert other["id"] != first["id"]
    refused = rj("prompt", "--depth", "deep")
    assert refused.exit_code == 1
    assert "Your pace is reflective, so deep prompts are not offered." in refused.stderr
    deep = json.loads(rj("prompt", "--depth", "deep", "--pace", "deep", "--json").stdout)
    assert deep["depth"] == "deep"
    rj("config", "set", "pace", "gentle")
    for flag in ([], ["--another"]):
        assert json.loads(rj("prompt", *flag, "--json").stdout)["depth"] == "gentle"
    grounding = json.loads(rj("prompt", "--category", "grounding", "--json").stdout)
    assert grounding["category"] == "grounding"
    assert rj("prompt", "--category", "nope").exit_code == 1


def test_prompts_categories_and_list(rj):
    cats = json.loads(rj("prompts", "categories", "--json").stdout)
    assert CATEGORIES <= {c["name"] for c in cats}
    assert sum(c["prompts"] for c in cats) >= 120
    values = json.loads(rj("prompts", "list", "--category", "values", "--json").stdout)
    assert values and all(p["category"] == "values" for p in values)
    assert rj("prompts", "show", "no.such.prompt").exit_code == 1
    assert "Grounding" in rj("prompts", "categories").stdout


def test_today_shows_the_prompt_and_practice(rj):
    prompt = json.loads(rj("prompt", "--json").stdout)
    screen = rj("today").stdout
    assert " ".join(prompt["text"].split()[:4]) in " ".join(screen.split())
    assert "You wrote on" not in screen  # a quiet week is not remarked on
    rj("write", "today's words")
    rj("write", "earlier", "--date", "3 days ago")
    data = json.loads(rj("today", "--json").stdout)
    assert data["days_written_last_7"] == 2
    assert data["prompt"]["id"] == prompt["id"]
    assert "You wrote on 2 of the last 7 days." in rj("today").stdout


def test_the_bundled_packs_are_read_once_then_from_a_private_cache(tmp_path):
    import os
    import stat

    bundled, cache = tmp_path / "bundled", tmp_path / "cache"
    pack = write_pack(bundled, "mine.yaml", GOOD)
    first = load_library(cache_dir=cache, bundled=bundled)
    (cached,) = cache.iterdir()
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert load_library(cache_dir=cache, bundled=bundled).prompts == first.prompts
    # Same size and time, other words: the cache answers (the file is not read again)
    before = pack.stat()
    pack.write_text(GOOD.replace("one sound", "two sound"), encoding="utf-8")
    os.utime(pack, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert load_library(cache_dir=cache, bundled=bundled).get("my-pack.one").text == (
        "You might notice one sound around you."
    )
    # A changed pack (here, a new time) is read again
    os.utime(pack, ns=(before.st_atime_ns, before.st_mtime_ns + 10**9))
    again = load_library(cache_dir=cache, bundled=bundled)
    assert again.get("my-pack.one").text == "You might notice two sound around you."
    assert again.get("my-pack.one").follow_ups == ("Where does it come from?",)
    # A cache that is damaged is ignored and made again
    cached.write_text("{not json", encoding="utf-8")
    assert load_library(cache_dir=cache, bundled=bundled).prompts == again.prompts
    assert json.loads(cached.read_text(encoding="utf-8"))["format"] == 1


def test_a_cache_that_cannot_be_written_is_only_slower(tmp_path):
    bundled = tmp_path / "bundled"
    write_pack(bundled, "mine.yaml", GOOD)
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder would be")
    assert "my-pack.two" in load_library(cache_dir=blocked, bundled=bundled).prompts
