"""find_dates: the forms beyond the common ones — ordinal day words, lower-case names, weeks and
weekdays of a named period, the rare shapes dateparser reads — and their known gaps.

Tables in the ctparse style: (expected value, reference, [surface variants]), in the notation of
``date_notation.describe``. Each surface is searched inside a short sentence and must be the only
date found there.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from date_notation import describe, only

from crosscheck.extract import _dates_dp
from crosscheck.extract.dates import find_dates

MON_2019_03_11 = date(2019, 3, 11)


CORPUS: list[tuple[str, date | None, list[str]]] = [
    # ordinal day words
    ("--06-01", None, ["June first", "june first", "the first of June", "June the first"]),
    (
        "--06-22",
        None,
        [
            "the twenty-second of June",
            "twenty-second of June",
            "the twenty second of June",
            "June twenty-second",
            "the 22nd of June",
            "June the 22nd",
        ],
    ),
    ("--07-04", None, ["the Fourth of July", "July fourth"]),
    ("2018-10-22", MON_2019_03_11, ["the twenty-second of October", "October twenty-second"]),
    ("2019-03-02", MON_2019_03_11, ["the second of March", "March second"]),
    ("2016-05-21", None, ["May twenty-first, 2016", "the twenty-first of May 2016"]),
    # a year after "of", or after a spaced comma
    ("1995-07-04", None, ["July 4th of 1995", "the 4th of July of 1995", "Jul. 4 , 1995"]),
    ("1992-06", None, ["June of 1992", "june of 1992"]),
    # lower-case month and weekday names (not "march", "may": common words)
    ("2016-06", None, ["june 2016", "in june 2016"]),
    ("--09-04", None, ["september 4th", "4 september", "sept 4"]),
    ("2018-10", MON_2019_03_11, ["in october", "since october", "last october"]),
    ("W0", None, ["monday", "on monday"]),
    ("2019-03-10", MON_2019_03_11, ["sunday", "last sunday"]),
    # read by dateparser: month names between separators, month/year, quarters
    ("2016-08-05", None, ["05-Aug-2016", "5-aug-2016", "5/Aug/2016", "2016-Aug-05", "2016/aug/5"]),
    ("2016-08-05", None, ["Aug-5-2016", "August-05-2016"]),
    ("--10-02", None, ["Oct-2", "Oct/2", "Oct.2nd", "oct-2"]),
    ("2018-10-02", MON_2019_03_11, ["Oct-2", "Oct.2nd"]),
    ("2019-02-12", MON_2019_03_11, ["Feb-12"]),
    ("2016-11", None, ["11/2016", "2016/11"]),
    ("2016-11", MON_2019_03_11, ["11/2016"]),
    ("2019-07-01..2019-09-30", None, ["Q3 2019", "2019-Q3", "q3 2019", "2019 Q3"]),
    # the weekday of a named week
    (
        "2019-03-22",
        MON_2019_03_11,
        ["next week on Friday", "next week Friday", "Friday next week", "Friday of next week"],
    ),
    ("2019-03-08", MON_2019_03_11, ["last week on Friday", "Friday last week"]),
    ("2019-03-13", MON_2019_03_11, ["Wednesday this week"]),
    ("W4", None, ["next week on Friday", "Friday next week"]),
    # which weekday, or which week, of a month
    ("2019-04-05", MON_2019_03_11, ["the first Friday of next month"]),
    (
        "2019-03-01",
        MON_2019_03_11,
        ["the first Friday of this month", "the first Friday of the month"],
    ),
    ("2019-02-20", MON_2019_03_11, ["the third Wednesday of last month"]),
    ("2019-03-31", MON_2019_03_11, ["the last Sunday in March", "the last Sunday of March"]),
    ("2020-07-03", None, ["the first Friday of July 2020", "first Friday in July 2020"]),
    ("2018-07-23..2018-07-29", MON_2019_03_11, ["the last week of July"]),
    ("2019-03-04..2019-03-10", MON_2019_03_11, ["the first week of March"]),
    # part of a week: early Monday–Wednesday, mid Tuesday–Thursday, late Thursday–Sunday
    ("2019-03-18..2019-03-20", MON_2019_03_11, ["early next week"]),
    ("2019-03-07..2019-03-10", MON_2019_03_11, ["late last week"]),
    ("2019-03-12..2019-03-14", MON_2019_03_11, ["mid-week", "mid this week"]),
    # quarters
    ("2018-10-01..2018-12-31", MON_2019_03_11, ["last quarter", "the previous quarter"]),
    ("2019-01-01..2019-03-31", MON_2019_03_11, ["this quarter"]),
    # a weekday and a day of the month
    ("2019-03-08", MON_2019_03_11, ["Friday the 8th", "Friday the eighth", "friday the 8th"]),
    ("2019-03-13", MON_2019_03_11, ["Wednesday the 13th"]),  # nearer than 13 February
    ("2019-03-09", MON_2019_03_11, ["Saturday the 9th", "Saturday, the ninth"]),
    ("W4", None, ["Friday the 8th"]),
    # deictic days without "the"
    ("2019-03-13", MON_2019_03_11, ["day after tomorrow"]),
    ("2019-03-09", MON_2019_03_11, ["day before yesterday"]),
]


@pytest.mark.parametrize(
    ("expected", "reference", "surface"),
    [(e, r, s) for e, r, variants in CORPUS for s in variants],
)
def test_value(expected: str, reference: date | None, surface: str) -> None:
    text = f"Officials said it came {surface} after the talks."
    mention = only(text, reference)
    assert describe(mention) == expected
    assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("It happened on the twenty-second of June, he said.", "the twenty-second of June"),
        ("The vote is set for next week on Friday.", "next week on Friday"),
        ("In June first responders arrived.", "June"),
        ("He paid $12 December 27 for it.", "December 27"),
        ("The file was signed 05-Aug-2016 in Lagos.", "05-Aug-2016"),
        ("Fighting resumed on Friday the 13th.", "Friday the 13th"),
        ("It rained in the last week of July.", "the last week of July"),
    ],
)
def test_span(sentence: str, span: str) -> None:
    assert only(sentence, MON_2019_03_11).text == span


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters march 10 miles to the capital.",
        "Rain may 2 ...",
        "The first responders march on.",
        "It may rain in the afternoon.",
        "A second wave came.",
        "The score was 12-3 after the first half.",
    ],
)
def test_not_a_date(sentence: str) -> None:
    assert find_dates(sentence, MON_2019_03_11) == []


def test_a_lower_case_month_alone_needs_a_preposition() -> None:
    assert find_dates("The june bug season.", MON_2019_03_11) == []
    assert find_dates("Nothing happened in dec.", MON_2019_03_11) == []


def test_dateparser_keeps_no_part_the_text_leaves_open() -> None:
    # dateparser fills the day of "11/2016" from its base; the month-level period drops it
    m = only("Sales fell in 11/2016.", date(2019, 3, 11))
    assert (m.year, m.month, m.day, m.weekday) == (2016, 11, None, None)
    assert (m.earliest, m.latest) == (date(2016, 11, 1), date(2016, 11, 30))
    # without a reference, a part only one reading base would fill stays open
    m = only("Talks were on Oct-2.", None)
    assert (m.year, m.month, m.day, m.weekday) == (None, 10, 2, None)


def test_dateparser_answers_are_cached_on_candidate_and_reference() -> None:
    _dates_dp.read.cache_clear()
    find_dates("Talks on Oct-2 and Oct-2.", MON_2019_03_11)
    find_dates("Talks on Oct-2.", MON_2019_03_11)
    info = _dates_dp.read.cache_info()
    assert (info.misses, info.hits) == (1, 2)
    find_dates("Talks on Oct-2.", date(2020, 1, 1))
    assert _dates_dp.read.cache_info().misses == 2


def test_dateparser_is_imported_only_for_its_forms() -> None:
    script = (
        "import sys; from datetime import date; from crosscheck.extract.dates import find_dates;"
        "find_dates('On Sunday, March 10th, a week earlier, in early march.', date(2019, 3, 11));"
        "print('dateparser' in sys.modules);"
        "find_dates('It was 05-Aug-2016.', None); print('dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.stdout.split() == ["False", "True"], out.stderr


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "It will end eight years from now.",
            "2027-03-11",
            marks=pytest.mark.xfail(
                strict=True, reason="'N units from now' left out: TimeML reads it as a duration"
            ),
        ),
        pytest.param(
            "The vote is due in two weeks.",
            "2019-03-25",
            marks=pytest.mark.xfail(strict=True, reason="'in N units' is mostly a duration"),
        ),
        pytest.param(
            "It happened on May twenty-one.",
            "2018-05-21",
            marks=pytest.mark.xfail(strict=True, reason="cardinal words after a month"),
        ),
        pytest.param(
            "It happened on the 27th.",
            "2019-02-27",
            marks=pytest.mark.xfail(strict=True, reason="a day of the month alone"),
        ),
        pytest.param(
            "Crowds gathered over the weekend.",
            "2019-03-09..2019-03-10",
            marks=pytest.mark.xfail(strict=True, reason="'the weekend' without last/this/next"),
        ),
        pytest.param(
            "Shops closed on Christmas Day.",
            "2018-12-25",
            marks=pytest.mark.xfail(strict=True, reason="holidays are not read"),
        ),
        pytest.param(
            "Profits fell in the third quarter of 2016.",
            "2016-07-01..2016-09-30",
            marks=pytest.mark.xfail(strict=True, reason="ordinal quarters are not read"),
        ),
        pytest.param(
            "Markets fell two days from today.",
            "2019-03-13",
            marks=pytest.mark.xfail(strict=True, reason="'N units from/after a day' not read"),
        ),
    ],
)
def test_known_gaps(sentence: str, expected: str) -> None:
    assert describe(only(sentence, MON_2019_03_11)) == expected
