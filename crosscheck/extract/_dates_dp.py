"""Candidates of the rarer forms → fields, read by dateparser.

The scanner finds the span; dateparser only parses that candidate string ("05-Aug-2016",
"Oct-2", "11/2016", "Q3 2019"), never a whole paragraph. It is imported on the first
such candidate only, and its answers are cached on (candidate, reference).

dateparser fills what the text leaves open from its base date ("June 2016" → 7 June 2016 when the
base is a 7th); its ``period`` says how much the text fixed, so a month-level answer keeps no day
and a year-level one no month. With a reference, the reference is the base and past dates are
preferred, as news reads. Without one, the candidate is read from two distant bases and only the
parts both readings share are kept: those are the parts the text itself fixes.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

from crosscheck.extract._dates_resolve import _day, _month_span, _year_span
from crosscheck.model import DateValue

# Two bases far apart in year, month, day and weekday, for reading without a reference.
_BASES = (datetime(2001, 2, 10), datetime(2010, 9, 23))


@lru_cache(maxsize=64)
def _parser(base: datetime) -> Any:
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    return DateDataParser(languages=["en"], settings=settings)


def _read(candidate: str, base: datetime) -> tuple[date, str] | None:
    data = _parser(base).get_date_data(candidate)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def _fields(day: date, period: str) -> DateValue:
    """The fields of a reading, as precise as its period ("week" counts whole days)."""
    if period == "year":
        return _year_span(day.year)
    if period == "quarter":
        first = (day.month - 1) // 3 * 3 + 1
        return _year_span(day.year, first, first + 2)
    if period == "month":
        return _month_span(day.year, day.month)
    return _day(day)


def _shared(one: date, two: date, period: str) -> DateValue:
    """The parts fixed by the text, when two readings from different bases differ."""
    same_year, same_month = one.year == two.year, one.month == two.month
    if period == "year" or (period == "quarter" and (one.month - 1) // 3 == (two.month - 1) // 3):
        return _fields(one, period) if same_year else DateValue()
    if period == "month" and same_month:
        return _fields(one, period) if same_year else DateValue(None, one.month)
    if period not in ("year", "quarter", "month") and same_month and one.day == two.day:
        return DateValue(None, one.month, one.day)
    return DateValue()


@lru_cache(maxsize=4096)
def read(candidate: str, reference: date | None) -> DateValue | None:
    """The fields of ``candidate`` read by dateparser; ``None`` when it reads no date."""
    if reference is not None:
        found = _read(candidate, datetime(reference.year, reference.month, reference.day))
        return None if found is None else _fields(*found)
    one, two = (_read(candidate, base) for base in _BASES)
    if one is None or two is None:
        return None
    if one == two:
        return _fields(*one)
    return _shared(one[0], two[0], one[1])
