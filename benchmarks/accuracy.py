"""The accuracy scores of the count- and dated-claim issues, collected in the benchmark's run.

``score_numbers.score()``, ``score_dates.score()`` and ``score_events.score()`` (the multi-event
corpus of grouping and verdicts) return dicts of scores. Each runs in its own subprocess under
the project's interpreter, so a scorer that is missing or broken is reported as such and the
rest of the benchmark goes on.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from install import Install

HERE = Path(__file__).resolve().parent
SCORERS = ("score_numbers", "score_dates", "score_events")
_CALL = (
    "import json, sys; sys.path.insert(0, {here!r}); import {module} as m; "
    "print(json.dumps(m.score(), sort_keys=True, default=str))"
)


def score(module: str, install: Install, *, timeout: float = 900) -> dict[str, Any]:
    """``module.score()`` as a dict, or ``{"available": False, "error": ...}``."""
    if not (HERE / f"{module}.py").exists():
        return {"available": False, "error": "not available"}
    code = _CALL.format(here=str(HERE), module=module)
    try:
        done = subprocess.run(
            [str(install.python), "-c", code],
            cwd=HERE,
            env=install.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"available": False, "error": f"timed out after {timeout:.0f} s"}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = done.stderr.strip().splitlines()
        return {"available": False, "error": f"exit {done.returncode}: {tail[-1] if tail else ''}"}
    try:
        result = json.loads(lines[-1])
    except json.JSONDecodeError:
        return {"available": False, "error": "score() printed no JSON object"}
    if not isinstance(result, dict):
        return {"available": False, "error": "score() did not return a dict"}
    return {"available": True, "scores": result}


def all_scores(install: Install) -> dict[str, Any]:
    return {module: score(module, install) for module in SCORERS}
