"""Value-level P/R/F1 of find_dates on TempEval-3 platinum and Recognizers-Text, with dateparser.

A find counts when it overlaps a gold span and its value equals the gold value at the gold's
granularity ("YYYY-MM-DD", "YYYY-MM", "YYYY"); week and range golds compare earliest/latest with
low/high (one day of tolerance on high). Alternatives count too. False positives are counted
only in exhaustive cases. dateparser's ``search.search_dates`` (English, reference as relative
base, past preferred) is scored in the same run as the baseline.

Run: ``.venv/bin/python benchmarks/score_dates.py [--errors] [--speed]``; ``--speed`` also times
find_dates on news text (the TempEval-3 articles and the seeds, each with its reference).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.suites import Tally, cases
from crosscheck.extract.dates import find_dates


@dataclass(frozen=True)
class Find:
    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    earliest: date | None
    latest: date | None


Finder = Callable[[str, date | None], list[Find]]


def ours(text: str, reference: date | None) -> list[Find]:
    return [
        Find(m.start, m.end, m.text, m.year, m.month, m.day, m.earliest, m.latest)
        for m in find_dates(text, reference)
    ]


def baseline(text: str, reference: date | None) -> list[Find]:
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if reference is not None:
        settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day)
    found = search_dates(text, languages=["en"], settings=settings) or []
    out, pos = [], 0
    for surface, moment in found:
        start = text.find(surface, pos)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        pos = start + len(surface)
        day = moment.date()
        out.append(Find(start, pos, surface, day.year, day.month, day.day, None, None))
    return out


def _iso(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _bounds(find: Find) -> tuple[date | None, date | None]:
    if find.earliest is not None:
        return find.earliest, find.latest
    if find.year and find.month and find.day:
        day = date(find.year, find.month, find.day)
        return day, day
    return None, None


def _reading_matches(find: Find, reading: dict[str, Any]) -> bool:
    value = reading.get("value")
    if isinstance(value, str) and value[:4].isdigit():
        parts = [int(p) for p in value.split("-")]
        have = (find.year, find.month, find.day)[: len(parts)]
        return list(have) == parts
    low, high = _iso(reading.get("low")), _iso(reading.get("high"))
    if low is None and high is None:
        return False
    first, last = _bounds(find)
    if low is not None and first != low:
        return False
    return high is None or (last is not None and abs((last - high).days) <= 1)


def matches(find: Find, gold: dict[str, Any]) -> bool:
    return any(_reading_matches(find, r) for r in [gold, *gold.get("alternatives", [])])


def gold_kind(gold: dict[str, Any]) -> str:
    value = gold.get("value")
    if isinstance(value, str) and value[:4].isdigit():
        return {1: "year", 2: "month", 3: "day"}[len(value.split("-"))]
    return "range"


@dataclass
class Errors:
    missed: Counter[str]
    wrong: Counter[str]
    spurious: int
    examples: list[str]


def score_cases(finder: Finder, items: Iterable[dict[str, Any]], errors: Errors) -> Tally:
    tally = Tally()
    for case in items:
        ref = _iso(case.get("reference_date"))
        finds = finder(case["text"], ref)
        used: set[int] = set()
        golds = [g for g in case["expected"] if g["kind"] == "date" and g.get("span")]
        for gold in golds:
            start = gold.get("start", case["text"].find(gold["span"]))
            end = start + len(gold["span"])
            overlapping = [
                i for i, f in enumerate(finds) if i not in used and f.start < end and start < f.end
            ]
            hit = next((i for i in overlapping if matches(finds[i], gold)), None)
            if hit is not None:
                used.add(hit)
                tally.tp += 1
                continue
            tally.fn += 1
            kind = gold_kind(gold)
            if overlapping:
                errors.wrong[kind] += 1
                f = finds[overlapping[0]]
                got = (f.year, f.month, f.day, f.earliest, f.latest)
                errors.examples.append(
                    f"wrong  {case['id']}: {gold['span']!r} gold {gold.get('value')} "
                    f"{gold.get('low')}..{gold.get('high')} got {f.text!r} {got} ref {ref}"
                )
            else:
                errors.missed[kind] += 1
                errors.examples.append(f"missed {case['id']}: {gold['span']!r} ({kind})")
        if case.get("exhaustive"):
            for i, f in enumerate(finds):
                if i in used:
                    continue
                overlaps_gold = any(
                    f.start < g.get("start", 0) + len(g["span"]) and g.get("start", 0) < f.end
                    for g in golds
                )
                if not overlaps_gold:
                    tally.fp += 1
                    errors.spurious += 1
                    errors.examples.append(f"extra  {case['id']}: {f.text!r}")
    return tally


def _suite(name: str) -> list[dict[str, Any]]:
    if name == "tempeval3-platinum":
        return list(cases(name))
    return [
        c
        for c in cases(name)
        if "date" in c["annotates"] and c.get("meta", {}).get("python_supported")
    ]


SUITES = ("tempeval3-platinum", "recognizers-text")
FINDERS: dict[str, Finder] = {"find_dates": ours, "dateparser": baseline}


def run() -> tuple[dict[str, dict[str, dict[str, float | int]]], dict[str, Errors]]:
    scores: dict[str, dict[str, dict[str, float | int]]] = {}
    errors: dict[str, Errors] = {}
    for suite in SUITES:
        items = _suite(suite)
        scores[suite] = {}
        for name, finder in FINDERS.items():
            found = Errors(Counter(), Counter(), 0, [])
            scores[suite][name] = score_cases(finder, items, found).as_dict()
            errors[f"{suite}/{name}"] = found
    return scores, errors


def score() -> dict[str, dict[str, dict[str, float | int]]]:
    """P/R/F1 per suite and finder: ``{suite: {finder: {tp, fp, fn, precision, recall, f1}}}``."""
    return run()[0]


def speed(rounds: int = 5) -> float:
    """find_dates throughput on news text in MB/s (best of ``rounds`` passes over the articles)."""
    import time

    docs = [(c["text"], _iso(c.get("reference_date"))) for c in _suite("tempeval3-platinum")]
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    docs += [(p.read_text("utf-8"), date(2019, 3, 11)) for p in sorted(seeds.glob("*.txt"))]
    size = sum(len(text.encode("utf-8")) for text, _ in docs)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text, reference in docs:
            find_dates(text, reference)
        best = min(best, time.perf_counter() - start)
    return size / best / 1e6


def main() -> None:
    if "--speed" in sys.argv:
        print(f"find_dates on news text: {speed():.2f} MB/s\n")
    scores, errors = run()
    print(f"{'suite':<22}{'finder':<12}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for suite, by_finder in scores.items():
        for name, s in by_finder.items():
            print(
                f"{suite:<22}{name:<12}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}"
                f"{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
            )
    for suite in SUITES:
        e = errors[f"{suite}/find_dates"]
        print(
            f"\nfind_dates errors on {suite}: missed {dict(e.missed)}, "
            f"wrong value {dict(e.wrong)}, spurious {e.spurious}"
        )
    if "--errors" in sys.argv:
        for suite in SUITES:
            print(f"\n## {suite}")
            print("\n".join(errors[f"{suite}/find_dates"].examples))


if __name__ == "__main__":
    main()
