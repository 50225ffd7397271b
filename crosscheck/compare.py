"""Values compared: count intervals and partial dates — agreement, consensus, largest agreement.

Counts are intervals (an open end is infinite); two counts agree when their intervals overlap, and
``tolerance`` widens exact figures by that fraction (147 at 0.01 → 145.53–148.47). Dates are
partial: a set of dates agrees when one day satisfies every field (year, month, day, weekday,
earliest, latest) of every claim; without a year that day may fall in any year, so "Sunday" and
"March 10" agree, "Thursday" and "10 March 2019" do not.

``largest_agreeing`` picks the subset that most documents support (then most claims); the claims of
one document count once, so a document repeating itself does not outvote two others.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date

from crosscheck.model import CountValue, DateValue

__all__ = [
    "agreeing_camps",
    "combine_counts",
    "combine_dates",
    "counts_agree",
    "dates_agree",
    "largest_agreeing",
    "month_days",
    "widen",
]

Value = CountValue | DateValue
_MAX_YEARS = 30
"""Concrete years searched for one group: years beyond this many are not enumerated."""


def month_days(year: int, month: int) -> int:
    """The days in that month: ``calendar.monthrange(year, month)[1]``, without importing
    calendar (and locale with it, ~2 ms at every start)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


# --- counts ---------------------------------------------------------------------------------


def widen(value: CountValue, tolerance: float = 0.0) -> tuple[float, float]:
    """The interval of a count, open ends infinite, an exact figure widened by ``tolerance``."""
    low = -math.inf if value.low is None else value.low
    high = math.inf if value.high is None else value.high
    if low > high:
        low, high = high, low
    if value.low is not None and value.low == value.high and tolerance > 0:
        delta = abs(value.low) * tolerance
        return round(low - delta, 9), round(high + delta, 9)
    return low, high


def counts_agree(values: Iterable[CountValue], tolerance: float = 0.0) -> bool:
    """Whether one number lies in every interval (and all share a unit)."""
    values = list(values)
    if len({v.unit for v in values}) > 1:
        return False
    spans = [widen(v, tolerance) for v in values]
    return not spans or max(s[0] for s in spans) <= min(s[1] for s in spans)


def combine_counts(values: Sequence[CountValue], tolerance: float = 0.0) -> CountValue | None:
    """What every interval allows: their intersection (exact figures widened only if needed)."""
    if not values or len({v.unit for v in values}) > 1:
        return None
    for tol in (0.0, tolerance) if tolerance > 0 else (0.0,):
        spans = [widen(v, tol) for v in values]
        low, high = max(s[0] for s in spans), min(s[1] for s in spans)
        if low <= high:
            approximate = tol > 0 or (low != high and all(v.approximate for v in values))
            return CountValue(
                None if low == -math.inf else low,
                None if high == math.inf else high,
                approximate,
                values[0].unit,
            )
    return None


def _count_subsets(values: Sequence[CountValue], tolerance: float) -> list[frozenset[int]]:
    """Every maximal set of intervals that share a point (a sweep over the distinct finite ends)."""
    patterns: dict[tuple[str, float, float], list[int]] = {}
    for i, v in enumerate(values):
        patterns.setdefault((v.unit or "", *widen(v, tolerance)), []).append(i)
    points = sorted({p for _, lo, hi in patterns for p in (lo, hi) if math.isfinite(p)}) or [0.0]
    subsets: dict[frozenset[int], None] = {}
    for unit in sorted({u for u, _, _ in patterns}):
        spans = [(lo, hi, idx) for (u, lo, hi), idx in patterns.items() if u == unit]
        for p in points:
            members = frozenset(i for lo, hi, idx in spans if lo <= p <= hi for i in idx)
            if members:
                subsets[members] = None
    return list(subsets)


# --- dates ----------------------------------------------------------------------------------


def _fits_day(v: DateValue, d: date) -> bool:
    return (
        (v.year is None or v.year == d.year)
        and (v.month is None or v.month == d.month)
        and (v.day is None or v.day == d.day)
        and (v.weekday is None or v.weekday == d.weekday())
        and (v.earliest is None or d >= v.earliest)
        and (v.latest is None or d <= v.latest)
    )


def _anchored(v: DateValue) -> bool:
    """Whether the value pins down a year (its own, or through its bounds)."""
    return v.year is not None or v.earliest is not None or v.latest is not None


def _fits_abstract(v: DateValue, month: int, day: int, weekday: int) -> bool:
    """Whether a year-free value allows (month, day, weekday) — which some year always has."""
    return (
        not _anchored(v)
        and (v.month is None or v.month == month)
        and (v.day is None or v.day == day)
        and (v.weekday is None or v.weekday == weekday)
    )


def _years(values: Iterable[DateValue]) -> list[int]:
    years: set[int] = set()
    spans: list[tuple[int, int]] = []
    for v in values:
        if v.year is not None:
            years.add(v.year)
        if v.earliest is not None or v.latest is not None:
            first = (v.earliest or v.latest or date.min).year
            last = (v.latest or v.earliest or date.max).year
            spans.append((first, last))
    for first, last in spans:
        years.update(range(first, min(last, first + _MAX_YEARS) + 1))
    return sorted(years)[:_MAX_YEARS]


def _fitting_days(v: DateValue, years: Sequence[int]) -> list[date]:
    """The days of ``years`` (sorted) that ``v`` allows, in order: every day of those years
    filtered with ``_fits_day``, without walking the days its fields rule out (a weekday steps
    by seven days; bounds are checked by ``_fits_day``)."""
    found: list[date] = []
    for year in years if v.year is None else [y for y in years if y == v.year]:
        for month in range(1, 13) if v.month is None else [v.month]:
            last = month_days(year, month)
            if v.day is not None:
                days: Iterable[int] = [v.day] if v.day <= last else []
            elif v.weekday is not None:  # the first such weekday of the month, then each week
                days = range(1 + (v.weekday - date(year, month, 1).weekday()) % 7, last + 1, 7)
            else:
                days = range(1, last + 1)
            for day in days:
                if _fits_day(v, d := date(year, month, day)):
                    found.append(d)
    return found


def _abstract_candidates(values: Sequence[DateValue]) -> Iterable[tuple[int, int, int]]:
    """(month, day, weekday) choices that tell the values apart: their own, plus one other each."""
    months = sorted({v.month for v in values if v.month is not None} | _free(values, "m"))
    days = sorted({v.day for v in values if v.day is not None} | _free(values, "d"))
    weekdays = sorted({v.weekday for v in values if v.weekday is not None})
    weekdays += [w for w in range(7) if w not in weekdays][:1]
    for m in months:
        for d in days:
            if d <= month_days(2000, m):  # a leap year: 29 February is a day
                for w in weekdays:
                    yield m, d, w


def _free(values: Sequence[DateValue], field: str) -> set[int]:
    """A month (``"m"``) or a low day (``"d"``) that no value names, if there is one."""
    used = {v.month if field == "m" else v.day for v in values}
    last = 12 if field == "m" else 28
    return next(({n} for n in range(1, last + 1) if n not in used), set())


def _date_subsets(values: Sequence[DateValue]) -> list[frozenset[int]]:
    """Every distinct set of values that one candidate day satisfies."""
    subsets: dict[frozenset[int], None] = {}
    patterns: dict[DateValue, list[int]] = {}
    for i, v in enumerate(values):
        patterns.setdefault(v, []).append(i)
    distinct = list(patterns)
    years = _years(distinct)
    # only the days some value allows can make a subset: each day → the values allowing it,
    # taken in day order, as a walk over every day would
    allowing: dict[date, list[int]] = {}
    for k, p in enumerate(distinct):
        for d in _fitting_days(p, years):
            allowing.setdefault(d, []).append(k)
    for allowed in dict.fromkeys(tuple(allowing[d]) for d in sorted(allowing)):
        subsets[frozenset(i for k in allowed for i in patterns[distinct[k]])] = None
    abstract = [p for p in distinct if not _anchored(p)]  # an anchored value never fits these
    for m, day, w in _abstract_candidates(distinct) if abstract else ():
        hit = [p for p in abstract if _fits_abstract(p, m, day, w)]
        if hit:
            subsets[frozenset(i for p in hit for i in patterns[p])] = None
    return list(subsets)


def dates_agree(values: Iterable[DateValue]) -> bool:
    """Whether one day (in some year, if none is given) satisfies every value."""
    values = list(values)
    return any(len(s) == len(values) for s in _date_subsets(values)) if values else True


def _fixed(days: Sequence[date]) -> tuple[int | None, int | None, int | None, int | None]:
    """(year, month, day, weekday): each where every one of ``days`` shares it, else ``None``."""

    def one(field: str) -> int | None:
        seen = {getattr(d, field) if field != "weekday" else d.weekday() for d in days}
        return seen.pop() if len(seen) == 1 else None

    return one("year"), one("month"), one("day"), one("weekday")


def combine_dates(values: Sequence[DateValue]) -> DateValue | None:
    """The partial date every value allows, filled in where together they fix a field.

    March 10 + Sunday + 2019 → 2019-03-10, a Sunday. Without a year the fields are merged as they
    are ("March 10" + "Sunday" → 10 March, a Sunday, year open). ``None`` when they disagree.
    """
    if not values:
        return None
    if any(_anchored(v) for v in values):
        first, *others = values
        days = [
            d for d in _fitting_days(first, _years(values)) if all(_fits_day(v, d) for v in others)
        ]
        if not days:
            return None
        fixed = _fixed(days)
        if len(days) == 1:
            return DateValue(*fixed)
        bounded = any(v.earliest is not None or v.latest is not None for v in values)
        return DateValue(*fixed, *((days[0], days[-1]) if bounded else (None, None)))
    merged: dict[str, int] = {}
    for v in values:
        for field in ("month", "day", "weekday"):
            found = getattr(v, field)
            if found is not None and merged.setdefault(field, found) != found:
                return None
    if not dates_agree(values):
        return None
    return DateValue(None, merged.get("month"), merged.get("day"), merged.get("weekday"))


# --- both -----------------------------------------------------------------------------------


def _subsets(values: Sequence[Value], tolerance: float) -> list[frozenset[int]]:
    """Every agreeing set of values that one point (a count, a day) satisfies."""
    if all(isinstance(v, CountValue) for v in values):
        return _count_subsets([v for v in values if isinstance(v, CountValue)], tolerance)
    if all(isinstance(v, DateValue) for v in values):
        return _date_subsets([v for v in values if isinstance(v, DateValue)])
    raise TypeError("cannot compare counts with dates")


def _best(subsets: Iterable[frozenset[int]], docs: Sequence[str]) -> frozenset[int] | None:
    """The subset backed by most documents, then most values, then the earliest indices."""
    best: frozenset[int] | None = None
    most = (0, 0)
    for s in subsets:
        key = (len(set(map(docs.__getitem__, s))), len(s))
        if best is None or key > most or (key == most and _earlier(s, best)):
            best, most = s, key
    return best


def _earlier(a: frozenset[int], b: frozenset[int]) -> bool:
    """Whether ``a``'s indices, in order, come before ``b``'s (``b`` a different set of the
    same size): the first index that differs is smaller."""
    first_a, first_b = min(a), min(b)
    return first_a < first_b if first_a != first_b else sorted(a) < sorted(b)


def largest_agreeing(
    values: Sequence[Value], docs: Sequence[str], *, tolerance: float = 0.0
) -> tuple[int, ...]:
    """Indices of the agreeing subset backed by most documents (then most values).

    Ties go to the subset whose smallest index comes first, so the result is deterministic.
    """
    if len(values) < 2:  # one value is its own agreeing set
        return tuple(range(len(values)))
    best = _best(_subsets(values, tolerance), docs)
    return (0,) if best is None else tuple(sorted(best))


def agreeing_camps(
    values: Sequence[Value], docs: Sequence[str], *, tolerance: float = 0.0, limit: int = 12
) -> list[tuple[int, ...]]:
    """The values split into camps: ``largest_agreeing``, then the largest of the rest, and so on;
    after ``limit - 1`` camps the rest make one last camp.

    The agreeing sets are found once: those of the rest are the first ones cut down to the rest
    (a point that satisfies some values still satisfies them when others are taken away).
    """
    if len(values) == 1:  # one value is its own camp
        return [(0,)]
    subsets = _subsets(values, tolerance) if values else []
    rest = frozenset(range(len(values)))
    camps: list[tuple[int, ...]] = []
    while rest:
        if len(camps) == limit - 1:
            chosen = rest
        else:
            left = {s & rest: None for s in subsets if not s.isdisjoint(rest)}
            chosen = _best(left, docs) or frozenset({min(rest)})
        camps.append(tuple(sorted(chosen)))
        rest -= chosen
    return camps
