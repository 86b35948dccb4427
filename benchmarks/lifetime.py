"""How rj feels with a lifetime of entries: 1k, 10k and 100k synthetic entries.

    uv run python benchmarks/lifetime.py            # all sizes
    uv run python benchmarks/lifetime.py 1000 10000 # some sizes
    uv run python benchmarks/lifetime.py --only exchange 100000   # export and import only

Builds each journal once (in a temp dir, through JournalStore so the schema is the real one),
then times whole `rj` processes, the way a person meets them: the median of several runs,
wall-clock seconds, and the peak memory of the process (ru_maxrss). Nothing here is a test;
targets and figures are reported in the issue notes.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from resilience_journal.dates import week_label
from resilience_journal.store import JournalStore

WORDS = (
    "walk river sister tea panic breath sleep morning window rain kind hard small step "
    "garden call letter fear calm work friend laugh night quiet brave ordinary home"
).split()
RUNS = 7


def build(path: Path, count: int) -> None:
    rng = random.Random(count)
    store = JournalStore(path)
    start = date(2026, 11, 22) - timedelta(days=count // 2)
    tags = [f"tag{i}" for i in range(40)]
    values = ["honesty", "health", "connection", "rest", "courage", "growth"]
    prompt_ids = [None, None, "grounding.feet", "small-wins.boundary", "values.tiny-step"]
    with store.write():
        for name in values:
            store.db["journal_values"].insert(
                {"uuid": str(uuid.uuid4()), "name": name, "description": None,
                 "created_at": "2020-01-01T00:00:00+00:00", "archived_at": None}
            )  # fmt: skip
        for index in range(count):
            day = start + timedelta(days=index // 2)
            stamp = f"{day.isoformat()}T{8 + index % 2 * 10:02d}:00:00+00:00"
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 400)))
            entry_id = (
                store.db["entries"]
                .insert(
                    {
                        "uuid": str(uuid.uuid4()),
                        "kind": "entry",
                        "created_at": stamp,
                        "updated_at": stamp,
                        "day": day.isoformat(),
                        "title": None,
                        "body": body,
                        "words": len(body.split()),
                        "mood": rng.randint(0, 10),
                        "prompt_id": rng.choice(prompt_ids),
                    }
                )
                .last_pk
            )
            store._link_tags(entry_id, rng.sample(tags, rng.randint(0, 2)))
            if rng.random() < 0.4:
                store.link_values("entry", entry_id, [rng.choice(values)])
            if index % 2:  # once a day: 1-3 small wins, about one per entry in all
                for _ in range(rng.randint(1, 3)):
                    win_id = store.db["wins"].insert(
                        {"uuid": str(uuid.uuid4()), "created_at": stamp, "updated_at": stamp,
                         "day": day.isoformat(), "text": " ".join(rng.sample(WORDS, 5))}
                    ).last_pk  # fmt: skip
                    if rng.random() < 0.6:
                        store.link_values("win", win_id, [rng.choice(values)])
            if index % 14 == 13:  # a weekly review on the week's last day
                review = " ".join(rng.choice(WORDS) for _ in range(rng.randint(60, 200)))
                week = week_label(day - timedelta(days=6))
                store.db["entries"].insert(
                    {"uuid": str(uuid.uuid4()), "kind": "review", "created_at": stamp,
                     "updated_at": stamp, "day": day.isoformat(), "title": None, "body": review,
                     "words": len(review.split()), "review_week": week}
                )  # fmt: skip
            if index % 14 == 0:  # a values check-in each week
                for value_id in range(1, len(values) + 1):
                    store.db["value_ratings"].insert(
                        {"uuid": str(uuid.uuid4()), "value_id": value_id, "rated_at": stamp,
                         "day": day.isoformat(), "importance": rng.randint(5, 10),
                         "consistency": rng.randint(1, 10)}
                    )  # fmt: skip
    store.close()


def timed(args: list[str], env: dict[str, str], runs: int = RUNS) -> tuple[float, float]:
    """Median wall-clock seconds of `runs` runs after a warm-up, and peak MiB. In `args`,
    {home} is the journal's folder and {run} the run's number (for a fresh file each run)."""
    times = []
    peak = 0.0
    for run in range(runs + 1):  # the first run warms the caches and is not counted
        args_now = [arg.format(home=env["RJ_HOME"], run=run) for arg in args]
        before = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "resilience_journal", *args_now],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, args
        if run == 0:
            continue
        times.append(time.perf_counter() - before)
        peak = max(peak, usage.ru_maxrss / 1024)
    return statistics.median(times), peak


COMMANDS = [
    ["--version"],
    ["write", "A short line for the benchmark."],
    ["today"],
    ["list"],
    ["list", "--json", "-n", "100"],
    ["list", "--tag", "tag7", "-n", "20"],
    ["show", "1"],
    ["search", "sister", "calm"],
    ["win", "A small win for the benchmark."],
    ["win", "A win for a value.", "--value", "health"],
    ["wins"],
    ["wins", "--value", "rest"],
    ["values", "list"],
    ["alignment"],
    ["streak"],
    ["stats"],
    ["review", "--no-write"],
    ["review", "--week", "2026-W40", "--no-write"],
    ["reviews"],
]


# Export and import: whole-journal commands, so fewer runs. The JSON export made by the
# second command is what the import reads, each run into a new journal.
EXCHANGE = [
    (["export", "-o", "{home}/export.md"], RUNS),
    (["export", "--format", "json", "-o", "{home}/export.json"], RUNS),
    (["export", "--split", "{home}/vault"], 3),
    (["--db", "{home}/imported-{run}.db", "import", "{home}/export.json"], 3),
]


def main(sizes: list[int], only: str = "all") -> None:
    print(f"{'entries':>8}  {'command':<34} {'median s':>9} {'peak MB':>8}")
    for size in sizes:
        with tempfile.TemporaryDirectory() as home:
            env = {**os.environ, "RJ_HOME": home, "NO_COLOR": "1"}
            # A person's machine caches compiled modules; without that every run recompiles
            # every module (this sandbox sets PYTHONDONTWRITEBYTECODE=1).
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            began = time.perf_counter()
            build(Path(home) / "journal.db", size)
            built = time.perf_counter() - began
            mb = (Path(home) / "journal.db").stat().st_size / 1e6
            print(f"{size:>8}  (built in {built:.1f} s, {mb:.0f} MB)")
            plan = [(args, RUNS) for args in COMMANDS] if only == "all" else []
            for args, runs in plan + EXCHANGE:
                seconds, peak = timed(args, env, runs)
                shown = " ".join(args).replace("{home}/", "").replace("-{run}", "")
                print(f"{size:>8}  {shown:<34} {seconds:>9.3f} {peak:>8.1f}", flush=True)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    only = "all"
    if arguments[:1] == ["--only"]:
        only, arguments = arguments[1], arguments[2:]
    main([int(a) for a in arguments] or [1_000, 10_000, 100_000], only)
