"""The baseline: what a user would otherwise script, measured in the same run on the same corpus.

quantulum3 (numbers) and dateparser's ``search_dates`` (dates, ``languages=["en"]``, past dates
preferred, the article's publication date as relative base) over each paragraph (non-empty line),
installed in a separate virtual environment ``.bench-venv`` that this module creates on first
use (``pip install quantulum3 dateparser``); neither is a dependency of the project. Each tool is
timed alone and both together, as a subprocess from process start, like ``crosscheck report``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from corpus import Corpus
from measure import repeat
from suites import ROOT

VENV = ROOT / ".bench-venv"
PACKAGES = ("quantulum3", "dateparser")
WORKER = Path(__file__).resolve().parent / "_baseline_worker.py"
MODES = ("numbers", "dates", "both")
REFERENCE_KB_S = {"numbers": 40.0, "dates": 85.0, "both": 12.6}
"""The issue's figures for this kind of machine, to sanity-check ours."""


def _python(venv: Path) -> Path:
    return venv / "bin" / "python"


def _ready(venv: Path) -> bool:
    python = _python(venv)
    if not python.exists():
        return False
    probe = [str(python), "-c", "import quantulum3, dateparser"]
    return subprocess.run(probe, capture_output=True, check=False, timeout=120).returncode == 0


def ensure_venv(venv: Path = VENV) -> str | None:
    """Create ``venv`` with the baseline's packages if needed; the reason it failed, or None."""
    if _ready(venv):
        return None
    steps = [
        [sys.executable, "-m", "venv", str(venv)],
        [str(_python(venv)), "-m", "pip", "install", "--quiet", *PACKAGES],
    ]
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, check=False, timeout=900)
        if done.returncode != 0:
            lines = (done.stderr or done.stdout).strip().splitlines()
            return f"{' '.join(step[-3:])}: exit {done.returncode}: {lines[-1] if lines else ''}"
    return None if _ready(venv) else f"{venv}: quantulum3 or dateparser does not import"


def measure(corpus: Corpus, workdir: Path, *, times: int, venv: Path = VENV) -> dict[str, Any]:
    """Each mode ``times`` times on ``corpus``: median wall time, KB/s, peak memory, finds."""
    problem = ensure_venv(venv)
    if problem is not None:
        return {"available": False, "error": f"baseline venv could not be made: {problem}"}
    versions = subprocess.run(
        [str(_python(venv)), "-m", "pip", "list", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    wanted = set(PACKAGES)
    installed = {
        p["name"].lower(): p["version"]
        for p in json.loads(versions.stdout or "[]")
        if p["name"].lower() in wanted
    }
    out: dict[str, Any] = {"available": True, "versions": installed, "modes": {}}
    for mode in MODES:
        stdout = workdir / f"baseline-{mode}.json"
        result = repeat(
            [str(_python(venv)), str(WORKER), mode, str(corpus.path)], times, stdout_path=stdout
        )
        entry: dict[str, Any] = {
            "ok": result.ok,
            "error": result.error,
            "runs": [round(r.seconds, 4) for r in result.runs],
            "peak_mb": round(result.peak_mb, 1),
            "reference_kb_per_s": REFERENCE_KB_S[mode],
        }
        if result.ok:
            counts = json.loads(stdout.read_text("utf-8"))
            entry |= {
                "seconds": round(result.seconds, 4),
                "kb_per_s": round(corpus.kilobytes / result.seconds, 1),
                "docs_per_s": round(corpus.documents / result.seconds, 1),
                "in_process_kb_per_s": round(corpus.kilobytes / counts["process_s"], 1),
                "finds": {"numbers": counts["numbers"], "dates": counts["dates"]},
            }
        out["modes"][mode] = entry
    return out
