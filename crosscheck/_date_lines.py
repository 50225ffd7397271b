"""Header date lines: the calendar dates a dateline may be written in, and which lines hold one.

The forms of ``crosscheck.dateline``'s candidates ("Mon, 11 Mar 2019 10:23 GMT", "March 11,
2019", "2019-03-11", "25/03/2019"), each read to a full date or nothing, and the test of a date
line: the date plus only furniture (times, zones, "Published"/"Updated", names).
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from crosscheck._cache import regex

__all__ = ["Found", "dates_in", "is_date_line", "parse_date_string"]

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# (An optional group is written "(?:…|)", not "(?:…)?": the same matches, without the engine's
# slow general repeat.)
_MONTH = r"""(?P<month>jan(?:uary|)|feb(?:ruary|)|mar(?:ch|)|apr(?:il|)|may|june?|july?
    |aug(?:ust|)|sep(?:t(?:ember|)|)|oct(?:ober|)|nov(?:ember|)|dec(?:ember|))\.?"""
_WEEKDAY = r"""(?:(?P<weekday>mon(?:day|)|tue(?:s(?:day|)|)|wed(?:nesday|)|thu(?:r(?:s(?:day|)|)|)
    |fri(?:day|)|sat(?:urday|)|sun(?:day|))\.?,?\s+|)"""
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_FORMS = {
    "day month year": rf"{_WEEKDAY}{_DAY}\s+(?:of\s+|){_MONTH},?\s+{_YEAR}(?!\d)",
    "month day year": rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)",
    "iso": rf"{_WEEKDAY}{_YEAR}(?P<s>[-/.])(?P<mm>[01]\d)(?P=s)(?P<dd>[0-3]\d)(?![\d/.-]\d)",
    "numeric": rf"{_WEEKDAY}(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep){_YEAR}(?!\d)",
}
# A date opens a word (each form starts with a letter or a digit): each pattern takes the
# non-word character before it too, and runs on the line behind one space (see ``dates_in``). An
# opening character class lets the engine skip word interiors in C, where "\b" would be tried at
# every character.
_PATTERNS = tuple(regex(r"\W" + p, re.IGNORECASE | re.VERBOSE) for p in _FORMS.values())
# Every form holds a year: a line without one is passed over with a single quick search.
_YEAR_HINT = regex(r"(?:19|20)\d\d")

_TIME = regex(
    r"\b\d{1,2}(?:[:.]\d\d){1,2}(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?"
    r"|[+-]\d\d:?\d\d\b|\bT\d\d:\d\d\S*"
    r"|\b(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b",
    re.IGNORECASE,
)
_WORD = regex(r"[^\W_]+(?:['’.-][^\W_]+)*")
_ZONE = regex(r"^[A-Z]{1,4}T?$")
# fmt: off
_FURNITURE = frozenset({
    "published", "posted", "updated", "last", "first", "modified", "issued",
    "on", "at", "by", "and", "date", "time", "am", "pm",
})
# fmt: on


class Found(NamedTuple):
    date: date
    start: int
    end: int
    weekday: int | None
    lead: str = ""
    """The line's words before this date (after any earlier date): "Published", "Updated" …"""


def _to_date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("month"):
        month, day = _MONTHS.index(groups["month"][:3].lower()) + 1, int(groups["day"])
    elif groups.get("mm"):
        month, day = int(groups["mm"]), int(groups["dd"])
    else:
        first, second = int(groups["a"]), int(groups["b"])
        if first <= 12 and second <= 12 and first != second:
            return None  # 03/11/2019: March 11 or 3 November — the page does not say
        day, month = (second, first) if second > 12 else (first, second)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def dates_in(line: str) -> list[Found]:
    if _YEAR_HINT.search(line) is None:
        return []
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    padded = " " + line  # a match takes the character before its date: offsets shift back by one
    for pattern in _PATTERNS:
        for match in pattern.finditer(padded):
            first, last = match.start(), match.end() - 1
            if any(first < end and start < last for start, end in taken):
                continue
            value = _to_date(match)
            if value is None:
                continue
            name = match.group("weekday")
            weekday = _WEEKDAYS.index(name[:3].lower()) if name else None
            found.append(Found(value, first, last, weekday))
            taken.append((first, last))
    found.sort(key=lambda f: f.start)
    ends = [0, *(f.end for f in found)]
    return [f._replace(lead=line[end : f.start]) for f, end in zip(found, ends, strict=False)]


def is_date_line(line: str, found: Found) -> bool:
    """A date line holds the date and only furniture: times, zones, prefixes, names."""
    rest = _TIME.sub(" ", line[: found.start] + " " + line[found.end :])
    words = [w for w in _WORD.findall(rest) if w.lower() not in _FURNITURE]
    words = [w for w in words if not _ZONE.match(w)]
    lowercase = sum(1 for w in words if w[0].islower())
    return len(words) <= 8 and lowercase <= 1


def parse_date_string(value: str) -> date | None:
    """A metadata date ("2019-03-11", "2019-03-11T10:23:00Z", "Mon, 11 Mar 2019 10:23 GMT"):
    the calendar date as written (a time and zone are dropped, never converted), else None."""
    iso = re.match(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)(?:$|[T\s])", value)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    for found in dates_in(value):
        if is_date_line(value, found):
            return found.date
    return None
