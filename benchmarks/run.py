"""``make bench``: throughput, memory, start-up, baseline and accuracy of crosscheck in one run.

    .venv/bin/python benchmarks/run.py            # everything (several minutes)
    .venv/bin/python benchmarks/run.py --quick    # no 10,000-document batch, no baseline

Prints one table and writes ``benchmarks/out/results.json`` (plus the profile listing). The
corpora are generated into a temporary folder on every run; see ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import accuracy  # noqa: E402
import baseline  # noqa: E402
import corpus  # noqa: E402
import install as installs  # noqa: E402
import table  # noqa: E402
import throughput  # noqa: E402

OUT = HERE / "out"
SCALING_SIZES = (2500, 5000, 10000)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="benchmarks/run.py", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the 10k batch and baseline")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure (median)")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile pass")
    parser.add_argument("--no-accuracy", action="store_true", help="skip the accuracy scores")
    parser.add_argument(
        "--published-as-options",
        action="store_true",
        help="give TempEval dates as --published FILE=DATE instead of .meta.json sidecars",
    )
    parser.add_argument(
        "--python",
        type=Path,
        default=Path(sys.executable),
        help="interpreter of the crosscheck install to measure",
    )
    parser.add_argument(
        "--live",
        action="store_true",
        help="measure the tree as it changes instead of a copy of crosscheck/ taken at the start",
    )
    parser.add_argument("--out", type=Path, default=OUT, help="folder for results.json")
    return parser.parse_args(argv)


def _profile(install: installs.Install, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [str(install.python), str(HERE / "hotspots.py"), *args],
        cwd=install.cwd,
        env=install.env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()
        return {"error": f"exit {done.returncode}: {tail[-1] if tail else ''}"}
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _ratios(results: dict[str, Any]) -> dict[str, float | None]:
    ours = results["throughput"].get("distinct", {}).get("jobs", {}).get("1", {})
    base = results.get("baseline", {})
    both = base.get("modes", {}).get("both", {}) if base.get("available") else {}
    gross = net = None
    if ours.get("kb_per_s") and both.get("kb_per_s"):
        gross = round(ours["kb_per_s"] / both["kb_per_s"], 1)
    if ours.get("net_kb_per_s") and both.get("in_process_kb_per_s"):
        net = round(ours["net_kb_per_s"] / both["in_process_kb_per_s"], 1)
    return {"gross": gross, "net": net}


def _memory_10k(results: dict[str, Any]) -> float | None:
    peaks = [
        p["tree_peak_mb"]
        for p in results.get("scaling", {}).get("points", [])
        if p["documents"] == max(SCALING_SIZES) and p["ok"]
    ]
    peaks += [
        e["tree_peak_mb"] for e in results.get("batch", {}).get("jobs", {}).values() if e.get("ok")
    ]
    return max(peaks) if peaks else None


def bench(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    python: Path = args.python
    install = installs.live(python, work) if args.live else installs.snapshot(python, work)
    options = throughput.cli_options(install)
    jobs = (1, 2)
    results: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1,
            "platform": platform.platform(),
        },
        "quick": args.quick,
        "repeats": args.repeat,
        "command": list(install.command),
        "measured": install.source,
        "cli_options": sorted(options),
    }
    outputs = work / "outputs"
    outputs.mkdir()
    seeds = corpus.seeds(work / "seeds")
    distinct = corpus.distinct(work / "distinct", sidecars=not args.published_as_options)
    tiny = corpus.tiny(work / "tiny")
    results["startup"] = throughput.startup(install)
    fixed = throughput.fixed_cost(install, tiny, outputs, options)
    results["fixed_cost_s"] = round(fixed, 4)
    results["fixed_cost_cold_s"] = round(
        throughput.fixed_cost(installs.cold(install), tiny, outputs, options), 4
    )
    results["throughput"] = {
        item.name: throughput.measure_corpus(
            install,
            item,
            outputs,
            options=options,
            jobs=jobs,
            times=args.repeat,
            fixed=fixed,
            published_as_options=args.published_as_options,
        )
        for item in (seeds, distinct)
    }
    if not args.quick:
        batches = [corpus.batch(work / f"batch-{n}", n) for n in SCALING_SIZES]
        results["scaling"] = throughput.scaling(
            install, batches, outputs, options=options, fixed=fixed
        )
        results["batch"] = throughput.measure_corpus(
            install,
            batches[-1],
            outputs,
            options=options,
            jobs=jobs,
            times=1,
            fixed=fixed,
            by_folder=True,
        )
        results["memory_10k_mb"] = _memory_10k(results)
        results["baseline"] = baseline.measure(distinct, work, times=args.repeat)
    results["ratios"] = _ratios(results)
    if not args.no_accuracy:
        results["accuracy"] = accuracy.all_scores(install)
    if not args.no_profile:
        results["profile"] = _profile(
            install, str(distinct.path), str(args.out), "profile-distinct"
        )
        results["profile"]["corpus_name"] = "distinct"
        results["profile_fixed_cost"] = _profile(
            install, "--fixed-cost", str(tiny.path / "tiny.txt"), str(args.out)
        )
    results["targets"] = table.targets(results)
    return results


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="crosscheck-bench-") as tmp:
        results = bench(args, Path(tmp))
    (args.out / "results.json").write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    text = table.render(results)
    (args.out / "results.txt").write_text(text, "utf-8")
    sys.stdout.write(text)
    sys.stdout.write(f"\nwritten: {args.out / 'results.json'}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
