"""How rj feels with a lifetime of journaling, and how it compares with jrnl.

    uv run python benchmarks/run.py                         # 1k, 10k and 100k entries
    uv run python benchmarks/run.py 1000 10000              # some sizes
    uv run python benchmarks/run.py --jrnl /tmp/jrnl-venv   # and jrnl, side by side
    uv run python benchmarks/run.py --only search,list 100000   # to a temporary file

Builds each journal once in a temporary folder (benchmarks/synthetic.py), then times every
command as a whole process, the way a person meets it: the median wall-clock time of --runs
runs (default 5) after one warm-up run, and the peak memory of the process (ru_maxrss).
Prints a table as it goes, checks each figure against its target, and writes everything as
JSON (--out, default benchmarks/results.json). Nothing here is a test: the figures belong
to the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Command:
    name: str  # for --only, and to pair rj with jrnl
    args: tuple[str, ...]  # {home}: the journal's folder; {run}: the run's number; {mid}: an id
    target: float | None = None  # seconds, at 100k entries
    memory: float | None = None  # MiB, at 100k entries
    flat: bool = False  # within 20% from 1k to 100k


RJ = [
    Command("help", ("--help",), 0.15, flat=True),
    Command("version", ("--version",)),
    Command("win", ("win", "Drank water before coffee."), 0.2, flat=True),
    Command("write", ("write", "A short line for the benchmark."), 0.2, flat=True),
    Command("list", ("list", "-n", "10"), 0.3),
    Command("list-tag", ("list", "--tag", "tag7", "-n", "20"), 0.3),
    Command("show", ("show", "{mid}"), 0.3),
    Command("search", ("search", "hospital"), 0.3),  # in a quarter of the entries
    Command("search-two", ("search", "sister", "garden"), 0.3),
    Command("search-every", ("search", "today"), 0.3),  # in nearly every entry
    Command("search-cjk", ("search", "公園"), 0.5),  # inside a sentence, in 1 entry in 25
    Command("search-emoji", ("search", "🌱"), 0.5),  # in 1 entry in 20
    Command("recall", ("recall", "hospital"), 0.3),
    Command("today", ("today",), 0.3),
    Command("stats", ("stats",), 0.4),
    Command("streak", ("streak",), 0.4),
    Command("review", ("review", "--no-write"), 0.4),
    Command("review-month", ("review", "--month", "--no-write"), 0.4),
    Command("growth", ("growth",), 0.3),
    Command("alignment", ("alignment",), 0.4),
    Command("wins", ("wins",)),
    Command("list-json", ("list", "--json"), None, 100),  # every entry, streamed
    Command("wins-json", ("wins", "--json"), None, 100),
    Command("search-json", ("search", "--json", "today"), None, 100),  # every match, streamed
    Command("values", ("values", "list")),
    Command("reviews", ("reviews",)),
    Command("goals", ("goals",)),
    Command("beliefs", ("belief", "list"), 0.3),
    Command("story", ("story", "show"), 0.3),
    Command("dates", ("dates",), 0.3),
    Command("export-md", ("export", "-o", "{home}/export.md"), 5.0, 150),
    Command("export-json", ("export", "--format", "json", "-o", "{home}/export.json"), 5.0, 150),
    Command(
        "import", ("--db", "{home}/imported-{run}.db", "import", "{home}/export.json"), 20.0, 150
    ),
]
# jrnl's nearest equivalents. Adding is timed at 10k only: at 100k it takes about 15 minutes
# (its similar-tag check is quadratic in tag occurrences).
JRNL = [
    Command("help", ("--help",)),
    Command("write", ("A short line for the benchmark.",)),
    Command("list", ("-n", "10")),
    Command("search", ("-contains", "hospital")),
    Command("export-md", ("--export", "markdown")),
]
JRNL_LARGEST_ADD = 10_000
# At least this many times faster than jrnl, at these sizes.
RATIO_TARGETS = {("list", 100_000): 10, ("search", 100_000): 10, ("write", 10_000): 20}


@dataclass
class Result:
    tool: str
    entries: int
    command: str
    shown: str
    median_s: float
    min_s: float
    peak_mib: float
    runs: int
    target_s: float | None = None
    target_mib: float | None = None


def timed(
    argv: list[str], env: dict[str, str], runs: int, fill: dict[str, str]
) -> tuple[float, float, float]:
    """Median and fastest wall-clock seconds of `runs` runs after a warm-up, and peak MiB."""
    times, peak = [], 0.0
    for run in range(runs + 1):
        args = [arg.format(run=run, **fill) for arg in argv]
        before = time.perf_counter()
        with tempfile.TemporaryFile() as errors:  # a file, so a chatty command never blocks
            proc = subprocess.Popen(
                args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors
            )
            _, status, usage = os.wait4(proc.pid, 0)
            elapsed = time.perf_counter() - before
            if os.waitstatus_to_exitcode(status) != 0:
                errors.seek(0)
                raise SystemExit(f"{' '.join(args)} failed: {errors.read().decode()[-500:]}")
        if run:  # the first run warms the caches and is not counted
            times.append(elapsed)
            peak = max(peak, usage.ru_maxrss / 1024)
    return statistics.median(times), min(times), peak


def rj_command() -> list[str]:
    """The `rj` a person runs: the console script beside this Python."""
    script = Path(sys.executable).with_name("rj")
    return [str(script)] if script.exists() else [sys.executable, "-m", "resilience_journal"]


def jrnl_command(where: str) -> list[str]:
    path = Path(where).expanduser()
    script = path / "bin" / "jrnl" if path.is_dir() else path
    if not script.exists():
        raise SystemExit(
            f"No jrnl at {script}: make one with `python3 -m venv /tmp/jrnl-venv &&"
            " /tmp/jrnl-venv/bin/pip install jrnl==4.6`."
        )
    return [str(script)]


def machine() -> dict[str, object]:
    return {
        "date": date.today().isoformat(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def line(result: Result) -> str:
    target, verdict = "", ""
    if result.target_s is not None:
        target = f"≤{result.target_s:g} s" + (
            f", ≤{result.target_mib:g} MiB" if result.target_mib else ""
        )
        if result.entries == 100_000:
            met = result.median_s <= result.target_s and (
                result.target_mib is None or result.peak_mib <= result.target_mib
            )
            verdict = "met" if met else "OVER"
    return (
        f"{result.tool:<5} {result.entries:>7}  {result.shown:<44} {result.median_s:>8.3f}"
        f" {result.peak_mib:>7.0f}  {target:<18} {verdict}"
    )


def run_size(size: int, args: argparse.Namespace, results: list[Result]) -> None:
    with tempfile.TemporaryDirectory(prefix="rj-bench-") as folder:
        home = Path(folder)
        env = {**os.environ, "RJ_HOME": str(home), "NO_COLOR": "1", "TERM": "dumb"}
        # A person's machine caches compiled modules; without that every run would
        # recompile every module (some sandboxes set PYTHONDONTWRITEBYTECODE=1).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("RJ_PASSPHRASE", None)
        began = time.perf_counter()
        build = [sys.executable, str(HERE / "synthetic.py")]
        subprocess.run(
            [*build, "rj", str(home / "journal.db"), str(size), *rj_command()], env=env, check=True
        )
        size_mb = (home / "journal.db").stat().st_size / 1e6
        print(
            f"# {size:,} entries: rj journal built in {time.perf_counter() - began:.0f} s,"
            f" {size_mb:.0f} MB",
            flush=True,
        )
        fill = {"home": str(home), "mid": str(size // 2)}
        for command in RJ:
            if args.only and command.name not in args.only:
                continue
            median, fastest, peak = timed(rj_command() + list(command.args), env, args.runs, fill)
            shown = "rj " + " ".join(command.args).replace("{home}/", "").replace("-{run}", "")
            result = Result(
                "rj",
                size,
                command.name,
                shown.replace("{mid}", fill["mid"]),
                median,
                fastest,
                peak,
                args.runs,
                command.target,
                command.memory,
            )
            results.append(result)
            print(line(result), flush=True)
        if args.jrnl:
            run_jrnl(size, home, env, args, results)


def run_jrnl(
    size: int, home: Path, env: dict[str, str], args: argparse.Namespace, results: list[Result]
) -> None:
    journal, config = home / "journal.txt", home / "journal.yaml"
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, str(HERE / "synthetic.py"), "jrnl", str(journal), str(size)],
        env=env,
        check=True,
    )
    print(
        f"# {size:,} entries: jrnl journal written in {time.perf_counter() - began:.0f} s,"
        f" {journal.stat().st_size / 1e6:.0f} MB",
        flush=True,
    )
    jrnl_env = {
        **env,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    for command in JRNL:
        if args.only and command.name not in args.only:
            continue
        if command.name == "write" and size > JRNL_LARGEST_ADD:
            continue
        argv = jrnl_command(args.jrnl) + ["--config-file", str(config), *command.args]
        median, fastest, peak = timed(argv, jrnl_env, args.runs, {})
        shown = "jrnl " + " ".join(command.args)
        results.append(Result("jrnl", size, command.name, shown, median, fastest, peak, args.runs))
        print(line(results[-1]), flush=True)


def run_long_entry(args: argparse.Namespace, results: list[Result]) -> None:
    """The longest entry rj takes (1,000,000 characters), every third word a match: search
    and show must stay bounded however many matches one entry holds."""
    cases = [("long-search", ("search", "calm")), ("long-show", ("show", "1"))]
    cases = [(name, argv) for name, argv in cases if not args.only or name in args.only]
    if not cases:
        return
    with tempfile.TemporaryDirectory(prefix="rj-bench-") as folder:
        env = {**os.environ, "RJ_HOME": folder, "NO_COLOR": "1", "TERM": "dumb"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        body = " ".join(["calm sister word"] * 58_800)[:1_000_000]
        subprocess.run(
            [*rj_command(), "write"], input=body.encode(), env=env, check=True, capture_output=True
        )
        for name, argv in cases:
            median, fastest, peak = timed(rj_command() + list(argv), env, args.runs, {})
            shown = f"rj {' '.join(argv)}  (one 1,000,000-char entry)"
            results.append(Result("rj", 1, name, shown, median, fastest, peak, args.runs))
            print(line(results[-1]), flush=True)


def ratios(results: list[Result]) -> list[dict[str, object]]:
    """jrnl's time over rj's, for each command both ran at the same size."""
    rj = {(r.command, r.entries): r for r in results if r.tool == "rj"}
    rows = []
    for other in (r for r in results if r.tool == "jrnl"):
        mine = rj.get((other.command, other.entries))
        if mine:
            target = RATIO_TARGETS.get((other.command, other.entries))
            faster = other.median_s / mine.median_s
            rows.append(
                {
                    "command": other.command,
                    "entries": other.entries,
                    "rj_s": mine.median_s,
                    "jrnl_s": other.median_s,
                    "times_faster": round(faster, 1),
                    "target": target,
                    "met": None if target is None else faster >= target,
                }
            )
    return rows


def flatness(results: list[Result]) -> list[dict[str, object]]:
    """Commands that should not grow with the journal: the largest size over the smallest."""
    rows = []
    for command in (c for c in RJ if c.flat):
        timed_at = sorted(
            (r.entries, r.median_s) for r in results if r.tool == "rj" and r.command == command.name
        )
        if len(timed_at) > 1:
            (small, first), (large, last) = timed_at[0], timed_at[-1]
            rows.append(
                {
                    "command": command.name,
                    "from": small,
                    "to": large,
                    "growth": round(last / first - 1, 3),
                    "met": abs(last / first - 1) <= 0.2,
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1_000, 10_000, 100_000])
    parser.add_argument(
        "--runs",
        type=int,
        default=5,
        help="timed runs per command, after a warm-up (at least 5 for a figure to report)",
    )
    parser.add_argument(
        "--jrnl",
        metavar="PATH",
        help="a virtual environment (or jrnl script) with jrnl installed, to time side by side",
    )
    parser.add_argument(
        "--only",
        type=lambda text: set(text.split(",")),
        help="comma-separated command names, e.g. list,search",
    )
    parser.add_argument(
        "--out",
        type=Path,
        help="where to write the results as JSON (default: benchmarks/results.json for a whole"
        " run; a temporary file with --only, so a partial run never replaces the record)",
    )
    args = parser.parse_args()
    known = {c.name for c in RJ + JRNL} | {"long-search", "long-show"}
    if args.only and args.only - known:
        parser.error(f"unknown command names {sorted(args.only - known)}; known: {sorted(known)}")
    if args.out is None:
        whole = not args.only
        args.out = HERE / "results.json" if whole else Path(tempfile.mkdtemp()) / "results.json"
    print(
        f"{'tool':<5} {'entries':>7}  {'command':<44} {'median s':>8} {'peak MiB':>7}"
        f"  {'target at 100k':<18}"
    )
    results: list[Result] = []
    for size in args.sizes:
        run_size(size, args, results)
    run_long_entry(args, results)
    summary = {
        "machine": machine(),
        "runs": args.runs,
        "results": [asdict(r) for r in results],
        "jrnl_ratios": ratios(results),
        "flat": flatness(results),
    }
    for row in summary["jrnl_ratios"]:
        aim = (
            f" (target ≥{row['target']}×: {'met' if row['met'] else 'NOT MET'})"
            if row["target"]
            else ""
        )
        print(
            f"jrnl/rj {row['command']:<10} at {row['entries']:>7,}:"
            f" {row['times_faster']:>6}× faster{aim}"
        )
    for row in summary["flat"]:
        print(
            f"flat    {row['command']:<10} {row['from']:,} → {row['to']:,}: {row['growth']:+.0%}"
            f" (target within ±20%: {'met' if row['met'] else 'NOT MET'})"
        )
    args.out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(f"Wrote {args.out}")


if __name__ == "__main__":
    main()
