"""The peer pipeline a user would otherwise script: quantulum3 for numbers, dateparser's
``search_dates`` for dates, paragraph by paragraph. Runs inside ``.bench-venv``, not the project.

Usage: ``python _baseline_worker.py numbers|dates|both CORPUS_DIR``; prints one JSON object.
Each ``X.txt`` may have an ``X.meta.json`` sidecar whose ``published`` date anchors relative dates.
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from datetime import datetime
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()


def _published(path: Path) -> datetime | None:
    sidecar = path.with_name(path.name.removesuffix(".txt") + ".meta.json")
    if not sidecar.exists():
        return None
    day = json.loads(sidecar.read_text("utf-8")).get("published")
    return datetime.fromisoformat(day) if day else None


def main(mode: str, folder: str) -> None:
    warnings.simplefilter("ignore")
    numbers: Any = None
    dates: Any = None
    if mode in ("numbers", "both"):
        from quantulum3 import parser

        numbers = parser
    if mode in ("dates", "both"):
        from dateparser.search import search_dates

        dates = search_dates
    imported = time.perf_counter()
    counts: dict[str, float] = {
        "documents": 0,
        "paragraphs": 0,
        "bytes": 0,
        "numbers": 0,
        "dates": 0,
    }
    for path in sorted(Path(folder).rglob("*.txt")):
        text = path.read_text("utf-8")
        counts["documents"] += 1
        counts["bytes"] += len(text.encode("utf-8"))
        settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
        base = _published(path)
        if base is not None:
            settings["RELATIVE_BASE"] = base
        for para in text.splitlines():
            if not para.strip():
                continue
            counts["paragraphs"] += 1
            if numbers is not None:
                counts["numbers"] += len(numbers.parse(para))
            if dates is not None:
                found = dates(para, languages=["en"], settings=settings)
                counts["dates"] += len(found or [])
    done = time.perf_counter()
    counts["import_s"] = round(imported - STARTED, 4)
    counts["process_s"] = round(done - imported, 4)
    print(json.dumps(counts))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
