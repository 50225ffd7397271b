"""Interval and partial-date logic as tables: agreement, tolerance, open ends, units, consensus."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.compare import (
    agreeing_camps,
    combine_counts,
    combine_dates,
    counts_agree,
    dates_agree,
    largest_agreeing,
    month_days,
    widen,
)
from crosscheck.model import CountValue, DateValue

INF = math.inf
EXACT_147 = CountValue(147, 147)
EXACT_148 = CountValue(148, 148)
AT_LEAST_15 = CountValue(15, None)
THOUSANDS = CountValue(2000, 9999, True)
MORE_THAN_4000 = CountValue(4000, None, True)
TENS_OF_THOUSANDS = CountValue(20000, 99999, True)
ABOUT_200 = CountValue(180, 220, True)
FEWER_THAN_50 = CountValue(None, 50, True)
AT_MOST_50 = CountValue(None, 50)
AT_LEAST_50 = CountValue(50, None)
A_THIRD = CountValue(0.333, 0.334, False, "fraction")
ABOUT_A_THIRD = CountValue(0.3, 0.367, True, "fraction")
HALF = CountValue(0.5, 0.5, False, "fraction")
UNKNOWN = CountValue(None, None)


@pytest.mark.parametrize(
    ("value", "tolerance", "expected"),
    [
        pytest.param(EXACT_147, 0.01, (145.53, 148.47), id="brief: 147 at 1% → 145.53–148.47"),
        pytest.param(EXACT_147, 0.0, (147, 147), id="no tolerance: a point"),
        pytest.param(AT_LEAST_15, 0.5, (15, INF), id="open end stays open, bound not widened"),
        pytest.param(ABOUT_200, 0.1, (180, 220), id="an interval is not widened"),
        pytest.param(FEWER_THAN_50, 0.0, (-INF, 50), id="open low end"),
        pytest.param(CountValue(9, 3), 0.0, (3, 9), id="reversed ends are put in order"),
    ],
)
def test_widen(value: CountValue, tolerance: float, expected: tuple[float, float]) -> None:
    assert widen(value, tolerance) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("values", "tolerance", "agree"),
    [
        pytest.param([EXACT_147, EXACT_148], 0.0, False, id="brief: 147 vs 148 contradict"),
        pytest.param([EXACT_147, EXACT_148], 0.01, True, id="147 vs 148 within 1%"),
        pytest.param([CountValue(100, 100), EXACT_148], 0.01, False, id="100 vs 148 beyond 1%"),
        pytest.param([AT_LEAST_15, EXACT_147], 0.0, True, id="brief: at least 15 vs 147"),
        pytest.param([THOUSANDS, MORE_THAN_4000], 0.0, True, id="thousands vs more than 4,000"),
        pytest.param([THOUSANDS, TENS_OF_THOUSANDS], 0.0, False, id="thousands vs tens of th."),
        pytest.param([ABOUT_200, CountValue(300, 300)], 0.0, False, id="about 200 vs 300"),
        pytest.param([FEWER_THAN_50, CountValue(60, 60)], 0.0, False, id="fewer than 50 vs 60"),
        pytest.param([AT_MOST_50, AT_LEAST_50], 0.0, True, id="touching ends agree"),
        pytest.param([UNKNOWN, EXACT_147], 0.0, True, id="no bound at all agrees with anything"),
        pytest.param([A_THIRD, ABOUT_A_THIRD], 0.0, True, id="fractions: a third, about one-third"),
        pytest.param([A_THIRD, HALF], 0.0, False, id="fractions: a third vs half"),
        pytest.param([HALF, CountValue(0.5, 0.5)], 0.0, False, id="a fraction is not a count"),
        pytest.param([AT_LEAST_15, EXACT_147, EXACT_148], 0.0, False, id="three, one outlier"),
        pytest.param([], 0.0, True, id="nothing to disagree"),
    ],
)
def test_counts_agree(values: list[CountValue], tolerance: float, agree: bool) -> None:
    assert counts_agree(values, tolerance) is agree
    assert counts_agree(list(reversed(values)), tolerance) is agree


@pytest.mark.parametrize(
    ("values", "tolerance", "expected"),
    [
        pytest.param(
            [THOUSANDS, MORE_THAN_4000], 0.0, CountValue(4000, 9999, True), id="thousands ∩ 4,000+"
        ),
        pytest.param([AT_LEAST_15, EXACT_147], 0.0, EXACT_147, id="at least 15 ∩ 147 = 147"),
        pytest.param(
            [EXACT_147, EXACT_148], 0.01, CountValue(146.52, 148.47, True), id="widened if needed"
        ),
        pytest.param([EXACT_147, EXACT_147], 0.01, EXACT_147, id="not widened when not needed"),
        pytest.param([EXACT_147, EXACT_148], 0.0, None, id="disjoint: no consensus"),
        pytest.param([A_THIRD, ABOUT_A_THIRD], 0.0, A_THIRD, id="fractions keep their unit"),
        pytest.param([FEWER_THAN_50, AT_LEAST_15], 0.0, CountValue(15, 50), id="15 to 50"),
    ],
)
def test_combine_counts(
    values: list[CountValue], tolerance: float, expected: CountValue | None
) -> None:
    found = combine_counts(values, tolerance)
    if expected is None:
        assert found is None
        return
    assert found is not None
    assert (found.low, found.high) == pytest.approx((expected.low, expected.high))
    assert (found.approximate, found.unit) == (expected.approximate, expected.unit)


SUNDAY = DateValue(weekday=6)
THURSDAY = DateValue(weekday=3)
MONDAY = DateValue(weekday=0)
MARCH_10 = DateValue(month=3, day=10)
SUNDAY_10_MARCH_2019 = DateValue(2019, 3, 10, 6)
TEN_MARCH_2019 = DateValue(2019, 3, 10)
APRIL_14 = DateValue(month=4, day=14)
APRIL_14_2014 = DateValue(2014, 4, 14, 0)
SEPTEMBER = DateValue(month=9)
EARLY_MARCH_2019 = DateValue(2019, 3, None, None, date(2019, 3, 1), date(2019, 3, 10))
LAST_WEEK = DateValue(2019, 3, None, None, date(2019, 3, 4), date(2019, 3, 10))


@pytest.mark.parametrize(
    ("values", "agree"),
    [
        pytest.param([SUNDAY, MARCH_10], True, id="brief: Sunday and March 10 (some year)"),
        pytest.param([SUNDAY, SUNDAY_10_MARCH_2019], True, id="Sunday and 2019-03-10"),
        pytest.param([SUNDAY, MARCH_10, TEN_MARCH_2019], True, id="Sunday, March 10, 2019"),
        pytest.param([THURSDAY, TEN_MARCH_2019], False, id="brief: Thursday vs 10 March 2019"),
        pytest.param([THURSDAY, SUNDAY], False, id="brief: Thursday vs Sunday"),
        pytest.param([MONDAY, APRIL_14], True, id="abduction: Monday and April 14, no year"),
        pytest.param([MONDAY, APRIL_14_2014], True, id="Monday and 14 April 2014 (a Monday)"),
        pytest.param([DateValue(weekday=1), APRIL_14_2014], False, id="Tuesday vs 14 April 2014"),
        pytest.param([DateValue(2014, 4, 21, 0), APRIL_14], False, id="21 April 2014 vs April 14"),
        pytest.param([SEPTEMBER, SEPTEMBER], True, id="September twice"),
        pytest.param([SEPTEMBER, MARCH_10], False, id="month vs month"),
        pytest.param([EARLY_MARCH_2019, SUNDAY], True, id="early March 2019 holds Sundays"),
        pytest.param([EARLY_MARCH_2019, THURSDAY], True, id="… and a Thursday (7 March)"),
        pytest.param([EARLY_MARCH_2019, DateValue(month=3, day=12)], False, id="bounds exclude"),
        pytest.param([LAST_WEEK, DateValue(weekday=4)], True, id="last week and Friday"),
        pytest.param([LAST_WEEK, DateValue(2019, 3, 11, 0)], False, id="last week vs 11 March"),
        pytest.param([DateValue(month=2, day=29), THURSDAY], True, id="29 Feb, some leap year"),
        pytest.param([DateValue(month=2, day=29), DateValue(year=2019)], False, id="no 29 Feb"),
        pytest.param([DateValue(month=2, day=30)], False, id="30 February is no day"),
        pytest.param([DateValue(year=2019), DateValue(year=2020)], False, id="years differ"),
        pytest.param([MARCH_10, DateValue(year=2019)], True, id="day and year combine"),
        pytest.param([DateValue(earliest=date(2019, 3, 5)), TEN_MARCH_2019], True, id="after"),
        pytest.param([DateValue(latest=date(2019, 3, 5)), TEN_MARCH_2019], False, id="before"),
        pytest.param([DateValue()], True, id="an open date"),
    ],
)
def test_dates_agree(values: list[DateValue], agree: bool) -> None:
    assert dates_agree(values) is agree
    assert dates_agree(list(reversed(values))) is agree


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        pytest.param(
            [MARCH_10, SUNDAY, DateValue(year=2019)], SUNDAY_10_MARCH_2019, id="brief: filled in"
        ),
        pytest.param([MARCH_10, SUNDAY], DateValue(None, 3, 10, 6), id="no year: merged as is"),
        pytest.param(
            [EARLY_MARCH_2019, SUNDAY],
            DateValue(2019, 3, None, 6, date(2019, 3, 3), date(2019, 3, 10)),
            id="early March 2019 + Sunday → 3–10 March",
        ),
        pytest.param(
            [DateValue(weekday=5), DateValue(2019, 3, 9, 5)], DateValue(2019, 3, 9, 5), id="Sat"
        ),
        pytest.param([SEPTEMBER, SEPTEMBER], SEPTEMBER, id="September"),
        pytest.param([LAST_WEEK, DateValue(weekday=4)], DateValue(2019, 3, 8, 4), id="one day"),
        pytest.param([THURSDAY, SUNDAY], None, id="disagree: none"),
        pytest.param([THURSDAY, TEN_MARCH_2019], None, id="disagree with a year: none"),
    ],
)
def test_combine_dates(values: list[DateValue], expected: DateValue | None) -> None:
    assert combine_dates(values) == expected


@pytest.mark.parametrize(
    ("values", "docs", "expected"),
    [
        pytest.param(
            [MARCH_10, SUNDAY_10_MARCH_2019, SUNDAY, SUNDAY, THURSDAY],
            ["000", "001", "004", "004", "003"],
            (0, 1, 2, 3),
            id="seeds-like: four say Sunday 10 March, one Thursday",
        ),
        pytest.param(
            [AT_LEAST_15, EXACT_147, EXACT_148], ["a", "b", "c"], (0, 1), id="tie goes to first"
        ),
        pytest.param(
            [EXACT_147, EXACT_147, EXACT_148, EXACT_148, EXACT_148],
            ["a", "b", "c", "c", "c"],
            (0, 1),
            id="a document repeating itself does not outvote two",
        ),
        pytest.param(
            [EXACT_147, EXACT_148, EXACT_148], ["a", "b", "b"], (1, 2), id="docs tie: more claims"
        ),
        pytest.param([THURSDAY, SUNDAY, MONDAY], ["a", "b", "c"], (0,), id="all differ"),
        pytest.param([A_THIRD, HALF, ABOUT_A_THIRD], ["a", "b", "c"], (0, 2), id="fractions"),
    ],
)
def test_largest_agreeing(
    values: list[CountValue] | list[DateValue], docs: list[str], expected: tuple[int, ...]
) -> None:
    assert largest_agreeing(values, docs) == expected


def test_largest_agreeing_refuses_mixed_kinds() -> None:
    with pytest.raises(TypeError):
        largest_agreeing([EXACT_147, SUNDAY], ["a", "b"])


@pytest.mark.parametrize(
    ("values", "docs", "limit", "expected"),
    [
        pytest.param(
            [MARCH_10, SUNDAY_10_MARCH_2019, SUNDAY, THURSDAY, THURSDAY],
            ["000", "001", "004", "003", "005"],
            12,
            [(0, 1, 2), (3, 4)],
            id="Sunday 10 March, then Thursday",
        ),
        pytest.param(
            [EXACT_147, EXACT_148, AT_LEAST_15, CountValue(15, 15)],
            ["a", "b", "c", "d"],
            12,
            [(0, 2), (1,), (3,)],
            id="each camp the best of the rest",
        ),
        pytest.param(
            [THURSDAY, SUNDAY, MONDAY, THURSDAY],
            ["a", "b", "c", "d"],
            2,
            [(0, 3), (1, 2)],
            id="after limit - 1 camps, the rest is one",
        ),
        pytest.param([], [], 12, [], id="nothing"),
    ],
)
def test_agreeing_camps(
    values: list[CountValue] | list[DateValue],
    docs: list[str],
    limit: int,
    expected: list[tuple[int, ...]],
) -> None:
    assert agreeing_camps(values, docs, limit=limit) == expected


def _one_by_one(values: list[CountValue] | list[DateValue], docs: list[str]) -> list[list[int]]:
    """Camps found the slow way: ``largest_agreeing`` again on what is left."""
    rest = list(range(len(values)))
    camps = []
    while rest:
        chosen = largest_agreeing([values[i] for i in rest], [docs[i] for i in rest])
        camps.append([rest[i] for i in chosen])
        rest = [x for i, x in enumerate(rest) if i not in set(chosen)]
    return camps


COUNT_POOL = [EXACT_147, EXACT_148, AT_LEAST_15, THOUSANDS, MORE_THAN_4000, AT_MOST_50, UNKNOWN]
DATE_POOL = [MARCH_10, SUNDAY_10_MARCH_2019, SUNDAY, THURSDAY, MONDAY, DateValue(2019, 3, 14)]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([COUNT_POOL, DATE_POOL]).flatmap(
        lambda pool: st.lists(
            st.tuples(st.sampled_from(pool), st.sampled_from("abcd")), min_size=1, max_size=9
        )
    )
)
def test_camps_cut_down_from_one_set_match_the_slow_way(rows: list[tuple[object, str]]) -> None:
    values = [v for v, _ in rows]
    docs = [d for _, d in rows]
    fast = agreeing_camps(values, docs, limit=len(values) + 1)  # type: ignore[arg-type]
    assert [list(c) for c in fast] == _one_by_one(values, docs)  # type: ignore[arg-type]


@pytest.mark.parametrize("year", [1900, 1996, 2000, 2019, 2024, 2100])
def test_month_days_is_the_calendar_s(year: int) -> None:
    import calendar

    assert [month_days(year, m) for m in range(1, 13)] == [
        calendar.monthrange(year, m)[1] for m in range(1, 13)
    ]
