"""The claims of ``seeds/`` against the hand annotation in ``tests/seeds-gold.json``.

A gold claim is found when a claim of the same document overlaps its span with the same
category. Counts: recall of the required claims ≥ 0.9, the value right for ≥ 0.9 of those found,
and ≥ 0.8 of the claims emitted in core categories (all but other_count) are gold claims.
Dates: every required date claim is found with the right year, month, day and weekday.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from crosscheck.model import WEEKDAYS, Claim, CountValue, DateValue
from crosscheck.pipeline import check

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "tests" / "seeds-gold.json").read_text("utf-8"))
GOLD_COUNTS = [g for g in GOLD["claims"] if "low" in g["value"]]
GOLD_DATES = [g for g in GOLD["claims"] if "low" not in g["value"]]


@cache
def _claims() -> tuple[Claim, ...]:
    return check([ROOT / "seeds"]).claims


def _overlaps(claim: Claim, gold: dict[str, Any]) -> bool:
    return claim.doc == gold["file"] and claim.start < gold["end"] and gold["start"] < claim.end


def _found(gold: dict[str, Any]) -> list[Claim]:
    return [c for c in _claims() if _overlaps(c, gold) and c.category == gold["category"]]


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=0.01, abs_tol=0.002)


def _count_right(claim: Claim, gold: dict[str, Any]) -> bool:
    value, want = claim.value, gold["value"]
    return (
        isinstance(value, CountValue)
        and _same_number(value.low, want["low"])
        and _same_number(value.high, want["high"])
    )


def _date_right(claim: Claim, gold: dict[str, Any]) -> bool:
    value, want = claim.value, gold["value"]
    if not isinstance(value, DateValue):
        return False
    weekday = WEEKDAYS[value.weekday] if value.weekday is not None else None
    return (value.year, value.month, value.day, weekday) == (
        want["year"],
        want["month"],
        want["day"],
        want["weekday"],
    )


def _show(claim: Claim) -> str:
    return f"{claim.id} {claim.category} {claim.value_text!r} in {claim.quote!r}"


def test_required_count_claims_are_found() -> None:
    required = [g for g in GOLD_COUNTS if g["required"]]
    missed = [g for g in required if not _found(g)]
    recall = 1 - len(missed) / len(required)
    detail = "\n".join(f"{g['id']} {g['category']} {g['quote']!r}" for g in missed)
    assert recall >= 0.9, f"recall {recall:.2f}; missed:\n{detail}"


@pytest.mark.parametrize(
    "gold", [g for g in GOLD_COUNTS if g["required"]], ids=lambda g: str(g["id"])
)
def test_each_required_count_claim_is_found_with_its_value(gold: dict[str, Any]) -> None:
    # stricter than the 0.9 recall: every one is found today, so losing one is a
    # regression to see, not a miss the threshold absorbs
    found = _found(gold)
    assert found, f"{gold['id']} not found: {gold['quote']!r}"
    assert any(_count_right(c, gold) for c in found), f"{gold['id']} want {gold['value']}"


def test_found_count_claims_have_the_right_value() -> None:
    pairs = [(g, c) for g in GOLD_COUNTS if g["required"] for c in _found(g)[:1]]
    wrong = [(g, c) for g, c in pairs if not _count_right(c, g)]
    assert pairs
    share = 1 - len(wrong) / len(pairs)
    detail = "\n".join(f"{g['id']} want {g['value']} got {c.value}" for g, c in wrong)
    assert share >= 0.9, f"right values {share:.2f}; wrong:\n{detail}"


def test_core_count_claims_are_real() -> None:
    core = [c for c in _claims() if c.kind == "count" and c.category != "other_count"]
    false = [
        c
        for c in core
        if not any(_overlaps(c, g) and c.category == g["category"] for g in GOLD_COUNTS)
    ]
    assert core
    precision = 1 - len(false) / len(core)
    detail = "\n".join(_show(c) for c in false)
    assert precision >= 0.8, f"precision {precision:.2f}; not in gold:\n{detail}"


@pytest.mark.parametrize("gold", [g for g in GOLD_DATES if g["required"]], ids=lambda g: g["id"])
def test_required_date_claim_is_found_with_its_value(gold: dict[str, Any]) -> None:
    found = _found(gold)
    assert found, f"{gold['id']} not found: {gold['quote']!r}"
    assert any(_date_right(c, gold) for c in found), (
        f"{gold['id']} want {gold['value']}, got " + "; ".join(f"{c.value}" for c in found)
    )


def test_claims_quote_their_document_and_ids_are_unique() -> None:
    texts = {d.id: d.text for d in check([ROOT / "seeds"]).documents}
    claims = _claims()
    assert len({c.id for c in claims}) == len(claims)
    for claim in claims:
        text = texts[claim.doc]
        assert text[claim.start : claim.end] == claim.quote
        assert text[claim.value_start : claim.value_end] == claim.value_text
        assert claim.start <= claim.value_start < claim.value_end <= claim.end
