"""The notation of the find_dates tables, shared by ``test_dates`` and ``test_dates_forms``.

Day "2019-03-10", month "2019-03", year "2019", span "a..b", or the open parts ("--06-22",
"--06", "W4" for a weekday alone).
"""

from __future__ import annotations

from datetime import date, timedelta

from crosscheck.extract.dates import find_dates
from crosscheck.model import DateMention


def describe(m: DateMention) -> str:
    """A mention's value in the tables' notation."""
    if m.year is not None and m.month is not None and m.day is not None:
        return f"{m.year:04d}-{m.month:02d}-{m.day:02d}"
    if m.earliest is not None and m.latest is not None:
        first, last = m.earliest, m.latest
        whole_month = first.day == 1 and (last + timedelta(days=1)).day == 1
        if whole_month and (first.month, last.month) == (1, 12) and first.year == last.year:
            return str(first.year)
        if whole_month and first.month == last.month and first.year == last.year:
            return f"{first.year:04d}-{first.month:02d}"
        return f"{first.isoformat()}..{last.isoformat()}"
    if m.month is not None and m.day is not None:
        return f"--{m.month:02d}-{m.day:02d}"
    if m.month is not None:
        return f"--{m.month:02d}"
    if m.weekday is not None:
        return f"W{m.weekday}"
    return "?"


def only(text: str, reference: date | None) -> DateMention:
    found = find_dates(text, reference)
    assert len(found) == 1, found
    return found[0]
