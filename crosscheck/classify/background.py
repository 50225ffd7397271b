"""Background counts: figures of an earlier event the article recalls, not of its story.

"An earthquake in 1997 killed about 2,300 people", "two years ago, gunmen seized 110 pupils",
"the deadliest since 1997, when a tremor killed 2,300": a count is background when the comma
part that holds it names a year (alone, or a month of a year that has ended) or a phrase such
as "years ago"; or when the part before it does and it is a relative clause ("…, when …",
"…, which …") or that part is a short lead-in ("In 2009, …", "Two years ago, …"); or when it
opens with its own predicate ("…, killing 96 people", "…, killed 57 miners") and an earlier
part of the sentence names the past incident ("In 2011 a ferry sank …", "a methane explosion
in 2009"), a year read as the time of that incident, not as a comparison ("since 1997").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date

from crosscheck._cache import regex
from crosscheck.classify.context import Page
from crosscheck.classify.rules import Lists
from crosscheck.model import DateMention, NumberMention

__all__ = ["Background"]

_YEAR = regex(r"\b(?:1[89]|2[01])\d\d\b")
_RELATIVE = regex(r"\s*(?:which|when|that|who|where|whose)\b", re.IGNORECASE)
_YEAR_SCAN = regex(r"((?:1[89]|20)\d\d)(?<=\s\d\d\d\d)\b(?![-–]?\d)")
"""A year after a space (its digits first: the engine skips to a 1 or a 2 in its fast scan)."""
_YEAR_WORD = regex(r"\b(?:in|since|during|the|a|an|until|by|of)\Z")
_SINCE = regex(r"\b(?:since|until|by)\s+$", re.IGNORECASE)
_OPENER = regex(r"\s*([a-z]+)\b")
"""A year after one of these words ("in 2014"), scanned from the year (spaces first: fast)."""
_LEAD_WORDS = 4
_MARKS = ";:—–"
"""The separators besides the comma (a comma between two digits separates nothing)."""
_SEPARATOR = regex(rf"[{_MARKS},](?:(?<!\d,)|(?!\d))")
"""A mark, or a comma not between two digits ("1,500")."""


class Background:
    """Which count positions of one document are background, by their comma parts."""

    def __init__(
        self,
        page: Page,
        dates: Sequence[DateMention],
        numbers: Sequence[NumberMention],
        reference: date | None,
    ) -> None:
        self.page = page
        self.dates = dates
        self.numbers = numbers
        self.reference = reference
        self._marks: list[int] | None = None

    @property
    def marks(self) -> list[int]:
        """Offsets of the words that mark a part as background (found on first use). Years are
        looked for only in the runs of sentences that hold a value (``Page.claim_spans``): a
        count's part lies in its own sentence, and a run ends before a space, where the year
        scan's look past a year reads what it reads at the end of the run."""
        if self._marks is None:
            text, reference = self.page.text, self.reference
            counted = {m.start for m in self.numbers}
            years = []
            for span in self.page.claim_spans:
                for found in _YEAR_SCAN.finditer(text, *span):
                    at = found.start(1)
                    before = at - 1
                    while before > 0 and text[before - 1].isspace():
                        before -= 1
                    if (
                        at not in counted
                        and (reference is None or int(found.group(1)) < reference.year)
                        and _YEAR_WORD.search(text, max(0, before - 6), before)
                    ):
                        years.append(at)
            self._marks = sorted(
                [m.start for m in self.dates if _past_period(m, reference)]
                + [
                    start
                    for span in self.page.claim_spans
                    for start, _, _ in self.page.scan.find(Lists.BACKGROUND, *span)
                ]
                + years
            )
        return self._marks

    def _marked(self, start: int, end: int) -> bool:
        marks = self.marks
        i = bisect_left(marks, start)
        return i < len(marks) and marks[i] < end

    def of(self, pos: int, sentence: tuple[int, int]) -> bool:
        """Whether the count at ``pos`` in ``sentence`` (start, end) is background."""
        text = self.page.text
        left = _part_start(text, sentence[0], pos)
        found = _SEPARATOR.search(text, pos, sentence[1])
        right = found.start() if found else sentence[1]
        if self._marked(left, right):
            return True
        if left <= sentence[0]:
            return False
        if self._predicate_after_incident(left, sentence[0]):
            return True
        before = _part_start(text, sentence[0], left - 1)
        lead_in = self.page.gap(before, left) <= _LEAD_WORDS
        if not (lead_in or _RELATIVE.match(text, left)):
            return False
        return self._marked(before, left)

    def _predicate_after_incident(self, left: int, start: int) -> bool:
        """The part opens with the count's predicate ("killing 96", "killed 57") and an earlier
        part names a past incident (not "since 1997")."""
        text, rules = self.page.text, self.page.rules
        opener = _OPENER.match(text, left)
        if opener is None:
            return False
        word = opener.group(1)
        if not (word in rules.count_category or word in rules.light_verbs or word.endswith("ing")):
            return False
        marks = self.marks
        i = bisect_left(marks, start)
        while i < len(marks) and marks[i] < left:
            at = marks[i]
            if not _SINCE.search(text, max(start, at - 7), at):
                return True
            i += 1
        return False


def _part_start(text: str, start: int, pos: int) -> int:
    """Just after the last separator before pos (or start); a comma right before pos counts."""
    last = max([text.rfind(mark, start, pos) for mark in _MARKS])
    comma = text.rfind(",", start, pos)
    while comma > last:
        if not (
            comma
            and text[comma - 1].isdecimal()
            and comma + 1 < pos
            and text[comma + 1].isdecimal()
        ):
            return comma + 1
        comma = text.rfind(",", start, comma)
    return last + 1 if last >= 0 else start


def _past_period(mention: DateMention, reference: date | None) -> bool:
    """A year ("in 1997"), or a month of a year that is over ("in March 2014" read in May)."""
    if mention.day is not None or mention.weekday is not None or not _YEAR.search(mention.text):
        return False
    if mention.month is None:
        return True
    return reference is not None and mention.latest is not None and mention.latest < reference
