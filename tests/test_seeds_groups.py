"""The seed batch yields the hand-annotated groups with their verdicts (tests/seeds-gold.json).

The gold file is a check of the pipeline, not a list of answers: this test only compares.
A gold claim is found when a claim of the same document overlaps its span with the same
category; a gold group is found when all its found required claims sit in one group whose
verdict is the gold verdict.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from crosscheck import check
from crosscheck.model import Claim, Group, Report

ROOT = Path(__file__).resolve().parent.parent
GOLD: dict[str, Any] = json.loads((ROOT / "tests" / "seeds-gold.json").read_text("utf-8"))
GOLD_CLAIMS = {claim["id"]: claim for claim in GOLD["claims"]}


@cache
def seeds_report() -> Report:
    return check([ROOT / "seeds"], jobs=1)


def found(gold_id: str) -> Claim | None:
    gold = GOLD_CLAIMS[gold_id]
    for claim in seeds_report().claims:
        if (
            claim.doc == gold["file"]
            and claim.category == gold["category"]
            and claim.start < gold["end"]
            and gold["start"] < claim.end
        ):
            return claim
    return None


def group_of(claim: Claim) -> Group:
    return next(g for g in seeds_report().groups if claim.id in g.claims)


@pytest.mark.parametrize("gold_group", GOLD["groups"], ids=lambda g: g["id"])
def test_gold_group_found_with_its_verdict(gold_group: dict[str, Any]) -> None:
    required = [cid for cid in gold_group["claims"] if GOLD_CLAIMS[cid]["required"]]
    claims = {cid: found(cid) for cid in required}
    missing = [cid for cid, claim in claims.items() if claim is None]
    assert not missing, f"required claims not found: {missing}"
    groups = {cid: group_of(claim) for cid, claim in claims.items() if claim is not None}
    ids = {group.id for group in groups.values()}
    assert len(ids) == 1, "split across groups: " + "; ".join(
        f"{cid} → {g.id} {g.subject!r} scope={g.scope!r}" for cid, g in groups.items()
    )
    group = next(iter(groups.values()))
    assert group.verdict == gold_group["verdict"], group.explanation
    assert group.explanation


@pytest.mark.parametrize("pair", GOLD["must_not_contradict"], ids="~".join)
def test_must_not_contradict(pair: list[str]) -> None:
    first, second = (found(cid) for cid in pair)
    if first is None or second is None:
        return  # a claim not found cannot be reported as contradicting
    group = group_of(first)
    assert not (group.verdict == "contradict" and second.id in group.claims), group.explanation


def test_contradiction_explains_who_says_what() -> None:
    contradictions = [g for g in seeds_report().groups if g.verdict == "contradict"]
    assert contradictions
    for group in contradictions:
        for doc in group.docs:
            assert doc.split("_")[0] in group.explanation, (doc, group.explanation)


def test_groups_are_ordered_contradictions_first() -> None:
    order = {"contradict": 0, "agree": 1, "single": 2}
    ranks = [order[g.verdict] for g in seeds_report().groups]
    assert ranks == sorted(ranks)
