"""Grouping tables: synonyms, aliases, spelling variants, sides, scopes, categories, kinds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.group import group_claims, normalise_scope, subject_words
from crosscheck.lexicon import default_lexicon
from crosscheck.model import Claim, CountValue, DateValue

LEXICON = default_lexicon()
COUNT = CountValue(100, 100)


def claim(
    n: int,
    subject: str,
    *,
    category: str = "killed",
    scope: str | None = None,
    value: CountValue | DateValue = COUNT,
) -> Claim:
    """Claim number ``n``, from its own document ``d<n>``."""
    kind = "date" if isinstance(value, DateValue) else "count"
    doc = f"d{n:02d}"
    return Claim(
        id=f"{doc}:0", doc=doc, kind=kind, category=category, quote=subject, start=0, end=1,
        value_text="x", value_start=0, value_end=1, subject=subject, scope=scope,
        attribution=None, value=value,
    )  # fmt: skip


def partition(claims: list[Claim]) -> list[list[int]]:
    """The groups as lists of claim numbers (their position in ``claims``), sorted."""
    where = {c.id: i for i, c in enumerate(claims)}
    groups = group_claims(claims, lexicon=LEXICON)
    return sorted(sorted(where[c.id] for c in group) for group in groups)


# Each row: subjects of claims in one block (same kind, category, scope) → expected groups.
SUBJECT_CASES = [
    pytest.param(["fighters", "militants", "jihadis"], [[0, 1, 2]], id="synonyms"),
    pytest.param(
        ["ISIS fighters", "ISIL fighters", "Islamic State fighters", "Daesh militants"],
        [[0, 1, 2, 3]],
        id="entity aliases",
    ),
    pytest.param(["ISIS fighters", "fighters"], [[0, 1]], id="an unqualified subject joins"),
    pytest.param(["SDF fighters", "ISIS fighters"], [[0], [1]], id="different sides never merge"),
    pytest.param(
        ["Syrian Democratic Forces fighters", "SDF fighters", "ISIS fighters"],
        [[0, 1], [2]],
        id="alias of one side, not the other",
    ),
    pytest.param(
        ["SDF fighters", "ISIS fighters", "fighters"],
        [[0], [1], [2]],
        id="ambiguous between two sides: alone",
    ),
    pytest.param(
        ["people in Baghouz", "people in Baghuz"], [[0, 1]], id="spelling variant of a place"
    ),
    pytest.param(["Kurdish fighters", "Turkish fighters"], [[0], [1]], id="similar names differ"),
    pytest.param(["injured miners", "insured miners"], [[0], [1]], id="common words not fuzzy"),
    pytest.param(["people", "victims"], [[0, 1]], id="grouping equivalents"),
    pytest.param(["civilian", "civilians"], [[0, 1]], id="plural folded"),
    pytest.param(["children", "women"], [[0], [1]], id="different counted nouns"),
    pytest.param(["the fighters", "fighters"], [[0, 1]], id="stop words"),
    pytest.param(["", "people"], [[0, 1]], id="an empty subject joins the only cluster"),
    pytest.param(["", "civilians", "soldiers"], [[0], [1], [2]], id="… but not one of several"),
    # synonyms and modifiers on events of other kinds (made-up claims)
    pytest.param(
        ["inmates", "prisoners", "detainees", "jail inmates"], [[0, 1, 2, 3]], id="jailbreak"
    ),
    pytest.param(["armed police", "police", "policemen"], [[0, 1, 2]], id="armed police"),
    pytest.param(["homes", "households", "customers"], [[0, 1, 2]], id="power cut: homes"),
    pytest.param(["local residents", "residents"], [[0, 1]], id="descriptive modifier"),
    pytest.param(["hostage", "hostages"], [[0, 1]], id="singular"),
    pytest.param(
        ["Red Cross volunteers", "volunteers", "volunteer"], [[0, 1, 2]], id="a named body"
    ),
    pytest.param(
        ["Hamas fighters", "IDF soldiers", "soldiers"], [[0], [1, 2]], id="head nouns differ"
    ),
    pytest.param(["homes", "schools"], [[0], [1]], id="different things"),
]


@pytest.mark.parametrize(("subjects", "expected"), SUBJECT_CASES)
def test_subjects(subjects: list[str], expected: list[list[int]]) -> None:
    claims = [claim(i, s, scope="past month") for i, s in enumerate(subjects)]
    assert partition(claims) == expected


def exact(n: float) -> CountValue:
    return CountValue(n, n)


# Each row: (subject, value) of claims in one block → expected groups. A generic person noun
# joins the one specific subject whose figures it agrees with.
GENERIC_CASES = [
    pytest.param([("suspects", exact(2)), ("men", exact(2))], [[0, 1]], id="men / suspects"),
    pytest.param(
        [("teachers", exact(3)), ("staff members", exact(3)), ("students", exact(42))],
        [[0, 1], [2]],
        id="staff members / teachers, not students",
    ),
    pytest.param(
        [("people", exact(31)), ("aid workers", exact(2))],
        [[0], [1]],
        id="a larger group, not the same people",
    ),
    pytest.param(
        [("people", CountValue(20, None)), ("civilians", exact(23))],
        [[0, 1]],
        id="compatible figures",
    ),
    pytest.param(
        [("people", exact(3)), ("guards", exact(3)), ("drivers", exact(3))],
        [[0], [1], [2]],
        id="one of several: alone",
    ),
    pytest.param(
        [("people", exact(3)), ("people", exact(4)), ("guards", exact(3))],
        [[0, 1], [2]],
        id="generic claims that disagree stay together",
    ),
    pytest.param(
        [("SDF fighters", exact(3)), ("men", exact(3))],
        [[0, 1]],
        id="a named side",
    ),
    pytest.param(
        [("men", exact(3)), ("people", exact(3))], [[0, 1]], id="two generic nouns, one figure"
    ),
    pytest.param(
        [("men", exact(3)), ("people", exact(5))], [[0], [1]], id="two generic nouns: apart"
    ),
    pytest.param(
        [("suspects", exact(2)), ("suspects", exact(3)), ("men", exact(2))],
        [[0, 1], [2]],
        id="specific figures that disagree take no generic claim",
    ),
    # events of other kinds (made-up claims)
    pytest.param([("technicians", exact(4)), ("staff", exact(4))], [[0, 1]], id="lab fire: staff"),
    pytest.param(
        [("firefighters", exact(9)), ("people", exact(9)), ("workers", CountValue(3, None))],
        [[0, 1, 2]],
        id="warehouse blaze: two generic nouns join one specific",
    ),
    pytest.param(
        [("passengers and driver", exact(41)), ("people", exact(41))],
        [[0, 1]],
        id="bus crash: a coordination is people",
    ),
    pytest.param(
        [("passengers and driver", exact(41)), ("passengers", exact(41))],
        [[0, 1]],
        id="a coordination joins one of its nouns by figures",
    ),
    pytest.param(
        [("women and children", exact(12)), ("people", exact(30))],
        [[0], [1]],
        id="women and children among the dead: apart",
    ),
    pytest.param(
        [("passengers and crew", exact(201)), ("people", exact(240)), ("people", exact(201))],
        [[0, 1, 2]],
        id="generic nouns meet a coordination on one figure",
    ),
    pytest.param(
        [("people", exact(31)), ("climbers", exact(31)), ("guides", exact(4))],
        [[0, 1], [2]],
        id="avalanche: climbers, not guides",
    ),
    # a generic noun's figures that disagree: a minority figure joins the one specific subject
    # it agrees with, the rest stay together
    pytest.param(
        [
            ("patients", exact(600)),
            ("people", exact(600)),
            ("people", exact(1900)),
            ("people", CountValue(1800, None)),
        ],
        [[0, 1], [2, 3]],
        id="outbreak: people admitted join the patients, not the people infected",
    ),
    pytest.param(
        [
            ("hikers", exact(14)),
            ("people", exact(14)),
            ("people", exact(60)),
            ("people", CountValue(50, 70)),
        ],
        [[0, 1], [2, 3]],
        id="mountain rescue: hikers among the people evacuated",
    ),
    pytest.param(
        [("people", exact(3)), ("people", exact(4)), ("guards", exact(4))],
        [[0, 1], [2]],
        id="two figures one report each: a dispute stays together",
    ),
    pytest.param(
        [
            ("students", exact(9)),
            ("teachers", exact(9)),
            ("people", exact(11)),
            ("people", exact(11)),
            ("people", exact(9)),
        ],
        [[0], [1], [2, 3, 4]],
        id="school shooting: a minority figure fitting two subjects stays",
    ),
]


@pytest.mark.parametrize(("rows", "expected"), GENERIC_CASES)
def test_generic_subjects(rows: list[tuple[str, CountValue]], expected: list[list[int]]) -> None:
    claims = [claim(i, s, category="arrested", value=v) for i, (s, v) in enumerate(rows)]
    assert partition(claims) == expected


DATE = DateValue(weekday=6)


@pytest.mark.parametrize(
    ("subjects", "expected"),
    [
        pytest.param(["assault launched", "offensive launched"], [[0, 1]], id="assault/offensive"),
        pytest.param(["assault launched", "attack began"], [[0, 1]], id="launched/began"),
        pytest.param(
            ["operation announced", "operation halted"], [[0], [1]], id="different actions"
        ),
        pytest.param(["operation announced", "push announced"], [[0], [1]], id="different things"),
        pytest.param(["abduction", "students kidnapped"], [[0, 1]], id="abduction/kidnapped"),
        pytest.param(["people left", "civilians emerged"], [[0], [1]], id="recurring: apart"),
        pytest.param(["riot erupted", "prison stormed"], [[0], [1]], id="two actions: apart"),
        pytest.param(["riot erupted", "riot began"], [[0, 1]], id="erupted/began"),
        pytest.param(["polls opened", "polls closed"], [[0], [1]], id="election: open/close"),
        pytest.param(["strike began", "strike ended"], [[0], [1]], id="strike: start/end"),
        pytest.param(["storm struck", "storm hit"], [[0, 1]], id="struck/hit"),
    ],
)
def test_date_subjects(subjects: list[str], expected: list[list[int]]) -> None:
    claims = [claim(i, s, category="event_date", value=DATE) for i, s in enumerate(subjects)]
    assert partition(claims) == expected


# Each row: dates of one recurring action without a scope → expected groups (occurrences).
OCCURRENCE_CASES = [
    pytest.param(
        [DateValue(2020, 2, 23, 6), DateValue(month=2, day=23)], [[0, 1]], id="one day: grouped"
    ),
    pytest.param(
        [DateValue(weekday=4), DateValue(weekday=1)], [[0], [1]], id="two days: two occurrences"
    ),
    pytest.param(
        [DateValue(weekday=4), DateValue(weekday=1), DateValue(weekday=4)],
        [[0, 2], [1]],
        id="the same day twice, another once",
    ),
]


@pytest.mark.parametrize(("values", "expected"), OCCURRENCE_CASES)
def test_recurring_action_dates_without_scope(
    values: list[DateValue], expected: list[list[int]]
) -> None:
    claims = [claim(i, "people left", category="event_date", value=v) for i, v in enumerate(values)]
    assert partition(claims) == expected


def doc_claim(n: int, doc: str, subject: str, value: CountValue, scope: str | None = None) -> Claim:
    return claim(n, subject, value=value, scope=scope)._replace(id=f"{doc}:{n}", doc=doc, start=n)


# Each row: (doc, subject, value) → expected groups. A modifier that names a side suffices to
# join a subject to its bare head noun; a common modifier may name another kind, so the figures
# must meet too; a generic noun joins what the specific subject's sources settle on.
FIGURE_CASES = [
    pytest.param(
        [("a", "prison officers", 8), ("b", "officers", 400)],
        [[0], [1]],
        id="prison officers are not the officers around the jail",
    ),
    pytest.param(
        [("a", "riot police", 400), ("b", "police", 400)], [[0, 1]], id="same figure: same kind"
    ),
    pytest.param(
        [("a", "Kenyan troops", 300), ("b", "troops", 500)], [[0, 1]], id="a named side: a dispute"
    ),
    pytest.param(
        [("a", "coal miners", 31), ("b", "miners", 31), ("c", "rescue workers", 31)],
        [[0, 1], [2]],
        id="miners trapped, not rescuers",
    ),
    pytest.param(
        [("a", "climbers", 12), ("b", "climbers", 12), ("b", "climbers", 40), ("c", "people", 12)],
        [[0, 1, 2, 3]],
        id="sources settle on a figure (one report adds another)",
    ),
    pytest.param(
        [("a", "climbers", 12), ("b", "climbers", 40), ("c", "people", 12)],
        [[0, 1], [2]],
        id="sources that settle on no figure take no generic claim",
    ),
]


# Deployed personnel (category troops): a generic word joins the one service whose figures agree;
# two services stay apart.
SERVICE_CASES = [
    pytest.param([("police", 4000), ("troops", 4000)], [[0, 1]], id="summit: police = troops"),
    pytest.param([("police", 4000), ("firefighters", 4000)], [[0], [1]], id="two services: apart"),
    pytest.param(
        [("firefighters", 120), ("rescuers", 120), ("soldiers", 300)],
        [[0, 1], [2]],
        id="factory fire: rescuers are the firefighters",
    ),
    pytest.param(
        [("firefighters", 120), ("rescuers", 500)], [[0], [1]], id="rescuers, another figure"
    ),
    pytest.param(
        [("police officers", 900), ("riot police", 900), ("personnel", 900), ("firefighters", 60)],
        [[0, 1, 2], [3]],
        id="march: same service words and personnel",
    ),
]


@pytest.mark.parametrize(("rows", "expected"), SERVICE_CASES)
def test_deployed_services(rows: list[tuple[str, float]], expected: list[list[int]]) -> None:
    claims = [doc_claim(i, f"d{i}", s, exact(v)) for i, (s, v) in enumerate(rows)]
    claims = [c._replace(category="troops") for c in claims]
    assert partition(claims) == expected


@pytest.mark.parametrize(("rows", "expected"), FIGURE_CASES)
def test_subjects_and_figures(
    rows: list[tuple[str, str, float]], expected: list[list[int]]
) -> None:
    claims = [doc_claim(i, d, s, exact(v)) for i, (d, s, v) in enumerate(rows)]
    assert partition(claims) == expected


# A part ("17 of the dead") or an increment ("three more bodies") is scoped by classify: it is
# never grouped with the total, so it can never contradict it.
@pytest.mark.parametrize("scope", ["part of 24", "more", "part of twenty-four"])
def test_parts_and_increments_stay_apart_from_the_total(scope: str) -> None:
    claims = [
        doc_claim(0, "a", "people", exact(24)),
        doc_claim(1, "b", "people", exact(24)),
        doc_claim(2, "c", "people", exact(17), scope=scope),
    ]
    assert partition(claims) == [[0, 1], [2]]


def test_recurring_action_dates_compare_under_a_scope() -> None:
    rows = ["people left", "people left", "people emerged"]
    claims = [
        claim(i, s, category="event_date", value=DATE, scope="since") for i, s in enumerate(rows)
    ]
    assert partition(claims) == [[0, 1, 2]]


# Each row: two claims with the same subject that differ in one block field.
BLOCK_CASES = [
    pytest.param({"scope": "past month"}, {"scope": "recent months"}, False, id="scopes differ"),
    pytest.param({"scope": "last week"}, {"scope": None}, False, id="a scope vs none"),
    pytest.param({"scope": "March 4"}, {"scope": "recent months"}, False, id="day vs months"),
    pytest.param({"scope": "past month"}, {"scope": "in the past month"}, True, id="scope words"),
    pytest.param({"scope": "Past  Month"}, {"scope": "past month"}, True, id="scope case"),
    pytest.param({"category": "killed"}, {"category": "wounded"}, False, id="categories differ"),
    pytest.param({"value": COUNT}, {"value": DATE}, False, id="kinds differ"),
    pytest.param(
        {"value": CountValue(0.5, 0.5, False, "fraction")},
        {"value": CountValue(0.5, 0.5)},
        False,
        id="a fraction is not a count",
    ),
    pytest.param({}, {}, True, id="same block"),
]


@pytest.mark.parametrize(("first", "second", "together"), BLOCK_CASES)
def test_blocks(first: dict[str, object], second: dict[str, object], together: bool) -> None:
    claims = [claim(0, "people", **first), claim(1, "people", **second)]  # type: ignore[arg-type]
    assert partition(claims) == ([[0, 1]] if together else [[0], [1]])


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        pytest.param("IS fighters", "Islamic State fighters", True, id="IS in capitals"),
        pytest.param("this is fighters", "fighters", True, id="the verb 'is' is a stop word"),
        pytest.param("UN staff", "United Nations staff", True, id="UN"),
        pytest.param("U.S. troops", "US troops", True, id="U.S."),
        pytest.param("ISIS's fighters", "ISIS fighters", True, id="possessive"),
        pytest.param("Boko Haram", "boko haram", True, id="case of a long alias"),
        pytest.param("SDF fighters", "Islamic State fighters", False, id="sides"),
    ],
)
def test_subject_words(first: str, second: str, same: bool) -> None:
    equal = subject_words(first, lexicon=LEXICON) == subject_words(second, lexicon=LEXICON)
    assert equal is same


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        (None, ""),
        ("in the past month", "past month"),
        ("Over the last months", "last months"),
        ("March 4", "march 4"),
    ],
)
def test_normalise_scope(scope: str | None, expected: str) -> None:
    assert normalise_scope(scope) == expected


def test_same_document_claims_may_share_a_group() -> None:
    first, second = claim(0, "people"), claim(1, "people")._replace(doc="d00", start=5)
    groups = group_claims([first, second], lexicon=LEXICON)
    assert [len(g) for g in groups] == [2]


def test_groups_and_members_are_sorted_and_order_free() -> None:
    subjects = ["fighters", "SDF fighters", "people", "ISIS fighters", "victims", "militants"]
    claims = [claim(i, s) for i, s in enumerate(subjects)]
    forward = group_claims(claims, lexicon=LEXICON)
    backward = group_claims(list(reversed(claims)), lexicon=LEXICON)
    assert forward == backward
    assert all(list(g) == sorted(g, key=lambda c: (c.doc, c.start, c.id)) for g in forward)


POOL = [
    doc_claim(i, f"d{i % 5}", subject, exact(value))
    for i, (subject, value) in enumerate(
        [("people", 9), ("firefighters", 9), ("workers", 9), ("armed police", 400),
         ("police", 400), ("prison officers", 8), ("passengers and crew", 201), ("people", 201),
         ("people", 240), ("passengers", 201), ("inmates", 83), ("prisoners", 100),
         ("men", 3), ("women and children", 12), ("SDF fighters", 5), ("fighters", 5),
         ("ISIS fighters", 7), ("", 9)]
    )
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.permutations(POOL))
def test_grouping_does_not_depend_on_claim_order(claims: list[Claim]) -> None:
    assert group_claims(claims, lexicon=LEXICON) == group_claims(POOL, lexicon=LEXICON)


def test_every_claim_lands_in_exactly_one_group() -> None:
    claims = [claim(i, f"subject{i % 7} people", scope=f"s{i % 3}") for i in range(60)]
    groups = group_claims(claims, lexicon=LEXICON)
    ids = [c.id for g in groups for c in g]
    assert sorted(ids) == sorted(c.id for c in claims)
