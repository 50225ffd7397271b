"""Value-level precision, recall and F1 of find_numbers on the peer gold suites.

A find matches a gold item when its span overlaps the gold span and the gold value lies in the
find's [low, high] (gold percentages are compared as fractions: 25 ↔ 0.25). A gold range matches
a find whose interval overlaps it; when the find does not hold both ends, the match is also
counted under ``convention`` (NewsQuant's "tens of thousands" is 10,000–100,000, ours is the
contract's 20,000–99,999). False positives count only in cases marked ``exhaustive``.

Run: ``python benchmarks/score_numbers.py`` (also run by ``make bench``).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.suites import Tally, cases
from crosscheck.extract.numbers import find_numbers
from crosscheck.model import NumberMention

SUITES = ("newsquant-cqe", "quantulum3", "recognizers-text")
KINDS = frozenset({"number", "quantity"})


def _selected(suite: str) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    for case in cases(suite):
        kinds = KINDS & set(case.get("annotates", ()))
        if suite == "recognizers-text":
            if not case.get("meta", {}).get("python_supported") or "number" not in kinds:
                continue
            kinds = frozenset({"number"})
        if kinds:
            yield case, [e for e in case["expected"] if e["kind"] in kinds]


def _is_percent(gold: dict[str, Any]) -> bool:
    unit = str(gold.get("unit") or "")
    source = gold.get("source")
    if not isinstance(source, dict):
        source = {}
    normalized = str(source.get("normalized_unit") or "")
    return (
        unit in ("%", "percent")
        or unit.startswith("percentage")
        or normalized.startswith("percentage")
    )


def _contains(find: NumberMention, value: float) -> bool:
    eps = 1e-6 * max(1.0, abs(value))
    low_ok = find.low is None or find.low - eps <= value
    high_ok = find.high is None or value <= find.high + eps
    return low_ok and high_ok


def _value_match(find: NumberMention, gold: dict[str, Any]) -> tuple[bool, bool]:
    """(matches, only by the convention rule)."""
    scale = 0.01 if _is_percent(gold) else 1.0
    if gold.get("value") is not None:
        return _contains(find, float(gold["value"]) * scale), False
    low, high = gold.get("low"), gold.get("high")
    if low is None or high is None:
        return False, False
    low, high = float(low) * scale, float(high) * scale
    if _contains(find, low) and _contains(find, high):
        return True, False
    f_low = find.low if find.low is not None else float("-inf")
    f_high = find.high if find.high is not None else float("inf")
    overlap = f_low <= high and low <= f_high
    return overlap, overlap


def _gold_span(case: dict[str, Any], gold: dict[str, Any]) -> tuple[int, int] | None:
    span = gold.get("span")
    if span is None:
        return None
    start = gold.get("start")
    if start is None:
        start = case["text"].find(span)
    return start, start + len(span)


def _miss_kind(case: dict[str, Any], gold: dict[str, Any], near: list[NumberMention]) -> str:
    span = str(gold.get("span") or "").lower()
    unit = str(gold.get("unit") or "")
    if "of age" in unit or unit == "age":
        return "age (not a count by contract)"
    if span.strip() == "one" or span.startswith("one of"):
        return "pronoun 'one' (not a count by contract)"
    if gold.get("value") is None and near:
        return "range/vague convention"
    if near:
        return "wrong value"
    return "not found"


def _fp_kind(find: NumberMention) -> str:
    if find.unit == "fraction":
        return "fraction/percent"
    if find.text[:1].isdigit() or find.text[:1] in "$€£-.":
        return "digits"
    return "words/vague"


def score_suite(suite: str, examples: int = 0) -> dict[str, Any]:
    tally = Tally()
    kinds: Counter[str] = Counter()
    convention = 0
    shown: list[str] = []
    for case, golds in _selected(suite):
        text = case["text"]
        finds = find_numbers(text)
        used: set[int] = set()
        for gold in golds:
            span = _gold_span(case, gold)
            near = [
                (i, f)
                for i, f in enumerate(finds)
                if i not in used and (span is None or (f.start < span[1] and span[0] < f.end))
            ]
            matched = ((i, _value_match(f, gold)) for i, f in near)
            hit = next(((i, by_convention) for i, (ok, by_convention) in matched if ok), None)
            if hit is not None:
                used.add(hit[0])
                tally.tp += 1
                convention += hit[1]
                continue
            tally.fn += 1
            kind = _miss_kind(case, gold, [f for _, f in near])
            kinds[f"FN {kind}"] += 1
            if len(shown) < examples:
                got = [(f.text, f.low, f.high) for _, f in near]
                shown.append(f"FN {kind}: {gold.get('span')!r}={gold.get('value')} got {got}")
        if case.get("exhaustive"):
            for i, find in enumerate(finds):
                if i not in used:
                    tally.fp += 1
                    kinds[f"FP {_fp_kind(find)}"] += 1
                    if len(shown) < examples:
                        shown.append(f"FP {find.text!r} ({find.low}, {find.high}) in {text!r}")
    result: dict[str, Any] = tally.as_dict()
    result["convention_matches"] = convention
    result["errors"] = dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    if examples:
        result["examples"] = shown
    return result


def score(examples: int = 0) -> dict[str, Any]:
    """Per suite: the Tally's figures, matches only by the range convention, and error kinds."""
    return {suite: score_suite(suite, examples) for suite in SUITES}


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    examples = int(args[0]) if args else 0
    results = score(examples)
    print(f"{'suite':<18} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}  conv")
    for suite, r in results.items():
        print(
            f"{suite:<18} {r['tp']:>5} {r['fp']:>5} {r['fn']:>5} {r['precision']:>6.3f}"
            f" {r['recall']:>6.3f} {r['f1']:>6.3f}  {r['convention_matches']}"
        )
    for suite, r in results.items():
        print(f"\n{suite} errors by kind:")
        for kind, n in r["errors"].items():
            print(f"  {n:>4}  {kind}")
        for line in r.get("examples", []):
            print("   ", line)


if __name__ == "__main__":
    main()
