"""End-to-end throughput of ``crosscheck report`` as a subprocess, process start included.

Every figure comes from whole runs of the installed command, as a user would run it:
``crosscheck report CORPUS --format json --quiet --output FILE [--jobs N]``. KB are 1,000 bytes of
the documents' UTF-8 text. ``net`` figures subtract the fixed cost of a run (the median wall time
of a report on one tiny document: interpreter start, imports, lexicon, output) so that small
corpora can be compared with large ones.
"""

from __future__ import annotations

import json
import math
import os
import re
import statistics
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from corpus import Corpus
from install import Install
from measure import Repeated, repeat, run

HELP_TARGET_S = 0.3
OPTIONS = ("--format", "--output", "--quiet", "--jobs", "--by-folder", "--published")


def cli_options(install: Install) -> set[str]:
    """Which of the benchmark's options ``crosscheck report --help`` documents."""
    done = subprocess.run(
        [*install.command, "report", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=install.cwd,
        env={**(install.env or os.environ), "COLUMNS": "200", "TERM": "dumb", "NO_COLOR": "1"},
        check=False,
    )
    text = done.stdout + done.stderr
    return {opt for opt in OPTIONS if re.search(rf"{re.escape(opt)}\b", text)}


def report_argv(
    install: Install,
    corpus: Corpus,
    output: Path,
    *,
    options: set[str],
    jobs: int | None = None,
    by_folder: bool = False,
    published_as_options: bool = False,
) -> list[str]:
    argv = [*install.command, "report", str(corpus.path)]
    wanted: list[tuple[str, list[str]]] = [
        ("--format", ["--format", "json"]),
        ("--quiet", ["--quiet"]),
        ("--output", ["--output", str(output)]),
    ]
    if jobs is not None:
        wanted.append(("--jobs", ["--jobs", str(jobs)]))
    if by_folder:
        wanted.append(("--by-folder", ["--by-folder"]))
    if published_as_options and corpus.published:
        wanted.append(("--published", corpus.published_options()))
    for name, args in wanted:
        if name in options:
            argv += args
    return argv


def rates(corpus: Corpus, seconds: float, fixed: float = 0.0) -> dict[str, float | None]:
    """KB/s and documents/s, gross (whole wall time) and net of the fixed cost of a run."""
    net = seconds - fixed
    return {
        "seconds": round(seconds, 4),
        "kb_per_s": round(corpus.kilobytes / seconds, 1),
        "docs_per_s": round(corpus.documents / seconds, 1),
        "net_kb_per_s": round(corpus.kilobytes / net, 1) if net > 0.005 else None,
    }


def report_counts(path: Path) -> dict[str, int]:
    """Documents, unreadable documents, claims and groups in a JSON report (or its events)."""
    data = json.loads(path.read_text("utf-8"))
    reports = data.get("events", [data]) if isinstance(data, dict) else []
    counts = {"documents": 0, "unreadable": 0, "claims": 0, "groups": 0}
    for report in reports:
        docs = report.get("documents", [])
        counts["documents"] += len(docs)
        counts["unreadable"] += sum(1 for d in docs if d.get("error"))
        counts["claims"] += len(report.get("claims", []))
        counts["groups"] += len(report.get("groups", []))
    return counts


def _summary(result: Repeated) -> dict[str, Any]:
    return {
        "ok": result.ok,
        "error": result.error,
        "runs": [round(r.seconds, 4) for r in result.runs],
        "peak_mb": round(result.peak_mb, 1),
        "tree_peak_mb": round(result.tree_peak_mb, 1),
    }


def measure_corpus(
    install: Install,
    corpus: Corpus,
    workdir: Path,
    *,
    options: set[str],
    jobs: Sequence[int],
    times: int,
    fixed: float,
    by_folder: bool = False,
    published_as_options: bool = False,
) -> dict[str, Any]:
    """Each ``--jobs`` value ``times`` times; median wall time; outputs compared byte for byte."""
    out: dict[str, Any] = {
        "documents": corpus.documents,
        "kilobytes": round(corpus.kilobytes, 1),
        "by_folder": by_folder,
        "jobs": {},
    }
    outputs: dict[int, bytes] = {}
    for n in jobs:
        target = workdir / f"{corpus.name}{'-events' if by_folder else ''}-j{n}.json"
        argv = report_argv(
            install,
            corpus,
            target,
            options=options,
            jobs=n,
            by_folder=by_folder,
            published_as_options=published_as_options,
        )
        result = repeat(argv, times, env=install.env, cwd=install.cwd)
        entry = _summary(result)
        if result.ok:
            entry |= rates(corpus, result.seconds, fixed)
            entry["kb_per_s_per_core"] = round(corpus.kilobytes / result.seconds / n, 1)
            if target.exists():
                outputs[n] = target.read_bytes()
                entry["report"] = report_counts(target)
        out["jobs"][str(n)] = entry
    if len(outputs) > 1:
        first = outputs[min(outputs)]
        out["outputs_identical"] = all(data == first for data in outputs.values())
    return out


def fixed_cost(install: Install, tiny: Corpus, workdir: Path, options: set[str]) -> float:
    """Median wall time of a report on one tiny document (5 runs), or 0.0 if it fails.

    One run first, unmeasured, fills the install's start-up cache (if it has one on).
    """
    argv = report_argv(install, tiny, workdir / "tiny.json", options=options)
    repeat(argv, 1, env=install.env, cwd=install.cwd)
    result = repeat(argv, 5, env=install.env, cwd=install.cwd)
    return result.seconds if result.ok else 0.0


def startup(install: Install, *, times: int = 5) -> dict[str, Any]:
    """``crosscheck --help`` wall time (median of ``times``), against a bare interpreter start."""
    helped = repeat([*install.command, "--help"], times, env=install.env, cwd=install.cwd)
    bare = repeat([str(install.python), "-c", "pass"], times, env=install.env, cwd=install.cwd)
    out: dict[str, Any] = {
        "help_s": round(helped.seconds, 4),
        "python_s": round(bare.seconds, 4),
        "target_s": HELP_TARGET_S,
        "ok": helped.ok,
        "error": helped.error,
        "meets_target": helped.ok and helped.seconds < HELP_TARGET_S,
        "slowest_imports": slowest_imports(install),
    }
    return out


def slowest_imports(install: Install, top: int = 8) -> list[dict[str, Any]]:
    """The modules (two levels deep) that ``import crosscheck.cli`` spends most time on."""
    done = subprocess.run(
        [str(install.python), "-X", "importtime", "-c", "import crosscheck.cli"],
        cwd=install.cwd,
        env=install.env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    rows: list[tuple[int, str]] = []
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2].rstrip()
        depth = (len(name) - len(name.lstrip()) + 1) // 2
        if 1 <= depth <= 2 and name.strip() != "crosscheck.cli":
            rows.append((int(parts[1]), name.strip()))
    rows.sort(reverse=True)
    return [{"module": name, "ms": round(us / 1000, 1)} for us, name in rows[:top]]


def scaling(
    install: Install,
    batches: Sequence[Corpus],
    workdir: Path,
    *,
    options: set[str],
    fixed: float,
    jobs: int = 1,
) -> dict[str, Any]:
    """One run per batch size, as one event: time per document and the growth exponent."""
    points: list[dict[str, Any]] = []
    for corpus in batches:
        target = workdir / f"{corpus.name}-scaling.json"
        argv = report_argv(
            install,
            corpus,
            target,
            options=options,
            jobs=jobs,
        )
        one = run(argv, env=install.env, cwd=install.cwd)
        point: dict[str, Any] = {
            "documents": corpus.documents,
            "kilobytes": round(corpus.kilobytes, 1),
            "ok": one.ok,
            "error": None if one.ok else f"exit {one.returncode}: {one.stderr_tail}",
            "peak_mb": round(one.peak_mb, 1),
            "tree_peak_mb": round(one.tree_peak_mb, 1),
        }
        if one.ok:
            if target.exists():
                point["report"] = report_counts(target)
            point |= rates(corpus, one.seconds, fixed)
            point["ms_per_doc"] = round(1000 * (one.seconds - fixed) / corpus.documents, 3)
        points.append(point)
        target.unlink(missing_ok=True)
    good = [p for p in points if p["ok"]]
    exponent = None
    if len(good) >= 2 and good[0]["seconds"] > fixed and good[-1]["seconds"] > fixed:
        xs = [math.log(p["documents"]) for p in good]
        ys = [math.log(p["seconds"] - fixed) for p in good]
        exponent = round(statistics.linear_regression(xs, ys).slope, 3)
    return {"jobs": jobs, "points": points, "exponent": exponent}
