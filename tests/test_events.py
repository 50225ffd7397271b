"""Hand-annotated events about things other than the seeds (tests/events/*/gold.json).

The first six events (earthquake, flood, bombing, protest, abduction, wildfire) were used to tune
the pipeline; the ``holdout-*`` events (mine collapse, ferry sinking, stadium crush, cyclone,
disease outbreak, prison siege) were written afterwards as a held-out set, scored before anyone
tuned on them; the ``fresh-*`` events (school shooting, bridge collapse, train derailment,
heatwave, chemical plant explosion, election day) were written after both had been tuned on, as
a third set that nobody tunes on. Each event folder holds 3–4 articles (plain text, or Markdown /
HTML whose offsets index the text ``crosscheck.load`` yields) and a gold file shaped like
tests/seeds-gold.json, plus ``background``: spans holding numbers that are not claims of the
event. The gold is what a careful journalist would annotate; where the pipeline falls short the
case is a strict xfail with the reason, never a looser gold. A gold claim is found when a claim
of the same document overlaps its span with the same category (preferring the claim whose value
lies in the span); a gold group is right when all its required claims are found in one group
with the gold verdict (the scorer, benchmarks/score_events.py, is more lenient: all its *found*
required claims).
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from crosscheck import check
from crosscheck.load import load_documents
from crosscheck.load.formats import FOLDER_SUFFIXES
from crosscheck.model import COUNT_CATEGORIES, DATE_CATEGORIES, WEEKDAYS, Claim, Group, Report

EVENTS = Path(__file__).resolve().parent / "events"
NAMES = sorted(p.parent.name for p in EVENTS.glob("*/gold.json"))
Gold = dict[str, Any]

GAPS = {
    "abduction/G-guard": "'shot dead one security guard' is not a killed claim",
    "bombing/G-claimed": "'claimed responsibility on Tuesday' is not a date claim",
    "wildfire/G-evacuated": "'ordered to evacuate overnight' is scoped 'overnight'",
    # --- held-out events: gaps found when the set was first scored (nothing tuned on them) ---
    # ferry
    "holdout-ferry/G-on-board": (
        "'The boat's owners claim just 201 were on board' is no count claim; '201 passengers "
        "and crew recorded on its manifest' is grouped apart as 'passengers'"
    ),
    # mine
    "holdout-mine/G-killed": (
        "'workers', 'people' and 'miners' killed are split into three groups"
    ),
    "holdout-mine/G-rescued": (
        "rescued split by scope: 'so far' (3) and 'March 11' (4, 'since the collapse')"
    ),
    # outbreak
    "holdout-outbreak/G-cases": (
        "disease cases ('1,842 cholera cases', 'more than 1,800 cases') are no claims"
    ),
    # prison
    "holdout-prison/G-recaptured": (
        "'recaptured 29 of the escapees' is no captured claim; 'back in custody' is read as "
        "arrested"
    ),
    "holdout-prison/G-freed": (
        "'freeing all eight guards who had been held hostage' is read as captured, not rescued"
    ),
    # stampede
    "holdout-stampede/G-injured": (
        "'117 … treated in hospital in all' is scoped 'total'; 'scores more were injured' takes"
        " the value TWENTY-FOUR and the subject 'football fans'"
    ),
    "holdout-stampede/G-date": "'The crush happened on September 21' is no date claim",
    # --- fresh events: every miss when the set was first scored (nobody tunes on them) ---
    # shooting
    # bridge collapse
    "fresh-collapse/G-evacuated": (
        "'About 300 residents … were moved to hotels' is other_count, not evacuated; 'Roughly 300 "
        "residents evacuated from blocks under the bridge' (a list item) is no claim"
    ),
    "fresh-collapse/G-rescuers": (
        "'More than 400 firefighters, divers and rescue workers were working at the site on "
        "Friday' is scoped 'May 24' and its subject 'firefighters' parts from 'rescuers'"
    ),
    "fresh-collapse/G-date": (
        "'A section of a motorway bridge collapsed … on Thursday' and 'the collapse of the Merrow "
        "Bridge … on May 23' are no date claims"
    ),
    # train derailment
    "fresh-derailment/G-on-board": (
        "'The train, which had left Harnstad …, was carrying about 350 passengers' is read as "
        "evacuated ('left') scoped 'June 10'; 'the ministry now says more than 400, based on "
        "ticket sales' is no claim"
    ),
    "fresh-derailment/G-carriages": (
        "carriages derailed ('Seven of the train's nine carriages left the tracks', 'Seven "
        "carriages derailed', 'Seven of nine coaches came off') are no claims; 'two of them "
        "rolled down' is read as evacuated"
    ),
    # chemical plant explosion
    "fresh-chemical/G-evac-3km": (
        "'Residents within a 3-kilometre radius … - about 6,500 people - were told to leave' is "
        "other_count scoped 'overnight', not evacuated within 3 km"
    ),
    "fresh-chemical/G-firefighters": (
        "'still at the site on Thursday evening' / 'by Thursday afternoon' scope the firefighters "
        "'April 4', apart from 'fought the blaze through the night'"
    ),
    # election day
    "fresh-election/G-date": (
        "'the October 20 presidential election' and 'the 20 October 2024 presidential election' "
        "are no date claims"
    ),
}


def _gap(key: str) -> list[pytest.MarkDecorator]:
    reason = GAPS.get(key)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


@cache
def gold(name: str) -> Gold:
    data: Gold = json.loads((EVENTS / name / "gold.json").read_text("utf-8"))
    return data


@cache
def report(name: str) -> Report:
    return check([EVENTS / name], jobs=1)


def find(item: Gold, claims: tuple[Claim, ...]) -> Claim | None:
    def overlap(c: Claim) -> int:
        start: int = item["start"]
        end: int = item["end"]
        return max(0, min(c.end, end) - max(c.start, start))

    hits = [
        c
        for c in claims
        if c.doc == item["file"] and c.category == item["category"] and overlap(c) > 0
    ]

    def rank(c: Claim) -> tuple[bool, bool, int]:
        on_value = "value_start" in item and (
            c.value_start < item["value_end"] and item["value_start"] < c.value_end
        )
        inside = item["start"] <= c.value_start and c.value_end <= item["end"]
        return (on_value, inside, overlap(c))

    return max(hits, key=rank, default=None)


def resolve(name: str, ref: str) -> list[Claim]:
    """The emitted claims standing for a gold claim id or a background span id."""
    claims = report(name).claims
    for item in gold(name)["claims"]:
        if item["id"] == ref:
            hit = find(item, claims)
            return [hit] if hit else []
    span = next(b for b in gold(name)["background"] if b["id"] == ref)
    return [
        c
        for c in claims
        if c.doc == span["file"] and c.value_start < span["end"] and span["start"] < c.value_end
    ]


def group_of(name: str, claim: Claim) -> Group:
    return next(g for g in report(name).groups if claim.id in g.claims)


# --- the gold files themselves -------------------------------------------------------------


def articles(name: str) -> dict[str, str]:
    """The text of each article of an event as the load stage reads it (Markdown without its
    front matter, HTML as visible text): the text the gold offsets index."""
    return {doc.id: doc.text for doc in load_documents([str(EVENTS / name)], published={})}


def test_every_event_is_annotated() -> None:
    assert len(NAMES) >= 12
    assert sum(name.startswith("holdout-") for name in NAMES) >= 6
    assert sum(name.startswith("fresh-") for name in NAMES) >= 6
    for name in NAMES:
        files = [p for p in (EVENTS / name).iterdir() if p.suffix in FOLDER_SUFFIXES]
        assert 3 <= len(files) <= 4, name


@pytest.mark.parametrize("name", NAMES)
def test_gold_is_well_formed(name: str) -> None:
    data = gold(name)
    assert set(data) >= {"about", "documents", "claims", "groups", "must_not_contradict"}
    files = articles(name)
    assert sorted(data["documents"]) == sorted(files)
    for doc in data["documents"].values():
        assert doc["published"] is None or date.fromisoformat(doc["published"])
    items = {c["id"]: c for c in [*data["claims"], *data["background"]]}
    assert len(items) == len(data["claims"]) + len(data["background"]), "duplicate ids"
    for item in items.values():
        text = files[item["file"]]
        assert text[item["start"] : item["end"]] == item["quote"], item["id"]
        assert item["quote"] == item["quote"].strip(), item["id"]
        if "value_text" in item:
            assert text[item["value_start"] : item["value_end"]] == item["value_text"]
            assert item["start"] <= item["value_start"] < item["value_end"] <= item["end"]
    for claim in data["claims"]:
        value = claim["value"]
        if claim["category"] in COUNT_CATEGORIES:
            assert {"low", "high", "approximate"} <= set(value), claim["id"]
            low, high = value["low"], value["high"]
            assert low is None or high is None or low <= high, claim["id"]
        else:
            assert claim["category"] in DATE_CATEGORIES, claim["id"]
            assert set(value) == {"year", "month", "day", "weekday", "earliest", "latest"}
            assert value["weekday"] in (None, *WEEKDAYS), claim["id"]
            if value["year"] and value["month"] and value["day"]:
                day = date(value["year"], value["month"], value["day"])
                assert WEEKDAYS[day.weekday()] == value["weekday"], claim["id"]
    for group in data["groups"]:
        categories = {items[cid]["category"] for cid in group["claims"]}
        assert len(categories) == 1, group["id"]
        assert group["verdict"] in ("agree", "contradict"), group["id"]
        assert any(items[cid]["required"] for cid in group["claims"]), group["id"]
    for pair in data["must_not_contradict"]:
        assert len(pair) == 2 and all(ref in items for ref in pair), pair


# --- the pipeline against the gold ---------------------------------------------------------


PUBLISHED_CASES = [
    pytest.param(name, doc, id=f"{name}/{doc}", marks=_gap(f"{name}/{doc}"))
    for name in NAMES
    for doc in sorted(gold(name)["documents"])
]


@pytest.mark.parametrize(("name", "doc"), PUBLISHED_CASES)
def test_publication_date(name: str, doc: str) -> None:
    want = gold(name)["documents"][doc]["published"]
    got = next(d for d in report(name).documents if d.id == doc)
    assert (got.published.isoformat() if got.published else None) == want


@pytest.mark.parametrize("name", NAMES)
def test_emitted_quotes_are_exact(name: str) -> None:
    texts = {doc.id: doc.text for doc in report(name).documents}
    for claim in report(name).claims:
        assert texts[claim.doc][claim.start : claim.end] == claim.quote, claim.id
        assert texts[claim.doc][claim.value_start : claim.value_end] == claim.value_text
        assert claim.start <= claim.value_start <= claim.value_end <= claim.end, claim.id


GROUP_CASES = [
    pytest.param(name, g, id=f"{name}/{g['id']}", marks=_gap(f"{name}/{g['id']}"))
    for name in NAMES
    for g in gold(name)["groups"]
]


@pytest.mark.parametrize(("name", "spec"), GROUP_CASES)
def test_gold_group_found_with_its_verdict(name: str, spec: Gold) -> None:
    items = {c["id"]: c for c in gold(name)["claims"]}
    required = [cid for cid in spec["claims"] if items[cid]["required"]]
    found = {cid: find(items[cid], report(name).claims) for cid in required}
    missing = [f"{cid} {items[cid]['quote']!r}" for cid, c in found.items() if c is None]
    assert not missing, f"required claims not found: {missing}"
    groups = {cid: group_of(name, c) for cid, c in found.items() if c is not None}
    assert len({g.id for g in groups.values()}) == 1, "split across groups: " + "; ".join(
        f"{cid} → {g.id} {g.subject!r} scope={g.scope!r}" for cid, g in groups.items()
    )
    group = next(iter(groups.values()))
    assert group.verdict == spec["verdict"], group.explanation


MNC_CASES = [
    pytest.param(name, a, b, id=f"{name}/{a}~{b}", marks=_gap(f"{name}/{a}~{b}"))
    for name in NAMES
    for a, b in gold(name)["must_not_contradict"]
]


@pytest.mark.parametrize(("name", "first", "second"), MNC_CASES)
def test_must_not_contradict(name: str, first: str, second: str) -> None:
    others = {c.id for c in resolve(name, second)}
    for claim in resolve(name, first):
        group = group_of(name, claim)
        together = others & set(group.claims)
        assert not (group.verdict == "contradict" and together), group.explanation


def test_known_gaps_name_real_cases() -> None:
    cases = (
        {p.id for p in GROUP_CASES} | {p.id for p in MNC_CASES} | {p.id for p in PUBLISHED_CASES}
    )
    assert set(GAPS) <= cases, set(GAPS) - cases
