"""Round 5: common news wording the stage missed on an evaluation set nobody tuned on.

Every sentence is made up (none comes from the seeds or ``tests/events/``): a time word read as a
window only where it modifies the count's own predicate, counts without a noun or an auxiliary,
categories of vehicles and illness, dates modifying event nouns, earlier figures and parts.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import classify_helpers
import pytest

REFERENCE = date(2023, 6, 14)  # a Wednesday


claims_of = partial(classify_helpers.claims_of, reference=REFERENCE)
count_of = partial(classify_helpers.count_of, reference=REFERENCE)


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


# (id, sentence, value text, category, subject, scope)
COUNTS = [
    (
        "toll-no-noun",
        "The number of people killed when the dam burst on Monday has risen to 52.",
        "52",
        "killed",
        "people",
        None,
    ),
    (
        "participle-list-item",
        "Roughly 400 residents evacuated from homes near the levee",
        "Roughly 400",
        "evacuated",
        "people",
        None,
    ),
    (
        "past-relative-aside",
        "About 200 tenants of the tower, which stands beside the crater, were moved to hotels.",
        "About 200",
        "evacuated",
        "tenants",
        None,
    ),
    (
        "vehicle-carrying",
        "The ferry, which had left Portmore at 9 p.m. on Friday, was carrying "
        "about 250 passengers, he said.",
        "about 250",
        "other_count",
        "passengers",
        None,
    ),
    (
        "things-no-trigger",
        "Twelve wagons derailed near the border crossing.",
        "Twelve",
        "other_count",
        "wagons",
        None,
    ),
    (
        "illness",
        "More than 900 people have been treated in hospital for heatstroke.",
        "More than 900",
        "other_count",
        "people",
        None,
    ),
    (
        "illness-with",
        "Some 60 pilgrims were taken to hospital with dehydration.",
        "Some 60",
        "other_count",
        "pilgrims",
        None,
    ),
    (
        "injury-stays",
        "Some 60 pilgrims were taken to hospital with broken bones.",
        "Some 60",
        "wounded",
        "pilgrims",
        None,
    ),
    (
        "turnout-of",
        "Officials reported turnout of more than 55 percent.",
        "more than 55 percent",
        "other_count",
        "turnout",
        None,
    ),
    (
        "turnout-decimal",
        "Turnout in the referendum was 48.7 percent, the board said.",
        "48.7 percent",
        "other_count",
        "turnout",
        None,
    ),
    (
        "turnout-by-time",
        "By 3 p.m., turnout had reached 31 percent.",
        "31 percent",
        "other_count",
        "turnout",
        "by 3pm",
    ),
    (
        "as-of-time",
        "As of 6pm, 40 people had been evacuated from the estate.",
        "40",
        "evacuated",
        "people",
        "by 6pm",
    ),
]


@pytest.mark.parametrize(
    ("text", "value", "category", "subject", "scope"),
    [pytest.param(*row[1:], id=row[0]) for row in COUNTS],
)
def test_counts_of_common_wording(
    text: str, value: str, category: str, subject: str, scope: str | None
) -> None:
    claim = count_of(text, value)
    assert claim is not None
    assert (claim.category, claim.subject, claim.scope) == (category, subject, scope)


NOT_COUNTS = [
    ("age-over", "Nine in ten of the dead were over 70.", "over 70"),
    ("age-under", "Most of the injured were under 18, doctors said.", "under 18"),
    ("decimal-market-share", "Shares of the insurer closed 2.4 percent lower.", "2.4 percent"),
    ("limit-of", "The index fell by the daily limit of 10 percent.", "10 percent"),
    (
        "vehicle-left-the-tracks",
        "The train, which had left the depot at dawn, left the tracks with 300 people aboard.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(*r[1:], id=r[0]) for r in NOT_COUNTS])
def test_not_a_count(text: str, value: str | None) -> None:
    if value is not None:
        assert count_of(text, value) is None
    else:
        assert not [c for c in claims_of(text) if c.category == "evacuated"]


# (id, sentence, date text, category, subject)
DATES = [
    (
        "long-prepositions",
        "A span of a railway viaduct collapsed onto a busy market street of the "
        "port city of Kelmar during the morning rush hour on Tuesday.",
        "Tuesday",
        "event_date",
        "struck",
    ),
    (
        "date-modifies-vote",
        "Voters in the May 12 regional election waited for hours.",
        "May 12",
        "event_date",
        "vote held",
    ),
    (
        "possessive-part-of-day",
        "Investigators are examining Sunday morning's derailment near the junction.",
        "Sunday",
        "event_date",
        "struck",
    ),
    (
        "alert-declared",
        "The government declared a red heat alert on Thursday.",
        "Thursday",
        "event_date",
        "emergency declared",
    ),
    (
        "warning-issued",
        "Deaths have climbed since the amber warning was issued on July 21.",
        "July 21",
        "event_date",
        "emergency declared",
    ),
]


@pytest.mark.parametrize(
    ("text", "value", "category", "subject"), [pytest.param(*r[1:], id=r[0]) for r in DATES]
)
def test_dates_of_common_wording(text: str, value: str, category: str, subject: str) -> None:
    found = [(c.category, c.subject) for c in claims_of(text) if c.kind == "date"]
    assert found == [(category, subject)]
    assert [c.value_text for c in claims_of(text) if c.kind == "date"] == [value]


NO_DATE = [
    (
        "campaign-is-no-vote",
        "Police arrested 12 people on Monday during the election campaign.",
        "vote held",
    ),
    (
        "toll-after-relative",
        "The toll from the quake that flattened villages on Sunday rose to 90.",
        "toll updated",
    ),
]


@pytest.mark.parametrize(("text", "subject"), [pytest.param(*r[1:], id=r[0]) for r in NO_DATE])
def test_a_date_is_not_read_as(text: str, subject: str) -> None:
    assert subject not in [c.subject for c in claims_of(text) if c.kind == "date"]


@pytest.mark.parametrize(
    ("text", "current", "earlier"),
    [
        ("Police have detained 71 protesters, up from 64 on Sunday night.", "71", "64"),
        ("The toll rose to 40 from 31, officials said.", "40", "31"),
        ("Officials revised the count of missing hikers down from 12 to 9.", "9", "12"),
    ],
)
def test_an_earlier_figure_is_scoped_apart(text: str, current: str, earlier: str) -> None:
    now, then = count_of(text, current), count_of(text, earlier)
    assert now is not None and then is not None
    assert (now.scope, then.scope) == (None, "earlier figure")
