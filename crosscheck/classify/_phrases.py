"""Phrase lists found by their first word: one pass over the words of a text serves them all.

A phrase pattern scanned over a whole text tries its alternation at every position; a dozen of
them cost more than the rest of the stage. Here each list is keyed by the first word of its
phrases: one pass over the text's words (``\\w+`` runs; ``_openers``) looks each word up once,
and only where a word opens a phrase of some list (and the next word can go on with it) is that
list's pattern (compiled the first time it is needed) matched, anchored at the word. The result
is exactly that of ``finditer`` with the whole-word pattern ``(?<![\\w-])(?:phrases)(?![\\w-])``
(case-insensitive, longest phrase first, no overlaps), over the whole text or a span of it: a
match can only start where a word starts, after a character that is no hyphen, and that word
must be the first word of one of its phrases.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from itertools import repeat

from crosscheck._cache import regex, remember
from crosscheck.classify._openers import RUN as _RUN
from crosscheck.classify._openers import (
    ascii_words,
    fold,
    fold_text,
    scan_ascii,
    scan_folded,
    scan_words,
)
from crosscheck.classify._patterns import key, trie

__all__ = ["Phrases", "Vocabulary", "WordScan", "key", "trie"]

_HEAD = regex(r"(\w+)(?: (\w+))?")
"""A phrase's first word, and its second when one space parts them."""
_STARTS = regex(r"(?<!\w)\w")
"""A word's first character (the one before it is read even at the scan's start)."""
_NEVER = regex(r"(?!x)x")


def _word_char(char: str) -> bool:
    """What ``\\w`` matches (a letter or digit of any script, or an underscore)."""
    return char.isalnum() or char == "_"


class Phrases:
    """One phrase list, by first word; ``names`` maps a phrase to its label (default: itself)."""

    __slots__ = ("_pattern", "bare", "by_first", "names", "seconds", "whole")

    def __init__(self, phrases: Iterable[str], names: Mapping[str, str] | None = None) -> None:
        """``seconds``: first word → the ASCII words that open what follows it in every phrase
        (after one space), when there is such a set (a text word whose next word is none opens
        no phrase); ``bare``: the first words that are their only phrase (found without a
        pattern); ``whole``: the phrases that do not open with an ASCII word (scanned the slow
        way; none by default). The index is kept between runs: it is the same at each start."""
        index = remember("classify.phrases", _index, tuple(phrases))
        self.by_first, self.seconds, self.bare, self.whole = index
        self.names = dict(names) if names else {}
        self._pattern: re.Pattern[str] | None = None

    def pattern(self, first: str) -> re.Pattern[str] | None:
        """What matches the phrases opening with ``first`` where that word stands (None when the
        word alone is the only one): the list's phrases in one trie, compiled once per list,
        since where a word stands only the phrases opening with that word can match (so the
        words that are only themselves are left out)."""
        if first in self.bare:
            return None
        if self._pattern is None:
            every = [p for w, found in self.by_first.items() if w not in self.bare for p in found]
            self._pattern = regex(rf"(?:{trie(every)})(?![\w-])", re.IGNORECASE)
        return self._pattern

    def label(self, found: str) -> str:
        phrase = key(found)
        return self.names.get(phrase, phrase)


_Index = tuple[
    dict[str, list[str]], dict[str, frozenset[str] | None], frozenset[str], tuple[str, ...]
]


def _index(phrases: tuple[str, ...]) -> _Index:
    """The phrases by first word, their second words, the bare first words and the others."""
    by_first: dict[str, list[str]] = {}
    seconds: dict[str, set[str] | None] = {}
    whole: list[str] = []
    for phrase in sorted({key(p) for p in phrases} - {""}):
        head = _HEAD.match(phrase)
        first = head.group(1) if head else None
        if first is None or not first.isascii():
            whole.append(phrase)
            continue
        by_first.setdefault(first, []).append(phrase)
        second = head.group(2) if head else None
        after = seconds.setdefault(first, set())
        if second is None or not second.isascii():
            seconds[first] = None
        elif after is not None:
            after.add(second)
    return (
        by_first,
        {w: None if s is None else frozenset(s) for w, s in seconds.items()},
        frozenset(first for first, found in by_first.items() if found == [first]),
        tuple(whole),
    )


class Vocabulary:
    """The first words of several phrase lists: word → (index, seconds) of the lists it opens."""

    __slots__ = ("always", "firsts", "lists", "openers", "pairs")

    def __init__(self, lists: Iterable[Phrases]) -> None:
        self.lists = tuple(lists)
        openers: dict[str, tuple[tuple[int, frozenset[str] | None], ...]] = {}
        always: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        for index, phrases in enumerate(self.lists):
            for first in phrases.by_first:
                seconds = phrases.seconds[first]
                openers[first] = (*openers.get(first, ()), (index, seconds))
                if seconds is None:
                    always.add(first)
                else:
                    pairs.update(zip(repeat(first), seconds))
        self.openers = openers
        self.firsts = frozenset(openers)
        """The words that open a phrase of some list (a set is looked in faster than a dict)."""
        self.always = frozenset(always)
        """The first words that open a phrase whatever word follows them."""
        self.pairs = frozenset(pairs)
        """(first word, next word) that open a phrase."""


Hit = tuple[int, int, str]
"""(start, end, matched text)"""


class WordScan:
    """The words of one text (their starts) and, per phrase list, where its first words stand.

    A word is kept as an opener of a list only when the word after it can open the rest of one
    of its phrases (``Phrases.seconds``): "the" opens "the past week", not "the ministry" (a
    text whose case folding is uneven keeps every opener). A span that ends inside that next
    word is checked in ``find``.
    """

    __slots__ = ("_folded", "_slow", "_words", "openers", "text", "vocabulary")

    def __init__(self, text: str, vocabulary: Vocabulary) -> None:
        self.text = text
        self.vocabulary = vocabulary
        self.openers: list[list[tuple[int, int, str]]] = [[] for _ in vocabulary.lists]
        """Per list: (start, end, folded word) of each word that may open one of its phrases."""
        self._slow: dict[int, re.Pattern[str]] = {}
        self._words: list[int] | None = None
        """Every word's start, made only when asked for (``words``): few texts need them."""
        folded = self._folded = fold_text(text)
        if folded is None:
            self._words = scan_words(text, vocabulary, self.openers)
        elif ascii_words(folded):
            scan_ascii(folded, vocabulary, self.openers)
        else:
            self._words = scan_folded(folded, vocabulary, self.openers)

    @property
    def words(self) -> list[int]:
        """The start of every word (``\\w+`` run) of the text, in order."""
        if self._words is None:
            assert self._folded is not None
            self._words = [m.start() for m in _RUN.finditer(self._folded)]
        return self._words

    def count_words(self, start: int, end: int) -> int:
        """How many words start in text[start:end] (counted in place unless all are known)."""
        if self._words is not None or self._folded is None:
            return bisect_left(self.words, end) - bisect_left(self.words, start)
        return len(_STARTS.findall(self._folded, start, end)) if end > start else 0

    def find(self, index: int, start: int = 0, end: int | None = None) -> list[Hit]:
        """What ``finditer`` of list ``index``'s whole-word pattern finds in text[start:end]."""
        text = self.text
        stop = len(text) if end is None else end
        phrases = self.vocabulary.lists[index]
        if phrases.whole:
            return self._slow_find(index, start, stop)
        found: list[Hit] = []
        openers = self.openers[index]
        pattern_of = phrases.pattern
        last = start
        cut = self._cut_word(stop)
        limit = stop if cut is None else cut
        i = bisect_left(openers, (start,))
        while i < len(openers) and openers[i][0] < limit:
            at, run_end, word = openers[i]
            i += 1
            if at < last or (at and text[at - 1] == "-"):
                continue
            pattern = pattern_of(word)
            if pattern is None:
                if run_end == stop or text[run_end] != "-":
                    found.append((at, run_end, text[at:run_end]))
                    last = run_end
            else:
                m = pattern.match(text, at, stop)
                if m is not None:
                    last = m.end()
                    found.append((at, last, m.group()))
        if cut is not None:
            # The word before the cut one was judged by its whole next word: match it again.
            words = self.words
            before = bisect_left(words, cut) - 1
            at = words[before] if before >= 0 else -1
            if at >= max(start, last):
                run = _RUN.match(text, at)
                if run is not None and run.end() < cut:
                    last = self._match(phrases, at, run.end(), stop, found) or last
            if cut >= max(start, last):
                self._match(phrases, cut, stop, stop, found)
        return found

    def _cut_word(self, stop: int) -> int | None:
        """The start of the word that ``stop`` cuts in two, if any."""
        text = self.text
        if 0 < stop < len(text) and _word_char(text[stop - 1]) and _word_char(text[stop]):
            return self.words[bisect_right(self.words, stop - 1) - 1]
        return None

    def _match(
        self, phrases: Phrases, at: int, run_end: int, stop: int, found: list[Hit]
    ) -> int | None:
        """Match the phrases opening with the word text[at:run_end]; the end of a match."""
        text = self.text
        if at and text[at - 1] == "-":
            return None
        first = fold(text[at:run_end])
        if first not in phrases.by_first:
            return None
        pattern = phrases.pattern(first)
        if pattern is None:
            if run_end == stop or text[run_end] != "-":
                found.append((at, run_end, text[at:run_end]))
                return run_end
            return None
        m = pattern.match(text, at, stop)
        if m is None:
            return None
        found.append((at, m.end(), m.group()))
        return m.end()

    def _slow_find(self, index: int, start: int, stop: int) -> list[Hit]:
        if index not in self._slow:
            phrases = self.vocabulary.lists[index]
            every = [p for ps in phrases.by_first.values() for p in ps] + list(phrases.whole)
            self._slow[index] = (
                regex(rf"(?<![\w-])(?:{trie(every)})(?![\w-])", re.IGNORECASE) if every else _NEVER
            )
        return [
            (m.start(), m.end(), m.group())
            for m in self._slow[index].finditer(self.text, start, stop)
        ]
