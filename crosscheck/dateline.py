"""The publication date an article states about itself: its dateline.

Only the header zone is searched: the lines before the body's first long paragraph (plus a wire
dateline opening that paragraph, "WASHINGTON, March 11, 2019 (Reuters) —"). A candidate is a
short line holding a full calendar date (day, month and year) and little else: a time, a time
zone, a "Published"/"Posted"/"Updated" prefix, a byline or outlet name. A page often shows more
than one such line (the date the page was viewed, related stories), so candidates are scored:

* the one nearest the body scores, a date below the headline more than one above it;
* a "Published"/"Posted" prefix or a byline beside it counts for it, an "Updated" one against;
* a weekday printed with the date must be that date's weekday;
* the body must fit it (body dates from ``crosscheck.extract.dates.find_dates``): a yearless
  body date with a weekday ("Sunday, March 10th") should fall on that weekday in the year up to
  publication; body dates should not all lie after publication, nor all half a year or more
  before it; a body whose latest date is a few days before publication counts for it.

The best candidate with a non-negative score is the dateline. No candidate → no dateline: a date
is never invented from the body alone, and the machine clock is never read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from operator import itemgetter
from typing import NamedTuple

from crosscheck._cache import regex
from crosscheck._date_lines import Found, dates_in, is_date_line, parse_date_string
from crosscheck.model import DateMention

__all__ = ["Dateline", "dateline_candidates", "find_dateline", "parse_date_string"]

_PUBLISHED = regex(r"\b(?:published|posted|first\s+published|issued)\b", re.IGNORECASE)
_UPDATED = regex(r"\b(?:updated|modified)\b", re.IGNORECASE)
_BYLINE = regex(r"^\s*by\s+\w", re.IGNORECASE)
# "WASHINGTON, " · "STRANIK, Velmora, ": one to three place names before a wire dateline's date
_WIRE_PLACES = regex(r"\s*(?:[A-Z][\w .'’-]{1,40},\s+){1,3}")
_WIRE_END = regex(r"\s*(?:\([^()]{1,40}\))?\s*[-—–:]")

_LONG_PARAGRAPH_WORDS = 20
_MAX_ZONE_LINES = 40
_MAX_ZONE_CHARS = 3000
_BODY_SAMPLE = 6000
_LONE_SAMPLE = 1500
_RECENT_DAYS = 45
_STALE_DAYS = 180

BodyDates = Callable[[str], Sequence[DateMention]]


class Dateline(NamedTuple):
    """A candidate publication date: ``text`` is ``article[start:end]``, the date's own words."""

    date: date
    start: int
    end: int
    text: str
    score: int = 0
    reasons: tuple[str, ...] = ()


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(start, line) of each non-blank line, as they come (the header stops early)."""
    position = 0
    for line in text.split("\n"):
        if line.strip():
            yield position, line
        position += len(line) + 1


def _is_paragraph(line: str) -> bool:
    """Prose, not a menu or a long headline: many words, a third of them lowercase."""
    words = line.split()
    if len(words) < _LONG_PARAGRAPH_WORDS:
        return False
    lowercase = sum(map(str.islower, map(itemgetter(0), words)))
    return lowercase * 3 >= len(words)


def _header(text: str) -> tuple[list[tuple[int, str]], tuple[int, str] | None]:
    """The header zone's non-blank lines, and the body's first long paragraph (if any)."""
    zone: list[tuple[int, str]] = []
    for start, line in _lines(text[: _MAX_ZONE_CHARS + 2000]):
        if _is_paragraph(line):
            return zone, (start, line)
        if len(zone) >= _MAX_ZONE_LINES or start > _MAX_ZONE_CHARS:
            break
        zone.append((start, line))
    return zone, None


def _resolve(day: date, mention: DateMention) -> tuple[date | None, bool | None]:
    """A body date as a day, reading a yearless one as the latest such day up to ``day``; and
    whether a weekday printed with a yearless date falls on that day (None: nothing to check)."""
    if mention.month is None or mention.day is None:
        return None, None
    if mention.year is not None:
        try:
            return date(mention.year, mention.month, mention.day), None
        except ValueError:
            return None, None
    for year in (day.year, day.year - 1):
        try:
            then = date(year, mention.month, mention.day)
        except ValueError:
            continue
        if then <= day + timedelta(days=1):
            fits = None if mention.weekday is None else then.weekday() == mention.weekday
            return then, fits
    return None, None


Points = list[tuple[int, str]]
"""Why a candidate scores what it scores: (points, reason) pairs."""


def _body_points(day: date, mentions: Sequence[DateMention]) -> Points:
    resolved = [_resolve(day, m) for m in mentions]
    fits = {fit for _, fit in resolved}
    days = [then for then, fit in resolved if then is not None and fit is not False]
    points: Points = []
    if True in fits:
        points.append((2, "a body weekday fits"))
    if False in fits:
        points.append((-2, "a body weekday does not fit"))
    if not days:
        return points
    if min(days) > day + timedelta(days=1):
        points.append((-3, "every body date is later"))
    elif max(days) < day - timedelta(days=365):
        points.append((-3, "a year after every body date"))
    elif max(days) < day - timedelta(days=_STALE_DAYS):
        points.append((-2, "months after every body date"))
    if any(day - timedelta(days=_RECENT_DAYS) <= then <= day + timedelta(days=1) for then in days):
        points.append((1, "a body date just before"))
    return points


def _line_points(zone: list[tuple[int, str]], index: int, found: Found) -> Points:
    line = zone[index][1] if index < len(zone) else ""
    before = zone[index - 1][1] if 0 < index <= len(zone) else ""
    points: Points = []
    if _PUBLISHED.search(found.lead):
        points.append((3, "marked published"))
    elif _UPDATED.search(found.lead):
        points.append((-1, "marked updated"))
    if _BYLINE.match(line) or _BYLINE.match(before):
        points.append((1, "beside the byline"))
    if found.weekday is not None:
        fits = found.weekday == found.date.weekday()
        points.append((1, "its weekday fits") if fits else (-3, "its weekday does not fit"))
    return points


def _default_body_dates(text: str) -> Sequence[DateMention]:
    from crosscheck.extract.dates import find_dates

    return find_dates(text)


def _raw_candidates(
    zone: list[tuple[int, str]], body: tuple[int, str] | None
) -> list[tuple[int, int, Found]]:
    """(zone line index, line start, date) of every date line; a wire dateline counts as the
    line after the zone."""
    raw = [
        (index, start, found)
        for index, (start, line) in enumerate(zone)
        for found in dates_in(line)
        if is_date_line(line, found)
    ]
    if body is not None:
        found = dates_in(body[1][:160])
        if found and _WIRE_PLACES.fullmatch(body[1], 0, found[0].start):
            rest = body[1][found[0].end :]
            if _WIRE_END.match(rest):
                raw.append((len(zone), body[0], found[0]))
    return raw


def dateline_candidates(text: str, *, body_dates: BodyDates | None = None) -> list[Dateline]:
    """Every dateline candidate of an article, best first (ties: the one nearer the body)."""
    zone, body = _header(text)
    raw = _raw_candidates(zone, body)
    if not raw:
        return []
    date_lines = {index for index, _, _ in raw}
    headline = next(
        (
            i
            for i, (_, line) in enumerate(zone)
            if len(line.split()) >= 4 and i not in date_lines and not _BYLINE.match(line)
        ),
        None,
    )
    size = _BODY_SAMPLE if len(raw) > 1 else _LONE_SAMPLE  # a lone candidate needs less proof
    sample = text[body[0] : body[0] + size] if body is not None else ""
    mentions = (body_dates or _default_body_dates)(sample) if sample else ()
    nearest = max(date_lines)
    scored: list[Dateline] = []
    for index, start, found in raw:
        points: Points = [(2, "nearest the body")] if index == nearest else []
        if headline is not None:
            above = index < headline
            points.append((-1, "above the headline") if above else (2, "below the headline"))
        points += _line_points(zone, index, found) + _body_points(found.date, mentions)
        scored.append(
            Dateline(
                date=found.date,
                start=start + found.start,
                end=start + found.end,
                text=text[start + found.start : start + found.end],
                score=sum(p for p, _ in points),
                reasons=tuple(reason for _, reason in points),
            )
        )
    return sorted(scored, key=lambda d: (-d.score, -d.start))


def find_dateline(text: str, *, body_dates: BodyDates | None = None) -> Dateline | None:
    """The article's own publication date, or None when its header does not state one."""
    candidates = dateline_candidates(text, body_dates=body_dates)
    if candidates and candidates[0].score >= 0:
        return candidates[0]
    return None
