"""Claims and verdicts of ``crosscheck.check`` against the hand-annotated events in tests/events/.

Each sub-folder of ``tests/events/`` is one event (3–4 articles) with a ``gold.json`` shaped like
``tests/seeds-gold.json`` (plus ``background``: spans that are not claims of the event). Per event
and overall:

* count recall: required gold count claims found. A gold claim is found by a claim of the same
  document, of the same category, whose span overlaps it (among several, the one whose value
  overlaps the gold ``value_text`` when the gold gives it, then the largest overlap);
* count value accuracy: found ones whose low and high equal the gold's (1 % tolerance);
* core precision: emitted count claims in core categories (all but other_count) that match a
  gold claim (required or not) of their category;
* date recall and value accuracy (year, month, day and weekday all equal);
* groups: a gold group is right when its found required claims all sit in one group whose
  verdict is the gold verdict (and at least one is found);
* must_not_contradict violations: a pair (gold claims, or background spans) found together in
  a group judged ``contradict``.

Three splits, each totalled apart and overall: the first corpus (folders without a prefix), used to
tune the pipeline; the held-out set (``holdout-*``), written after that tuning and scored before
anyone tuned on it (it has been tuned on since); and the fresh set (``fresh-*``), written after
both had been used and never to be tuned on.

Run: ``.venv/bin/python benchmarks/score_events.py [--errors] [--json]``.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crosscheck import check
from crosscheck.model import WEEKDAYS, Claim, CountValue, DateValue, Group, Report

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "tests" / "events"
HELD_OUT = "holdout-"
FRESH = "fresh-"
SPLITS = {"first": "FIRST CORPUS", "held_out": "HELD-OUT", "fresh": "FRESH"}
CORE = frozenset(
    {"killed", "wounded", "missing", "evacuated", "displaced", "arrested", "captured",
     "surrendered", "rescued", "troops"}
)  # fmt: skip
RATIOS = {
    "count_recall": ("counts_found", "counts_required"),
    "count_value": ("counts_right", "counts_found"),
    "core_precision": ("core_matched", "core_emitted"),
    "date_recall": ("dates_found", "dates_required"),
    "date_value": ("dates_right", "dates_found"),
    "groups": ("groups_right", "groups"),
}

Gold = dict[str, Any]


def events(root: Path = EVENTS) -> list[Path]:
    """The event folders, sorted: each holds a gold.json."""
    return sorted(p.parent for p in root.glob("*/gold.json"))


def _overlap(claim: Claim, doc: str, start: int, end: int) -> int:
    if claim.doc != doc:
        return 0
    return max(0, min(claim.end, end) - max(claim.start, start))


def find(gold: Gold, claims: Iterable[Claim]) -> Claim | None:
    """The emitted claim that finds a gold claim, or None."""
    hits = [
        c
        for c in claims
        if c.category == gold["category"] and _overlap(c, gold["file"], gold["start"], gold["end"])
    ]

    def rank(c: Claim) -> tuple[bool, bool, int, int]:
        on_value = "value_start" in gold and (
            c.value_start < gold["value_end"] and gold["value_start"] < c.value_end
        )
        inside = gold["start"] <= c.value_start and c.value_end <= gold["end"]
        return (on_value, inside, _overlap(c, gold["file"], gold["start"], gold["end"]), -c.start)

    return max(hits, key=rank, default=None)


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=0.01, abs_tol=0.002)


def value_right(claim: Claim, gold: Gold) -> bool:
    value, want = claim.value, gold["value"]
    if isinstance(value, CountValue):
        return "low" in want and _same(value.low, want["low"]) and _same(value.high, want["high"])
    if isinstance(value, DateValue):
        weekday = WEEKDAYS[value.weekday] if value.weekday is not None else None
        got = (value.year, value.month, value.day, weekday)
        return "low" not in want and got == (
            want["year"], want["month"], want["day"], want["weekday"]
        )  # fmt: skip
    return False


def show_value(claim: Claim) -> str:
    value = claim.value
    if isinstance(value, CountValue):
        return f"{value.low}–{value.high}{' ~' if value.approximate else ''}"
    weekday = WEEKDAYS[value.weekday] if value.weekday is not None else None
    return f"{value.year}-{value.month}-{value.day} {weekday}"


def resolve(ref: str, gold: Gold, claims: tuple[Claim, ...]) -> list[Claim]:
    """Emitted claims standing for a gold claim id or a background span id."""
    for item in gold["claims"]:
        if item["id"] == ref:
            hit = find(item, claims)
            return [hit] if hit else []
    span = next(b for b in gold.get("background", ()) if b["id"] == ref)
    return [
        c
        for c in claims
        if c.doc == span["file"] and c.value_start < span["end"] and span["start"] < c.value_end
    ]


def group_of(claim: Claim, report: Report) -> Group:
    return next(g for g in report.groups if claim.id in g.claims)


def judge_group(spec: Gold, gold: Gold, report: Report) -> str | None:
    """None when the gold group is found with its verdict, else why not."""
    items = {c["id"]: c for c in gold["claims"]}
    found = {cid: find(items[cid], report.claims) for cid in spec["claims"]}
    required = {cid: c for cid, c in found.items() if items[cid]["required"] and c is not None}
    if not required:
        return "no required claim found"
    groups = {cid: group_of(c, report) for cid, c in required.items()}
    if len({g.id for g in groups.values()}) > 1:
        return "split: " + "; ".join(
            f"{cid}→{g.id} {g.subject!r} scope={g.scope!r} {g.verdict}" for cid, g in groups.items()
        )
    group = next(iter(groups.values()))
    if group.verdict != spec["verdict"]:
        return f"verdict {group.verdict}, gold {spec['verdict']}: {group.explanation}"
    return None


def violations(gold: Gold, report: Report) -> list[str]:
    out = []
    for first, second in gold["must_not_contradict"]:
        for a in resolve(first, gold, report.claims):
            group = group_of(a, report)
            together = [b for b in resolve(second, gold, report.claims) if b.id in group.claims]
            if group.verdict == "contradict" and together:
                out.append(f"{first}~{second}: {group.id} {group.explanation}")
                break
    return out


def score_event(folder: Path) -> dict[str, Any]:
    gold: Gold = json.loads((folder / "gold.json").read_text("utf-8"))
    report = check([folder], jobs=1)
    tally = {key: 0 for pair in RATIOS.values() for key in pair}
    tally["groups"] = len(gold["groups"])
    misses: list[str] = []
    for item in gold["claims"]:
        kind = "counts" if "low" in item["value"] else "dates"
        if not item["required"]:
            continue
        tally[f"{kind}_required"] += 1
        hit = find(item, report.claims)
        if hit is None:
            misses.append(f"missed {item['id']} {item['category']}: {item['quote']!r}")
            continue
        tally[f"{kind}_found"] += 1
        if value_right(hit, item):
            tally[f"{kind}_right"] += 1
        else:
            misses.append(
                f"value {item['id']}: {hit.value_text!r} → {show_value(hit)}, gold {item['value']}"
            )
    for claim in report.claims:
        if claim.kind != "count" or claim.category not in CORE:
            continue
        tally["core_emitted"] += 1
        if any(find(item, [claim]) for item in gold["claims"]):
            tally["core_matched"] += 1
        else:
            misses.append(f"extra {claim.doc} {claim.category}: {claim.quote!r}")
    for spec in gold["groups"]:
        why = judge_group(spec, gold, report)
        if why is None:
            tally["groups_right"] += 1
        else:
            misses.append(f"group {spec['id']}: {why}")
    broken = violations(gold, report)
    misses += [f"must_not_contradict {v}" for v in broken]
    return {**tally, "violations": len(broken), "misses": misses}


def _ratios(tally: dict[str, Any]) -> dict[str, float | None]:
    return {
        name: (tally[num] / tally[den] if tally[den] else None)
        for name, (num, den) in RATIOS.items()
    }


def _total(results: Iterable[dict[str, Any]]) -> dict[str, Any]:
    total: dict[str, Any] = {key: 0 for pair in RATIOS.values() for key in pair}
    total["violations"] = 0
    for result in results:
        for key, value in result.items():
            if isinstance(value, int):
                total[key] = total.get(key, 0) + value
    total["ratios"] = _ratios(total)
    return total


def split_of(name: str) -> str:
    """The split an event folder belongs to: ``held_out``, ``fresh`` or ``first``."""
    if name.startswith(HELD_OUT):
        return "held_out"
    if name.startswith(FRESH):
        return "fresh"
    return "first"


def score(root: Path = EVENTS) -> dict[str, Any]:
    """Per-event tallies, ratios and misses; totals for each split (the first corpus, the
    held-out set of ``holdout-*`` folders, the fresh set of ``fresh-*`` folders) and overall."""
    per_event = {folder.name: score_event(folder) for folder in events(root)}
    for result in per_event.values():
        result["ratios"] = _ratios(result)
    totals = {
        split: _total(r for name, r in per_event.items() if split_of(name) == split)
        for split in SPLITS
    }
    return {"events": per_event, **totals, "overall": _total(per_event.values())}


def _fmt(x: float | None) -> str:
    return "  –  " if x is None else f"{x:5.3f}"


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    results = score()
    if "--json" in args:
        print(json.dumps(results, indent=1, ensure_ascii=False))
        return
    names = list(RATIOS)
    print(f"{'event':<18} " + " ".join(f"{n:>14}" for n in names) + "  mnc-viol")
    rows: list[tuple[str, dict[str, Any]]] = []
    for split, label in SPLITS.items():
        rows += [(n, r) for n, r in results["events"].items() if split_of(n) == split]
        rows.append((label, results[split]))
    rows.append(("OVERALL", results["overall"]))
    for name, r in rows:
        cells = []
        for n in names:
            num, den = RATIOS[n]
            cells.append(f"{_fmt(r['ratios'][n])} {r[num]:>3}/{r[den]:<3}")
        print(f"{name:<18} " + " ".join(f"{c:>14}" for c in cells) + f"  {r['violations']:>8}")
    if "--errors" in args:
        for name, r in results["events"].items():
            if r["misses"]:
                print(f"\n{name}:")
                for miss in r["misses"]:
                    print(f"  {miss}")


if __name__ == "__main__":
    main()
