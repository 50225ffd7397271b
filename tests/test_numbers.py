"""find_numbers: tables of (text, expected mentions) by origin, exclusions, and properties."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.numbers import find_numbers

Row = tuple[str, str, float | None, float | None, bool]

# The report contract's normalisation table, row by row: (text, mention text, low, high, approx).
CONTRACT: list[Row] = [
    ("3,000", "3,000", 3000, 3000, False),
    ("three thousand", "three thousand", 3000, 3000, False),
    ("3k", "3k", 3000, 3000, False),
    ("more than 4,000 fighters", "more than 4,000", 4000, None, True),
    ("over 4,000 fighters", "over 4,000", 4000, None, True),
    ("upwards of 4,000 people", "upwards of 4,000", 4000, None, True),
    ("at least 41 dead", "at least 41", 41, None, False),
    ("fewer than 50 people", "fewer than 50", None, 50, True),
    ("under 50 people", "under 50", None, 50, True),
    ("up to 50 people", "up to 50", None, 50, False),
    ("at most 50 people", "at most 50", None, 50, False),
    ("about 200 people", "about 200", 180, 220, True),
    ("around 200 people", "around 200", 180, 220, True),
    ("some 200 people", "some 200", 180, 220, True),
    ("roughly 200 people", "roughly 200", 180, 220, True),
    ("an estimated 200 people", "an estimated 200", 180, 220, True),
    ("approximately 200 people", "approximately 200", 180, 220, True),
    ("nearly 50 people", "nearly 50", 45, 50, True),
    ("almost 50 people", "almost 50", 45, 50, True),
    ("just over 200 people", "just over 200", 200, 220, True),
    ("just under 200 people", "just under 200", 180, 200, True),
    ("200 to 300 people", "200 to 300", 200, 300, False),
    ("200-300 people", "200-300", 200, 300, False),
    ("between 200 and 300 people", "between 200 and 300", 200, 300, False),
    ("a dozen people", "a dozen", 12, 12, False),
    ("dozens of people", "dozens", 24, 99, True),
    ("hundreds of people", "hundreds", 200, 999, True),
    ("thousands of people", "thousands", 2000, 9999, True),
    ("tens of thousands of people", "tens of thousands", 20000, 99999, True),
    ("hundreds of thousands of people", "hundreds of thousands", 200000, 999999, True),
    ("millions of people", "millions", 2000000, 9999999, True),
    ("a few thousand people", "a few thousand", 2000, 5000, True),
    ("several thousand people", "several thousand", 3000, 9999, True),
]

FRACTIONS: list[tuple[str, str, float, float]] = [
    ("a third of the country", "a third", 0.333, 0.334),
    ("one-third of the country", "one-third", 0.333, 0.334),
    ("33% of the country", "33%", 0.333, 0.334),
    ("two-thirds of voters", "two-thirds", 0.666, 0.667),
    ("half of the town", "half", 0.5, 0.5),
    ("25% of the vote", "25%", 0.25, 0.25),
    ("25 percent of the vote", "25 percent", 0.25, 0.25),
    ("25 per cent of the vote", "25 per cent", 0.25, 0.25),
    ("one in five adults", "one in five", 0.2, 0.2),
    ("three quarters of homes", "three quarters", 0.75, 0.75),
]

# From issue 3: digits, words, money, messy real text.
ISSUE: list[tuple[str, str, float, float | None, str | None]] = [
    ("3.5 tonnes", "3.5 tonnes", 3.5, 3.5, "t"),
    ("1.2 million people", "1.2 million", 1200000, 1200000, None),
    ("5k runners", "5k", 5000, 5000, None),
    ("2million people", "2million", 2000000, 2000000, None),
    ("a $2bn deal", "$2bn", 2e9, 2e9, "USD"),
    ("£300m in aid", "£300m", 3e8, 3e8, "GBP"),
    ("twenty-one people", "twenty-one", 21, 21, None),
    ("one hundred and five people", "one hundred and five", 105, 105, None),
    ("a hundred people", "a hundred", 100, 100, None),
    ("three dozen eggs", "three dozen", 36, 36, None),
    ("Ten of thousands of people fled", "Ten of thousands", 20000, 99999, None),
    ("over 700 hundred people", "over 700 hundred", 700, None, None),
    ("a couple of hundred people", "a couple of hundred", 200, 300, None),
    ("a 5 km walk", "5 km", 5, 5, "km"),
    ("1 to 2 million people", "1 to 2 million", 1e6, 2e6, None),
    ("5 to 7 per cent", "5 to 7 per cent", 0.05, 0.07, "fraction"),
]

# Not counts: (text, why).
EXCLUDED: list[tuple[str, str]] = [
    ("It happened on March 10.", "date"),
    ("It happened on 10 March.", "date"),
    ("It happened in 2019.", "year"),
    ("since 1985 the group", "year"),
    ("at 10:23 GMT", "clock time"),
    ("at 5:30am", "clock time"),
    ("at 11 a.m. local", "clock time"),
    ("a 38-year-old man", "age"),
    ("Jane Doe, 38, said", "age"),
    ("the 19th victim", "ordinal"),
    ("the third-largest city", "ordinal"),
    ("the twenty-first century", "ordinal"),
    ("one of the factors", "pronoun one"),
    ("the one they lost", "pronoun one"),
    ("call 555-123-4567 now", "phone number"),
    ("on 2019-03-10", "ISO date"),
    ("Section 427 Row 21", "section and row"),
    ("No. 10 said", "label"),
    ("COVID-19 cases", "ID"),
    ("the G7 summit", "ID"),
    ("an F-16 jet", "ID"),
    ("a 3-2 win", "score"),
    ("they drew 1-1", "score"),
    ("in the 1990s", "decade"),
    ("5G networks", "ID"),
    ("a baker's dozen", "bare group word"),
    ("parts per million", "bare scale word"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "approx"), CONTRACT)
def test_contract_table(text: str, span: str, low: float, high: float, approx: bool) -> None:
    [m] = find_numbers(text)
    assert (m.text, m.low, m.high, m.approximate, m.unit) == (span, low, high, approx, None)


@pytest.mark.parametrize(("text", "span", "low", "high"), FRACTIONS)
def test_fractions_and_percentages(text: str, span: str, low: float, high: float) -> None:
    [m] = find_numbers(text)
    assert (m.text, m.low, m.high, m.unit) == (span, low, high, "fraction")


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), ISSUE)
def test_issue_examples(
    text: str, span: str, low: float, high: float | None, unit: str | None
) -> None:
    [m] = find_numbers(text)
    assert (m.text, m.low, m.unit) == (span, low, unit)
    assert m.high == (None if span.startswith("over") else high)


@pytest.mark.parametrize(("text", "why"), EXCLUDED)
def test_not_counts(text: str, why: str) -> None:
    assert find_numbers(text) == [], why


def test_integral_values_are_exact() -> None:
    [m] = find_numbers("4,000 fighters")
    assert m.low == 4000.0 and isinstance(m.low, float)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("about -1", -1.1, -0.9), ("nearly -10", -10, -9), ("just over -10", -11, -10)],
)
def test_a_qualified_negative_keeps_its_low_end_first(text: str, low: float, high: float) -> None:
    [m] = find_numbers(text)
    assert (m.low, m.high) == (low, high)


def test_several_in_one_sentence_in_order() -> None:
    text = "Officials said 3,000 left on Monday, about 200 stayed and two-thirds were women."
    got = [(m.text, m.low) for m in find_numbers(text)]
    assert got == [("3,000", 3000), ("about 200", 180), ("two-thirds", 0.666)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("toll rises to 96\n\nJune 9, 2021", [("96", 96)]),  # headline, then a dateline
        ("March\n10 people died", [("10", 10)]),
        ("on 10 March 2019", []),
        ("on March 10, 2019", []),
    ],
)
def test_a_day_and_its_month_share_a_line(text: str, found: list[tuple[str, float]]) -> None:
    assert [(m.text, m.low) for m in find_numbers(text)] == found


def test_one_before_a_noun_is_a_count() -> None:
    [m] = find_numbers("one man died")
    assert (m.text, m.low) == ("one", 1)


@pytest.mark.xfail(strict=True, reason="scientific notation with ×10 is not parsed")
def test_scientific_times_ten() -> None:
    [m] = find_numbers("about 1.99×10−30 kilograms")
    assert m.low is not None and m.low < 1e-29


@pytest.mark.xfail(strict=True, reason="hyphenated number-noun compounds are read as numbers")
def test_compound_adjective() -> None:
    assert find_numbers("a five-year plan") == []


def test_lexicon_is_well_formed() -> None:
    raw = (resources.files("crosscheck") / "lexicons" / "numbers.toml").read_text("utf-8")
    table = tomllib.loads(raw)
    kinds = {"above", "at_least", "below", "at_most", "about", "nearly", "just_over", "just_under"}
    assert set(table["qualifiers"].values()) <= kinds
    assert all(isinstance(v, int) and v >= 0 for v in table["cardinals"].values())
    assert all(isinstance(v, int) and v > 1 for v in table["scales"].values())
    for name, vague in table["vague"].items():
        assert ("high" in vague) != ("below" in vague), name
        assert vague["low"] > 0, name
    assert all(len(code) == 3 and code.isupper() for code in table["currency"]["prefix"].values())
    assert all(len(code) == 3 and code.isupper() for code in table["currency"]["suffix"].values())
    for name, words in [
        ("labels", table["labels"]["words"]),
        ("year", table["year_cues"]["words"]),
    ]:
        assert words == [w.lower() for w in words], name
        assert len(words) == len(set(words)) or name == "labels", name


_PIECES = [
    *"0123456789 ,.-–$%£/:abcdefhilmnorstuwyk",
    "one ",
    "third",
    "half ",
    "about ",
    "million",
    "between ",
    " and ",
    "to ",
    "March ",
    "tens of ",
    "thousands",
    "a few",
]
_NEWSY = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), _NEWSY))
def test_offsets_sorted_non_overlapping(text: str) -> None:
    mentions = find_numbers(text)
    end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert end <= m.start < m.end
        end = m.end
        if m.low is not None and m.high is not None:
            assert m.low <= m.high
