"""The benchmark's results as one plain-text table, and the targets they are judged against."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

TARGET_KB_S_PER_CORE = 1000.0
TARGET_RATIO = 30.0
TARGET_PEAK_MB = 500.0
TARGET_EXPONENT = 1.15
"""Growth exponent of time against documents below which grouping counts as near-linear."""


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def grid(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    cells = [list(header)] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(row: list[str]) -> str:
        first, *rest = row
        return "  ".join(
            [first.ljust(widths[0])] + [c.rjust(w) for c, w in zip(rest, widths[1:], strict=True)]
        )

    return [line(cells[0]), "  ".join("-" * w for w in widths)] + [line(r) for r in cells[1:]]


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("MET" if ok else "MISSED")


def _judged(target: str, value: Any, met: Callable[[Any], bool | None]) -> dict[str, Any]:
    return {"target": target, "value": value, "met": None if value is None else met(value)}


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target with the figure it is judged on and whether it is met (None: not measured)."""
    distinct = results.get("throughput", {}).get("distinct", {}).get("jobs", {})
    one = distinct.get("1", {})
    big = results.get("batch", {}).get("jobs", {}).get("1", {})
    ratios = results.get("ratios", {})
    start = results.get("startup", {})

    def per_core(value: float) -> bool:
        return value >= TARGET_KB_S_PER_CORE

    def times_baseline(value: float) -> bool:
        return value >= TARGET_RATIO

    out = [
        _judged(f"distinct text, jobs 1, {label}: >= 1,000 KB/s per core", one.get(key), per_core)
        for label, key in (("gross", "kb_per_s"), ("net of fixed cost", "net_kb_per_s"))
    ]
    out.append(
        _judged(
            "10,000-document batch, jobs 1, gross: >= 1,000 KB/s per core",
            big.get("kb_per_s"),
            per_core,
        )
    )
    out += [
        _judged(f"ratio to baseline ({label}): >= 30x", ratios.get(key), times_baseline)
        for label, key in (("gross", "gross"), ("net vs in-process", "net"))
    ]
    out.append(
        _judged(
            "10,000 documents: peak memory < 500 MB",
            results.get("memory_10k_mb"),
            lambda peak: peak < TARGET_PEAK_MB,
        )
    )
    out.append(
        _judged(
            f"grouping near-linear: time ~ docs^k, k <= {TARGET_EXPONENT}",
            results.get("scaling", {}).get("exponent"),
            lambda exponent: exponent <= TARGET_EXPONENT,
        )
    )
    out.append(
        _judged(
            "crosscheck --help < 0.3 s", start.get("help_s"), lambda _: start.get("meets_target")
        )
    )
    identical = [
        corpus.get("outputs_identical")
        for corpus in (*results.get("throughput", {}).values(), results.get("batch", {}))
        if isinstance(corpus, dict) and "outputs_identical" in corpus
    ]
    out.append(
        {
            "target": "--jobs 2 output byte-identical to --jobs 1",
            "value": None,
            "met": all(identical) if identical else None,
        }
    )
    return out


def _throughput_rows(name: str, corpus: dict[str, Any], ratio_base: float | None) -> list[Any]:
    rows = []
    for jobs, entry in sorted(corpus.get("jobs", {}).items(), key=lambda kv: int(kv[0])):
        if not entry.get("ok"):
            rows.append(
                [
                    name,
                    corpus["documents"],
                    corpus["kilobytes"],
                    int(jobs),
                    None,
                    f"FAILED {entry.get('error')}"[:60],
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                ]
            )
            continue
        ratio = round(entry["kb_per_s"] / ratio_base, 1) if ratio_base else None
        rows.append(
            [
                name,
                corpus["documents"],
                corpus["kilobytes"],
                int(jobs),
                entry.get("report", {}).get("claims"),
                entry["seconds"],
                entry["kb_per_s"],
                entry.get("net_kb_per_s"),
                entry["docs_per_s"],
                entry["kb_per_s_per_core"],
                entry["tree_peak_mb"],
                ratio,
            ]
        )
    return rows


def _tallies(scores: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Each nested dict of precision, recall and f1 (a suite, or one finder on a suite)."""
    if not isinstance(scores, dict):
        return
    if {"precision", "recall", "f1"} <= scores.keys():
        yield path, scores
        return
    for key in sorted(scores):
        yield from _tallies(scores[key], f"{path}.{key}" if path else str(key))


def _accuracy(accuracy: dict[str, Any]) -> list[str]:
    """One row per scored suite (P/R/F1), one per split of the events (their ratios)."""
    lines: list[str] = []
    suites: list[list[Any]] = []
    splits: list[tuple[str, dict[str, Any]]] = []
    for module, entry in accuracy.items():
        if not entry.get("available"):
            lines.append(f"{module}: {entry.get('error')}")
            continue
        scores = entry["scores"]
        suites += [
            [f"{module} {where}", t.get("tp"), t.get("fp"), t.get("fn"), t["precision"],
             t["recall"], t["f1"]]
            for where, t in _tallies(scores)
        ]  # fmt: skip
        splits += [
            (f"{module} {name}", tally)
            for name, tally in scores.items()
            if isinstance(tally, dict) and isinstance(tally.get("ratios"), dict)
        ]
    if suites:
        lines += grid(["suite", "tp", "fp", "fn", "precision", "recall", "f1"], suites)
    if splits:
        names = list(splits[0][1]["ratios"])
        rows = [
            [label, *(tally["ratios"].get(n) for n in names), tally.get("violations")]
            for label, tally in splits
        ]
        lines += ["", *grid(["split", *names, "violations"], rows)]
    return lines


def render(results: dict[str, Any]) -> str:
    lines: list[str] = []
    machine = results["machine"]
    lines.append(
        f"crosscheck benchmark — Python {machine['python']}, {machine['cores']} cores, "
        f"repeats {results['repeats']} (median), {'quick' if results['quick'] else 'full'} run"
    )
    start = results.get("startup", {})
    lines.append(
        f"start-up: crosscheck --help {_cell(start.get('help_s'))} s (target < 0.3 s), bare "
        f"python {_cell(start.get('python_s'))} s; fixed cost of a report on one tiny document "
        f"{_cell(results.get('fixed_cost_s'))} s (start-up cache off, as a first run ever: "
        f"{_cell(results.get('fixed_cost_cold_s'))} s)"
    )
    lines.append(f"measured: {results.get('measured')}")
    lines.append(f"CLI options used: {', '.join(results.get('cli_options', [])) or 'none found'}")
    base = results.get("baseline", {})
    base_both = base.get("modes", {}).get("both", {}) if base.get("available") else {}
    lines += ["", "Throughput of `crosscheck report … --format json` (subprocess, start included)"]
    header = [
        "corpus",
        "docs",
        "KB",
        "jobs",
        "claims",
        "wall s",
        "KB/s",
        "net KB/s",
        "docs/s",
        "KB/s/core",
        "peak MB",
        "x baseline",
    ]
    rows: list[Any] = []
    for name, corpus in results.get("throughput", {}).items():
        rows += _throughput_rows(name, corpus, base_both.get("kb_per_s"))
    if results.get("batch"):
        rows += _throughput_rows("batch-10000 (by folder)", results["batch"], None)
    lines += grid(header, rows)
    lines += ["", "Baseline on the distinct corpus (.bench-venv, per paragraph)"]
    if base.get("available"):
        versions = ", ".join(f"{k} {v}" for k, v in sorted(base.get("versions", {}).items()))
        lines.append(f"packages: {versions}")
        rows = []
        for mode, entry in base["modes"].items():
            rows.append(
                [
                    mode,
                    entry.get("seconds"),
                    entry.get("kb_per_s"),
                    entry.get("in_process_kb_per_s"),
                    entry.get("reference_kb_per_s"),
                    entry.get("peak_mb"),
                    entry.get("error"),
                ]
            )
        lines += grid(
            ["mode", "wall s", "KB/s", "in-process KB/s", "issue's KB/s", "peak MB", "error"], rows
        )
    else:
        lines.append(f"not measured: {base.get('error', 'skipped (--quick)')}")
    scale = results.get("scaling", {})
    lines += ["", f"Scaling, one event, jobs {scale.get('jobs', 1)}"]
    if scale.get("points"):
        rows = [
            [
                p["documents"],
                p["kilobytes"],
                p.get("report", {}).get("claims"),
                p.get("report", {}).get("groups"),
                p.get("seconds"),
                p.get("ms_per_doc"),
                p.get("kb_per_s"),
                p.get("tree_peak_mb"),
                p.get("error"),
            ]
            for p in scale["points"]
        ]
        header = ["docs", "KB", "claims", "groups", "wall s", "ms/doc net", "KB/s", "peak MB"]
        lines += grid([*header, "error"], rows)
        lines.append(
            f"growth exponent k (time ~ docs^k, net of fixed cost): {_cell(scale.get('exponent'))}"
        )
    else:
        lines.append("not measured (--quick)")
    lines += ["", "Accuracy (headline figures; results.json holds every count and miss)"]
    lines += _accuracy(results.get("accuracy", {}))
    lines += ["", "Targets"]
    lines += grid(
        ["target", "value", "verdict"],
        [[t["target"], t["value"], _verdict(t["met"])] for t in results["targets"]],
    )
    hot = results.get("profile", {})
    if hot.get("top_own_time"):
        lines += [
            "",
            f"Hotspots (cProfile of pipeline.check + JSON render on {hot['corpus_name']}"
            f", {_cell(hot.get('profiled_s'))} s profiled)",
        ]
        stages = ", ".join(f"{k} {_cell(v)} s" for k, v in hot["stages_cumulative_s"].items())
        lines.append(f"stages: {stages}")
        lines += grid(
            ["function (own time)", "calls", "s", "share"],
            [[h["function"], h["calls"], h["own_s"], h["share"]] for h in hot["top_own_time"][:10]],
        )
    fixed = results.get("profile_fixed_cost", {})
    if fixed.get("parts_s"):
        parts = ", ".join(f"{k} {_cell(v)} s" for k, v in fixed["parts_s"].items())
        lines += [
            "",
            f"Fixed cost of one run, profiled ({_cell(fixed['profiled_s'])} s; parts "
            f"overlap): {parts}",
        ]
        compiles = ", ".join(
            f"{k} {_cell(v)} s" for k, v in fixed.get("regex_compile_by_caller_s", {}).items()
        )
        lines.append(f"regex compiled by: {compiles}")
    return "\n".join(lines) + "\n"
