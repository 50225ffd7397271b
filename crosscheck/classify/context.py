"""What surrounds a value in its clause: the counted noun, the scope, the source and the cues."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from crosscheck._cache import regex
from crosscheck.classify._phrases import WordScan
from crosscheck.classify.rules import Lists, Rules
from crosscheck.classify.sentences import Sentence, claim_spans
from crosscheck.model import WEEKDAYS, DateMention

__all__ = ["Match", "Page", "day_name"]

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


_NEXT_WORD = regex(r" ([a-z][a-z-]*)\b")


class Match(NamedTuple):
    """A phrase found in the text; a tuple, so a list of them sorted by start bisects as is."""

    start: int
    end: int
    label: str


def _matches(
    scan: WordScan, index: int, spans: Sequence[tuple[int, int]] | None = None
) -> list[Match]:
    """The list's matches in the whole text, or in each of ``spans``."""
    label, new = scan.vocabulary.lists[index].label, tuple.__new__  # in C, not Match's __new__
    return [
        new(Match, (start, end, label(found)))
        for span in (spans if spans is not None else [(0, len(scan.text))])
        for start, end, found in scan.find(index, *span)
    ]


class Page:
    """One document's text with its sentences and every phrase match, indexed by offset.

    Trigger, scope and cue words are only looked for in the sentences that hold a value (those
    split into clauses); speech verbs everywhere, since a speaker named earlier can be resolved.
    """

    __slots__ = (
        "according",
        "claim_spans",
        "cues",
        "rules",
        "scan",
        "scopes",
        "sentences",
        "speech",
        "starts",
        "text",
        "triggers",
    )

    def __init__(
        self, text: str, rules: Rules, sentences: list[Sentence], scan: WordScan | None = None
    ) -> None:
        self.text = text
        self.rules = rules
        self.sentences = sentences
        scan = self.scan = scan or WordScan(text, rules.vocabulary)
        self.starts = [s.start for s in sentences]
        spans = self.claim_spans = claim_spans(sentences)
        blocked = _matches(scan, Lists.NOT_TRIGGERS, spans)
        self.triggers = [
            t
            for t in _matches(scan, Lists.TRIGGERS, spans)
            if not any(b.start <= t.start < b.end for b in blocked)
        ]
        self.speech = _matches(scan, Lists.SPEECH)
        self.according = _matches(scan, Lists.ACCORDING)
        self.scopes = [m for m in _matches(scan, Lists.SCOPES, spans) if not self._describes(m)]
        self.cues = _matches(scan, Lists.CUES, spans)

    def _describes(self, match: Match) -> bool:
        """A one-word window right before a noun describes it ("an overnight express train")."""
        word = self.text[match.start : match.end].lower()
        if word not in self.rules.attributive:
            return False
        after = _NEXT_WORD.match(self.text, match.end)
        return after is not None and after.group(1) not in self.rules.stop

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def gap(self, left_end: int, right_start: int) -> int:
        """Number of words strictly between two offsets (0 when adjacent or overlapping)."""
        if right_start <= left_end:
            return 0
        return max(0, self.scan.count_words(left_end, right_start))

    def distance(self, a: tuple[int, int], b: tuple[int, int]) -> int:
        return self.gap(a[1], b[0]) if a[0] <= b[0] else self.gap(b[1], a[0])

    @staticmethod
    def within(matches: Sequence[Match], start: int, end: int) -> list[Match]:
        out = []
        for i in range(bisect_left(matches, (start,)), len(matches)):
            m = matches[i]
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def cue_words(self, start: int, end: int) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.label for m in self.within(self.cues, start, end)))


def day_name(mention: DateMention) -> str | None:
    """The named day of a mention ("March 4", "Sunday"), or None for months, years and spans."""
    if mention.month is not None and mention.day is not None:
        return f"{MONTHS[mention.month - 1]} {mention.day}"
    if mention.weekday is not None:
        return WEEKDAYS[mention.weekday]
    return None
