"""Round 5: common news wording the stage missed on an evaluation set nobody tuned on.

Every sentence is made up (none comes from the seeds or ``tests/events/``): a time word read as a
window only where it modifies the count's own predicate, counts without a noun or an auxiliary,
categories of vehicles and illness, dates modifying event nouns, earlier figures and parts.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.classify import extract_claims
from crosscheck.lexicon import default_lexicon
from crosscheck.model import Claim, Document

REFERENCE = date(2023, 6, 14)  # a Wednesday


def claims_of(text: str) -> tuple[Claim, ...]:
    doc = Document(id="r5.txt", path="r5.txt", text=text)
    return extract_claims(doc, reference=REFERENCE, lexicon=default_lexicon())


def count_of(text: str, value: str) -> Claim | None:
    found = [c for c in claims_of(text) if c.kind == "count" and c.value_text == value]
    assert len(found) <= 1, found
    return found[0] if found else None


# (id, sentence, value text, category, scope)
WINDOWS = [
    (
        "own-predicate",
        "About 600 campers were evacuated overnight from the valley.",
        "About 600",
        "evacuated",
        "overnight",
    ),
    (
        "said-before",
        "Overnight, some 90 villagers fled the rising water.",
        "some 90",
        "evacuated",
        "overnight",
    ),
    (
        "adjective",
        "An overnight ferry capsized off the cape, killing 23 people.",
        "23",
        "killed",
        None,
    ),
    (
        "adjective-rains",
        "Overnight storms flooded the town and 140 families were evacuated.",
        "140",
        "evacuated",
        None,
    ),
    (
        "subordinate",
        "The toll from the landslide rose to 19 after a rescuer died overnight.",
        "19",
        "killed",
        None,
    ),
    (
        "subordinate-before",
        "Some 70 people were evacuated before the levee broke overnight.",
        "Some 70",
        "evacuated",
        None,
    ),
    (
        "own-past-24h",
        "Twelve more patients died in the past 24 hours, the hospital said.",
        "Twelve",
        "killed",
        "past 24 hours",
    ),
]


@pytest.mark.parametrize(
    ("text", "value", "category", "scope"),
    [pytest.param(*row[1:], id=row[0]) for row in WINDOWS],
)
def test_a_window_scopes_only_its_own_predicate(
    text: str, value: str, category: str, scope: str | None
) -> None:
    claim = count_of(text, value)
    assert claim is not None
    assert (claim.category, claim.scope) == (category, scope)
