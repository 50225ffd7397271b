"""Read the peer gold suites (``shared/benchmarks/*/cases.jsonl``) and score finds against them.

Shared by the accuracy scripts; see ``shared/benchmarks/README.md`` for the case shape.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CROSSCHECK_SHARED", ROOT.parent / "shared"))
SUITES = SHARED / "benchmarks"


def cases(suite: str) -> Iterator[dict[str, Any]]:
    """The cases of one suite folder (``newsquant-cqe``, ``quantulum3``, ``recognizers-text``…)."""
    with (SUITES / suite / "cases.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


@dataclass
class Tally:
    """True positives, false positives and false negatives of value-level matching."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }
