"""find_dates: spans from the scanner, partial values, past-preferred resolution.

Tables in the ctparse style: (expected value, reference, [surface variants]). The expected value
is a string: "2019-03-10" (year, month, day), "2019-03" / "2019" (year and month / year),
"--03-10" (month and day only), "--03" (month only), "W6" (weekday only, Sunday), or
"2019-03-04..2019-03-10" (earliest..latest). Each variant is searched inside a short sentence.
"""

from __future__ import annotations

import itertools
import tomllib
from datetime import date
from importlib import resources

import pytest
from date_notation import describe, only
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.dates import find_dates

MON_2019_03_11 = date(2019, 3, 11)
FRI_2013_03_22 = date(2013, 3, 22)


CORPUS: list[tuple[str, date | None, list[str]]] = [
    # absolute dates, no reference needed for the parts the text fixes
    ("2019-03-10", None, ["March 10th, 2019", "10 March 2019", "2019-03-10", "3/10/2019"]),
    ("2019-03-10", None, ["Sunday, March 10, 2019", "Sunday 10 March 2019"]),
    ("--03-10", None, ["March 10", "March 10th", "the 10th of March", "Mar. 10"]),
    ("--02-12", None, ["Feb. 12", "February 12", "12 February"]),
    ("--09", None, ["September", "Sept."]),
    ("--03", None, ["early March", "mid-March", "late March", "the end of March"]),
    ("2014", None, ["2014"]),
    ("2010-05", None, ["May 2010", "May, 2010"]),
    ("W6", None, ["Sunday", "last Sunday", "Sunday's"]),
    ("W3", None, ["Thursday"]),
    # with the publication date as reference: Monday 11 March 2019
    ("2019-03-10", MON_2019_03_11, ["Sunday", "March 10", "yesterday", "Sunday, March 10th"]),
    ("2019-03-11", MON_2019_03_11, ["Monday", "today", "11 March"]),
    ("2019-03-09", MON_2019_03_11, ["Saturday", "two days ago", "2 days ago"]),
    ("2019-03-04", MON_2019_03_11, ["a week earlier", "one week ago", "last Monday"]),
    ("2019-03-07", MON_2019_03_11, ["Thursday", "March 7"]),
    ("2019-02-12", MON_2019_03_11, ["Feb. 12", "February 12"]),
    ("2018-09", MON_2019_03_11, ["September", "last September"]),
    ("2019-03", MON_2019_03_11, ["this month", "March"]),
    ("2019-02", MON_2019_03_11, ["last month", "February", "a month ago"]),
    ("2018", MON_2019_03_11, ["last year", "a year ago"]),
    ("2019", MON_2019_03_11, ["this year"]),
    ("2019-03-04..2019-03-10", MON_2019_03_11, ["last week", "the previous week"]),
    ("2019-03-11..2019-03-17", MON_2019_03_11, ["this week"]),
    ("2019-03-01..2019-03-10", MON_2019_03_11, ["early March"]),
    ("2019-03-11..2019-03-20", MON_2019_03_11, ["mid-March", "mid March"]),
    ("2019-03-21..2019-03-31", MON_2019_03_11, ["late March", "the end of March"]),
    ("2019-03-01..2019-03-11", MON_2019_03_11, ["earlier this month"]),
    ("2018-12-01..2018-12-10", MON_2019_03_11, ["early December"]),
    ("2019-04-02", MON_2019_03_11, ["April 2", "Tuesday, April 2nd"]),
    ("2019-03-13", MON_2019_03_11, ["the day after tomorrow"]),
    ("2019-03-09", MON_2019_03_11, ["the day before yesterday"]),
    ("2016-04-21", None, ["21/04/2016", "21-04-2016", "04/21/2016", "2016/04/21", "21.04.2016"]),
    # Friday 22 March 2013 (TempEval-3 style)
    ("2013-03-22", FRI_2013_03_22, ["Friday"]),
    ("2013-03-15", FRI_2013_03_22, ["last Friday"]),
    ("2013-03-21", FRI_2013_03_22, ["Thursday"]),
    ("2012-07-21..2012-07-31", FRI_2013_03_22, ["late last July"]),
    ("2012-08", FRI_2013_03_22, ["August"]),
    ("2013-01-01..2013-04-30", FRI_2013_03_22, ["early this year"]),
    ("2009", FRI_2013_03_22, ["four years ago", "2009"]),
    ("2014", FRI_2013_03_22, ["next year"]),
]


@pytest.mark.parametrize(
    ("expected", "reference", "surface"),
    [(e, r, s) for e, r, variants in CORPUS for s in variants],
)
def test_value(expected: str, reference: date | None, surface: str) -> None:
    text = f"Officials said the strike came {surface} near the border."
    if surface[0].isdigit() or surface.startswith(("the ", "a ", "one ")):
        text = f"Officials said the strike came on {surface} near the border."
    mention = only(text, reference)
    assert describe(mention) == expected
    assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Forces launched an assault on Sunday, March 10th, officials said.", "Sunday, March 10th"),
        ("It began on the morning of Thursday April 2nd.", "Thursday April 2nd"),
        ("Thursday's attack killed nine.", "Thursday"),
        ("Fighting resumed earlier on Sunday.", "Sunday"),
        ("The group has held the town since 2014.", "2014"),
        ("Talks halted in September.", "September"),
        ("The offensive began in early March.", "early March"),
        ("He wrote on March 3: “We are slowing down.”", "March 3"),
        ("The clash on March 3 at 10:23 GMT", "March 3"),
        ("Strikes have continued since Saturday, March 9th.", "Saturday, March 9th"),
    ],
)
def test_span_leaves_out_the_preposition(sentence: str, span: str) -> None:
    assert only(sentence, None).text == span


def test_weekday_is_set_whenever_the_full_date_is_known() -> None:
    m = only("It happened on 10 March 2019.", None)
    assert (m.year, m.month, m.day, m.weekday) == (2019, 3, 10, 6)
    assert (m.earliest, m.latest) == (None, None)


def test_publication_day_weekday_is_that_day() -> None:
    m = only("The ministry said Friday that the road was open.", FRI_2013_03_22)
    assert (m.year, m.month, m.day, m.weekday) == (2013, 3, 22, 4)


def test_future_cue_reads_a_weekday_forward() -> None:
    m = only("The council will meet on Thursday to vote.", MON_2019_03_11)
    assert (m.month, m.day) == (3, 14)


def test_without_reference_relative_dates_stay_open() -> None:
    m = only("The bridge collapsed yesterday.", None)
    assert (m.year, m.month, m.day, m.weekday, m.earliest) == (None, None, None, None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The quake struck at 10:23 GMT.",
        "Rescuers dug for two hours.",
        "Twelve people died in the past month.",
        "More than 2,000 people fled; about 1,500 returned.",
        "Some 2000 people were evacuated.",
        "With 2000 killed, the toll passed the last quake's.",
        "Only one of the 3,000 homes was spared.",
        "Prime Minister Theresa May said the army would help.",
        "Protesters march on the capital.",
        "The river rose 12.5 metres in 36 hours.",
        "It started about a month earlier than usual.",
        "Markets are open on Sundays.",
    ],
)
def test_not_a_date(sentence: str) -> None:
    assert find_dates(sentence, MON_2019_03_11) == []


@pytest.mark.parametrize(
    ("sentence", "span", "fields"),
    [
        ("stormed it on Friday night, Feb. 21, police said", "Friday night, Feb. 21", (2, 21, 4)),
        ("on Monday morning 14 April 2014", "Monday morning 14 April 2014", (4, 14, 0)),
    ],
)
def test_a_part_of_the_day_joins_weekday_and_date(
    sentence: str, span: str, fields: tuple[int, int, int]
) -> None:
    [m] = find_dates(sentence)
    assert (m.text, (m.month, m.day, m.weekday)) == (span, fields)


@pytest.mark.parametrize(
    "sentence",
    [
        "The quake in 1997 killed 300 people.",
        "A magnitude 6.4 quake in 1997 killed 300.",
        "Since 1997 dead and wounded have been counted apart.",
    ],
)
def test_a_year_after_a_preposition_stays_a_year_before_a_verb(sentence: str) -> None:
    [m] = find_dates(sentence, MON_2019_03_11)
    assert (m.text, m.year, m.month) == ("1997", 1997, None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Shelling continued from March 1 to March 10.",
            "2019-03-01..2019-03-10",
            marks=pytest.mark.xfail(strict=True, reason="date ranges are read as two dates"),
        ),
    ],
)
def test_known_gaps(sentence: str, expected: str) -> None:
    assert describe(only(sentence, MON_2019_03_11)) == expected


PIECES = [
    *"0123456789 ,.-/:'’",
    *[
        "March",
        "May",
        "Sunday",
        "last",
        "week",
        "ago",
        "two",
        "days",
        "early",
        "mid",
        "the",
        "end",
        "of",
        "year",
        "2019",
        "in",
        "on",
        "10th",
        "Feb.",
        "june",
        "first",
        "twenty-second",
        "Oct",
        "Q3",
        "next",
        "Friday",
        "quarter",
        "aug",
    ],
    " ",
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.sampled_from([None, MON_2019_03_11, date(2020, 2, 29), date(2000, 1, 1)]),
)
def test_offsets_are_exact_sorted_and_disjoint(text: str, reference: date | None) -> None:
    found = find_dates(text, reference)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.text == m.text.strip()
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_dates_lexicon_is_well_formed() -> None:
    raw = (resources.files("crosscheck") / "lexicons" / "dates.toml").read_text("utf-8")
    table = tomllib.loads(raw)
    assert sorted(table["months"].values()) == list(range(1, 13))
    assert sorted(table["weekdays"].values()) == list(range(7))
    assert set(table["month_abbreviations"].values()) <= set(range(1, 13))
    assert set(table["weekday_abbreviations"].values()) <= set(range(7))
    assert set(table["parts"].values()) == set(table["part_days"]) == set(table["part_months"])
    for lo, hi in table["part_days"].values():
        assert 1 <= lo <= hi <= 31
    for lo, hi in table["part_months"].values():
        assert 1 <= lo <= hi <= 12
    assert set(table["relative"].values()) <= {-1, 0, 1}
    assert set(table["context_months"]) <= set(table["months"])
