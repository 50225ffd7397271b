"""Parts of a set are never compared with the set's total.

A count of the things a source observed, visited, sampled or found something at is a part of all
of them; "N out of M" and "N of the M" are a part of M; "all but N" is a remainder. Each gets a
scope of its own, so a total from another source never contradicts it. Every sentence is made up
(none comes from the seeds or ``tests/events/``).
"""

from __future__ import annotations

from datetime import date
from functools import partial

import classify_helpers
import pytest

from crosscheck.group import group_claims
from crosscheck.lexicon import default_lexicon
from crosscheck.model import Claim

REFERENCE = date(2023, 6, 14)


claims_of = partial(classify_helpers.claims_of, reference=REFERENCE)


def count_of(text: str, value: str) -> Claim:
    claim = classify_helpers.count_of(text, value, REFERENCE)
    assert claim is not None
    return claim


# (id, sentence, value text, category, subject, scope)
PARTS = [
    (
        "visited",
        "Monitors visited 420 polling stations in the north on Sunday.",
        "420",
        "other_count",
        "polling stations",
        "part of the polling stations observed",
    ),
    (
        "inspected",
        "Engineers inspected 300 buildings and declared 12 unsafe.",
        "300",
        "other_count",
        "buildings",
        "part of the buildings observed",
    ),
    (
        "tested",
        "Health workers tested 2,000 people for the virus and 37 were positive.",
        "2,000",
        "other_count",
        "people",
        "part of the people observed",
    ),
    (
        "surveyed",
        "Aid workers surveyed 640 households in the flooded district.",
        "640",
        "other_count",
        "households",
        "part of the households observed",
    ),
    (
        "sent-to",
        "The agency sent inspectors to 75 schools after the tremor.",
        "75",
        "other_count",
        "schools",
        "part of the schools observed",
    ),
    (
        "deployed-to",
        "The league deployed 900 volunteers to 310 polling stations in the capital.",
        "310",
        "other_count",
        "polling stations",
        "part of the polling stations observed",
    ),
    (
        "sample",
        "A random sample of 1,500 ballots was recounted by hand.",
        "1,500",
        "other_count",
        "ballots",
        "part of the ballots sampled",
    ),
    (
        "found-at",
        "Auditors found irregularities in 14 polling stations.",
        "14",
        "other_count",
        "polling stations",
        "part of the polling stations with a finding",
    ),
    (
        "reported-at",
        "Inspectors reported cracks at 45 schools across the province.",
        "45",
        "other_count",
        "schools",
        "part of the schools with a finding",
    ),
    (
        "with-property",
        "Some 60 shelters with no running water were closed.",
        "Some 60",
        "other_count",
        "shelters",
        "part of the shelters with a finding",
    ),
    (
        "out-of",
        "Monitors covered 420 polling stations out of 3,000.",
        "420",
        "other_count",
        "polling stations",
        "part of 3,000",
    ),
    (
        "of-the-total",
        "Officials had counted 900 of the 4,000 ballots by noon.",
        "900",
        "other_count",
        "ballots",
        "part of 4,000",
    ),
    (
        "all-but",
        "Power has been restored to all but 2,300 homes, the utility said.",
        "2,300",
        "other_count",
        "homes",
        "still",
    ),
    (
        "all-except",
        "Water was back on in all except 150 houses on the hill.",
        "150",
        "other_count",
        "houses",
        "still",
    ),
]

# (id, sentence, value text, category, subject, scope): totals and counts that are no part.
WHOLES = [
    ("opened", "About 6,000 polling stations opened on time.", "About 6,000", "other_count",
     "polling stations", None),
    ("total-after-of-the", "Officials had counted 900 of the 4,000 ballots.", "4,000",
     "other_count", "ballots", None),
    ("deployed-people", "The league deployed 900 volunteers to 310 polling stations.", "900",
     "troops", "volunteers", None),
    ("destroyed", "The fire destroyed 120 homes, officials said.", "120", "other_count",
     "homes destroyed", None),
    ("core-category", "Rescuers found 12 bodies in the rubble of the hotel.", "12", "killed",
     "people", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "value", "category", "subject", "scope"),
    [pytest.param(*row[1:], id=row[0]) for row in PARTS + WHOLES],
)
def test_part_scope(
    sentence: str, value: str, category: str, subject: str, scope: str | None
) -> None:
    claim = count_of(sentence, value)
    assert (claim.category, claim.subject, claim.scope) == (category, subject, scope)


def test_parts_of_one_source_do_not_join_each_other() -> None:
    """A sample, the stations observed and those with a finding are three different parts."""
    text = (
        "Observers visited 1,400 polling stations. A random sample of 800 polling stations was "
        "tallied. Observers reported vote buying at 52 polling stations."
    )
    scopes = {c.value_text: c.scope for c in claims_of(text) if c.kind == "count"}
    assert len({scopes["1,400"], scopes["800"], scopes["52"]}) == 3


@pytest.mark.parametrize(
    "part",
    [
        pytest.param("Monitors visited 2,100 polling stations.", id="visited"),
        pytest.param("Observers found fraud at 61 polling stations.", id="finding"),
        pytest.param("A sample of 950 polling stations was checked.", id="sample"),
        pytest.param("Results came from 2,100 polling stations out of 9,800.", id="out-of"),
    ],
)
def test_part_is_never_grouped_with_the_total(part: str) -> None:
    whole = claims_of("Voting took place at 9,800 polling stations on Sunday.", doc_id="a.txt")
    claims = whole + claims_of(part, doc_id="b.txt")
    total = next(c for c in whole if c.value_text == "9,800")
    lexicon = default_lexicon()
    parts = [c for c in claims if c.doc == "b.txt" and c.value_text.startswith("2,100")]
    parts += [c for c in claims if c.doc == "b.txt" and c.value_text in ("61", "950")]
    assert parts, claims  # the part is read as a claim (with its scope) …
    for cluster in group_claims([c for c in claims if c.kind == "count"], lexicon=lexicon):
        if total in cluster:  # … and only a restated total joins the total
            assert {c.value_text for c in cluster} == {"9,800"}, cluster
