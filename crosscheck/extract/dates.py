"""find_dates: every calendar-date expression in a text, resolved as far as text and reference go.

Three steps, each in its own module:

1. ``_dates_scan``: one pattern compiled from ``lexicons/dates.toml`` finds candidate spans
   (the date words only: "on", "in", "since" stay out of the span);
2. ``_dates_parse``: each candidate of the common forms becomes partial fields (cached on the
   candidate string);
3. ``_dates_resolve``: the fields are resolved against the reference (the publication date),
   past preferred as news reads.

Candidates of the rare forms ("05-Aug-2016", "Oct-2", "11/2016", "Q3 2019") skip
steps 2 and 3: ``_dates_dp`` has dateparser read them, cached on (candidate, reference), with the
reference as its base and past dates preferred. dateparser is imported only when such a
candidate turns up.

A single day carries year, month, day and weekday, with ``earliest``/``latest`` ``None``;
``earliest``/``latest`` bound expressions that span several days ("last week", "early March
2019", "2014") once their year is known. Clock times and durations are not dates.
"""

from __future__ import annotations

from datetime import date

from crosscheck._cache import regex
from crosscheck.extract import _dates_dp
from crosscheck.extract._dates_parse import parse
from crosscheck.extract._dates_resolve import FUTURE_BLIND, resolve
from crosscheck.extract._dates_scan import DATEPARSER_FORMS, Scanner, Words, candidates, scanner
from crosscheck.lexicon import Lexicon, default_lexicon
from crosscheck.model import DateMention, DateValue

__all__ = ["find_dates"]

_WORD_BEFORE = regex(r"([A-Za-z]+)[^\w]{0,3}$")
_WORD_AFTER = regex(r"\s+([A-Za-z]+)")
_SENTENCE_END = regex(r"[.!?]\s|\n")
_LOOK_BACK = 80


def _word_before(text: str, start: int) -> str:
    found = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return found.group(1).lower() if found else ""


def _word_after(text: str, end: int) -> str:
    found = _WORD_AFTER.match(text, end, end + 24)
    return found.group(1).lower() if found else ""


def _wanted(form: str, candidate: str, text: str, start: int, end: int, words: Words) -> bool:
    """Whether a candidate is a date here, judging by its neighbours."""
    if form == "year":
        before, after = _word_before(text, start), _word_after(text, end)
        if before in words.year_blockers_before or after in words.year_blockers_after:
            return False
        return after not in words.year_verbs_after or before in words.year_prepositions
    if form == "ago":
        return _word_after(text, end) not in words.comparatives
    if form == "month" and candidate.lower().rstrip(".") in words.context_months:
        return _word_before(text, start) in words.prepositions
    if form == "month" and candidate.islower() and candidate.rstrip(".") in words.months:
        # a lower-case month alone: "in june", never "in dec"
        return candidate in words.full_months and _word_before(text, start) in words.prepositions
    return True


def _future(text: str, start: int, scan: Scanner) -> bool:
    """Whether the sentence before ``start`` points to the future ("will meet on Sunday")."""
    window = text[max(0, start - _LOOK_BACK) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    return scan.future.search(window, ends[-1] if ends else 0) is not None


def find_dates(
    text: str, reference: date | None = None, lexicon: Lexicon | None = None
) -> list[DateMention]:
    """The date expressions of ``text``, sorted by start, non-overlapping."""
    scan = scanner(lexicon or default_lexicon())
    words = scan.words
    found: list[DateMention] = []
    for form, start, end, candidate in candidates(scan, text):
        if not _wanted(form, candidate, text, start, end, words):
            continue
        fields: DateValue | None
        if form in DATEPARSER_FORMS:
            fields = _dates_dp.read(candidate, reference)
        else:
            fields = resolve(
                parse(form, candidate, words),
                reference,
                future=reference is not None
                and form not in FUTURE_BLIND
                and _future(text, start, scan),
                part_days=words.part_days,
                part_months=words.part_months,
                part_weekdays=words.part_weekdays,
            )
        if fields is None:
            continue
        found.append(
            DateMention(
                start,
                end,
                candidate,
                fields.year,
                fields.month,
                fields.day,
                fields.weekday,
                fields.earliest,
                fields.latest,
            )
        )
    return found
