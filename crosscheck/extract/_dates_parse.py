"""Candidate string → partial fields, before any reference date is known.

The parse depends only on the candidate's words and its form (the scanner's group name), so it is
cached on that pair; resolving against a reference date is the resolver's job.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

from crosscheck._cache import regex
from crosscheck.extract._dates_scan import Words

_TOKEN = regex(r"[^\W\d_]+|\d+")


class Parsed(NamedTuple):
    """What a date expression says by itself.

    ``shift`` is the relative word (-1 last, 0 this, 1 next); ``unit`` the calendar unit of a
    relative expression; ``amount`` the signed count of units from the reference ("two days ago"
    → -2); ``part`` early/mid/late; ``bound`` -1 for "earlier this …", 1 for "later this …";
    ``nth`` which weekday of a month (1 the first, -1 the last).
    """

    form: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    shift: int | None = None
    unit: str | None = None
    amount: int | None = None
    part: str | None = None
    bound: int = 0
    nth: int | None = None


def _year(digits: str) -> int:
    value = int(digits)
    if len(digits) == 2:
        return 2000 + value if value < 50 else 1900 + value
    return value


def _unit(word: str) -> str | None:
    for unit in (word, word.removesuffix("s")):
        if unit in ("day", "week", "weekend", "month", "quarter", "year"):
            return unit
    return None


def _ordinal(lower: str, ordinals: Mapping[str, int]) -> int | None:
    """The day an ordinal word names in ``lower`` ("the twenty-second of june" → 22)."""
    spaced = f" {' '.join(_TOKEN.findall(lower))} "
    found = [(len(w), day) for w, day in ordinals.items() if f" {w} " in spaced]
    return max(found)[1] if found else None


def _nth_weekday(lower: str, words: Words) -> Parsed:
    """Read "the first Friday of next month", "the last Sunday in March 2019", "the last week
    of July"."""
    tokens = _TOKEN.findall(lower)
    if tokens[0] == "the":
        tokens = tokens[1:]
    nth, unit = words.nth_weekdays[tokens[0]], "week" if tokens[1] == "week" else "day"
    weekday = words.weekdays.get(tokens[1], 0)
    rest = tokens[3:]
    if rest[-1] == "month":
        shift = words.relative.get(rest[0], 0)
        return Parsed("nthweekday", weekday=weekday, shift=shift, unit=unit, nth=nth)
    year = int(rest[-1]) if rest[-1].isdigit() else None
    return Parsed("nthweekday", year, words.months[rest[0]], None, weekday, unit=unit, nth=nth)


@lru_cache(maxsize=4096)
def parse(form: str, candidate: str, words: Words) -> Parsed:
    """The partial fields of one candidate of the given form."""
    if form == "iso":
        y, m, d = candidate.split("-")
        return Parsed(form, int(y), int(m), int(d))
    if form == "ymd":
        year_text, month_text, day_text = re.split(r"[/.]", candidate)
        return Parsed(form, int(year_text), int(month_text), int(day_text))
    if form == "numeric":
        first_text, second_text, year_text = re.split(r"[/.-]", candidate)
        first, second = int(first_text), int(second_text)
        if "." in candidate or first > 12:
            first, second = second, first
        return Parsed(form, _year(year_text), first, second)
    lower = " ".join(candidate.lower().split())
    if form == "nthweekday":
        return _nth_weekday(lower, words)
    if form == "deictic":
        return Parsed(form, amount=words.deictic.get(lower), unit="day")
    part = None
    for phrase in words.parts_longest_first:
        if lower.startswith(phrase) and lower[len(phrase) : len(phrase) + 1] in (" ", "-"):
            part = words.parts[phrase]
            lower = lower[len(phrase) + 1 :]
            break
    year = month = day = weekday = shift = amount = None
    unit = None
    bound = direction = 0
    for token in _TOKEN.findall(lower):
        if token.isdigit():
            if len(token) == 4:
                year = int(token)
            elif form == "ago":
                amount = int(token)
            else:
                day = int(token)
        elif form == "bounded" and token in words.bounded:
            bound = words.bounded[token]
        elif form == "ago" and token in words.ago:
            direction = words.ago[token]
        elif form == "ago" and token in words.amounts:
            amount = words.amounts[token]
        elif token in words.relative:
            shift = words.relative[token]
        elif token in words.deictic:
            amount, unit = words.deictic[token], "day"
        elif token in words.months and form not in ("weekday", "relunit"):
            month = words.months[token]
        elif token in words.weekdays:
            weekday = words.weekdays[token]
        elif (found := _unit(token)) is not None:
            unit = found
    if form == "ago" and amount is not None:
        amount *= direction
    if form in ("yearpart", "bounded"):
        unit = unit or "year"
    if form in ("mdyword", "dmyword") or (form == "weekdayday" and day is None):
        day = _ordinal(lower, words.ordinals)
    return Parsed(form, year, month, day, weekday, shift, unit, amount, part, bound)
