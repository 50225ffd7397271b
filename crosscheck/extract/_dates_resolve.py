"""Partial fields + reference date → the date as far as the text and the reference fix it.

News reads dates in the past: a weekday is the latest such day on or before the reference, a month
or a day of a month without a year is its latest occurrence on or before the reference — unless
the next occurrence is less than half as far ahead ("April 7" in an article of 22 March is this
April; "September" in March is last September). A future cue in the sentence ("will", "scheduled")
turns the preference round.

Single days carry year, month, day and weekday, with ``earliest``/``latest`` left ``None``;
``earliest``/``latest`` are set only for expressions spanning several days whose year is known.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import cache

from crosscheck.compare import month_days
from crosscheck.extract._dates_parse import Parsed
from crosscheck.model import DateValue


def _day(d: date) -> DateValue:
    return DateValue(d.year, d.month, d.day, d.weekday())


def _span(first: date, last: date) -> DateValue:
    year = first.year if first.year == last.year else None
    month = first.month if year is not None and first.month == last.month else None
    return DateValue(year, month, None, None, first, last)


@cache
def _month_span(year: int, month: int) -> DateValue:
    last = month_days(year, month)
    return _span(date(year, month, 1), date(year, month, last))


@cache
def _year_span(year: int, first: int = 1, last: int = 12) -> DateValue:
    """Months ``first``..``last`` of a year (the whole year by default; cached, as the same
    years come up again and again)."""
    end = month_days(year, last)
    return _span(date(year, first, 1), date(year, last, end))


def _prefer(past: int | None, ahead: int | None, future: bool) -> bool:
    """Whether the reading ``ahead`` (distance forward) wins over ``past`` (distance back)."""
    if ahead is None:
        return False
    if past is None:
        return True
    return ahead < 2 * past if future else 2 * ahead < past


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_of(month: int, shift: int | None, ref: date, future: bool) -> tuple[int, int]:
    """(year, month) of a month name read from ``ref`` with an optional last/this/next."""
    if shift == 0:
        return ref.year, month
    if shift == -1:
        return (ref.year if month < ref.month else ref.year - 1), month
    if shift == 1:
        return (ref.year if month > ref.month else ref.year + 1), month
    back = (ref.month - month) % 12
    ahead = (month - ref.month) % 12 or None
    if _prefer(back, ahead, future):
        return (ref.year + 1 if month < ref.month else ref.year), month
    return (ref.year if month <= ref.month else ref.year - 1), month


def _calendar_day(p: Parsed, ref: date | None, future: bool) -> DateValue | None:
    assert p.month is not None and p.day is not None
    if p.year is not None:
        found = _valid(p.year, p.month, p.day)
        return _day(found) if found else None
    if _valid(2000, p.month, p.day) is None:
        return None
    if ref is None:
        return DateValue(None, p.month, p.day, p.weekday)
    near = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _valid(y, p.month, p.day))]
    if p.weekday is not None:
        matching = [d for d in near if d.weekday() == p.weekday]
        if matching:
            return _day(min(matching, key=lambda d: (abs((d - ref).days), d > ref)))
    past = max((d for d in near if d <= ref), default=None)
    ahead = min((d for d in near if d > ref), default=None)
    chosen = (
        ahead
        if _prefer(
            (ref - past).days if past else None, (ahead - ref).days if ahead else None, future
        )
        else past
    )
    return _day(chosen) if chosen else None


def _weekday(p: Parsed, ref: date, future: bool) -> DateValue:
    assert p.weekday is not None
    back = (ref.weekday() - p.weekday) % 7
    ahead = (p.weekday - ref.weekday()) % 7
    if p.shift == -1:
        return _day(ref - timedelta(days=back or 7))
    if p.shift == 1:
        return _day(ref + timedelta(days=ahead or 7))
    if p.shift == 0 or future:
        return _day(ref + timedelta(days=ahead))
    return _day(ref - timedelta(days=back))


def _add_months(ref: date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + ref.month - 1 + months
    return index // 12, index % 12 + 1


def _period(unit: str, shift: int, ref: date) -> DateValue:
    if unit in ("week", "weekend"):
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
        if unit == "weekend":
            return _span(monday + timedelta(days=5), monday + timedelta(days=6))
        return _span(monday, monday + timedelta(days=6))
    if unit == "month":
        return _month_span(*_add_months(ref, shift))
    if unit == "quarter":
        year, month = _add_months(ref, 3 * shift)
        first = (month - 1) // 3 * 3 + 1
        return _year_span(year, first, first + 2)
    if unit == "day":
        return _day(ref + timedelta(days=shift))
    return _year_span(ref.year + shift)


def _part(p: Parsed, fields: DateValue, days: Mapping[str, tuple[int, int]]) -> DateValue:
    if p.part is None or fields.year is None or fields.month is None:
        return fields
    lo, hi = days[p.part]
    last = month_days(fields.year, fields.month)
    return DateValue(
        fields.year,
        fields.month,
        None,
        None,
        date(fields.year, fields.month, min(lo, last)),
        date(fields.year, fields.month, min(hi, last)),
    )


def _week_day(p: Parsed, ref: date) -> DateValue:
    """The weekday in the week a relative word names ("next week on Friday")."""
    assert p.weekday is not None
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=p.shift or 0)
    return _day(monday + timedelta(days=p.weekday))


def _nth_weekday(p: Parsed, ref: date | None, future: bool) -> DateValue | None:
    """The day of "the first Friday of next month", "the last Sunday in March"; the Monday to
    Sunday of "the first week of July", "the last week of July" (to the month's last Sunday);
    ``None`` for a fifth weekday the month does not have."""
    assert p.weekday is not None and p.nth is not None
    if p.month is not None and p.year is not None:
        year, month = p.year, p.month
    elif ref is None:
        return DateValue(None, p.month, None, p.weekday if p.unit != "week" else None)
    elif p.month is not None:
        year, month = _month_of(p.month, None, ref, future)
    else:
        year, month = _add_months(ref, p.shift or 0)
    days = [
        d
        for day in range(1, month_days(year, month) + 1)
        if (d := date(year, month, day)).weekday() == p.weekday
    ]
    if p.nth > len(days):
        return None
    found = days[p.nth - 1] if p.nth > 0 else days[p.nth]
    if p.unit != "week":
        return _day(found)
    if p.nth < 0:  # the last week: Monday to the month's last Sunday
        last = date(year, month, month_days(year, month))
        found = last - timedelta(days=(last.weekday() + 1) % 7 + 6)
    return _span(found, found + timedelta(days=6))


def _weekday_day(p: Parsed, ref: date, future: bool) -> DateValue:
    """The day of "Friday the 13th": the nearest such day, past preferred, in the months around
    ``ref``; only the weekday when no month near ``ref`` has it."""
    assert p.day is not None and p.weekday is not None
    near = [
        d
        for shift in (-1, 0, 1)
        if (d := _valid(*_add_months(ref, shift), p.day)) and d.weekday() == p.weekday
    ]
    past = max((d for d in near if d <= ref), default=None)
    ahead = min((d for d in near if d > ref), default=None)
    back = (ref - past).days if past else None
    chosen = ahead if _prefer(back, (ahead - ref).days if ahead else None, future) else past
    return _day(chosen) if chosen else DateValue(weekday=p.weekday)


# fmt: off
FUTURE_BLIND = frozenset({
    "iso", "ymd", "numeric", "year", "weekweekday", "weekpart", "deictic", "ago", "bounded",
    "relunit",
})
# fmt: on
"""The forms ``resolve`` reads the same whatever ``future`` says (a full date, a year, a period
counted from the reference), so the caller need not look for a future cue."""


def resolve(
    p: Parsed,
    ref: date | None,
    *,
    future: bool,
    part_days: Mapping[str, tuple[int, int]],
    part_months: Mapping[str, tuple[int, int]],
    part_weekdays: Mapping[str, tuple[int, int]],
) -> DateValue | None:
    """The fields of one parsed expression; ``None`` when it names no real day (30 February)."""
    form = p.form
    if form in ("iso", "ymd", "numeric", "mdy", "dmy", "mdyword", "dmyword"):
        return _calendar_day(p, ref, future) if p.day is not None else None
    if form == "nthweekday":
        return _nth_weekday(p, ref, future)
    if form == "year" or (form == "yearpart" and p.year is not None):
        assert p.year is not None
        if form == "yearpart" and p.part is not None:
            return _year_span(p.year, *part_months[p.part])
        return _year_span(p.year)
    if form in ("month", "monthpart"):
        assert p.month is not None
        if p.year is not None:
            return _part(p, _month_span(p.year, p.month), part_days)
        if ref is None:
            return DateValue(None, p.month)
        return _part(p, _month_span(*_month_of(p.month, p.shift, ref, future)), part_days)
    if ref is None:
        weekday_only = form in ("weekday", "weekweekday", "weekdayday")
        return DateValue(weekday=p.weekday) if weekday_only else DateValue()
    if form == "weekday":
        return _weekday(p, ref, future)
    if form == "weekweekday":
        return _week_day(p, ref)
    if form == "weekdayday":
        return _weekday_day(p, ref, future)
    if form == "weekpart" and p.part is not None:
        week = _period("week", p.shift or 0, ref)
        assert week.earliest is not None
        lo, hi = part_weekdays[p.part]
        return _span(week.earliest + timedelta(days=lo), week.earliest + timedelta(days=hi))
    if form == "deictic" or form == "ago":
        if p.amount is None or p.unit is None:
            return DateValue()
        if p.unit in ("day", "week"):
            return _day(ref + timedelta(days=p.amount * (7 if p.unit == "week" else 1)))
        return _period(p.unit, p.amount, ref)
    if form == "yearpart":
        assert p.part is not None
        lo, hi = part_months[p.part]
        year = ref.year + (p.shift or 0)
        if p.shift is None and not future and date(year, lo, 1) > ref:
            year -= 1
        elif p.shift is None and future and (year, hi) < (ref.year, ref.month):
            year += 1
        return _year_span(year, lo, hi)
    if form == "bounded":
        whole = _period(p.unit or "year", 0, ref)
        assert whole.earliest is not None and whole.latest is not None
        if p.bound < 0:
            return _span(whole.earliest, ref)
        return _span(ref, whole.latest)
    if form == "relunit" and p.unit is not None and p.shift is not None:
        return _period(p.unit, p.shift, ref)
    return DateValue()
