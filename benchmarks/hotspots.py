"""Profile ``crosscheck.pipeline.check`` with cProfile on a corpus and name the hotspots.

Usage: ``python benchmarks/hotspots.py CORPUS_DIR OUT_DIR [NAME]``, or
``python benchmarks/hotspots.py --fixed-cost DOCUMENT OUT_DIR`` for a whole CLI run on one tiny
document (imports included), under the project's
interpreter. Writes ``OUT_DIR/NAME.json`` (top functions by own time, the stages' cumulative
times; NAME defaults to ``profile``) and ``OUT_DIR/NAME.txt`` (pstats listing). The JSON report
is rendered too, as the CLI would. Publication dates come from ``X.meta.json`` sidecars.
The run is cold: lazy imports made during the check (dateparser…) count, as they do for a user.
"""

from __future__ import annotations

import contextlib
import cProfile
import io
import json
import pstats
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

# _date_and_extract: each document's dateline and claims (loading leaves datelines to it)
STAGES = ("load_documents", "_date_and_extract", "group_claims", "judge_groups", "render")
# The start-up cache: its regex() is the package's re.compile, its _program compiles on a miss
_CACHE = "crosscheck/_cache.py"


def _published(folder: Path) -> dict[str, date]:
    out: dict[str, date] = {}
    for sidecar in sorted(folder.rglob("*.meta.json")):
        day = json.loads(sidecar.read_text("utf-8")).get("published")
        if day:
            text = sidecar.with_name(sidecar.name.removesuffix(".meta.json") + ".txt")
            out[str(text)] = date.fromisoformat(day)
    return out


def _where(key: tuple[str, int, str]) -> str:
    file, line, name = key
    if file == "~":
        return name
    parts = Path(file).parts
    short = "/".join(parts[parts.index("crosscheck") :]) if "crosscheck" in parts else parts[-1]
    return f"{short}:{line}({name})"


def _render(report: Any) -> int:
    """Render the JSON report as the CLI would, when the render stage offers ``render``."""
    from crosscheck import render as stage

    render = getattr(stage, "render", None)
    return len(render([report], "json")) if callable(render) else 0


def _top(
    rows: list[tuple[tuple[str, int, str], Any]], label: str, column: int, total: float
) -> list[dict[str, Any]]:
    """Profile rows as dicts: function, calls, the seconds of pstats ``column`` and their share."""
    return [
        {
            "function": _where(k),
            "calls": v[1],
            label: round(v[column], 4),
            "share": round(v[column] / total, 3),
        }
        for k, v in rows
    ]


def profile(folder: Path, out_dir: Path, name: str = "profile", *, top: int = 15) -> dict[str, Any]:
    from crosscheck.pipeline import check

    published = _published(folder)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    report = check([folder], published=published)
    rendered = _render(report)
    profiler.disable()
    wall = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    total = sum(own for _, _, own, _, _ in raw.values()) or 1e-9
    by_own = sorted(raw.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    ours = [(k, v) for k, v in raw.items() if "crosscheck" in Path(k[0]).parts]
    by_cum = sorted(ours, key=lambda kv: kv[1][3], reverse=True)[:top]
    stages = {
        name: round(max((v[3] for k, v in raw.items() if k[2] == name), default=0.0), 4)
        for name in STAGES
    }
    listing = io.StringIO()
    pstats.Stats(profiler, stream=listing).sort_stats("tottime").print_stats(40)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{name}.txt").write_text(listing.getvalue(), "utf-8")
    result = {
        "corpus": str(folder),
        "documents": len(report.documents),
        "claims": len(report.claims),
        "json_chars": rendered,
        "wall_s": round(wall, 4),
        "profiled_s": round(total, 4),
        "stages_cumulative_s": stages,
        "top_own_time": _top(by_own, "own_s", 2, total),
        "top_cumulative_crosscheck": _top(by_cum, "cum_s", 3, total),
    }
    (out_dir / f"{name}.json").write_text(json.dumps(result, indent=1) + "\n", "utf-8")
    return result


def _cum(raw: dict[tuple[str, int, str], Any], file_end: str, name: str) -> float:
    return max(
        (v[3] for k, v in raw.items() if k[0].endswith(file_end) and k[2] == name), default=0.0
    )


def fixed_cost(document: Path, out_dir: Path) -> dict[str, Any]:
    """Where a whole CLI run on one tiny document spends its time, imports included.

    The parts overlap (regular expressions are compiled while modules import) and are shares of
    the profiled run, which cProfile slows down. A regex is compiled by ``re`` or, on a miss of
    the start-up cache, by ``crosscheck._cache._program``; its callers are named past
    ``crosscheck._cache.regex``, which every ``re.compile`` of the package goes through (the
    first caller's time holds the reading of the cache file).
    """
    argv = ["crosscheck", "report", str(document), "--format", "json", "--quiet"]
    argv += ["--output", str(out_dir / "tiny-report.json")]
    sys.argv = argv
    profiler = cProfile.Profile()
    profiler.enable()
    from crosscheck.cli import main

    with contextlib.suppress(SystemExit):
        main()
    profiler.disable()
    raw: dict[tuple[str, int, str], Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in raw.values()) or 1e-9
    parts = {
        "imports": _cum(raw, "_bootstrap>", "_find_and_load"),
        "regex_compile": _cum(raw, "re/__init__.py", "_compile") + _cum(raw, _CACHE, "_program"),
        "pydantic_via_typer": _cum(raw, "typer/_coercion.py", "build_runtime_param"),
        "pipeline_check": _cum(raw, "crosscheck/pipeline.py", "check"),
        "render": _cum(raw, "crosscheck/render/__init__.py", "render"),
    }
    callers: dict[str, float] = {}
    for (file, _, name), v in raw.items():
        if not (file.endswith("re/__init__.py") or (file.endswith(_CACHE) and name == "regex")):
            continue
        for caller, info in v[4].items():
            if "crosscheck" in Path(caller[0]).parts and not caller[0].endswith(_CACHE):
                where = _where(caller)
                callers[where] = callers.get(where, 0.0) + info[3]
    result = {
        "profiled_s": round(total, 4),
        "parts_s": {k: round(v, 4) for k, v in parts.items()},
        "regex_compile_by_caller_s": {
            k: round(v, 4) for k, v in sorted(callers.items(), key=lambda kv: -kv[1])[:8]
        },
    }
    (out_dir / "profile-fixed-cost.json").write_text(json.dumps(result, indent=1) + "\n", "utf-8")
    return result


if __name__ == "__main__":
    if sys.argv[1] == "--fixed-cost":
        print(json.dumps(fixed_cost(Path(sys.argv[2]), Path(sys.argv[3]))))
    else:
        print(json.dumps(profile(Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:4])))
